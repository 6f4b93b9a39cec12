"""Rule glued-words: split words glued by a lost space, drop a duplicated capital after 's."""

from __future__ import annotations

import re
from collections import Counter

from .text import document_words, slots, substitute

NAME = "glued-words"
GLUED = re.compile(r"(?<![\w'’])([a-z]{2,})([A-Z][A-Za-z]*)(['’]s)?([A-Z])?(?![\w'’])")
# a capitalised function word glued to a capitalised word or an acronym: 'TheUNHCR',
# 'TheInternal', 'InJanuary'; never a name's own capital ('McDonald', 'DeVos', 'LeBron'), and
# never an all-capital word ('ABC' is no 'A BC')
FUNCTION_WORDS = ("The", "An", "A", "In", "Of", "And", "For", "To", "On", "At", "By", "With",
                  "From")
GLUED_CAPITAL = re.compile(
    r"(?<![\w'’-])(" + "|".join(FUNCTION_WORDS) + r")"
    r"([A-Z]{2,}s?|[A-Z][a-z]{2,})(['’]s)?(?![\w'’-])")
_CALENDAR = re.compile(r"January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                       r"Sunday")
_WORD = re.compile(r"(?<![\w'’-])[\w'’-]+(?![\w'’-])")
_POSSESSIVE = re.compile(r"['’]s$")


def apply(essay) -> None:
    """'forUNAMIR'sR' → 'for UNAMIR's' when 'for' and 'UNAMIR' stand alone elsewhere;
    'TheUNHCR' → 'The UNHCR' and 'TheInternal' → 'The Internal' (see split_function_word)."""
    known = document_words(essay)

    def repair(match: re.Match[str]) -> str | None:
        prefix, stem, possessive, stray = match.groups()
        if prefix not in known or stem not in known and f"{stem}{possessive or ''}" not in known:
            return None
        if stray and not (possessive and stray == stem[-1].upper()):
            return None
        return f"{prefix} {stem}{possessive or ''}"

    substitute(essay, NAME, GLUED, repair)
    split_function_word(essay, known)


def split_function_word(essay, known: set[str]) -> None:
    """A capitalised function word (The, A, An, In, Of, And, For, To, On, At, By, With, From)
    glued to the next word: 'TheUNHCR has…' → 'The UNHCR has…', 'TheInternal Displacement…'
    → 'The Internal Displacement…'. The second word must stand alone elsewhere in the text
    in small letters ('internal') or be a month or a day ('InJanuary'), or be an acronym
    after 'The' ('TheUNHCR') or one the text uses alone after 'For', 'Of', 'To' … ('ForNGOs');
    never a name spelt so ('InSAR', 'FromSoftware', 'InVision'), nor a glued form the text
    writes twice or more ('InDesign')."""
    counts = Counter(_POSSESSIVE.sub("", word) for slot in slots(essay)
                     for word in _WORD.findall(slot.get()))

    def repair(match: re.Match[str]) -> str | None:
        prefix, word, possessive = match.groups()
        if counts[f"{prefix}{word}"] > 1:
            return None
        acronym = word[1].isupper()
        stem = word[:-1] if acronym and word.endswith("s") else word
        if acronym and (prefix in ("A", "An", "In", "And") or
                        prefix != "The" and stem not in known and word not in known):
            return None  # 'InSAR', 'ASEAN', 'AIDS': names and words spelt so
        if not acronym and word.lower() not in known and not _CALENDAR.fullmatch(word):
            return None  # 'FromSoftware', 'InVision': names; 'InJanuary' splits
        return f"{prefix} {word}{possessive or ''}"

    substitute(essay, NAME, GLUED_CAPITAL, repair)
