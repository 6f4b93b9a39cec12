"""A paragraph that opens with a run-in heading ('Experimental evidence. In a laboratory
study, …'): APA's levels 4 and 5 (and APA 6's level 3 and 4), which Word pastes indented with
a tab. The indent is the heading's, so the paragraph is the author's own text, no block
quotation (rule block-quote). APA asks for two headings at a level or none, so two such
indented paragraphs at least make them headings; one under a lead-in that ends in a colon
('As Walker (2017) put it:') stays a quotation."""

from __future__ import annotations

import re

# a short phrase with no stop inside, a full stop, then the paragraph's first sentence
_OPENING = re.compile(r"^([^\W\d_][^.!?:;,()\[\]\d]{0,70}?)\.\s+(?=[\"“‘(]?[A-Z])")
_WORD = re.compile(r"^(?:[^\W\d_]+(?:['’-][^\W\d_]+)*|&)$")
_MAX_WORDS = 8
_MIN_REST = 8  # words of the paragraph after the heading
# what makes a phrase a sentence, not a heading: a verb of being, having or saying, a
# pronoun, a negation
_CLAUSE_WORDS = frozenset(
    "is are was were be been being am has have had do does did will would shall should can "
    "could may might must i we you he she it they me us him her them my our your his its "
    "their this that these those there here not no said says say".split())
# a one-word opening that starts a sentence, not a section: 'Indeed.', 'Yes.'
_SENTENCE_WORDS = frozenset(
    "indeed however therefore thus still yet again well yes okay oh so then now hence "
    "perhaps maybe sure true right wrong enough exactly".split())


def run_in_heading(text: str) -> bool:
    """Does the paragraph open with a run-in heading: a phrase of one to eight words (no
    digits, no verb of being or having, no pronoun), a full stop, then at least eight words
    of text starting with a capital? An abbreviation ('Dr.', 'J.') or a one-word sentence
    ('Indeed.', 'Clearly.') opens no heading."""
    text = text.strip()
    match = _OPENING.match(text)
    if match is None:
        return False
    words = match.group(1).split()
    if not words or len(words) > _MAX_WORDS or not all(_WORD.match(w) for w in words):
        return False
    if any(w.lower() in _CLAUSE_WORDS for w in words):
        return False
    if len(words) == 1 and (len(words[0]) < 5 or words[0].lower() in _SENTENCE_WORDS or
                            words[0].lower().endswith("ly")):
        return False
    return len(text[match.end():].split()) >= _MIN_REST


def unmark_run_ins(lines: list[tuple[int, str]], marked: list) -> list:
    """The marks of indented lines (``marked``, one per line, None for a line not indented)
    without those of paragraphs that open with a run-in heading, when two or more do; one
    under a line ending in a colon keeps its mark."""
    found = [index for index, ((number, text), mark) in enumerate(zip(lines, marked,
                                                                      strict=True))
             if mark and run_in_heading(text) and not (
                 index and lines[index - 1][1].rstrip().endswith(":"))]
    if len(found) < 2:
        return marked
    return [None if index in found else mark for index, mark in enumerate(marked)]
