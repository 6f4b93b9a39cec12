"""The EPUB navigation document: a table of contents of every heading, and landmarks."""

from __future__ import annotations

from lxml import etree

XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"
EPUB_TYPE = f"{{{OPS}}}type"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
HEADINGS = {f"{{{XHTML}}}h{rank}": rank for rank in range(1, 7)}
# Landmarks offered when the content has them, in reading order, with their English labels
# (none for the table of contents: the navigation document is not in the spine).
LANDMARKS = (("bodymatter", "Start of content"), ("endnotes", "Notes"),
             ("bibliography", "References"))


def headings(content: etree._Element) -> list[tuple[int, str, str]]:
    """Every heading of the content document as (rank, target id, text), in order.

    A heading without an id takes that of its section when it opens it; otherwise it is
    given one ("h-<n>"), so that each entry of the table of contents has a target.
    """
    found = []
    for n, heading in enumerate(content.iter(*HEADINGS), 1):
        target = heading.get("id")
        parent = heading.getparent()
        if target is None and parent.get("id") and _opens(parent, heading):
            target = parent.get("id")
        if target is None:
            target = f"h-{n}"
            heading.set("id", target)
        text = " ".join("".join(heading.itertext()).split())
        found.append((HEADINGS[heading.tag], target, text))
    return found


def _opens(parent: etree._Element, heading: etree._Element) -> bool:
    """Whether heading is the first element of parent (or of its header) and parent a section."""
    if etree.QName(parent).localname == "header":
        return _opens(parent.getparent(), parent) if parent.getparent() is not None else False
    return (etree.QName(parent).localname in ("section", "article", "aside", "nav")
            and parent.index(heading) == 0)


def landmarks(content: etree._Element) -> list[tuple[str, str, str]]:
    """(epub:type, target id, label) for each landmark the content document marks."""
    found = []
    for kind, label in LANDMARKS:
        node = next((n for n in content.iter() if kind in (n.get(EPUB_TYPE) or "").split()),
                    None)
        if node is not None and node.get("id"):
            found.append((kind, node.get("id"), label))
    return found


def nav_document(content: etree._Element, href: str, title: str, lang: str,
                 stylesheet: str) -> bytes:
    """The navigation document for one content document at href (ids may be added to it)."""
    html = etree.Element(f"{{{XHTML}}}html", nsmap={None: XHTML, "epub": OPS},
                         lang=lang, **{XML_LANG: lang})
    head = etree.SubElement(html, f"{{{XHTML}}}head")
    etree.SubElement(head, f"{{{XHTML}}}meta", charset="utf-8")
    etree.SubElement(head, f"{{{XHTML}}}title").text = f"Contents: {title}"
    etree.SubElement(head, f"{{{XHTML}}}link", rel="stylesheet", type="text/css",
                     href=stylesheet)
    body = etree.SubElement(html, f"{{{XHTML}}}body")
    label_lang = None if lang.split("-")[0] == "en" else "en"
    toc = _nav(body, "toc", "Contents", label_lang)
    toc.set("role", "doc-toc")
    _outline(etree.SubElement(toc, f"{{{XHTML}}}ol"), headings(content), href)
    marks = landmarks(content)
    guide = _nav(body, "landmarks", "Landmarks", label_lang)
    guide.set("hidden", "hidden")
    ol = etree.SubElement(guide, f"{{{XHTML}}}ol")
    for kind, target, label in marks:
        _entry(ol, f"{href}#{target}", label, label_lang).set(EPUB_TYPE, kind)
    return etree.tostring(html, xml_declaration=True, encoding="UTF-8", pretty_print=True,
                          doctype="<!DOCTYPE html>")


def _nav(body: etree._Element, kind: str, label: str, lang: str | None) -> etree._Element:
    nav = etree.SubElement(body, f"{{{XHTML}}}nav", id=kind,
                           **{EPUB_TYPE: kind, "aria-labelledby": f"{kind}-label"})
    heading = etree.SubElement(nav, f"{{{XHTML}}}h1" if kind == "toc" else f"{{{XHTML}}}h2",
                               id=f"{kind}-label")
    heading.text = label
    _language(heading, lang)
    return nav


def _outline(root: etree._Element, entries: list[tuple[int, str, str]], href: str) -> None:
    """Nest the entries by rank; the title (h1) sits beside the section headings (h2)."""
    stack: list[tuple[int, etree._Element]] = []
    for rank, target, text in entries:
        level = max(rank, 2)
        while stack and stack[-1][0] >= level:
            stack.pop()
        if stack:
            parent_li = stack[-1][1]
            ol = parent_li.find(f"{{{XHTML}}}ol")
            if ol is None:
                ol = etree.SubElement(parent_li, f"{{{XHTML}}}ol")
        else:
            ol = root
        li = _entry(ol, f"{href}#{target}", text or target, None).getparent()
        stack.append((level, li))


def _entry(ol: etree._Element, href: str, text: str, lang: str | None) -> etree._Element:
    li = etree.SubElement(ol, f"{{{XHTML}}}li")
    link = etree.SubElement(li, f"{{{XHTML}}}a", href=href)
    link.text = text
    _language(link, lang)
    return link


def _language(node: etree._Element, lang: str | None) -> None:
    if lang:
        node.set("lang", lang)
        node.set(XML_LANG, lang)
