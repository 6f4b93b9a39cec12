"""CSL-JSON items as essay-tree work elements, and back."""

from __future__ import annotations

from typing import Any

from lxml import etree

from . import tree as T

NAME_ROLES = ("author", "editor", "translator", "container-author", "collection-editor",
              "director", "interviewer", "recipient", "composer", "illustrator")
DATE_ROLES = ("issued", "accessed", "original-date", "event-date", "submitted")
_SKIP = {"id", "type", "et-al"}
ET_AL = {"literal": "others"}  # the CSL-JSON/BibTeX convention for "et al.", read by citeproc


def work_element(item: dict[str, Any]) -> etree._Element:
    """One CSL-JSON item (with id) as a work element."""
    work = T.el("work", id=item["id"], type=item.get("type", "document"))
    for role in NAME_ROLES:
        names = list(item.get(role, []))
        if role == "author" and item.get("et-al") and ET_AL not in names:
            names.append(ET_AL)
        for name in names:
            if "literal" in name or "family" not in name:
                literal = name.get("literal") or " ".join(
                    str(name[k]) for k in ("given", "family") if name.get(k))
                T.sub(work, "name", role=role, literal=literal)
            else:
                T.sub(work, "name", role=role, family=name["family"], given=name.get("given"),
                      suffix=name.get("suffix"), particle=name.get("dropping-particle"))
    for role in DATE_ROLES:
        date = item.get(role)
        if not date:
            continue
        parts, *ends = date.get("date-parts") or [[]]
        if parts and str(parts[0]).lstrip("-").isdigit():
            month, day = (list(parts[1:3]) + [None, None])[:2]
            end = ends[0][0] if ends and ends[0] and str(ends[0][0]).isdigit() else None
            T.sub(work, "date", role=role, year=parts[0], month=month, day=day,
                  end_year=end if end and int(end) > int(parts[0]) else None,
                  circa="true" if date.get("circa") else None)
        else:
            T.sub(work, "date", role=role, literal=date.get("literal") or date.get("raw", ""))
    for key, value in item.items():
        if key in _SKIP or key in NAME_ROLES or key in DATE_ROLES or value in (None, "", []):
            continue
        text = value if isinstance(value, str) else str(value)
        T.sub(work, "field", text, name=key)
    return work


def work_item(work: etree._Element) -> dict[str, Any]:
    """A work element back as a CSL-JSON item."""
    item: dict[str, Any] = {"id": work.get("id"), "type": work.get("type")}
    for name in T.findall(work, "name"):
        entry = ({"literal": name.get("literal")} if name.get("literal") is not None else
                 {k: name.get(k) for k in ("family", "given", "suffix") if name.get(k) is not None})
        if name.get("particle"):
            entry["dropping-particle"] = name.get("particle")
        item.setdefault(name.get("role"), []).append(entry)
    for date in T.findall(work, "date"):
        if date.get("literal") is not None:
            item[date.get("role")] = {"literal": date.get("literal")}
        else:
            parts = [int(date.get(k)) for k in ("year", "month", "day") if date.get(k)]
            end = [[int(date.get("end-year"))]] if date.get("end-year") else []
            item[date.get("role")] = {"date-parts": [parts, *end]}
            if date.get("circa") == "true":
                item[date.get("role")]["circa"] = True
    for field in T.findall(work, "field"):
        item[field.get("name")] = field.text or ""
    return item


def works_of(essay: etree._Element) -> list[dict[str, Any]]:
    """Every work of the tree as CSL-JSON items, in tree order."""
    return [work_item(work) for work in T.findall(essay, "works/work")]
