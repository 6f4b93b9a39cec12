"""A PDF's header as pdftotext gives it: an affiliation's mark alone on the line over it ('1' /
'Department of …'), joined to it; a line of authors' e-mail addresses, a header fact."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T
from .lines import affiliation_like

JOIN = "join-wrapped-lines"
_HEADER_SPAN = 16
_MARK = re.compile(r"^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\*{1,3}|†{1,2}|‡{1,2}|§)$")
_ADDRESS = r"(?:\{[^{}]+\}|[\w.+-]+)@[\w-]+(?:\.[\w-]+)+"
# a line of addresses only: '{anna.kowalska,jonas.berg}@helsinki.fi, rmehta@cse.iitb.ac.in'
_EMAILS = re.compile(rf"^(?:E-?mails?\s*:\s*)?{_ADDRESS}(?:\s*[,;]?\s*(?:and\s+)?{_ADDRESS})*$",
                     re.IGNORECASE)

Line = tuple[int, str]


def email_line(text: str) -> bool:
    """A line of e-mail addresses and nothing else (a paper's header gives the authors')."""
    return bool(_EMAILS.match(text.strip()))


def _byline_mark(mark: str, above: list[Line]) -> bool:
    """Does a line above carry the mark glued after a name ('Kowalska1', 'Mehta²', 'Berg*')?"""
    pattern = rf"[^\W\d_]{re.escape(mark)}(?![\d¹²³⁴⁵⁶⁷⁸⁹⁰])"
    return any(re.search(pattern, text) for _, text in above)


def join_marks(essay: etree._Element, lines: list[Line]) -> list[Line]:
    """In the header, a mark alone on its line right over an institution, the mark a name of
    the byline above carries ('Anna Kowalska1 , …' … '1' / 'Department of Computer Science,
    …'): one affiliation line '1 Department of …', logged."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        number, text = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (index < _HEADER_SPAN and following is not None and following[0] == number + 1
                and _MARK.match(text.strip()) and affiliation_like(following[1])
                and _byline_mark(text.strip(), lines[:index])):
            joined = f"{text.strip()} {following[1].strip()}"
            T.log_change(essay, JOIN, following[0], following[1], joined)
            out.append((following[0], joined))
            index += 2
            continue
        out.append((number, text))
        index += 1
    return out
