"""Rule quotes: straight quotes and apostrophes become typographic, outside URLs and code."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import tree as T
from .text import Slot, protected_spans, substitute

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
    substitute(essay, NAME, STRAIGHT,
               lambda m: _typographic(m.string, m.start(), m.group(0), lang))
    for slot in _front_slots(essay):
        _curl(essay, slot, lang)


def _front_slots(essay) -> Iterator[Slot]:
    """The text of each author's name and each header fact, with its source line."""
    for path in _FRONT_PATHS:
        for node in T.findall(essay, path):
            line = int(node.get("line") or node.getparent().get("line") or 1)
            yield Slot(node, "text", line)


def _curl(essay, slot: Slot, lang: str) -> None:
    """Curl the straight quotes of one slot outside URLs, logging each word changed."""
    text = slot.get()
    protected = protected_spans(text)
    pieces: list[str] = []
    position = 0
    for match in STRAIGHT.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in protected):
            continue
        new = _typographic(text, match.start(), match.group(0), lang)
        start, end = match.start(), match.end()  # the word around the quote, as logged
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        after = text[start : match.start()] + new + text[match.end() : end]
        T.log_change(essay, NAME, slot.line, text[start:end], after)
        pieces += [text[position : match.start()], new]
        position = match.end()
    if pieces:
        slot.set("".join(pieces) + text[position:])
