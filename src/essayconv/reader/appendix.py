"""Appendices after the reference list: 'Appendix A: Questionnaire', 'APPENDIX B',
'Appendix 1 – Interview guide' head sections of their own (role="appendix") in the tree's
appendices element; so do 'Further reading', 'See also' and 'External links' (role="back",
no appendix: their lines a list's items, works or links one a line); what comes before the
first (a word count, an image credit) stays end matter."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T
from .lines import LIST_ITEM, NUMBERED_HEADING, is_heading
from .wikipedia import ends_references

# what follows a reference list and is none of it: 'Appendix A: Interview questions'
APPENDIX = re.compile(r"^(?:Appendix|Appendices|Annex|Annexe|Annexes)(?:\s+[A-Z0-9]{1,3})?"
                      r"(?:\s*[:.–—-]\s*\S.{0,100})?$", re.I)
WORD_COUNT = re.compile(r"^(?:total\s+)?word\s*count\s*:?\s*[\d,. ]+(?:words)?\.?$", re.I)
# the group's own heading over the appendices, no label of its own
_GROUP = re.compile(r"^(?:Appendices|Annexes)\s*:?$", re.I)


def appendix_heading(text: str) -> bool:
    """Does the line head an appendix: 'Appendix A: Questionnaire', 'APPENDIX B', never a
    sentence ('Appendix. The questions were …')?"""
    text = text.strip()
    return bool(APPENDIX.match(text)) and (is_heading(text) or len(text.split()) <= 3)


def _role(text: str) -> str | None:
    """The role of the section the line heads: appendix, back ('Further reading'), none."""
    if appendix_heading(text):
        return "appendix"
    return "back" if ends_references(text) else None


def _group_heading(group: etree._Element, lines: list[tuple[int, str]], index: int) -> bool:
    """'Appendices' right over the first appendix: the group's heading, no appendix."""
    return bool(_GROUP.match(lines[index][1].strip())) and not group.get("heading") and \
        index + 1 < len(lines) and appendix_heading(lines[index + 1][1])


def _item(lines: list[tuple[int, str]], index: int) -> bool:
    """A list's item: 'a) …', '1. …' beside another item, or not like a numbered heading."""
    text = lines[index][1].strip()
    if not LIST_ITEM.match(text):
        return False
    beside = [lines[i][1].strip() for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return any(LIST_ITEM.match(other) for other in beside) or not NUMBERED_HEADING.match(text)


def fill_end(essay: etree._Element, lines: list[tuple[int, str]]) -> None:
    """Put the lines after the references into the tree: end matter up to the first
    appendix heading (and a word count anywhere), then one section per appendix (its
    heading, its paragraphs; a list's lines items), before the change log. A 'Further
    reading', 'See also' or 'External links' heading heads a section too (role="back"),
    each line under it an item of a list."""
    start = next((i for i, (_, text) in enumerate(lines) if _role(text)), len(lines))
    counts = [line for line in lines[start:] if WORD_COUNT.match(line[1].strip())]
    anchor = T.find(essay, "changes")
    if start or counts:
        end = T.el("endmatter")
        for number, text in lines[:start] + counts:
            T.sub(end, "p", text, line=number)
        anchor.addprevious(end)
    lines = [line for line in lines if line not in counts]
    if start == len(lines):
        return
    group = T.el("appendices")
    section = None
    for index in range(start, len(lines)):
        number, text = lines[index]
        if role := _role(text):
            if section is None and role == "appendix" and _group_heading(group, lines, index):
                group.set("heading", text.strip().rstrip(":"))  # 'Appendices' over them all
                group.set("line", str(number))
                continue
            prefix = "app" if role == "appendix" else "back"
            section = T.sub(group, "section", id=f"{prefix}{len(group) + 1}", role=role)
            T.sub(section, "heading", text.strip() if role == "appendix" else
                  text.strip().rstrip(": "), line=number)
            continue
        kind = "item" if section.get("role") == "back" or _item(lines, index) else None
        T.sub(section, "p", text.strip(), line=number, kind=kind)
    anchor.addprevious(group)
