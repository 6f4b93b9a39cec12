"""Rule quotes: straight quotes and apostrophes become typographic, outside URLs and code."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import tree as T
from .text import Slot, substitute

NAME = "quotes"
STRAIGHT = re.compile(r"[\"']")
_OPENERS = set(" \t\n([{‘“—–-/")
# the header's own text beside the title and the bio (which every repair visits): the
# authors' names ("Mark O'Neill") and the header facts ("King's College London")
_FRONT_PATHS = ("meta/author/name", "meta/info")


# Opening and closing double, then single, quotation marks per language.
MARKS = {
    "en": "“”‘’", "nl": "“”‘’", "pt": "“”‘’", "es": "«»“”", "it": "«»“”",
    "fr": "«»“”", "de": "„“‚‘",
}
SPACED = {"fr": "\u202f"}  # French sets a narrow no-break space inside « »


def _typographic(text: str, index: int, char: str, lang: str = "en") -> str:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    opening = before in _OPENERS and not after.isspace()
    marks = MARKS.get(lang, MARKS["en"])
    space = SPACED.get(lang, "")
    if char == '"':
        return marks[0] + space if opening else space + marks[1]
    if before.isalnum() and (after.isalpha()):
        return "’"
    if opening and (after.isalpha() or after in "“\"") and not re.match(r"\d0s", text[index + 1:]):
        return marks[2]
    return "’" if marks[3] == "’" or not before.isspace() and before.isalnum() else marks[3]


def apply(essay) -> None:
    """Replace each straight quote by its curly form, judged from the characters around it:
    in the body, the title, the bio and the notes, then in the authors' names and the header
    facts."""
    lang = (essay.get(T.XML_LANG) or "en").split("-")[0]
    def curl(m: re.Match[str]) -> str:
        return _typographic(m.string, m.start(), m.group(0), lang)

    substitute(essay, NAME, STRAIGHT, curl)
    substitute(essay, NAME, STRAIGHT, curl, _front_slots(essay))


def _front_slots(essay) -> Iterator[Slot]:
    """The text of each author's name and each header fact, with its source line."""
    for path in _FRONT_PATHS:
        for node in T.findall(essay, path):
            line = int(node.get("line") or node.getparent().get("line") or 1)
            yield Slot(node, "text", line)
