"""What writers share: how a citation marker, a footnote and the reference list read."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .. import tree as T
from . import headings


@dataclass
class CiteView:
    """How to print one body marker.

    mode "author-date": print `inline` (the parenthetical citation) linked to `target`
    (a work id, whose bibliography entry has the anchor "ref-<id>"), followed by a
    footnote holding `footnote` when the note carries remarks.
    mode "notes": print a footnote mark; the footnote's text is `footnote`.
    mode "raw" (no rendered citations): print "[n]" linked to the note "note-<n>" of the
    notes list, which the writer prints verbatim at the end.
    A marker whose note does not exist (an error check-markers reports) is printed as plain
    "[n]" text, in mode "author-date" with no target: never a dangling link.
    """

    mode: str
    n: str
    note_id: str
    inline: etree._Element | None
    footnote: etree._Element | None
    target: str | None


def work_anchor(essay: etree._Element, work_id: str | None) -> str | None:
    """The reference-list anchor ("ref-<work>") of a work, if the list has its entry."""
    bibliography = T.find(essay, "bibliography")
    if bibliography is None or work_id is None:
        return None
    entries = {entry.get("work") for entry in bibliography}
    return f"ref-{work_id}" if work_id in entries else None


def citation_mode(essay: etree._Element) -> str:
    """'author-date', 'notes' or 'raw' (when no citation style has been applied)."""
    bibliography = T.find(essay, "bibliography")
    return bibliography.get("mode", "author-date") if bibliography is not None else "raw"


def notes_by_id(essay: etree._Element) -> dict[str, etree._Element]:
    """Every note of the notes list by its id."""
    return {note.get("id"): note for note in T.findall(essay, "notes/note")}


def cite_view(essay: etree._Element, cite: etree._Element, notes=None) -> CiteView:
    """Decide how a writer prints the marker `cite` (see CiteView)."""
    notes = notes if notes is not None else notes_by_id(essay)
    note = notes.get(cite.get("note"))
    mode = citation_mode(essay)
    if note is None:
        return CiteView("author-date", cite.get("n"), "", T.el("inline", f"[{cite.get('n')}]"),
                        None, None)
    rendered = T.find(note, "rendered")
    if rendered is None:
        return CiteView("raw", cite.get("n"), cite.get("note"), None, None, None)
    works = [c.get("work") for c in T.findall(note, "citation") if c.get("work")]
    target = works[0] if works else None
    if mode == "notes" or rendered.get("as") == "footnote":  # an explanatory note
        return CiteView("notes", cite.get("n"), note.get("id"), None, rendered, target)
    remarks = [r.text for r in T.findall(note, "citation/remark") if r.text]
    footnote = None
    if remarks:
        text = "; ".join(_capitalise(r) for r in remarks)
        footnote = T.el("inline", text if text[-1:] in ".!?”’\"'" else text + ".")
    return CiteView("author-date", cite.get("n"), note.get("id"), rendered, footnote, target)


def _capitalise(text: str) -> str:
    text = text.strip().strip("()").rstrip(".")
    return text[:1].upper() + text[1:]


def reference_list(essay: etree._Element) -> tuple[str, list[tuple[str, etree._Element]]]:
    """The reference list heading and its entries as (anchor id, inline content).

    Rendered bibliography entries when a style was applied (anchor "ref-<work>"),
    otherwise the notes list verbatim (anchor "note-<n>") followed by the source's own
    bibliography items.
    """
    bibliography = T.find(essay, "bibliography")
    if bibliography is not None:
        entries = [(f"ref-{entry.get('work')}", entry) for entry in bibliography]
        return bibliography.get("heading"), entries
    entries = []
    heading = None
    for note in T.findall(essay, "notes/note"):
        heading = heading or note.getparent().get("heading")
        entries.append(_note_entry(note))
    for item in T.findall(essay, "sources/item"):
        heading = heading or item.getparent().get("heading")
        entries.append((f"source-{item.get('id')}", T.el("inline", item.text)))
    return heading or headings.heading("references", essay), entries


def verbatim_notes(essay: etree._Element) -> list[etree._Element]:
    """The notes no rendered citation in the body stands for, to be printed as written.

    Every note in raw mode; with rendered citations, the notes no marker cites (a marker
    the reader could not find, which check-markers reports), so their words are not lost.
    """
    notes = notes_by_id(essay)
    represented = {shown.note_id for cite in essay.iter(T.q("cite"))
                   if (shown := cite_view(essay, cite, notes)).mode != "raw"}
    return [note for note in T.findall(essay, "notes/note") if note.get("id") not in represented]


def uncited_notes(essay: etree._Element) -> list[tuple[str, etree._Element]]:
    """Beside rendered references, the verbatim notes as (anchor "note-<n>", inline) entries.

    Empty in raw mode, where reference_list already holds every note.
    """
    if citation_mode(essay) == "raw":
        return []
    return [_note_entry(note) for note in verbatim_notes(essay)]


def _note_entry(note: etree._Element) -> tuple[str, etree._Element]:
    """A note as written, as a list entry: (anchor "note-<n>", "[n] text")."""
    n = note.get("n")
    return f"note-{n}", T.el("inline", f"[{n}] " + (T.find(note, "text").text or ""))


def sections(essay: etree._Element) -> list[etree._Element]:
    """The body's sections in order."""
    return T.findall(essay, "body/section")


def meta(essay: etree._Element) -> dict[str, str | None]:
    """Title, first author's name, e-mail and bio (plain text), language, keywords."""
    first = T.find(essay, "meta/author")
    def text(path: str) -> str | None:
        node = T.find(first, path) if first is not None else None
        return T.inline_text(node) if node is not None else None
    return {
        "title": T.inline_text(T.find(essay, "meta/title")),
        "author": text("name"),
        "email": text("email"),
        "bio": text("bio"),
        "lang": essay.get(T.XML_LANG) or "en",
        "authors": ", ".join(T.find(a, "name").text for a in T.findall(essay, "meta/author")),
    }
