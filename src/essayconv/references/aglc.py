"""AGLC (Australian Guide to Legal Citation) forms the OSCOLA rules of ``legal.py`` do not read.

* A short title defined after a full citation, in brackets and single quotes (AGLC 1.4.1):
  ``Mabo v Queensland [No 2] (1992) 175 CLR 1 ('Mabo')``: the declared short form, as the
  Bluebook's ``[hereinafter …]``, never part of the work's reference.
* A first author surname first in the bibliography, ``McNeil, Kent, '…' (1997)``: one person.
* A report with its number and date in brackets, ``Australian Law Reform Commission,
  Connection to Country … (Report No 126, April 2015) 12 [1.54]``: ``report``, ``number``
  ``Report No. 126`` (as a series' number, ``spans.py``), ``issued`` April 2015; the
  pinpoint (page and paragraph) after.
"""

from __future__ import annotations

import re
from typing import Any

# AGLC's short title after a full citation: "('Mabo')", "(‘Yorta Yorta’)"; the last bracket
AGLC_SHORT_TITLE = re.compile(r"\s*\([‘'](?P<short>[^‘’'()]{1,80})[’']\)(?=\.?$)")

# AGLC's bibliography writes the first author surname first: 'McNeil, Kent', 'Strelein, Lisa M'
_INVERTED = re.compile(r"(?P<family>[A-Z][\w'’-]+),\s+"
                       r"(?P<given>(?!(?:Jr|Sr|II|III|IV)\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def inverted_person(text: str) -> dict[str, str] | None:
    """'McNeil, Kent' (one surname, a comma, given names, nothing else): one person, never
    two ('Kent' is no second author), else None."""
    m = _INVERTED.fullmatch(text.strip())
    if m is None or re.search(r"\b(?:and|&)\b", text):
        return None
    return {"family": m.group("family"), "given": m.group("given")}


# a report, AGLC 7.1: 'Australian Law Reform Commission, Connection to Country: Review of the
# Native Title Act 1993 (Cth) (Report No 126, April 2015) 12 [1.54]': the body, the title, the
# series' word and number, the date, then a pinpoint perhaps
AGLC_REPORT = re.compile(
    r"^(?P<author>[A-Z][^,()]{2,120}?),\s+(?P<title>[A-Z][^‘'\"“]*?\S)\s+"
    r"\((?P<genre>(?:[A-Z][\w-]*\s+){0,3}?(?:Report|Paper|Bulletin|Inquiry))\s+No\.?\s*"
    r"(?P<number>\d+[\w./-]*),\s*(?P<date>(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?P<year>\d{4}))\)"
    r"(?:,?\s+(?P<pin>\d.*?|\[.*?))?$")


def aglc_report(text: str) -> dict[str, Any] | None:
    """An AGLC report without a pinpoint → a CSL report item (its number and date kept),
    else None."""
    from .spans import parse_date

    m = AGLC_REPORT.match(text)
    if m is None or m.group("pin"):
        return None
    return {"type": "report", "author": [{"literal": m.group("author").strip()}],
            "title": m.group("title"), "number": f"{m.group('genre')} No. {m.group('number')}",
            "issued": parse_date(m.group("date")) or {"date-parts": [[int(m.group("year"))]]}}
