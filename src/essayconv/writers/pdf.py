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
from .html import STYLES, html_document

PDF_VARIANTS = tuple(name for name in VARIANTS if name != "debug")


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


class PdfWriter:
    """Write an A4 PDF with footnotes, bookmarks, linked citations and metadata."""

    name = "pdf"
    extension = "pdf"
    binary = True

    def write(self, essay: etree._Element, options: WriteOptions) -> bytes:
        check_variant(options.pdf_variant)
        return render(html_document(essay, options, target="pdf"), options)


logging.getLogger("weasyprint").setLevel(logging.ERROR)
