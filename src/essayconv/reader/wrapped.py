"""Rule join-reference-lines: a reference pasted over two lines is put back on one.

References copied from a PDF or a narrow column arrive cut at the line width:
``Smith, J. (2019) Eroding Pasts … Oxford: Oxbow`` then ``Books.``. A line is joined to the
one above when that one ends open (a comma, colon, semicolon, dash, ``&`` or a letter, not a
web address) or when it starts in lower case, unless it starts like a reference of its own
(``Surname, ``, ``Name (2019)``, ``Name. 2019``, ``Name 2019``, a ditto dash, a number).
"""

from __future__ import annotations

import re

from .. import tree as T

NAME = "join-reference-lines"
_PARTICLE = r"(?:van|von|de|der|den|du|da|di|la|le|d[’'])\s?"
_WORD = r"[A-Z\u00c0-\u00de][\w'’\-]*\.?"
REFERENCE_START = re.compile(
    rf"^(?:{_PARTICLE})*(?:{_WORD}(?:\s+(?:{_PARTICLE})*{_WORD}){{0,5}},\s"  # Surname, / Org,
    r"|[A-Z][^()]{0,100}?\(\s*(?:\d{4}|n\.\s?d\.)"                          # Name (2019)
    r"|[A-Z][^.]{0,100}?\.\s+(?:\d{4}|n\.\s?d\.)"                            # Name. 2019
    r"|[A-Z][\w&.'’\- ]{0,100}?\s(?:\d{4}|n\.\s?d\.)[a-z]?\b"                # Name 2019
    r"|[-—–_]{2,}|\d{4}[a-z]?\s|\[\d+\]|\d+\.\s)")
_URL_END = re.compile(r"(?:https?://|www\.|doi:)\S+$", re.I)


def _ends_open(text: str) -> bool:
    text = text.rstrip()
    if _URL_END.search(text):
        return False
    return text[-1:] in ",:;-–—&" or text[-1:].isalpha()


def join_reference_lines(essay, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Join each continuation line to the reference above it; log every join."""
    out: list[tuple[int, str]] = []
    for number, text in items:
        if out and not REFERENCE_START.match(text) and (
                _ends_open(out[-1][1]) or text[:1].islower()):
            first, above = out[-1]
            joined = f"{above} {text}"
            T.log_change(essay, NAME, number, text, joined)
            out[-1] = (first, joined)
        else:
            out.append((number, text))
    return out
