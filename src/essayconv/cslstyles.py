"""CSL styles: find one by name or path, check it is well formed, tell its kind, and turn an
in-text style into a note style for notes mode."""

from __future__ import annotations

import copy
import re
from pathlib import Path

from lxml import etree

from essayconv.errors import EssayconvError

CSL_NS = "http://purl.org/net/xbiblio/csl"
STYLE_DIR = Path(__file__).parent / "styles" / "csl"


class CitationError(EssayconvError):
    """The citations cannot be rendered: unknown or broken style, unknown work, pandoc failed."""


def resolve_style(style: str | Path) -> Path:
    """Return the CSL file for a style name ("harvard") or a path to a .csl file."""
    text = str(style)
    if isinstance(style, str) and re.fullmatch(r"[A-Za-z0-9_-]+", text):
        candidate = STYLE_DIR / f"{text}.csl"
        if candidate.is_file():
            return candidate
        known = ", ".join(sorted(p.stem for p in STYLE_DIR.glob("*.csl"))) or "none"
        raise CitationError(f"unknown citation style {text!r} (known: {known}; or a .csl file)")
    path = Path(style)
    if path.suffix.lower() != ".csl":
        raise CitationError(f"citation style {text!r} is neither a known name nor a .csl file")
    if not path.is_file():
        raise CitationError(f"citation style file not found: {text}")
    return path


def style_kind(style: str | Path) -> str:
    """'note' for a note style, else its citation format: 'author-date', 'numeric', …"""
    root = load_style(resolve_style(style)).getroot()
    if root.get("class") == "note":
        return "note"
    category = root.find(f"{{{CSL_NS}}}info/{{{CSL_NS}}}category[@citation-format]")
    if category is not None:
        return category.get("citation-format")
    citation = root.find(f"{{{CSL_NS}}}citation")
    numbered = citation.xpath(".//*[@variable='citation-number'] | .//*[@macro]/@macro")
    macros = {m.get("name"): m for m in root.iter(f"{{{CSL_NS}}}macro")}
    for found in numbered:  # the number itself, or a macro that prints it
        node = macros.get(found) if isinstance(found, str) else found
        if node is not None and (node.get("variable") == "citation-number" or
                                 node.xpath(".//*[@variable='citation-number']")):
            return "numeric"
    return "author-date"


def citation_mode(style: str | Path, requested: str | None) -> tuple[str, str | None]:
    """The citation mode a conversion runs in, and a line to tell the user (or None).

    A note style (``class="note"``) puts its citations in footnotes: with no mode asked for,
    it selects notes mode (the marks follow the punctuation); asked for author-date, it
    still makes footnotes, their marks before the full stop, and the line is a warning."""
    note = style_kind(style) == "note"
    name = Path(str(style)).name
    if requested is None:
        if note:
            return "notes", f"note: {name} is a note style: citations in footnotes " \
                            "(--citations notes)"
        return "author-date", None
    if requested == "author-date" and note:
        return requested, f"warning: {name} is a note style: its citations are footnotes, " \
                          "and --citations author-date puts their marks before the full stop " \
                          "(use --citations notes)"
    return requested, None


def load_style(path: Path) -> etree._ElementTree:
    """Parse and sanity-check a CSL file so pandoc gets only well-formed styles."""
    try:
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        msg = exc.error_log.last_error.message if exc.error_log.last_error else str(exc)
        line = exc.lineno or (exc.position[0] if exc.position else 0)
        raise CitationError(f"broken CSL style {path.name}: line {line}: {msg.strip()}") from None
    root = tree.getroot()
    if root.tag != f"{{{CSL_NS}}}style":
        raise CitationError(f"broken CSL style {path.name}: the root element is not a CSL <style>")
    if root.find(f"{{{CSL_NS}}}citation/{{{CSL_NS}}}layout") is None:
        raise CitationError(f"broken CSL style {path.name}: no <citation> with a <layout>")
    macros = {m.get("name") for m in root.iter(f"{{{CSL_NS}}}macro")}
    for el in root.iter(f"{{{CSL_NS}}}text", f"{{{CSL_NS}}}key"):
        name = el.get("macro")
        if name is not None and name not in macros:
            raise CitationError(f"broken CSL style {path.name}: undefined macro {name!r}")
    return tree


def notes_style(tree: etree._ElementTree) -> bytes:
    """Turn an in-text style into a note style for notes mode.

    The first cite of a work renders the style's macro ``note-first`` (else the
    bibliography entry followed by the locator); later cites render ``note-subsequent``
    (else the in-text citation without its brackets). Cites keep the order given.
    """
    root = copy.deepcopy(tree.getroot())
    q = f"{{{CSL_NS}}}"
    root.set("class", "note")
    macros = {m.get("name") for m in root.iter(f"{q}macro")}
    citation = root.find(f"{q}citation")
    old_layout = citation.find(f"{q}layout")
    bib_layout = root.find(f"{q}bibliography/{q}layout")

    def part(macro: str, fallback: list[etree._Element], locator: bool) -> list[etree._Element]:
        if macro in macros:
            return [etree.Element(f"{q}text", macro=macro)]
        items = [copy.deepcopy(el) for el in fallback]
        if locator:
            group = etree.Element(f"{q}group", delimiter=" ", prefix=", ")
            etree.SubElement(group, f"{q}label", variable="locator", form="short")
            etree.SubElement(group, f"{q}text", variable="locator")
            items.append(group)
        return items

    first = part("note-first", list(bib_layout) if bib_layout is not None else [], True)
    later = part("note-subsequent", list(old_layout), False)
    for sort in citation.findall(f"{q}sort"):
        citation.remove(sort)
    layout = etree.Element(f"{q}layout", delimiter="; ", suffix=".")
    choose = etree.SubElement(layout, f"{q}choose")
    if_el = etree.SubElement(choose, f"{q}if", position="subsequent")
    if_el.extend(later)
    else_el = etree.SubElement(choose, f"{q}else")
    else_el.extend(first)
    citation.replace(old_layout, layout)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")
