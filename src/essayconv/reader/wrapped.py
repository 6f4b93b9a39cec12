"""Rule join-reference-lines: a reference pasted over two lines is put back on one.

References copied from a PDF or a narrow column arrive cut at the line width:
``Smith, J. (2019) Eroding Pasts … Oxford: Oxbow`` then ``Books.``. A line is joined to the
line right above it (no blank line between) when that one ends open: always after a comma,
colon, semicolon, dash, ``&``, a word such as *of*, *and*, *the* or ``pp.``; after any other
letter or digit only when the line does not start like a reference of its own (``Surname, ``, ``Name
(2019)``, ``Name. 2019``, ``Name 2019`` in any script, a ditto dash, a number). A line that
ends a sentence, a bracket, a DOI or a web address is complete, except to a line that can
only go on (``and White, R.``, ``et al. (2008)``, ``pp. 3-9``, ``(Accessed: …)``, a web
address, ``Available at:``, ``doi:``, a publication statement ``Cham: Palgrave Macmillan.``,
a line in lower case that is no name, and a year ``(2014)`` under an author list with no
year, a title under a line that is only a name and its year, ``Holloway, S. (2015)``, and a
line indented under the entry's first, Word's hanging indent ``     P, 2016.``, unless it opens
a number or a ditto dash); a web address cut after ``/`` or ``-`` is continued without a
space, a word cut at a line-end hyphen is whole again (``repara-`` / ``tion``; see hardwrap:
a compound keeps its hyphen). Statutes, treaties and cases (``Human Rights Act 1998``,
``Treaty on European Union``, ``Donoghue v Stevenson [1932] AC 562``) end in no full stop:
one that is complete is never continued by the next one.

A page break inside the list (a blank line, perhaps a running header between blank lines)
is joined over when the reference above is unfinished (no final full stop) and the line
after it can only go on (as above, or a journal's volume ``Rights, 1(1), …``, a publisher
``University Press, 2015.``). Rule drop-page-furniture: a bare page number in the list, and
a header with a page number alone between the blank lines of such a break, are no references.
"""

from __future__ import annotations

import re

from .. import tree as T
from ..references.gazetteer import mark_places
from .hardwrap import join_lines, word_forms
from .pdfpages import FURNITURE, PAGE_EDGE, PAGE_NUMBER, header_candidate

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
# a line that can only go on what the line above began: 'and White, R. (2019) …', 'pp. 3-9',
# 'et al. (2008) …'
_GOES_ON = re.compile(r"^(?:(?:and|&|pp?\.|eds?\.|vol\.|no\.|in:)\s|[(\[]?(?:accessed|viewed|"
                      r"retrieved)\b|et\s+al\b)", re.I)
# a year opening the line: under an author list with no year, the reference goes on
_YEAR_LINE = re.compile(r"^\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)|^\(\s*n\.\s?d\.\s*\)", re.I)
# a name and its year in brackets opening a line: 'bell hooks (1994)', 'Office for National
# Statistics (ONS) (2011)': a new reference, even under one that lost its full stop
_AUTHOR_YEAR = re.compile(r"^[^\W\d_][^()]{0,100}?\s(?:\([A-Z]{2,10}\)\s*)?"
                          r"\(\s*(?:(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.)\s*\)")
# an entry that so far is only its authors and year: 'Holloway, S. (2015)' (its title below)
_AUTHOR_YEAR_ONLY = re.compile(_AUTHOR_YEAR.pattern + r"\.?$")
_ANY_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d[a-z]?\b|\bn\.\s?d\.", re.I)
# a name and a year heading a line in lower case: 'bell hooks (1994)', 'boyd, d. (2014)'
_NAME_YEAR = re.compile(r"^[^\W\d_][\w.’'-]*,?(?:\s+[\w.’'-]+,?){0,2}\s+\(?(?:\d{4}|n\.\s?d\.)")
# a publication statement: 'Cham: Palgrave Macmillan.', 'Cambridge, MA: MIT Press, 2015.'
_PUBLICATION = re.compile(r"^([A-Z][^:;()\[\]\d]{1,50}?)\s*:\s+[A-Z&][^:;()\[\]]{1,100}$")
_PLACE_LINKS = frozenset("and & / ,".split())
# statutes, treaties, EU instruments, cases: legal titles that end in no full stop
_TREATY = re.compile(r"^(?:The\s)?(?:[A-Z][\w’'-]*\s){0,4}(?:Treaty|Convention|Charter|Covenant|"
                     r"Protocol|Declaration|Agreement)\b")
_INSTRUMENT = re.compile(r"^(?:Council\s|Commission\s)?(?:Regulation|Directive|Decision)\s"
                         r"\((?:EU|EC|EEC|Euratom)\)")
_STATUTE_TITLE = re.compile(r"^[A-Z][\w’'(),\- ]{0,120}?\sAct\s(?:1[5-9]|20)\d\d"
                            r"(?:\s*\([^()]{1,20}\))?(?:,?\s+(?:s|ss|[Ss]ch|[Pp]t|[Aa]rt)\.?\s*\d[\w()]*)?$")
# rules, regulations and orders with their SI number, a constitution
_INSTRUMENT_TITLE = re.compile(r"^[A-Z][\w’'(),\- ]{0,120}?\s(?:Rules|Regulations|Order)\s"
                               r"(?:1[5-9]|20)\d\d(?:,?\s+S\.?I\.?\s*\d{4}/\d+)?$|"
                               r"^(?:The\s)?Constitution\sof\s")
_MAX_LEGAL_TITLE = 150
_YEAR_ALONE = re.compile(r"(?:^|\s)(?:1[5-9]|20)\d\d$")  # 'Proceedings of the 2020' is no header
_ADDRESS_START = re.compile(r"^(?:https?://|www\.|doi:|doi\.org/|available\s+(?:at|from|online))",
                            re.I)
_HAS_ADDRESS = re.compile(r"https?://|www\.|\bdoi[:.]", re.I)
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



def _publication(text: str) -> bool:
    """A place and a publisher, no author or year first: 'Cham: Palgrave Macmillan.',
    'New York and London: Routledge.', 'Cambridge, MA: MIT Press, 2015.'"""
    match = _PUBLICATION.match(text)
    if not match:
        return False
    tokens = match.group(1).replace(",", " , ").split()
    places = mark_places(tokens)
    return any(places) and all(is_place or token.lower() in _PLACE_LINKS
                               for token, is_place in zip(tokens, places, strict=True))


def _goes_on(text: str, entry: str) -> bool:
    """Can the line only go on the reference above (``entry``), whatever that one ends with?
    'and White, R.', 'et al. (2008)', 'pp. 3-9', '[Accessed …]', a web address, 'Available
    at:', 'doi:', 'Cham: Palgrave Macmillan.', a line in lower case that is no name, a year
    under an author list that has none."""
    if _ADDRESS_START.match(text):
        return not _HAS_ADDRESS.search(entry)  # a list of bare web addresses stays apart
    if _GOES_ON.match(text) or _publication(text):
        return True
    if _YEAR_LINE.match(text):
        return not _ANY_YEAR.search(entry)  # 'Wolch, J.R., Byrne, J. and Newell, J.P.' / '(2014)'
    return text[:1].islower() and not _starts_reference(text) and not _NAME_YEAR.match(text) \
        and not re.match(r"^[^\W\d_][\w’'-]*,\s+\w\.", text)  # never 'boyd, d. (2014)'


def _goes_on_after_break(text: str, entry: str) -> bool:
    """Can the line after a page break only go on an unfinished reference? As _goes_on, or
    a journal's name and volume ('Rights, 1(1), …'), a publisher ('University Press, 2015.')."""
    return _goes_on(text, entry) or not _starts_reference(text) and bool(
        _VOLUME_AFTER.match(text) or _publisher_tail(text))


def _publisher_tail(text: str) -> bool:
    head = text.split(",")[0].split()
    return len(head) <= 4 and any(w.lower().strip(".") in _PUBLISHING for w in head) and \
        bool(re.match(r"^[^(]*?,\s*\d", text))


def _unfinished(text: str) -> bool:
    """No final full stop (or a connective at the end): the reference is cut, not complete."""
    return _ending(text) in ("open", "forced", "address")


def _legal_title(entry: str) -> bool:
    """Does the whole reference read as a complete statute, treaty or case title, which ends
    in no full stop: 'Human Rights Act 1998', 'Treaty on European Union',
    'Donoghue v Stevenson [1932] AC 562'?"""
    if len(entry) > _MAX_LEGAL_TITLE or _ending(entry) == "forced" or entry.endswith(".") or \
            entry.count("(") != entry.count(")") or entry.count("[") != entry.count("]"):
        return False  # '… Fundamental Freedoms (European' goes on
    return bool(_STATUTE_TITLE.match(entry) or _TREATY.match(entry) or _INSTRUMENT.match(entry)
                or _INSTRUMENT_TITLE.match(entry)
                or (_CASE.match(entry) and re.search(r"\d$|\]$", entry)))


def _legal_start(text: str) -> bool:
    """Does the line open a statute, a treaty, an EU instrument or a case?"""
    return bool(_STATUTE.match(text) or _TREATY.match(text) or _INSTRUMENT.match(text)
                or _CASE.match(text))


def drop_furniture(essay, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop what a page break leaves in a reference list (logged as drop-page-furniture): a
    bare page number ('14', '- 3 -', 'Page 3 of 9', not '2008'), unless the line above goes
    on into it ('pp. 12–' / '15'); a header with a page number ('Journal of Memory Studies
    15') alone between blank lines, where a reference unfinished above goes on below."""
    drop: set[int] = set()
    for index, (number, text) in enumerate(items):
        above = items[index - 1] if index else None
        after = items[index + 1] if index + 1 < len(items) else None
        joined_above = above is not None and above[0] == number - 1 and \
            _ending(above[1]) in ("forced", "address")
        bare = text.strip()
        if PAGE_NUMBER.match(bare) and not _YEAR_ALONE.match(bare) and not joined_above \
                and not bare.lower().startswith("p."):  # 'p. 45' is a page of the work
            drop.add(index)
        elif above is not None and after is not None and above[0] < number - 1 and \
                after[0] > number + 1 and header_candidate(text) and PAGE_EDGE.search(text) \
                and not _YEAR_ALONE.search(text) and not _starts_reference(text) and \
                _unfinished(above[1]) and _goes_on_after_break(after[1], above[1]):
            drop.add(index)
    for index in sorted(drop):
        T.log_change(essay, FURNITURE, items[index][0], items[index][1], "")
    return [item for index, item in enumerate(items) if index not in drop]


def _body_words(essay) -> frozenset[str]:
    """Every word the essay's body writes, lower case, hyphenated compounds whole."""
    body = T.find(essay, "body")
    text = " ".join(body.itertext()) if body is not None else ""
    return word_forms([(0, text)])


def _indent(text: str) -> int:
    """The width of a line's leading white space (a tab counts four)."""
    return len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip())


def _hanging(text: str, first: str, ending: str = "open") -> bool:
    """Is the line indented under the entry's first line (a hanging indent: '     P, 2016.'),
    two spaces more at least, and no numbered note, ditto dash or year-first line of its own?
    Under a complete line, an indented line that is a whole entry ('Surname, I.' or
    'Surname, Forename.' and a year) is one of its own: a paste that lost the first entry's
    indent ('Brown, A. (2018) …' over '  Jones, K. (2020) …')."""
    line = text.strip()
    if _indent(text) < _indent(first) + 2 or _NUMBERED.match(line):
        return False
    return not (ending == "complete" and _OWN_ENTRY.match(line) and _ANY_YEAR.search(line))


# a line opening with an author's name as a reference list writes it: 'Jones, K.',
# 'Jones, K. L.', 'García Márquez, Gabriel.' (never 'U of Minnesota P, 2016.')
_SURNAME = r"[A-Z\u00c0-\u00de][\w'’-]+(?:[ -][A-Z\u00c0-\u00de][\w'’-]+)?,"  # 'García Márquez,'
_OWN_ENTRY = re.compile(_SURNAME + r" (?:(?:[A-Z]\.\s?){1,3}|"
                        r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?[.,]\s)")


# a name heading an entry as a full-stop list writes it, more after it: 'Ashby, Jonathan. …',
# 'Hobsbawm, Eric J. …', 'Smith, J. …' (never 'History Centre, Dudley.' alone)
_NAME_HEAD = re.compile("^" + _SURNAME + r"\s(?:[A-Z\u00c0-\u00de][\w'’-]*\.?\s?){1,3}[.,]?\s+\S")
# a corporate author and its full stop, then the title: 'Stourbridge Canal Company. Wage Books'
_BODY_HEAD = re.compile(r"^(?:[A-Z][\w'’&-]*(?:\s(?:[A-Z][\w'’&-]*|of|and|for|the|on)){1,6}|"
                        r"[A-Z]{2,8})\.\s+[A-Z“\"‘']")
_FIRST_YEAR = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?\b|n\.\s?d\.")


def _full_stop_list(items: list[tuple[int, str]]) -> bool:
    """Does the list end its entries with a full stop (Chicago, MLA)? Some line ends with
    one, and the lines right above an entry's unmistakable start (a name, a number, a
    statute or case) end with one or a closing bracket, four in five at least."""
    texts = [" ".join(text.split()) for _, text in items]
    if not any(text.endswith(".") for text in texts):
        return False
    before = [above for above, text in zip(texts, texts[1:], strict=False) if above and text and
              (_NAME_HEAD.match(text) or _NUMBERED.match(text) or _legal_start(text))]
    closed = sum(_ending(above) == "complete" for above in before)
    return closed >= 0.8 * len(before)


def _plain_start(text: str) -> bool:
    """Does the line open an entry beyond doubt: a number, a name and more ('Ashby,
    Jonathan. …'), a corporate author and title, a statute or case, a title first, a lower
    case name, or a name and its year with no figure before the year ('Smith J 2019', 'WHO
    (2020)'; never 'History 29, no. 2 (2008)', a journal's volume and issue)?"""
    if _NUMBERED.match(text) or _NAME_HEAD.match(text) or _BODY_HEAD.match(text) or \
            _legal_start(text) or _TITLE_FIRST.match(text) or text[:1].islower():
        return True
    year = _FIRST_YEAR.search(text)
    return year is not None and not re.search(r"\d", text[:year.start()]) and bool(
        _YEAR_SOON.match(text) or _AUTHOR_YEAR.match(text) or _NAME_YEAR.match(text))


def _mid_phrase(above: str, entry: str, full_stops: bool, text: str) -> bool:
    """In a list that ends its entries with a full stop, a line cut after a word
    ('… Journal of Transport') goes on into the next line unless that one opens an entry
    beyond doubt: 'History 29, no. 2 (2008): 145–67.', 'History Centre, Dudley.'"""
    return full_stops and above[-1:].isalpha() and not _legal_title(entry) and \
        not _plain_start(text)


def join_reference_lines(essay, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Join each continuation line to the reference above it; log every join."""
    words = word_forms(items) | _body_words(essay)
    full_stops = _full_stop_list(items)
    out: list[tuple[int, list[str]]] = []  # (first source line, the lines joined)
    first_raw = ""  # the current entry's first line as written, its indent kept
    last = 0  # the source line of the last line taken
    for number, raw in items:
        text = " ".join(raw.split())
        entry = " ".join(out[-1][1]) if out else ""
        after_break = bool(out) and number != last + 1 and bool(text)
        ending = _ending(out[-1][1][-1]) if out and number == last + 1 and text else "complete"
        if ending in ("open", "complete") and out and not after_break and text and (
                _hanging(raw, first_raw, ending) or ending == "complete" and
                _AUTHOR_YEAR_ONLY.match(entry) and not _starts_reference(text)):
            ending = "forced"  # a hanging indent's line, or the title under 'Name (2015)'
        if ending == "address" and " " not in text.split("(")[0].strip() and \
                not re.match(r"(?:https?://|www\.)", text, re.I):
            out[-1][1][-1] += text  # 'https://…/reports/' + 'coastal-erosion (Accessed …)'
            T.log_change(essay, NAME, number, text, out[-1][1][-1][-80:])
        elif (ending != "complete" and _legal_title(entry) and _legal_start(text)):
            out.append((number, [text]))  # 'Human Rights Act 1998' / 'Treaty on European Union'
        elif ending == "forced" or (ending in ("open", "complete") and _GOES_ON.match(text)) \
                or (ending == "open" and not _starts_reference(text)
                    and not (_AUTHOR_YEAR.match(text) and _ANY_YEAR.search(entry))) \
                or (ending == "open" and _mid_phrase(out[-1][1][-1], entry, full_stops, text)) \
                or (ending in ("open", "complete") and not after_break and _goes_on(text, entry)) \
                or (after_break and _unfinished(out[-1][1][-1])
                    and _goes_on_after_break(text, entry)):
            above = out[-1][1][-1]
            cut = "…" if len(above) > 60 or len(out[-1][1]) > 1 else ""
            glued = join_lines(above, text, words)
            if glued == f"{above} {text}":
                T.log_change(essay, NAME, number, text, f"{cut}{above[-60:]} {text}")
                out[-1][1].append(text)
            else:  # 'repara-' + 'tion': one word again
                T.log_change(essay, NAME, number, text, cut + glued[max(0, len(above) - 60):])
                out[-1][1][-1] = glued
        else:
            out.append((number, [text]))
            first_raw = raw
        last = number
    return [(first, " ".join(parts)) for first, parts in out]


COLUMNS = "two-columns"
_GAP = re.compile(r"(?<=\S)( {3,}|\t+)(?=\S)")


def split_columns(essay, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Rule two-columns: a reference list copied from a two-column page arrives read straight
    across ('Bowler, D.E., …     Hoffman, J.S., …'). When most lines hold one wide gap at
    the same place, the left column's lines come first, then the right one's (a line
    indented to the gap is the right column's alone); each split is logged."""
    gaps = [_GAP.search(text) for _, text in items]
    found = [m.end() for m in gaps if m]
    if len(found) < 3 or len(found) < 0.6 * len(items):
        return items
    column = sorted(found)[len(found) // 2]
    if column < 25 or sum(abs(at - column) <= 3 for at in found) < 0.8 * len(found):
        # a number or a year before a tab ('1.\tSmith …'), or gaps here and there (a table)
        return items
    left: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []
    for (number, text), gap in zip(items, gaps, strict=True):
        if gap and abs(gap.end() - column) <= 3:
            left.append((number, text[:gap.start()].strip()))
            right.append((number, text[gap.end():].strip()))
            T.log_change(essay, COLUMNS, number, text,
                         f"{left[-1][1]} | {right[-1][1]}")
        elif len(text) - len(text.lstrip()) >= column - 3:
            right.append((number, text.strip()))
        else:
            left.append((number, text.strip()))
    return left + right

