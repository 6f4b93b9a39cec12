"""Rules for text copied out of a PDF: page furniture goes, page-bottom footnotes become notes.

Both rules need evidence of pages, so that an essay never printed as a PDF keeps every line
(a refrain, a table's rows, 'Part 1' / 'Part 2' headings, a '1984' heading, a numbered list).

Rule drop-page-furniture: a PDF's pages come with running headers and footers ('4  Journal of
Sahel Studies', 'Diallo · Borders and Belonging  5') and bare page numbers ('12', '- 12 -',
'Page 3 of 12'; never a year). The pages show by a header repeated with its page numbers
going up, pages apart, or by a repeated header beside bare page numbers, or by bare page
numbers in a body cut at a width. Then those headers and numbers go, and so does the rest
of a page's edge beside them: a line with a page number at its start or end, or naming the
essay's author or the start of its title. Bare numbers count only before the notes and
reference lists (there they may be the notes' own); a repeated header goes there too.

A Chicago or MLA paper's running head, the author's surname and the page number ('Pritchard
2'), goes when it stands twice at least with its numbers going up however few lines apart
(or once, under a page's footnotes), and a running title (the title or its first three
words at least, often in capitals) beside dropped furniture.

Rule page-footnotes: footnotes pasted where their pages ended ('1 Paul Nugent, Boundaries …',
or '1Paul Nugent, …' with the number glued to the text, under the paragraph that calls them
with 'state.1') move to the notes. A line starting with the next note number is one when the
body above it calls that number since the previous footnotes (glued to a lower-case word or
to punctuation after one, or in superscript digits; never after a capital or a digit: 'T1',
'H5N1' are no calls, but 'Act of 1877.3 George' is one), and it opens a block (after a blank
line, a dropped header or a sentence's end), follows the previous footnote, or reads '1. …'.
The lines under it are its own while it is unfinished (no full stop at its line's end, or one
after 'ed.', 'no.', an initial) until a blank line, a dropped line, the next footnote or the
next page's furniture: a bare page number, the running head or title under a block goes
(drop-page-furniture) and the next page's text stays body. The rule runs only when the essay
has no notes list of its own, and only where furniture was dropped, the body was cut at a
width, or two footnotes at least are found with the body's text going on under a block. It
moves nothing, with a warning, when the notes would take a third of the words or one note
more than a few hundred: a body swallowed by a note left unfinished.

A paragraph cut by a page break (its text before the break ending no sentence and going on
in lower case after the furniture and footnotes) is marked, so that join-wrapped-lines joins
it again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .. import tree as T
from .lines import note_start

FURNITURE = "drop-page-furniture"
FOOTNOTES = "page-footnotes"
_MAX_HEADER = 100
# '12', '- 12 -', 'Page 3', 'Page 3 of 12', 'p. 4'
PAGE_NUMBER = re.compile(r"^(?:page\s+|p\.\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s+of\s+\d{1,4})?$",
                          re.I)
PAGE_EDGE = re.compile(r"^\d{1,4}\s+\S|\S\s+\d{1,4}$")  # '4 Journal …', '… Belonging 5'
# a PDF's header: the page number set far off its title ('… Inclusion                    3')
_SPACED_NUMBER = re.compile(r"\S\s{3,}\d{1,4}\s*$|^\s*\d{1,4}\s{3,}\S")
_SEPARATOR = re.compile(r"\s[·|•]\s|\s{3,}")
_NOTE_WORDS = re.compile(r"^(?:ibid|ibidem|id|idem|ebd|op\.?\s*cit)\b", re.I)
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_SENTENCE_END = re.compile(r"[.!?:;…]['’”\")\]]*(?:\s*↩)?\s*$")  # '↩': a web note's way back
# a sentence's end, perhaps with a note call glued after it ('… they served.2')
_ENDS = re.compile(r"[.!?:;…]['’”\")\]]*(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?(?:\s*↩)?\s*$")
_NOTE_END = re.compile(r"[.!?…]['’”\")\]]*\s*$")  # a footnote's last line ends so
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:ed|eds|trans|vol|vols|no|nos|pp?|chap|repr|comp|cf|esp|al|n|ser|pt)|"
    r"(?<![^\W\d_])[A-Z])\.\s*$")
_MAX_NOTE_WORDS = 300

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
    surnames = _surnames(authors)
    heading = _words(title)
    start = heading[: max(3, len(heading) // 2)] if len(heading) > 3 else heading
    joined = " ".join(words)
    has_title = bool(start) and " ".join(start) in joined
    has_author = bool(surnames & set(words))
    rest = set(words) - set(heading) - surnames - {"et", "al", "and", "page", "p"}
    return (has_title or has_author) and len(rest) <= 2


def _surnames(authors: list[str]) -> set[str]:
    return {_words(name)[-1] for name in authors if _words(name)}


def author_header(text: str, authors: list[str]) -> bool:
    """A Chicago or MLA page's running head: the author's surname and the page number, nothing
    else ('Pritchard 2', '3 Pritchard', 'Pritchard, page 4')."""
    words = set(_words(text))
    surnames = _surnames(authors)
    return header_candidate(text) and _edge_number(text) is not None and \
        bool(words & surnames) and words <= surnames | {"page", "p"}


def running_title(text: str, title: str) -> bool:
    """A running title: the essay's title, or its first words (three at least), alone on its
    line, often in capitals ('CANAL TOWNS AND THE COAL TRADE' for 'Canal Towns and the Coal
    Trade: Labour on …')."""
    words, heading = _words(text), _words(title)
    return header_candidate(text) and \
        len(words) >= min(3, len(heading)) > 0 and heading[: len(words)] == words


def header_candidate(text: str) -> bool:
    """Short, no sentence's end, and not a note ('12 Ibid')."""
    stripped = text.strip()
    rest = re.sub(r"^\d+\s+", "", stripped)
    return (len(stripped) <= _MAX_HEADER and not _SENTENCE_END.search(stripped)
            and not _NOTE_WORDS.match(rest) and bool(_words(stripped)))


def _page_marks(lines: list[Line], body_end: int) -> set[int]:
    """Bare page numbers: a number alone on its line ('12', '- 12 -', 'Page 3 of 12'),
    nothing right under it, never a year ('1984' may head a section)."""
    marks = set()
    for index, (number, text) in enumerate(lines[:body_end]):
        value = re.sub(r"\D", "", text)
        if PAGE_NUMBER.match(text.strip()) and not _YEAR.fullmatch(value) and (
                index + 1 == len(lines) or lines[index + 1][0] != number + 1):
            marks.add(index)
    return marks


def _edge_number(text: str) -> int | None:
    """The page number at a header's start or end ('4 Journal …', '… Belonging 5')."""
    match = PAGE_EDGE.search(text.strip())
    if not match:
        return None
    number = re.match(r"^\d+", text.strip()) or re.search(r"\d+$", text.strip())
    value = int(number.group()) if number else None
    return None if value is None or _YEAR.fullmatch(str(value)) else value


def furniture(lines: list[Line], title: str, authors: list[str], body_end: int,
              wrapped: bool = True) -> set[int]:
    """The indexes of running headers, footers and page numbers among the lines. Pages show
    by their numbers: without a bare page number, or a header repeated with its page numbers
    going up, nothing is furniture (a repeated refrain, table row or 'Part 1' / 'Part 2'
    heading is the essay's). Bare numbers count only before ``body_end`` (a notes list's
    numbers are its notes'); a header there is dropped in the lists too."""
    marks = _page_marks(lines, body_end)
    candidates = [i for i, (_, text) in enumerate(lines) if header_candidate(text)]
    by_shape: dict[str, list[int]] = {}
    for index in candidates:
        by_shape.setdefault(_shape(lines[index][1]), []).append(index)
    paged_shapes = set()
    for shape, indexes in by_shape.items():
        numbers = [_edge_number(lines[i][1]) for i in indexes]
        rising = len(indexes) >= 2 and None not in numbers and \
            all(b - a >= 1 for a, b in zip(numbers, numbers[1:], strict=False)) and \
            lines[indexes[-1]][0] - lines[indexes[0]][0] >= 20 * (len(indexes) - 1)
        beside = sum(_beside(lines, i, marks) for i in indexes)
        authored = len(indexes) >= 2 and None not in numbers and all(
            b > a for a, b in zip(numbers, numbers[1:], strict=False)) and all(
            author_header(lines[i][1], authors) for i in indexes)
        titled = len(indexes) >= 2 and None not in numbers and all(
            b > a for a, b in zip(numbers, numbers[1:], strict=False)) and all(
            running_title(lines[i][1], title) for i in indexes) and (
            all(_SPACED_NUMBER.search(lines[i][1]) for i in indexes)
            or (lines[indexes[-1]][0] - lines[indexes[0]][0] >= 20 * (len(indexes) - 1)
                and all(_page_cut(lines, i, marks) for i in indexes)))
        if shape and (rising or authored or titled
                      or (len(indexes) >= 2 and beside >= len(indexes) - 1 and marks)):
            paged_shapes.add(shape)
    if not paged_shapes and not (marks and wrapped):
        return set()  # no pages (bare numbers in a body not cut at a width are sections')
    drop = set(marks) | {i for i in candidates if _shape(lines[i][1]) in paged_shapes}
    numbers = {i for i, (_, text) in enumerate(lines[:body_end])
               if PAGE_NUMBER.match(text.strip()) and not _YEAR.fullmatch(re.sub(r"\D", "", text))}
    grown = True
    while grown:  # beside dropped furniture: the rest of the page's edge
        before = len(drop)
        drop |= {index for index in (*candidates, *numbers)
                 if index not in drop and index < body_end and _beside(lines, index, drop)
                 and (index in numbers or _edge_number(lines[index][1]) is not None
                      or _names_the_essay(lines[index][1], title, authors)
                      or running_title(lines[index][1], title))}
        grown = len(drop) > before
    return drop


def _page_cut(lines: list[Line], index: int, marks: set[int]) -> bool:
    """Does a page break stand at a running title: the text above it runs on mid-sentence, or
    a bare page number stands beside it? A numbered part's heading ('Letters from the Front
    2') follows a finished paragraph."""
    return _beside(lines, index, marks) or (
        index > 0 and not _ENDS.search(lines[index - 1][1]) and index + 1 < len(lines)
        and not header_candidate(lines[index + 1][1]))


def _beside(lines: list[Line], index: int, drop: set[int]) -> bool:
    """Does dropped furniture stand right above or below the line (a blank line between at
    most)?"""
    number = lines[index][0]
    return any(other in drop and abs(lines[other][0] - number) <= 2
               for other in (index - 1, index + 1) if 0 <= other < len(lines))


def drop_furniture(essay: etree._Element, lines: list[Line], title: str, authors: list[str],
                   body_end: int, counted: bool = False) -> tuple[list[Line], set[int]]:
    """Drop page furniture (logged), and the page lines pagenumbers.py finds (``counted``: the
    title page's '1' went); also the line numbers dropped."""
    from .hardwrap import wrapped_breaks
    from .pagenumbers import counted_pages

    drop = furniture(lines, title, authors, body_end, bool(wrapped_breaks(lines[:body_end])))
    drop |= counted_pages(lines, body_end, title, counted)
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


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _called(number: int, text: str) -> bool:
    """Does the text call note ``number``: glued to a lower-case word or to punctuation after
    one ('state.1', 'claims3', 'exception,2', 'vice."4'), or in superscript digits
    ('state.¹')? Never after a capital or a digit ('T1', 'H5N1', 'G7'), except glued to a
    whole number's full stop before the next sentence or at the line's end ('Act of 1877.3
    George', 'in April 1994.6'), never in a decimal ('rose 2.3 per cent')."""
    sup = str(number).translate(_SUPERSCRIPT)
    return bool(re.search(
        rf"(?:(?<=[^\W\d_A-Z])|(?<=[^\W\d_A-Z][.,;:!?)’”\"'])|(?<=[^\W\d_A-Z][.,;:!?][)’”\"'])){number}(?![\d.,]\d)(?=\W|$)"
        rf"|(?<![\d.,])\d{{1,4}}\.{number}(?=\s+[A-Z“\"‘']|\s*$)"
        rf"|(?<=[^\s\d⁰¹²³⁴⁵⁶⁷⁸⁹]){sup}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])", text))


def _opens_note(text: str) -> bool:
    """A note's text starts with a capital, a quotation mark or a bracket."""
    return text[:1].isupper() or text[:1] in "“\"‘'(["


@dataclass
class _Scan:
    """What the footnote scan found: the body left, the notes, the changes to log."""

    body: list[Line] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)
    changes: list[tuple[str, int, str, str]] = field(default_factory=list)
    resumed: bool = False  # body text goes on under a block of footnotes: a page's bottom


def footnotes(essay: etree._Element, lines: list[Line], dropped: set[int], title: str = "",
              authors: tuple[str, ...] | list[str] = (), paged: bool = True
              ) -> tuple[list[Line], list[Line]]:
    """Body lines without the page-bottom footnotes, and the footnotes in order; the furniture
    under a block of footnotes goes too (all logged). Without other evidence of pages
    (``paged``: furniture dropped, lines cut at a width) it takes two footnotes at least with
    body text under the first block. It moves nothing when the notes would take a third of
    the words or one note more than a few hundred (a warning instead)."""
    scan = _scan(lines, dropped, title, list(authors))
    if not scan.notes or not (paged or (len(scan.notes) >= 2 and scan.resumed)):
        return lines, []
    if _too_long(essay, scan, lines):
        return lines, []
    for rule, number, before, after in scan.changes:
        T.log_change(essay, rule, number, before, after)
    return scan.body, scan.notes


def _too_long(essay: etree._Element, scan: _Scan, lines: list[Line]) -> bool:
    """Would the notes swallow the body: a third of its words, or a note of hundreds of words?
    (Then a warning is given.)"""
    total = sum(len(text.split()) for _, text in lines)
    moved = [len(text.split()) for _, text in scan.notes]
    if sum(moved) * 3 <= total and max(moved) <= _MAX_NOTE_WORDS:
        return False
    T.diagnose(essay, "warning", FOOTNOTES,
               f"page footnotes left in the body: as notes they would take {sum(moved)} of "
               f"{total} words (the longest {max(moved)})", scan.notes[0][0])
    return True


def _scan(lines: list[Line], dropped: set[int], title: str, authors: list[str]) -> _Scan:
    """Find the footnotes under each page's text: a block of notes n, n+1, … called in the
    text above, each with its wrapped lines, up to the next page's furniture or body."""
    scan = _Scan()
    gone = set(dropped)
    expected = 1
    called = ""  # the body's text since the last footnotes: where their calls stand
    in_note = open_note = after_block = False
    for index, (number, text) in enumerate(lines):
        gap = _next_to_gap(lines, index, gone) or bool(
            scan.body and scan.body[-1][0] == number - 1 and _ENDS.search(scan.body[-1][1]))
        start = note_start(text, glued=True)
        dotted = bool(re.match(rf"{expected}\.\s", text))  # '1. Amadou Traore, …'
        if start is not None and start[0] == expected and \
                (gap or in_note or after_block or dotted) and \
                _opens_note(start[1]) and _called(expected, called):
            # a number glued to the text ('1United …') gets its space: the notes list reads it
            scan.notes.append((number, text if note_start(text) else f"{start[0]} {start[1]}"))
            scan.changes.append((FOOTNOTES, number, text, "(to the notes)"))
            expected += 1
            in_note, open_note, after_block = True, _open_note(text), False
            continue
        furniture_line = (in_note or after_block) and page_furniture(text, title, authors)
        if in_note and open_note and not furniture_line and not _next_to_gap(lines, index, gone):
            first, above = scan.notes[-1]
            scan.notes[-1] = (first, f"{above} {text}")
            scan.changes.append((FOOTNOTES, number, text, "(to the notes)"))
            open_note = _open_note(text)
            continue
        if furniture_line:  # the next page's running head or number, under the footnotes
            gone.add(number)
            scan.changes.append((FURNITURE, number, text, ""))
            in_note, after_block = False, True
            continue
        if in_note or after_block:
            called = ""
            scan.resumed = True
        in_note = after_block = False
        scan.body.append((number, text))
        called += " " + text
    return scan


def page_furniture(text: str, title: str, authors: list[str]) -> bool:
    """A line a page's edge gives: a bare page number (never a year), a running head with the
    author's surname and the page number ('Pritchard 2') or naming the essay beside a number,
    or the running title."""
    stripped = text.strip()
    if PAGE_NUMBER.match(stripped):
        return not _YEAR.fullmatch(re.sub(r"\D", "", stripped))
    return author_header(text, authors) or running_title(text, title) or (
        header_candidate(text) and _edge_number(text) is not None
        and _names_the_essay(text, title, authors))


def _open_note(text: str) -> bool:
    """Does a footnote's line leave it unfinished: no full stop at its end, or one after an
    abbreviation or an initial ('ed.', 'trans.', 'vol.', 'J.') that a line may end with?"""
    return not _NOTE_END.search(text) or bool(_ABBREVIATION_END.search(text))


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
