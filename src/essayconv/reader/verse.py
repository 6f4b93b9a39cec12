"""Rule block-quote, verse: the lines of a verse quotation stay lines, indented or not.

A literature essay quotes verse line by line. Two shapes are read as a verse quotation:

* indented (two spaces or more, a tab, or '> ', as the block-quote rule reads it): two or
  more lines in a row, short (at most 60 characters, a note marker not counted), three words
  a line on average, most of them with no full stop at their end or every one opening with
  a capital. Never a prose quotation cut at a width (every line but the last full, the next
  word never fitting on it, a sentence going on in lower case: a column of prose), lines in
  Title Case (headings, a table of contents) nor, three lines or more, a list (see below).
* not indented: three or more lines in a row between prose paragraphs (prose above and
  below; never the lines before the first paragraph, the byline or the front matter; never
  the end of a sentence the line above began), each short, opening with a capital, two
  words long at least and four on average, most with no full stop at their end; the last
  closes a sentence or ends with a note marker. Never a list's items (every line but the
  last ends alike, with nothing or a comma, none runs on, no sentence ends inside one:
  verse varies its endings, 'life' / 'dark,', runs on, 'To tell' / 'About', or ends a
  sentence inside a line), Title Case lines, a lead-in ('… three things:'), a table's row
  (wide gaps, a figure at the end), a speaker's line ('Interviewer: …'), a list item, a
  caption, an address or a line in capitals. A heading or a lead-in over the lines is left
  out of them.

A line holding only a note marker ('[5]') right under the verse is its last line's.
The tables, the notes and the reference list are read before: they are never verse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lines import BARE_URL, CAPTION, EMAIL, LIST_ITEM, paragraph_like

# a body line indented two spaces or more, by a tab, or marked '> ': a block quotation's
QUOTE_LINE = re.compile(r"^(?:[ \u00a0]{2,}|\t+|>[ \t]?)(?=\S)")
_MARKERS = r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]"
MARKER_LINE = re.compile(rf"^(?:{_MARKERS}\s*)+$")
_TRAILING_MARKERS = re.compile(rf"(?:\s*{_MARKERS})+\s*$")
_MAX_LINE = 60
_PROSE_WIDTH = 45  # a column of prose is never narrower
_SENTENCE_END = re.compile(r"[.!?…]['’”\")\]]*$")
_FULL_STOP = re.compile(r"[.…]['’”\")\]]*$")
_OPENING = "“\"‘'(¡¿«"
_OWN_START = re.compile(r"^(?:[-*•–—]\s|\d{1,3}[.)]\s|[a-z][.)]\s)")
_SPEAKER = re.compile(r"^[A-Z][\w.’' ]{0,24}?\s*:\s+\S")
_TABLE_GAP = re.compile(r"\t|\S {3,}\S")
# a sentence closed inside a line and another begun: 'the right road lost. To tell'
_INNER_SENTENCE = re.compile(r"[^\W\d_][.!?;]['’”\"]?\s+['‘“\"]?[A-Z]")
# words that never end a phrase: a line ending on one goes on on the next (enjambment)
_GOES_ON = frozenset("a an the of to in on at by for from with and or nor but my his her its "
                     "our their your thy whose that which who".split())


@dataclass
class Verse:
    """A verse quotation: the numbers of its lines, and of the marker lines under it."""

    numbers: list[int]
    markers: list[int] = field(default_factory=list)

    @property
    def every(self) -> list[int]:
        return [*self.numbers, *self.markers]


def _body(text: str) -> str:
    """A line without its indentation or quotation mark, and without note markers at its end."""
    return _TRAILING_MARKERS.sub("", QUOTE_LINE.sub("", text)).strip()


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(_body(text)))


def _open(text: str) -> bool:
    """A line with no full stop at its end (a question's or an exclamation's mark may be
    a verse line's: 'Shall I compare thee to a summer's day?')."""
    return not _FULL_STOP.search(_body(text))


def _capital(text: str) -> bool:
    return _body(text).lstrip(_OPENING)[:1].isupper()


def _words(run: list[str]) -> float:
    return sum(len(_body(text).split()) for text in run) / len(run)


def _short(text: str) -> bool:
    body = _body(text)
    return 0 < len(body) <= _MAX_LINE


def _prose_column(run: list[str]) -> bool:
    """Lines of prose cut at a width: every line but the last fills it (the next word would
    not have fitted) and a sentence goes on in lower case (or a word is cut at a hyphen)."""
    bodies = [_body(text) for text in run]
    width = max(len(body) for body in bodies)
    if width < _PROSE_WIDTH:
        return False
    pairs = list(zip(bodies, bodies[1:], strict=False))
    full = all(len(line) >= 0.75 * width and len(line) + 1 + len(after.split()[0]) > width
               for line, after in pairs)
    lower = any(after[:1].islower() or line.endswith("-") for line, after in pairs)
    return full and lower


def _indented_verse(run: list[str]) -> bool:
    """Rule (a): an indented run of short lines, not a column of prose."""
    if len(run) < 2 or not all(_short(text) for text in run) or _words(run) < 3:
        return False
    return (sum(map(_open, run)) * 2 > len(run) or all(_capital(text) for text in run)) and \
        not _prose_column(run) and not _headings(run) and not (len(run) > 2 and _list(run))


def _title_like(text: str) -> bool:
    """A heading's or a title's line: most of its longer words capitalised."""
    words = [w.strip(_OPENING + ".,;:!?’”\")") for w in _body(text).split()[1:]]
    longer = [w for w in words if len(w) >= 4]
    return len(longer) >= 2 and sum(w[:1].isupper() for w in longer) >= 0.6 * len(longer)


def _candidate(text: str) -> bool:
    """A line that may be one of unindented verse: short, opening with a capital, no list
    item, caption, web or e-mail address, table row, speaker's line, line in capitals or
    line ending with a figure (a page number)."""
    body = _body(text)
    if not _short(text) or len(body.split()) < 2 or not _capital(text):
        return False
    return not (LIST_ITEM.match(body) or _OWN_START.match(body) or CAPTION.match(body)
                or BARE_URL.match(body) or EMAIL.search(body) or _SPEAKER.match(body)
                or _TABLE_GAP.search(body) or body[-1:].isdigit()
                or body.isupper())


def _lead_in(text: str) -> bool:
    """A line that announces what follows ('The study found three things:')."""
    return _body(text).endswith(":")


def _ending(text: str) -> str:
    """How a line ends: its last punctuation mark, or '' (none)."""
    last = _body(text).rstrip("’”\")]'")[-1:]
    return last if not last.isalnum() else ""


def _unindented_verse(run: list[str]) -> bool:
    """Rule (b): the lines of a run of candidates, read together, are verse."""
    if len(run) < 3 or _words(run) < 4 or _lead_in(run[0]):
        return False
    if sum(map(_open, run)) * 2 <= len(run):
        return False
    if _headings(run) or _prose_column(run) or _list(run):
        return False
    return _ends_sentence(run[-1]) or bool(_TRAILING_MARKERS.search(run[-1]))


def _headings(run: list[str]) -> bool:
    """More than a third of the lines are Title Case: headings, titles, a table of contents."""
    return sum(map(_title_like, run)) * 3 > len(run)


def _list(run: list[str]) -> bool:
    """Lines read as a list's items: every line but the last ends alike (with nothing, a
    comma, a semicolon), none ends on a word that cannot end a phrase, and no sentence ends
    inside one. Verse varies its endings ('life' / 'dark,'), runs on ('To tell' / 'About')
    or breaks its sentences inside a line."""
    varied = len({_ending(text) for text in run[:-1]}) > 1
    inner = any(_INNER_SENTENCE.search(_body(text)) for text in run)
    enjambed = any(_body(text).split()[-1].lower() in _GOES_ON for text in run[:-1])
    return not (varied or inner or enjambed)


def _prose(text: str) -> bool:
    body = QUOTE_LINE.sub("", text).strip()
    return len(body) > _MAX_LINE or paragraph_like(body)


def find_verse(lines: list[tuple[int, str]], indenting: bool = True) -> list[Verse]:
    """The verse quotations among the body's lines (numbers and texts, blank lines left out:
    a gap in the numbers is one). ``indenting`` is false where most lines are indented (the
    indentation then means nothing and every line counts as not indented)."""
    marked = [indenting and bool(QUOTE_LINE.match(text)) and
              not LIST_ITEM.match(text.strip()) for _, text in lines]
    found: list[Verse] = []
    index = 0
    while index < len(lines):
        end = _run_end(lines, marked, index)
        if end is None:
            index += 1
            continue
        run = [text for _, text in lines[index:end]]
        if marked[index] and _indented_verse(run) or not marked[index] and \
                _unindented_verse(run) and _between_prose(lines, index, end):
            verse = Verse([number for number, _ in lines[index:end]])
            while end < len(lines) and lines[end][0] == lines[end - 1][0] + 1 and \
                    MARKER_LINE.match(_unmarked(lines[end][1])):
                verse.markers.append(lines[end][0])
                end += 1
            found.append(verse)
            index = end
        elif not marked[index] and (_title_like(run[0]) or _lead_in(run[0])):
            index += 1  # a heading or a lead-in over the lines: they may be verse without it
        else:
            index = end
    return found


def _run_end(lines: list[tuple[int, str]], marked: list[bool], start: int) -> int | None:
    """The end of the run of lines in a row (no blank line between) from start: indented
    ones, or candidates for unindented verse; None if the line starts none."""
    if not marked[start] and not _candidate(lines[start][1]):
        return None
    end = start + 1
    while end < len(lines) and lines[end][0] == lines[end - 1][0] + 1 and \
            marked[end] == marked[start] and (marked[end] or _candidate(lines[end][1])) and \
            not MARKER_LINE.match(_unmarked(lines[end][1])):
        end += 1
    return end


def _unmarked(text: str) -> str:
    return QUOTE_LINE.sub("", text).strip()


def _between_prose(lines: list[tuple[int, str]], start: int, end: int) -> bool:
    """Is the run lines[start:end] between prose paragraphs? Prose above it (never the lines
    before the first paragraph: the byline, the front matter) and below it; a line of prose
    right above it (no blank line between) closes its sentence, or the run's first line
    would be its end."""
    above = lines[start - 1][1] if start else ""
    if start and lines[start - 1][0] == lines[start][0] - 1 and \
            len(_unmarked(above)) > _MAX_LINE and not _SENTENCE_END.search(above) and \
            not _TRAILING_MARKERS.search(above) and not above.rstrip().endswith((":", ";")):
        return False
    return any(_prose(text) for _, text in lines[:start]) and \
        any(_prose(text) for _, text in lines[end:])
