"""A numbered list wrapped over several lines an entry is still a list of numbered notes.

pdftotext cuts an IEEE or ACL reference list at the column's width: ``[1] Jared Kaplan, …,
Scott`` / ``Gray, Alec Radford, …`` / ``2020. Scaling laws …`` / ``arXiv preprint …``; so
most of its lines open with no number. A list is numbered when its first line opens with
``[1]`` (or ``1.``, ``1)``, ``1``) and its entries count up in the same form, 2, 3, …: a line
that does not open with the next number continues the entry above it (join-note-lines,
where a word cut at a line-end hyphen is whole again: ``Pro-`` / ``cessing``, a word
references write whole). A list
numbered by category (``1. Primary sources`` over the works of each) is no such list, nor
one whose entries run over more lines than a wrapped note does.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ..references import lexicon
from .hardwrap import join_lines
from .lines import bibliography_subheading

_LEXICON = Path(lexicon.__file__).parent / "model" / "refparser.lexicon.txt"

# the forms of an entry's number: '[1] ', '1. ' or '1) ', '1 '
_FORMS = (re.compile(r"^\[(\d{1,3})\]\s*(?=\S)"), re.compile(r"^(\d{1,3})[.)]\s*(?=\S)"),
          re.compile(r"^(\d{1,3})\s+(?=\S)"))
_MAX_LINES = 12  # the longest wrapped entry (a discursive note of a two-column page)


def _form(text: str) -> tuple[int, int] | None:
    """(form, number) of a line's opening number, in the first form it matches."""
    for index, form in enumerate(_FORMS):
        match = form.match(text.strip())
        if match:
            return index, int(match.group(1))
    return None


def wrapped_numbered(lines: list[tuple[int, str]]) -> bool:
    """Is this a numbered list wrapped over several lines an entry: its first line opens
    with 1, two entries at least count up in that form, none a category heading, none
    longer than a wrapped entry?"""
    first = _form(lines[0][1]) if lines else None
    if first is None or first[1] != 1:
        return False
    form, expected = first[0], 2
    entries, length = 1, 1
    for _, text in lines[1:]:
        opening = _form(text)
        if opening == (form, expected):
            if bibliography_subheading(text):
                return False
            entries, length, expected = entries + 1, 1, expected + 1
        else:
            length += 1
            if length > _MAX_LINES:
                return False
    return entries >= 2 and not bibliography_subheading(lines[0][1])


@cache
def _reference_words() -> frozenset[str]:
    """The words references write, from the reference parser's lexicon ('processing')."""
    return frozenset(word for word in lexicon.load(_LEXICON) if word.isalpha())


def continue_note(above: str, text: str, words: frozenset[str]) -> str:
    """A note's text with its next line joined on: a word cut at a line-end hyphen is whole
    again when the text or references write it whole ('Pro-' + 'cessing'; see hardwrap)."""
    return join_lines(above, text, words | _reference_words())
