"""Affiliations linked to their authors: by the byline's marks ('Whitfield¹' and
'¹ Department of History'), else by place (the lines right under an author's name)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .bylines import AFFILIATION_MARKS

_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
# one mark of a run: '¹²' (twelve), '*', '**', '†'
_ONE_MARK = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}|\*+|†+|‡+|§+")
# the mark an affiliation line opens with: '¹ Department …', '2 School of Law', '*University …'
_SYMBOL_MARK = re.compile(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+|†+|‡+|§+)\s*(?=\w)")
# a plain figure, apart or glued to a capital: '2 School of Law', '1Division of …'
_DIGIT_MARK = re.compile(r"^(\d{1,2})(?:\s+(?=[^\W\d_])|(?=[A-Z][a-z]))")


@dataclass
class Affiliation:
    """One affiliation line: its text without the mark, the mark, the authors it names."""

    line: int
    text: str
    label: str | None = None
    authors: list[int] = field(default_factory=list)  # indices into the front's authors


def marks_of(run: str) -> list[str]:
    """The marks of a byline's run ('²,³' → ['2', '3'], '*' → ['*']), digits made plain."""
    return [mark.translate(_SUPERSCRIPTS) for mark in _ONE_MARK.findall(run)]


def name_marks(line: str, names: list[str]) -> list[list[str]]:
    """The marks after each name of a byline, in the names' order: a mark after a degree
    ('Aisha N. Okafor, MPH¹') is its name's."""
    starts: list[int] = []
    position = 0
    for name in names:
        found = line.find(name, position)
        starts.append(found if found >= 0 else position)
        position = max(position, found + len(name)) if found >= 0 else position
    marks: list[list[str]] = [[] for _ in names]
    for match in AFFILIATION_MARKS.finditer(line):
        owner = max((i for i, start in enumerate(starts) if start <= match.start()), default=None)
        if owner is not None:
            marks[owner].extend(marks_of(match.group()))
    return marks


def split_mark(text: str, known: set[str]) -> tuple[str | None, str]:
    """An affiliation line's mark and its words: a superscript or a symbol always, a plain
    figure only when a byline's mark names it ('2 School of Law' under 'Kowalczyk²')."""
    stripped = text.strip()
    if match := _SYMBOL_MARK.match(stripped):
        return match.group(1).translate(_SUPERSCRIPTS), stripped[match.end():]
    if (match := _DIGIT_MARK.match(stripped)) and match.group(1) in known:
        return match.group(1), stripped[match.end():]
    return None, stripped


def unmarked(text: str, known: set[str]) -> str | None:
    """An affiliation line's words without its mark ('* University of Leeds'), or None when
    it opens with a figure no byline's mark names ('1 The University of Leeds in 1904', a
    numbered heading)."""
    label, rest = split_mark(text, known)
    return None if label is None and _DIGIT_MARK.match(rest) else rest


def known_marks(authors: list[tuple[int, str]], lines: list[tuple[int, str]]) -> set[str]:
    """Every mark after an author's name in the bylines read so far."""
    return {mark for own in _author_marks(authors, dict(lines)) for mark in own}


def link(authors: list[tuple[int, str]], infos: list[tuple[int, str, str]],
         lines: dict[int, str]) -> dict[int, Affiliation]:
    """Every affiliation fact by its line, linked to its authors: by mark where the line has
    one, else to the unmarked authors of the byline block right above it (one block under
    several authors is all of theirs); an affiliation above every author (a cover page's)
    is no one's."""
    marks = _author_marks(authors, lines)
    known = {mark for own in marks for mark in own}
    found: dict[int, Affiliation] = {}
    group: list[int] = []
    previous = None
    for number, kind, index_or_text in _in_order(authors, infos):
        if kind == "author":
            group = group + [index_or_text] if previous == "author" else [index_or_text]
        else:
            label, text = split_mark(index_or_text, known)
            affiliation = Affiliation(number, text, label)
            if label is not None and label in known:
                affiliation.authors = [i for i, own in enumerate(marks) if label in own]
            elif label is None:
                affiliation.authors = [i for i in group if not marks[i]]
            found[number] = affiliation
        previous = kind
    return found


def _author_marks(authors: list[tuple[int, str]], lines: dict[int, str]) -> list[list[str]]:
    """The marks after each author's name on the byline's line, in the authors' order."""
    marks: list[list[str]] = [[] for _ in authors]
    for number in {line for line, _ in authors}:
        indices = [i for i, (line, _) in enumerate(authors) if line == number]
        names = [authors[i][1] for i in indices]
        for index, own in zip(indices, name_marks(lines.get(number, ""), names), strict=True):
            marks[index] = own
    return marks


def _in_order(authors: list[tuple[int, str]], infos: list[tuple[int, str, str]]):
    """Authors (by index) and affiliation facts (by text), in the order of their lines."""
    items = [(number, "author", index) for index, (number, _) in enumerate(authors)]
    items += [(number, "affiliation", text) for number, name, text in infos
              if name == "affiliation"]
    return sorted(items, key=lambda item: (item[0], item[1] != "author"))
