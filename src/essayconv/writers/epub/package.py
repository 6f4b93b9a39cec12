"""The package document (OPF, EPUB 3.3): metadata, manifest and spine."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from lxml import etree

from . import identity

OPF = "http://www.idpf.org/2007/opf"
DC = "http://purl.org/dc/elements/1.1/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class Item:
    """One manifest entry: its path inside the package folder, media type and properties."""

    id: str
    href: str
    media_type: str
    properties: str | None = None
    in_spine: bool = False


@dataclass
class Metadata:
    """Everything the <metadata> element says about the publication."""

    identifier: str
    title: str
    language: str
    creators: list[str]
    modified: datetime
    published: date | None = None
    features: list[str] = field(default_factory=list)
    summary: str = ""
    publisher: str | None = None  # from the journal profile
    journal: str | None = None
    source: str | None = None  # the journal, issue and ISSN it is published in


def package_document(meta: Metadata, items: list[Item]) -> bytes:
    """The OPF as UTF-8 XML bytes."""
    package = etree.Element(f"{{{OPF}}}package", nsmap={None: OPF},
                            version="3.0", **{"unique-identifier": "uid", XML_LANG: meta.language})
    package.append(_metadata(meta))
    manifest = etree.SubElement(package, f"{{{OPF}}}manifest")
    spine = etree.SubElement(package, f"{{{OPF}}}spine")
    for item in items:
        attrs = {"id": item.id, "href": item.href, "media-type": item.media_type}
        if item.properties:
            attrs["properties"] = item.properties
        etree.SubElement(manifest, f"{{{OPF}}}item", **attrs)
        if item.in_spine:
            etree.SubElement(spine, f"{{{OPF}}}itemref", idref=item.id)
    return etree.tostring(package, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _metadata(meta: Metadata) -> etree._Element:
    metadata = etree.Element(f"{{{OPF}}}metadata", nsmap={"dc": DC})

    def dc(name: str, text: str, **attrs: str) -> None:
        etree.SubElement(metadata, f"{{{DC}}}{name}", **attrs).text = text

    def prop(name: str, text: str, **attrs: str) -> None:
        etree.SubElement(metadata, f"{{{OPF}}}meta", property=name, **attrs).text = text

    dc("identifier", meta.identifier, id="uid")
    dc("title", meta.title, id="title")
    for n, creator in enumerate(meta.creators, 1):
        dc("creator", creator, id=f"creator{n}")
        prop("role", "aut", refines=f"#creator{n}", scheme="marc:relators")
    dc("language", meta.language)
    if meta.publisher:
        dc("publisher", meta.publisher)
    if meta.source:
        dc("source", meta.source)
    if meta.published:
        dc("date", meta.published.isoformat())
    prop("dcterms:modified", identity.w3c(meta.modified))
    if meta.journal:  # the journal as the series the essay belongs to
        prop("belongs-to-collection", meta.journal, id="journal")
        prop("collection-type", "series", refines="#journal")
    prop("schema:accessMode", "textual")
    prop("schema:accessModeSufficient", "textual")
    for feature in meta.features:
        prop("schema:accessibilityFeature", feature)
    prop("schema:accessibilityHazard", "none")
    prop("schema:accessibilitySummary", meta.summary)
    # No dcterms:conformsTo (EPUB Accessibility 1.1 - WCAG 2.x AA): nothing here evaluates
    # WCAG (e.g. 3.1.2, the language of Greek or French passages, is not marked up).
    return metadata
