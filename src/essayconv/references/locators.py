"""Locators in a note: labels and values ('p. 45', 'paras 9.11–9.12', 'Annex 2, para. 5',
'I.1–3'), what may follow them, and whether a page range is the work's own or the page cited.

* **Locator.** The last ``p.``/``pp.``/``para(s).``/``chap.``/``sec.``/``vol.``/``n.``/… value
  after a comma (full forms) or right after the head (short forms, where a bare ``209-11``
  is a page too).  A word label in any case (``Annex II``, ``Section 3.2``), a value with
  decimals or subdivisions (``para. 9.11``, ``paras 9.11–9.12``, ``art. 6(1)``), a list
  (``paras 4–5, 9, 17``) and a chain of locators (``Annex 2, para. 5``) are one locator; a
  volume before a full form's locator stays the work's, unless the year of publication
  comes before it (``Barcelona, Crítica, 1981, vol. II, págs. 212-219``: one locator).  A
  locus with no label at the end, numbers joined by full stops (``I.1–3``, ``Inf. I.1–3``,
  ``3.221``), is the locator too, as is a roman page alone after a short form (``Dodge, op.
  cit., xi``).  The mark of the pages following (``ff.``, ``f.``, ``sq.``, ``et suiv.``,
  ``y ss.``, ``sgg.``) is the locator's, kept as written with its full stop (``pp. 45
  ff.``, ``S. 200 f.``); German ``S.``, Spanish ``pág.``/``págs.``, Italian
  ``pag.``/``pagg.`` and Dutch ``blz.`` are a page as ``p.`` is (printed in the locale's own
  term); an Italian archive's ``fasc. 4, c. 12r`` is kept as written.
* **The work's pages or the page cited.** A book's trailing range is the pages cited
  (``London: Hurst, pp. 23–40``).  An article's range (after ``vol(issue),``, MLA's ``vol.
  26, no. 3, 1992``, or a journal's name after the title) and a chapter's (``…', in X (ed.)
  Book``, ``In: …``) is the work's own and stays in the reference; only a page cited after
  it is the locator: ``pp. 69–82 (p. 78)``, ``pp. 45–67, at p. 50``, ``pp. 36–44, art. 3``
  (the word before it never printed: ``at 28``, ``here p. 170``, ``hier S. 170``).  A range
  after an issue and its year (``Communications, n° 11, 1968, p. 84-89``), or after an
  ``ibid.`` in place of the container (``« Le vraisemblable », ibid., p. 1-4``), is the
  article's.
  In notes style a bare page after the parenthesised publication statement (``(New York:
  OUP, 1987), 215–45``) or after an article's own range (``(1999): 45–67, 50``) is the
  locator.
"""

from __future__ import annotations

import re

from .containers import ends_in_ibid
from .ieee import own_statement

YEARISH = re.compile(r"(?<![\d/.])(?:1[5-9]|20)\d{2}[a-z]?(?![\d/])")

_LABELS: list[tuple[str, str]] = [
    # a word label in any case ('Annex 2', 'Section 3.2', 'Para. 4'); the one-letter
    # abbreviations only as written ('S. 12' is a German page, 's. 3' a section)
    # German 'S. 12'; Spanish 'pág. 23', 'págs. 23-25'; Italian 'pag. 4', 'pagg. 4-6'; Dutch
    # 'blz. 12'
    (r"pp?\.|pp?(?=\s*\d)|(?i:pages?)|S\.(?=\s*\d)|(?:págs?|pagg?|blz)\.", "page"),
    (r"(?i:paras?\.|paras?(?=\s*\d)|paragraphs?)|¶¶?", "paragraph"),  # 'paras 4–5'
    (r"(?i:chaps?\.|chs?\.|chs?(?=\s*\d)|chapters?)", "chapter"),  # OSCOLA's 'ch 4'
    (r"(?i:secs?\.|sections?)|§§?|ss?\.", "section"),
    (r"(?i:vols?\.|volumes?)", "volume"),
    (r"(?i:figs?\.|figs?(?=\s*\d)|figures?)", "figure"),
    (r"nn?\.|(?i:notes?)", "note"),
    (r"ll?\.|(?i:lines?)", "line"),
    (r"(?i:cols?\.|columns?)", "column"),
    (r"(?i:pts?\.|parts?)", "part"),
    (r"(?i:tabs?\.|tables?)", "table"),
    (r"(?i:apps?\.|appendix|appendices|annex(?:es)?)", "appendix"),
    (r"(?i:arts?\.)", "article-locator"),  # never 'article 1234': a journal's article number
    (r"bk\.|(?i:books?)", "book"),
    (r"ff?\.(?=\s*\d)|fols?\.|folios?", "folio"),  # an archive's 'f. 23', 'fol. 211'
    # an Italian archive's file and leaf, as written: 'fasc. 4', 'c. 12r' (never 'c. 1450')
    (r"fasc\.|cc?\.(?=\s*\d{1,4}[rv]\b)", "other"),
    (r"reels?|box(?:es)?|files?|pieces?|tapes?|frames?|items?|"  # kept as written; a statute's
     r"(?i:schedules?|sched\.|clauses?|rules?|regulations?|regs?\.)", "other"),  # 'Schedule 2'
]
# a number: '45', '45a', a decimal paragraph or section '9.11', a subdivision '6(1)', '1A(2)',
# a roman one 'xvi', 'II' (never the label of a number after it, 'c. 12r'), a canto and line
# 'I.1'
_NUM = (r"(?:[0-9]+(?:\.[0-9]+)*[a-zA-Z]?|[ivxlcdm]+(?!\.\s*\d)|[IVXLCDM]+(?:\.[0-9]+)*)"
        r"(?:\([0-9a-zA-Z]{1,4}\))*")
# the pages after it: 'ff.', 'f.', 'sq.', 'sqq.', 'seq.', 'et seq.', 'et suiv.', 'y ss.', 'sgg.'
# (part of the locator, kept as written)
FOLLOWING = (r"(?:(?:\s*ff?\.?|\s+(?:et\s+)?(?:sqq?|seqq?|suiv)\.?|"  # Spanish 'y ss.'
             r"\s+(?:(?:y|e)\s+(?:ss|sigs?|segg?|sgg)\.?|(?:ss|segg|sgg)(?:\.|$)))"
             r"(?!\w))")  # Italian 'e segg.', 'sgg.'

_RANGE = _NUM + r"(?:\s*[-–—]\s*" + _NUM + r")?" + FOLLOWING + "?"
VALUE = _RANGE + r"(?:\s*(?:,|&|and)\s*" + _RANGE + r")*"
_LABEL_RE = "|".join(f"(?:{pat})" for pat, _ in _LABELS)
_ONE_LOCATOR = rf"(?:{_LABEL_RE})\s*(?:{VALUE})(?![\w(])"
# a locator, or a chain of them ('Annex 2, para. 5', 'vol. 2, p. 45'): one locator, the
# label its first one's
LOCATOR = re.compile(rf"(?P<label>{_LABEL_RE})\s*(?P<value>{VALUE})(?![\w(])"
                      rf"(?P<more>(?:\s*,\s*{_ONE_LOCATOR})*)")
# a locus with no label, numbers joined by full stops: a canto and its lines 'I.1–3', a
# book's lines '3.221–5', with the part's abbreviation before it ('Inf. I.1–3'); never a
# date ('12.03.2020'), an hour ('7.30') or a decimal ('2.5 million'): a roman part, a part's
# abbreviation or a range of lines says it
_LINES = r"(?:\s*[-–]\s*(?:(?:[IVXLC]+|\d{1,3})\.)*\d{1,3})"
LOCUS = re.compile(r"(?:[A-Z][a-z]{1,5}\.\s?(?:[IVXLC]+|\d{1,3})(?:\.\d{1,3})+" + _LINES + "?"
                   r"|[IVXLC]+(?:\.\d{1,3})+" + _LINES + r"?|\d{1,3}(?:\.\d{1,3})+"
                   r"\s*[-–]\s*\d{1,3}(?![\d.:]))(?![\w.])")  # never hours, '7.30–8.00'
# a bare page, or Chicago's volume and page ('2:580')
BARE = re.compile(r"(?:\d{1,2}:)?\d+(?:\s*[-–]\s*\d+)?" + FOLLOWING +
                  r"?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*")
# a roman page alone ('xi', 'xvi–xix'): a preface's pages; a valid numeral, never a word
_ROMAN = r"(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
ROMAN_PAGE = re.compile(rf"{_ROMAN}(?:\s*[-–]\s*{_ROMAN})?(?![\w’'.-])")

# the word before the page cited in a work's own pages, never printed: 'pp. 45–67, at p. 50',
# 'S. 151–179, hier S. 170', 'here p. 170', 'ici p. 170'
AT = re.compile(r"(?:at|here|hier|ici|esp\.|spec\.|in part\.)\s+(?=\S)")  # 'esp. pág. 150'

# what may follow a locator: a remark after ", " or a space, or nothing
# a sentence of the author's after a full citation's locator: 'Waldron does not discuss …'
_SENTENCE_TAIL = re.compile(r"\.\s+(?P<remark>[A-Z“\"‘'][^\s]*(?:\s+\S+){3,}?)\s*$", re.S)
_ACCESS_START = re.compile(r"(?:available|accessed|retrieved|viewed|doi|url|https?:|www\.|"
                           r"online|archived)", re.I)
_TAIL_RE = re.compile(r"(?:(?:,\s*|\s+)(?P<remark>\(.*\)|\S.*))?\s*$", re.S)

_VOLUME = re.compile(r"(?:^|[,.]\s*)(?:vol\.\s*|no\.\s*)?\d{1,3}\s*(?:\([^)]*\))?\s*$")

# a journal issue and its year before a range, French and German: 'Communications, n° 11,
# 1968, p. 84-89', 'Romantisme, n° 73, 1991', 'Merkur, Nr. 12, 1990', 'Heft 3, 1990'
_ISSUE_YEAR = re.compile(r"(?:\bn[°º]|\bNr\.|\bHeft)\s*\d+(?:\s*[-–/]\s*\d+)?,\s*"
                         r"(?:[^\W\d_]+\.?\s+)?(?:1[5-9]|20)\d\d$")
# MLA's 'vol. 26, no. 3, 1992' (or '…, Spring 1992') before an article's own pages
_MLA_ISSUE = re.compile(r"\bvol\.\s*\d+,\s*(?:no\.\s*\d+,\s*)?(?:[A-Z][a-z]+\.?\s+)?\d{4}$")


class _Tail:
    """After a locator: nothing, or a remark (bracketed, quoted, lower-case in any script)."""

    @staticmethod
    def match(text: str, pos: int) -> re.Match[str] | None:
        m = _TAIL_RE.match(text, pos)
        remark = m.group("remark") if m else None
        if remark and not (remark[0] in "(“\"‘'«" or remark[0].islower()):
            return None
        if m is None:  # '…, 19. Waldron does not discuss apology directly, but …'
            m = _SENTENCE_TAIL.match(text, pos)
            prose = re.findall(r"\b[^\W\d_A-Z][^\W\d_]{2,}\b", m.group("remark")) if m else []
            if m and (len(prose) < 3 or _ACCESS_START.match(m.group("remark"))):
                return None
        return m


TAIL = _Tail()


def last_locator(core: str, head_end: int) -> tuple[int, str, str, str | None] | None:
    """The last ``, LABEL VALUE`` that only a remark follows (``start``, locator, label,
    remark; the reference is ``core[:start]``), with the locators chained before it
    (``Annex 2, para. 5``; a volume before them stays the work's, ``London: X, vol. 2``).

    A page range that is an article's or a chapter's own (``works_range``) stays in the
    reference; only a page cited after it is the locator: ``pp. 69–82 (p. 78)``, ``pp.
    45–67, at p. 50``, ``pp. 45–67, p. 50``. An IEEE publication run at the end (``vol. 3,
    no. 3, pp. 518–527, Jul. 2012``: ``ieee.py``) is the work's own: no locator."""
    if own_statement(core, head_end):
        return None
    commas = [m for m in re.finditer(r",\s*", core) if m.start() >= head_end]
    for i in range(len(commas) - 1, -1, -1):
        at = AT.match(core, commas[i].end())  # 'at p. 50', 'hier S. 170': the word goes
        loc = LOCATOR.match(core, at.end() if at else commas[i].end())
        if loc is None and at and _page_range_before(core, commas, i):
            bare = BARE.match(core, at.end())  # 'pp. 16–51, at 28': the page cited in it
            tail = TAIL.match(core, bare.end()) if bare else None
            if tail:
                return commas[i].start(), bare.group(0).strip(), "page", tail.group("remark")
        tail = TAIL.match(core, loc.end()) if loc else None
        if not tail:
            continue
        remark = tail.group("remark") or ""
        if re.match(r"\([^()]*:[^()]*(?:1[5-9]|20)\d\d[a-z]?\),\s*\S", remark):
            continue  # 'Annals, vol. 24 (Bury St Edmunds: J. Rackham, 1795), 46–52': the work's
        first, label = i, label_of(loc.group("label"))
        while first > 0:  # 'Annex 2, para. 5': a locator before it, of another kind, too
            one = LOCATOR.fullmatch(core, commas[first - 1].end(), commas[first].start())
            if one is None or one.group("more"):
                break
            kind = label_of(one.group("label"))
            published = _PUBLISHED.search(core, 0, commas[first - 1].start())
            if kind == label or kind == "volume" and not published or (
                    kind == "page" and works_range(
                        core[:commas[first - 1].start()], head_end, one.group("value"))):
                break  # never a volume, nor an article's own range: '…, pp. 36–44, art. 3'
            # (a volume after the year of publication is the place cited: '…, Barcelona,
            # Crítica, 1981, vol. II, págs. 212-219', one locator)
            first, label = first - 1, kind
        start = commas[first].start()
        text = core[loc.start() if first == i else commas[first].end():loc.end()].strip()
        if label == "page" and _page_range_before(core, commas, first):
            return start, text, label, tail.group("remark")  # 'pp. 45–67, p. 50': the page
        if label == "page" and works_range(core[:start], head_end, text):
            pin = _PINPOINT.fullmatch(remark)
            if pin:  # 'pp. 69–82 (p. 78)': the chapter's range, then the page cited
                return loc.end(), pin.group("loc"), label_of(pin.group("label")), None
            return None  # an article's or chapter's own page range
        return start, text, label, tail.group("remark")
    return None


# the year that closes a publication statement, before the volume cited: ', 1981', '1981)'
_PUBLISHED = re.compile(r"(?<![\d/.])(?:1[5-9]|20)\d\d\)?$")
# a page cited after a work's own page range: '(p. 78)', '(at p. 78)', 'at p. 50'
_PINPOINT = re.compile(r"(?P<open>\()?\s*(?:(?:at|here|hier|ici)\s+)?"
                       r"(?P<loc>(?P<label>pp?\.|S\.)\s*" + VALUE + r")\s*(?(open)\))")
# a chapter's container ('…’, in Arendt, H. (ed.) Illuminations', '. In: Brown, K. (ed.)')
_IN_CONTAINER = re.compile(r"\bIn:?\s|(?:,|[’'”\"],)\s+in:?\s+(?=[A-Z\u00c0-\u00de“\"‘'])")
# a journal's or gazette's name after the title, the range's sentence ('… sources. Official
# Journal of the European Union, L 140, 5 June, pp. 16–62'; never 'London: Review Press')
_JOURNAL = re.compile(r"(?:[.?!]\s|[’'”\"],\s)[^.:]*?"
                      r"\b(?:Journal|Review|Gazette|Bulletin|Quarterly)\b"
                      r"(?!\s+(?:Press|Publishing|Publications|Books))[^.:]*$")


def works_range(before: str, head_end: int, pages: str = "") -> bool:
    """Are the pages after *before* the work's own: an article's (after a volume and issue,
    MLA's 'vol. 26, no. 3, 1992') or a chapter's ('In: …'); or, a range only, after a
    journal's name, a Harvard chapter's ', in X (ed.)', an issue and its year ('n° 11,
    1968') or an 'ibid.' in place of the container ('« T », ibid., p. 1-4')? A book's pages
    are those cited, as is one page after a title in quotation marks ('The 'Underclass' in
    America, p. 45')."""
    after_head = before[head_end:]
    ranged = bool(re.search(r"\d\s*[-–—]\s*\d", pages))
    return bool(_VOLUME.search(before) or _MLA_ISSUE.search(before)
                or re.search(r"\bIn:?\s", after_head)
                or ranged and (_IN_CONTAINER.search(after_head) or _JOURNAL.search(after_head)
                               or _ISSUE_YEAR.search(before) or ends_in_ibid(before)))


def _page_range_before(core: str, commas: list[re.Match[str]], i: int) -> bool:
    """Is the comma part before ``commas[i]`` a page range ('pp. 45–67')?"""
    if i == 0:
        return False
    prev = LOCATOR.fullmatch(core, commas[i - 1].end(), commas[i].start())
    return bool(prev and label_of(prev.group("label")) == "page"
                and re.search(r"\d\s*[-–—]\s*\d", prev.group("value")))


def locator_label(text: str) -> tuple[str, str] | None:
    """('page', '169') for '169' or 'p. 169', ('chapter', '4') for 'ch. 4' …; None for
    anything else ('emphasis added', '2015', 'vol. 2, 45')."""
    text = text.strip()
    bare = re.fullmatch(r"(?:\d{1,4}(?:\s*[-–]\s*\d{1,4})?|[ivxlc]{1,7})" + FOLLOWING + "?", text)
    if bare and not YEARISH.fullmatch(text):
        return "page", text
    m = LOCATOR.fullmatch(text)
    if m is None or YEARISH.fullmatch(m.group("value")) or m.group("more"):
        return None  # a chain, 'vol. 2, p. 45', is no one label's
    label = label_of(m.group("label"))
    if "," in m.group("value") and label != "page":  # 'vol. 2, 45': a volume and a page
        return None
    return label, m.group("value").strip()


def label_of(raw: str) -> str:
    for pat, label in _LABELS:  # tried before a number, as the label stood: 'f.' of 'f. 23'
        if re.fullmatch(rf"(?:{pat})\s*1", f"{raw} 1"):
            return label
    return "page"
