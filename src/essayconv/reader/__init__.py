"""Read raw pasted text into an essay tree: front matter, sections, notes and sources."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T
from .front import read_front
from .hardwrap import join_wrapped_lines
from .language import guess_language
from .lines import (
    BARE_URL,
    CAPTION,
    CREDIT,
    EMAIL,
    LIST_ITEM,
    NUMBERED_HEADING,
    is_heading,
    is_web_junk,
    note_start,
    reference_heading,
)

MARKER = re.compile(r"\[(\d{1,3})\]")
_HEADER_SPAN = 12


def read_text(lines: list[str], source: str, encoding: str = "utf-8") -> etree._Element:
    """Build the essay tree from the input's lines (without line ends)."""
    essay = T.el("essay", source=source)
    essay.set(T.XML_LANG, "en")
    meta = T.sub(essay, "meta")
    body = T.sub(essay, "body")
    T.sub(essay, "changes")
    if encoding != "utf-8":
        T.diagnose(essay, "warning", "encoding", f"not valid UTF-8, decoded as {encoding}", None)
    content = _content_lines(essay, lines)
    content = _drop_header_junk(essay, content)
    front = read_front(content)
    _fill_meta(meta, front)
    rest = content[front.consumed :]
    body_lines, ref_sections, endmatter = _split_back(rest)
    _fill_body(body, join_wrapped_lines(essay, body_lines))
    essay.set(T.XML_LANG, guess_language(" ".join(text for _, text in body_lines)))
    for heading, section_lines in ref_sections:
        _fill_references(essay, heading, section_lines)
    if endmatter:
        end = T.el("endmatter")
        for number, text in endmatter:
            T.sub(end, "p", text, line=number)
        T.find(essay, "changes").addprevious(end)
    return essay


def _content_lines(essay: etree._Element, lines: list[str]) -> list[tuple[int, str]]:
    """Non-blank lines with their numbers; trailing spaces and extra blank lines are logged."""
    content: list[tuple[int, str]] = []
    blank_run = 0
    for number, raw in enumerate(lines, start=1):
        text = raw.rstrip()
        if text != raw:
            tail = raw[len(text) :]
            word = text.split()[-1] if text.split() else ""
            T.log_change(essay, "trailing-whitespace", number, word + tail, word)
        if not text.strip():
            blank_run += 1
            continue
        if blank_run > 1 and content:
            T.log_change(essay, "blank-lines", number - blank_run, "\n" * blank_run, "\n")
        blank_run = 0
        content.append((number, text))
    if blank_run and content:
        T.log_change(essay, "blank-lines", len(lines) - blank_run + 1, "\n" * blank_run, "")
    return content


def _drop_header_junk(essay: etree._Element, content: list[tuple[int, str]]):
    """Drop web furniture (relative dates, reading times, share buttons) near the top."""
    kept = []
    for index, (number, text) in enumerate(content):
        if index < _HEADER_SPAN and is_web_junk(text):
            T.log_change(essay, "drop-web-junk", number, text, "")
        else:
            kept.append((number, text))
    return kept


def _fill_meta(meta: etree._Element, front) -> None:
    number, title = front.title or (None, "Untitled")
    T.sub(meta, "title", title, line=number)
    for index, (line, name) in enumerate(front.authors):
        author = T.sub(meta, "author", line=line)
        T.sub(author, "name", name)
        if index == 0 and front.bio:
            email = EMAIL.search(front.bio[1])
            if email:
                T.sub(author, "email", email.group(0))
            T.sub(author, "bio", front.bio[1], line=front.bio[0])
    for line, name, text in front.info:
        T.sub(meta, "info", text, name=name, line=line)


def _split_back(lines: list[tuple[int, str]]):
    """Split lines into body, reference sections [(heading line, lines)] and end matter."""
    body: list[tuple[int, str]] = []
    sections: list[tuple[tuple[int, str], list[tuple[int, str]]]] = []
    endmatter: list[tuple[int, str]] = []
    for index, (number, text) in enumerate(lines):
        following = lines[index + 1][1] if index + 1 < len(lines) else ""
        if endmatter or (sections and (CREDIT.match(text) or
                                       (BARE_URL.match(text) and CREDIT.match(following)))):
            endmatter.append((number, text))
        elif reference_heading(text):
            sections.append(((number, reference_heading(text)), []))
        elif sections:
            sections[-1][1].append((number, text))
        else:
            body.append((number, text))
    return body, sections, endmatter


def _fill_body(body: etree._Element, lines: list[tuple[int, str]]) -> None:
    section = None
    for index, (number, text) in enumerate(lines):
        following = lines[index + 1][1] if index + 1 < len(lines) else None
        previous = lines[index - 1][1] if index else None
        in_list = bool(LIST_ITEM.match(text)) and any(
            other is not None and LIST_ITEM.match(other)
            and (not is_heading(text) or is_heading(other)) for other in (previous, following))
        if (is_heading(text) and not in_list and following is not None
                and not is_heading(following)):
            section = T.sub(body, "section", id=f"s{len(body) + 1}")
            T.sub(section, "heading", text, line=number)
            continue
        if section is None:
            section = T.sub(body, "section", id=f"s{len(body) + 1}")
        kind = "caption" if CAPTION.match(text) else "item" if in_list or (
            LIST_ITEM.match(text) and not NUMBERED_HEADING.match(text)) else None
        paragraph = T.sub(section, "p", line=number, kind=kind)
        _fill_inline(paragraph, text, number)


def _fill_inline(paragraph: etree._Element, text: str, number: int) -> None:
    """Put text into a paragraph, turning [n] markers into cite elements."""
    last = None
    position = 0
    for match in MARKER.finditer(text):
        chunk = text[position : match.start()]
        if last is None:
            paragraph.text = chunk
        else:
            last.tail = chunk
        last = T.sub(paragraph, "cite", note=f"n{match.group(1)}", n=match.group(1), line=number)
        position = match.end()
    if last is None:
        paragraph.text = text
    else:
        last.tail = text[position:]


def _fill_references(essay, heading: tuple[int, str], lines: list[tuple[int, str]]) -> None:
    numbered = sum(1 for _, text in lines if note_start(text))
    if lines and numbered * 2 >= len(lines):
        _fill_notes(essay, heading, lines)
    else:
        _fill_sources(essay, heading, lines)


def _container(essay, name: str, heading: tuple[int, str]) -> etree._Element:
    existing = T.find(essay, name)
    if existing is not None:
        return existing
    node = T.el(name, heading=heading[1], line=heading[0])
    order = ["notes", "sources", "endmatter", "changes"]
    for later in order[order.index(name) + 1 :]:
        anchor = T.find(essay, later)
        if anchor is not None:
            anchor.addprevious(node)
            return node
    return node


def _fill_notes(essay, heading, lines) -> None:
    notes = _container(essay, "notes", heading)
    current = None
    for number, text in lines:
        start = note_start(text)
        expected = int(current.get("n")) + 1 if current is not None else None
        if start and (expected is None or start[0] == expected or text.startswith("[")):
            n, rest = start
            note_id = f"n{n}"
            if essay.xpath("//*[@id=$i]", i=note_id):
                T.diagnose(essay, "error", "duplicate-note", f"note {n} appears twice", number)
                note_id = f"n{n}-{number}"
            current = T.sub(notes, "note", id=note_id, n=n, line=number)
            T.sub(current, "text", rest)
        elif current is not None:
            text_node = T.find(current, "text")
            T.log_change(essay, "join-note-lines", number, text, f"{text_node.text} {text}")
            text_node.text = f"{text_node.text} {text}"
        else:
            T.diagnose(essay, "warning", "unnumbered-note", f"line before the first note: {text}",
                       number)


def _fill_sources(essay, heading, lines) -> None:
    sources = _container(essay, "sources", heading)
    from .saa import join_author_lines
    from .wrapped import join_reference_lines

    for number, text in join_reference_lines(essay, join_author_lines(essay, lines)):
        T.sub(sources, "item", text, id=f"r{len(sources) + 1}", line=number)
