"""The essay as a tagged PDF (--to pdf): our XHTML typeset by WeasyPrint with styles/pdf.css."""

from __future__ import annotations

import logging

from lxml import etree
from weasyprint import HTML
from weasyprint.document import Document
from weasyprint.formatting_structure.boxes import FootnoteAreaBox
from weasyprint.pdf import VARIANTS
from weasyprint.urls import FatalURLFetchingError

from ..errors import EssayconvError, UsageError
from . import WriteOptions, headings
from .fetcher import StylesFetcher
from .html import STYLES, XHTML, html_element, serialise

PDF_VARIANTS = tuple(name for name in VARIANTS if name != "debug")
# Inline elements a line may break just before (footnote calls excepted, see below).
INLINE = {"a", "abbr", "b", "cite", "em", "i", "q", "span", "strong"}
# Layouts tried, moving lines that lost their footnotes, before falling back to endnotes.
ATTEMPTS = 4


def check_variant(variant: str | None) -> str | None:
    """The PDF variant if WeasyPrint offers it (None: plain tagged PDF); else a UsageError."""
    if variant is None or variant in PDF_VARIANTS:
        return variant
    raise UsageError(f"unknown PDF variant '{variant}'; available: {', '.join(PDF_VARIANTS)}")


def render_options(options: WriteOptions) -> dict:
    """WeasyPrint's write_pdf options: the variant, tags, and no network."""
    return {"pdf_variant": check_variant(options.pdf_variant), "pdf_tags": True}


def typeset(html: str, options: WriteOptions) -> Document:
    """Lay out an XHTML document from html_document(target='pdf') into WeasyPrint pages."""
    document = HTML(string=html, base_url=STYLES.resolve().as_uri() + "/",
                    url_fetcher=StylesFetcher())
    try:
        return document.render(**render_options(options))
    except FatalURLFetchingError as error:
        raise EssayconvError(f"pdf writer: {error.__cause__ or error}") from error


def placed_footnotes(document: Document) -> set:
    """The elements of the footnotes laid out in the pages' footnote areas."""
    return {child.element for page in document.pages for area in page._page_box.children
            if isinstance(area, FootnoteAreaBox) for child in area.children}


def lost_footnotes(document: Document) -> list[str]:
    """Ids of the footnotes whose call is on a page but whose text is on none.

    WeasyPrint (70.0) loses one when the line holding its call overflows the page and
    fits only once earlier footnotes are moved to the next page (to honour `orphans`):
    the line is kept, its own footnotes are never laid out. No CSS avoids that path.
    """
    calls: dict = {}
    bodies: set = set()
    for page in document.pages:
        for area in page._page_box.children:
            if isinstance(area, FootnoteAreaBox):
                bodies.update(box.element for box in area.descendants())
            else:
                for box in area.descendants():
                    if box.footnote is not None:
                        calls.setdefault(box.footnote.element, None)
    return [element.get("id") for element in calls if element not in bodies]


def block_of(node: etree._Element) -> etree._Element:
    """The block (paragraph, list item, ...) whose lines hold an inline node."""
    while etree.QName(node).localname in INLINE | {"sup", "sub"}:
        node = node.getparent()
    return node


def keep_with_call(root: etree._Element, ident: str) -> bool:
    """Move the line that lost this footnote to the next page; False if it can't be found.

    The lost line is always line `orphans` of its block on the page: WeasyPrint moves
    earlier footnotes to the next page instead of breaking before it only when `orphans`
    forbids that break. One more orphan forbids breaking after the line too, so the start
    of the block goes to the next page, the call's line with it, and its footnote follows.
    """
    found = root.xpath("//*[@id=$ident]", ident=ident) if ident else []
    if not found:
        return False
    block = block_of(found[0].getparent())
    orphans = int(block.get("data-orphans", "2")) + 1
    style = [rule.strip() for rule in (block.get("style") or "").split(";")
             if rule.strip() and not rule.strip().startswith("orphans")]
    block.set("style", "; ".join([*style, f"orphans: {orphans}"]))
    block.set("data-orphans", str(orphans))
    return True


def as_endnotes(root: etree._Element, heading: str) -> None:
    """Turn the footnotes into numbered notes at the end: a layout that cannot lose one."""
    x = f"{{{XHTML}}}"
    notes = [node for node in root.iter(f"{x}span")
             if "footnote" in (node.get("class") or "").split()]
    if not notes:
        return
    section = etree.Element(f"{x}section", {"class": "endnotes", "role": "doc-endnotes"})
    etree.SubElement(section, f"{x}h2").text = heading
    number = 0
    for note in notes:
        ident = note.get("id")
        if "bio" in note.get("class").split():
            mark = "*"
        else:
            number += 1
            mark = str(number)
        call = etree.Element(f"{x}sup", {"class": "endnote-call"})
        etree.SubElement(call, f"{x}a", href=f"#{ident}", id=f"{ident}-ref").text = mark
        call.tail = note.tail
        note.addprevious(call)
        note.getparent().remove(note)
        body = etree.SubElement(section, f"{x}p", {"class": "endnote", "id": ident})
        back = etree.SubElement(body, f"{x}a", href=f"#{ident}-ref")
        back.text, back.tail = f"{mark}.", " " + (note.text or "")
        body.extend(list(note))
    article = root.find(f"{x}body/{x}article")
    lists = [node for node in article.iterchildren(f"{x}section")
             if "references" in (node.get("class") or "").split()]
    if lists:  # before the uncited notes and the reference list
        lists[0].addprevious(section)
    else:
        article.append(section)


def write_pdf(document: Document, options: WriteOptions) -> bytes:
    """The PDF bytes of a document laid out by typeset()."""
    return document.write_pdf(**render_options(options))


def spaces_into_inlines(root: etree._Element) -> None:
    """Move the space before each inline element to the start of its text.

    WeasyPrint (70.0) mis-breaks a line that is full just before an inline element
    preceded by a space: it goes back to the paragraph's first space, leaving one word
    on the line ("Morley," then the rest of a reference). Inside the element the same
    space breaks correctly; the text is unchanged. Footnote calls are left alone.
    """
    for node in root.iter(f"{{{XHTML}}}*"):
        if etree.QName(node).localname not in INLINE or \
                "footnote" in (node.get("class") or "").split():
            continue
        before = node.getprevious()
        text = before.tail if before is not None else node.getparent().text
        if not text or not text.endswith(" "):
            continue
        if before is not None:
            before.tail = text[:-1]
        else:
            node.getparent().text = text[:-1]
        node.text = " " + (node.text or "")


def join_footnote_calls(root: etree._Element) -> None:
    """A word joiner (U+2060) between a footnote call and the word before it: the call never
    wraps alone to the start of the next line ('… v Google.' / '3 Warby J …')."""
    for node in root.iter(f"{{{XHTML}}}span"):
        if "footnote" not in (node.get("class") or "").split():
            continue
        before = node.getprevious()
        text = before.tail if before is not None else node.getparent().text
        if not text or text[-1].isspace() or text.endswith("\u2060"):
            continue
        if before is not None:
            before.tail = text + "\u2060"
        else:
            node.getparent().text = text + "\u2060"


class PdfWriter:
    """Write an A4 PDF with footnotes, bookmarks, linked citations and metadata."""

    name = "pdf"
    extension = "pdf"
    binary = True

    def write(self, essay: etree._Element, options: WriteOptions) -> bytes:
        check_variant(options.pdf_variant)
        root = html_element(essay, options, target="pdf")
        spaces_into_inlines(root)
        join_footnote_calls(root)
        notes = sum(1 for node in root.iter(f"{{{XHTML}}}span")
                    if "footnote" in (node.get("class") or "").split())
        for _ in range(ATTEMPTS):
            document = typeset(serialise(root), options)
            if len(placed_footnotes(document)) >= notes:  # the quick count: none lost
                return write_pdf(document, options)
            lost = lost_footnotes(document)
            if not lost:
                return write_pdf(document, options)
            if not all(keep_with_call(root, ident) for ident in lost):
                break
        # Still losing notes: endnotes rather than a PDF with a footnote missing.
        as_endnotes(root, headings.heading("notes", essay))
        document = typeset(serialise(root), options)
        if lost_footnotes(document):
            raise EssayconvError("pdf writer: footnotes lost in the layout")
        return write_pdf(document, options)


logging.getLogger("weasyprint").setLevel(logging.ERROR)
