"""The footnotes part (word/footnotes.xml): python-docx has no API for it, so we write it."""

from __future__ import annotations

import docx.document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

PARTNAME = "/word/footnotes.xml"
SEPARATOR_ID, CONTINUATION_ID = "-1", "0"

_SEPARATORS = f"""<w:footnotes {nsdecls("w", "r")}>
<w:footnote w:type="separator" w:id="{SEPARATOR_ID}"><w:p><w:pPr>
<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p>
</w:footnote>
<w:footnote w:type="continuationSeparator" w:id="{CONTINUATION_ID}"><w:p><w:pPr>
<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>
</w:r></w:p></w:footnote>
</w:footnotes>"""

# The children of w:settings that must follow w:footnotePr (ECMA-376 CT_Settings order).
_AFTER_FOOTNOTE_PR = (
    "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema",
    "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
    "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags",
    "w:decimalSymbol", "w:listSeparator")


class Footnotes:
    """The document's footnotes part: adds footnotes and the runs that reference them."""

    def __init__(self, document: docx.document.Document, text_style: str, reference_style: str):
        self.text_style = text_style
        self.reference_style = reference_style
        self.part = _footnotes_part(document)
        self.element = self.part.element
        ids = [int(n.get(qn("w:id"))) for n in self.element.findall(qn("w:footnote"))]
        self.next_id = max([0, *ids]) + 1
        _declare_separators(document)

    def add(self, mark: str | None = None):
        """Add an empty footnote; return (its id, its w:p to fill with runs).

        With mark (the author bio's "*"), the footnote shows that mark instead of a number
        and leaves Word's automatic numbering alone, so the body's notes number from 1.
        """
        number = str(self.next_id)
        self.next_id += 1
        note = OxmlElement("w:footnote", {qn("w:id"): number})
        paragraph = OxmlElement("w:p")
        properties = OxmlElement("w:pPr")
        properties.append(OxmlElement("w:pStyle", {qn("w:val"): self.text_style}))
        paragraph.append(properties)
        run = self._styled_run()
        if mark is None:
            run.append(OxmlElement("w:footnoteRef"))
        else:
            run.append(_text(mark))
        paragraph.append(run)
        space = OxmlElement("w:r")
        space.append(_text(" "))
        paragraph.append(space)
        note.append(paragraph)
        self.element.append(note)
        return number, paragraph

    def reference(self, number: str, mark: str | None = None):
        """A w:r holding the footnote mark of footnote `number`, for the main text: its
        automatic number, or mark when the footnote was added with one."""
        run = self._styled_run()
        if mark is None:
            run.append(OxmlElement("w:footnoteReference", {qn("w:id"): number}))
        else:
            run.append(OxmlElement("w:footnoteReference",
                                   {qn("w:customMarkFollows"): "1", qn("w:id"): number}))
            run.append(_text(mark))
        return run

    def _styled_run(self):
        run = OxmlElement("w:r")
        properties = OxmlElement("w:rPr")
        properties.append(OxmlElement("w:rStyle", {qn("w:val"): self.reference_style}))
        run.append(properties)
        return run


def _text(text: str):
    node = OxmlElement("w:t", {qn("xml:space"): "preserve"})
    node.text = text
    return node


def _footnotes_part(document: docx.document.Document) -> XmlPart:
    """The existing footnotes part of the template, or a new one with the two separators."""
    main = document.part
    for rel in main.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            part = rel.target_part
            if isinstance(part, XmlPart):
                return part
            replacement = XmlPart(part.partname, part.content_type, parse_xml(part.blob),
                                  part.package)
            rel._target = replacement
            main.rels._target_parts_by_rId[rel.rId] = replacement
            return replacement
    part = XmlPart(PackURI(PARTNAME), CT.WML_FOOTNOTES, parse_xml(_SEPARATORS), main.package)
    main.relate_to(part, RT.FOOTNOTES)
    return part


def _declare_separators(document: docx.document.Document) -> None:
    """Name the separator footnotes in settings (w:footnotePr), as Word does."""
    settings = document.settings.element
    if settings.find(qn("w:footnotePr")) is not None:
        return
    properties = OxmlElement("w:footnotePr")
    for number in (SEPARATOR_ID, CONTINUATION_ID):
        properties.append(OxmlElement("w:footnote", {qn("w:id"): number}))
    settings.insert_element_before(properties, *_AFTER_FOOTNOTE_PR)
