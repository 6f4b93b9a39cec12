"""Vancouver (ICMJE/NLM) by exact rules: 'Authors. Title. Journal. Date;Vol(Issue):Pages.'

An article's publication statement is one run of the date, the volume and the pages
('2018 Jun;108(6):488-94.', '2019;5:22.', '2002;42 Suppl 2:S93-9.'): its tokens are one
span (``spans.py`` splits it into date, volume, issue and pages) and the sentence right
before it is the journal ('mHealth.', 'S Afr Med J.'), whatever the model made of them. A
book's extent ('2018. 116 p.', '[about 1 p.]') is the number of its pages, never a page.
"""

from __future__ import annotations

import re
from typing import Any

_MONTH = r"[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?"  # 'Jun', 'Jan-Feb'
# 'date;volume(issue):pages', NLM's run (with its spaced variant, '2016; 50(20): 10777-9')
STATEMENT = re.compile(
    rf"(?P<date>(?:1[5-9]|20)\d\d(?:\s+{_MONTH}(?:\s+\d{{1,2}})?)?);\s?"
    r"(?P<volume>\d+(?:\s?\([^)]+\))?(?:\s+(?:Suppl|Pt)(?:\s+\d+)?)?)"
    r"(?:\s?:\s?(?P<pages>[A-Za-z]?\d+(?:\s?[-–]\s?[A-Za-z]?\d+)?))?\.?")
# a book's extent, its own sentence: '2018. 116 p.', 'xii, 345 p.'
_EXTENT = re.compile(r"(?<=\.)\s+(?P<extent>(?:[ivxlc]+,\s*)?(?P<pages>\d{1,5})\s+p\.)"
                     r"(?=\s|$)")
_ABOUT = re.compile(r":?\s*\[about\s+(?P<pages>\d{1,5})\s+(?:p|pages?|screens?)\.?\]")
_SENTENCE_END = re.compile(r"[.?!]$")


def take_out(text: str, fields: dict[str, Any]) -> str:
    """The reference without its extent ('116 p.'), which goes to ``number-of-pages``."""
    match = _EXTENT.search(text) or _ABOUT.search(text)
    if match is None:
        return text
    if match.re is _EXTENT:
        fields["number-of-pages"] = match.group("pages")
    return (text[:match.start()] + text[match.end():]).strip()


def _statement_at(tokens: list[str], start: int) -> int | None:
    """The end (exclusive) of a Vancouver statement opening at ``start``, or None."""
    for end in range(min(len(tokens), start + 6), start, -1):  # the longest run
        if STATEMENT.fullmatch(" ".join(tokens[start:end])):
            return end
    return None


def journal_statement(tokens: list[str], labels: list[str]) -> list[str]:
    """The date-volume-pages run is one span; the sentence before it is the journal.

    Only after a sentence's full stop ('S Afr Med J. 2018 Jun;…'): the journal is then the
    tokens back to the sentence before it, at most eight, none of them the authors; the
    model's journal or container there, when it read one, is kept.
    """
    labels = list(labels)
    for start, token in enumerate(tokens):
        if not re.match(r"(?:1[5-9]|20)\d\d", token) or start < 2 or \
                not _SENTENCE_END.search(tokens[start - 1]):
            continue
        end = _statement_at(tokens, start)
        if end is None:
            continue
        labels[start:end] = ["volume"] * (end - start)
        first = start - 1
        while first > 0 and start - first < 8 and not _SENTENCE_END.search(tokens[first - 1]):
            first -= 1
        journal = range(first, start)
        if first > 0 and _SENTENCE_END.search(tokens[first - 1]) and \
                not any(labels[k] == "author" for k in journal) and \
                labels[start - 1] not in ("journal", "container-title"):
            for k in journal:
                labels[k] = "journal"
        break
    return labels
