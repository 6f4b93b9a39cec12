"""CSL-JSON helpers: author keys, years, base work ids and stable JSON output."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

__all__ = ["ascii_key", "name_key", "first_name", "year_of", "work_id", "to_csl_json"]

# CSL-JSON keys in the order they are written; any other key follows, alphabetically.
KEY_ORDER = [
    "id", "type", "author", "editor", "translator", "issued", "year-suffix", "title",
    "title-short", "container-title", "collection-title", "edition", "volume", "issue",
    "page", "number", "genre", "event", "event-date", "publisher", "publisher-place",
    "archive", "URL", "DOI", "ISBN", "accessed", "note",
]
_ETAL = {"et al.", "et al", "others"}


# letters NFKD does not take apart, and the Cyrillic and Greek alphabets, in Latin letters
_LATIN = str.maketrans({
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th",
    "ð": "d", "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e",
    "є": "ye", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "α": "a", "β": "b", "γ": "g", "δ": "d", "ε": "e", "ζ": "z",
    "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o",
    "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
    "ω": "o"})


@lru_cache(maxsize=8192)
def ascii_key(text: str) -> str:
    """Lower-case ASCII letters and digits only: ``Quilès, N'Sele`` → ``quilesnsele``;
    ``Бабель`` → ``babel``, ``Kabaağaçlı`` → ``kabaagacli``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    latin = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LATIN)
    folded = latin.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded)


def first_name(item: dict[str, Any]) -> dict[str, Any] | None:
    """The first author, else the first editor (edited volumes are filed under editors)."""
    for role in ("author", "editor"):
        for name in item.get(role) or []:
            if isinstance(name, dict) and name.get("literal", "").strip().lower() not in _ETAL:
                return name
    return None


def name_key(name: dict[str, Any] | None) -> str:
    """Key of a name: particle + family (``Des Forges`` → ``desforges``) or the literal."""
    if not name:
        return ""
    if name.get("literal"):
        return ascii_key(name["literal"])
    parts = [name.get("non-dropping-particle", ""), name.get("family", "")]
    return ascii_key(" ".join(p for p in parts if p))


def year_of(item: dict[str, Any]) -> tuple[str, str]:
    """``(year, suffix)`` of ``issued``: ``("1997", "")``, ``("2001", "a")``, ``("nd", "")``."""
    issued = item.get("issued") or {}
    suffix = str(item.get("year-suffix") or "")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    if parts and parts[0] and parts[0][0] not in (None, ""):
        return str(parts[0][0]), suffix
    literal = issued.get("literal", "") if isinstance(issued, dict) else ""
    m = re.search(r"\b(\d{4})([a-z])?\b", literal)
    if m:
        return m.group(1), suffix or (m.group(2) or "")
    return "nd", suffix


def work_id(item: dict[str, Any]) -> str:
    """Base id: first author's (or editor's) key + year, e.g. ``prunier1997``, ``unitednationsnd``.

    Without any name the first two title words stand in (``anon`` if there is no title).
    The ``a``/``b`` letters that keep ids unique are added by the linker, except a year
    suffix the source itself wrote (``2001a``), which is kept here.
    """
    key = name_key(first_name(item))
    if not key:
        words = re.findall(r"\w+", str(item.get("title", "")))
        key = ascii_key("".join(words[:2])) or "anon"
    year, suffix = year_of(item)
    return f"{key}{year}{suffix}"


def _ordered(item: dict[str, Any]) -> dict[str, Any]:
    known = [k for k in KEY_ORDER if k in item]
    rest = sorted(k for k in item if k not in KEY_ORDER)
    return {k: item[k] for k in known + rest}


def to_csl_json(works: Iterable[dict[str, Any]]) -> str:
    """A pretty CSL-JSON array with a stable key order (``id``, ``type``, names, date, …)."""
    return json.dumps([_ordered(w) for w in works], ensure_ascii=False, indent=2) + "\n"
