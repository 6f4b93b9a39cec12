"""A cover page's institution lines above the title ('UNIVERSIDADE FEDERAL DO …', 'CENTRO DE
CIÊNCIAS …', 'SCHOOL OF LAW'): header facts (affiliation), never the title."""

from __future__ import annotations

import re

from .bylines import byline_names

# the words that open an institution's name, in capitals, in the languages read, then a
# linking word ('UNIVERSITY OF', 'CENTRO DE', 'UNIVERSIDADE FEDERAL'), never 'THE UNIVERSITY IN'
_INSTITUTION = re.compile(
    r"^(?:THE\s+)?(?:UNIVERSI(?:TY|DADE|DAD)|UNIVERSITÀ|UNIVERSITÉ|UNIVERSITÄT|FACULDADE|"
    r"FACULTAD|FACULTÉ|FACOLTÀ|FAKULTÄT|FACULTY|DEPARTAMENTO|DEPARTMENT|DIPARTIMENTO|"
    r"DÉPARTEMENT|INSTITUTO|INSTITUTE|ISTITUTO|INSTITUT|ESCOLA|ESCUELA|ÉCOLE|SCUOLA|COLLEGE|"
    r"PROGRAMA|CURSO|CENTRO|CENTRE|CENTER|SCHOOL|COLÉGIO)\s+(?:OF|FOR|DE|DO|DA|DOS|DAS|DEL|DI|"
    r"DEGLI|DELLA|DES|DU|FÜR|FEDERAL|ESTADUAL|NACIONAL|NATIONAL|CATÓLICA|PONTIFÍCIA)\b"
    r"|\bUNIVERSI(?:TY|DADE|DAD)$")

def institution_line(text: str) -> bool:
    """An institution's name in capitals on its own line: 'UNIVERSITY OF LEEDS'."""
    text = text.strip()
    letters = [c for c in text if c.isalpha()]
    return (0 < len(text.split()) <= 14 and len(letters) >= 6
            and all(c.isupper() for c in letters) and bool(_INSTITUTION.search(text)))


def cover_institutions(lines: list[tuple[int, str]]
                       ) -> tuple[list[tuple[int, str, str]], list[tuple[int, str]]]:
    """The institution lines at the top (as header facts) and the lines after them; none
    unless a line stays to be the title, or when a byline follows them ('THE SCHOOL OF
    ATHENS AND THE RENAISSANCE PAST' over 'Jane Doe' is the title)."""
    end = 0
    while end < len(lines) and institution_line(lines[end][1]):
        end += 1
    if end == 0 or end >= len(lines) - 1 or byline_names(lines[end][1]):
        return [], lines
    return [(number, "affiliation", text.strip()) for number, text in lines[:end]], lines[end:]


# a course named by its code on a title page: 'PSY 301: Research Methods', 'LAW3042 Privacy'
_COURSE_CODE = re.compile(r"^[A-Z]{2,5} ?\d{3,4}[A-Z]?(?:[:.,–—-]|\s+[A-Z(])")


def course_line(text: str) -> bool:
    """A title page's course line, opening with the course's code: a course, no affiliation."""
    return bool(_COURSE_CODE.match(text.strip()))
