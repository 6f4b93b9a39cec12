"""A cover page's institution lines above the title ('UNIVERSIDADE FEDERAL DO …', 'CENTRO DE
CIÊNCIAS …', 'SCHOOL OF LAW'): header facts (affiliation), never the title."""

from __future__ import annotations

import re

from .bylines import byline_names
from .lines import cover_fact

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
    if end == 0:
        end = _named_institutions(lines)
    if end == 0 or end >= len(lines) - 1 or byline_names(lines[end][1]):
        return [], lines
    return [(number, "affiliation", text.strip()) for number, text in lines[:end]], lines[end:]


def _named_institutions(lines: list[tuple[int, str]]) -> int:
    """How many lines at the top name institutions in ordinary case ('University of Leeds',
    'School of Education') over a student's cover sheet ('Module: …', 'Tutor: …' next): 0
    unless two cover-sheet facts follow them."""
    end = 0
    while end < min(len(lines), 4) and _INSTITUTION.search(lines[end][1].strip().upper()) \
            and len(lines[end][1].split()) <= 8 and not lines[end][1].rstrip().endswith("."):
        end += 1
    following = [cover_fact(text) for _, text in lines[end:end + 2]]
    return end if end and all(following) else 0


# a course named by its code on a title page: 'PSY 301: Research Methods', 'LAW3042 Privacy'
_COURSE_CODE = re.compile(r"^[A-Z]{2,5} ?\d{3,4}[A-Z]?(?:[:.,–—-]|\s+[A-Z(])")


def course_line(text: str) -> bool:
    """A title page's course line, opening with the course's code: a course, no affiliation."""
    return bool(_COURSE_CODE.match(text.strip()))


# a cover sheet's label before the essay's title: 'Assignment title: …', 'Essay title:',
# 'Title:' (never 'Module title:' or 'Course title:', the module's name, a header fact)
_TITLE_LABEL = re.compile(r"^((?:(?:assignment|essay|assessment|coursework|dissertation|"
                          r"project|report|thesis)\s+)?title)\s*:\s*(\S.*)$", re.IGNORECASE)


def title_label(text: str) -> tuple[str, str] | None:
    """(name, value) of a title's label line ('Assignment title: Why …' gives
    ('assignment-title', 'Why …')), else None."""
    match = _TITLE_LABEL.match(text.strip())
    if match is None or len(match.group(2).split()) > 30:
        return None
    return re.sub(r"\s+", "-", match.group(1).lower()), match.group(2).strip()


# a cover sheet's declaration of originality: its heading, and its statement in the first
# person ('I confirm that this assignment is my own work …', 'I declare that …')
_DECLARATION_HEADING = re.compile(
    r"^(?:(?:student|academic|plagiarism|academic\s+integrity)\s+)?(?:declaration|statement)"
    r"(?:\s+of\s+(?:originality|authorship|academic\s+integrity|own\s+work))?\s*:?$",
    re.IGNORECASE)
_DECLARATION = re.compile(
    r"^(?:(?:(?:student\s+)?declaration(?:\s+of\s+originality)?|statement\s+of\s+originality)"
    r"\s*:\s*)?(?:I|We)\s+(?:hereby\s+)?(?:declare|confirm|certify|affirm|state)\b.{0,200}?"
    r"\b(?:my|our)\s+own\b", re.IGNORECASE)


def declaration(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """A declaration of originality at the top of the lines: how many lines it takes (its
    heading and its statement, or the statement alone) and its text, the heading before the
    statement ('Declaration of originality: I confirm that this assignment is my own work,
    …'); None when the lines do not open with one."""
    if not lines:
        return None
    first = lines[0][1].strip()
    if _DECLARATION.match(first):
        return 1, first
    if len(lines) > 1 and _DECLARATION_HEADING.match(first) and \
            _DECLARATION.match(lines[1][1].strip()):
        return 2, f"{first.rstrip(':')}: {lines[1][1].strip()}"
    return None


# the parts that open an essay's body, never its title
_OPENING_PARTS = frozenset(("introduction", "abstract", "summary", "executive summary",
                            "background", "contents", "table of contents", "preface",
                            "acknowledgements", "acknowledgments", "overview"))
_NUMBERED = re.compile(r"^(?:\d+(?:\.\d+)*|[IVX]{1,5})[.)]?\s")


def titled_body(text: str, value: str) -> bool:
    """Does the line under a cover sheet start the body (or the byline) rather than stand as
    the essay's own title? A numbered heading ('1.0 Introduction'), an opening part
    ('Introduction'), a byline or a paragraph does; the labelled title repeated ('To What
    Extent Is …?') or a heading of its own does not."""
    line = " ".join(text.split())
    if re.sub(r"\W+", " ", line).strip().lower() == re.sub(r"\W+", " ", value).strip().lower():
        return False
    if _NUMBERED.match(line) or line.lower().rstrip(":.") in _OPENING_PARTS or \
            byline_names(line):
        return True  # a byline under the sheet ('Jane Doe'): the label gave the title
    words = line.split()
    return len(words) > 20 or (line[-1:] in ".!" and len(words) > 8)
