"""The essay as a tagged PDF (--to pdf): our XHTML typeset by WeasyPrint with styles/pdf.css."""

from __future__ import annotations

import logging

from lxml import etree
from weasyprint import HTML
from weasyprint.pdf import VARIANTS
from weasyprint.urls import FatalURLFetchingError

from ..errors import EssayconvError, UsageError
from . import WriteOptions
from .fetcher import StylesFetcher
from .html import STYLES, XHTML, html_element, serialise

PDF_VARIANTS = tuple(name for name in VARIANTS if name != "debug")
# Inline elements a line may break just before (footnote calls excepted, see below).
INLINE = {"a", "abbr", "b", "cite", "em", "i", "q", "span", "strong"}


def check_variant(variant: str | None) -> str | None:
    """The PDF variant if WeasyPrint offers it (None: plain tagged PDF); else a UsageError."""
    if variant is None or variant in PDF_VARIANTS:
        return variant
    raise UsageError(f"unknown PDF variant '{variant}'; available: {', '.join(PDF_VARIANTS)}")


def render_options(options: WriteOptions) -> dict:
    """WeasyPrint's write_pdf options: the variant, tags, and no network."""
    return {"pdf_variant": check_variant(options.pdf_variant), "pdf_tags": True}


def render(html: str, options: WriteOptions) -> bytes:
    """Typeset an XHTML document from html_document(target='pdf') into PDF bytes."""
    settings = render_options(options)
    document = HTML(string=html, base_url=STYLES.resolve().as_uri() + "/",
                    url_fetcher=StylesFetcher())
    try:
        return document.write_pdf(**settings)
    except FatalURLFetchingError as error:
        raise EssayconvError(f"pdf writer: {error.__cause__ or error}") from error


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


class PdfWriter:
    """Write an A4 PDF with footnotes, bookmarks, linked citations and metadata."""

    name = "pdf"
    extension = "pdf"
    binary = True

    def write(self, essay: etree._Element, options: WriteOptions) -> bytes:
        check_variant(options.pdf_variant)
        root = html_element(essay, options, target="pdf")
        spaces_into_inlines(root)
        return render(serialise(root), options)


logging.getLogger("weasyprint").setLevel(logging.ERROR)
