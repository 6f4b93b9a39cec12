"""Words set in small capitals and pasted as capitals, put back in normal case.

The Bluebook sets a book's author and title in large and small capitals; pasted as plain text
they arrive in capitals (``RICHARD H. FALLIN, JR. ET AL., THE FEDERAL COURTS AND THE FEDERAL
SYSTEM``). A text with no lower-case letter at all is read as such:

* **Names**: each word capitalised (``FALLIN`` → ``Fallin``, ``O'NEIL`` → ``O'Neil``,
  ``SMITH-JONES`` → ``Smith-Jones``), ``JR.``/``SR.`` → ``Jr.``/``Sr.``, ``ET AL.`` →
  ``et al.``; a generation (``III``) and initials (``H.``) stay.
* **Titles**: title case, the short words (articles, conjunctions, short prepositions) in
  lower case unless first or after a colon; a word with full stops inside (``U.S.``), a
  roman numeral and an acronym (``NATO``, ``UN``, ``BBC``: a well-known one, one with no
  vowel, one holding a digit) stay as written.
"""

from __future__ import annotations

import re

__all__ = ["in_capitals", "name_case", "title_case"]

_SMALL = {"a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "to", "at",
          "by", "as", "with", "from", "into", "upon", "via", "v.", "vs."}
# a roman numeral of two letters or more ('II', 'XIV'; never 'CIVIL'); in a name only a
# generation ('III')
_ROMAN = re.compile(r"(?=[IVXLC]{2})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_GENERATION = {"II", "III", "IV"}
# acronyms a title in capitals keeps: well-known bodies and places whose letters could be
# read as a word ('NATO AND THE UN' is never 'Nato and the Un'); any word with no vowel
# ('BBC', 'NHS') or with a digit ('G20', 'COVID-19') is one too
# ('US' is left out: 'THE WORLD AND US'; 'MR', 'ST' and the like are words)
_ACRONYMS = {"UN", "USA", "UK", "EU", "NATO", "OSCE", "OECD", "UNESCO", "UNICEF", "UNHCR",
             "ASEAN", "OPEC", "NASA", "AIDS", "HIV", "WTO", "IMF", "NGO", "NGOS", "ICC", "ICJ",
             "ECHR", "OAS", "GATT", "NAFTA", "UAE", "USSR", "ANC", "PLO", "SEATO", "CIA", "FBI",
             "KGB", "GDP", "AI", "EEC", "ECB", "UNDP", "IAEA", "OAU", "UNSC", "NAACP", "ACLU",
             "COVID"}
_VOWELLESS_WORDS = {"MR", "MRS", "MS", "DR", "ST", "JR", "SR", "PP", "VS", "CF", "HMM", "SH"}
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
    """'NATO', 'UN', 'BBC', 'G20', 'COVID-19' (a word of capitals a title keeps)."""
    word = word.rstrip(".").removesuffix("'S").removesuffix("’S")
    if word in _ACRONYMS:
        return True
    if word[:1].isalpha() and any(c.isdigit() for c in word):
        return True  # 'G20', 'COVID-19'
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and word.isalpha() and word not in _VOWELLESS_WORDS and \
        not any(c in "AEIOUY" for c in letters)


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
            out.append(_word(word))
        first = word.endswith((":", "?", "!", "—")) or word in ("—", "–")
    return " ".join(out)
