"""Split a note into citations; tell full from short forms; peel off locators and remarks.

Rules (exact, no model):

* **Splitting** on ``;`` outside brackets and quoted titles: ``split.py``.
* **Head.** ``AUTHORS (YEAR)`` where YEAR is ``1997``, ``1997a``, ``1991-2008``,
  ``2015, March 27``, ``n.d.`` or approximate (``c. 1450``, ``ca. 1890``, ``1890?``: the
  short form's year is the year alone); AUTHORS may carry ``(ed.)``/``(eds.)`` and a
  body's abbreviation (``World Health Organization (WHO) (2018)``).
* **Form.** ``short`` when nothing but a locator and/or remark follows the head
  (``Prunier (1997), pp. 61–62``, ``Ober, Perry (2014) 209-11``, ``Dal Borgo (2016).``,
  ``X (1994), released under …``); ``full`` when a title follows.  A segment with no head is
  ``full`` when it holds a year (another style's reference, never the author's sentence:
  ``prose.py``); else a notes-style short form, ``Surnames, Short Title[, locator]``
  (``Gaddis, The Long Peace, 12``: ``title`` holds the short title, no year; an initial
  before the surname goes, ``J. Rancière, Le Fil perdu, p. 25``; an ``op. cit.`` after the
  short title is skipped, Italian ``Titolo cit.`` too, ``cited_before``; a cross-reference
  after it, ``(wie Anm. 4)``, ``(see n. 4)``, gives ``note_ref``) or ``Ibid.[, locator]``
  (``ibid`` true: also ``Id., ibid.``, ``Idem``, ``Ebd.``, ``Ibíd.``, ``Íd.``, ``Ivi``); a
  chapter's ``«Title», en X (coord.), Book…`` is full; else ``other`` (a classical locus,
  "CT 3.221"), never linked.
* **The work cited before**: ``Surname, op. cit.`` (``loc. cit.``, French ``art. cit.``,
  German ``a. a. O.``), initials before the surname aside (``R. Barthes, art. cit., p. 85``;
  the particle stays the surname's, ``de Biasi``; two surnames are one, ``Oyarzábal Lete``,
  ``Casals i Ferrer``), is a short form with ``title`` empty and ``cited_before``.
* **Idem.** ``Id., The Desert and the Sown (…), 44`` is the author of the citation before
  it (``idem.py``); before a locator it is Ibid. (``Id., S. 45``).
* **Legal forms** (exact rules in ``legal.py``, tried after the signal words): OSCOLA and
  Bluebook cases, Acts, treaties and law-review articles are ``full`` with their pinpoint as
  the locator (``Donoghue v Stevenson [1932] AC 562 (HL) 580`` → page 580, ``Human Rights
  Act 1998, s 3`` → section 3, ``[2014] AC 700 [74]`` → paragraph ``[74]``); ``Craig (n 4)
  270`` and ``Wechsler, supra note 4, at 31`` are short forms with ``xref`` (the note
  number), ``Brown, 347 U.S. at 494`` one with ``case`` (volume and reporter), ``ibid [74]``
  and ``Id. at 494`` are ``ibid`` with that locator.  ``legal`` names the kind.
* **A document inside a work** (``within.py``): an archive's item (``Minute by X, 21
  December 1920, CO 730/1, TNA``), a letter in a published collection (``Bell to Bell, 12
  March 1921, in The Letters of Gertrude Bell, …, 2:580``: the collection is the work).
* **Name and locator only** (``Melvern, p. 50``): a short form of that author's one work
  (``title`` empty: any title, no year).
* **Locator** and **the work's pages or the page cited** (``pp. 69–82 (p. 78)``, ``16–51, at
  28``, ``S. 200 f.``): the rules are ``locators.py``'s.
* **Trailing parenthetical** ``(P)`` at the very end (the note's final full stop aside):
  after a locator, or after a short form's head → remark; P whose first or second word is
  *chapter/section/part/appendix/annex/table/figure* and that starts lower-case →
  descriptive locator (``(comparative chapter)`` → chapter, ``(updated sections on
  Turquoise)`` → section); after the publication statement (``Place: Publisher``) → remark
  (``(Synthesis Report notes over …)``) unless it is an access date; directly after a title:
  lower-case start → remark (``(internal report, declassified excerpts)``, ``(growth
  statistics)``), otherwise part of the reference (``(Mission Quilès)``, ``(Synthesis
  Report)``, document symbols, ``(updated edition)``).  Parentheticals not at the end
  (``(referencing N'Sele Ceasefire). Available at: …``) are always part of the reference.
* **Signal words** before the head (``see``, ``cf.``, ``contra``, ``voir``, ``vgl.``, stacked,
  with a lead-in or lower-case words on the work: ``signals.py``), in any citation of the
  note, are kept apart as ``prefix``; the note's own prose before a signal is the
  citation's remark, never a title.
* **Other remarks**: after a locator or a short head, ``, lower-case text``, a quotation or
  lower-case text (``36 “The overestimation …”``, ``52-54, on the rhetorical form …``).

Locators and remarks are kept verbatim (parentheses included); ``text`` is the whole
citation verbatim; ``reference`` is the citation without locator and remark, ending in a
full stop, and is what goes to the reference parser for full forms.
"""

from __future__ import annotations

import re
from typing import Any

from .containers import has_ibid
from .idem import IBID, IDEM
from .legal import read_citation as read_legal
from .locators import (
    BARE,
    FOLLOWING,
    LOCATOR,
    LOCUS,
    ROMAN_PAGE,
    TAIL,
    YEARISH,
    label_of,
    last_locator,
)
from .pinpoints import cited_at, statement_locator
from .prose import running_prose
from .secondhand import split_read_in
from .shortheads import (
    AFTER_TITLE,
    AUTHOR_ONLY,
    AUTHOR_TITLE,
    GIVEN_AFTER,
    OP_CIT,
    STATEMENT_YEAR,
    SURNAME,
    TITLE_CIT,
)
from .signals import PROSE_LEAD, SIGNAL, WORDS_ON_WORK
from .split import match_paren, rejoin, split_citations, trailing_paren
from .within import read_within

__all__ = ["parse_note", "split_citations", "parse_citation", "as_short"]

_YEAR = (r"(?:(?:c\.|ca\.|circa)\s?)?\d{4}(?:[-–]\d{2,4})?[a-z]?\??(?:,[^()]{1,20})?|"
         r"n\.\s?d\.?|forthcoming|in press")  # '(c. 1450)', '(1890?)': approximate years
_HEAD = re.compile(  # a body's abbreviation in the name: 'World Health Organization (WHO)'
    r"^(?P<authors>(?:[^()]|\((?:eds?|comps?|trans|ed|dir)\.?\)|"
    r"\((?-i:[A-Z][\w&.\-]*[A-Z][\w&.\-]*)\))*?)\s*"
    r"\((?P<year>" + _YEAR + r")\)",
    re.I,
)
# a volume number closing the words before a bracketed year: never a name ('…, 48 (1997)')
_VOLUME_END = re.compile(r",\s*(?:\d{1,4}|[IVXLC]{1,7})$")
# a lower-case word of a title, never of a name list ('génocide', 'memory'; not 'van', 'and')
_TITLE_WORD = re.compile(r"(?<![\w’'-])(?!(?:and|with|della|delle|degli|von|van|den|der|des|"
                         r"dos|das|ibn|bin|bint|ter|ten|eds|trans|comp|comps|dir|others)\b)"
                         r"[^\W\d_A-Z\u00c0-\u00de]{4,}\b")
# an author-date head without brackets: 'Prunier 1997', 'Des Forges 1999', 'Smith and Jones
# 2001a', 'Smith et al. 2010'
_BARE_HEAD = re.compile(
    r"^(?P<authors>(?:(?:de|van|von|der|du|da|di|le|la|dos)\s+)*[A-Z][\w’'\-]+"
    r"(?:\s+[A-Z][\w’'\-]+)?(?:\s+(?:and|&)\s+[A-Z][\w’'\-]+|\s+et\s+al\.)?)\s+"
    r"(?P<year>(?:1[5-9]|20)\d\d[a-z]?)(?=\s*[,:]|$)")
_DESCRIPTIVE = {
    "chapter": "chapter", "chapters": "chapter", "section": "section", "sections": "section",
    "part": "part", "parts": "part", "appendix": "appendix", "appendices": "appendix",
    "annex": "appendix", "annexes": "appendix", "table": "table", "tables": "table",
    "figure": "figure", "figures": "figure",
}
# an approximate year of any century: 'Anon. c. 1450. The Book of Margery Kempe.'
_CIRCA_YEAR = re.compile(r"(?<![\w.])(?:c\.|ca\.|circa)\s?1\d{3}(?![\d/])", re.I)
_URLISH = re.compile(r"(?:https?://|www\.)\S+")
_PUBLISHER = re.compile(r"^[^:]{2,80}:\s*\S")
_SENTENCE = re.compile(r"(?<!\b[A-Z])(?<!\bal)(?<!\bed)(?<!\beds)\.\s+")
_MORE_YEARS = re.compile(r"\((?:" + _YEAR + r")\)(?:\s*,\s*\((?:" + _YEAR + r")\))*", re.I)
# '…; and Colley, Britons, 290–92': a later citation of a note opened by 'and'
_AND_THEN = re.compile(r"(?P<word>and|&)\s+(?=[A-Z“\"‘])")
# 'Compare A, 220–23, with B, 130': a second citation joined by a word
_JOINED = re.compile(r"^(?P<word>with|and|to)\s+(?P<rest>[A-Z].*)$", re.S)
# a bare page cited after a notes-style publication statement ending in its year, or after a
# journal article's own page range
_CITED_PAGES = re.compile(
    r"(?:\((?:[^()]*[\s,:])?(?:1[5-9]\d\d|20\d\d)[a-z]?\)|(?<=\)):\s*\d+\s*[-–]\s*\d+)"
    r"(?P<comma>\s*,\s*(?:at\s+)?)(?P<loc>(?:\d{1,2}:)?(?:\d+|[ivxlc]+(?=[-–,.]|$))"
    r"(?:\s*[-–]\s*(?:\d+|[ivxlc]+))?" + FOLLOWING + r"?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*)"
    r"(?!\w|\.\d)")  # 'xvi–xix' too; 'at 28', the page cited in an article's '16–51, at 28'
# OSCOLA: a labelled pinpoint after the bracketed publication statement, no comma
_OSCOLA_LABELLED = re.compile(r"\((?=[^()]*[^\W\d_])[^()]*[\s,](?:1[5-9]\d\d|20\d\d)\)"
                              r"(?P<space>\s+)(?P<loc>(?:paras?|ch|chs|pt|s|ss|sch)\.?\s*"
                              r"\d[\d.–\-, ]*?)\.?$")
# a Chicago note's one page of an article, after its volume, issue and year: 'American
# Historical Review 91, no. 5 (1986): 1067.' (its bibliography gives the range, 1053–75)
_CHICAGO_PAGE = re.compile(r"\b\d{1,4}(?:,\s*no\.\s*\d+)?\s*\((?:[A-Z][a-z]+\.?\s+)?"
                           r"(?:1[5-9]|20)\d\d\)(?P<colon>:\s*)(?P<loc>\d{1,5})\.?$")
# OSCOLA: a page after the publication statement with no comma, at the end: '(Hart
# Publishing 2010) 172' (never after a bare '(1997)': a Harvard title may start with a number)
_OSCOLA_PAGES = re.compile(
    r"\((?=[^()]*[^\W\d_])[^()]*\s(?:1[5-9]\d\d|20\d\d)\)(?P<comma>\s+)"
    r"(?P<loc>\d+(?:\s*[-–]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*)$")
# words before the name in a short form's head: 'the similar argument in Jones (2001)'
_LEAD_WORDS = re.compile(r"^(?:(?!(?:van|von|de|der|den|du|da|di|la|le|ten|ter|al|el)\s)"
                         r"[^\W\d_A-Z][\w’'-]*,?\s+)+(?=[A-Z])")


def parse_note(text: str) -> list[dict[str, Any]]:
    """Split a note and describe each citation (see the module docstring for the rules).

    A short form followed only by more bracketed years (``Varoufakis (1997), (2014)``)
    becomes one short citation per year, the later ones with the text ``(2014)``.
    """
    out: list[dict[str, Any]] = []
    for n, part in enumerate(rejoin(split_citations(text))):
        read_in = split_read_in(part)
        if read_in is not None:  # 'X, zit. n. Y': Y is the work cited, X its original
            original, words, read = read_in
            second = parse_citation(read)
            out += [{**parse_citation(original), "original": True}, {**second, "prefix": " ".join(
                filter(None, (words, second.get("prefix"))))}]
            continue
        cit = parse_citation(part)
        also = _AND_THEN.match(part) if n and cit["form"] == "other" else None
        if also:  # '…, 211; and Colley, Britons, 290–92': the next citation, joined by 'and'
            second = parse_citation(part[also.end():])
            if second["form"] != "other":
                cit = {**second, "text": part, "prefix": " ".join(filter(None, (
                    also.group("word"), second.get("prefix"))))}
        joined = _JOINED.match(cit["remark"] or "") if cit["form"] != "other" else None
        second = parse_citation(joined.group("rest")) if joined else None
        if second is not None and second["form"] != "other":
            cut = part.rfind(cit["remark"])
            out.append({**cit, "remark": None, "text": part[:cut].rstrip(" ,")})
            out.append({**second, "prefix": " ".join(filter(None, (joined.group("word"),
                                                                   second.get("prefix"))))})
            continue
        more = cit["remark"] and cit["form"] == "short" and _MORE_YEARS.fullmatch(cit["remark"])
        if not more:
            out.append(cit)
            continue
        years = list(re.finditer(r"\((" + _YEAR + r")\)", cit["remark"]))
        cut = part.index(cit["remark"])
        first = parse_citation(part[:cut].rstrip().rstrip(","))
        out.append(first)
        for m in years:
            out.append(_result(m.group(0), "short", cit["authors"], _year(m.group(1)), None,
                               None, None, f"{cit['authors']} {m.group(0)}"))
    return out


def parse_citation(text: str) -> dict[str, Any]:
    """Describe one citation: form, short-form authors and year, locator, remark, reference.

    A signal before a short form or a full reference (``see``, ``cf.``, ``On this point,
    see``) is kept apart as ``prefix``, and never read as part of an author's name.

    A note reading ``Surnames, NUMBER[, locator]`` (``Bolaño, 2666, 52``, ``Orwell, 1984,
    15``) also carries ``numeric_title``: the same note read as a short form whose title is
    the number. Only the works can tell which it is (``linking.py``: the title of one of that
    author's works, else a year or a page as before).
    """
    out = _citation(text)
    idem = IDEM.match(out["reference"]) if out["form"] == "full" and not out.get("legal") \
        else None
    if idem:  # 'Id., The Desert and the Sown (…)': the author of the citation before it
        out["idem"] = idem.group("idem")
    if "numeric_title" not in out and not out.get("legal") and not out.get("ibid"):
        numbered = _number_title(text)
        if numbered is not None:
            out["numeric_title"] = numbered
    return out


# a notes-style short form whose short title is a number: 'Bolaño, 2666, 52', 'Orwell, 1984'
_NUMBER_TITLE = re.compile(rf"^(?P<authors>{SURNAME}(?:\s+(?:and|&)\s+{SURNAME})?),\s+"
                           r"(?P<title>\d{1,5})(?=,\s*\S|$)")


def _number_title(text: str) -> dict[str, Any] | None:
    """The short-form reading of 'Surnames, NUMBER[, locator]' (see parse_citation), or None."""
    text = text.strip()
    core = text[:-1].rstrip() if text.endswith(".") else text
    m = _NUMBER_TITLE.match(core)
    rest = _short_rest(core[m.end():]) if m else None
    if m is None or rest is None or (rest[2] and not rest[0]):  # a locator, or nothing
        return None
    return {**_result(text, "short", m.group("authors"), None, *rest, core[:m.end()]),
            "title": m.group("title")}


def _citation(text: str) -> dict[str, Any]:
    text = text.strip()
    signal = SIGNAL.match(text)
    if signal:
        rest = text[signal.end():]
        out = parse_citation(rest)  # holds no signal any more
        words = None if _HEAD.match(rest) else WORDS_ON_WORK.match(rest)  # (a head's: prefix)
        found = parse_citation(rest[words.end():]) if words else out
        if words and found["form"] != "other":  # 'Si veda il censimento in L. Corradini, …'
            remark = " ".join(r for r in (words.group("words"), found["remark"]) if r)
            out = {**found, "text": rest, "remark": remark}
        if _HEAD.match(rest) or out.get("title") is not None or out.get("ibid") or \
                out["form"] == "full" \
                or out.get("legal"):
            prefix = " ".join(p for p in (signal.group(0).strip(), out.get("prefix")) if p)
            return {**out, "text": text, "prefix": prefix}
    legal = read_legal(text)
    if legal is not None:  # cases, legislation, law reviews, '(n 4)', 'supra note 4', 'Id. at 4'
        return _legal_result(text, legal)
    within = read_within(text)
    if within is not None:  # an archive's item, a letter 'in' a published collection
        return within
    lead = PROSE_LEAD.match(text)
    if lead:  # 'It is worth noting … the debt. See Tavuchis, Mea Culpa …': prose, then a signal
        out = parse_citation(text[lead.start("signal"):])
        if out["form"] != "other" and out.get("prefix"):
            prose = lead.group("prose").strip().rstrip(",;:")
            remark = " ".join(p for p in (prose, out.get("remark")) if p)
            return {**out, "text": text, "remark": remark}
    core = text[:-1].rstrip() if text.endswith(".") else text
    head = _HEAD.match(core)
    if head and _TITLE_WORD.search(re.sub(r"\bet\s+al\b\.?", "",
                                          head.group("authors")).partition(",")[2]):
        head = None  # 'Duclert et al., La France, le Rwanda et le génocide des Tutsi (1990–1994)'
    if head and _VOLUME_END.search(head.group("authors")):
        head = None  # MHRA's '…, Review of English Studies, 48 (1997)': a volume's year
    bare = _BARE_HEAD.match(core) if head is None else None
    if bare:  # 'Prunier 1997, 61', 'Des Forges 1999: 93–96': author-date without brackets
        rest = _short_rest(re.sub(r"^\s*:", ",", core[bare.end():]))
        if rest is not None and (rest[0] or not rest[2]):  # never 'London 2012, the games
            return _result(text, "short", bare.group("authors"), _year(bare.group("year")),
                           *rest, core[: bare.end()])
    if head is None and has_ibid(core) and not IBID.match(core):
        return _result(text, "full", None, None, *_peel_full(core, 0))  # 'X, « T », ibid.'
    if head is None:
        short = _titled_short(text, core)
        if short is not None:
            return short
        if (YEARISH.search(_URLISH.sub("", core)) or _CIRCA_YEAR.search(core) or
                _IN_BOOK.search(core)) and not running_prose(core):
            return _result(text, "full", None, None, *_peel_full(core, 0))
        return _result(text, "other", None, None, None, None, None, core)
    authors = head.group("authors").strip().rstrip(",")
    year = _year(head.group("year"))
    rest = core[head.end():]
    short = _short_rest(rest)
    if short is not None:
        loc, label, remark = short
        out = _result(text, "short", authors, year, loc, label, remark, core[: head.end()])
        lead = _LEAD_WORDS.match(authors)
        if lead and lead.end() < len(authors) and lead.group().split()[-1].strip(",") in (
                "in", "of", "by", "from", "the", "see", "also", "with", "to", "and"):
            # 'the similar argument in Jones (2001)': the words before the name lead in
            out.update(authors=authors[lead.end():], prefix=lead.group().strip())
        return out
    loc, label, remark, ref = _peel_full(core, head.end())
    return _result(text, "full", _short_authors(authors), year, loc, label, remark, ref)


def _legal_result(text: str, legal: dict[str, Any]) -> dict[str, Any]:
    """A citation read by the legal rules (``legal.py``) in this module's shape."""
    kind = legal["kind"]
    loc, label, remark = legal.get("locator"), legal.get("label"), legal.get("remark")
    if kind == "full":
        out = {**_result(text, "full", None, None, loc, label, remark, legal["reference"]),
               "legal": kind}
        return {**out, "declared": legal["declared"]} if legal.get("declared") else out
    if kind == "ibid":
        return {**_result(text, "short", None, None, loc, label, remark, legal["head"]),
                "ibid": True, "legal": kind}
    out = {**_result(text, "short", legal["name"], None, loc, label, remark,
                     legal["reference"]), "legal": kind}
    if kind == "xref":
        out["xref"] = legal["note"]
    else:
        out["case"] = {"volume": legal["volume"], "report": legal["report"]}
    return out


# the span of years a title ends in, before the page cited ('Memoirs, 1925–1950, 361'; never
# one year, a publication's): the span is the title's
_TITLE_YEARS = re.compile(r",\s*(?P<years>(?:1[5-9]|20)\d\d\s*[-–]\s*(?:1[5-9]|20)?\d\d)(?=,\s*\S)")


def _titled_short(text: str, core: str) -> dict[str, Any] | None:
    """Notes-style short forms: 'Ibid., 45', 'Gaddis, The Long Peace, 12', else None."""
    opcit = OP_CIT.match(core)
    if opcit:
        rest = _short_rest(core[opcit.end():])
        if rest is not None:
            authors = GIVEN_AFTER.sub("", opcit.group("authors"))  # 'FEYEL, Gilles': FEYEL
            return {**_result(text, "short", authors, None, *rest,
                              core[:opcit.end()]), "title": "", "cited_before": True}
    ibid = IBID.match(core)
    if ibid:
        rest = _short_rest(core[ibid.end():])
        if rest is None or (rest[2] and not rest[0]):  # 'Ibid. is Latin': no locator, words
            return None
        return {**_result(text, "short", None, None, *rest, core[:ibid.end()]), "ibid": True}
    alone = AUTHOR_ONLY.match(core)
    if alone and not YEARISH.search(core[alone.end():]):  # 'Melvern, p. 50': any title
        rest = _short_rest(core[alone.end():])
        if rest is not None and rest[0]:
            return {**_result(text, "short", alone.group("authors"), None, *rest,
                              core[:alone.end()]), "title": ""}
    m = AUTHOR_TITLE.match(core)
    if m is None:
        return None
    end = m.end("title")
    opened = core.rfind("(", m.start("title"), end)
    if opened >= 0 and match_paren(core, opened) is not None:  # '(above, n. 4)': the title's
        end = max(end, match_paren(core, opened) + 1)
    years = _TITLE_YEARS.match(core, end)
    if years:  # 'Kennan, Memoirs, 1925–1950, 361': a span of years ends the short title
        end = years.end("years")
    rest = _title_rest(core, end)
    cited_later = AFTER_TITLE.search(core, end) if rest and rest[2] and not rest[0] else None
    if cited_later and not re.search(r"[()\[\]:;]", core[end:cited_later.start()]):
        rest = None  # 'Barenghi, Italo Calvino, le linee e i margini, cit., p. 112': the title
    for comma in re.finditer(r",\s", core[end:]) if rest is None else ():
        # a title with commas: 'Tilly, Coercion, Capital, and European States, 70'
        if re.search(r"[()\[\]:;]", core[end:end + comma.start()]):
            break
        rest = _title_rest(core, end + comma.start())
        if rest is not None and (rest[0] or not rest[2]):  # a locator, never 'and …' words
            end += comma.start()
            break
        rest = None
    title = core[m.start("title"):end].strip()
    if rest is None or not re.search(r"[^\W\d_]{2}", title) or \
            rest[2] and _IN_BOOK.match(", " + rest[2]):  # a chapter's full reference
        return None
    xref = _TITLE_XREF.search(title)
    if xref:  # 'Geyer, Verkehrte Welt (wie Anm. 4), S. 243': the work note 4 cites
        title = title[:xref.start()]
    outside = core[:m.start("title")] + " " + core[end:]
    dated = YEARISH.search(title) or _CIRCA_YEAR.search(title)
    if YEARISH.search(outside) or (dated and re.search(r"\.\s", title)) \
            or re.search(r"\([^()]*" + YEARISH.pattern + r"\)", title):
        # a year outside the short title ('Hitler 1889–1936'), or a publication statement
        # in it (OSCOLA's '(Hart Publishing 2010)'): a full reference
        return None
    if "," in title and STATEMENT_YEAR.search(title):
        return None  # 'Belpoliti, L'occhio di Calvino, Einaudi, Torino 1996, pp. 45-47': full
    cited = TITLE_CIT.search(title)  # Italian 'Bellandi, Il romanzo e la nazione cit.'
    out = {**_result(text, "short", m.group("authors").strip(), None, *rest, core[:end]),
           "title": title[:cited.start() if cited else None].strip("\"'“”‘’„«», \u00a0")}
    if cited:
        out["cited_before"] = True
    if IDEM.match(m.group("authors") + ", " + title):
        out.update(idem=m.group("authors"), authors=None)  # the author before it: carry_idem
    if xref:  # linking takes note N's work when author and short title agree with it
        out["note_ref"] = xref.group("note")
    return out


# a chapter in a book after a quoted title: '«La Real Cédula …», en Antonio Miralles (coord.)'
_IN_BOOK = re.compile(r"[»”\"’]?,\s+(?:en|in)\s+(?=[A-Z\u00c0-\u00de])")
# a cross-reference after a short title: '(wie Anm. 4)', '(see n. 4)', '(voir note 4)'
_TITLE_XREF = re.compile(r"\s*\((?:wie|see|siehe|vgl\.|voir|cf\.|above|supra)?\s*"
                         r"(?:Anm\.|Fn\.|nn?\.?|note)\s*(?P<note>\d{1,4})\)$", re.I)


def _title_rest(core: str, at: int) -> tuple[str | None, str | None, str | None] | None:
    """``_short_rest`` after a short title ending at *at*, an 'op. cit.' there skipped."""
    cited = AFTER_TITLE.match(core, at)
    return _short_rest(core[cited.end() if cited else at:])


# a locator ending in the pages after it, its full stop cut off with the note's: 'S. 650 ff'
_OPEN_FOLLOWING = re.compile(r"\b(?:ff?|sqq?|seqq?|suiv|ss|sigs?|segg?|sgg)$")


def _result(text: str, form: str, authors: str | None, year: str | None, locator: str | None,
            label: str | None, remark: str | None, reference: str) -> dict[str, Any]:
    pin = cited_at(locator, label, remark) if form != "other" else None
    if pin is not None:  # 'S. 354–395, hier S. 370', 'pp. 50-60 (cit. a p. 54)': that page
        (locator, label), remark = pin, None
    if locator and _OPEN_FOLLOWING.search(locator) and f"{locator}." in text:
        locator += "."  # 'pp. 45 ff.', 'p. 150 et suiv.': kept as written, with the stop
    return {"text": text, "form": form, "authors": authors, "year": year, "locator": locator,
            "label": label, "remark": remark, "reference": _final_stop(reference),
            "prefix": None}


def _final_stop(reference: str) -> str:
    """Trim trailing separators and end the reference with a full stop."""
    reference = reference.strip().rstrip(",;:").rstrip()
    if reference and not reference.endswith((".", "?", "!")):
        reference += "."
    return reference


def as_short(citation: dict[str, Any]) -> dict[str, Any]:
    """A full citation re-read as a short form: its words after the head become the remark.

    For a note whose work the essay's own bibliography gives in full (``esp. Hobbes (1629)
    To the Readers: Thucydides “introduceth …”``); the locator stays the locator.
    """
    reference = citation["reference"].rstrip(".")
    head = _HEAD.match(reference)
    if head is None:
        return citation
    words = reference[head.end():].strip(" ,:;")
    remark = "; ".join(r for r in (words, citation.get("remark")) if r) or None
    return {**citation, "form": "short", "remark": remark,
            "reference": _final_stop(reference[: head.end()])}


def _year(raw: str) -> str:
    raw = raw.strip()
    if raw.lower().startswith("n"):
        return "n.d." if raw.lower().replace(" ", "").startswith("n.d") else raw
    raw = re.sub(r"^(?:c\.|ca\.|circa)\s?", "", raw, flags=re.I)  # 'c. 1450': the year 1450
    return raw.split(",")[0].strip().rstrip("?")


def _short_authors(authors: str) -> str:
    """``Straus, S. and Waldorf, L. (eds.)`` → ``Straus and Waldorf``; organisations kept."""
    authors = re.sub(r"\s*\((?:eds?|comps?|trans|dir)\.?\)\s*", " ", authors, flags=re.I).strip()
    etal = re.search(r",?\s+et al\.?$", authors)
    if etal:
        authors = authors[: etal.start()]
    names = re.split(r"\s*(?:,?\s+and\s+|\s*&\s*|;\s*)", authors)
    families = []
    for name in names:
        family, comma, given = name.strip().rstrip(",").partition(",")
        families.append(family.strip() if comma and _is_initials(given) else name.strip())
    out = " and ".join(f for f in families if f)
    return out + " et al." if etal else out


def _is_initials(given: str) -> bool:
    given = given.strip()
    return bool(given) and bool(re.fullmatch(r"(?:[A-Z][a-z]*\.?[\s-]*)+", given))


def _short_rest(rest: str) -> tuple[str | None, str | None, str | None] | None:
    """Locator/label/remark when *rest* (after the head) holds no title; else None."""
    body = rest.lstrip()
    if not body:
        return None, None, None
    lead = body[1:].lstrip() if body.startswith(",") else body
    # a labelled locator, a bare page ('209-11'), a locus ('I.1–3': no label), a roman page
    # ('xi': a preface's)
    for regex, label in ((LOCATOR, None), (BARE, "page"), (LOCUS, ""), (ROMAN_PAGE, "page")):
        m = regex.match(lead)
        if m:
            tail = TAIL.match(lead, m.end())
            if tail and regex in (LOCUS, ROMAN_PAGE) and tail.group("remark"):
                continue  # a locus ends the citation: 'Smith 2010, 2.5 million …' is prose
            if tail and not (label and lead[m.end():m.end() + 1].isalpha()):
                found = label_of(m.group("label")) if label is None else label or None
                return m.group(0).strip(), found, tail.group("remark")
    if lead.startswith("(") and match_paren(lead, 0) == len(lead) - 1:
        return None, None, lead
    if lead[:1].islower():
        return None, None, lead
    return None


_RANGE_THEN_PAGE = re.compile(r"(?P<first>\d+)\s*[-–]\s*(?P<last>\d+)\s*,\s*"
                              r"(?P<page>\d+(?:\s*[-–]\s*\d+)?)")


def _within(m: re.Match[str]) -> bool:
    """Does the page cited lie inside the range before it ('5–20, 10'; '215–45, 230')?"""
    first, last = m.group("first"), m.group("last")
    if len(last) < len(first):  # '215–45' is 215–245
        last = first[: len(first) - len(last)] + last
    page = int(re.match(r"\d+", m.group("page")).group())
    return int(first) <= page <= int(last)


def _peel_full(core: str, head_end: int) -> tuple[str | None, str | None, str | None, str]:
    """Locator, label, remark and reference of a full citation (``core`` has no final '.')."""
    found = last_locator(core, head_end)
    if found:
        start, loc, label, remark = found
        return loc, label, remark, core[:start]
    stated = statement_locator(core, head_end)
    if stated is not None:  # MHRA's '48 (1997), 312–29 (p. 315)', '(…, 1798), II, 14'; a
        return stated  # book's '. London: Longmans. p. 88.'
    for comma in reversed(list(re.finditer(r",\s*", core[head_end:]))):
        # a locus at the end, no label: 'Boston: Ticknor and Fields, I.1–3' (canto I, lines
        # 1–3), 'vol. 2, Inf. I.1–3': the place cited, never the work's pages
        locus = LOCUS.match(core, head_end + comma.end())
        tail = TAIL.match(core, locus.end()) if locus else None
        if tail and not tail.group("remark"):  # the citation's end: never '2.5 million …'
            return locus.group(0), None, tail.group("remark"), core[:head_end + comma.start()]
    labelled = _OSCOLA_LABELLED.search(core, head_end)
    if labelled:  # OSCOLA: '(Cm 7170, 2007) paras 24–41', '(Law Com No 322, 2010) para 4.112'
        loc = LOCATOR.fullmatch(labelled.group("loc"))
        return (labelled.group("loc"), label_of(loc.group("label")) if loc else None, None,
                core[:labelled.start("space")])
    one = _CHICAGO_PAGE.search(core)
    if one:  # Chicago's note cites one page of an article: '91, no. 5 (1986): 1067'
        return one.group("loc"), "page", None, core[:one.start("colon")]
    cited = _CITED_PAGES.search(core, head_end) or _OSCOLA_PAGES.search(core, head_end)
    if cited:  # notes style: '(New York: OUP, 1987), 215–45', '(1999): 45–67, 50'
        tail = TAIL.match(core, cited.end("loc"))
        pinpoint = _RANGE_THEN_PAGE.fullmatch(cited.group("loc"))
        if tail and pinpoint and _within(pinpoint):  # a chapter's '5–20, 10': the page is 10
            return (pinpoint.group("page"), "page", tail.group("remark"),
                    core[:cited.start("loc") + pinpoint.end("last")])
        if tail:
            return cited.group("loc"), "page", tail.group("remark"), core[:cited.start("comma")]
    open_at = trailing_paren(core)
    if open_at is None or open_at < head_end:
        return None, None, None, core
    paren = core[open_at:]
    before = core[:open_at].rstrip()
    inner = paren[1:-1].strip()
    words = re.findall(r"[^\W\d_]+", inner.lower())
    if inner[:1].islower():
        for word in words[:2]:
            if word in _DESCRIPTIVE:
                return paren, _DESCRIPTIVE[word], None, before
    if re.match(r"(?:accessed|viewed|online|available)\b", inner, re.I):
        return None, None, None, core
    if _after_publisher(before[head_end:]) or inner[:1].islower():
        return None, None, paren, before
    return None, None, None, core


def _after_publisher(body: str) -> bool:
    """Does *body* (the citation after its head) end with a ``Place: Publisher`` sentence?"""
    sentences = [s for s in _SENTENCE.split(body.strip()) if s.strip()]
    return len(sentences) >= 2 and bool(_PUBLISHER.match(sentences[-1].strip()))
