"""Brazilian ABNT (NBR 6023) references by exact rules, before the model.

ABNT writes the authors' surnames in capitals, each followed by the given names, and puts
';' between authors: 'ABERS, Rebecca Neaera; KECK, Margaret E.'; a body is its name in
capitals, often with its acronym ('ANA – AGÊNCIA NACIONAL DE ÁGUAS', 'BRASIL.'). Then:

- a book: 'Title: subtitle. 2. ed. Place: Publisher, 2013.'
- an article: 'Title. Journal, Place, v. 12, n. 3, p. 45-67, 2020.' (or an article number
  'e01234' for the pages)
- a chapter: 'Title. In: RIBEIRO, Wagner Costa (org.). Book. Place: Publisher, 2009. p. 35-59.'
- a conference paper: 'Title. In: ENCONTRO NACIONAL …, 10., 2021, Campinas. Anais [...].
  Campinas: ANPPAS, 2021. p. 1-18.'
- an act: 'BRASIL. [Constituição (1988)]. Title. …', 'Resolução n. 5, de 10 de abril de 2000.
  Ementa. Place: Publisher, 2000.'
- and after any of them 'Disponível em: <URL>. Acesso em: 3 mar. 2021.'

A person's surname in capitals is written in normal case ('ABERS' → 'Abers'): the capitals
are ABNT's typography, which the style of the output (Harvard) does not use, and citeproc
prints the name as the style wants; a body's name is kept as written (its acronym, 'ANA',
must stay in capitals). A reference in any other shape is left to the model (None).
"""

from __future__ import annotations

import re
from typing import Any

from .spans import parse_date

_CAPS = "A-ZÀ-ÖØ-Þ"
_FAMILY = rf"[{_CAPS}][{_CAPS}'’\-]+(?:\s+(?:[{_CAPS}][{_CAPS}'’\-]+|D[AEO]S?|DE))*"
_GIVEN_WORD = r"(?:[A-ZÀ-Ý]\.(?:-?[A-ZÀ-Ý]\.)*|[A-ZÀ-Ý][a-zà-ÿ'’\-]+|d[aeo]s?|de)"
# one person: 'ABERS, Rebecca Neaera', 'SOUZA, M.', 'KECK, Margaret E.'
_PERSON = re.compile(rf"(?P<family>{_FAMILY}),\s+(?P<given>{_GIVEN_WORD}(?:\s+{_GIVEN_WORD})*?)"
                     rf"(?P<role>\s+\((?:org|coord|ed)s?\.\))?"
                     r"(?P<end>;\s+|\.\s+|(?<=\.)\s+(?![A-ZÀ-Ý]\.(?:\s|$))|\.?$)")
# a body in capitals, its acronym perhaps first: 'BRASIL.', 'CNRH – CONSELHO NACIONAL DE …'
_BODY = re.compile(rf"(?P<literal>[{_CAPS}][{_CAPS}\d'’\-]+(?:(?:\s+[–—-])?\s+[{_CAPS}\d(]"
                   rf"[{_CAPS}\d'’\-()]*)*)\.\s+")
_ACT = re.compile(r"(?:\[[^\]]+\]\.\s+)")  # '[Constituição (1988)].'
_ONLINE = re.compile(r"\s*Dispon[íi]vel\s+em:\s*<?(?P<url>\S+?)>?\.?\s+Acesso\s+em:\s*"
                     r"(?P<date>\d{1,2}\s+\w+\.?\s+\d{4})\.?\s*$", re.I)
_YEAR = r"(?:1[5-9]|20)\d\d"
_BOOK = re.compile(rf"(?P<title>.+?)\.\s+(?:(?P<edition>\d+)\.?\s*ed\.\s+)?"
                   rf"(?P<place>[^.:;]+?):\s*(?P<publisher>[^:;]+?),\s*(?P<year>{_YEAR})\."
                   r"(?:\s+p\.\s*(?P<page>\d+\s*[-–]\s*\d+)\.)?$")
_ARTICLE = re.compile(rf"(?P<title>.+?)\.\s+(?P<journal>[^.]+?)(?:,\s*(?P<place>[^,.]+))?,"
                      r"\s*v\.\s*(?P<volume>\d+)(?:,\s*n\.\s*(?P<issue>[\w\-/]+))?"
                      r"(?:,\s*p\.\s*(?P<page>\d+\s*[-–]\s*\d+|\d+)|,\s*(?P<number>e\d+))?"
                      rf",\s*(?:[a-z]{{3,4}}\.(?:/[a-z]{{3,4}}\.)?\s+)?(?P<year>{_YEAR})\.$")
_IN = re.compile(r"(?P<title>.+?)\.\s+In:\s+(?P<host>.+)$")
_ACT_TITLE = re.compile(r"(?P<title>(?:Lei|Decreto|Resolução|Portaria|Medida Provisória|"
                        r"Instrução Normativa|Emenda Constitucional)\b(?:\bn[º.]|[^.])*?"
                        rf"(?:de\s+\d{{1,2}}º?\s+de\s+\w+\s+de\s+{_YEAR}|{_YEAR}))\.\s+"
                        r"(?P<ementa>.+)$")


def _given_case(word: str) -> str:
    """'ABERS' → 'Abers', 'DOS SANTOS' → 'dos Santos', "D'ÁVILA" → "D'Ávila"."""
    parts = word.split()
    out = [p.lower() if p in ("DA", "DE", "DO", "DAS", "DOS") and i < len(parts) - 1
           else "-".join(s[:1] + s[1:].lower() for s in p.split("-")) for i, p in enumerate(parts)]
    return " ".join(out)


def _people(text: str) -> tuple[list[dict[str, str]], str] | None:
    """The persons at the start of text and the rest, or None (not ABNT's names)."""
    names: list[dict[str, str]] = []
    at = 0
    while True:
        m = _PERSON.match(text, at)
        if m is None:
            return None
        given = m.group("given").strip()
        names.append({"family": _given_case(m.group("family")), "given": given})
        at = m.end()
        if not m.group("end").startswith(";"):
            return names, text[at:]


def _creators(text: str) -> tuple[dict[str, Any], str] | None:
    """ABNT's author block: persons ('SOUZA, M.; LIMA, R.') or a body ('BRASIL.')."""
    people = _people(text)
    if people is not None:
        return {"author": people[0]}, people[1]
    body = _BODY.match(text)
    if body and re.search(r"[A-ZÀ-Þ]{2}", body.group("literal")) and \
            not body.group("literal").isdigit():
        return {"author": [{"literal": body.group("literal")}]}, text[body.end():]
    return None


def parse_abnt(text: str) -> dict[str, Any] | None:
    """An ABNT reference → CSL-JSON item (no id), else None."""
    text = " ".join(text.split())
    found = _creators(text)
    if found is None:
        return None
    item, rest = found
    online = _ONLINE.search(rest)
    if online:
        item["URL"] = online.group("url").rstrip(">")
        accessed = parse_date(online.group("date"))
        if accessed:
            item["accessed"] = accessed
        rest = rest[:online.start()].rstrip()
    act = _ACT.match(rest)
    if act:
        item["note"] = act.group().rstrip(". ")
        rest = rest[act.end():]
    host = _IN.match(rest)
    if host:
        return _in(item, host.group("title"), host.group("host"))
    article = _ARTICLE.fullmatch(rest)
    if article and not _BOOK.fullmatch(rest):
        item.update(type="article-journal", title=article.group("title"),
                    **{"container-title": article.group("journal")},
                    volume=article.group("volume"))
        for key, group in (("issue", "issue"), ("page", "page"), ("number", "number"),
                           ("publisher-place", "place")):
            if article.group(group):
                item[key] = article.group(group).replace("-", "–")
        item["issued"] = {"date-parts": [[int(article.group("year"))]]}
        return item
    book = _BOOK.fullmatch(rest)
    if book is None:
        return None
    item.update(type="book", **_published(book))
    item["title"] = book.group("title")
    legal = _ACT_TITLE.fullmatch(item["title"])
    if legal or act:
        item["type"] = "legislation"
    if legal:
        item["title"] = legal.group("title")
        item["note"] = "; ".join(filter(None, [item.get("note"), legal.group("ementa")]))
    return item


def _published(m: re.Match[str]) -> dict[str, Any]:
    """Place, publisher, year, edition and pages of a book's (or a host's) statement."""
    out: dict[str, Any] = {"publisher-place": m.group("place"), "publisher": m.group("publisher"),
                           "issued": {"date-parts": [[int(m.group("year"))]]}}
    if m.group("edition"):
        out["edition"] = m.group("edition")
    if m.group("page"):
        out["page"] = m.group("page").replace("-", "–").replace(" ", "")
    return out


def _in(item: dict[str, Any], title: str, host: str) -> dict[str, Any] | None:
    """'Title. In: EDITORS (org.). Book. Place: Publisher, 2009. p. 35-59.' or a paper in
    an event's proceedings ('In: ENCONTRO …, 10., 2021, Campinas. Anais [...]. …')."""
    people = _people(host)
    if people is not None:
        editors, book = people
        found = _BOOK.fullmatch(book)
        if found is None:
            return None
        item.update(type="chapter", title=title, editor=editors,
                    **{"container-title": found.group("title")}, **_published(found))
        return item
    event = re.match(rf"(?P<event>[^.]+?,\s*\d+\.,\s*{_YEAR},\s*[^.]+)\.\s+(?P<rest>.+)$", host)
    found = _BOOK.fullmatch(event.group("rest")) if event else None
    if found is None:
        return None
    item.update(type="paper-conference", title=title, **{"event-title": event.group("event"),
                "container-title": f"{event.group('event')}. {found.group('title')}"},
                **_published(found))  # the proceedings' title is the event's: both printed
    return item
