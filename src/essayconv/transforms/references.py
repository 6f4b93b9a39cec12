"""Notes and source lists → citations linked to deduplicated works, stored in the tree."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T
from ..works import work_element


def add_references(essay: etree._Element) -> None:
    """Split every note into citations, parse and link them, add the works list."""
    from ..references import link_citations, parse_note
    from ..references.idem import carry_idem
    from ..references.notes import as_short

    notes = T.findall(essay, "notes/note")
    items = T.findall(essay, "sources/item")
    if not notes and not items:
        return
    lines = {node.get("id"): int(node.get("line")) for node in [*notes, *items]}
    # the essay's own bibliography comes first: its entries are the works' full references
    listed = [(item.get("id"), _as_full(parse_note(item.text or ""), item.text or ""))
              for item in items]
    parsed = [(note.get("id"), parse_note(T.find(note, "text").text or "")) for note in notes]
    carry_idem([citations for _, citations in parsed])  # 'Id., …': the author before it
    linked = link_citations(listed + parsed, listed=len(listed))
    if items and _unlisted(essay, parsed, linked, {linked.links.get((i.get("id"), 0))
                                                  for i in items}, lines):
        linked = link_citations(listed + parsed, listed=len(listed))
    entries = {linked.links[(item.get("id"), 0)]: item.text or "" for item in items
               if linked.links.get((item.get("id"), 0))}  # an unparsed entry links nothing
    for note_id, citations in parsed:
        for index, citation in enumerate(citations):
            entry = entries.get(linked.links.get((note_id, index)))
            if citation["form"] == "full" and entry is not None and \
                    not _restates(citation["reference"], entry):
                # the bibliography has this work in full: the note's own words are a remark
                citations[index] = as_short(citation)
    if linked.works:
        works = T.el("works")
        for item in linked.works:
            works.append(work_element(item))
        _insert_before(essay, works, ("bibliography", "changes"))
    last: tuple[str | None, str | None, str | None] = (None, None, None)  # work, locator, label
    for note, (note_id, citations) in zip(notes, parsed, strict=False):
        anchor = T.find(note, "text")
        for index, citation in enumerate(citations):
            work = linked.links.get((note_id, index))
            locator, label = citation.get("locator"), citation.get("label")
            if citation.get("ibid") and not locator and work and work == last[0]:
                locator, label = last[1], last[2]  # a bare 'Ibid.': the same work, same page
            last = (work, locator, label)
            node = T.el("citation", form=citation["form"], work=work,
                        prefix=citation.get("prefix"))
            T.sub(node, "source", citation["text"])
            if locator:
                T.sub(node, "locator", locator, label=label)
            if citation.get("remark"):
                T.sub(node, "remark", citation["remark"])
            anchor.addnext(node)
            anchor = node
    for item in items:
        work = linked.links.get((item.get("id"), 0))
        if work:
            item.set("work", work)
    for diagnostic in linked.diagnostics:
        T.diagnose(essay, diagnostic.level, diagnostic.rule, diagnostic.message,
                   lines.get(diagnostic.note_id))


def _unlisted(essay: etree._Element, parsed: list, linked, listed: set, lines: dict) -> bool:
    """An essay with its own reference list: a note's 'full' citation of no listed work.

    An archive's item whose file the list lacks ('…, HO 42/35, fol. 211, The National
    Archives, Kew.') is the author's note, as written (``other``), never a new entry nor
    another file of that archive and year. One whose author and year, or author and title,
    name exactly one listed work ('Smith
    2019, p. 45', a reprint's note '(1954; repr., …, 1992)') becomes a short form of it.
    One that reads like a reference (an author or publisher, a year and a title) stays a
    work, added to the list, with a warning. Any other is the note's own words
    ('Interviews were conducted in 2021') and becomes an ``other`` citation. True if a
    citation was changed (the caller links again).
    """
    from ..references.csl import year_of
    from ..references.matching import matching_works, works_by

    works = {item["id"]: item for item in linked.works}
    pairs = [(wid, item) for wid, item in works.items() if wid in listed]
    changed = False
    for note_id, citations in parsed:
        for index, citation in enumerate(citations):
            work = linked.links.get((note_id, index))
            if citation["form"] != "full" or work in listed:
                continue
            item = works.get(work, {})
            if item.get("archive_location") and citation.get("document"):
                citations[index] = {**citation, "form": "other"}  # a file the list lacks
                changed = True
                continue
            names = " and ".join(n.get("family") or n.get("literal") or ""
                                 for n in item.get("author") or [])
            year = year_of(item)[0] if item else ""
            found = matching_works(names, year, pairs) if names and year.isdigit() else []
            titled = works_by(names, pairs, str(item.get("title") or "")) or works_by(
                _whole_names(item), pairs, str(item.get("title") or "")) \
                if names and item.get("title") else []  # ('Luis Ibarra Soto', no year)
            if len(found) == 1:
                citations[index] = {**citation, "form": "short", "authors": names,
                                    "year": year}
                changed = True
            elif len(titled) == 1:  # the same work, another year: '(1954; repr., …, 1992)'
                citations[index] = {**citation, "form": "short", "authors": names,
                                    "year": None, "title": str(item["title"])}
                changed = True
            elif item.get("title") and year.isdigit() and (item.get("author") or any(
                    item.get(k) for k in ("publisher", "container-title", "URL", "DOI"))):
                if not _in_listed_collection(item, pairs):  # a listed 'X Papers' holds it
                    T.diagnose(essay, "warning", "unlisted-reference",
                               f"{citation['text']!r} is not in the reference list: added "
                               "to it", lines.get(note_id))
            else:
                citations[index] = {**citation, "form": "other"}
                changed = True
    return changed


def _in_listed_collection(item: dict, pairs: list) -> bool:
    """Is the item a letter or paper of a collection the list holds ('Andrew McBride Papers'):
    a bibliography lists the collection, its notes the items in it."""
    collection = str(item.get("collection-title") or "").casefold()
    return bool(collection) and any(str(listed.get("title") or "").casefold() == collection
                                    for _, listed in pairs)


def _whole_names(item: dict) -> str:
    """The work's authors in reading order: 'Luis Ibarra Soto and …'."""
    return " and ".join(" ".join(str(n.get(k) or "") for k in ("given", "family")).strip()
                        or str(n.get("literal") or "") for n in item.get("author") or [])


def _restates(reference: str, entry: str) -> bool:
    """Does a note's reference repeat a bibliography entry (80 % of its words are there)?"""
    words = re.findall(r"\w+", reference.lower())
    known = set(re.findall(r"\w+", entry.lower()))
    return sum(w in known for w in words) >= 0.8 * len(words)


def _as_full(citations: list[dict], text: str) -> list[dict]:
    """A bibliography item is one full reference, whatever its punctuation.

    Nothing in it is a locator or a remark: its pages ('…, 1992, pp. 395-408.') are the
    work's own, and go to the parser with the rest.
    """
    if len(citations) == 1 and citations[0]["form"] == "full" and not (
            citations[0]["locator"] or citations[0]["remark"]):
        return citations
    return [{"text": text, "form": "full", "authors": None, "year": None, "locator": None,
             "label": None, "remark": None, "reference": text, "prefix": None}]


def _insert_before(essay: etree._Element, node: etree._Element, names: tuple[str, ...]) -> None:
    for name in names:
        anchor = T.find(essay, name)
        if anchor is not None:
            anchor.addprevious(node)
            return
    essay.append(node)
