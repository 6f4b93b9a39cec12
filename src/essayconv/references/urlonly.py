"""A reference that is only a web address: a web page titled after its address."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

# the whole reference is one address: 'https://www.nber.org/papers/w28731', '<www.bls.gov>'
_ONLY = re.compile(r"^<?(?P<url>(?:https?://|www\.)[^\s<>]+?)>?[.,;]?$", re.I)
_PAGE_SUFFIX = re.compile(r"\.(?:html?|php|aspx?|jsp|cfm|shtml)$", re.I)
_WORD = re.compile(r"[A-Za-z]{2,}|\d+")
# a last segment that names no page: 'index.html', 'default.aspx', 'home'
_NO_NAME = {"index", "default", "home", "main", "page", "article", "view", "show"}


def address(text: str) -> str | None:
    """The address when the reference is that address alone, else None."""
    m = _ONLY.match(" ".join(text.split()))
    return m.group("url") if m and "doi.org/" not in m.group("url").lower() else None


def title_from(url: str) -> str:
    """A title for a page known by its address only: its last path segment when that reads
    as words ('office-conversion.html' → 'Office conversion'), else its host without
    'www.' ('https://www.nber.org/papers/w28731' → 'nber.org'), as Cite Them Right titles
    a page that gives no title of its own."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    host = parts.hostname or parts.netloc
    host = host[4:] if host.startswith("www.") else host
    segment = _PAGE_SUFFIX.sub("", unquote(parts.path.rstrip("/").rsplit("/", 1)[-1]))
    words = re.split(r"[-_+\s.]+", segment.strip("-_+. "))
    lettered = [w for w in words if re.fullmatch(r"[A-Za-z]{2,}", w)]
    if len(lettered) >= 2 and len(lettered) * 2 > len(words) and \
            all(_WORD.fullmatch(w) for w in words) and segment.lower() not in _NO_NAME:
        phrase = " ".join(words)
        return phrase[0].upper() + phrase[1:] if phrase.islower() else phrase
    return host


def web_page(text: str) -> dict[str, Any] | None:
    """The CSL item of a reference that is only a web address, else None."""
    url = address(text)
    if url is None:
        return None
    return {"type": "webpage", "title": title_from(url), "URL": url}
