"""A reference section's lines into the essay's notes (numbered) or sources (a list)."""

from __future__ import annotations

from lxml import etree

from .. import tree as T
from .gluednotes import glued_call
from .hardwrap import word_forms
from .lines import bibliography_subheading, note_start
from .numbered_entries import continue_note, wrapped_numbered

SUBHEADINGS = "bibliography-subheadings"


def numbered(lines: list[tuple[int, str]]) -> bool:
    """Are these a section's numbered notes (half the lines or more open a note, or entries
    wrapped over several lines count up from 1: see numbered_entries)?"""
    return bool(lines) and (sum(1 for _, text in lines if note_start(text)) * 2 >= len(lines)
                            or wrapped_numbered(lines))


def fill_references(essay, heading: tuple[int, str], lines: list[tuple[int, str]]) -> None:
    """Fill the notes or the sources from one reference section's lines."""
    lines = _drop_subheadings(essay, lines)
    if numbered(lines):
        _fill_notes(essay, heading, lines)
    else:
        _fill_sources(essay, heading, lines)


def _drop_subheadings(essay, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop a bibliography's category headings ('Primary Sources', 'Cases', '1. Primary
    sources' in a list of no numbered notes): no references."""
    kept = []
    notes = numbered(lines)
    for number, text in lines:
        if bibliography_subheading(text) and not (notes and note_start(text)):
            T.log_change(essay, SUBHEADINGS, number, text, "")
        else:
            kept.append((number, text))
    return kept


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
    words = word_forms(lines) | word_forms([(0, " ".join(T.find(essay, "body").itertext()))])
    current = None
    for number, text in lines:
        start = note_start(text)
        expected = int(current.get("n")) + 1 if current is not None else None
        if start and (expected is None or start[0] == expected or text.startswith("[")
                      or _after_glued(current, start[0], expected)):
            n, rest = start
            note_id = f"n{n}"
            if essay.xpath("//*[@id=$i]", i=note_id):
                T.diagnose(essay, "error", "duplicate-note", f"note {n} appears twice", number)
                note_id = f"n{n}-{number}"
            current = T.sub(notes, "note", id=note_id, n=n, line=number)
            T.sub(current, "text", rest)
        elif current is not None:
            text_node = T.find(current, "text")
            text_node.text = continue_note(text_node.text, text, words)
            T.log_change(essay, "join-note-lines", number, text, text_node.text)
        else:
            T.diagnose(essay, "warning", "unnumbered-note", f"line before the first note: {text}",
                       number)


def _after_glued(current: etree._Element, number: int, expected: int) -> bool:
    """Does a line opening note ``number`` follow a note that holds the notes due before it
    glued on ('…, S. 5.2 Ebd., S. 7.' then '3 Vgl. …'; three at most)? Split-merged-notes
    splits them."""
    if not expected < number <= expected + 3:
        return False
    text = T.find(current, "text").text or ""
    for due in range(number - 1, expected - 1, -1):  # the last glued first
        match = glued_call(text, due)
        if match is None:
            return False
        text = text[: match.start()]
    return True


def _fill_sources(essay, heading, lines) -> None:
    sources = _container(essay, "sources", heading)
    from .saa import join_author_lines
    from .wrapped import drop_furniture, join_reference_lines, split_columns

    lines = drop_furniture(essay, split_columns(essay, lines))  # two columns; page furniture
    for number, text in join_reference_lines(essay, join_author_lines(essay, lines)):
        T.sub(sources, "item", text, id=f"r{len(sources) + 1}", line=number)
