"""Token-label rules for the Italian bibliography's style, 'Cognome N., Titolo, Editore, Città
Anno.', where the model reads the publisher into the title or the city as a journal.

* **'Editore, Città Anno'** at the end ('…, Einaudi, Torino 1987.', '…, il Mulino, Bologna
  1999, pp. 155-181.'): a city (of the gazetteer, or its Italian or Spanish name) and a year
  with no comma between them close the reference; the comma item before them, one to four
  capitalised words ('il Mulino', 'Il Saggiatore'), is the publisher. The words between the
  author and the publisher are the title (never a journal, a volume or pages: a span of
  years in a title, '1861-1880', is the title's), unless a container opens there ('in X
  (a cura di), Titolo', '«Title», Rivista').
* **'(a cura di)'** after the names that open a reference is their role: they are its
  editors ('Ferrante M. (a cura di), Lettere …').
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..months import MONTH_NAME
from .gazetteer import mark_places
from .tokens import QUOTE_OPEN, strip_punct

# cities under their own names, where the gazetteer (GeoNames) has the English ones
_CITIES = frozenset(
    "torino milano roma firenze napoli venezia genova padova bologna palermo bari pisa siena "
    "trieste verona bergamo brescia parma modena perugia catania messina lecce cagliari "
    "sevilla zaragoza valència lleida girona a coruña córdoba lisboa bruxelles münchen köln "
    "wien praha warszawa".split())
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d[.,]?$")
# a publisher's lower-case words: 'il Mulino', 'Edizioni di Storia e Letteratura'
_SMALL = frozenset("il lo la l' i gli le di del della dello e ed & de y".split())
# a month (any language of months.py) or a season: never a publisher's word
_MONTHS_SEASONS = re.compile(rf"{MONTH_NAME}|(?i:spring|summer|autumn|fall|winter|primavera|"
                             r"estate|autunno|inverno)")


def italian_style(tokens: list[str], labels: list[str]) -> list[str]:
    """All the rules of this module, in order (each returns new labels)."""
    for rule in (_a_cura_di_after_names, _publisher_city_year):
        labels = rule(tokens, labels)
    return labels


def _a_cura_di_after_names(tokens: list[str], labels: list[str]) -> list[str]:
    """'Ferrante M. (a cura di), Lettere …': the bracketed role goes with the names before
    it, which become the editors (``spans.to_csl`` reads the role)."""
    end = 0
    while end < len(labels) and labels[end] == "author":
        end += 1
    if end and [t.lower() for t in tokens[end:end + 3]] in (["(a", "cura", "di),"],
                                                           ["(a", "cura", "di)"]):
        return ["author"] * (end + 3) + labels[end + 3:]
    return labels


@lru_cache(maxsize=4096)
def is_city(word: str) -> bool:
    """A city of the gazetteer, or under its own name ('Torino', 'Milano')."""
    bare = strip_punct(word)
    return bare[:1].isupper() and (bare.lower() in _CITIES or all(mark_places([bare])))


def _publisher_words(tokens: list[str], place: bool = False) -> bool:
    """One to four words of a publisher's name: 'Einaudi', 'il Mulino', 'Il Saggiatore';
    never a state's ('MA', 'Mass.', 'Calif.', 'D. C.'), a month, or (unless ``place``) a
    place ('Belmont, California 1980')."""
    words = [strip_punct(t) for t in tokens]
    return 1 <= len(words) <= 4 and words[-1][:1].isupper() and \
        all((w[:1].isupper() or w.lower() in _SMALL) and not any(c.isdigit() for c in w)
            and not (w.isupper() and len(w) <= 3) and not _MONTHS_SEASONS.fullmatch(w)
            for w in words) and not any(t.rstrip(",").endswith(".") for t in tokens) and \
        (place or not all(mark_places(words)))


def _publisher_city_year(tokens: list[str], labels: list[str]) -> list[str]:
    """'Bellandi G., Il romanzo e la nazione, Einaudi, Torino 1987.' and the notes' order,
    'G. Bellandi, Il romanzo e la nazione, Torino, Einaudi, 1987, p. 45': see the module's
    docstring."""
    for at in range(2, len(tokens) - 1):
        if not is_city(tokens[at]) or _MONTHS_SEASONS.fullmatch(strip_punct(tokens[at])) or \
                not tokens[at - 1].endswith(","):
            continue
        if not tokens[at].endswith((",", ".", ";", ":")) and _YEAR.match(tokens[at + 1]) and \
                (at + 2 == len(tokens) or tokens[at + 1].endswith(",")):
            start = at - 1  # 'Einaudi, Torino 1987'
            while start > 0 and not tokens[start - 1].endswith(","):
                start -= 1
            if start and _publisher_words(tokens[start:at], strip_punct(
                    tokens[at]).lower() in _CITIES):
                out = list(labels)
                out[start:at] = ["publisher"] * (at - start)
                out[at], out[at + 1] = "location", "date"
                return _title_before(tokens, out, start)
        if tokens[at].endswith(",") and strip_punct(tokens[at]).lower() in _CITIES:
            end = next((k for k in range(at + 1, min(at + 5, len(tokens)))  # 'Torino, Einaudi,
                        if tokens[k].endswith(",")), None)  # 1987': a city's own name only
            if end is not None and end + 1 < len(tokens) and _YEAR.match(tokens[end + 1]) and \
                    (end + 2 == len(tokens) or tokens[end + 1].endswith(",")) and \
                    _publisher_words(tokens[at + 1:end + 1], place=True) and \
                    labels[end + 1] == "date":
                out = list(labels)
                out[at] = "location"
                out[at + 1:end + 1] = ["publisher"] * (end - at)
                return _title_before(tokens, out, at)
    return labels


def _title_before(tokens: list[str], out: list[str], start: int) -> list[str]:
    """The words between the names and the publication statement at ``start``: the title,
    never a journal, a volume or pages, unless a container opens there."""
    first = next((k for k in range(start) if out[k] not in ("author", "editor")), None)
    contained = any(tokens[k - 1].endswith((",", ".")) and (
        tokens[k].lower() in ("in", "en", "in:", "dans") or
        tokens[k][:1] in QUOTE_OPEN and out[k - 1] == "title") for k in range(1, start))
    if first is not None and not contained:  # the words between the names and the publisher
        for k in range(first, start):
            numbered = out[k] in ("volume", "pages")  # 'milanesi, 1861-1880,': the title's
            if out[k] in ("journal", "container-title", "location", "note", "publisher",
                          "date") or numbered and (_YEARS.fullmatch(tokens[k]) or not any(
                              c.isdigit() for c in tokens[k]) and not _LABEL.match(tokens[k])):
                out[k] = "title"
    return out


_LABEL = re.compile(r"(?:pp?|págs?|pagg?|pages?|vols?|voll|nos?|n°)\.?,?$", re.I)
_YEARS = re.compile(r"(?:1[5-9]|20)\d\d\s*[-–]\s*(?:1[5-9]|20)?\d\d[,.]?")
