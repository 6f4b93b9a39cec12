"""A US state's code section, the Bluebook's way: ``Cal. Gov't Code § 8627 (West 2020)``,
``N.Y. Exec. Law § 29-a (McKinney 2020)``, ``Tex. Gov't Code Ann. § 418.016 (West 2021)``,
``Fla. Stat. § 776.012 (2020)``.

The state's abbreviation opens it (a capitalised word with a full stop, ``Cal.``, ``N.Y.``),
the code's name ends in ``Code``, ``Law``, ``Laws``, ``Stat.`` or ``Statutes`` (``Ann.`` may
follow), then ``§`` and the section; in the brackets the publisher of an unofficial code
(``West``, ``McKinney``, ``LexisNexis``) before the year. As for ``42 U.S.C. § 1983``, the
section is the work cited: CSL ``legislation``, ``title`` the section as it is known (``Cal.
Gov't Code § 8627``), ``container-title`` the code, ``section``, ``publisher``, ``issued``.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["STATE_CODE", "parse_state_code"]

STATE_CODE = re.compile(
    r"^(?P<code>(?P<state>[A-Z][A-Za-z]*\.(?:[A-Z]\.)*)"
    r"(?:\s+(?:[A-Z][A-Za-z'’]*\.?|&))*?\s+(?:Code|Law|Laws|Stat\.|Statutes)"
    r"(?:\s+Ann\.)?)\s*§§?\s*(?P<section>[\w.():]+(?:\s*[-–]\s*[\w.():]+)?)"
    r"(?:\s*\((?:(?P<publisher>[A-Z][A-Za-z.&'’]*(?:\s+[A-Z][A-Za-z.&'’]*){0,2})\s+)?"
    r"(?:Supp\.\s+)?(?P<year>\d{4})\))?$")


def parse_state_code(core: str) -> dict[str, Any] | None:
    """A state code section (the note's full stop already off) → CSL item, else None."""
    m = STATE_CODE.match(core)
    if m is None:
        return None
    title = re.sub(r"\s+", " ", core[:m.end("section")])
    item: dict[str, Any] = {"type": "legislation", "title": title,
                            "container-title": re.sub(r"\s+", " ", m.group("code")),
                            "section": m.group("section")}
    if m.group("publisher"):
        item["publisher"] = m.group("publisher")
    if m.group("year"):
        item["issued"] = {"date-parts": [[int(m.group("year"))]]}
    return item
