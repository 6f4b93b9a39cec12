"""Legal citations (OSCOLA and Bluebook): cases, legislation, law-review articles, cross-references.

Legal citation forms are regular, so they are read by exact rules, never by the model:

* **Cases.** A case name holds ``v`` / ``v.`` (or starts ``Re``, ``In re``, ``Ex parte``;
  an EU case starts ``Case C-331/88``, kept in the name).
  OSCOLA: ``NAME [NEUTRAL, ][YEAR] VOLUME? REPORT PAGE (COURT)? PINPOINT?`` with the year
  in square or round brackets (``Donoghue v Stevenson [1932] AC 562 (HL) 580``, ``Smith and
  Grady v United Kingdom (2000) 29 EHRR 493, para 138``, ``Bank Mellat v Her Majesty's
  Treasury (No 2) [2013] UKSC 39, [2014] AC 700 [74]``), or a neutral citation alone
  (``[2019] UKSC 5``: a court's designator, never read as a report), and a parallel report
  after the first (``Hadley v Baxendale (1854) 9 Exch 341, 156 ER 145``: CSL ``references``).
  Bluebook: ``NAME, VOLUME REPORTER PAGE[, PIN] ([COURT ]YEAR)``
  (``Brown v. Bd. of Educ., 347 U.S. 483, 495 (1954)``; an early reporter's own volume stays
  in the reporter: ``5 U.S. (1 Cranch) 137``).  CSL: ``legal_case``, ``title`` the
  case name (no author), ``container-title`` the report, ``volume``, ``page`` the first page,
  ``authority`` the court, ``number`` the neutral citation, ``issued`` the year of the
  report cited (or of the neutral citation when no report is given).  A year in square
  brackets is part of the report's reference (``[1932] AC``, ``[1948] 1 KB``: the year
  serves as the volume, or as the series within which volumes are numbered) and is also
  the item's ``collection-number``; a year in round brackets (``(1979) 68 Cr App R``) is
  only the date, the series numbering its own volumes, and has no ``collection-number``.
* **Legislation.** ``TITLE Act YEAR`` (also Regulations, Order, Rules, Measure; an
  ``SI 1998/3132`` number after a comma), the US ``TITLE Act of YEAR[, Pub. L. No. N][, V
  Stat. P]``, a code section ``42 U.S.C. § 1983 (2018)``, and treaties (a title naming a
  Treaty, Convention, Charter, Covenant or Protocol, no digits; or an abbreviation cited by
  its article, ``ECHR art 8``), a provision after a comma or none (``Human Rights Act 1998 s
  3``).  CSL: ``legislation`` (or ``treaty``), ``title`` the name with its year, ``issued``
  the year, no author.  A code section is the work the Bluebook cites: ``volume`` the code's
  title number, ``container-title`` the code, ``section``, ``issued`` (``title`` the section
  as it is known, ``42 U.S.C. § 1983``).  EU instruments in the Official Journal (``…
  [2000] OJ L303/16``): ``container-title`` ``OJ``, ``volume`` the series and issue,
  ``page``, the year in square brackets its ``collection-number`` as a report's.
  Scots reports give the year bare (``1932 SC (HL) 31``): the year serves as the volume,
  ``collection-number`` as for ``[1932] AC``.
* **Law-review articles.** Bluebook ``AUTHOR, TITLE, VOLUME JOURNAL PAGE[, PIN] (YEAR)``
  and OSCOLA ``AUTHOR, 'TITLE' (YEAR) VOLUME JOURNAL PAGE[, PIN]`` / ``[YEAR] JOURNAL PAGE``
  (the bibliography's ``Craig P, '…'`` too): ``article-journal`` with volume, journal and
  first page.
* **Pinpoints** (the citation's locator, never part of the work): ``580`` / ``at 494``
  (page), ``[74]``, ``[74]–[76]``, ``para 138`` (paragraph), ``s 3``, ``ss 3–4``, ``§ 1983``
  (section), ``art 8`` (article), ``sch 1, para 3``, ``pt 2``, ``r 3.4``, ``reg 4``, a chain
  of them (``sch 1, pt 1, art 8``), the Bluebook's ``152 n.4``.  A single plain number under
  a label that says it (``s 3``, ``para 138``) is kept as the value alone; anything else is
  kept verbatim (``ss 3–4``, ``[74]–[76]``, ``494 n.11``, ``sch 1``, ``reg 4``: a schedule or
  a regulation is no section) so no word of it is lost or changed in rendering.
* **Cross-references.** OSCOLA ``NAME (n 4) PIN`` and Bluebook ``NAME, supra note 4, at
  PIN`` name the work cited in note 4; a Bluebook short case ``Brown, 347 U.S. at 494``
  names the case by name, volume and reporter; ``ibid [74]``, ``ibid 45``, ``Id. at 494``
  repeat the work before with a pinpoint, a bare ``Id.`` the work before.
"""

from __future__ import annotations

import re
from typing import Any

from .aglc import AGLC_REPORT, AGLC_SHORT_TITLE, aglc_report, inverted_person
from .smallcaps import name_case, title_case
from .statecodes import STATE_CODE, parse_state_code

__all__ = ["read_citation", "parse_legal", "pinpoint"]

# a report or journal abbreviation: 'AC', 'KB', 'EHRR', 'U.S.', 'F.3d', 'S. Ct.', 'L. Ed. 2d',
# 'Harv. L. Rev.', 'Yale L.J.', 'NZ L Rev', "Lloyd's Rep", 'Cr App R (S)'
_ABBR_WORD = r"(?:[A-Z][A-Za-z0-9'’.&]*|\d[a-z]{1,2}\.?|of|\([A-Z][A-Za-z]{0,5}\))"
_REPORT_NAME = rf"[A-Z][A-Za-z0-9'’.&]*(?:\(D\))?(?:\s+{_ABBR_WORD}){{0,5}}?"  # 'WLR(D)'
_REPORT = rf"(?P<report>{_REPORT_NAME})"
_PAGE = r"(?P<page>(?:[IT]-)?\d+)"
_COURT = r"(?:\s+\((?P<court>[A-Z][A-Za-z .]{0,30})\))"
# the court designators of neutral citations ('[2017] UKSC 5', '[2019] EWHC 123 (Admin)'): the
# name of a court, never of a report, so '[2017] UKSC 5' alone is no '[1932] AC 562'
_NEUTRAL_COURT = (r"(?:UK(?:SC|HL|PC|UT|FTT|EAT|AIT|IPTrib)|EW(?:CA|HC|FC|COP|CC|PCC)|CSIH|CSOH"
                  r"|HCJAC|SAC|NI(?:CA|QB|KB|Ch|Fam|Crown)|IE(?:SC|CA|HC)|HCA|NZ(?:SC|CA|HC))")
_NEUTRAL = (r"(?P<neutral>\[(?P<nyear>\d{4})\]\s+(?P<ncourt>[A-Z][A-Za-z]+(?:\s+(?:Civ|Crim|Admin"
            r"|Fam|Ch|QB|KB|Comm|TCC|IPEC|Pat))?)\s+(?P<nnum>\d+)(?:\s+\([A-Za-z]+\))?)")
_NAME = (r"(?P<name>(?:Case\s+[CT]-\d+/\d+\s+)?(?:.+?\sv\.?\s.+?|(?:Re|In\s+re|Ex\s+parte|"
         r"(?:The\s+)?Case\s+of(?:\s+the)?)\s+[A-Z].*?))")  # 'Case of Proclamations (1611) …'
_NUMV = r"(?:\d+(?:\.\d+)*[A-Za-z]?|[IVXLC]+)(?:\(\w{1,4}\))*"  # 6, 1A(2), 9.11, I(2)
_VALUE = rf"{_NUMV}(?:\s*[-–—]\s*{_NUMV})?(?:\s*(?:,|and|&)\s*{_NUMV}(?:\s*[-–—]\s*{_NUMV})?)*"
_PNUM = r"\[\d+(?:\.\d+)*\]"  # a paragraph: '[74]', a report's '[1.54]'
_PARA = rf"{_PNUM}(?:\s*[-–—]\s*{_PNUM})?(?:\s*(?:,|and|&)\s*{_PNUM}(?:\s*[-–—]\s*{_PNUM})?)*"
_FOOTNOTE = r"(?:\s+nn?\.\s?\d+(?:\s*[-–—]\s*\d+)?)?"  # the Bluebook's '152 n.4', 'at 494 n.11'
_PIN_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"at\s+(?P<v>\d+(?:\s*[-–—]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?)*"
                rf"{_FOOTNOTE})"), "page"),
    (re.compile(rf"(?P<v>{_PARA})"), "paragraph"),
    # AGLC's page and paragraph: '444 [47]', kept as written
    (re.compile(rf"(?P<v>\d+(?:\s*[-–—]\s*\d+)?\s+{_PARA})"), "page"),
    (re.compile(r"(?P<v>\d+(?:\s*[-–—]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?)*"
                rf"{_FOOTNOTE})"), "page"),
    (re.compile(rf"(?:paras?\.?|¶¶?)\s*(?P<v>{_VALUE}|{_PARA})"), "paragraph"),
    (re.compile(rf"(?:ss?\.?|§§?|secs?\.)\s*(?P<v>{_VALUE})"), "section"),
    (re.compile(rf"(?:arts?\.?|articles?)\s+(?P<v>{_VALUE})"), "article-locator"),
    (re.compile(rf"(?:sch|schs|Sch)\.?\s+(?P<v>\d+(?:,\s*(?:paras?|pt)\.?\s+{_VALUE})?)"),
     "section"),
    (re.compile(rf"(?:regs?\.?|reg\.)\s+(?P<v>{_VALUE})"), "section"),  # an SI's regulation
    (re.compile(rf"(?:pts?\.?)\s+(?P<v>{_VALUE})"), "part"),
    (re.compile(r"(?:rr?\.?)\s+(?P<v>\d+(?:\.\d+)*(?:\(\w+\))*)"), "rule"),
    (re.compile(rf"(?:chs?\.?)\s+(?P<v>{_VALUE})"), "chapter"),
    (re.compile(r"(?:cols?\.?)\s+(?P<v>\d+[WS]?(?:\s*[-–]\s*\d+[WS]?)?)"), "column"),  # Hansard
]
_PIN = (r"(?:at\s+\d[^()]*?|\[\d+\][^()]*?|"
        r"\d+(?:\s*[-–—]\s*\d+)?\s+\[\d+(?:\.\d+)*\][^()]*?|"  # AGLC's '444 [47]'
        r"\d+(?:\s*[-–—]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?)*"
        r"|(?:paras?\.?|¶¶?|ss?\.?|§§?|arts?\.?|sch|pts?\.?|rr?\.?|regs?\.?)\s*[\d\[][^()]*?)")
_SIMPLE = re.compile(r"\d+[a-z]?")
# a provision's label before its number: what may follow an Act's year with no comma
_PROVISION = r"(?:ss?|secs?|§§?|schs?|Sch|pts?|arts?|articles?|paras?|regs?|rr?|chs?)\.?\s*\d"
_PAGES = re.compile(r"\d+(?:\s*[-–—]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?)*")

_OSCOLA_CASE = re.compile(
    rf"^{_NAME}\s+(?:{_NEUTRAL}\s*,\s*)?(?:(?P<open>[\[(])(?P<year>\d{{4}})[\])]"
    rf"|(?P<bare>\d{{4}}))\s+"
    rf"(?!{_NEUTRAL_COURT}\s+\d)(?:(?P<volume>\d+)\s+)?{_REPORT}\s+{_PAGE}{_COURT}?"
    rf"(?:,\s+(?P<parallel>\d+\s+{_REPORT_NAME}\s+\d+))?"  # '9 Exch 341, 156 ER 145'
    rf"(?:,?\s+(?P<pin>{_PIN}))?$")
_NEUTRAL_CASE = re.compile(rf"^{_NAME}\s+{_NEUTRAL}(?:,?\s+(?P<pin>{_PIN}))?$")
# a judgment known by its European Case Law Identifier: 'Case C-131/12 Google Spain SL v AEPD
# [2014] ECLI:EU:C:2014:317' (the ECLI is its number, never dropped)
_ECLI_CASE = re.compile(rf"^{_NAME}\s+[\[(](?P<year>\d{{4}})[\])]\s+"
                        r"(?P<ecli>ECLI:[A-Z]{2}:[A-Z0-9]+:\d{4}:[\w.]+?)"
                        rf"(?:,?\s+(?P<pin>{_PIN}))?$")
_BLUEBOOK_CASE = re.compile(
    rf"^(?P<name>[^,]+?\sv\.?\s.+?|In re\s[^,]+?|Ex parte\s[^,]+?),\s+(?P<volume>\d+)\s+"
    # an early reporter's own volume after the official one: '5 U.S. (1 Cranch) 137'
    rf"(?P<reporter>{_REPORT}(?:\s+\(\d+\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?\))?)"
    rf"\s+(?P<page>\d+|___)(?:,\s*(?P<pin>\d[^()]*?))?\s+\((?P<court>[^()]*?)\s*(?P<year>\d{{4}})\)$")

_UK_ACT = re.compile(
    r"^(?P<title>(?:[A-Z][\w'’-]*|\([A-Z][\w'’ ,-]*\)|and|of|the|for|on|to|in|with|etc)"
    r"(?:\s+(?:[A-Z][\w'’-]*|\([A-Z][\w'’ ,-]*\)|and|of|the|for|on|to|in|with|etc))*?"
    r"\s+(?:Act|Regulations|Order|Rules|Measure)\s+(?P<year>\d{4})"
    # an Australian or Irish Act's jurisdiction is part of its name: 'Act 1975 (Cth)'
    r"(?:\s*\((?:Cth|NSW|Vic|Qld|SA|WA|Tas|ACT|NT|NZ|Ire|Scot|NI)\))?)"
    r"(?:\s*,\s*(?P<si>SI\s+\d{4}/\d+)|\s*\((?P<bsi>SI\s+\d{4}/\d+|No\.?\s*\d+\s+of\s+\d{4})\))?"
    r"(?:(?:\s*,\s*|\s+(?=" + _PROVISION + r"))(?P<pin>(?!SI\b)[^,].*?))?$")
_US_ACT = re.compile(
    r"^(?P<title>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|of|the|for|on|to|in|with|&))*?\s+Act"
    r"\s+of\s+(?P<year>\d{4}))(?:\s*,\s*(?P<publ>Pub\.\s*L\.\s*No\.\s*\d+[-–]\d+))?"
    r"(?:\s*,\s*(?P<svol>\d+)\s+Stat\.\s+(?P<spage>\d+))?(?:\s*,\s*(?P<pin>§.*?))?"
    r"(?:\s*\((?P<codified>(?:codified|to be codified)[^()]*)\))?$")
# a code section, 42 U.S.C. § 1983 (2018): the section is the work the Bluebook cites
_CODE = re.compile(r"^(?P<volume>\d+)\s+(?P<code>(?:U\.S\.C\.|C\.F\.R\.)(?:\s+Supp\.\s+\w+)?)"
                   r"\s*§§?\s*(?P<section>[\w.()]+(?:\s*[-–]\s*[\w.()]+)?)"
                   r"(?:\s*\((?P<year>\d{4})\))?$")
_TREATY = re.compile(
    r"^(?P<title>(?=.*\b(?:Treaty|Convention|Charter|Covenant|Protocol)\b)"
    r"[A-Z][\w'’()-]*(?:\s+(?:[A-Z][\w'’()-]*|and|of|the|for|on|to|in|against|with))*)"
    r"(?:\s*\((?P<year>\d{4})\))?(?:(?:\s*,\s*|\s+)(?P<pin>(?:arts?\.?|articles?|para|pt|sch)\s.*))?$")
# a body that made an instrument, before its year: 'Organization of African Unity (1969) '
_BODY_YEAR = (r"^(?:(?P<author>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the|on))*)\s+"
              r"\((?P<ayear>\d{4})\)")
# a treaty's pinpoint: 'art. I(2)', 'para 4', 'preamble'
_TREATY_PIN = (r"(?:(?:\s*,\s*|\s+)(?P<pin>(?:arts?\.?|articles?|paras?\.?|annex|preamble|"
               r"pts?\.?)\s.*))?$")
# an EU instrument's number: 'Regulation (EU) 2016/679', 'Council Directive 2000/78/EC'
_EU_INSTRUMENT = (r"(?:(?:Council|Commission)\s+)?(?:Regulation|Directive|Decision)\s*"
                  r"(?:\((?:EU|EC|EEC|Euratom)\)\s*)?(?:No\.?\s*)?\d+/\d+")
# a treaty in a treaty series, OSCOLA or Harvard: 'Convention Relating to the Status of Refugees
# (adopted 28 July 1951, entered into force 22 April 1954) 189 UNTS 137', 'Organization of
# African Unity (1969) Convention Governing … in Africa. 1001 UNTS 45, art. I(2)'
_TREATY_SERIES = re.compile(
    _BODY_YEAR + r"[.,]?\s+)?"
    r"(?P<title>[A-Z][^()‘'\"“]*?[^\s,.])(?:\s*\((?P<year>\d{4})\))?"
    r"(?:,?\s*\((?P<dates>(?:adopted|opened|signed|done|concluded)\b[^()]*)\))?[.,]?\s+"
    r"(?P<volume>\d{1,4})\s+(?P<series>UNTS|U\.N\.T\.S\.|LNTS|L\.N\.T\.S\.|ETS|CETS|UKTS|"
    r"CTS|OASTS)\s+(?P<page>\d+)"  # never ILM: it prints cases and articles too
    + _TREATY_PIN)
# Cite Them Right's form of the same: 'United Nations (1989) Convention on the Rights of the
# Child. Treaty Series, 1577, p. 3.'
_TREATY_SERIES_CTR = re.compile(
    _BODY_YEAR + r"[.,]?\s+)?"
    r"(?P<title>[A-Z][^()]*?[^\s,.])(?:\s*\((?P<year>\d{4})\))?(?P<dates>)[.,]?\s+"
    r"(?P<series>(?:United Nations |League of Nations )?Treaty Series),?\s+(?:vol\.\s*)?"
    r"(?P<volume>\d{1,4}),?\s+(?:p\.\s*)?(?P<page>\d+)"
    + _TREATY_PIN)
# EU legislation in Cite Them Right's form: 'Regulation (EU) 2016/679 of … (General Data
# Protection Regulation) (2016) Official Journal L119, 4 May, pp. 1-88.'
_EU_CTR = re.compile(
    _BODY_YEAR + r"\s+)?"
    rf"(?P<title>{_EU_INSTRUMENT}\b.*?|(?:Consolidated version of the )?"
    r"Treaty\b.*?)(?:\s*\((?P<year>\d{4})\))?[.,]?\s*(?P<oj>Official Journal(?: of the European "
    r"(?:Union|Communities))?|OJ),?\s+(?P<issue>[LC]\s?\d+(?:/\d+)?(?:\s?[A-Z])?)"
    r"(?:,\s*(?P<day>\d{1,2}\s+[A-Z][a-z]+))?(?:,\s*pp?\.\s*(?P<page>\d+)(?:\s*[-–]\s*\d+)?)?"
    r"(?:(?:\s*,\s*|\s+)(?P<pin>(?:arts?\.?|articles?|paras?|annex)\s.*))?$")
# Hansard, OSCOLA's way: 'HC Deb 3 February 1977, vol 925, col 973', 'HL Deb 12 March 2019,
# vol 796, cols 1200–10' (the column is the pinpoint)
_HANSARD = re.compile(
    r"^(?P<title>(?:HC|HL)\s+Deb\s+\d{1,2}\s+[A-Z][a-z]+\s+(?P<year>\d{4}))"
    r"(?:,\s*(?P<vol>vol\.?\s*\d+))?(?:,\s*(?P<pin>cols?\.?\s*\d.*))?$")
# a treaty or instrument by its abbreviation, cited by its article: 'ECHR, art 8', 'TFEU art 267'
# (the abbreviation alone is the work: 'ECHR')
_TREATY_ABBR = re.compile(r"^(?P<title>[A-Z]{3,8})(?:(?:\s*,\s*|\s+)(?P<pin>(?:arts?\.?|articles?)"
                          r"\s+\d.*))?$")
# EU legislation and treaties in the Official Journal: '… [2012] OJ C326/47', '… [2000] OJ
# L303/16' (the year part of the reference, as a report's: collection-number), then the article
_EU_OJ = re.compile(
    r"^(?P<title>[A-Z].*?\S)\s+\[(?P<year>\d{4})\]\s+(?P<oj>OJ)\s+(?P<issue>[LC]\s?\d+|[LC]\s?\d+\s?[A-Z])"
    r"/(?P<page>\d+)(?:(?:\s*,\s*|\s+)(?P<pin>(?:arts?\.?|articles?|paras?|annex)\s.*))?$")

_PERSON = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}(?:,\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))?"
_AUTHORS = (rf"(?P<authors>{_PERSON}(?:(?:,\s+|\s+)(?:and|&)\s+{_PERSON}"
            rf"|,\s+{_PERSON}(?=,\s+(?:and|&)))*)")
_BLUEBOOK_ARTICLE = re.compile(
    rf"^{_AUTHORS},\s+(?P<title>[^\d].+?),\s+(?P<volume>\d+)\s+"
    rf"(?P<journal>[A-Z][A-Za-z'’.&]*(?:\s+(?:[A-Z][A-Za-z'’.&]*|of|&))*)\s+(?P<page>\d+)"
    r"(?:,\s*(?P<pin>\d+(?:\s*[-–—]\s*\d+)?(?:\s+nn?\.\s?\d+)?))?\s+\((?P<year>\d{4})\)$")
# Bluebook books: 'Gerald N. Rosenberg, The Hollow Hope 39-71 (2d ed. 2008)', 'Mark Tushnet,
# Making Civil Rights Law …, 1936-1961, at 150 (1994)' (the author's full name, two words or more)
# (the author and title in small capitals may come pasted as capitals: 'RICHARD H. FALLIN, JR.
# ET AL., THE FEDERAL COURTS …'; smallcaps.py puts them back in normal case)
_SUFFIX = r"(?:,?\s+(?:Jr|Sr|JR|SR)\.)"
_BLUEBOOK_BOOK = re.compile(
    r"^(?P<authors>(?!(?:Jr|Sr|JR|SR)\.)[A-Z][\w'’.-]*(?:\s+(?!(?:Jr|Sr|JR|SR)\.)[A-Z][\w'’.-]*){1,4}"
    rf"{_SUFFIX}?(?:\s+(?:&|and)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{1,4}}{_SUFFIX}?)?"
    r"(?:\s+(?:et\s+al\.|ET\s+AL\.))?),\s+"
    r"(?P<title>[A-Z][^()]*?\S\s+\S[^()]*?)(?:(?<!,)\s(?P<pin>\d+(?:\s*[-–—]\s*\d+)?)|,\s+(?P<at>at\s+\d+(?:\s*[-–—]\s*\d+)?))?"
    r"\s+\((?:(?P<edition>\d+(?:st|nd|rd|th|d)\s+ed\.)\s+)?(?P<year>\d{4})\)$")
_OSCOLA_ARTICLE = re.compile(
    r"^(?P<authors>.+?),?\s+['‘](?P<title>.+?)['’]\s+(?P<open>[\[(])(?P<year>\d{4})[\])]\s+"
    r"(?:(?P<volume>\d+)(?:\((?P<issue>\d+)\))?\s+)?"
    r"(?P<journal>[A-Z][A-Za-z'’.&]*(?:\s+(?:[A-Z][A-Za-z'’.&]*|of|&))*)\s+(?P<page>\d+)"
    r"(?:,\s*(?P<pin>\d+(?:\s*[-–—]\s*\d+)?))?$")

_OSCOLA_XREF = re.compile(r"^(?P<name>[^()]+?)\s*\(n\s*(?P<note>\d+)\)(?:,?\s*(?P<pin>.+))?$")
_BLUEBOOK_XREF = re.compile(r"^(?P<name>.+?),\s+supra\s+note\s+(?P<note>\d+)(?:,\s*(?P<pin>.+))?$")
_BLUEBOOK_SHORT_CASE = re.compile(
    rf"^(?P<name>[A-Z][^,]*?),\s+(?P<volume>\d+)\s+{_REPORT}\s+at\s+(?P<pin>\d.*)$")
_IBID = re.compile(r"^(?P<word>ibid\.?|ibidem\.?|id\.)(?:\s*,?\s*(?P<pin>\S.*))?$", re.I)


# words whose number alone, under the label, says the same thing ('s 3' is section 3); a
# schedule or a regulation is no section: 'sch 1', 'reg 4' are kept as written
_LABEL_WORD = re.compile(r"(?:at|paras?|ss?|secs?|arts?|articles?|pts?|rr?|chs?|cols?)\b|[¶§\d\[]")


def pinpoint(text: str) -> tuple[str, str] | None:
    """``(locator, label)`` for a legal pinpoint (the whole text), else None."""
    text = text.strip().rstrip(".").strip()
    for regex, label in _PIN_RULES:
        m = regex.fullmatch(text)
        if m:
            value = m.group("v").strip()
            if not _LABEL_WORD.match(text):
                return text, label  # 'sch 1', 'reg 4': never 's. 1'
            if _SIMPLE.fullmatch(value) or text.startswith("at") or (
                    label == "page" and _PAGES.fullmatch(value)):
                return value, label  # a page range renders as written; 'at' is no word of it
            return text, label  # 'ss 3–4', '[74]–[76]', 'art 5(4)': verbatim, never cut
    # a provision within a provision: 'sch 1, pt 1, art 8', 's 3, para 2', verbatim
    parts = re.split(r"\s*,\s*", text)
    if len(parts) > 1 and all(re.match(r"[^\W\d]|[§¶]", p) and not p.startswith("at ")
                              and pinpoint(p) is not None for p in parts):
        return text, pinpoint(parts[0])[1]
    return None


def _stop(text: str) -> str:
    text = text.strip().rstrip(",;:").rstrip()
    return text if text.endswith((".", "?", "!")) else text + "."


def _full(reference: str, pin: str | None) -> dict[str, Any] | None:
    out: dict[str, Any] = {"kind": "full", "reference": _stop(reference), "locator": None,
                           "label": None}
    if pin:
        found = pinpoint(pin)
        if found is None:
            return None
        out["locator"], out["label"] = found
    return out


# a bracketed remark after a legal citation: the judge ('(Lord Atkin)', '(Denning LJ)',
# '(Harlan, J., dissenting)') or the Bluebook's explanation ('(arguing that …)', '(emphasis
# added)'): the citation's remark, never part of the reference; an explanation may hold a
# citation with its own year ('(quoting Malley v. Briggs, 475 U.S. 335, 341 (1986))')
_PAREN_REMARK = re.compile(
    r"\s*\((?P<remark>(?:per\s+)?(?:Lord|Lady|Baroness|Baron|Sir|Dame)\s[^()]+|"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:LJJ?|JJ?|MR|CJ|LCJ|JA|JSC|SCJ)\b[^()]*|"
    r"[^()]*,\s*(?:C\.\s?)?JJ?\.?,?\s+(?:dissenting|concurring)[^()]*|"
    r"(?:dissenting|concurring|plurality opinion|per curiam|arguing|holding|citing|quoting|"
    r"noting|discussing|describing|explaining|emphasis (?:added|omitted)|footnotes? omitted|"
    r"internal quotation marks omitted|alteration in original)\b(?:[^()]|\([^()]*\))*)\)\.?$")


# the Bluebook's declared short form after a full citation: '[hereinafter Ortiz, Deference]'
_HEREINAFTER = re.compile(r"\s*\[hereinafter\s+(?P<short>[^\[\]]+)\](?=\.?$)", re.I)


def read_citation(text: str) -> dict[str, Any] | None:
    """One citation (no signal word, no final full stop) read as a legal form, else None.

    ``kind`` is ``full`` (``reference`` without the pinpoint), ``xref`` (``name``, ``note``),
    ``case`` (a Bluebook short case: ``name``, ``volume``, ``report``) or ``ibid``; each
    with ``locator`` and ``label``; ``declared`` the short form a ``[hereinafter …]`` gives.
    """
    text = text.strip()
    declared = _HEREINAFTER.search(text) or AGLC_SHORT_TITLE.search(text)
    if declared:  # '… (2021) [hereinafter Ortiz, Deference]': the short form, never the work's
        found = read_citation(text[:declared.start()] + text[declared.end():])
        return {**found, "declared": declared.group("short").strip()} if found else None
    remark = _PAREN_REMARK.search(text)
    if remark and remark.start() > 0:
        found = read_citation(text[:remark.start()])
        if found is not None and not found.get("remark"):
            return {**found, "remark": f"({remark.group('remark')})"}  # as written
    core = text[:-1].rstrip() if text.endswith(".") and not re.search(
        r"(?:\b[A-Z]|\bv|\bId|\bat|\bal|Stat|Supp|Rev|Cir)\.$", text) else text
    ibid = _IBID.match(core)
    if ibid and not ibid.group("pin") and ibid.group("word").lower() == "id.":
        # the Bluebook's bare 'Id.': the work before, no pinpoint (a bare 'ibid' is notes.py's)
        return {"kind": "ibid", "locator": None, "label": None, "head": ibid.group("word")}
    if ibid and ibid.group("pin"):
        found = pinpoint(ibid.group("pin"))
        if found is None:
            return None
        return {"kind": "ibid", "locator": found[0], "label": found[1],
                "head": ibid.group("word")}
    for regex in (_OSCOLA_XREF, _BLUEBOOK_XREF):
        m = regex.match(core)
        if m:
            found = pinpoint(m.group("pin")) if m.group("pin") else (None, None)
            if found is None:
                return None
            return {"kind": "xref", "name": m.group("name").strip(), "note": m.group("note"),
                    "locator": found[0], "label": found[1],
                    "reference": _stop(core[:m.end("note") + (1 if regex is _OSCOLA_XREF
                                                                else 0)])}
    m = _BLUEBOOK_SHORT_CASE.match(core)
    if m:
        found = pinpoint("at " + m.group("pin"))
        if found is not None:
            return {"kind": "case", "name": m.group("name").strip(), "volume": m.group("volume"),
                    "report": m.group("report"), "locator": found[0], "label": found[1],
                    "reference": _stop(core[:m.start("pin")].rstrip().removesuffix(" at"))}
    for regex in (_OSCOLA_CASE, _NEUTRAL_CASE, _ECLI_CASE, _HANSARD, _UK_ACT, _US_ACT, _CODE,
                  STATE_CODE,
                  _EU_OJ, _EU_CTR, _TREATY_SERIES, _TREATY_SERIES_CTR, _TREATY,
                  _TREATY_ABBR, _OSCOLA_ARTICLE, _BLUEBOOK_CASE, _BLUEBOOK_ARTICLE,
                  _BLUEBOOK_BOOK, AGLC_REPORT):
        m = regex.match(core)
        if regex is _TREATY_ABBR and m and not m.group("pin"):
            continue  # 'UNESCO' alone is no citation of an instrument; 'ECHR, art 8' is
        if m and (regex is not _OSCOLA_ARTICLE or _oscola_authors(m.group("authors"))):
            group = "at" if regex is _BLUEBOOK_BOOK and m.group("at") else "pin"
            pin = m.groupdict().get(group)
            if not pin:
                return _full(core, None)
            # the pinpoint out, wherever it stands: '…(HL) 580', '…483, 495 (1954)'
            ref = core[:m.start(group)].rstrip().rstrip(",") + core[m.end(group):]
            return _full(ref, pin)
    return None


_EU_NUMBER = re.compile(_EU_INSTRUMENT + r"(?:/(?:EU|EC|EEC))?")


def _year_of_number(title: str) -> str | None:
    """An EU instrument's year from its number: 'Regulation (EU) 2018/1999', 'Directive
    2009/28/EC' (year first), 'Regulation (EC) No 1907/2006' (year last, after 'No')."""
    m = re.search(r"\b(No\.?\s*)?(\d+)/(\d+)", title)
    if m is None:
        return None
    year = m.group(3) if m.group(1) else m.group(2)
    return year if re.fullmatch(r"(?:19[5-9]|20\d)\d", year) else None


def _eu_short_title(item: dict[str, Any]) -> dict[str, Any]:
    """An EU instrument's short title is its number: 'Regulation (EU) 2016/679'."""
    m = _EU_NUMBER.match(item["title"])
    if m and m.end() < len(item["title"]):
        item["title-short"] = m.group()
    return item


_SERIES_NAMES = {"United Nations Treaty Series": "UNTS", "League of Nations Treaty Series": "LNTS"}


def _treaty_in_series(m: re.Match[str]) -> dict[str, Any]:
    """A treaty in its series: the series as container, its volume and first page; the
    adoption and entry-into-force dates, when given, as a note."""
    item: dict[str, Any] = {"type": "treaty", "title": m.group("title"),
                            "container-title": _SERIES_NAMES.get(m.group("series"),
                                                                 m.group("series")),
                            "volume": m.group("volume"),
                            "page": m.group("page")}
    adopted = re.search(r"\d{4}", m.group("dates") or "")
    year = m.group("year") or m.group("ayear") or (adopted.group() if adopted else None)
    if year:
        item["issued"] = _year(year)
    if m.group("author"):
        item["author"] = [{"literal": m.group("author")}]
    if m.group("dates"):
        item["note"] = m.group("dates")
    return item


def _oscola_authors(text: str) -> bool:
    """'Paul Craig', 'Craig P', 'Jeff King and Nick Barber': a few capitalised words."""
    return all(re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}", p.strip())
               for p in re.split(r",\s+|\s+and\s+|\s*&\s*", text) if p.strip())


def _year(year: str) -> dict[str, Any]:
    return {"date-parts": [[int(year)]]}


def _persons(text: str) -> list[dict[str, str]]:
    """Names as written in law citations: 'Herbert Wechsler', 'Charles L. Black, Jr.',
    OSCOLA's bibliography 'Craig P' (family name, then initials), AGLC's 'McNeil, Kent'."""
    inverted = inverted_person(text)
    if inverted is not None:
        return [inverted]
    out = []
    for part in re.split(r",\s+(?:and|&)\s+|\s+(?:and|&)\s+|,\s+(?!(?:Jr|Sr)\b)", text.strip()):
        part = part.strip()
        if not part:
            continue
        suffix = None
        m = re.match(r"^(?P<name>.*?),?\s+(?P<suffix>Jr\.?|Sr\.?|II|III|IV)$", part)
        if m:
            part, suffix = m.group("name"), m.group("suffix")
        words = part.split()
        if len(words) >= 2 and all(re.fullmatch(r"[A-Z]{1,3}", w) for w in words[1:]):
            name = {"family": words[0], "given": " ".join(words[1:])}  # 'Craig P'
        else:
            name = {"family": words[-1], "given": " ".join(words[:-1])}
        if not name["given"]:
            name.pop("given")
        if suffix:
            name["suffix"] = suffix
        out.append(name)
    return out


def parse_legal(text: str) -> dict[str, Any] | None:
    """A full legal reference (no pinpoint) → CSL-JSON item, else None (not a legal form)."""
    core = text.strip()
    if core.endswith(".") and not re.search(r"(?:\b[A-Z]|Stat|Supp|Rev|Cir|U\.S\.C|C\.F\.R)\.$",
                                            core):
        core = core[:-1].rstrip()
    m = _OSCOLA_CASE.match(core)
    if m and not m.group("pin"):
        year = m.group("year") or m.group("bare")
        item = {"type": "legal_case", "title": m.group("name").strip(),
                "issued": _year(year), "container-title": m.group("report")}
        if m.group("open") == "[" or m.group("bare"):
            # the year is the report's volume: '[1932] AC', '[1948] 1 KB', Scots '1932 SC (HL)'
            item["collection-number"] = year
        if m.group("volume"):
            item["volume"] = m.group("volume")
        item["page"] = m.group("page")
        if m.group("court"):
            item["authority"] = m.group("court")
        if m.group("neutral"):
            item["number"] = re.sub(r"\s+", " ", m.group("neutral"))
        if m.group("parallel"):  # the same judgment in a second report, printed after the first
            item["references"] = re.sub(r"\s+", " ", m.group("parallel"))
        return item
    m = _NEUTRAL_CASE.match(core)
    if m and not m.group("pin"):
        return {"type": "legal_case", "title": m.group("name").strip(),
                "issued": _year(m.group("nyear")), "authority": m.group("ncourt"),
                "number": re.sub(r"\s+", " ", m.group("neutral"))}
    m = _ECLI_CASE.match(core)
    if m and not m.group("pin"):
        return {"type": "legal_case", "title": m.group("name").strip(),
                "issued": _year(m.group("year")),  # '[2014] ECLI:…', as written
                "number": core[m.start("year") - 1:m.end("ecli")]}
    m = _BLUEBOOK_CASE.match(core)
    if m and not m.group("pin"):
        item = {"type": "legal_case", "title": m.group("name").strip(),
                "issued": _year(m.group("year")), "container-title": m.group("reporter"),
                "volume": m.group("volume"), "page": m.group("page"),
                "jurisdiction": "us"}  # printed the Bluebook's way
        if m.group("court").strip():
            item["authority"] = m.group("court").strip()
        return item
    m = _UK_ACT.match(core)
    if m and not m.group("pin"):
        item = {"type": "legislation", "title": m.group("title"), "issued": _year(m.group("year"))}
        if m.group("si") or m.group("bsi"):  # 'SI 2020/350', Ireland's 'No. 25 of 2001'
            item["number"] = m.group("si") or m.group("bsi")
        return item
    m = _US_ACT.match(core)
    if m and not m.group("pin"):
        item = {"type": "legislation", "title": m.group("title"), "issued": _year(m.group("year"))}
        if m.group("publ"):
            item["number"] = re.sub(r"\s+", " ", m.group("publ"))
        if m.group("svol"):
            item.update({"container-title": "Stat.", "volume": m.group("svol"),
                         "page": m.group("spage")})
        if m.group("codified"):
            item["note"] = m.group("codified")
        return item
    m = _CODE.match(core)
    if m:  # the code's title number as its volume, the code, the section; the title is
        # how the section is known ('42 U.S.C. § 1983'), so two sections are two works
        title = re.sub(r"\s+", " ", core[:m.end("section")])
        item = {"type": "legislation", "title": title, "container-title": m.group("code"),
                "volume": m.group("volume"), "section": m.group("section")}
        if m.group("year"):
            item["issued"] = _year(m.group("year"))
        return item
    state = parse_state_code(core)  # 'Cal. Gov't Code § 8627 (West 2020)': statecodes.py
    if state is not None:
        return state
    m = _EU_OJ.match(core)
    if m and not m.group("pin"):
        # the Official Journal as the report: series and issue ('L303'), first page
        title = m.group("title")
        kind = "treaty" if re.search(r"\b(?:Treaty|Convention|Charter|Protocol)\b", title) \
            else "legislation"
        return _eu_short_title({"type": kind, "title": title, "issued": _year(m.group("year")),
                                "collection-number": m.group("year"),
                                "container-title": m.group("oj"),
                                "volume": re.sub(r"\s+", "", m.group("issue")),
                                "page": m.group("page")})
    m = _HANSARD.match(core)
    if m and not m.group("pin"):  # a debate: the day's record, its volume as its number
        from .spans import parse_date

        item = {"type": "legislation", "title": m.group("title"),
                "issued": parse_date(m.group("title")) or _year(m.group("year"))}
        if m.group("vol"):
            item["number"] = m.group("vol")
        return item
    m = _TREATY_SERIES.match(core) or _TREATY_SERIES_CTR.match(core)
    if m and not m.group("pin"):
        return _treaty_in_series(m)
    m = _EU_CTR.match(core)
    year = (m.group("year") or m.group("ayear") or _year_of_number(m.group("title"))) if m else None
    if m and not m.group("pin") and year:
        # as the OSCOLA form gives it ('[2016] OJ L119/1'), with the day of the issue
        title = m.group("title")
        issued = _year(year)
        if m.group("day"):
            from .spans import parse_date

            issued = parse_date(f"{m.group('day')} {year}") or issued
        item = {"type": "treaty" if title.startswith(("Treaty", "Consolidated")) else
                "legislation", "title": title, "issued": issued,
                "collection-number": year, "container-title": m.group("oj"),  # as written
                "volume": re.sub(r"\s+", "", m.group("issue"))}
        if m.group("page"):
            item["page"] = m.group("page")
        if m.group("author"):  # 'European Parliament and Council (2009) Directive …'
            item["author"] = [{"literal": m.group("author")}]
        return _eu_short_title(item)
    m = _TREATY.match(core) or _TREATY_ABBR.match(core)
    if m and not m.group("pin"):
        item = {"type": "treaty", "title": m.group("title")}
        if m.groupdict().get("year"):
            item["issued"] = _year(m.group("year"))
        return item
    m = _BLUEBOOK_BOOK.match(core)
    if m and not m.group("pin") and not m.group("at") and not _BLUEBOOK_ARTICLE.match(core):
        authors = name_case(m.group("authors"))
        others = re.search(r"\s+et\s+al\.$", authors)
        people = _persons(authors[:others.start()] if others else authors)
        item = {"type": "book", "author": people + ([{"literal": "others"}] if others else []),
                "title": title_case(m.group("title").strip()), "issued": _year(m.group("year"))}
        if m.group("edition"):
            item["edition"] = re.match(r"\d+", m.group("edition")).group()
        return item
    for regex in (_OSCOLA_ARTICLE, _BLUEBOOK_ARTICLE):
        m = regex.match(core)
        if m and not m.group("pin") and (regex is not _OSCOLA_ARTICLE
                                         or _oscola_authors(m.group("authors"))):
            item = {"type": "article-journal", "author": _persons(m.group("authors")),
                    "title": m.group("title").strip(), "issued": _year(m.group("year")),
                    "container-title": m.group("journal"), "page": m.group("page")}
            if m.group("volume"):
                item["volume"] = m.group("volume")
            if regex is _OSCOLA_ARTICLE and m.group("issue"):
                item["issue"] = m.group("issue")
            return item
    return aglc_report(core)
