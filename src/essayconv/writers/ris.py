"""The document's works as RIS (--to ris), the tagged format every reference manager reads."""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..works import works_of
from . import WriteOptions

RIS_TYPES = {
    "book": "BOOK", "chapter": "CHAP", "article-journal": "JOUR", "article-magazine": "MGZN",
    "article-newspaper": "NEWS", "report": "RPRT", "thesis": "THES", "webpage": "ELEC",
    "bill": "BILL", "legislation": "STAT", "treaty": "LEGAL", "speech": "SPEECH",
    "paper-conference": "CPAPER",
    "post-weblog": "BLOG", "dataset": "DATA", "manuscript": "MANSCPT", "motion_picture": "MPCT",
    "broadcast": "VIDEO", "software": "COMP", "post": "ELEC", "interview": "GEN",
    "patent": "PAT", "standard": "STAND", "legal_case": "CASE", "article": "UNPB",
}
FIELDS = [("title", "TI"), ("container-title", "T2"), ("collection-title", "T3"),
          ("volume", "VL"), ("issue", "IS"), ("edition", "ET"), ("publisher", "PB"),
          ("publisher-place", "CY"), ("number", "M1"), ("DOI", "DO"), ("URL", "UR"),
          ("ISBN", "SN"), ("note", "N1")]


def _name(name: dict[str, str]) -> str:
    if "literal" in name:
        return name["literal"]
    return ", ".join(part for part in (name.get("family"), name.get("given"), name.get("suffix"))
                     if part)


def _series_number(item: dict[str, Any]) -> list[str]:
    """A series' number, with its title only, as Zotero reads it: a book's in M1 (unless M1
    holds the book's own number), any other work's in SV (EndNote's 'Series Volume')."""
    number = item.get("collection-number")
    if not number or not item.get("collection-title"):
        return []  # a law report's '[1932]' with no series: the volume's year, not a series
    tag = "M1" if item.get("type") == "book" and not item.get("number") else "SV"
    return [f"{tag}  - {number}"]


def _ris_date(parts: list) -> str:
    """RIS's 'YYYY/MM/DD/' date (month and day may be empty)."""
    year, month, day = (list(parts) + [None, None])[:3]
    return "/".join(f"{v:02d}" if isinstance(v, int) and k else str(v or "")
                    for k, v in enumerate((year, month, day))) + "/"


def ris_record(item: dict[str, Any]) -> list[str]:
    """The RIS lines of one CSL-JSON item, from TY to ER."""
    lines = [f"TY  - {RIS_TYPES.get(item.get('type', ''), 'GEN')}", f"ID  - {item['id']}"]
    lines += [f"AU  - {_name(n)}" for n in item.get("author", []) if n != {"literal": "others"}]
    lines += [f"ED  - {_name(n)}" for n in item.get("editor", []) if n != {"literal": "others"}]
    issued = item.get("issued", {})
    parts = (issued.get("date-parts") or [[]])[0]
    if parts:
        lines.append(f"PY  - {parts[0]}")
        if len(parts) > 1:
            lines.append(f"DA  - {_ris_date(parts)}")  # the full date: a newspaper's day
    elif issued.get("literal"):
        lines.append(f"PY  - {issued['literal']}")
    accessed = (item.get("accessed", {}).get("date-parts") or [[]])[0]
    if accessed:
        lines.append(f"Y2  - {_ris_date(accessed)}")
    lines += [f"A4  - {_name(n)}" for n in item.get("translator", [])]  # as Zotero writes
    for key, tag in FIELDS:
        if item.get(key):
            lines.append(f"{tag}  - {item[key]}")
    lines += _series_number(item)
    if item.get("page"):
        first, _, last = str(item["page"]).replace("–", "-").partition("-")
        lines.append(f"SP  - {first}")
        if last:
            lines.append(f"EP  - {last}")
    lines.append("ER  - ")
    return lines


class RisWriter:
    """Write the works list as RIS records."""

    name = "ris"
    extension = "ris"
    binary = False

    def write(self, essay: etree._Element, options: WriteOptions) -> str:
        records = ["\r\n".join(ris_record(item)) for item in works_of(essay)]
        return "\r\n\r\n".join(records) + ("\r\n" if records else "")
