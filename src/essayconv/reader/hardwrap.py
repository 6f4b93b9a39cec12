"""Rule join-wrapped-lines: a body pasted hard-wrapped at a fixed width gets its paragraphs back.

Text copied from a PDF, an e-mail or a terminal arrives cut at a width (about 72–80
characters), with blank lines between paragraphs. The body counts as hard-wrapped when its
lines are short (none but the odd web address over 120 characters), at least three lines are
followed (no blank line between) by one whose first word would not have fitted on them (a
line filler would have broken there), most of these cut a sentence, and lines near the width
are most of the lines followed by another. Such a pair is joined; a pair where the next word
would have fitted (a heading, the end of a list item, a short line) stays apart, and so does
a line that opens a list item, and a short line with no closing punctuation after a
sentence's end (a heading). A word cut at its hyphen ('inter-' / 'national') is joined
without a space.
"""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T

NAME = "join-wrapped-lines"
_MAX_WIDTH = 120
_MIN_BREAKS = 3
_MIN_SHARE = 0.6  # of the cuts, those inside a sentence
_FULL_SHARE = 0.4  # of the lines followed by another, those near the width
# a line that begins its own block: a list item
_OWN_START = re.compile(r"^(?:[-*•–—]\s|\d{1,3}[.)]\s|[a-z][.)]\s)")


def _width(lines: list[tuple[int, str]]) -> int:
    """The wrapping width: the longest line of at most _MAX_WIDTH characters."""
    return max((len(text) for _, text in lines if len(text) <= _MAX_WIDTH), default=0)


def _broken(line: str, after: str, width: int) -> bool:
    """Was the line cut at the width, the next line's first word not fitting on it?"""
    words = after.split()
    heading = line.rstrip()[-1:] in ".!?:" and after.rstrip()[-1:] not in ".!?:;,)]”’\"'" and \
        len(after) < width // 2
    return bool(words) and not _OWN_START.match(after) and not heading and \
        len(line) + 1 + len(words[0]) > width


def join_wrapped_lines(essay: etree._Element, lines: list[tuple[int, str]]
                       ) -> list[tuple[int, str]]:
    """Join each hard-wrapped body line to the one above it; log every join."""
    width = _width(lines)
    if sum(len(text) > _MAX_WIDTH for _, text in lines) > len(lines) // 10:
        return lines  # paragraphs on long lines: nothing was wrapped
    followed = [i for i in range(len(lines) - 1) if lines[i + 1][0] == lines[i][0] + 1]
    breaks = {i for i in followed if _broken(lines[i][1], lines[i + 1][1], width)}
    inside = [i for i in breaks if lines[i][1].rstrip()[-1:] not in ".!?"]
    full = [i for i in followed if len(lines[i][1]) >= 0.75 * width]
    if len(breaks) < _MIN_BREAKS or len(inside) < _MIN_SHARE * len(breaks) or \
            len(full) < _FULL_SHARE * len(followed):
        return lines  # verse, one-line paragraphs: nothing was wrapped
    out: list[tuple[int, str]] = []
    for i, (number, text) in enumerate(lines):
        if i - 1 in breaks:
            first, above = out[-1]
            space = "" if re.search(r"[^\W\d_]-$", above) and text[:1].islower() else " "
            out[-1] = (first, f"{above}{space}{text}")
            T.log_change(essay, NAME, number, text, f"…{above[-40:]}{space}{text}")
        else:
            out.append((number, text))
    return out
