"""Small lxml helpers shared by the XML-based writers (HTML, TEI, JATS)."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree


def make(tag: str, text: str | None, attrs: dict[str, str | None],
         attribute_name: Callable[[str], str], nsmap: dict | None = None) -> etree._Element:
    """An element with text and the non-None attributes, names mapped by attribute_name."""
    node = etree.Element(tag, nsmap=nsmap)
    for key, value in attrs.items():
        if value is not None:
            node.set(attribute_name(key), value)
    node.text = text
    return node


def dashed(key: str) -> str:
    """Python keyword-safe attribute name to XML: 'data_x' → 'data-x', 'class_' → 'class'."""
    return key.rstrip("_").replace("_", "-")


def add_text(parent: etree._Element, text: str | None) -> None:
    """Append text after parent's last child (or into parent when it has none)."""
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text
