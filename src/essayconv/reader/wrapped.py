"""Rule join-reference-lines: a reference pasted over two lines is put back on one.

References copied from a PDF or a narrow column arrive cut at the line width:
``Smith, J. (2019) Eroding Pasts … Oxford: Oxbow`` then ``Books.``. A line is joined to the
line right above it (no blank line between) when that one ends open: always after a comma,
colon, semicolon, dash, ``&``, a word such as *of*, *and*, *the* or ``pp.``; after any other
letter or digit only when the line does not start like a reference of its own (``Surname, ``, ``Name
(2019)``, ``Name. 2019``, ``Name 2019`` in any script, a ditto dash, a number). A line that
ends a sentence, a bracket, a DOI or a web address is complete, except to a line that can
only go on (``and White, R.``, ``pp. 3-9``, ``(Accessed: …)``); a web address cut after ``/``
or ``-`` is continued without a space.
"""

from __future__ import annotations

import re

from .. import tree as T

NAME = "join-reference-lines"
_PARTICLES = frozenset("van von de der den du da dos das di del la le ten ter ibn bin al el "
                       "d’ d'".split())
_NUMBERED = re.compile(r"^(?:\d+[.)]\s|\[\d+\]|[-—–_]{2,}|\d{4}[a-z]?\s)")
_YEAR_SOON = re.compile(r"^[^\W\d_][^()]{0,100}?(?:\(\s*|\.\s+|\s)(?:\d{4}|n\.\s?d\.)[a-z]?\b")
# a name then a volume, not given names: 'Archaeology, 50(2)' (never a year: 'Smith, 2019')
_VOLUME_AFTER = re.compile(r"^[^,(]{1,60},\s*(?:vol\.\s*)?\d{1,3}(?!\d)", re.I)
# a law report's case name and year, a statute's short title and year
_CASE = re.compile(r"^(?:R\s)?[(A-Z][^\[\]]{0,120}?\sv\s[A-Z(][^\[\]]{0,120}?[\[(]"
                   r"(?:1[5-9]|20)\d\d[\])]")
_STATUTE = re.compile(r"^[A-Z][\w’'(),\- ]{0,120}?\sAct\s(?:1[5-9]|20)\d\d\b")
# an unsigned work, title first: '“Rising Tides: Fiction and Climate” (2020) The Economist'
_TITLE_FIRST = re.compile(r"^[“\"‘'][^”\"’]{3,200}[”\"’'][.,]?\s*\(?(?:1[5-9]|20)\d\d")
_PUBLISHING = frozenset("press university books publishers publishing verlag editions".split())
_OPEN_WORDS = frozenset("of and the in for on to a an at by with from".split())
_ADDRESS = re.compile(r"(?:https?://|www\.|doi:)\S+|\S*\w[./]\w\S*", re.I)
# a line that can only go on what the line above began: 'and White, R. (2019) …', 'pp. 3-9'
_GOES_ON = re.compile(r"^(?:(?:and|&|pp?\.|eds?\.|vol\.|no\.|in:)\s|[(\[]?(?:accessed|viewed|"
                      r"retrieved)\b)", re.I)
# a line ending in one of these goes on: '… New York: ACM, pp.' / '469-481.'
_OPEN_ABBREVIATIONS = frozenset("pp. p. vol. no. eds. ed. in: trans.".split())


def _starts_reference(text: str) -> bool:
    """Does the line open a reference: a number, a name and a year, or 'Surname, '? A line
    starting in lower case does only with a particle or a capital inside its first word:
    'van der Berg, K.', 'al-Azmeh, A.', 'iRobot Corporation (2020)'."""
    if _NUMBERED.match(text):
        return True
    first = text.split()[0]
    if text[:1].islower() and not (first in _PARTICLES or any(c.isupper() for c in first)
                                   or re.match(r"(?:al|el|ibn|bin|d)[-’']", first)):
        return False  # 'in Norfolk after 1953’': the line above goes on; not 'al-Azmeh, A.'
    if text[:1].islower():
        return True
    head = text.split(",")[0].split()
    if len(head) <= 4 and any(w.lower().strip(".") in _PUBLISHING for w in head) and \
            re.match(r"^[^(]*?,\s*\d", text):
        return False  # 'University Press, 2015.': the publisher of the line above
    if _CASE.match(text) or _STATUTE.match(text) or _TITLE_FIRST.match(text):
        return True  # OSCOLA: 'Ghaidan v Godin-Mendoza [2004] UKHL 30', 'Human Rights Act 1998'
    if _VOLUME_AFTER.match(text):
        return False  # 'Archaeology, 50(2), 1–20.': a journal's name goes on, no surname
    if _YEAR_SOON.match(text):
        return True
    head, comma, _ = text.partition(",")
    words = head.split()
    return bool(comma) and 1 <= len(words) <= 4 and words[-1][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _PARTICLES or w.lower().startswith(("d’", "d'"))
        for w in words)


def _ending(text: str) -> str:
    """'address' (a web address or DOI cut after '/', '-', '.' …), 'forced' (a comma, colon,
    '&', 'of' …), 'open' (a word) or 'complete'."""
    text = text.rstrip()
    last = text.split()[-1] if text.split() else ""
    if _ADDRESS.fullmatch(last):
        return "address" if last[-1:] in "/-_=?&#" else "complete"  # '….0039-9.' ends
    if text[-1:] in ",:;-–—&" or last in _OPEN_WORDS or last.lower() in _OPEN_ABBREVIATIONS:
        return "forced"
    return "open" if text[-1:].isalnum() else "complete"  # '… Proceedings of the 2020'



def join_reference_lines(essay, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Join each continuation line to the reference above it; log every join."""
    out: list[tuple[int, list[str]]] = []  # (first source line, the lines joined)
    last = 0  # the source line of the last line taken
    for number, text in items:
        text = " ".join(text.split())
        ending = _ending(out[-1][1][-1]) if out and number == last + 1 and text else "complete"
        if ending == "address" and " " not in text.split("(")[0].strip():
            out[-1][1][-1] += text  # 'https://…/reports/' + 'coastal-erosion (Accessed …)'
            T.log_change(essay, NAME, number, text, out[-1][1][-1][-80:])
        elif ending == "forced" or (ending in ("open", "complete") and _GOES_ON.match(text)) \
                or (ending == "open" and not _starts_reference(text)):
            above = out[-1][1][-1]
            context = ("…" if len(above) > 60 or len(out[-1][1]) > 1 else "") + above[-60:]
            T.log_change(essay, NAME, number, text, f"{context} {text}")
            out[-1][1].append(text)
        else:
            out.append((number, [text]))
        last = number
    return [(first, " ".join(parts)) for first, parts in out]
