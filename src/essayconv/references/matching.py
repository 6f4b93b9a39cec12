"""Which works a citation's author names and year name: the lookups linking and in-text
citations share (surnames, particles, 'et al.', year letters, short titles).

An organisation is named by its whole name, by the abbreviation it declares in brackets
(``World Health Organization (WHO)`` or ``[WHO]``: ``WHO``, ``World Health Organization``),
or by the initials of its name's capitalised words (``International Labour Organization`` →
``ILO``, ``Self-Employed Women's Association`` → ``SEWA``) when no other body among the works
has those initials or declares them as its abbreviation.  A name that lists several bodies,
each with its abbreviation (``World Health Organization (WHO) and World Meteorological
Organization (WMO)``), names each of them in turn (``WHO and WMO``).  A title inverted for
alphabetising (``Rising in Mesopotamia, The``) is compared in its natural order.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .csl import ascii_key, first_name, name_key, year_of
from .names import PARTICLES

_ETAL = re.compile(r",?\s+et\s+al\.?$")


def ascii_key_spaced(text: str) -> str:
    """Like :func:`ascii_key` but keeps word boundaries as spaces."""
    return " ".join(ascii_key(w) for w in text.split())


# between two names: ',', 'and', '&', ABNT's ';', and 'e', 'y', 'et', 'und' ('Abers e Keck',
# 'Martins, Oliveira e Castro'); a compound surname ('Silva e Souza') still matches as a whole
_NAME_SEP = re.compile(r"\s*(?:[,;]|\band\b|&)\s*|\s+(?:e|y|et|und)\s+")


def _short_names(authors: str) -> tuple[str, list[str]]:
    whole = ascii_key(authors)
    core = _ETAL.sub("", authors.strip())
    names = [ascii_key(n) for n in _NAME_SEP.split(core) if n.strip()]
    return whole, names


# an organisation's abbreviation, declared in brackets after its name: 'World Health
# Organization (WHO)', '… [WHO]', 'Médecins Sans Frontières (MSF)', 'UN-Habitat'
_DECLARED = re.compile(r"^(?P<body>.*?[^\W\d_].*?)\s*[(\[](?P<short>[A-Z][\w&.\-]{1,15})[)\]]$")
# the bodies a literal lists, each closed by its abbreviation: '… (WHO) and … (WMO)'
_AFTER_DECLARED = re.compile(r"(?<=[)\]])(?:\s*,)?\s+(?:and|&)\s+|(?<=[)\]])\s*[,;]\s+")


def _abbreviation(short: str) -> bool:
    """'WHO', 'UNHCR', 'C3S', 'UN-Habitat' (two capitals or more); never 'Geneva' or 'eds'."""
    return sum(c.isupper() for c in short) >= 2


def split_bodies(literal: str) -> list[str]:
    """The bodies a name lists, each with its declared abbreviation: 'World Health
    Organization (WHO) and World Meteorological Organization (WMO)' → both; any other name
    ('Food and Agriculture Organization (FAO)') is one."""
    parts = _AFTER_DECLARED.split(literal.strip())
    return parts if len(parts) > 1 and all(_declared(p) for p in parts) else [literal.strip()]


@lru_cache(maxsize=4096)
def _bodies(literal: str) -> tuple[tuple[frozenset[str], str, str], ...]:
    """Each body a literal names: (its keys: as written, its name alone, its declared
    abbreviation; its name's key; its initials' key)."""
    out = []
    for part in split_bodies(literal):
        declared = _declared(part)
        body = declared[0] if declared else part
        keys = {ascii_key(part), ascii_key(body), ascii_key(declared[1]) if declared else ""}
        out.append((frozenset(k for k in keys if k), ascii_key(body), _initials(body)))
    return tuple(out)


# ABNT's abbreviation before the name: 'ANA – AGÊNCIA NACIONAL DE ÁGUAS', 'CNRH - CONSELHO …'
_LEADING = re.compile(r"^(?P<short>[A-Z][\w&.\-]{1,15})\s+[–—-]\s+(?P<body>.*?[^\W\d_].*)$")


def _declared(part: str) -> tuple[str, str] | None:
    m = _DECLARED.match(part.strip()) or _LEADING.match(part.strip())
    return (m.group("body"), m.group("short")) if m and _abbreviation(m.group("short")) else None


def _initials(body: str) -> str:
    """'International Labour Organization' → 'ilo', 'Self-Employed Women's Association' →
    'sewa' (its capitalised words, hyphenated ones apart); '' for fewer than two."""
    words = [w for w in re.split(r"[\s\-‐–/]+", body) if w[:1].isupper()]
    return ascii_key("".join(w[0] for w in words)) if len(words) >= 2 else ""


_NAME_PARTS = ("family", "given", "literal", "dropping-particle", "non-dropping-particle")


def _name_entries(item: dict[str, Any]) -> list[tuple[frozenset[str], str, str]]:
    """The work's first names (authors, else editors), one entry per person or body: (the
    keys that name it, the body's key, its initials' key; '' for a person)."""
    role = "author" if item.get("author") else "editor"
    names = tuple(tuple(str(n.get(k) or "") for k in _NAME_PARTS)
                  for n in item.get(role) or [] if isinstance(n, dict))
    return _entries(names)


@lru_cache(maxsize=4096)
def _entries(names: tuple[tuple[str, ...], ...]) -> list[tuple[frozenset[str], str, str]]:
    """_name_entries of names given as tuples of _NAME_PARTS (cached: linking asks often)."""
    out: list[tuple[frozenset[str], str, str]] = []
    for parts in names:
        n = {k: v for k, v in zip(_NAME_PARTS, parts, strict=True) if v}
        if ascii_key(n.get("literal", "")) in ("etal", "others"):
            continue
        if not n.get("literal"):
            out.append((_person_keys(n), "", ""))
            continue
        bodies = _bodies(n["literal"])
        whole = ascii_key(n["literal"])  # the first body also stands for the whole literal
        out.append((bodies[0][0] | {whole}, *bodies[0][1:]))
        out.extend(bodies[1:])
    return out


def _person_keys(name: dict[str, Any]) -> frozenset[str]:
    """The keys of a person's family name: 'van der Berg' is 'vanderberg' only (a 'Berg'
    is someone else), and of the whole name in reading order ('luisibarrasoto': a short
    form naming 'Luis Ibarra Soto' names 'Ibarra Soto, Luis'); a dropping particle written
    after the given names ('Beauvoir, S. de') names the person with it and without it:
    {'beauvoir', 'debeauvoir'}."""
    particle = str(name.get("dropping-particle") or "")
    keys = {name_key(name), full_name(name)}  # and in reading order: 'Luis Ibarra Soto'
    if particle:
        keys.add(ascii_key(f"{particle} {name.get('family') or ''}"))
    return frozenset(keys - {""})


def usable_initials(works: Sequence[tuple[str, dict[str, Any]]]) -> frozenset[str]:
    """The initials that name one body only among the works: no other body has the same
    initials, declares them as its abbreviation or is called so, and no person either."""
    claims: dict[str, set[str]] = {}
    for _, item in works:
        for keys, body, initials in _name_entries(item):
            for key in keys | {body, initials} - {""}:
                claims.setdefault(key, set()).add(body or key)
    return frozenset(k for k, bodies in claims.items() if len(bodies) == 1)


def work_aliases(item: dict[str, Any], initials: frozenset[str] | None = frozenset()
                 ) -> list[frozenset[str]]:
    """The keys that name each of the work's first names: a person's key; an organisation's
    name as written, without its abbreviation, its declared abbreviation and, when
    ``initials`` holds them (None: always), its initials."""
    return [keys | ({ini} if ini and (initials is None or ini in initials) else set())
            for keys, _, ini in _name_entries(item)]


def _names_agree(whole: str, names: list[str], theirs: list[frozenset[str]],
                 more: bool = False) -> bool:
    """Do the short form's names (``whole``: all of them as one key) name these first names?
    ``more``: a short form naming more people than the work ('Smith, Jones and Lee' of a
    work by Smith) still names it by its first."""
    if not theirs or not theirs[0] - {""}:  # no Latin letters in the name: nothing to compare
        return False
    if whole and whole in theirs[0]:
        return True
    if names and len(theirs) >= len(names) and all(n in t for n, t in zip(names, theirs,
                                                                            strict=False)):
        return True
    return more and bool(names) and names[0] in theirs[0] and len(theirs) < len(names)


def same_first_name(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Are the two works' first names one person or body ('World Health Organization (WHO)',
    'World Health Organization', 'WHO')?"""
    if name_key(first_name(a)) == name_key(first_name(b)):
        return True  # (never by initials alone: 'Department of Health', '… of Housing')
    mine, theirs = work_aliases(a)[:1], work_aliases(b)[:1]
    return bool(mine and theirs and mine[0] & theirs[0]) or \
        bool(full_name(first_name(a)) and full_name(first_name(a)) == full_name(first_name(b))) \
        or surnames_moved(first_name(a), first_name(b)) or \
        surnames_moved(first_name(b), first_name(a))


def _name_words(text: str) -> list[str]:
    """A name's words as keys, hyphens and initials' stops splitting them ('E.R.' → e, r)."""
    return [ascii_key(w) for w in re.findall(r"[^\W\d_]+", text)]


def surnames_moved(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """'Gabriel García Márquez' read forename first (family 'Márquez') and 'García Márquez,
    G.': one person, the first name's last given names the second's family name of two
    surnames, its other given names the second's (or their initials)."""
    if not a or not b or a.get("literal") or b.get("literal") or not b.get("given"):
        return False
    family = _name_words(str(b.get("family") or ""))
    words = _name_words(f"{a.get('given') or ''} {a.get('family') or ''}")
    given, head = _name_words(str(b["given"])), words[:len(words) - len(family)]
    return len(family) >= 2 and len(words) > len(family) and words[-len(family):] == family \
        and len(head) == len(given) and all(
            x == y or x[:1] == y for x, y in zip(head, given, strict=True))


def full_name(name: dict[str, Any] | None) -> str:
    """A person's names in reading order, as a key: 'Carmen Oyarzábal Lete' whether parsed
    given 'Carmen Oyarzábal', family 'Lete' (written forename first) or given 'Carmen',
    family 'Oyarzábal Lete' (inverted); '' for a body or a name with no given name."""
    if not name or name.get("literal") or not name.get("given"):
        return ""
    return ascii_key(" ".join(str(name.get(k) or "") for k in (
        "given", "dropping-particle", "non-dropping-particle", "family")))


def work_label(work_id: str, item: dict[str, Any]) -> str:
    """'Prunier (1997) [prunier1997]': how a work is named in a diagnostic."""
    name = first_name(item) or {}
    who = name.get("literal") or name.get("family") or "?"
    year, _ = year_of(item)
    return f"{who} ({'n.d.' if year == 'nd' else year}) [{work_id}]"


def closest_works(authors: str, year: str, works: Sequence[tuple[str, dict[str, Any]]]
                  ) -> list[str]:
    """Up to three labels of works whose first name looks like the short form's (ratio 0.75
    or more), the most alike first and, among equals, those of the same year."""
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(ascii_key(_NAME_SEP.split(_ETAL.sub("", authors.strip()))[0]))
    scored = []
    for work_id, item in works:
        name = first_name(item) or {}
        matcher.set_seq1(ascii_key(name.get("literal") or name.get("family") or ""))
        if matcher.real_quick_ratio() >= 0.75 and matcher.quick_ratio() >= 0.75 and \
                matcher.ratio() >= 0.75:
            scored.append((-matcher.ratio(), year_of(item)[0] != year[:4],
                           work_label(work_id, item)))
    return [label for *_, label in sorted(scored)[:3]]


def _matching(works: Sequence[tuple[str, dict[str, Any]]], year: str, suffix: str, whole: str,
              names: list[str], etal: bool = False) -> list[str]:
    """Ids of the works of that year (and letter) whose first names are the given names;
    of several, those with as many authors as the short form names (``etal``: three or
    more, and more than it names), if any:
    'Souza' is Souza, M. (2020), 'Souza and Lima' Souza, M. and Lima, R. (2020)."""
    found = []
    initials = usable_initials(works)
    for work_id, item in works:
        if year_of(item)[0] != year or (suffix and not work_id.endswith(year + suffix)):
            continue
        if _names_agree(whole, names, work_aliases(item, initials), more=True):
            found.append((work_id, item))
    if len(found) > 1 and names:
        counted = [(wid, author_count(item)) for wid, item in found]
        agree = [wid for wid, (n, more) in counted
                 if (n >= max(3, len(names) + 1) or more if etal
                     else n == len(names) and not more)]
        if agree:
            return agree
    return [wid for wid, _ in found]


def author_count(item: dict[str, Any]) -> tuple[int, bool]:
    """How many authors (else editors) the work names, and whether it ends 'et al.'."""
    role = "author" if item.get("author") else "editor"
    names = [n for n in item.get(role) or [] if isinstance(n, dict)]
    etal = [n for n in names if ascii_key(str(n.get("literal") or "")) in ("etal", "others")]
    return len(names) - len(etal), bool(etal)


def matching_works(authors: str, year_text: str, works: Sequence[tuple[str, dict[str, Any]]],
                   surnames: bool = True) -> list[str]:
    """Ids of the works a short form 'authors (year_text)' names, among (id, item) pairs.

    Names as written are tried first, then (unless ``surnames`` is false) surnames alone
    ('Mary Beard (2010)'); a year letter ('1994a') must match the work's id. One id is a
    resolution, several an ambiguity.
    """
    m = re.match(r"(\d{4})([a-z]?)", year_text)
    year, suffix = (m.group(1), m.group(2)) if m else ("nd", "")
    whole, names = _short_names(authors)
    if not whole:
        return []
    etal = bool(_ETAL.search(authors.strip()))
    found = _matching(works, year, suffix, whole, [n for n in names if n], etal)
    if not found and surnames:  # names written given name first: 'Mary Beard (2010)'
        last = _surnames(authors)
        if last != names and all(last):
            found = _matching(works, year, suffix, "", last, etal)
    return found


def _surnames(authors: str) -> list[str]:
    """The last word of each name with the particles before it, as keys: 'Mary Beard and
    John Smith' → beard, smith; 'Pierre-Marc de Biasi' → debiasi."""
    out = []
    for part in _NAME_SEP.split(_ETAL.sub("", authors.strip())):
        words = part.split()
        k = len(words) - 1
        while k > 0 and words[k - 1] in PARTICLES:  # lower-case: 'de', 'van der'
            k -= 1
        if words:
            out.append(ascii_key(" ".join(words[k:])))
    return out


def works_by(authors: str, works: Sequence[tuple[str, dict[str, Any]]], title: str = ""
             ) -> list[str]:
    """Ids of the works of these authors, whatever their year ('Morrison 44', 'Gaddis, Long
    Peace'): the names match the work's first names, and the words of a short title, if one
    is given, come in order in the work's title (a leading article aside)."""
    whole, names = _short_names(authors)
    short = _title_key(title)
    if not whole or (title and not short):
        return []
    found = _works_named(works, whole, names)
    if not found:  # names written given name first: 'John Lewis Gaddis, Long Peace'
        last = _surnames(authors)
        if last != names and all(last):
            found = _works_named(works, "", last)
    titled = [(wid, _title_key(str(item.get("title") or ""))) for wid, item in found]
    leading = [wid for wid, words in titled if words[:len(short)] == short]
    if leading:  # a short title is the title's leading words; failing that, some of them
        return leading
    return [wid for wid, words in titled if _in_order(short, words)]


def works_titled(title: str, works: Sequence[tuple[str, dict[str, Any]]],
                 anyone: bool = False) -> list[str]:
    """Ids of the works with no author (``anyone``: whoever their author) whose title begins
    with these words (MLA's '("Rising Tides" 4)' for an unsigned article)."""
    short = _title_key(title)
    return [wid for wid, item in works if short and (anyone or not item.get("author")) and
            _title_key(str(item.get("title") or ""))[:len(short)] == short]


def works_titled_of_year(words: str, year: str, works: Sequence[tuple[str, dict[str, Any]]]
                         ) -> list[str]:
    """Ids of the works of that year with no author or editor whose title the citation's
    words are, the year as part of the title or not: Cite Them Right's '(Equality Act
    2010)' for the Act titled so, '(Beowulf 1999)' for an unsigned 'Beowulf' of 1999."""
    short = _title_key(words)
    return [wid for wid, item in works if short and year_of(item)[0] == year and
            not item.get("author") and not item.get("editor") and
            _title_key(str(item.get("title") or "")) in (short, short + [year])]


def _works_named(works: Sequence[tuple[str, dict[str, Any]]], whole: str, names: list[str]
                 ) -> list[tuple[str, dict[str, Any]]]:
    """The (id, item) pairs whose first names are the given names, whatever the year."""
    initials = usable_initials(works)
    return [(work_id, item) for work_id, item in works
            if _names_agree(whole, names, work_aliases(item, initials))]


def _in_order(short: list[str], words: list[str]) -> bool:
    """Do the short title's words come, in this order, among the title's words?"""
    rest = iter(words)
    return all(w in rest for w in short)


# a leading article moved to the end for alphabetising: 'Rising in Mesopotamia, The', 'Life of
# Brian, The', 'Rouge et le Noir, Le', 'Zauberberg, Der'
_INVERTED = re.compile(r"^(?P<title>.*?\S)\s*,\s*(?P<article>The|An?|L[ea]s?|L['’]|Der|Die|Das|"
                       r"El|Los|Las|Il|Lo|Gli|Una?|Une?)\.?\s*$")


def natural_title(title: str) -> str:
    """A title inverted for alphabetising, in its natural order: 'Rising in Mesopotamia, The'
    → 'The Rising in Mesopotamia'; any other title as it is."""
    m = _INVERTED.match(title.strip())
    if m is None:
        return title
    article = m.group("article")
    space = "" if article.endswith(("'", "’")) else " "  # 'L’Étranger'
    return f"{article}{space}{m.group('title')}"


def _title_key(title: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", ascii_key_spaced(natural_title(title)))
    return words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words


def names_work(name: str, item: dict[str, Any]) -> bool:
    """Does a cross-reference's name ('Craig', 'Bank Mellat', 'Brown') name this work: its
    first author's family name (or all its authors'), or, for a work with no author (a case,
    an Act), words of its title, in order?"""
    whole, names = _short_names(name)
    theirs = work_aliases(item)
    if theirs and theirs[0] - {""}:
        if _names_agree(whole, names, theirs) or _names_agree("", _surnames(name), theirs):
            return True
        who, comma, title = name.partition(",")  # 'Geyer, Verkehrte Welt (n 5)': name, title
        words = _title_key(title)
        return bool(comma and words) and names_work(who, item) and \
            _in_order(words, _title_key(str(item.get("title") or "")))
    words = _title_key(name)
    title = re.findall(r"[a-z0-9]+", ascii_key_spaced(str(item.get("title") or "")))
    return bool(words) and any(title[i:i + len(words)] == words for i in range(len(title)))


def case_nickname(name: str, item: dict[str, Any]) -> bool:
    """A case's short name that shares a party's name with it ('Miller II' of 'R (Miller) v
    Prime Minister; Cherry v Advocate General for Scotland')."""
    if item.get("type") != "legal_case":
        return False
    title = set(re.findall(r"[^\W\d_]{3,}", str(item.get("title", "")).lower()))
    return bool(title & set(re.findall(r"[^\W\d_]{3,}", name.lower())))
