"""An epigraph at the top of the body: a short quotation over its attribution ('"The river
was the first account book of the county."' / '— Harriet Lowden, The Fenland Merchants
(1911)'), before the first heading; a block quotation marked as the epigraph."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T

RULE = "epigraph"
# an attribution: a dash and a short source ('— Harriet Lowden, The Fenland Merchants (1911)')
_ATTRIBUTION = re.compile(r"^\s*(?:[—–―]|--?)\s*(?=[^\W\d_])")
_DASH_MARKERS = ("-", "–", "—", "―", "--")
_OPENING = "\"“‘'«„"
_CLOSING = "\"”’'»"
_MAX_QUOTE_WORDS = 80
_MAX_SOURCE_WORDS = 20
_MAX_QUOTE_LINES = 2


def mark_epigraph(essay: etree._Element) -> None:
    """The body's first paragraphs, under no heading: one or two short quotation lines and a
    dash's attribution under them make the epigraph (logged); never a list of dashed items
    (the attribution is the run's only dashed line) nor a sentence of the text."""
    body = T.find(essay, "body")
    first = T.find(body, "section") if body is not None else None
    if first is None or T.find(first, "heading") is not None:
        return
    paragraphs = [child for child in first if child.tag == T.q("p")]
    for size in range(1, _MAX_QUOTE_LINES + 1):
        if len(paragraphs) <= size:
            return
        source = paragraphs[size]
        words = _source_words(source)
        if words is None:
            continue
        quote = paragraphs[:size]
        if not all(_quotation(p) for p in quote) or _next_dashed(paragraphs, size + 1) \
                or not (_quoted(quote) or _right_under(quote[-1], source)):
            return
        _mark(essay, quote, source, words)
        return


def _source_words(p: etree._Element) -> str | None:
    """An attribution's words without its dash, or None: a dash then at most twenty words."""
    if p.get("kind") == "item" and p.get("marker") in _DASH_MARKERS:
        text = T.inline_text(p).strip()
    elif p.get("kind") is None and (match := _ATTRIBUTION.match(p.text or "")):
        text = T.inline_text(p)[match.end():].strip()
    else:
        return None
    return text if text and len(text.split()) <= _MAX_SOURCE_WORDS else None


def _quotation(p: etree._Element) -> bool:
    """A short line of quotation: plain or a block quotation, eighty words at most."""
    return p.get("kind") in (None, "quote") and 0 < len(T.inline_text(p).split()) \
        <= _MAX_QUOTE_WORDS


def _quoted(quote: list[etree._Element]) -> bool:
    """The lines in quotation marks, or a block quotation already."""
    text = " ".join(T.inline_text(p).strip() for p in quote)
    return quote[0].get("kind") == "quote" or (text[:1] in _OPENING and text[-1:] in _CLOSING)


def _right_under(p: etree._Element, source: etree._Element) -> bool:
    """The attribution on the line right under the quotation's."""
    return int(source.get("line")) == int(p.get("line")) + 1


def _next_dashed(paragraphs: list[etree._Element], index: int) -> bool:
    """Another dashed line right after: a list's items, no attribution."""
    return index < len(paragraphs) and _source_words(paragraphs[index]) is not None


def _mark(essay: etree._Element, quote: list[etree._Element], source: etree._Element,
          words: str) -> None:
    """The quotation's lines as the epigraph, the attribution as its source (no dash)."""
    for p in quote:
        p.set("kind", "quote")
        p.set("role", "epigraph")
    before = T.inline_text(source)
    if source.get("kind") == "item":
        for name in ("list", "type", "marker", "value"):
            source.attrib.pop(name, None)
    elif (match := _ATTRIBUTION.match(source.text or "")) is not None:
        source.text = (source.text or "")[match.end():]
    source.set("kind", "quote")
    source.set("role", "attribution")
    T.log_change(essay, RULE, int(quote[0].get("line")),
                 " / ".join(T.inline_text(p) for p in quote) + f" / {before}",
                 f"[epigraph] {' / '.join(T.inline_text(p) for p in quote)} [source] {words}")
