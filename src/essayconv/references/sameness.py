"""Whether two parsed references are one work: first name (or a collection's editor), year,
numbers, call numbers and title agree, each written one way (particles, inverted titles,
bodies one by one)."""

from __future__ import annotations

import math
import re
from typing import Any

from .csl import ascii_key, first_name, name_key, year_of
from .matching import (
    ascii_key_spaced,
    full_name,
    natural_title,
    same_first_name,
    split_bodies,
)
from .names import PARTICLES
from .tokens import WEB_ADDRESS


def _title_words(item: dict[str, Any], source: str) -> list[str]:
    title = natural_title(str(item.get("title") or re.sub(r"^[^()]*\([^)]*\)", "", source)))
    title = re.sub(r"\([^()]*\)", " ", title)
    return re.findall(r"[a-z0-9]+", ascii_key_spaced(title))


def _same_title(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return a == b
    nums_a = {w for w in a if w.isdigit()}
    nums_b = {w for w in b if w.isdigit()}
    if nums_a and nums_b and nums_a != nums_b:
        return False
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= max(1, math.ceil(0.6 * min(len(a), len(b))))


def same_work(known: dict[str, Any], sources: list[str], item: dict[str, Any], source: str,
              key: tuple[str, Any] | None = None) -> bool:
    """Is item the work known, written as sources (its first name, year, number and title
    agree; a case by its citation)? ``key``: the item's (name key, year), computed once by
    the caller."""
    if known.get("type") == item.get("type") == "legal_case":  # a case is its citation
        if known.get("number") and item.get("number"):
            return ascii_key(known["number"]) == ascii_key(item["number"])
        keys = ("container-title", "volume", "page")
        if all(known.get(k) or item.get(k) for k in ("container-title", "page")):
            return all(ascii_key(str(known.get(k) or "")) == ascii_key(str(item.get(k) or ""))
                       for k in keys) and year_of(known) == year_of(item)
    name, year = key or (name_key(first_name(item)), year_of(item))
    if year_of(known) != year or (name_key(first_name(known)) != name
                                   and not same_first_name(known, item)
                                   and not _same_editor(known, item)):
        return False
    if known.get("number") and item.get("number") and known["number"] != item["number"]:
        return False
    mine, theirs = _shelfmarks(known, sources), _shelfmarks(item, [source])
    if mine and theirs and not (mine <= theirs or theirs <= mine):
        return False  # 'CO 730/1' and 'FO 371/6350': two files of an archive, never one
    return _same_title(_title_words(known, sources[0] if sources else ""),
                       _title_words(item, source))


def _same_editor(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A collection a note names by its editor ('The Letters of Ada Moss, ed. John Reed') and
    a list files under its author, edited by the same: one has no author, the first editors
    agree."""
    if bool(a.get("author")) == bool(b.get("author")):
        return False
    editors = [(x.get("editor") or [None])[0] for x in (a, b)]
    return all(isinstance(e, dict) for e in editors) and \
        name_key(editors[0]) == name_key(editors[1]) != ""


# a shelfmark or a document's number: an archive's 'CO 730/1', 'FO 371/6350', 'WO 95/4321';
# a UN symbol 'S/RES/1973'; a manuscript's 'NAF 23663', 'Add MS 41178', 'MS Eng. 1234'
_SHELFMARK = re.compile(
    r"(?<![\w/.])[A-Z][A-Za-z]{0,5}\.?\s?\d+[A-Za-z]?(?:\s?/\s?\d+[A-Za-z]?)+(?![\w/])|"
    r"(?<![\w/.])[A-Z][A-Z0-9.]*(?:/[A-Za-z0-9.()-]+)+|"
    r"(?<![\w.])(?:MSS?|Ms|NAF|Add\.?\s?MSS?|Cod\.|fonds)\.?\s?(?:[A-Z][a-z]+\.\s)?\d{2,}(?!\w)")


def _shelfmarks(item: dict[str, Any], sources: list[str]) -> set[str]:
    """The shelfmarks and document numbers a work's references (or its fields) give, with no
    space or full stop: {'CO730/1'}."""
    texts = [*sources, *(str(item.get(k) or "") for k in ("number", "genre", "archive_location",
                                                           "call-number"))]
    return {re.sub(r"[\s.]", "", m.group()) for text in texts
            for m in _SHELFMARK.finditer(WEB_ADDRESS.sub(" ", text))}


def canonical(item: dict[str, Any]) -> dict[str, Any]:
    """The item with one spelling of what two copies may write two ways: a name's particle
    written after the given names ('Biasi', 'Pierre-Marc de') belongs to the family name
    ('de Biasi', 'Pierre-Marc'), a title inverted for alphabetising ('Rising in
    Mesopotamia, The') is in its natural order ('The Rising in Mesopotamia'), and a name
    listing bodies each with its abbreviation ('World Health Organization (WHO) and World
    Meteorological Organization (WMO)') is one name per body."""
    for role in ("author", "editor", "translator"):
        if isinstance(item.get(role), list):
            item[role] = [_particle_in_family(part) for n in item[role] for part in (
                [{**n, "literal": body} for body in split_bodies(n["literal"])]
                if isinstance(n, dict) and n.get("literal") else [n])]
    if isinstance(item.get("title"), str):
        item["title"] = natural_title(item["title"])
    return item


def _particle_in_family(name: Any) -> Any:
    """{'family': 'Biasi', 'given': 'Pierre-Marc de'} → {'family': 'Biasi', 'given':
    'Pierre-Marc', 'dropping-particle': 'de'}; any other name as it is."""
    if not isinstance(name, dict) or not name.get("family") or \
            name.get("non-dropping-particle") or name.get("dropping-particle"):
        return name
    given = str(name.get("given") or "").split()
    k = len(given)
    while k > 1 and given[k - 1] in PARTICLES:
        k -= 1
    if k == len(given):
        return name
    return {**name, "given": " ".join(given[:k]), "dropping-particle": " ".join(given[k:])}


# the kinds of work published inside another (a journal, a newspaper, a book, a site)
IN_A_CONTAINER = {"article-journal", "article-magazine", "article-newspaper", "chapter",
                   "entry-dictionary", "entry-encyclopedia", "paper-conference", "post",
                   "post-weblog", "webpage"}


def one_spelling(items: list[dict[str, Any]]) -> None:
    """A person written 'Biasi, Pierre-Marc de' in one work and 'Pierre-Marc de Biasi' in
    another (an editor named after a title) is spelt the first way in both, the particle
    dropping: the style prints them, and tells persons apart, as one person. So is one
    written 'Oyarzábal Lete, Carmen' and 'Carmen Oyarzábal Lete' (family 'Lete'): the family
    name of two surnames the inverted name gives is the person's in every work."""
    roles = ("author", "editor", "translator", "container-author")
    _two_surnames(items, roles)
    dropping = {(f"{n['dropping-particle']} {n['family']}", n.get("given")): n
                for item in items for role in roles for n in item.get(role) or []
                if isinstance(n, dict) and n.get("dropping-particle") and n.get("family")}
    for item in items if dropping else ():
        for role in roles:
            if isinstance(item.get(role), list):
                item[role] = [{**n, "family": dropping[key]["family"],
                               "dropping-particle": dropping[key]["dropping-particle"]}
                              if isinstance(n, dict) and (key := (n.get("family"), n.get("given")))
                              in dropping else n for n in item[role]]


def _two_surnames(items: list[dict[str, Any]], roles: tuple[str, ...]) -> None:
    """Persons of the same names in reading order get the longest family name of capitalised
    surnames any work gives them ('Oyarzábal Lete', never 'Lete'; a particle is left to
    one_spelling's other rule)."""
    longest: dict[str, dict[str, Any]] = {}
    for item in items:
        for role in roles:
            for n in item.get(role) or []:
                key = full_name(n) if isinstance(n, dict) and not any(
                    k.endswith("particle") for k in n) else ""
                if key and str(n.get("family"))[:1].isupper() and len(
                        str(n.get("family")).split()) > max(1, len(
                        str(longest.get(key, {}).get("family", "")).split())):
                    longest[key] = n
    def respelt(n: Any) -> Any:
        found = longest.get(full_name(n)) if isinstance(n, dict) else None
        if found is None or n.get("family") == found["family"]:
            return n
        return {**n, "family": found["family"], "given": found["given"]}

    for item in items if longest else ():
        for role in roles:
            if isinstance(item.get(role), list):
                item[role] = [respelt(n) for n in item[role]]


def name_opens_title(entry: dict[str, Any], item: dict[str, Any]) -> bool:
    """A note that read the person a title opens with as the author ('Italo Calvino. Atti del
    convegno internazionale, a cura di G. Falaschi, …, 1988') and the list's entry of that
    collection ('Falaschi G. (a cura di), Italo Calvino. Atti del convegno internazionale,
    1988'): one year, the note's author's names and title are the entry's title, word for
    word, and the note's first editor is the entry's."""
    authors, editors = item.get("author") or [], item.get("editor") or []
    theirs = (entry.get("editor") or entry.get("author") or [None])[0]
    if len(authors) != 1 or not editors or not isinstance(theirs, dict) \
            or not isinstance(authors[0], dict) or not isinstance(editors[0], dict) \
            or year_of(entry) != year_of(item) or name_key(editors[0]) != name_key(theirs):
        return False
    person = " ".join(str(authors[0].get(k) or "") for k in ("given", "family", "literal"))
    words = re.findall(r"[a-z0-9]+", ascii_key_spaced(f"{person} {item.get('title') or ''}"))
    return words == _title_words(entry, "") and len(words) > 2
