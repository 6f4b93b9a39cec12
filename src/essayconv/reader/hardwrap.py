"""Rule join-wrapped-lines: a body pasted hard-wrapped at a fixed width gets its paragraphs back.

Text copied from a PDF, an e-mail or a terminal arrives cut at a width (about 72–80
characters), with blank lines between paragraphs. The body counts as hard-wrapped when its
lines are short (none but the odd web address over 120 characters) and at least three times a
line is followed, with no blank line between, by one whose first word would not have fitted
on it: a line filler would have broken there. Such a pair is joined; a pair where the next
word would have fitted (a heading, the end of a list item, a short line) stays apart, and so
does a line that opens a list item or a note.
"""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T

NAME = "join-wrapped-lines"
_MAX_WIDTH = 120
_MIN_BREAKS = 3
# a line that begins its own block: a list item, a note, a marker
_OWN_START = re.compile(r"^(?:[-*•–—]\s|\d{1,3}[.)]\s|\[\d{1,3}\]|[a-z][.)]\s)")


def _width(lines: list[tuple[int, str]]) -> int:
    """The wrapping width: the longest line of at most _MAX_WIDTH characters."""
    return max((len(text) for _, text in lines if len(text) <= _MAX_WIDTH), default=0)


def _broken(line: str, after: str, width: int) -> bool:
    """Was the line cut at the width, the next line's first word not fitting on it?"""
    words = after.split()
    return bool(words) and not _OWN_START.match(after) and \
        len(line) + 1 + len(words[0]) > width


def join_wrapped_lines(essay: etree._Element, lines: list[tuple[int, str]]
                       ) -> list[tuple[int, str]]:
    """Join each hard-wrapped body line to the one above it; log every join."""
    width = _width(lines)
    if sum(len(text) > _MAX_WIDTH for _, text in lines) > len(lines) // 10:
        return lines  # paragraphs on long lines: nothing was wrapped
    breaks = [i for i in range(len(lines) - 1) if lines[i + 1][0] == lines[i][0] + 1 and
              _broken(lines[i][1], lines[i + 1][1], width)]
    if len(breaks) < _MIN_BREAKS:
        return lines
    out: list[tuple[int, str]] = []
    for i, (number, text) in enumerate(lines):
        if i - 1 in breaks:
            first, above = out[-1]
            out[-1] = (first, f"{above} {text}")
            T.log_change(essay, NAME, number, text, f"…{above[-40:]} {text}")
        else:
            out.append((number, text))
    return out
