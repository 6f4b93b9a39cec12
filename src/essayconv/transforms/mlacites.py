"""MLA citations that name no author in their brackets (``intext.py`` calls these).

MLA names the author in the sentence and puts the page alone in the brackets, "As Patricia
Henderson puts it, Morrison “…” (64)", or goes on citing the work cited last, "(Morrison,
Beloved 79) … (193)"; a work with no author is cited by its title, quoted or not, with a
page or a film's time stamp: '(“Teaching Beloved”)', '(“Teaching Beloved” 12)', '(Beloved
01:12:30)'. Each links to its one work; a page whose author has several works is a warning.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .. import tree as T
from ..references.locators import YEARISH
from ..references.matching import works_by, works_titled
from .citepatterns import _AUTHORS, _HONORIFIC, _INDIRECT, _NOT_NAMES, _PAGED, _PAGES

NAME = "link-intext-citations"
# a film's or a recording's time stamp: '01:12:30', '1:05-1:09'
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-\u2013]\s*\d{1,2}:\d{2}(?::\d{2})?)?"
_PLACE = rf"(?:{_TIME}|{_PAGES})"
# an unsigned work's title, quoted with a place or none, or as printed (italic) with a place
_TITLED = re.compile(rf"(?:[\"“‘'](?P<quoted>[^\"“”]{{1,80}}?)[,.]?[\"”’'],?"
                     rf"(?:\s+(?P<qplace>{_PLACE}))?|"
                     rf"(?P<title>[A-Z][^\d\"“”;,()]{{0,80}}?),?\s+(?P<place>{_PLACE}))")
_PAGE_ALONE = re.compile(_PAGES)
# the sentence's end: a stop, then a capital or an opening quote
_SENTENCE_END = re.compile(r"[.!?][”’\"']?\s+(?=[A-Z\u201c\"‘])")
# what an author named as the source does: 'As Henderson puts it', 'Okafor argues'
_REPORTS = re.compile(r"(?:[’']s?)?\s+(?:puts it|argues|writes|notes|observes|claims|suggests|"
                      r"contends|says|calls|describes|insists|explains|maintains|remarks|"
                      r"asserts|points out|finds|reads|sees|shows|concludes)\b")
_ACCORDING = re.compile(r"(?:according to|in the words of|for)\s+$", re.I)


def mla_other(words: str, works: list[tuple[str, dict[str, Any]]]
              ) -> tuple[int, str] | None:
    """MLA's other in-text forms, as (characters before the link, work id): an unsigned
    work's title, with a page or a time stamp or none if quoted; an indirect source ('qtd.
    in Taylor 88'); an author alone with no page ('Brown'); only when one work answers."""
    titled = _TITLED.fullmatch(words)
    if titled:
        title = titled.group("quoted") or titled.group("title")
        found = works_titled(title, works)
        if len(found) == 1 and (titled.group("quoted") or not works_by(title, works)):
            return 0, found[0]
    indirect = _INDIRECT.match(words)
    skip = indirect.end() if indirect else 0
    rest = words[skip:]
    paged = _PAGED.fullmatch(rest)
    if indirect and paged and paged.group("authors") and _is_name(paged.group("authors")):
        found = works_by(paged.group("authors"), works, paged.group("title") or "")
    elif not indirect and re.fullmatch(_AUTHORS, rest) and _is_name(rest) and \
            not _HONORIFIC.match(rest) and (len(rest.split()) == 1 or
                                            re.search(r"\s(?:and|&)\s|et al", rest)):
        found = works_by(rest, works)  # surnames only: never '(Mr Brown)', '(Toni Morrison)'
    else:
        return None
    return (skip, found[0]) if len(found) == 1 else None


def _is_name(authors: str) -> bool:
    """Not a dated phrase or a part of the essay: '(March 2005)', '(Chapter 5)'."""
    return authors.split()[0].lower().strip(".,") not in _NOT_NAMES


def title_place(words: str) -> str | None:
    """The page or time stamp after an unsigned work's title: '“Teaching Beloved” 12' →
    '12', 'Beloved 01:12:30' → '01:12:30'; None when there is none."""
    titled = _TITLED.fullmatch(words.strip())
    if titled is None:
        return None
    return titled.group("qplace") or titled.group("place")


def link_pages_alone(paragraphs: list[etree._Element], works: list[tuple[str, dict[str, Any]]],
                     report: etree._Element | None) -> None:
    """'(64)' after the author named in its sentence or the one before, or after a citation
    there: the author's one work (several are a warning); pages that are years, list
    numbers ('(1) recovery') or follow no name stay text."""
    for p in paragraphs:
        line = int(p.get("line")) if p.get("line") else None
        for before in [None, *p]:  # p.text, then each child's tail
            _link_slot(p, before, works, report, line)


def _link_slot(p: etree._Element, before: etree._Element | None,
               works: list[tuple[str, dict[str, Any]]], report: etree._Element | None,
               line: int | None) -> None:
    """Link the bare pages of p.text (before is None) or of before.tail."""
    text = p.text if before is None else before.tail
    if not text:
        return
    for group in reversed(list(re.finditer(r"\(([^()]*)\)", text))):
        page = group.group(1).strip()
        after = text[group.end():group.end() + 2]
        if not _PAGE_ALONE.fullmatch(page) or YEARISH.search(page) or \
                re.match(r"\s?[^\W\d_]", after):
            continue  # a year, '(1) recovery, (2) revision'
        events = _events(p, before, text[:group.start()], works)
        if not events:
            continue
        found = events[-1][1]
        if len(found) != 1:
            if report is not None:
                message = (f"'({page})' follows {events[-1][0]!r}, who has several works "
                           f"({', '.join(found)}); add a short title")
                T.diagnose(report, "warning", NAME, message, line)
            continue
        start, end = group.start(1), group.end(1)
        xref = T.el("xref", text[start:end], work=found[0], locator=page)
        xref.tail = text[end:]
        if before is None:
            p.text = text[:start]
            p.insert(0, xref)
        else:
            before.tail = text[:start]
            before.addnext(xref)
        text = text[:start]


def _events(p: etree._Element, before: etree._Element | None, head: str,
            works: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, list[str]]]:
    """The authors named and the works cited in the group's sentence (else the sentence
    before it), in order, as (words, work ids); an author named as the source ('As Patricia
    Henderson puts it') outranks the others."""
    pieces: list[tuple[str, str | None]] = [(p.text or "", None)] if before is not None else []
    for child in p if before is not None else []:
        pieces.append(("".join(child.itertext()), child.get("work") if child.tag == T.q("xref")
                       else None))
        if child is before:
            break
        pieces.append((child.tail or "", None))
    pieces.append((head, None))
    text, cited = "", []
    for words, work in pieces:
        if work:
            cited.append((len(text), len(text) + len(words), words, work))
        text += words
    starts = sentence_starts(text)
    for start, end in ((starts[-1], len(text)), (starts[-2] if len(starts) > 1 else 0,
                                                 starts[-1])):
        events = named(text, start, end, cited, works)
        events += [(s, words, [work]) for s, _, words, work in cited if start <= s < end]
        if events:
            events.sort(key=lambda e: e[0])
            signalled = [e for e in events if e[0] < 0]
            return [(w, ids) for _, w, ids in (signalled or events)][-1:]
        if start == 0:
            break
    return []


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of text starts (0 first)."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def named(text: str, start: int, end: int, cited: list[tuple[int, int, str, str]],
           works: list[tuple[str, dict[str, Any]]]) -> list[tuple[int, str, list[str]]]:
    """(position, name, work ids) of each first author named in text[start:end] outside the
    citations; a name written with its given name or as the source ('Henderson argues',
    'according to Henderson') has a negative position (it outranks the rest)."""
    out = []
    families: dict[str, list[str]] = {}
    for work_id, item in works:
        first = (item.get("author") or item.get("editor") or [{}])[0]
        family = first.get("family") or first.get("literal") or ""
        if family and family[:1].isupper():
            families.setdefault(family, [])
            if work_id not in families[family]:
                families[family].append(work_id)
            given = str(first.get("given") or "").split()
            families.setdefault(f"\0{family}", [given[0] if given else ""])
    for family, ids in families.items():
        if family.startswith("\0"):
            continue
        for m in re.finditer(rf"(?<![\w\-]){re.escape(family)}(?![\w\-])", text[start:end]):
            at = start + m.start()
            if any(s <= at < e for s, e, *_ in cited):
                continue
            given = families[f"\0{family}"][0]
            lead = text[:at]
            signalled = (given and lead.rstrip().endswith(given)) or \
                _REPORTS.match(text, at + len(family)) or _ACCORDING.search(lead)
            out.append((at - len(text) if signalled else at, family, list(ids)))
    return out
