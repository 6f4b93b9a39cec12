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

A PDF's lines may also be ragged (not justified: their lengths vary a lot), so that the next
word often would have fitted. Such a body counts as wrapped too when most of its lines go on
on the next one, most of the cuts fall inside a sentence and at least three go on in lower
case. Once the body counts as wrapped, a line is also joined to the next when the next starts
in lower case, or when the line ends inside a sentence (no closing punctuation), is no heading
(a short line after a blank line or a sentence's end) and the next starts no heading (a short
line followed by a paragraph, never by its own text in lower case) and no list item. A
compound cut at its hyphen before a capital keeps it ('Srebrenica-' / 'Potočari').

A display equation with its number at the line's end ('L(N) = (Nc/N)^αN + L∞ (1)', as
pdftotext gives a LaTeX paper's) is a block of its own: it is joined neither to the lead-in
above it ('… parameters N:') nor to the 'where …' line under it.
"""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T
from .lines import CAPTION, LIST_ITEM, is_heading
from .mathlines import numbered_equation

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
# a sentence's end, perhaps with a closing quotation mark or bracket and a note call after it
_SENTENCE_END = re.compile(
    r"[.!?:;…]['’”\")\]]*$|(?<=[^\W\d_)\]'’”\"])[.!?]['’”\")\]]*"
    r"(?:\d{1,3}|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)$|"
    r"(?:^|[.!?]['’”\")\]]*\s*)\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]$")  # '… a cycle. [25]'
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


def wrapped_breaks(lines: list[tuple[int, str]]) -> set[int]:
    """The indexes of the lines cut at the width, if the body was hard-wrapped at all."""
    width = _width(lines)
    if sum(len(text) > _MAX_WIDTH for _, text in lines) > len(lines) // 10:
        return set()  # paragraphs on long lines: nothing was wrapped
    followed = [i for i in range(len(lines) - 1) if lines[i + 1][0] == lines[i][0] + 1]
    breaks = {i for i in followed if _broken(lines[i][1], lines[i + 1][1], width)}
    inside = [i for i in breaks if lines[i][1].rstrip()[-1:] not in ".!?"]
    full = [i for i in followed if len(lines[i][1]) >= 0.75 * width]
    justified = len(breaks) >= _MIN_BREAKS and len(inside) >= _MIN_SHARE * len(breaks) and \
        len(full) >= _FULL_SHARE * len(followed)
    goes_on = {i for i in followed if _goes_on(lines, i, width)}
    if not justified and not _ragged(lines, followed, goes_on):
        return set()  # verse, one-line paragraphs: nothing was wrapped
    return breaks | goes_on


def _ragged(lines: list[tuple[int, str]], followed: list[int], goes_on: set[int]) -> bool:
    """A body wrapped with ragged lines (their lengths vary a lot): most lines are followed by
    the rest of their sentence, most cuts fall inside a sentence, and at least three go on in
    lower case."""
    inside = [i for i in followed if not _SENTENCE_END.search(lines[i][1])]
    lower = [i for i in goes_on if lines[i + 1][1][:1].islower()]
    return (len(lower) >= _MIN_BREAKS and len(goes_on) > 0.5 * (len(lines) - 1)
            and len(inside) >= _MIN_SHARE * len(followed))


def _goes_on(lines: list[tuple[int, str]], i: int, width: int) -> bool:
    """Does the line's text go on on the next line (no blank line between)? The next line
    starts in lower case, or this one ends inside a sentence, is no heading (a short line
    after a blank line, a short one after a sentence's end) and no caption, and the next
    starts no heading and no list item."""
    text, after = lines[i][1], lines[i + 1][1]
    if _OWN_START.match(after) or LIST_ITEM.match(after):
        return False
    if len(text) < width // 2 and len(after) < width // 2:
        return False  # short lines over short lines: verse, an address, a list
    if after[:1].islower():
        return True
    if _SENTENCE_END.search(text) or CAPTION.match(text.strip()):
        return False
    # a heading: after a blank line, after a short sentence's end, or under a line whose
    # sentence went on (that line was not joined to it: see _starts_heading)
    alone = i == 0 or lines[i - 1][0] != lines[i][0] - 1 or not (
        _SENTENCE_END.search(lines[i - 1][1]) and len(text) >= width // 2)
    if is_heading(text) and alone and not text.endswith("-"):
        return False
    return not _starts_heading(lines, i + 1)


def _starts_heading(lines: list[tuple[int, str]], i: int) -> bool:
    """A heading under a line that ends inside a sentence: short, and followed by a paragraph
    (never by its own text going on in lower case)."""
    text = lines[i][1]
    if not is_heading(text) or text.endswith("-"):
        return False
    if i + 1 == len(lines) or lines[i + 1][0] != lines[i][0] + 1:
        return False  # the last words of a paragraph
    return not lines[i + 1][1][:1].islower()


def join_wrapped_lines(essay: etree._Element, lines: list[tuple[int, str]],
                       continued: set[int] = frozenset(),
                       apart: set[int] = frozenset()) -> list[tuple[int, str]]:
    """Join each hard-wrapped body line to the one above it, and each line that goes on
    after a page break (``continued``, their line numbers); log every join. The lines of
    ``apart`` (their numbers: a verse quotation's, see verse.py) are joined to nothing, nor
    is a numbered display equation."""
    breaks = wrapped_breaks(lines)
    breaks |= {i - 1 for i, (number, _) in enumerate(lines) if i and number in continued}
    apart = set(apart) | {number for number, text in lines if numbered_equation(text)}
    breaks = {i for i in breaks if lines[i][0] not in apart and lines[i + 1][0] not in apart}
    words = word_forms(lines)
    out: list[tuple[int, str]] = []
    for i, (number, text) in enumerate(lines):
        if i - 1 in breaks:
            first, above = out[-1]
            joined = join_lines(above, text, words)
            out[-1] = (first, joined)
            T.log_change(essay, NAME, number, text, f"…{joined[max(0, len(above) - 40):]}")
        else:
            out.append((number, text))
    return out


def word_forms(lines: list[tuple[int, str]]) -> frozenset[str]:
    """Every word of the body, lower case, hyphenated compounds whole."""
    return frozenset(w.lower() for _, text in lines
                     for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text))


def join_lines(above: str, text: str, words: frozenset[str]) -> str:
    """Join a line to the one above; a word cut at a line-end hyphen loses the hyphen
    ('in-' + 'sisted'), unless the text writes it with one elsewhere ('well-known') or its
    first part is a prefix that keeps one ('self-', 'non-')."""
    cut = re.search(r"([^\W\d_]+)-$", above)
    if cut and text[:1].isupper():
        return f"{above}{text}"  # a compound with a name cut at its hyphen: 'Srebrenica-Potočari'
    if not cut or not text[:1].islower():
        return f"{above} {text}"
    head = cut.group(1).lower()
    tail = re.match(r"[^\W\d_]+", text)
    whole = head + (tail.group().lower() if tail else "")
    hyphenated = f"{head}-{tail.group().lower()}" if tail else ""
    if whole not in words and (hyphenated in words or head in _HYPHEN_PREFIXES):
        return f"{above}{text}"
    return f"{above[:-1]}{text}"
