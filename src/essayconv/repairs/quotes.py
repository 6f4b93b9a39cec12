"""Rule quotes: straight quotes and apostrophes become typographic, outside URLs and code."""

from __future__ import annotations

import re

from .text import substitute

NAME = "quotes"
STRAIGHT = re.compile(r"[\"']")
_OPENERS = set(" \t\n([{‘“—–-/")


def _typographic(text: str, index: int, char: str) -> str:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    opening = before in _OPENERS and not after.isspace()
    if char == '"':
        return "“" if opening else "”"
    if before.isalnum() and (after.isalpha()):
        return "’"
    if opening and (after.isalpha() or after in "“\"") and not re.match(r"\d0s", text[index + 1:]):
        return "‘"
    return "’"


def apply(essay) -> None:
    """Replace each straight quote by its curly form, judged from the characters around it."""
    substitute(essay, NAME, STRAIGHT, lambda m: _typographic(m.string, m.start(), m.group(0)))
