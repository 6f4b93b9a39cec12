"""Word lists: a numbering definition per list kind, a numbering instance per list."""

from __future__ import annotations

import docx.document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from ..lists import first_item, list_type, ordered, start

# each list type's Word number format
FORMATS = {"bullet": "bullet", "decimal": "decimal", "lower-alpha": "lowerLetter",
           "upper-alpha": "upperLetter", "lower-roman": "lowerRoman",
           "upper-roman": "upperRoman"}
BULLET = "•"
INDENT, HANGING = "720", "360"  # twentieths of a point: the text at 0.5 in., the marker before it


def _element(tag: str, **attrs: str):
    """A w: element with w: attributes."""
    return OxmlElement(f"w:{tag}", {qn(f"w:{name}"): value for name, value in attrs.items()})


def _ids(numbering, tag: str, attr: str) -> list[int]:
    """The ids used by numbering's elements of one tag."""
    return [int(node.get(qn(f"w:{attr}"))) for node in numbering.findall(qn(f"w:{tag}"))]


class WordLists:
    """Number list items: one abstract numbering per (type, delimiter), one w:num per list,
    an ordered list restarting at its first item's written number."""

    def __init__(self, document: docx.document.Document):
        self.numbering = document.part.numbering_part.element
        self.abstract: dict[tuple[str, str], int] = {}
        self.lists: dict[int, int] = {}  # the first item's id() → its list's numId
        self.firsts: list[etree._Element] = []  # keeps the first items alive (ids stay unique)

    def number(self, paragraph, item: etree._Element) -> None:
        """Make paragraph (a w:p) an item of its list: w:numPr with the list's numId."""
        first = first_item(item)
        if id(first) not in self.lists:
            self.firsts.append(first)
            self.lists[id(first)] = self._num(first)
        numbering = paragraph.get_or_add_pPr().get_or_add_numPr()
        numbering.get_or_add_ilvl().val = 0
        numbering.get_or_add_numId().val = self.lists[id(first)]

    def _num(self, first: etree._Element) -> int:
        """A new w:num for the list opened by first, starting at its number."""
        kind = list_type(first)
        delimiter = ")" if (first.get("marker") or "").endswith(")") else "."
        key = (kind, delimiter if ordered(first) else "")
        if key not in self.abstract:
            self.abstract[key] = self._abstract(kind, key[1])
        num_id = max(_ids(self.numbering, "num", "numId"), default=0) + 1
        num = _element("num", numId=str(num_id))
        num.append(_element("abstractNumId", val=str(self.abstract[key])))
        override = _element("lvlOverride", ilvl="0")
        override.append(_element("startOverride", val=str(start(first) if ordered(first) else 1)))
        num.append(override)
        self.numbering.append(num)
        return num_id

    def _abstract(self, kind: str, delimiter: str) -> int:
        """A one-level abstract numbering for a list type, before every w:num (the schema's
        order); returns its id."""
        abstract_id = max(_ids(self.numbering, "abstractNum", "abstractNumId"), default=-1) + 1
        abstract = _element("abstractNum", abstractNumId=str(abstract_id))
        abstract.append(_element("multiLevelType", val="singleLevel"))
        level = _element("lvl", ilvl="0")
        level.append(_element("start", val="1"))
        level.append(_element("numFmt", val=FORMATS[kind]))
        level.append(_element("lvlText", val=BULLET if kind == "bullet" else f"%1{delimiter}"))
        level.append(_element("lvlJc", val="left"))
        properties = _element("pPr")
        properties.append(_element("ind", left=INDENT, hanging=HANGING))
        level.append(properties)
        abstract.append(level)
        nums = self.numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(abstract)
        else:
            self.numbering.append(abstract)
        return abstract_id
