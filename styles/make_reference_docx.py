"""Build styles/reference.docx, the Word template of the DOCX writer, from python-docx's default.

Run: .venv/bin/python styles/make_reference_docx.py   (writes styles/reference.docx beside it)

The look is a conventional academic submission: A4, 2.54 cm margins, Times New Roman 12 pt,
body text at 1.5 line spacing (the most common university requirement; change "Body Text"
to double spacing for APA-like submissions), paragraphs indented 1.27 cm except the first one
after a heading ("First Paragraph"), a reference list with a 1.27 cm hanging indent
("Bibliography"), footnotes in 10 pt single spacing. Every look lives in a named style, so a
user restyles the whole document by editing styles in Word.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = Path(__file__).resolve().parent
TARGET = HERE / "reference.docx"

FONT = "Times New Roman"
DEFAULT_LANG = "en-GB"
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

DOC_DEFAULTS = f"""
<w:docDefaults {nsdecls("w")}>
  <w:rPrDefault><w:rPr>
    <w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>
    <w:sz w:val="24"/><w:szCs w:val="24"/>
    <w:lang w:val="{DEFAULT_LANG}" w:eastAsia="en-US" w:bidi="ar-SA"/>
  </w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr>
    <w:spacing w:after="0" w:line="240" w:lineRule="auto"/>
  </w:pPr></w:pPrDefault>
</w:docDefaults>
"""

# (type, styleId, name, basedOn, next, extra elements before pPr, pPr body, rPr body)
# Names in lower case ("heading 1", "footnote text", "caption") are Word's internal names of
# its built-in styles: Word shows them as "Heading 1", "Footnote Text", "Caption".
STYLES: list[tuple[str, str, str, str | None, str | None, str, str, str]] = [
    ("paragraph", "Normal", "Normal", None, None, "<w:qFormat/>", "", ""),
    ("paragraph", "Title", "Title", "Normal", "Author", '<w:uiPriority w:val="10"/><w:qFormat/>',
     '<w:keepNext/><w:spacing w:before="0" w:after="240"/><w:jc w:val="center"/>',
     '<w:b/><w:bCs/><w:kern w:val="28"/><w:sz w:val="36"/><w:szCs w:val="36"/>'),
    ("paragraph", "Subtitle", "Subtitle", "Normal", "Author",
     '<w:uiPriority w:val="11"/><w:qFormat/>',
     '<w:keepNext/><w:spacing w:after="240"/><w:jc w:val="center"/>',
     '<w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/>'),
    ("paragraph", "Author", "Author", "Normal", "FrontMatter", '<w:qFormat/>',
     '<w:keepNext/><w:spacing w:after="240"/><w:jc w:val="center"/>', ""),
    # Spacing after the last line only: contextual spacing drops it between two such lines.
    ("paragraph", "FrontMatter", "Front Matter", "Normal", "FirstParagraph", "",
     '<w:spacing w:after="360"/><w:contextualSpacing/><w:jc w:val="center"/>',
     '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
    ("paragraph", "Heading1", "heading 1", "Normal", "FirstParagraph",
     '<w:uiPriority w:val="9"/><w:qFormat/>',
     '<w:keepNext/><w:keepLines/><w:spacing w:before="480" w:after="120"/>'
     '<w:outlineLvl w:val="0"/>',
     '<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/>'),
    ("paragraph", "Heading2", "heading 2", "Normal", "FirstParagraph",
     '<w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>',
     '<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/>'
     '<w:outlineLvl w:val="1"/>',
     '<w:b/><w:bCs/><w:i/><w:iCs/>'),
    ("paragraph", "Heading3", "heading 3", "Normal", "FirstParagraph",
     '<w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>',
     '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="60"/>'
     '<w:outlineLvl w:val="2"/>',
     '<w:i/><w:iCs/>'),
    ("paragraph", "Heading4", "heading 4", "Normal", "FirstParagraph",
     '<w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>',
     '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/>'
     '<w:outlineLvl w:val="3"/>',
     '<w:i/><w:iCs/><w:sz w:val="22"/><w:szCs w:val="22"/>'),
    ("paragraph", "BodyText", "Body Text", "Normal", "BodyText", '<w:qFormat/>',
     '<w:spacing w:after="0" w:line="360" w:lineRule="auto"/><w:ind w:firstLine="720"/>', ""),
    ("paragraph", "FirstParagraph", "First Paragraph", "BodyText", "BodyText", '<w:qFormat/>',
     '<w:ind w:firstLine="0"/>', ""),
    ("paragraph", "Quote", "Quote", "Normal", "BodyText", '<w:uiPriority w:val="29"/><w:qFormat/>',
     '<w:spacing w:before="120" w:after="120"/><w:ind w:left="720" w:right="720"/>', ""),
    ("paragraph", "ListParagraph", "List Paragraph", "Normal", "ListParagraph",
     '<w:uiPriority w:val="34"/><w:qFormat/>',
     '<w:spacing w:after="0" w:line="360" w:lineRule="auto"/>'
     '<w:ind w:left="1077" w:hanging="357"/>', ""),
    # Closer to the table it heads than to the text before it.
    ("paragraph", "Caption", "caption", "Normal", "BodyText",
     '<w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>',
     '<w:keepLines/><w:spacing w:before="240" w:after="120"/>',
     '<w:i/><w:iCs/><w:sz w:val="20"/><w:szCs w:val="20"/>'),
    # A table's "Note." or "Source:" line under it: small, close to the table, space after.
    ("paragraph", "TableNote", "Table Note", "Normal", "BodyText", '<w:qFormat/>',
     '<w:keepLines/><w:spacing w:before="60" w:after="240"/><w:contextualSpacing/>',
     '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
    # The abstract's closing "Keywords: …" line.
    ("paragraph", "Keywords", "Keywords", "Normal", "FirstParagraph", '<w:qFormat/>',
     '<w:spacing w:before="120" w:after="120" w:line="360" w:lineRule="auto"/>', ""),
    ("paragraph", "Bibliography", "Bibliography", "Normal", "Bibliography",
     '<w:uiPriority w:val="37"/><w:unhideWhenUsed/>',
     '<w:spacing w:after="120" w:line="360" w:lineRule="auto"/>'
     '<w:ind w:left="720" w:hanging="720"/>', ""),
    ("paragraph", "EndMatter", "End Matter", "Normal", "EndMatter", "",
     '<w:spacing w:before="120" w:after="0"/>',
     '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
    ("paragraph", "FootnoteText", "footnote text", "Normal", None,
     '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
     '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
     '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
    ("character", "FootnoteReference", "footnote reference", None, None,
     '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>', "",
     '<w:vertAlign w:val="superscript"/>'),
    ("character", "Hyperlink", "Hyperlink", None, None,
     '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>', "",
     '<w:color w:val="0563C1"/><w:u w:val="single"/>'),
    ("paragraph", "Footer", "footer", "Normal", None,
     '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
     '<w:jc w:val="center"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
]

SECTION = f"""
<w:sectPr {nsdecls("w")}>
  <w:pgSz w:w="11906" w:h="16838"/>
  <w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"
           w:header="709" w:footer="709" w:gutter="0"/>
  <w:cols w:space="708"/>
  <w:docGrid w:linePitch="360"/>
</w:sectPr>
"""


def style_xml(kind, style_id, name, based_on, next_id, extra, ppr, rpr) -> str:
    """One w:style element as XML text."""
    parts = [f'<w:style {nsdecls("w")} w:type="{kind}" w:styleId="{style_id}"'
             + (' w:default="1"' if style_id == "Normal" else "") + ">",
             f'<w:name w:val="{name}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_id:
        parts.append(f'<w:next w:val="{next_id}"/>')
    parts.append(extra)
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if rpr:
        parts.append(f"<w:rPr>{rpr}</w:rPr>")
    parts.append("</w:style>")
    return "".join(parts)


def restyle(document: docx.document.Document) -> None:
    """Replace the defaults and our styles; drop the linked "… Char" styles we override."""
    styles = document.styles.element
    styles.replace(styles.find(qn("w:docDefaults")), parse_xml(DOC_DEFAULTS))
    ours = {row[1] for row in STYLES}
    for style in styles.findall(qn("w:style")):
        link = style.find(qn("w:link"))
        if style.get(qn("w:styleId")) in ours and link is not None:
            linked = styles.get_by_id(link.get(qn("w:val")))
            if linked is not None:
                styles.remove(linked)
    for row in STYLES:
        new = parse_xml(style_xml(*row))
        old = styles.get_by_id(row[1])
        if old is not None:
            styles.replace(old, new)
        else:
            styles.append(new)
    for style in styles.findall(qn("w:style")):
        link = style.find(qn("w:link"))
        if link is not None and styles.get_by_id(link.get(qn("w:val"))) is None:
            style.remove(link)


def trim_package(document: docx.document.Document) -> None:
    """Drop parts a fresh document should not carry: the thumbnail and stylesWithEffects."""
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rid]
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            del document.part.rels[rid]
    # python-docx's default claims its text was spell-checked ("clean"): Word would then
    # underline no misspelling in a document made from this template.
    settings = document.settings.element
    for state in settings.findall(qn("w:proofState")):
        settings.remove(state)


def page_setup(document: docx.document.Document) -> None:
    """A4 with 2.54 cm margins, an empty body."""
    body = document.element.body
    for child in list(body):
        body.remove(child)
    body.append(parse_xml(SECTION))


def properties(document: docx.document.Document) -> None:
    """Neutral core properties for the template itself."""
    core = document.core_properties
    core.title = "essayconv reference document"
    core.author = "essayconv"
    core.last_modified_by = "essayconv"
    core.comments = "Styles for essayconv's DOCX output; restyle in Word and keep the style names."
    core.language = DEFAULT_LANG
    core.revision = 1


def build() -> bytes:
    """The template as bytes."""
    document = docx.Document()
    restyle(document)
    trim_package(document)
    page_setup(document)
    properties(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """The same archive with fixed timestamps, so that a rebuild is byte-identical."""
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return output.getvalue()


def main() -> None:
    """Write styles/reference.docx."""
    TARGET.write_bytes(build())
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
