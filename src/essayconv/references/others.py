"""What a citation that is no reference's form ('other') may still name: the one work at
its web address ('Morley (https://…)'), the work whose bibliography entry declares its
abbreviation ('CT 3.221' after '(cited as CT 3)'), or a case by its short name
('Wednesbury', 'Bank Mellat [76]')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from .matching import names_work


class _Work(Protocol):
    item: dict[str, Any]


W = TypeVar("W", bound=_Work)

_CASE_SHORT = re.compile(r"^(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                         r"(?:,?\s+(?P<pin>\S.*?))?\.?$")


def by_case_name(cit: dict[str, Any], works: Sequence[W]) -> W | None:
    """OSCOLA's short case name ('Wednesbury', 'Bank Mellat [76]', 'Donoghue 582'): the one
    case whose name holds these words, in order; the pinpoint is the locator."""
    from .legal import pinpoint

    m = _CASE_SHORT.match(str(cit.get("text", "")).strip())
    if m is None:
        return None
    found = [w for w in works if w.item.get("type") == "legal_case"
             and names_work(m.group("name"), w.item)]
    pin = pinpoint(m.group("pin")) if m.group("pin") else (None, None)
    if len(found) != 1 or pin is None:
        return None
    cit.update(form="short", authors=m.group("name"), locator=pin[0], label=pin[1])
    return found[0]


_URL_IN = re.compile(r"(?:https?://|www\.)[^\s()<>]+", re.I)
# an abbreviation the bibliography declares: '(cited as CT 3)', '[hereafter FRUS]'
ABBREVIATION = re.compile(r"^(?:hereafter|henceforth)?\s*(?:cited\s+as|hereafter|henceforth|"
                          r"hereinafter)\s+"
                          r"(?P<short>.+?)\s*$", re.I)


def _address(url: str) -> str:
    """A web address compared without scheme, 'www.', case or a closing slash."""
    url = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip().lower())
    return url.rstrip("/.,;:)")


def by_address(cit: dict[str, Any], works: Sequence[W]) -> W | None:
    """'Morley (https://thesphinxblog.com/…)': a citation by the one work at that address."""
    text = cit.get("text", "")
    urls = {_address(m.group()) for m in _URL_IN.finditer(text)}
    if len(re.findall(r"\w+", _URL_IN.sub(" ", text))) > 4:
        return None  # prose around the address: a note of its own, kept as written
    found = [w for w in works if w.item.get("URL") and _address(w.item["URL"]) in urls]
    if len(found) != 1:
        return None
    cit["form"] = "short"
    return found[0]


def by_abbreviation(cit: dict[str, Any], works: Sequence[W]) -> W | None:
    """'CT 3.221' where the bibliography says '(cited as CT 3)': that work, at page 221."""
    text = cit.get("text", "").strip()
    for w in works:
        m = ABBREVIATION.match(str(w.item.get("note") or ""))
        short = m.group("short") if m else ""
        page = re.match(rf"{re.escape(short)}(?!\w)[.,:]?\s*(?P<page>\d+(?:\.\d+)*"
                        r"(?:\s*[-\u2013]\s*\d+)?(?:\s*ff?\.?)?)(?![\w-])", text) if short else None
        if page is None:  # 'FRUS is a vast collection': prose, not a citation
            continue
        remark = text[page.end():].strip(" ,;")
        cit.update(form="short", locator=page.group("page"), label="page",
                   remark=remark.rstrip(".") or None)
        return w
    return None
