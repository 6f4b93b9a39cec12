"""Words set in small capitals and pasted as capitals, put back in normal case.

The Bluebook sets a book's author and title in large and small capitals; pasted as plain text
they arrive in capitals (``RICHARD H. FALLIN, JR. ET AL., THE FEDERAL COURTS AND THE FEDERAL
SYSTEM``). A text with no lower-case letter at all is read as such:

* **Names**: each word capitalised (``FALLIN`` → ``Fallin``, ``O'NEIL`` → ``O'Neil``,
  ``SMITH-JONES`` → ``Smith-Jones``), ``JR.``/``SR.`` → ``Jr.``/``Sr.``, ``ET AL.`` →
  ``et al.``; a generation (``III``) and initials (``H.``) stay.
* **Titles**: title case, the short words (articles, conjunctions, short prepositions) in
  lower case unless first or after a colon; a word with full stops inside (``U.S.``), a
  roman numeral and an acronym stay as written: a word of two to five letters with no vowel
  (``NHS``, ``BBC``; never ``MR.``, ``DR.``, nor ``MY``, ``Y`` being a vowel) or a known
  acronym (``NATO``, ``UN``, ``FBI``; never an English word such as ``WHO`` or ``US``).
"""

from __future__ import annotations

import re
import unicodedata

from .features import ORG

__all__ = ["in_capitals", "name_case", "title_case"]

_SMALL = {"a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "to", "at",
          "by", "as", "with", "from", "into", "upon", "via", "v.", "vs."}
# a roman numeral of two letters or more ('II', 'XIV'; never 'CIVIL'); in a name only a
# generation ('III')
_ROMAN = re.compile(r"(?=[IVXLC]{2})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_GENERATION = {"II", "III", "IV"}
# acronyms written as capitals: the organisations the parser knows (``features.ORG``) and
# common ones; never a word of the language ('WHO', 'US', 'IT')
_ACRONYMS = frozenset(w.upper() for w in ORG if w in {
    "unicef", "unhcr", "unesco", "oecd", "nato", "imf", "icrc", "ictr", "icty", "ngo", "bbc",
    "cnn"}) | frozenset(
    "UN EU UK USA USSR AI FBI CIA NSA NASA NAACP ACLU WTO UNDP UNEP OPEC ASEAN NAFTA IRA IRS "
    "EPA FDA FCC SEC FTC DOJ DOD NGOS NGO HIV AIDS DNA RNA GDP ICC ICJ ECHR ECJ".split())
# abbreviations with no vowel that are no acronyms: 'MR. SMITH', 'DR. NO'
_NOT_ACRONYM = frozenset("MR MRS MS DR ST JR SR VS PP CH NO".split())
_SUFFIX = {"JR.": "Jr.", "SR.": "Sr.", "JR": "Jr", "SR": "Sr"}


def in_capitals(text: str) -> bool:
    """Does the text hold two capital letters or more and no lower-case letter?"""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _word(word: str) -> str:
    """'FALLIN' → 'Fallin', "O'NEIL" → "O'Neil", 'SMITH-JONES' → 'Smith-Jones',
    'MCDONALD' → 'McDonald'."""
    word = re.sub(r"[^\W\d_]+", lambda m: m.group()[:1] + m.group()[1:].lower(), word)
    return re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), word)


def name_case(text: str) -> str:
    """Names pasted in capitals in normal case ('JOHN C. SCHWERIN JR. ET AL.' → 'John C.
    Schwerin Jr. et al.'); a text with lower-case letters is returned unchanged."""
    if not in_capitals(text):
        return text
    text = re.sub(r"\bET\s+AL\.", "et al.", text)
    out = []
    for word in text.split(" "):
        bare = word.rstrip(",")
        tail = word[len(bare):]
        if bare in _SUFFIX:
            bare = _SUFFIX[bare]
        elif bare not in _GENERATION and bare not in ("et", "al."):
            bare = bare if re.fullmatch(r"[A-Z]\.(?:-?[A-Z]\.)*", bare) else _word(bare)
        out.append(bare + tail)
    return " ".join(out)


def _acronym(word: str) -> bool:
    """'NHS', 'BBC' (two to five letters, no vowel) or a known acronym ('NATO', 'FBI')."""
    bare = unicodedata.normalize("NFD", word)
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    if bare in _ACRONYMS:
        return True
    return 2 <= len(bare) <= 5 and bare.isascii() and bare.isalpha() and \
        not any(c in "AEIOUY" for c in bare) and bare not in _NOT_ACRONYM


def _title_word(word: str) -> str:
    """'FEDERAL' → 'Federal'; the acronyms of a word kept ('NATO', 'BBC-NATO' stays)."""
    word = re.sub(r"[^\W\d_]+", lambda m: m.group() if _acronym(m.group()) else
                  m.group()[:1] + m.group()[1:].lower(), word)
    return re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), word)


def title_case(text: str) -> str:
    """A title pasted in capitals in title case ('SHIELDED: THE STORY OF IMMUNITY' →
    'Shielded: The Story of Immunity'); a text with lower-case letters is returned unchanged."""
    if not in_capitals(text):
        return text
    out = []
    first = True
    for word in text.split(" "):
        core = word.strip("“”\"‘’'(),:;!?")
        if not core:
            out.append(word)
            continue
        if "." in core.rstrip(".") or _ROMAN.fullmatch(core):
            out.append(word)  # 'U.S.', 'II'
        elif core.lower() in _SMALL and not first:
            out.append(word.lower())
        else:
            out.append(_title_word(word))
        first = word.endswith((":", "?", "!", "—")) or word in ("—", "–")
    return " ".join(out)
