"""A pasted table of contents ('Inhaltsverzeichnis', 'Table des matières', 'Indice', 'Contents'
over lines with dot leaders and page numbers): dropped, logged; the essay's own headings give
the outline."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T
from .lines import paragraph_like

TOC = "drop-page-furniture"  # a printed document's furniture
_LABEL = re.compile(r"^(?:table\s+of\s+contents|contents|inhaltsverzeichnis|inhalt|"
                    r"table\s+des\s+mati[èe]res|sommaire|indice|sommario|[íi]ndice\s+general|"
                    r"contenido|inhoud(?:sopgave)?)\s*:?$", re.IGNORECASE)
# an entry with dot leaders (or a tab, or a run of spaces) before its page number:
# '1. Einleitung ........ 3', 'Conclusion … 12', 'Fazit\t9'
_LEADERS = re.compile(r"^(\S.*?)\s*(?:(?:[.·…_]\s?){3,}|\t+|\s{3,})\s*(\d{1,4}|[ivxlc]{1,6})$",
                      re.IGNORECASE)
# an entry with its page number after one space: '1. Einleitung 3' (counted only when the
# essay's own heading repeats it further down)
_PLAIN = re.compile(r"^(\S.*?\D)\s+(\d{1,4})$")
_MIN_BARE = 3  # leader lines with no label over them
# an entry's or a heading's number: '1.', '2.3', 'II.', 'A)'
_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[ivxlc]{1,6}\.|[a-z]\))\s+", re.IGNORECASE)


def _entry(text: str, later: set[str] | None) -> bool:
    """A line of a table of contents: dot leaders before a page number; under the label
    (``later``: the essay's lines) also a tab or spaces before it, or a heading repeated
    below followed by its page number."""
    stripped = text.strip()
    if (match := _LEADERS.match(stripped)) is not None:
        return later is not None or bool(re.search(r"[.·…_]\s?[.·…_]", stripped[match.end(1):]))
    if later is None:
        return False
    match = _PLAIN.match(stripped)
    return match is not None and _key(match.group(1)) in later


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _bare_key(text: str) -> str:
    """A heading's words without its number: '2.1 Die Quellen' → 'die quellen'."""
    return _key(_NUMBER.sub("", text.strip()))


def _outline(lines: list[tuple[int, str]], start: int, end: int) -> bool:
    """Unlabelled leader lines that are a table of contents: at the top (no paragraph of the
    body above them) and most of their entries repeated as the essay's own lines below them;
    a medal table or a price list in the body stays."""
    if any(paragraph_like(text) for _, text in lines[:start]):
        return False
    below = {_bare_key(text) for _, text in lines[end:]}
    entries = [_LEADERS.match(text.strip()) for _, text in lines[start:end]]
    found = sum(1 for match in entries if match and _bare_key(match.group(1)) in below)
    return found >= 2 and 2 * found >= len(entries)


def drop_toc(essay: etree._Element, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop a table of contents: its label over two entries at least, or, at the top, three
    dot-leader entries in a row with no label that repeat the essay's headings; each line
    logged."""
    later = {_key(text) for _, text in lines}
    drop: set[int] = set()
    index = 0
    while index < len(lines):
        labelled = bool(_LABEL.match(lines[index][1].strip()))
        start = index + 1 if labelled else index
        end = start
        while end < len(lines) and _entry(lines[end][1], later if labelled else None):
            end += 1
        if end - start >= 2 and labelled or end - start >= _MIN_BARE and _outline(
                lines, start, end):
            drop.update(range(index, end))
            index = end
        else:
            index += 1
    for index in sorted(drop):
        T.log_change(essay, TOC, lines[index][0], lines[index][1], "")
    return [line for index, line in enumerate(lines) if index not in drop]
