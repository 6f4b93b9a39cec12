"""Which works a citation's author names and year name: the lookups linking and in-text
citations share (surnames, particles, 'et al.', year letters, short titles)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import Any

from .csl import ascii_key, first_name, name_key, year_of

_ETAL = re.compile(r",?\s+et\s+al\.?$")


def ascii_key_spaced(text: str) -> str:
    """Like :func:`ascii_key` but keeps word boundaries as spaces."""
    return " ".join(ascii_key(w) for w in text.split())


_NAME_SEP = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _short_names(authors: str) -> tuple[str, list[str]]:
    whole = ascii_key(authors)
    core = _ETAL.sub("", authors.strip())
    names = [ascii_key(n) for n in _NAME_SEP.split(core) if n.strip()]
    return whole, names


def _work_names(item: dict[str, Any]) -> list[str]:
    role = "author" if item.get("author") else "editor"
    return [name_key(n) for n in item.get(role) or []
            if isinstance(n, dict) and ascii_key(n.get("literal", "")) not in ("etal", "others")]


def work_label(work_id: str, item: dict[str, Any]) -> str:
    """'Prunier (1997) [prunier1997]': how a work is named in a diagnostic."""
    name = first_name(item) or {}
    who = name.get("literal") or name.get("family") or "?"
    year, _ = year_of(item)
    return f"{who} ({'n.d.' if year == 'nd' else year}) [{work_id}]"


def closest_works(authors: str, year: str, works: Sequence[tuple[str, dict[str, Any]]]
                  ) -> list[str]:
    """Up to three labels of works whose first name looks like the short form's (ratio 0.75
    or more), the most alike first and, among equals, those of the same year."""
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(ascii_key(_NAME_SEP.split(_ETAL.sub("", authors.strip()))[0]))
    scored = []
    for work_id, item in works:
        name = first_name(item) or {}
        matcher.set_seq1(ascii_key(name.get("literal") or name.get("family") or ""))
        if matcher.real_quick_ratio() >= 0.75 and matcher.quick_ratio() >= 0.75 and \
                matcher.ratio() >= 0.75:
            scored.append((-matcher.ratio(), year_of(item)[0] != year[:4],
                           work_label(work_id, item)))
    return [label for *_, label in sorted(scored)[:3]]


def _matching(works: Sequence[tuple[str, dict[str, Any]]], year: str, suffix: str, whole: str,
              names: list[str]) -> list[str]:
    """Ids of the works of that year (and letter) whose first names are the given names."""
    found = []
    for work_id, item in works:
        if year_of(item)[0] != year or (suffix and not work_id.endswith(year + suffix)):
            continue
        theirs = _work_names(item)
        if not theirs or not theirs[0]:  # no Latin letters in the name: nothing to compare
            continue
        if (theirs[0] == whole or (names and theirs[: len(names)] == names)
                       or (names and names[0] == theirs[0] and len(theirs) < len(names))):
            found.append(work_id)
    return found


def matching_works(authors: str, year_text: str, works: Sequence[tuple[str, dict[str, Any]]],
                   surnames: bool = True) -> list[str]:
    """Ids of the works a short form 'authors (year_text)' names, among (id, item) pairs.

    Names as written are tried first, then (unless ``surnames`` is false) surnames alone
    ('Mary Beard (2010)'); a year letter ('1994a') must match the work's id. One id is a
    resolution, several an ambiguity.
    """
    m = re.match(r"(\d{4})([a-z]?)", year_text)
    year, suffix = (m.group(1), m.group(2)) if m else ("nd", "")
    whole, names = _short_names(authors)
    if not whole:
        return []
    found = _matching(works, year, suffix, whole, [n for n in names if n])
    if not found and surnames:  # names written given name first: 'Mary Beard (2010)'
        last = _surnames(authors)
        if last != names and all(last):
            found = _matching(works, year, suffix, "", last)
    return found


def _surnames(authors: str) -> list[str]:
    """The last word of each name, as keys: 'Mary Beard and John Smith' → beard, smith."""
    return [ascii_key(part.split()[-1]) for part in _NAME_SEP.split(
        _ETAL.sub("", authors.strip())) if part.strip()]


def works_by(authors: str, works: Sequence[tuple[str, dict[str, Any]]], title: str = ""
             ) -> list[str]:
    """Ids of the works of these authors, whatever their year ('Morrison 44', 'Gaddis, Long
    Peace'): the names match the work's first names, and the words of a short title, if one
    is given, come in order in the work's title (a leading article aside)."""
    whole, names = _short_names(authors)
    short = _title_key(title)
    if not whole or (title and not short):
        return []
    found = _works_named(works, whole, names)
    if not found:  # names written given name first: 'John Lewis Gaddis, Long Peace'
        last = _surnames(authors)
        if last != names and all(last):
            found = _works_named(works, "", last)
    titled = [(wid, _title_key(str(item.get("title") or ""))) for wid, item in found]
    leading = [wid for wid, words in titled if words[:len(short)] == short]
    if leading:  # a short title is the title's leading words; failing that, some of them
        return leading
    return [wid for wid, words in titled if _in_order(short, words)]


def works_titled(title: str, works: Sequence[tuple[str, dict[str, Any]]]) -> list[str]:
    """Ids of the works with no author whose title begins with these words (MLA's
    '("Rising Tides" 4)' for an unsigned article)."""
    short = _title_key(title)
    return [wid for wid, item in works if short and not item.get("author") and
            _title_key(str(item.get("title") or ""))[:len(short)] == short]


def _works_named(works: Sequence[tuple[str, dict[str, Any]]], whole: str, names: list[str]
                 ) -> list[tuple[str, dict[str, Any]]]:
    """The (id, item) pairs whose first names are the given names, whatever the year."""
    found = []
    for work_id, item in works:
        theirs = _work_names(item)
        if theirs and theirs[0] and (theirs[0] == whole or theirs[: len(names)] == names):
            found.append((work_id, item))
    return found


def _in_order(short: list[str], words: list[str]) -> bool:
    """Do the short title's words come, in this order, among the title's words?"""
    rest = iter(words)
    return all(w in rest for w in short)


def _title_key(title: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", ascii_key_spaced(title))
    return words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words
