"""Rule quotes: straight quotes and apostrophes become typographic, outside URLs and code."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import tree as T
from .text import Slot, substitute

NAME = "quotes"
STRAIGHT = re.compile(r"[\"']")
_OPENERS = set(" \t\n([{‘“„‚«—–-/")
# the header's own text beside the title and the bio (which every repair visits): the
# authors' names ("Mark O'Neill") and the header facts ("King's College London")
_FRONT_PATHS = ("meta/author/name", "meta/info")


# Opening and closing double, then single, quotation marks per language.
MARKS = {
    "en": "“”‘’", "nl": "“”‘’", "pt": "“”‘’", "es": "«»“”", "it": "«»“”",
    "fr": "«»“”", "de": "„“‚‘",
}
SPACED = {"fr": "\u202f"}  # French sets a narrow no-break space inside « »


def _opens(text: str, index: int) -> bool:
    """Whether the straight quote at index opens: after an opening mark, bracket, dash, space
    or the line's start (or after a straight quote that itself opens: '"\'A'), and before a
    non-space."""
    after = text[index + 1] if index + 1 < len(text) else " "
    if after.isspace():
        return False
    if index == 0 or text[index - 1] in _OPENERS:
        return True
    return text[index - 1] in "\"'" and _opens(text, index - 1)


def _closes_before_quote(text: str, index: int) -> bool:
    """Whether the straight single quote at index stands after a word and before a straight
    double quote that closes ('A\'"'): the inner quotation's end, never an apostrophe."""
    before = text[index - 1] if index > 0 else " "
    return (before.isalnum() or before in ".,!?") and text[index + 1:index + 2] == '"'


def _closes_an_open_quote(text: str, index: int) -> bool:
    """Whether the last single quote before index, other than an apostrophe inside a word,
    opens a quotation ("'Heimat' ist"): the quote at index then ends it."""
    for previous in range(index - 1, -1, -1):
        if text[previous] in "‚‘’" or text[previous] == "'" and not (
                previous > 0 and text[previous - 1].isalnum() and text[previous + 1].isalpha()):
            return text[previous] == "‚" or text[previous] == "'" and _opens(text, previous)
    return False


# words whose first letters an apostrophe stands for: ''Twas', ''tis', ''em', 'rock ''n'' roll',
# ''Round Midnight', ''Allo', ''s-Hertogenbosch' (an apostrophe, never an opening quote)
_ELISION = re.compile(r"(?:(?:t(?:is|was|were|will|wixt)|em|cause|cos|til|round|allo)\b|"
                      r"n'(?!\w)|s-)", re.I)


def _typographic(text: str, index: int, char: str, lang: str = "en") -> str:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    opening = _opens(text, index)
    marks = MARKS.get(lang, MARKS["en"])
    space = SPACED.get(lang, "")
    if char == '"':
        return marks[0] + space if opening else space + marks[1]
    if before.isalnum() and (after.isalpha()) or _ELISION.match(text, index + 1):
        return "’"
    if opening and (after.isalpha() or after in "“\"") and not re.match(r"\d0s", text[index + 1:]):
        return marks[2]
    if _closes_before_quote(text, index) or _closes_an_open_quote(text, index):
        return marks[3]
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
