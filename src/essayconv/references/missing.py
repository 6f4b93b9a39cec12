"""What a journal will ask for that a parsed work lacks (warnings of `essayconv check`)."""

from __future__ import annotations

import re
from typing import Any

from .tokens import WEB_ADDRESS
from .urlonly import address

_AVAILABLE = re.compile(r"\b(?:available\s+(?:at|from)|retrieved\s+from)\s*:?\s*(?P<rest>\S*)",
                        re.I)


def _oscola_statement(publisher: str, sources: list[str]) -> bool:
    """Did the author write OSCOLA's '(Publisher Year)', '(7th edn, OUP 2011)', no place?"""
    statement = re.compile(r"\((?:[^():]*,\s*)?" + re.escape(publisher) +
                           r"\s+(?:1[5-9]|20)\d\d\)")
    return bool(sources) and all(statement.search(source) for source in sources)


def missing_details(item: dict[str, Any], sources: list[str]) -> list[tuple[str, str]]:
    """(rule, what) for each detail a journal will ask for that the work, written as
    sources, lacks: a title (a bare web address), its year, publisher and place, a
    journal's volume and pages, a real URL for 'Available at:'."""
    found: list[tuple[str, str]] = []

    def warn(rule: str, what: str) -> None:
        found.append((rule, what))

    if sources and all(address(source) for source in sources):
        warn("missing-title", f"only a web address: the entry is titled {item.get('title')!r}; "
             "add the page's title (and its author or organisation)")
    issued = item.get("issued") or {}
    if not issued.get("date-parts") and not issued.get("literal"):
        warn("missing-year", "no year of publication")
    kind = item.get("type")
    if kind in ("book", "report", "thesis"):
        if not item.get("publisher"):
            warn("missing-publisher", f"{kind} without publisher")
        elif not item.get("publisher-place") and kind != "thesis" and \
                not _oscola_statement(item["publisher"], sources):
            # a thesis names its institution, no place; OSCOLA's '(CUP 2009)' gives none
            warn("missing-place", f"{kind} without place of publication")
    if kind == "article-journal":
        missing = [k for k in ("container-title", "volume", "page") if not item.get(k)
                   and not (k == "page" and item.get("number"))]  # or an article number
        if missing:
            warn("missing-journal-details", "article without " + ", ".join(missing))
    has_url = WEB_ADDRESS.match(str(item.get("URL") or "")) or item.get("DOI")
    for source in sources:
        m = _AVAILABLE.search(source)
        if m and not has_url and not WEB_ADDRESS.match(m.group("rest")):
            warn("placeholder-url", f"'Available at:' gives no URL in {source!r}")
            break
    return found
