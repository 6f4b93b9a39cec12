"""Word fields and anchors: the footer page number, bookmarks and internal hyperlinks."""

from __future__ import annotations

import hashlib
import re

import docx.document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

MAX_BOOKMARK = 40


def bookmark_name(anchor: str) -> str:
    """A valid Word bookmark name for an anchor id like "ref-prunier1997" (≤ 40 characters,
    letters, digits and underscores, starting with a letter)."""
    name = re.sub(r"[^A-Za-z0-9_]", "_", anchor)
    if not name[:1].isalpha() or not name[:1].isascii():
        name = "b_" + name
    if len(name) > MAX_BOOKMARK:
        digest = hashlib.sha1(anchor.encode("utf-8")).hexdigest()[:8]
        name = name[: MAX_BOOKMARK - 9] + "_" + digest
    return name


def add_bookmark(paragraph, name: str, number: int) -> None:
    """Bookmark the whole content of a w:p element."""
    start = OxmlElement("w:bookmarkStart", {qn("w:id"): str(number), qn("w:name"): name})
    end = OxmlElement("w:bookmarkEnd", {qn("w:id"): str(number)})
    properties = paragraph.find(qn("w:pPr"))
    if properties is not None:
        properties.addnext(start)
    else:
        paragraph.insert(0, start)
    paragraph.append(end)


def internal_hyperlink(parent, bookmark: str):
    """Append a w:hyperlink to a bookmark in this document to parent and return it."""
    link = OxmlElement("w:hyperlink", {qn("w:anchor"): bookmark, qn("w:history"): "1"})
    parent.append(link)
    return link


def external_hyperlink(parent, part, href: str):
    """Append a w:hyperlink to an outside address (related from part) and return it."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    rid = part.relate_to(href, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink", {qn("r:id"): rid, qn("w:history"): "1"})
    parent.append(link)
    return link


def _field_run(kind: str, text: str | None = None):
    run = OxmlElement("w:r")
    if kind == "instr":
        instr = OxmlElement("w:instrText", {qn("xml:space"): "preserve"})
        instr.text = text
        run.append(instr)
    elif kind == "text":
        t = OxmlElement("w:t")
        t.text = text
        run.append(t)
    else:
        run.append(OxmlElement("w:fldChar", {qn("w:fldCharType"): kind}))
    return run


def page_number_footer(document: docx.document.Document, footer_style: str) -> None:
    """Give every section a footer holding a centred PAGE field (alignment from the style)."""
    for section in document.sections:
        footer = section.footer
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        paragraph.style = footer_style
        for run in (_field_run("begin"), _field_run("instr", " PAGE "), _field_run("separate"),
                    _field_run("text", "1"), _field_run("end")):
            paragraph._p.append(run)
