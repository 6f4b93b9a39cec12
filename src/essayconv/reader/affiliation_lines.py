"""Affiliation lines under the byline: which lines are an institution or a course ('School
of Law, UCL', '² Department of History'), right under the byline or after a blank line."""

from __future__ import annotations

import re

from .affiliations import split_mark, unmarked
from .lines import (
    DATE,
    INFO,
    affiliation_like,
    cover_fact,
    is_heading,
    names_institution,
)
from .marklines import email_line


def is_affiliation(lines: list[tuple[int, str]], index: int, marks: set[str]) -> bool:
    """An institution or course right under the byline (or under another affiliation line:
    the caller sees to that), its mark aside ('² School of Law', see affiliations), never a
    heading or a first paragraph: 'The School of Athens', 'The University of Berlin in 1810'
    and 'Course Overview' are headings."""
    number, text = lines[index][0], unmarked(lines[index][1], marks)
    if text is None or not affiliation_like(text) or _heading_phrase(text.strip()):
        return False
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or is_heading(following[1]) or names_institution(text) or \
            email_line(following[1]):  # the authors' e-mail addresses under it
        return True  # before a heading it could be no heading itself
    return following[0] > number + 1  # a blank line after


# a university's own name with its article: 'The University of Manchester'
_WORD = r"[A-Z][\w’'.-]*"
_THE_UNIVERSITY = re.compile(rf"The University of {_WORD}(?: (?:{_WORD}|of|and|upon|at))*"
                             rf"(?:, {_WORD}(?: {_WORD})*)?")
_INSTITUTION_WORDS = frozenset(("University", "College", "School", "Institute"))
# what names a course and nothing more: 'Course Overview' is a heading, 'GEOG 101' a course
_BARE_COURSE = re.compile(r"\b(?:Course|Module)\b")


def _heading_phrase(text: str) -> bool:
    """A heading that reads like an affiliation: 'The' and a title's phrase ('The School of
    Athens', 'The University of Berlin in 1810'), or a course's word and title words
    ('Course Overview', 'Module Summary')."""
    if text.startswith("The "):
        return not (_THE_UNIVERSITY.fullmatch(text) or _the_institution(text))
    if not _BARE_COURSE.search(text) or re.search(r"[\d,–—(]", text):
        return False
    rest = _BARE_COURSE.sub("", text)
    return not affiliation_like(rest) if rest.strip() else False


def _the_institution(text: str) -> bool:
    """An institution's name with 'The' and its own words before the institution's word ('The
    Open University', 'The London School of Economics and Political Science', 'The Hebrew
    University of Jerusalem'): no figure, no small word but of, and, the, for; never 'The
    School of Athens' or 'The University of Berlin in 1810'."""
    words = text.rstrip(",").replace(",", "").split()
    if re.search(r"\d", text) or len(words) < 3 or words[1] in _INSTITUTION_WORDS:
        return False
    if not all(word[:1].isupper() or word in ("of", "and", "the", "for") for word in words):
        return False
    return any(word in _INSTITUTION_WORDS for word in words[2:])


def spaced_affiliations(lines: list[tuple[int, str]], start: int, marks: set[str],
                        after_one: bool = False) -> int:
    """How many lines from ``start`` (the first line after a blank line under the byline, or
    under an affiliation: ``after_one``) are affiliations, as a pasted paper's paragraphs
    stand apart: a run of affiliation lines, blank lines between them or not, taken when its
    lines carry a mark the byline names ('¹ Department of History'), or there are two and
    more with the one above, or a heading or nothing follows (a heading over a heading it
    could not be); 0 when one such line stands over the body's first paragraph ('University
    of Leeds' over its paragraph is a heading)."""
    end = start
    while end < len(lines) and is_affiliation(lines, end, marks):
        end += 1
    run = lines[start:end]
    if not run:
        return 0
    marked = any(split_mark(text, marks)[0] in marks for _, text in run)
    if marked or len(run) + after_one >= 2 or end == len(lines) or _first_heading(lines[end][1]):
        return len(run)
    return 0


def _first_heading(text: str) -> bool:
    """A heading of the body, never a header's fact or date ('Word count: 2,487')."""
    return (is_heading(text) and not cover_fact(text) and not INFO.match(text)
            and not re.fullmatch(DATE, text.strip(), re.IGNORECASE))
