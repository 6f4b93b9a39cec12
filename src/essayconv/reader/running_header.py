"""An MLA paper's running header, pasted from Word or a PDF: the author's surname and the
page number ('Alvarez 1') over the header block and again at each page break ('Alvarez 2').

Rule drop-page-furniture (as in pdfpages): a '<Surname> <n>' line is the running header when
the surname ends the name on the first line of the MLA header block (Name / Instructor /
Course / Date, then the title) and its page numbers count up; each such line goes, logged.
The same line in a paper without that header block, or with another name, stays."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T
from .front import mla_header
from .pdfpages import FURNITURE

# a surname of one to three words and a page number: 'Alvarez 1', 'García Márquez 12'
_RUNNING = re.compile(r"^([^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){0,2})\s+(\d{1,3})$")

Line = tuple[int, str]


def drop_running_header(essay: etree._Element, lines: list[Line]) -> list[Line]:
    """The lines without an MLA paper's running header, each dropped line logged."""
    found = running_header(lines)
    for index in sorted(found):
        number, text = lines[index]
        T.log_change(essay, FURNITURE, number, text, "")
    return [line for index, line in enumerate(lines) if index not in found]


def running_header(lines: list[Line]) -> set[int]:
    """The indexes of the running header's lines: over the header block (the first line)
    and anywhere below it, the page numbers counting up; none without an MLA header block
    whose author's surname the lines give."""
    top = _page_line(lines[0][1]) if lines else None
    start = 1 if top is not None else 0
    front = mla_header(lines[start:])
    if front is None or not front.authors:
        return set()
    surnames = _surnames(front.authors[0][1])
    if top is not None and top[0] not in surnames:
        return set()
    found: set[int] = set()
    last = 0
    for index, (_, text) in enumerate(lines):
        if index and index < start + front.consumed:
            continue  # the header block itself
        page = _page_line(text)
        if page is not None and page[0] in surnames and page[1] > last:
            found.add(index)
            last = page[1]
    return found


def _page_line(text: str) -> tuple[str, int] | None:
    """A running header's surname (lower case) and page number, if the line is one."""
    match = _RUNNING.match(text.strip())
    return (match.group(1).lower(), int(match.group(2))) if match else None


def _surnames(name: str) -> set[str]:
    """The ways a running header gives the author's surname: the name's last words, one to
    three of them ('Alvarez', 'García Márquez'), never the given name alone."""
    words = name.lower().split()
    return {" ".join(words[-count:]) for count in range(1, min(3, len(words) - 1) + 1)}
