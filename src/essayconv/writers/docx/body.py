"""Lay out an essay tree as the body of a Word document: title block, sections, references."""

from __future__ import annotations

import docx.document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from ... import tree as T
from .. import headings, view
from . import styles as S
from .fields import add_bookmark, bookmark_name, internal_hyperlink
from .footnotes import Footnotes
from .inline import InlineWriter, run
from .lists import WordLists

BIO_MARK = "*"  # the author note's mark, as in the PDF (pdf.css) and EPUB: no note number
TOP_LEVEL = {"meta", "body", "notes", "sources", "endmatter", "appendices", "works",
             "bibliography", "changes", "diagnostics"}
AFTER_TABLE = Pt(12)  # the space between a table (with no note) and the text under it


def _name(node: etree._Element) -> str:
    if not isinstance(node.tag, str) or not node.tag.startswith(f"{{{T.NS}}}"):
        raise ValueError(f"docx writer: unknown element {node.tag}")
    return etree.QName(node).localname


class BodyBuilder:
    """Write one essay into a document opened from the template."""

    def __init__(self, essay: etree._Element, document: docx.document.Document):
        self.essay = essay
        self.document = document
        self.ids = S.style_ids(document)
        self.footnotes = Footnotes(document, self.ids[S.FOOTNOTE_TEXT],
                                   self.ids[S.FOOTNOTE_REFERENCE])
        self.inline = InlineWriter(self.ids[S.HYPERLINK], self._cite,
                                   lambda work: self.bookmarks.get(f"ref-{work}"))
        self.notes = view.notes_by_id(essay)
        self.heading, self.entries = view.reference_list(essay)
        self.uncited = view.uncited_notes(essay)
        self.bookmarks = {anchor: bookmark_name(anchor)
                          for anchor, _ in self.uncited + self.entries}
        if len(set(self.bookmarks.values())) != len(self.bookmarks):
            raise ValueError("docx writer: two reference anchors map to one bookmark name")
        self.next_bookmark = 0
        self.lists = WordLists(document)

    def build(self) -> None:
        """Title block, body sections, reference list, end matter."""
        for child in self.essay:
            if isinstance(child.tag, str) and _name(child) not in TOP_LEVEL:
                raise ValueError(f"docx writer: unknown element {child.tag}")
        sections = view.sections(self.essay)
        abstract = next((section for section in sections if view.is_abstract(section)), None)
        keywords = view.keywords_under_abstract(self.essay)  # they close the abstract
        self._title_block(T.find(self.essay, "meta"), skip=keywords)
        for section in sections:
            self._section(section)
            if section is abstract:
                for info in keywords:
                    self._keywords(info)
        self._references()
        endmatter = T.find(self.essay, "endmatter")
        if endmatter is not None:
            for block in endmatter:
                if _name(block) != "p":
                    raise ValueError(f"docx writer: unknown element {block.tag}")
                if block.get("kind") == "item":
                    self.lists.number(self._paragraph(block, S.ITEM)._p, block)
                else:
                    self._paragraph(block, S.END_MATTER)
        self._appendices()

    def _appendices(self) -> None:
        """The appendices after the references: each a heading (Heading 1, or Heading 2
        under a group heading 'Appendices') and its blocks."""
        appendices = T.find(self.essay, "appendices")
        if appendices is None:
            return
        if appendices.get("heading"):
            self.document.add_paragraph(appendices.get("heading"), style=S.HEADING)
        for appendix in T.findall(appendices, "section"):
            self._section(appendix, 2 if appendices.get("heading") else 1)

    # --- blocks -------------------------------------------------------------------------
    def _paragraph(self, node: etree._Element | None, style: str):
        paragraph = self.document.add_paragraph(style=style)
        if node is not None:
            self.inline.write(node, paragraph._p, self.document.part)
        return paragraph

    def _title_block(self, meta: etree._Element, skip=()) -> None:
        authors = []
        for child in meta:
            name = _name(child)
            if name == "title":
                self._paragraph(child, S.TITLE)
                for info in T.findall(meta, "info"):
                    if info.get("name") == "subtitle":  # the standfirst right under the title
                        self._paragraph(info, S.SUBTITLE)
            elif name == "author":
                authors.append(child)
            elif name != "info":
                raise ValueError(f"docx writer: unknown element {child.tag}")
        marks, numbered = view.numbered_byline(self.essay)
        if authors:
            line = self._paragraph(None, S.AUTHOR)._p
            for index, author in enumerate(authors):
                if index:
                    line.append(run(" and " if index == len(authors) - 1 else ", "))
                self._author(author, line)
                if marks and marks[index]:  # 'Whitfield¹', 'Kowalczyk²,³'
                    line.append(run(",".join(marks[index]), frozenset({"sup"})))
        for mark, info in numbered:  # '¹ Department of History, University of Leeds'
            paragraph = self.document.add_paragraph(style=S.FRONT_MATTER)._p
            paragraph.append(run(mark, frozenset({"sup"})))
            paragraph.append(run(" " + (info.text or "")))
        printed = [*skip, *(info for _, info in numbered)]
        for info in T.findall(meta, "info"):
            shown = view.fact_text(self.essay, info)  # 'Volume 3, Issue 2', never a bare '3'
            if info.get("name") == "subtitle" or any(info is other for other in printed) \
                    or shown == "":
                continue
            if shown is None:
                self._paragraph(info, S.FRONT_MATTER)
            else:
                self._paragraph(None, S.FRONT_MATTER)._p.append(run(shown))

    def _keywords(self, info: etree._Element) -> None:
        """A 'Keywords: …' line under the abstract, its label in italics (APA)."""
        paragraph = self.document.add_paragraph(style=S.KEYWORDS)
        label = view.KEYWORDS_LABEL.match(info.text or "") if len(info) == 0 else None
        if label is None:
            self.inline.write(info, paragraph._p, self.document.part)
            return
        words = label.group().rstrip()
        paragraph._p.append(run(words, frozenset({"em"})))
        paragraph._p.append(run(info.text[len(words):]))

    def _author(self, author: etree._Element, line) -> None:
        """The author's name, with the biography (and e-mail) as a footnote on it."""
        parts = {}
        for child in author:
            name = _name(child)
            if name not in ("name", "email", "bio"):
                raise ValueError(f"docx writer: unknown element {child.tag}")
            parts[name] = child
        line.append(run(parts["name"].text or ""))
        bio, email = parts.get("bio"), parts.get("email")
        has_email = email is not None and bool(email.text)
        if bio is None and not has_email:
            return
        number, paragraph = self.footnotes.add(BIO_MARK)
        if bio is not None:
            self.inline.write(bio, paragraph, self.footnotes.part)
        if has_email and (bio is None or email.text not in T.inline_text(bio)):
            paragraph.append(run((" " if bio is not None else "") + f"E-mail: {email.text}"))
        line.append(self.footnotes.reference(number, BIO_MARK))

    def _section(self, section: etree._Element, level: int | None = None) -> None:
        first = True
        under_table = False  # the paragraphs right under a table may be its notes
        children = list(section)
        for index, child in enumerate(children):
            name = _name(child)
            if name == "heading":
                self._paragraph(child, S.heading(level or view.level(section)))
                first = True
                under_table = False
            elif name == "p":
                kind = child.get("kind")
                if kind is not None and kind not in S.KIND_STYLES:
                    raise ValueError(f"docx writer: unknown paragraph kind '{kind}'")
                if under_table and view.is_table_note(child):
                    self._paragraph(child, S.TABLE_NOTE)
                    continue
                style = S.KIND_STYLES.get(kind) or (S.FIRST_PARAGRAPH if first else S.BODY_TEXT)
                paragraph = self._paragraph(child, style)
                if child.get("role") == "attribution":  # an epigraph's source: '— …', right
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    paragraph.runs[0].text = "— " + paragraph.runs[0].text if \
                        paragraph.runs else ""
                if kind == "item":
                    self.lists.number(paragraph._p, child)
                if under_table and kind != "caption" and \
                        not view.is_table_note(children[index - 1]):
                    paragraph.paragraph_format.space_before = AFTER_TABLE
                first = False
                under_table = False
            elif name == "table":
                following = children[index + 1] if index + 1 < len(children) else None
                self._table(child, noted=following is not None and view.is_table_note(following))
                first = True
                under_table = True
            else:
                raise ValueError(f"docx writer: unknown element {child.tag}")

    def _table(self, table: etree._Element, noted: bool = False) -> None:
        """The caption (Caption style), then a grid whose first row, in bold, is the header
        repeated on each page; with a note under it (noted), its last row keeps with it."""
        caption, heads, rows = view.table_parts(table)
        if caption is not None:
            self._paragraph(caption, S.CAPTION).paragraph_format.keep_with_next = True
        grid = self.document.add_table(rows=len(rows) + 1, cols=len(heads), style=S.TABLE)
        for r, values in enumerate([heads, *rows]):
            for cell, content in zip(grid.rows[r].cells, values, strict=True):
                self.inline.write(content, cell.paragraphs[0]._p, self.document.part)
                for text_run in cell.paragraphs[0].runs if r == 0 else ():
                    text_run.bold = True
        grid.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        if noted:
            for cell in grid.rows[-1].cells:
                cell.paragraphs[0].paragraph_format.keep_with_next = True

    def _references(self) -> None:
        """The notes no marker cites (printed as written), then the reference list."""
        for heading, entries in ((headings.heading("uncited", self.essay), self.uncited),
                                 (self.heading, self.entries)):
            if not entries:
                continue
            self.document.add_paragraph(heading, style=S.HEADING)
            for anchor, content in entries:
                paragraph = self._paragraph(content, S.BIBLIOGRAPHY)
                add_bookmark(paragraph._p, self.bookmarks[anchor], self.next_bookmark)
                self.next_bookmark += 1

    # --- citation markers ---------------------------------------------------------------
    def _cite(self, cite: etree._Element, parent, part, linked: bool) -> str:
        """Print a body marker as view.cite_view says (link, footnote or both); return the
        text to print after it."""
        if part is not self.document.part:
            raise ValueError("docx writer: a citation marker inside a footnote")
        shown = view.cite_view(self.essay, cite, self.notes)
        if shown.mode == "raw":
            self._link(parent, f"note-{shown.n}", linked, lambda target: target.append(
                run(f"[{shown.n}]")))
            return cite.tail or ""
        if shown.mode == "author-date":
            if not shown.glued:
                _space_before(parent)
            for work, content in shown.parts:  # each work's part links to its own entry
                if work:
                    self._link(parent, f"ref-{work}", linked, lambda target, content=content:
                               self.inline.write(content, target, part, linked=True))
                else:
                    self.inline.write(content, parent, part, linked=linked)
        else:
            _trim_space_before(parent)
        if shown.footnote is not None:
            if shown.mode == "notes" and shown.glued:
                parent.append(run(",", frozenset({"sup"})))  # '¹,²', never '¹²'
            number, paragraph = self.footnotes.add()
            self.inline.write(shown.footnote, paragraph, self.footnotes.part)
            if shown.stop:
                parent.append(run(shown.stop))
            parent.append(self.footnotes.reference(number))
        return shown.tail(cite)

    def _link(self, parent, anchor: str, linked: bool, fill) -> None:
        """Fill a hyperlink to anchor's bookmark, or parent itself if there is no such entry."""
        if anchor in self.bookmarks and not linked:
            fill(internal_hyperlink(parent, self.bookmarks[anchor]))
        else:
            fill(parent)


def _last_text(parent):
    """The last w:t of parent's last run, if parent ends with a run holding text."""
    if len(parent) == 0 or etree.QName(parent[-1]).localname != "r":
        return None
    texts = parent[-1].findall(qn("w:t"))
    return texts[-1] if texts and texts[-1].text else None


def _space_before(parent) -> None:
    """Separate a parenthetical citation from a word it would touch ("politics (Prunier…")."""
    last = _last_text(parent)
    if last is not None and not last.text[-1].isspace() and last.text[-1] not in "([{“‘\"'/–—-":
        last.text += " "


def _trim_space_before(parent) -> None:
    """Drop the space a footnote mark would otherwise follow ("politics. ¹" → "politics.¹")."""
    last = _last_text(parent)
    if last is not None:
        last.text = last.text.rstrip(" ")
