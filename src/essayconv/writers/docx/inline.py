"""Essay inline content (text, formatting, link, cite, xref) as WordprocessingML runs."""

from __future__ import annotations

from collections.abc import Callable

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from ... import tree as T
from .fields import external_hyperlink, internal_hyperlink

# Character formatting carried by rendered inline elements, in the order w:rPr requires.
FORMATS = {
    "strong": ("w:b", None),
    "em": ("w:i", None),
    "sc": ("w:smallCaps", None),
    "sup": ("w:vertAlign", "superscript"),
    "sub": ("w:vertAlign", "subscript"),
}
_ORDER = ("strong", "em", "sc", "sup", "sub")

CiteHandler = Callable[[etree._Element, etree._Element, object, bool], str]  # returns the
# text to print after the marker (its tail, less any stop it printed before a footnote mark)
Bookmark = Callable[[str], str | None]  # a work id -> its reference entry's bookmark


def run(text: str, formats: frozenset[str] = frozenset(), style: str | None = None):
    """A w:r with text; tabs and line breaks become w:tab and w:br."""
    node = OxmlElement("w:r")
    properties = _run_properties(formats, style)
    if properties is not None:
        node.append(properties)
    for index, line in enumerate(text.split("\n")):
        if index:
            node.append(OxmlElement("w:br"))
        for part_index, part in enumerate(line.split("\t")):
            if part_index:
                node.append(OxmlElement("w:tab"))
            if part:
                t = OxmlElement("w:t", {qn("xml:space"): "preserve"})
                t.text = part
                node.append(t)
    return node


def _run_properties(formats: frozenset[str], style: str | None):
    if not formats and not style:
        return None
    properties = OxmlElement("w:rPr")
    if style:
        properties.append(OxmlElement("w:rStyle", {qn("w:val"): style}))
    vertical = False
    for name in _ORDER:
        if name in formats:
            tag, value = FORMATS[name]
            if tag == "w:vertAlign":
                if vertical:
                    continue
                vertical = True
            properties.append(OxmlElement(tag, {qn("w:val"): value} if value else None))
    return properties


class InlineWriter:
    """Append the runs of an essay inline element to a w:p or w:hyperlink."""

    def __init__(self, hyperlink_style: str, cite: CiteHandler,
                 bookmark: Bookmark = lambda _work: None):
        self.hyperlink_style = hyperlink_style
        self.cite = cite
        self.bookmark = bookmark

    def write(self, node: etree._Element, parent, part, formats=frozenset(), linked=False,
              style: str | None = None) -> None:
        """Write node's content (not node's own formatting) into parent.

        part is the package part holding parent (for external link relationships); linked is
        true inside a w:hyperlink (links never nest); style is a character style for every run.
        """
        self._text(node.text, parent, formats, style)
        for child in node:
            if not isinstance(child.tag, str):
                self._text(child.tail, parent, formats, style)
                continue
            name = etree.QName(child).localname if child.tag.startswith(f"{{{T.NS}}}") else None
            if name in FORMATS:
                self.write(child, parent, part, formats | {name}, linked, style)
            elif name == "link":
                if linked:
                    self.write(child, parent, part, formats, linked, style)
                else:
                    target = external_hyperlink(parent, part, child.get("href"))
                    self.write(child, target, part, formats, True, self.hyperlink_style)
            elif name == "cite":
                self._text(self.cite(child, parent, part, linked), parent, formats, style)
                continue  # the cite printed what it needs of its tail; the rest follows
            elif name == "lb":  # a verse quotation's next line: a line break in its paragraph
                parent.append(run("\n", formats, style))
            elif name == "xref":  # the author's own 'Watrall 2002, 169': link to its entry
                bookmark = self.bookmark(child.get("work"))
                if linked or bookmark is None:
                    self.write(child, parent, part, formats, linked, style)
                else:
                    self.write(child, internal_hyperlink(parent, bookmark), part, formats, True,
                               style)
            else:
                raise ValueError(f"docx writer: unknown inline element {child.tag}")
            self._text(child.tail, parent, formats, style)

    @staticmethod
    def _text(text: str | None, parent, formats, style) -> None:
        if text:
            parent.append(run(text, formats, style))
