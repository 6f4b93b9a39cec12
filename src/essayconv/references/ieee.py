"""IEEE by exact rules: 'A. B. Author, “Title,” Abbrev. Journal, vol. 3, no. 2, pp. 1–9, Jul. 2012.'

An IEEE reference ends in its publication run, comma-separated items after the container
('vol. 3', 'no. 3', 'pp. 518–527', 'Art. no. 105762', 'Jul. 2012', 'doi: 10.1109/…',
'Paper 0345'): a run holding a year and a volume, an issue, pages or an article number is
the work's own, never a locator or a remark ('vol. 3' is no volume cited, 'no. 3, …' no
remark). The rest is read by the model and set right here (``fix``):

* a conference paper, ``in Proc. … (SmartGridComm), Paris, France, 2019, pp. 1–6`` or
  ``presented at the CIRED Workshop, Berlin, Germany, 2020``, is a ``paper-conference``
  whose container is the proceedings or the event, its acronym in brackets with it;
* ``Art. no. 105762`` is the article's number, never its issue;
* a standard, ``IEEE Std 1547-2018``, is a ``standard`` numbered so; a report, ``Tech. Rep.
  SC-TM-042``, a ``report`` numbered so; a preprint, ``arXiv:2203.01457``, an ``article``
  numbered so;
* an author that is no 'Initials Surname' before the quoted title (``SunCell Energy, “…”``,
  ``UK Power Networks, “…”``) or before a bare title and year (``Electric Power Research
  Institute. OpenDSS. (2021). [Online].``) is an organisation, one literal name.
"""

from __future__ import annotations

import re
from typing import Any

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|"
          r"April|June|July|August|September|October|November|December)\.?")
_YEAR = r"(?:1[5-9]|20)\d\d"
# one item of the run: its kind (a year, or what only a work's own statement has) and pattern
_ITEMS = [
    ("own", r"vol\.\s*\d+[A-Z]?(?:\s*[-–]\s*\d+)?"),
    ("own", r"no\.\s*\d+(?:\s*[-–/]\s*\d+)?"),
    ("pages", r"pp\.\s*[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?"),
    ("own", r"Art\.\s*no\.\s*[A-Za-z]?\d+"),
    ("own", r"Paper\s+(?:no\.\s*)?[A-Za-z]?\d+"),
    ("year", rf"(?:{_MONTH}(?:\s*[-–/]\s*{_MONTH})?\s+(?:\d{{1,2}},\s+)?)?{_YEAR}"),
    ("doi", r"doi:\s*\S+"),
]
_ITEM = [(kind, re.compile(pattern + r"$", re.I)) for kind, pattern in _ITEMS]


def _kind(item: str) -> str | None:
    for kind, pattern in _ITEM:
        if pattern.match(item.strip().rstrip(".")):
            return kind
    return None


# a paper in proceedings or a chapter, IEEE's way: '…,” in Proc. …', '…,” in Book Title, …'
_IN_CONTAINER = re.compile(r"[,.][”\"]\s+in\s+\S|\bpresented\s+at\s", re.I)


def own_statement(core: str, head_end: int = 0) -> bool:
    """Does ``core`` (a citation without its final stop) end in an IEEE publication run: at
    least two comma items from the end (see the module docstring), a year among them and a
    volume, issue, article or paper number among them, or pages in a paper's container? ('…,
    vol. 3, no. 3, pp. 518–527, Jul. 2012, doi: 10.1109/…', '…,” in Proc. …, Paris, France,
    2019, pp. 1–6'; never a book's page cited, 'Torino, Einaudi, 1987, pp. 45-52')."""
    items = core[head_end:].split(",")
    kinds: list[str] = []
    for item in reversed(items[1:]):
        kind = _kind(item)
        if kind is None:
            break
        kinds.append(kind)
    in_container = "pages" in kinds and bool(_IN_CONTAINER.search(core, head_end))
    return "year" in kinds and ("own" in kinds or in_container)


# numbered phrases taken out before the model reads the reference (see take_out)
_ARTICLE_NO = re.compile(r",\s*Art\.\s*no\.\s*(?P<number>[A-Za-z]?\d+)(?=[,.])")
_REPORT = re.compile(r",\s*(?P<genre>(?:Tech(?:nical)?\.?\s+)?Rep\.)\s*(?:no\.\s*)?"
                     r"(?P<number>[A-Z0-9][\w./\-]*\d[\w./\-]*?)(?=,)")
_STANDARD = re.compile(r",\s*(?P<number>(?:IEEE|ANSI/IEEE|IEC|ISO|IEEE/IEC)\s+Std\.?\s+"
                       r"[\w.\-:/]*\d[\w.\-:/]*?)(?=,)")
_ARXIV = re.compile(r",\s*(?P<number>arXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?)(?:\s*\[[^\]]+\])?"
                    r"(?=[,.]?\s*$)")
# a proceedings' acronym in brackets: 'in Proc. IEEE Int. Conf. … (SmartGridComm), Paris'
_ACRONYM = re.compile(r"(?<=\sin\s)(?:Proc\.|Proceedings)[^()“”\"]{3,200}?"
                      r"\s*\([A-Z][\w\-’'/ ]{1,40}\)(?=,)")
_PAPER = re.compile(r",\s*(?P<number>Paper\s+(?:no\.\s*)?[A-Za-z]?\d+)(?=\.?\s*$)")


def take_out(text: str, fields: dict[str, Any]) -> str:
    """The reference without IEEE's numbered phrases: an article number ('Art. no.
    105762'), a report's ('Tech. Rep. SC-TM-042'), a standard's ('IEEE Std 1547-2018'), a
    preprint's ('arXiv:2203.01457') and a conference paper's ('Paper 0345'), each the
    item's ``number`` (a report, standard or preprint also its type)."""
    for pattern, kind in ((_ARTICLE_NO, None), (_REPORT, "report"), (_STANDARD, "standard"),
                          (_ARXIV, "article"), (_PAPER, None)):
        match = pattern.search(text)
        if match is None or "number" in fields:
            continue
        fields["number"] = re.sub(r"\s+", " ", match.group("number"))
        if kind:
            fields["type"] = kind
        if pattern is _REPORT:
            fields["genre"] = match.group("genre")
        opening = text[:match.start()].strip()
        if pattern is _STANDARD and not re.search(r"[“”\"]|,\s", opening):
            fields["title"] = opening  # 'IEEE Standard for …, IEEE Std 1547-2018': its title
        text = text[:match.start()] + text[match.end():]
    return text


# words of an organisation's name ('SunCell Energy', 'UK Power Networks', 'Electric Power
# Research Institute', 'IEEE PES Distribution System Analysis Subcommittee')
_ORG_WORDS = re.compile(
    r"\b(?:Energy|Power|Networks?|Institute|Research|Corporation|Corp\.?|Company|GmbH|AG|"
    r"Inc\.?|Ltd\.?|LLC|plc|Subcommittee|Committee|Council|Agency|Association|Society|"
    r"Organi[sz]ation|Ministry|Department|Commission|Laborator(?:y|ies)|Foundation|"
    r"Authority|Board|Group|Utilit(?:y|ies)|Technologies|University|Office|Federation|"
    r"Consortium|Alliance|Operator|IEEE|IEC|ISO|NIST|CIGRE|ENTSO-E)\b")
_INITIAL = re.compile(r"^(?:[A-Z]|Ch|Th|Ph)\.(?:-[A-Z]\.)?$")
# 'Electric Power Research Institute. OpenDSS. (2021). [Online].': IEEE's software and data
_ORG_TITLE_YEAR = re.compile(r"^(?P<org>[^.,“”\"]{3,80})\.\s+(?P<title>[^.“”\"]{1,120})\.\s+"
                             rf"\((?P<year>{_YEAR})\)\.")
_PROCEEDINGS = re.compile(r"(?:Proc\.|Proceedings\b|Conf\.)")
_MAY_BE_PAPER = ("chapter", "article-journal", "book", "article-newspaper", "paper-conference")
_PRESENTED = re.compile(r"^presented\s+at\s+(?:the\s+)?", re.I)


def _organisation(words: str) -> bool:
    tokens = words.split()
    return bool(tokens) and not any(_INITIAL.match(t) for t in tokens) and \
        bool(_ORG_WORDS.search(words)) and " and " not in words


def _with_acronym(text: str, item: dict[str, Any]) -> None:
    """'in Proc. IEEE Int. Conf. Smart Grid Commun. (SmartGridComm), Paris': the acronym is
    the container's, never the publisher nor a word of the place."""
    whole = _ACRONYM.search(text)
    container = item["container-title"]
    if whole is None or not whole.group().startswith(container) or whole.group() == container:
        return
    rest = whole.group()[len(container):].strip()
    item["container-title"] = whole.group()
    for key in ("publisher", "publisher-place", "event-place"):
        value = item.get(key) or ""
        if value and value in rest:
            item.pop(key)
        elif value.startswith(rest):
            item[key] = value[len(rest):].lstrip(" ,")


def fix(text: str, item: dict[str, Any]) -> dict[str, Any]:
    """Set right what the model makes of an IEEE reference (see the module docstring)."""
    authors = item.get("author") or []
    lead = re.match(r"^(?P<org>[^,“”\"]{3,80}),\s*[“\"]", text)
    if lead and len(authors) == 1 and _organisation(lead.group("org")):
        item["author"] = [{"literal": lead.group("org").strip()}]  # 'SunCell Energy, “…”'
    elif len(authors) == 1 and "literal" not in authors[0]:
        name = " ".join(filter(None, (authors[0].get("given"), authors[0].get("family"))))
        if text.startswith(name) and _organisation(name):  # '… Subcommittee. “Title.”'
            item["author"] = [{"literal": name}]
    org = _ORG_TITLE_YEAR.match(text)
    if org and _organisation(org.group("org")):
        item.update(author=[{"literal": org.group("org").strip()}], title=org.group("title"),
                    issued={"date-parts": [[int(org.group("year"))]]})
        if re.search(r"\[Online\]", text) and item.get("type") in (None, "book", "webpage",
                                                                   "article-journal"):
            item["type"] = "webpage"
        if item.get("note", "").strip(" .;") in ("Available", "[Online]. Available"):
            item.pop("note")
    container = item.get("container-title") or ""
    presented = _PRESENTED.match(container)
    conference = False
    if presented:  # 'presented at the CIRED Workshop, Berlin, Germany': the event
        item["event-title"] = container[presented.end():].strip()
        item.pop("container-title")
        conference = True
    elif _PROCEEDINGS.match(container) and item.get("type") in _MAY_BE_PAPER and (
            re.search(r"[,”\"]\s+in\s+" + re.escape(container), text, re.I) or
            not (item.get("volume") or item.get("issue"))):
        # 'in Proc. IEEE Int. Conf. …' (never the journal 'Proc. Natl. Acad. Sci. USA', 106)
        conference = True
        _with_acronym(text, item)
    if conference:
        item["type"] = "paper-conference"
        if "publisher" not in item and "publisher-place" in item:
            item["event-place"] = item.pop("publisher-place")
    if item.get("URL") and item.get("note", "").strip(" .;:") in (
            "[Online]. Available", "Available", "[Online]", "Online. Available"):
        item.pop("note")  # IEEE's '[Online]. Available: URL' says no more than the URL
    if "number" in item and item.get("issue") == item["number"]:
        item.pop("issue")  # 'Art. no. 105762' is no issue
    if item.get("type") == "standard" and item.get("publisher") == item.get("title"):
        item.pop("publisher")
    if item.get("type") == "report" and "publisher" not in item and container:
        item["publisher"] = item.pop("container-title")  # 'SunCell Energy GmbH, Munich, …'
    return item
