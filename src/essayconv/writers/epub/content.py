"""The EPUB content document: the HTML writer's XHTML with its notes turned into endnotes."""

from __future__ import annotations

from lxml import etree

from ... import tree as T
from .. import WriteOptions, headings
from ..html import EPUB_TYPE, XHTML, h, hsub, html_element
from ..view import verbatim_notes

ARTICLE_ID = "essay"
ENDNOTES_ID = "endnotes"
NOTES_LIST_ID = "notes-list"


def content_document(essay: etree._Element, options: WriteOptions,
                     stylesheet: str) -> etree._Element:
    """The essay as one XHTML content document built by the HTML writer (target "epub").

    Adjusted for reading systems: the article is marked as body matter, and every note
    becomes an endnote of an endnotes section, linked from each of its reference points
    (epub:type="noteref") and linking back to each of them. The notes are the footnotes
    the HTML writer makes (remarks, notes-style citations) and the essay's own notes that
    no rendered citation stands for (raw mode, or notes never cited in the text), verbatim.
    """
    root = html_element(essay, options, target="epub", stylesheets=[stylesheet])
    article = root.find(f".//{{{XHTML}}}article")
    article.set("id", ARTICLE_ID)
    article.set(EPUB_TYPE, "bodymatter")
    _mark_abstract(article)
    footnotes = _class(article, "section", "footnotes")
    if footnotes is not None:
        _footnotes_to_endnotes(footnotes, headings.heading("notes", essay))
    verbatim = verbatim_notes(essay)
    if verbatim:
        _notes_list_to_endnotes(essay, article, verbatim,
                                NOTES_LIST_ID if footnotes is not None else ENDNOTES_ID)
    return root


def _mark_abstract(article: etree._Element) -> None:
    """The abstract section, marked for reading systems (epub:type="abstract")."""
    for node in article.iter(f"{{{XHTML}}}section"):
        if node.get("role") == "doc-abstract":
            node.set(EPUB_TYPE, "abstract")


def _class(parent: etree._Element, tag: str, name: str) -> etree._Element | None:
    return next((node for node in parent.iter(f"{{{XHTML}}}{tag}")
                 if name in (node.get("class") or "").split()), None)


def _endnotes_section(heading: str, ident: str = ENDNOTES_ID):
    """An empty endnotes section named by its heading, and its list."""
    section = h("section", id=ident, class_="endnotes", role="doc-endnotes",
                aria_labelledby=f"{ident}-heading")
    section.set(EPUB_TYPE, "endnotes")
    hsub(section, "h2", heading, id=f"{ident}-heading")
    return section, hsub(section, "ol")


def _footnotes_to_endnotes(footnotes: etree._Element, title: str) -> None:
    """The HTML writer's footnote asides (each with its back-link) become endnote items."""
    section, ol = _endnotes_section(title)
    for aside in footnotes:
        if aside.tag != f"{{{XHTML}}}aside":
            raise ValueError(f"epub writer: unexpected element {aside.tag} among footnotes")
        item = hsub(ol, "li", id=aside.get("id"), class_="endnote")
        item.set(EPUB_TYPE, "endnote")
        item.extend(list(aside))
        for link in item.iter(f"{{{XHTML}}}a"):
            if link.get("role") == "doc-backlink":
                link.set("aria-label", f"Back to reference {link.text}")
    footnotes.getparent().replace(footnotes, section)


def _notes_list_to_endnotes(essay: etree._Element, article: etree._Element,
                            notes: list[etree._Element], ident: str) -> None:
    """The notes, verbatim, as an endnotes section; their [n] markers become noterefs."""
    references: dict[str, list[str]] = {}
    for link in article.iter(f"{{{XHTML}}}a"):
        href = link.get("href") or ""
        if "noteref" in (link.get("class") or "").split() and href.startswith("#note-"):
            points = references.setdefault(href[1:], [])
            points.append(f"{href[1:]}-ref-{len(points) + 1}")
            link.set("id", points[-1])
            link.set("role", "doc-noteref")
            link.set(EPUB_TYPE, "noteref")
    title = T.find(essay, "notes").get("heading") or headings.heading("notes", essay)
    section, ol = _endnotes_section(title, ident)
    for note in notes:
        anchor = f"note-{note.get('n')}"
        item = hsub(ol, "li", id=anchor, class_="endnote")
        item.set(EPUB_TYPE, "endnote")
        para = hsub(item, "p")
        _note_number(para, note.get("n"), references.get(anchor, []))
        _append_text(para, " " + (T.find(note, "text").text or ""))
        for k, point in enumerate(references.get(anchor, [])[1:], 2):
            _append_text(para, " ")
            hsub(para, "a", "↩", href=f"#{point}", class_="backlink", role="doc-backlink",
                 aria_label=f"Back to reference {note.get('n')}, citation {k}")
    if T.find(essay, "bibliography") is None:
        _remove_notes_from_references(essay, article, notes)
    _before_references(article, section)


def _note_number(para: etree._Element, n: str, points: list[str]) -> None:
    if points:
        hsub(para, "a", n, href=f"#{points[0]}", class_="backlink", role="doc-backlink",
             aria_label=f"Back to reference {n}")
    else:
        hsub(para, "span", n, class_="note-number")


def _append_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _remove_notes_from_references(essay: etree._Element, article: etree._Element,
                                  notes: list[etree._Element]) -> None:
    """Raw mode: take the notes out of the reference list; the source's bibliography is left."""
    references = article.find(f"{{{XHTML}}}section[@id='references']")
    if references is None:
        return
    anchors = {f"note-{note.get('n')}" for note in notes}
    entries = references.find(f"{{{XHTML}}}ul")
    for item in list(entries):
        if item.get("id") in anchors:
            entries.remove(item)
    if len(entries) == 0:
        references.getparent().remove(references)
        return
    sources = T.find(essay, "sources")
    title = sources.get("heading") or headings.heading("references", essay)
    references.find(f"{{{XHTML}}}h2").text = title


def _before_references(article: etree._Element, section: etree._Element) -> None:
    """Place section before the reference list, else after the body and any endnotes."""
    references = article.find(f"{{{XHTML}}}section[@id='references']")
    if references is not None:
        references.addprevious(section)
        return
    placed = [n for n in article if n.tag == f"{{{XHTML}}}section" and n.get("id")]
    if placed:
        placed[-1].addnext(section)
    else:
        article.append(section)
