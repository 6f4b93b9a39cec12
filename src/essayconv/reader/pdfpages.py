"""Rules for text copied out of a PDF: page furniture goes, page-bottom footnotes become notes.

Rule drop-page-furniture: a PDF's pages come with running headers and footers ('4  Journal of
Sahel Studies', 'Diallo · Borders and Belonging  5') and bare page numbers ('12', '- 12 -',
'Page 3 of 12'). A line is taken for one when it is short, ends no sentence and either
stands two or more times in the text once its numbers are set aside (with a page number in
it, or three times without), or names the essay's author or the start of its title beside a
page number or a separator ('·', '|'); a line that stands twice, without a number, goes
when dropped furniture stands next to it ('Journal of Memory Studies' over a page's '12'). A
bare page number goes only when a blank line or another such line stands next to it (a
footnote's number alone on its line is followed by its text).

Rule page-footnotes: footnotes pasted where their pages ended ('1 Paul Nugent, Boundaries …',
or '1Paul Nugent, …' with the number glued to the text, under the paragraph that calls them
with 'state.1') move to the notes. A line starting with
the next note number is one when the body above it calls that number (glued to a word or to
punctuation, or in superscript digits) since the previous footnotes, and it opens a block
(after a blank line or a dropped header) or follows the previous footnote; the lines under it
are its own until a blank line, a dropped line or the next footnote. Both rules run only
when the essay has no notes list of its own.

A paragraph cut by a page break (its text before the break ending no sentence and going on
in lower case after the furniture and footnotes) is marked, so that join-wrapped-lines joins
it again.
"""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from .. import tree as T
from ..repairs.bare_markers import glued_call
from .lines import note_start

FURNITURE = "drop-page-furniture"
FOOTNOTES = "page-footnotes"
_MAX_HEADER = 100
# '12', '- 12 -', 'Page 3', 'Page 3 of 12', 'p. 4'
PAGE_NUMBER = re.compile(r"^(?:page\s+|p\.\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s+of\s+\d{1,4})?$",
                          re.I)
PAGE_EDGE = re.compile(r"^\d{1,4}\s+\S|\S\s+\d{1,4}$")  # '4 Journal …', '… Belonging 5'
_SEPARATOR = re.compile(r"\s[·|•]\s|\s{3,}")
_NOTE_WORDS = re.compile(r"^(?:ibid|ibidem|id|idem|ebd|op\.?\s*cit)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?:;…]['’”\")\]]*(?:\s*↩)?\s*$")  # '↩': a web note's way back

Line = tuple[int, str]


def _shape(text: str) -> str:
    """A line with its numbers and separators set aside, lower case: what a header repeats."""
    words = re.sub(r"[\d·|•\-–—]+", " ", text.lower()).split()
    return " ".join(words)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def _names_the_essay(text: str, title: str, authors: list[str]) -> bool:
    """A header that names the essay: its author's surname, or its title's first words (at
    least three, or all of a shorter title), beside a page number or a separator."""
    if not (re.search(r"\d", text) or _SEPARATOR.search(text)):
        return False
    words = _words(text)
    surnames = {_words(name)[-1] for name in authors if _words(name)}
    heading = _words(title)
    start = heading[: max(3, len(heading) // 2)] if len(heading) > 3 else heading
    joined = " ".join(words)
    has_title = bool(start) and " ".join(start) in joined
    has_author = bool(surnames & set(words))
    rest = set(words) - set(heading) - surnames - {"et", "al", "and", "page", "p"}
    return (has_title or has_author) and len(rest) <= 2


def header_candidate(text: str) -> bool:
    """Short, no sentence's end, and not a note ('12 Ibid')."""
    stripped = text.strip()
    rest = re.sub(r"^\d+\s+", "", stripped)
    return (len(stripped) <= _MAX_HEADER and not _SENTENCE_END.search(stripped)
            and not _NOTE_WORDS.match(rest) and bool(_words(stripped)))


def furniture(lines: list[Line], title: str, authors: list[str], body_end: int) -> set[int]:
    """The indexes of running headers, footers and page numbers among the lines (bare
    numbers only before ``body_end``: in a notes list they may be the notes' own)."""
    shapes = Counter(_shape(text) for _, text in lines if header_candidate(text))
    drop = set()
    for index, (_, text) in enumerate(lines):
        if not header_candidate(text):
            continue
        count = shapes[_shape(text)]
        if (count >= 2 and re.search(r"\d", text)) or count >= 3 or \
                _names_the_essay(text, title, authors):
            drop.add(index)
    for index, (number, text) in enumerate(lines[:body_end]):
        if PAGE_NUMBER.match(text.strip()) and (
                index + 1 == len(lines) or index + 1 in drop
                or lines[index + 1][0] != number + 1):
            drop.add(index)
    grown = True
    while grown:  # a header beside dropped furniture: the other half of the page's edge
        before = len(drop)
        drop |= {index for index, (number, text) in enumerate(lines)
                 if index not in drop and _beside(lines, index, drop)
                 and ((header_candidate(text) and (PAGE_EDGE.search(text)
                                                   or shapes[_shape(text)] >= 2))
                      or (index < body_end and PAGE_NUMBER.match(text.strip())
                          and index + 1 in drop))}
        grown = len(drop) > before
    return drop


def _beside(lines: list[Line], index: int, drop: set[int]) -> bool:
    """Does dropped furniture stand right above or below the line (a blank line between at
    most)?"""
    number = lines[index][0]
    return any(other in drop and abs(lines[other][0] - number) <= 2
               for other in (index - 1, index + 1) if 0 <= other < len(lines))


def drop_furniture(essay: etree._Element, lines: list[Line], title: str, authors: list[str],
                   body_end: int) -> tuple[list[Line], set[int]]:
    """Drop page furniture (logged); also the line numbers dropped."""
    drop = furniture(lines, title, authors, body_end)
    kept = []
    for index, (number, text) in enumerate(lines):
        if index in drop:
            T.log_change(essay, FURNITURE, number, text, "")
        else:
            kept.append((number, text))
    return kept, {lines[index][0] for index in drop}


def _next_to_gap(lines: list[Line], index: int, dropped: set[int]) -> bool:
    """Does a blank line or a dropped line stand right before this one?"""
    if index == 0:
        return True
    number, previous = lines[index][0], lines[index - 1][0]
    return previous != number - 1 or (number - 1) in dropped


def _opens_note(text: str) -> bool:
    """A note's text starts with a capital, a quotation mark or a bracket."""
    return text[:1].isupper() or text[:1] in "“\"‘'(["


def footnotes(essay: etree._Element, lines: list[Line], dropped: set[int]
              ) -> tuple[list[Line], list[Line]]:
    """Body lines without the page-bottom footnotes, and the footnotes (logged) in order."""
    body: list[Line] = []
    notes: list[Line] = []
    expected = 1
    called = ""  # the body's text since the last footnotes: where their calls stand
    in_note = False
    for index, (number, text) in enumerate(lines):
        gap = _next_to_gap(lines, index, dropped) or bool(
            body and body[-1][0] == number - 1 and _SENTENCE_END.search(body[-1][1]))
        start = note_start(text, glued=True)
        if start is not None and start[0] == expected and (gap or in_note) and \
                _opens_note(start[1]) and glued_call(expected, called):
            # a number glued to the text ('1United …') gets its space: the notes list reads it
            notes.append((number, text if note_start(text) else f"{start[0]} {start[1]}"))
            T.log_change(essay, FOOTNOTES, number, text, "(to the notes)")
            expected += 1
            in_note = True
            continue
        if in_note and not _next_to_gap(lines, index, dropped):
            first, above = notes[-1]
            notes[-1] = (first, f"{above} {text}")
            T.log_change(essay, FOOTNOTES, number, text, "(to the notes)")
            continue
        if in_note:
            called = ""
        in_note = False
        body.append((number, text))
        called += " " + text
    return body, notes


def page_breaks(lines: list[Line], removed: set[int]) -> set[int]:
    """Line numbers where a paragraph goes on after removed lines (furniture, footnotes): the
    text above ends no sentence and this line goes on in lower case."""
    continued = set()
    for index in range(1, len(lines)):
        (before, above), (number, text) = lines[index - 1], lines[index]
        if any(n in removed for n in range(before + 1, number)) and text[:1].islower() and \
                not _SENTENCE_END.search(above):
            continued.add(number)
    return continued
