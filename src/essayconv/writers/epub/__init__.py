"""The essay as an EPUB 3.3 publication (--to epub), built from the HTML writer's XHTML.

Built directly (lxml parts zipped by hand) rather than through pandoc: we decide the
notes (endnotes whose back-links reach every reference point, epub:type noteref/endnote),
the ids (the section and reference anchors of the essay tree, which the navigation
document and every citation link rely on) and the metadata (a content-derived identifier,
a reproducible dcterms:modified, the accessibility properties). Pandoc's HTML reader would
flatten our footnote and citation semantics into its own note model, renumber ids and
stamp the current time into the package.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from lxml import etree

import essayconv

from ... import tree as T
from .. import WriteOptions, journal
from ..view import meta
from . import identity
from .archive import container_xml, zip_parts
from .content import content_document
from .nav import nav_document
from .package import Item, Metadata, package_document

STYLESHEET = Path(essayconv.__file__).parent / "styles" / "epub.css"
FOLDER = "EPUB"
OPF_PATH = f"{FOLDER}/package.opf"
CONTENT, NAV, CSS = "essay.xhtml", "nav.xhtml", "css/epub.css"
FEATURES = ["structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"]


class EpubWriter:
    """Write an EPUB 3 publication: one content document, a navigation document, a stylesheet."""

    name = "epub"
    extension = "epub"
    binary = True

    def write(self, essay: etree._Element, options: WriteOptions) -> bytes:
        return build(essay, options)


def build(essay: etree._Element, options: WriteOptions,
          environ: dict[str, str] | None = None) -> bytes:
    """The EPUB's bytes; environ (default os.environ) may hold SOURCE_DATE_EPOCH."""
    info = meta(essay)
    content = content_document(essay, options, CSS)
    nav = nav_document(content, CONTENT, info["title"], info["lang"], CSS)
    moment = identity.modified(essay, environ, options.source_mtime)
    metadata = publication_metadata(essay, content, moment, options.extra)
    items = [Item("nav", NAV, "application/xhtml+xml", "nav"),
             Item("essay", CONTENT, "application/xhtml+xml", in_spine=True),
             Item("css", CSS, "text/css")]
    parts = {
        "META-INF/container.xml": container_xml(OPF_PATH),
        OPF_PATH: package_document(metadata, items),
        f"{FOLDER}/{NAV}": nav,
        f"{FOLDER}/{CONTENT}": _xhtml(content),
        f"{FOLDER}/{CSS}": STYLESHEET.read_bytes(),
    }
    return zip_parts(parts, moment)


def publication_metadata(essay: etree._Element, content: etree._Element,
                         moment: datetime, extra: dict[str, str] | None = None) -> Metadata:
    """The package metadata of the essay, including its accessibility summary and the
    journal profile's publisher, journal (a series) and issue (dc:source)."""
    extra = extra or {}
    info = meta(essay)
    creators = [T.find(a, "name").text for a in T.findall(essay, "meta/author")]
    return Metadata(identifier=identity.identifier(essay), title=info["title"],
                    language=info["lang"], creators=creators, modified=moment,
                    published=identity.essay_date(essay), features=FEATURES,
                    summary=summary(content), publisher=journal.publisher(extra),
                    journal=journal.title(extra), source=journal.citation_line(extra))


def summary(content: etree._Element) -> str:
    """The schema:accessibilitySummary: what a reader can rely on in this publication."""
    types = {kind for node in content.iter() for kind in
             (node.get("{http://www.idpf.org/2007/ops}type") or "").split()}
    parts = ["This publication is text only, with no images, audio or video.",
             "A table of contents lists every heading, and the headings follow the essay's "
             "structure in reading order."]
    if any("caption" in (node.get("class") or "").split() for node in content.iter()):
        parts.append("Figure captions are kept as text; the figures themselves are not included.")
    if any(node.tag == "{http://www.w3.org/1999/xhtml}table" for node in content.iter()):
        noted = any("table-note" in (node.get("class") or "").split() for node in content.iter())
        parts.append("Tables are data tables with marked column headings and their captions"
                     + ("; a note under a table is linked to it as its description." if noted
                        else "."))
    if "noteref" in types:
        parts.append("Each note reference links to its endnote, which links back to it.")
    if "bibliography" in types:
        parts.append("The reference list is marked as a bibliography.")
    parts.append("It has not been evaluated against WCAG, so no conformance is claimed.")
    return " ".join(parts)


def _xhtml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", doctype="<!DOCTYPE html>")
