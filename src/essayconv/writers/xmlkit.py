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


def copy_inline(parent: etree._Element, node: etree._Element, writer: str,
                cite: Callable[[etree._Element, etree._Element], str | None],
                styled: Callable[[etree._Element, str], etree._Element],
                link: Callable[[etree._Element, str], etree._Element],
                xref: Callable[[etree._Element, str], etree._Element]) -> None:
    """Copy essay inline content into parent: text, citation markers, formatting, links.

    cite(parent, marker) prints a marker and returns the text to print after it (None: its
    tail); styled(parent, name) makes the element for em,
    strong, sc, sup or sub; link(parent, href) the element for a link; xref(parent, work)
    the element for an in-text citation of a work. Any other element is an error naming
    the writer, never a silent drop.
    """
    from .. import tree as T

    add_text(parent, node.text)
    for child in node:
        name = etree.QName(child).localname if child.tag.startswith(f"{{{T.NS}}}") else None
        if name == "cite":
            tail = cite(parent, child)  # the text after the marker, if it printed some of it
            add_text(parent, child.tail if tail is None else tail)
            continue
        elif name in ("em", "strong", "sc", "sup", "sub"):
            copy_inline(styled(parent, name), child, writer, cite, styled, link, xref)
        elif name == "link":
            copy_inline(link(parent, child.get("href")), child, writer, cite, styled, link, xref)
        elif name == "xref":
            copy_inline(xref(parent, child.get("work")), child, writer, cite, styled, link, xref)
        else:
            raise ValueError(f"{writer} writer: unknown inline element {child.tag}")
        add_text(parent, child.tail)
