"""Shared helpers for repairs: the editable text slots of a tree and logged substitution."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from lxml import etree

from .. import tree as T

URL_OR_CODE = re.compile(r"(?:https?://|www\.|doi:)\S+|`[^`]*`|\S+@\S+\.\w+")

_SLOT_PATHS = ("meta/title", "meta/author/bio", "body/section/heading", "body/section/p",
               "notes/note/text", "sources/item", "endmatter/p",
               "appendices/section/heading", "appendices/section/p")


@dataclass
class Slot:
    """One run of text in the tree (an element's text or a child's tail) and its source line."""

    owner: etree._Element
    attr: str
    line: int

    def get(self) -> str:
        return getattr(self.owner, self.attr) or ""

    def set(self, value: str) -> None:
        setattr(self.owner, self.attr, value)


def slots(essay: etree._Element) -> Iterator[Slot]:
    """Every editable text run: titles, bio, headings, paragraphs, notes, source items."""
    for path in _SLOT_PATHS:
        for node in T.findall(essay, path):
            line = int(node.get("line") or node.getparent().get("line") or 1)
            yield Slot(node, "text", line)
            for child in node:
                yield Slot(child, "tail", line)


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses and code that no repair may touch."""
    return [match.span() for match in URL_OR_CODE.finditer(text)]


def _word_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def substitute(
    essay: etree._Element,
    rule: str,
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], str | None],
    where: Iterable[Slot] | None = None,
) -> int:
    """Replace matches in every slot (or those of ``where``), outside URLs and code; log each
    change; return count."""
    count = 0
    for slot in slots(essay) if where is None else where:
        text = slot.get()
        protected = protected_spans(text)
        pieces: list[str] = []
        position = 0
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in protected):
                continue
            new = replace(match)
            if new is None or new == match.group(0):
                continue
            start, end = _word_span(text, match.start(), match.end())
            before = text[start:end]
            after = text[start : match.start()] + new + text[match.end() : end]
            T.log_change(essay, rule, slot.line, before, after)
            pieces.append(text[position : match.start()])
            pieces.append(new)
            position = match.end()
            count += 1
        if pieces:
            slot.set("".join(pieces) + text[position:])
    return count


def document_words(essay: etree._Element) -> set[str]:
    """Every word that stands on its own somewhere in the document's text."""
    words: set[str] = set()
    for slot in slots(essay):
        words.update(re.findall(r"(?<![\w'’])[\w]+(?:['’]s)?(?![\w])", slot.get()))
    return words
