"""Rule glued-words: split words glued by a lost space, drop a duplicated capital after 's."""

from __future__ import annotations

import re

from .text import document_words, substitute

NAME = "glued-words"
GLUED = re.compile(r"(?<![\w'’])([a-z]{2,})([A-Z][A-Za-z]*)(['’]s)?([A-Z])?(?![\w'’])")


def apply(essay) -> None:
    """'forUNAMIR'sR' → 'for UNAMIR's' when 'for' and 'UNAMIR' stand alone elsewhere."""
    known = document_words(essay)

    def repair(match: re.Match[str]) -> str | None:
        prefix, stem, possessive, stray = match.groups()
        if prefix not in known or stem not in known and f"{stem}{possessive or ''}" not in known:
            return None
        if stray and not (possessive and stray == stem[-1].upper()):
            return None
        return f"{prefix} {stem}{possessive or ''}"

    substitute(essay, NAME, GLUED, repair)
