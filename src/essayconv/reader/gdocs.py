"""What a Google Docs paste brings: the document outline at the top, comment markers and the
comment block at the end, separator lines and 'Page 3 of 12' (all dropped, logged), and
footnotes pasted at the end with no heading (read as the notes)."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T
from .lines import BRACKET_NOTE, is_heading, note_start
from .pagenumbers import worded_page

JUNK = "drop-web-junk"
FURNITURE = "drop-page-furniture"
_OUTLINE = re.compile(r"^(?:document\s+)?outline\s*:?$", re.I)
_SEPARATOR = re.compile(r"^\s*_{5,}\s*$")
_COMMENT = re.compile(r"^\[([a-z]{1,2})\]\s*\S")
_COMMENT_MARK = re.compile(r"\[([a-z]{1,2})\]")
_NOTE_MARK = re.compile(r"\[(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\]")


def drop_outline(essay: etree._Element, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop a pasted document outline at the top: 'Outline' over heading-like lines that the
    document's own headings repeat further down."""
    if not lines or not _OUTLINE.match(lines[0][1]):
        return lines
    end = 1
    while end < len(lines) and is_heading(lines[end][1]) and any(
            text.strip() == lines[end][1].strip() for _, text in lines[end + 1:]):
        end += 1
    if end < 2:
        return lines
    for number, text in lines[:end]:
        T.log_change(essay, JUNK, number, text, "")
    return lines[end:]


def drop_gdocs_junk(essay: etree._Element, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop separator lines ('________') and 'Page 3 of 12' lines, and the comment block at
    the very end ('[a]Jane Doe: check this') with its markers in the text."""
    kept = []
    for number, text in lines:
        if _SEPARATOR.match(text) or worded_page(text):  # 'Page 3 of 12', 'Seite 5'
            T.log_change(essay, FURNITURE, number, text, "")
        else:
            kept.append((number, text))
    start = _comment_block(kept)
    if start is None:
        return kept
    letters = {m.group(1) for _, text in kept[start:] if (m := _COMMENT.match(text))}
    for number, text in kept[start:]:
        T.log_change(essay, JUNK, number, text, "")
    out = []
    for number, text in kept[:start]:
        plain = _COMMENT_MARK.sub(lambda m: "" if m.group(1) in letters else m.group(0), text)
        if plain != text:
            T.log_change(essay, JUNK, number, text, plain)
        out.append((number, plain))
    return out


def _comment_block(lines: list[tuple[int, str]]) -> int | None:
    """Where the comment block at the end starts: lines from a first '[a]…' to the end, each
    comment's letter a marker in the text above."""
    start = None
    since = 0  # lines since the last comment found, going up
    for index in range(len(lines) - 1, -1, -1):
        if _COMMENT.match(lines[index][1]):
            start, since = index, 0
        else:
            since += 1
            if since > 3:
                break
    if start is None:
        return None
    above = " ".join(text for _, text in lines[:start])
    letters = [m.group(1) for _, text in lines[start:] if (m := _COMMENT.match(text))]
    if not all(f"[{letter}]" in above for letter in letters):
        return None
    return start


def headless_notes(body: list[tuple[int, str]]) -> int | None:
    """Where footnotes pasted at the end with no heading start: a last run of '[1] …',
    '[2] …' lines (a wrapped note's lines among them) whose numbers the body's markers call."""
    called: set[int] = set()
    for index in range(len(body)):
        number = note_start(body[index][1], bracketed_only=True)
        if number is None or number[0] != 1 or not _run(body[index:]):
            continue
        for _, text in body[:index]:
            for match in _NOTE_MARK.finditer(text):
                called.update(_numbers(match.group(1)))
        numbers = [start[0] for _, text in body[index:]
                   if (start := note_start(text, bracketed_only=True))]
        if called and 1 in called and \
                sum(n in called for n in numbers) * 3 >= len(numbers) * 2:
            return index
        called.clear()
    return None


def _run(lines: list[tuple[int, str]]) -> bool:
    """Lines that are notes: numbers going up, most lines a note's first."""
    starts = [int(m.group(1)) for _, text in lines if (m := BRACKET_NOTE.match(text))]
    going_up = all(a < b for a, b in zip(starts, starts[1:], strict=False))
    return len(starts) * 2 >= len(lines) and going_up


def _numbers(inside: str) -> set[int]:
    """The numbers a marker calls: '3' → 3, '1, 2' → 1, 2, '6–8' → 6, 7, 8."""
    found: set[int] = set()
    for part in inside.split(","):
        first, _, last = part.strip().replace("–", "-").partition("-")
        low, high = int(first), int(last or first)
        if low <= high <= low + 30:
            found.update(range(low, high + 1))
    return found
