"""Words set in small capitals and pasted as capitals, put back in normal case.

The Bluebook sets a book's author and title in large and small capitals; pasted as plain text
they arrive in capitals (``RICHARD H. FALLIN, JR. ET AL., THE FEDERAL COURTS AND THE FEDERAL
SYSTEM``). A text with no lower-case letter at all is read as such:

* **Names**: each word capitalised (``FALLIN`` → ``Fallin``, ``O'NEIL`` → ``O'Neil``,
  ``SMITH-JONES`` → ``Smith-Jones``), ``JR.``/``SR.`` → ``Jr.``/``Sr.``, ``ET AL.`` →
  ``et al.``; a generation (``III``) and initials (``H.``) stay.
* **Titles**: title case, the short words (articles, conjunctions, short prepositions) in
  lower case unless first or after a colon; a word with full stops inside (``U.S.``), a
  roman numeral and an acronym stay as written: a known one (``NATO``, ``UN``, ``FBI``; never
  an English word such as ``WHO`` or ``US``), a word of two letters or more with no vowel
  (``NHS``, ``BBC``; never ``MR.``, ``DR.``, nor ``MY``, ``Y`` being a vowel) or one holding a
  digit (``G20``, ``COVID-19``); an ordinal or a decade is lower-cased after its figures
  (``3RD`` → ``3rd``, ``1990S`` → ``1990s``).
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
# acronyms a title in capitals keeps: the organisations the parser knows (``features.ORG``)
# and well-known bodies whose letters could be read as a word ('NATO AND THE UN' is never
# 'Nato and the Un'); never a word of the language ('WHO', 'US', 'IT')
_ACRONYMS = frozenset(w.upper() for w in ORG if w in {
    "unicef", "unhcr", "unesco", "oecd", "nato", "imf", "icrc", "ictr", "icty", "ngo", "bbc",
    "cnn"}) | frozenset(
    "UN EU UK USA USSR AI FBI CIA NSA NASA NAACP ACLU WTO UNDP UNEP OPEC ASEAN NAFTA IRA IRS "
    "EPA FDA FCC SEC FTC DOJ DOD NGOS NGO HIV AIDS DNA RNA GDP ICC ICJ ECHR ECJ OSCE OAS GATT "
    "UAE ANC PLO SEATO KGB EEC ECB IAEA OAU UNSC COVID".split())
# abbreviations and words with no vowel that are no acronyms: 'MR. SMITH', 'DR. NO', 'HMM'
_NOT_ACRONYM = frozenset("MR MRS MS DR ST JR SR VS PP CH NO CF HMM SH".split())
_SUFFIX = {"JR.": "Jr.", "SR.": "Sr.", "JR": "Jr", "SR": "Sr"}


def in_capitals(text: str) -> bool:
    """Does the text hold two capital letters or more and no lower-case letter?"""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _word(word: str) -> str:
    """'FALLIN' → 'Fallin', "O'NEIL" → "O'Neil", 'SMITH-JONES' → 'Smith-Jones',
    'MCDONALD' → 'McDonald'."""
    word = re.sub(r"[^\W\d_]+", lambda m: m.group()[:1] + m.group()[1:].lower(), word)
    word = re.sub(r"(?<=\d)[^\W\d_]+", lambda m: m.group().lower(), word)  # "1990S", "3RD"
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
    """'NATO', 'UN', 'BBC', 'G20', 'COVID-19', "NATO'S" (a word of capitals a title keeps)."""
    bare = unicodedata.normalize("NFD", word.rstrip(".").removesuffix("'S").removesuffix("’S"))
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    if bare in _ACRONYMS:
        return True
    if bare[:1].isalpha() and any(c.isdigit() for c in bare):
        return True  # 'G20', 'COVID-19'
    return len(bare) >= 2 and bare.isascii() and bare.isalpha() and \
        not any(c in "AEIOUY" for c in bare) and bare not in _NOT_ACRONYM


def _title_word(word: str) -> str:
    """'FEDERAL' → 'Federal', '1990S' → '1990s'; the acronyms of a word kept ('BBC-NATO')."""
    word = re.sub(r"[^\W\d_]+", lambda m: m.group() if _acronym(m.group()) else
                  m.group()[:1] + m.group()[1:].lower(), word)
    word = re.sub(r"(?<=\d)[^\W\d_]+", lambda m: m.group().lower(), word)  # '1990S', '3RD'
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
        if "." in core.rstrip(".") or _ROMAN.fullmatch(core) or _acronym(core):
            out.append(re.sub(r"(?<=[A-Z])(['’])S\b", r"\1s", word))  # 'NATO's'
        elif core.lower() in _SMALL and not first:
            out.append(word.lower())
        else:
            out.append(_title_word(word))
        first = word.endswith((":", "?", "!", "—")) or word in ("—", "–")
    return " ".join(out)
