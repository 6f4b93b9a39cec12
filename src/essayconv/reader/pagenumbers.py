"""Page numbers a paste keeps: worded ones in any language read ('Seite 5', 'Pagina 7 di 10',
'- 12 -', 'p. 5 / 12'), an arXiv stamp, and a word processor's bare numbers counting up."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T

FURNITURE = "drop-page-furniture"
# a page's number with its word, its total or its dashes: 'Page 5', 'Seite 5 von 12', 'Pagina 7
# di 10', 'Página 3 de 9', 'Page 2 sur 8', 'p. 5 / 12', '- 12 -'; never 'S. 5' (a locator)
WORDED_PAGE = re.compile(
    r"^(?:(?:page|seite|pagina|página|pág\.|pag\.)\s*\d{1,4}"
    r"(?:\s*(?:of|von|di|de|sur|/)\s*\d{1,4})?"
    r"|p\.\s*\d{1,4}\s*(?:of|/)\s*\d{1,4}"
    r"|[-–—]\s*\d{1,4}\s*[-–—])$", re.IGNORECASE)
# the stamp arXiv prints down each page's margin: 'arXiv:2401.01234v2 [cs.CL] 5 Jan 2024'
ARXIV_STAMP = re.compile(r"^arXiv:\d{4}\.\d{4,5}(?:v\d+)?\s*\[[\w.-]+\]\s+\d{1,2}\s+[A-Za-z]{3,9}"
                         r"\.?\s+\d{4}$")
_BARE = re.compile(r"^\d{1,3}$")

Line = tuple[int, str]


def worded_page(text: str) -> bool:
    """A page line no essay's text reads like: a worded or dashed page number, an arXiv stamp."""
    stripped = text.strip()
    return bool(WORDED_PAGE.match(stripped) or ARXIV_STAMP.match(stripped))


def _alone(lines: list[Line], index: int) -> bool:
    """A line with a blank line (or the text's edge) above and below it."""
    number = lines[index][0]
    above = index == 0 or lines[index - 1][0] != number - 1
    below = index + 1 == len(lines) or lines[index + 1][0] != number + 1
    return above and below


def drop_top_number(essay: etree._Element, lines: list[Line]) -> tuple[list[Line], bool]:
    """Word's page number '1' alone over the title page, a bare '2' alone further down (the
    count going on): dropped, logged; also whether it was."""
    if len(lines) < 3 or lines[0][1].strip() != "1" or not _alone(lines, 0):
        return lines, False
    if not any(text.strip() == "2" and _alone(lines, index)
               for index, (_, text) in enumerate(lines[1:], start=1)):
        return lines, False
    T.log_change(essay, FURNITURE, lines[0][0], lines[0][1], "")
    return lines[1:], True


def _same(text: str, title: str) -> bool:
    words = re.findall(r"\w+", text.lower())
    return bool(words) and words == re.findall(r"\w+", title.lower())


def counted_pages(lines: list[Line], body_end: int, title: str, counted: bool = False
                  ) -> set[int]:
    """The indexes of page lines before ``body_end``: worded page numbers and arXiv stamps
    anywhere; bare numbers alone between blank lines that count on from the title page's
    '1' (``counted``: '2' … '3' … '4'), or that count by ones through a number standing over
    the title repeated at the body's top (APA's page 2 or 3). Bare numbers with no such
    evidence ('2' / 'The second point …') are the essay's."""
    drop = {index for index, (_, text) in enumerate(lines[:body_end]) if worded_page(text)}
    bare = [index for index, (_, text) in enumerate(lines[:body_end])
            if _BARE.match(text.strip()) and _alone(lines, index)]
    values = [int(lines[index][1]) for index in bare]
    if counted:
        expected = 2
        for index, value in zip(bare, values, strict=True):
            if value == expected:
                drop.add(index)
                expected += 1
        return drop
    anchors = [position for position, index in enumerate(bare) if values[position] >= 2
               and title and index + 1 < len(lines) and _same(lines[index + 1][1], title)]
    for anchor in anchors[:1]:
        low = high = anchor
        while low > 0 and values[low - 1] == values[low] - 1 >= 2:
            low -= 1
        while high + 1 < len(bare) and values[high + 1] == values[high] + 1:
            high += 1
        drop.update(bare[low:high + 1])
    return drop
