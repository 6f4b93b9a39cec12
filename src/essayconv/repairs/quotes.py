"""Rule quotes: straight quotes and apostrophes become typographic, outside URLs and code."""

from __future__ import annotations

import re

from .. import tree as T
from .text import substitute

NAME = "quotes"
STRAIGHT = re.compile(r"[\"']")
_OPENERS = set(" \t\n([{‘“—–-/")


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
    """Replace each straight quote by its curly form, judged from the characters around it."""
    lang = (essay.get(T.XML_LANG) or "en").split("-")[0]
    substitute(essay, NAME, STRAIGHT,
               lambda m: _typographic(m.string, m.start(), m.group(0), lang))
