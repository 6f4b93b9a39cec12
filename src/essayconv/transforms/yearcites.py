"""Years alone after an author named further back in their sentence (``intext.py`` calls these).

Chicago's narrative citation may put words between the name and the year: "Cawthorne's
calendar of the Tavener papers (1998) remains indispensable", "Whitlock argues that the
opening of the turnpike to Wisbech mattered more (2015, 112)". A bracket holding a year
alone (a page perhaps) cites the work of that year of an author named earlier in the same
sentence, outside brackets, when exactly one work of all the authors named there is of
that year. When authors are named and none has a work of that year, the bracket stays text
and a warning says so; a year in brackets after no author ('the riots (1998) were') is
never a citation, nor is a period ('(1848–49)').
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .. import tree as T
from ..references.csl import year_of
from ..references.matching import matching_works
from .citepatterns import _SIGNAL, _YEAR_ALONE
from .mlacites import named, sentence_starts

NAME = "link-intext-citations"
_BRACKETS = re.compile(r"\([^()]*\)")


def distant_author(before: str, year: str, works: list[tuple[str, dict[str, Any]]]
                   ) -> str | None:
    """The name of the author named in the last sentence of before whose work of year is the
    only work of that year among those of the authors named there; else None."""
    found: dict[str, str] = {}
    for name in _authors_named(before, works):
        for work_id in matching_works(name, year, works, surnames=False):
            found.setdefault(work_id, name)
    return next(iter(found.values())) if len(found) == 1 else None


def names_an_author(words: str, works: list[tuple[str, dict[str, Any]]]) -> bool:
    """Do the words name the first author of a work ('Zhang Li' names Zhang, W.)?"""
    return bool(named(words, 0, len(words), [], works))


def warn_year_alone(before: str, group: str, works: list[tuple[str, dict[str, Any]]],
                    report: etree._Element, line: int | None) -> None:
    """A bracket holding a year alone, '(1998)', after authors named in its sentence none of
    whom has a work of that year: a warning (the bracket stays text)."""
    first = group.split(";")[0].strip()
    signal = _SIGNAL.match(first)
    first = first[signal.end():] if signal else first
    alone = _YEAR_ALONE.fullmatch(first)
    if alone is None or _TITLE_BEFORE.search(before):
        return  # "Pennington's Observations on Ruined Abbeys (1781)": the title's own date
    year = alone.group("year").replace(" ", "").split("/")[-1]
    names = _authors_named(before, works)
    if not names or any(_has_year(wid, year, works) for ids in names.values() for wid in ids):
        return
    message = (f"'({group})' follows {', '.join(names)}, with no work of {year} in the "
               f"reference list; it is not linked")
    T.diagnose(report, "warning", NAME, message, line)


# right before the bracket, a title in title case after a possessive: "Pennington's
# Observations on Ruined Abbeys (1781)" dates the title, whatever edition the list holds
_TITLE_BEFORE = re.compile(r"[’']s\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|on|the|and|in|a|an|"
                           r"to|for|at|by))+\s*$")


def _authors_named(before: str, works: list[tuple[str, dict[str, Any]]]
                   ) -> dict[str, list[str]]:
    """The first authors' names written in the last sentence of before, outside brackets,
    nearest first, each once, with the ids of their works."""
    start = sentence_starts(before)[-1]
    brackets = [(m.start(), m.end(), "", "") for m in _BRACKETS.finditer(before)]
    events = [e for e in named(before, start, len(before), brackets, works)
              if not _cited_there(before, e[0] if e[0] >= 0 else e[0] + len(before), e[1])]
    events.sort(key=lambda e: -(e[0] if e[0] >= 0 else e[0] + len(before)))
    return {name: ids for _, name, ids in events}


# right after a name, its own year in brackets: 'Smith (2019)', 'Smith’s (2019)', 'Smith et
# al. (2019, p. 4)'
_OWN_YEAR = re.compile(r"(?:[’']s?)?(?:\s+et\s+al\.?)?\s*\(\s*\d{4}")


def _cited_there(before: str, at: int, name: str) -> bool:
    """Is the name at ``at`` a narrative citation of its own ('Smith (2019) notes that the
    Climate Change Act (2008) …'): a later year in the sentence is no work of its author?"""
    return bool(_OWN_YEAR.match(before, at + len(name)))


def _has_year(work_id: str, year: str, works: list[tuple[str, dict[str, Any]]]) -> bool:
    """Is the work of that year (its letter too, '1998b', when the year has one)?"""
    m = re.match(r"(\d{4})([a-z]?)", year)
    if m is None:
        return False
    item = next(item for wid, item in works if wid == work_id)
    return year_of(item)[0] == m.group(1) and (not m.group(2) or
                                               work_id.endswith(m.group(1) + m.group(2)))


def organisation_before(text: str, end: int, year: str,
                        works: list[tuple[str, dict[str, Any]]]) -> tuple[int, str] | None:
    """'The Campaign to End Loneliness (2020)': (start, work id) when the words ending at
    ``end`` are the whole name, as the list writes it, of the one body's work of that year
    (its lower-case words too, which no surname pattern spans)."""
    found = []
    for work_id, item in works:
        authors = item.get("author") or []
        name = str(authors[0].get("literal", "")).split() if len(authors) == 1 else []
        if len(name) < 2 or year_of(item) != (year[:4], year[4:]):
            continue
        pattern = r"\s+".join(re.escape(word) for word in name)
        m = re.search(rf"(?<![\w\-’']){pattern}$", text[:end], re.I)
        if m and text[m.start()].isupper():
            found.append((m.start(), work_id))
    return found[0] if len(found) == 1 else None
