"""A note split into its citations at ``;``, except inside parentheses/brackets, a quoted
title (``"…"``, ``“…”``, ``‘…’``, or ``'…'`` where ``'`` opens only after a space or bracket,
so apostrophes as in *N'Sele*, *Rwanda's* never open a quote; a quote kind that never closes
is ignored, so one stray quote cannot glue a note) or a Vancouver reference (its date and
volume, ``2018 Jun;108(6)``, or its publisher and year, ``Geneva: WHO; 2023``); and put back
together where one title's ``;`` split it.  Also where a bracket closes (``match_paren``)."""

from __future__ import annotations

import re

from .ama import group_semicolon, publisher_year_semicolon
from .phrases import CONTRIBUTED

_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = {v: k for k, v in _OPEN.items()}


# Vancouver's 'Environ Sci Technol. 2016;50(20):10777-9', '2018 Jun;108(6):488-94',
# '2019;5:22': the date (a year, its month or months and day), then the volume
_VANCOUVER_DATE = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?:\s+[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?"
                             r"(?:\s+\d{1,2})?)?(?:\s*\[cited[^\[\]]{4,30}\])?$")
_VANCOUVER_VOLUME = re.compile(r"\s?\d+(?:\s?\([^)]{1,12}\))?\s?:\s?(?:[A-Za-z]?\d|\[)|"
                               r"\s?(?!(?:1[5-9]|20)\d\d\b)\d+(?:\s?\([^)]{1,12}\))?\.?(?:\s|$)")
# (a volume with no pages is never a year: 'Smith 1997; 2001.' is two citations)
# and a book's 'Geneva: World Health Organization; 2023.': the place and publisher, then the
# year (a sentence of its own, or '[cited …]' after it)
_STATEMENT_THEN_YEAR = re.compile(r"\s?c?(?:1[5-9]|20)\d\d(?:-\d\d(?:\d\d)?)?"
                                  r"(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?"
                                  r"(?=\.(?:\s|$)|\s*\[|\s*$)")
_PLACE_PUBLISHER = re.compile(r"(?:^|[.?!]\s)[A-Z][^.;:()\[\]]{1,60}(?:\([A-Z]{2,3}\))?:\s*"
                              r"[A-Z][^.;:]{1,120}(?:\b(?:Inc|Ltd|Co|Corp)\.)?$")


# CS1's authors 'Dobson, P.; Reilly, K. (2018).', 'Dobson, Paul; Reilly, Kate; Ames, J.
# (2018)': one 'Family, Given' before the ';', and after it only more such names up to the
# bracketed date
_CS1_NAME = (r"[A-Z\u00c0-\u00de][\w'’-]+(?:\s[A-Z\u00c0-\u00de][\w'’-]+)?,\s"
             r"(?:[A-Z][\w'’.-]*\s?){1,3}")
_CS1_BEFORE = re.compile(rf"(?:^|;\s?){_CS1_NAME}$")
_CS1_AFTER = re.compile(rf"\s?(?:{_CS1_NAME};\s?)*{_CS1_NAME}\s?\((?:\d{{1,2}}\s)?"
                        r"(?:[A-Z][a-z]+\.?\s)?(?:1[5-9]|20)\d\d[a-z]?\)")


def cs1_authors_semicolon(text: str, at: int) -> bool:
    """Is the ';' at ``at`` one between two authors of a CS1 (Wikipedia) reference?"""
    return bool(_CS1_BEFORE.search(text[:at]) and _CS1_AFTER.match(text, at + 1))


def vancouver_semicolon(text: str, at: int) -> bool:
    """Is the ';' at ``at`` inside one Vancouver reference: between its date and volume
    ('2018 Jun;108(6):488-94') or between its publisher and year ('Geneva: WHO; 2023.',
    AMA's 'Springer; 2020.'), or before an AMA group author ('Moher D; CONSORT Group.')?"""
    before, after = text[:at], text[at + 1:]
    if _VANCOUVER_DATE.search(before) and _VANCOUVER_VOLUME.match(after):
        return True
    if publisher_year_semicolon(text, at) or group_semicolon(text, at):
        return True  # AMA's 'Springer; 2020.' and 'Moher D; CONSORT Group.'
    return bool(_STATEMENT_THEN_YEAR.match(after) and _PLACE_PUBLISHER.search(before))


def split_citations(text: str) -> list[str]:
    """Split a note's text on ``;`` outside parentheses and quoted titles."""
    ignore: set[str] = set()
    while True:
        parts, unclosed = _split(text, ignore)
        if not unclosed:
            return parts
        ignore |= unclosed


def _split(text: str, ignore: set[str]) -> tuple[list[str], set[str]]:
    parts: list[str] = []
    start = 0
    depth = 0
    quote: str | None = None  # kind of open quote: '"', '“', '‘', "'"
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if quote:
            if quote == '"' and ch == '"' or quote == "“" and ch == "”" or (
                quote in "‘'" and ch == ("’" if quote == "‘" else "'")
                and not prev.isspace() and not nxt.isalnum()
            ):
                quote = None
            continue
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        elif ch == '"' and '"' not in ignore:
            quote = '"'
        elif ch == "“" and "“" not in ignore:
            quote = "“"
        elif ch in "‘'" and ch not in ignore and (prev.isspace() or prev in "([{“\"") \
                and not nxt.isspace():
            quote = ch
        elif ch == ";" and depth == 0 and not vancouver_semicolon(text, i) and \
                not cs1_authors_semicolon(text, i):
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    unclosed = {quote} if quote else set()
    return [p.strip() for p in parts if p.strip()], unclosed


# a part 'in' a container that has no publication statement yet, ending in a word
_OPEN_CONTAINER = re.compile(r"(?:^|,\s)in\s+[A-Z\u00c0-\u00de“\"‘]", re.S)
_STATEMENT = re.compile(r"\([^()]*:[^()]*(?:1[5-9]|20)\d\d\)")


# a citation's own author before a comma ('Jones, The Book (…)', 'Mary Beard, SPQR (…)'),
# never a title's words ('The Soviet Union, 1945–50 (…)')
_NAME_HEAD = re.compile(r"(?!(?:The|A|An)\s)[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3},\s")


# a part that only names more contributors of the work before: '; introduction and notes by
# R. L. Martinez …', '; with a foreword by …', '; trans. …', '; edited by …'
_CONTRIBUTORS = re.compile(rf"(?:with\s+)?(?:an?\s+)?(?:(?:{CONTRIBUTED}|edited|translated|"
                           r"illustrated)\b[\w\s,]{0,30}?\bby\s|(?:trans|ed|eds)\.\s)", re.I)


# a citation already closed by the page cited ('Brown 2001, p. 3'), and a contributor's own
# work named by year ('Introduction by Lee 2014', 'collections by Hall (2008)')
_CITED = re.compile(r",\s*(?:pp?\.|paras?\.?)\s*\d[\d\s–-]*\.?$")
_NAMED_WORK = re.compile(r"\bby\s+(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w'’-]+,?\s+"
                         r"\(?(?:1[5-9]|20)\d\d")


# a case's name with no citation yet, then a case cited: OSCOLA's joined appeals
_CASE_NAME_ONLY = re.compile(r"^(?:R\s+\([^()]+\)\s+)?[^\d\[\]();]*\bv\.?\s[^\d\[\];]*$")
_CASE_CITED = re.compile(r"^[^;]*\bv\.?\s[^;]*[\[(](?:1[5-9]|20)\d\d[\])]")
# the publication statement the reference before the ';' still lacked: '. New York: Oxford …'
_STATEMENT_AFTER = re.compile(r"\.\s+[A-Z][\w .'-]{1,40}:\s*[A-Z]")


def rejoin(parts: list[str]) -> list[str]:
    """Parts that one title's ';' split apart: a citation in a container with no publication
    statement, ending in a word ('…, in Foreign Relations of the United States, 1946, vol.
    6, Eastern Europe'), and the next part holding that statement ('The Soviet Union
    (Washington, DC: Government Printing Office, 1969), 696–709') are one citation; so are
    a reference and a part naming more of its contributors ('…, ed. and trans. R. M.
    Durling; introduction and notes by R. L. Martinez. New York: …')."""
    out: list[str] = []
    for part in parts:
        last = out[-1] if out else ""
        if last and _CASE_NAME_ONLY.match(last) and _CASE_CITED.search(part) and \
                not re.match(r"(?:see|cf|compare|but|contra|also)\b", part, re.I):
            out[-1] = f"{last}; {part}"  # joined appeals: 'R (Miller) v PM; Cherry v AG [2019] …'
        elif last and _CONTRIBUTORS.match(part) and not _CITED.search(last) and \
                not _NAMED_WORK.search(part) and _STATEMENT_AFTER.search(part) and \
                not re.search(r"\d\s*$", last):
            out[-1] = f"{last}; {part}"
        elif last and _OPEN_CONTAINER.search(last) and not _STATEMENT.search(last) and \
                re.search(r"[^\W\d_]$", last.rstrip()) and _STATEMENT.search(part) and \
                not _NAME_HEAD.match(part):
            out[-1] = f"{last}; {part}"
        else:
            out.append(part)
    return out


def trailing_paren(core: str) -> int | None:
    """Where the bracket closing the text opens; None if the text ends in none."""
    if not core.endswith(")"):
        return None
    depth = 0
    for i in range(len(core) - 1, -1, -1):
        if core[i] == ")":
            depth += 1
        elif core[i] == "(":
            depth -= 1
            if depth == 0:
                return i
    return None


def match_paren(text: str, start: int) -> int | None:
    """Where the bracket opened at start closes; None if it never does."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return None
