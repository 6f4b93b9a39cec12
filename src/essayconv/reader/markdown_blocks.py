"""Markdown pasted as text (Notion, LinkedIn, a chat, a .md file): '## Heading' lines are
headings, their level set by the number of hashes (relative: the fewest hashes in the body
are level 1), and '**bold**', '__bold__', '*italic*', '_italic_' around words are bold and
italic; each mark removed is logged (rules markdown-heading, markdown-emphasis). A hash
before a word ('#RemoteWork'), '2 * 3' and snake_case stay as they are."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T
from ..references.markdown import EMPHASIS

HEADING_RULE = "markdown-heading"
EMPHASIS_RULE = "markdown-emphasis"
_MAX_LEVEL = 4
_MAX_WORDS = 20  # a heading's words at most
# '## 1. The donut effect', '### What cities are trying ###'
_HEADING = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<text>.*?[^\W_].*?)(?:[ \t]+#+)?[ \t]*$")
_BOLD = ("**", "__")


def markdown_headings(essay: etree._Element,
                      lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with each Markdown heading's hashes removed (logged): a line of twenty words
    at most, no sentence, after one to six hashes and a space."""
    out = []
    for number, text in lines:
        match = _HEADING.match(text.strip())
        if match and len(match.group("text").split()) <= _MAX_WORDS and \
                not _sentence(match.group("text")):
            T.log_change(essay, HEADING_RULE, number, text, match.group("text"))
            text = match.group("text")
        out.append((number, text))
    return out


def _sentence(text: str) -> bool:
    """A sentence after a hash ('# of respondents … was lower than expected.'): more than six
    words ended by a full stop; a long heading with commas and no stop is a heading."""
    return len(text.split()) > 6 and text.rstrip()[-1:] == "."


def markdown_outline(essay: etree._Element) -> None:
    """Make each line that had a Markdown heading's hashes a heading (a paragraph the body
    took it for opens a section of its own), at the level its hashes give; then read the
    emphasis in the title, the headings and the paragraphs."""
    hashes = {}
    for change in T.findall(essay, "changes/change"):
        if change.get("rule") == HEADING_RULE:
            before = T.find(change, "before").text or ""
            hashes[int(change.get("line"))] = len(before.strip()) - len(before.strip().lstrip("#"))
    body = T.find(essay, "body")
    if hashes and body is not None:
        _headings(body, hashes)
    for path in ("meta/title", "body/section/heading", "body/section/p"):
        for node in T.findall(essay, path):
            _emphasis(essay, node, int(node.get("line") or 0))


def _headings(body: etree._Element, hashes: dict[int, int]) -> None:
    """Turn the marked lines into headings and set every marked heading's level."""
    changed = False
    for p in T.findall(body, "section/p"):
        if int(p.get("line") or 0) in hashes and not len(p):
            _to_heading(p)
            changed = True
    if changed:
        for index, section in enumerate(T.findall(body, "section"), start=1):
            section.set("id", f"s{index}")
    marked = [(section, hashes[int(heading.get("line"))]) for section in T.findall(body, "section")
              if (heading := T.find(section, "heading")) is not None
              and int(heading.get("line") or 0) in hashes]
    if not marked:
        return
    top = min(count for _, count in marked)
    levels = dict(marked)
    previous = 0
    for section in T.findall(body, "section"):
        if T.find(section, "heading") is None:
            continue
        if section in levels:
            level = max(1, min(levels[section] - top + 1, previous + 1, _MAX_LEVEL))
            if level > 1:
                section.set("level", str(level))
            elif "level" in section.attrib:
                del section.attrib["level"]
        else:
            level = int(section.get("level") or 1)
        previous = level


def _to_heading(p: etree._Element) -> None:
    """A paragraph becomes its section's heading, the paragraphs after it the new section's."""
    section = p.getparent()
    p.tag = T.q("heading")
    p.attrib.pop("kind", None)
    if p.getprevious() is None and T.find(section, "heading") is None:
        return  # the first line of a section with no heading: its heading
    new = T.el("section", id="s0")
    section.addnext(new)
    moving = [p, *p.itersiblings()]
    for node in moving:
        new.append(node)


def _emphasis(essay: etree._Element, node: etree._Element, line: int) -> None:
    """Bold and italic for Markdown's marks in the node's text runs (its text, each child's
    tail)."""
    runs = [(None, node.text), *((child, child.tail) for child in list(node))]
    for child, text in runs:
        if not text or not EMPHASIS.search(text):
            continue
        pieces = _pieces(text)
        for before, after in ((m.group(0), m.group("words")) for m in EMPHASIS.finditer(text)):
            T.log_change(essay, EMPHASIS_RULE, line, before, after)
        lead, marked = pieces[0], pieces[1:]
        made = []
        for tag, words, tail in marked:
            element = T.el(tag, words)
            element.tail = tail
            made.append(element)
        if child is None:
            node.text = lead
            for index, element in enumerate(made):
                node.insert(index, element)
        else:
            child.tail = lead
            anchor = child
            for element in made:
                anchor.addnext(element)
                anchor = element


def _pieces(text: str) -> list:
    """The text before the first mark, then (tag, words, text after) for each marked run."""
    pieces: list = []
    position = 0
    for match in EMPHASIS.finditer(text):
        chunk = text[position:match.start()]
        if pieces:
            pieces[-1] = (*pieces[-1][:2], chunk)
        else:
            pieces.append(chunk)
        tag = "strong" if match.group("mark") in _BOLD else "em"
        pieces.append((tag, match.group("words"), ""))
        position = match.end()
    rest = text[position:]
    if len(pieces) > 1:
        pieces[-1] = (*pieces[-1][:2], rest)
    return pieces
