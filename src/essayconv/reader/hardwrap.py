"""Rule join-wrapped-lines: a body pasted hard-wrapped at a fixed width gets its paragraphs back.

Text copied from a PDF, an e-mail or a terminal arrives cut at a width (about 72–80
characters), with blank lines between paragraphs. The body counts as hard-wrapped when its
lines are short (none but the odd web address over 120 characters), at least three lines are
followed (no blank line between) by one whose first word would not have fitted on them (a
line filler would have broken there), most of these cut a sentence, and lines near the width
are most of the lines followed by another. Such a pair is joined; a pair where the next word
would have fitted (a heading, the end of a list item, a short line) stays apart, and so does
a line that opens a list item, and a short line with no closing punctuation after a
sentence's end (a heading). A word cut at a line-end hyphen ('inter-' / 'national') is joined
without the hyphen, unless the text writes it with one elsewhere ('well-known') or its first
part is a prefix that keeps one ('self-determination'). A paragraph a page break cut (see
pdfpages) is joined again whether or not the body was wrapped.
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
# first parts that keep their hyphen when a compound is cut at it: 'self-' / 'determination'
_HYPHEN_PREFIXES = frozenset(
    "self well non post pre anti co ex semi multi cross long short high low half quasi neo "
    "pro all so state twenty thirty forty fifty sixty seventy eighty ninety cold mid".split())
_OWN_START = re.compile(r"^(?:[-*•–—]\s|\d{1,3}[.)]\s|[a-z][.)]\s)")


def _width(lines: list[tuple[int, str]]) -> int:
    """The wrapping width: the longest line of at most _MAX_WIDTH characters."""
    return max((len(text) for _, text in lines if len(text) <= _MAX_WIDTH), default=0)


def _broken(line: str, after: str, width: int) -> bool:
    """Was the line cut at the width, the next line's first word not fitting on it?"""
    words = after.split()
    heading = line.rstrip()[-1:] in ".!?:" and after.rstrip()[-1:] not in ".!?:;,)]”’\"'" and \
        len(after) < width // 2
    hyphenated = bool(re.search(r"[^\W\d_]-$", line)) and after[:1].islower() and \
        len(line) >= 0.75 * width  # a word cut by the typesetter, whatever its rest's length
    return bool(words) and not _OWN_START.match(after) and not heading and (
        hyphenated or len(line) + 1 + len(words[0]) > width)


def _wrapped_breaks(lines: list[tuple[int, str]]) -> set[int]:
    """The indexes of the lines cut at the width, if the body was hard-wrapped at all."""
    width = _width(lines)
    if sum(len(text) > _MAX_WIDTH for _, text in lines) > len(lines) // 10:
        return set()  # paragraphs on long lines: nothing was wrapped
    followed = [i for i in range(len(lines) - 1) if lines[i + 1][0] == lines[i][0] + 1]
    breaks = {i for i in followed if _broken(lines[i][1], lines[i + 1][1], width)}
    inside = [i for i in breaks if lines[i][1].rstrip()[-1:] not in ".!?"]
    full = [i for i in followed if len(lines[i][1]) >= 0.75 * width]
    if len(breaks) < _MIN_BREAKS or len(inside) < _MIN_SHARE * len(breaks) or \
            len(full) < _FULL_SHARE * len(followed):
        return set()  # verse, one-line paragraphs: nothing was wrapped
    return breaks


def join_wrapped_lines(essay: etree._Element, lines: list[tuple[int, str]],
                       continued: set[int] = frozenset()) -> list[tuple[int, str]]:
    """Join each hard-wrapped body line to the one above it, and each line that goes on
    after a page break (``continued``, their line numbers); log every join."""
    breaks = _wrapped_breaks(lines)
    breaks |= {i - 1 for i, (number, _) in enumerate(lines) if i and number in continued}
    words = _word_forms(lines)
    out: list[tuple[int, str]] = []
    for i, (number, text) in enumerate(lines):
        if i - 1 in breaks:
            first, above = out[-1]
            joined = _join(above, text, words)
            out[-1] = (first, joined)
            T.log_change(essay, NAME, number, text, f"…{joined[len(above) - 40:]}")
        else:
            out.append((number, text))
    return out


def _word_forms(lines: list[tuple[int, str]]) -> frozenset[str]:
    """Every word of the body, lower case, hyphenated compounds whole."""
    return frozenset(w.lower() for _, text in lines
                     for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text))


def _join(above: str, text: str, words: frozenset[str]) -> str:
    """Join a line to the one above; a word cut at a line-end hyphen loses the hyphen
    ('in-' + 'sisted'), unless the text writes it with one elsewhere ('well-known') or its
    first part is a prefix that keeps one ('self-', 'non-')."""
    cut = re.search(r"([^\W\d_]+)-$", above)
    if not cut or not text[:1].islower():
        return f"{above} {text}"
    head = cut.group(1).lower()
    tail = re.match(r"[^\W\d_]+", text)
    whole = head + (tail.group().lower() if tail else "")
    hyphenated = f"{head}-{tail.group().lower()}" if tail else ""
    if whole not in words and (hyphenated in words or head in _HYPHEN_PREFIXES):
        return f"{above}{text}"
    return f"{above[:-1]}{text}"
