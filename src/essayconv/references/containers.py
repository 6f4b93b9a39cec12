"""'ibid.' in place of a container: the container of the work cited just before; a ditto
dash in place of the authors: the authors of the entry just before.

French notes and bibliographies write ``Todorov, « Introduction », ibid., p. 1-4`` after
``Genette, « Vraisemblance et motivation », Communications, n° 11, 1968, p. 5-21``: the
article is in the same issue of *Communications*; English ones ``Smith, J., 'A chapter', in
ibid., pp. 3–9`` after the book it is a chapter of.

* **Where.** ``, ibid.``, ``, in ibid.``, ``, dans ibid.`` (or ``ibidem``) after the author
  and title, before a comma or the end: never an ``Ibid.`` opening the citation (the work
  cited before, repeated) nor ``quoted in ibid.``.
* **Parsing.** The words go before the reference is parsed (``without_ibid``): "ibid." is
  never a title, a container or an editor.
* **The container.** The work cited just before it (the citation before it in its note, or
  the last one of the note before; in a reference list, the entry before it): an article or
  a chapter gives its container, editors, publisher, place, date, volume and issue; a book
  is the container itself (its title, editors or author as the container's author,
  publisher, place, date), and the work is a chapter of it. What the citation itself gives
  (its pages, a volume or a year after the ibid.) stays its own.
* **A ditto dash.** A reference opening with a dash in place of its authors (``—, La Junta
  de Comercio …``, ``———. Title``, ``——,``; two hyphens or more) is by the authors (or,
  for an edited volume, the editors) of the reference just before it: the rest is parsed
  on its own, never an author "—".
"""

from __future__ import annotations

import re
from typing import Any

from .matching import matching_works, works_by

# ', ibid.,' ', in ibid.,' ', dans ibid.' after the author and title (never 'quoted in ibid.')
_IBID = re.compile(r"(?<=\S),\s+(?:(?:in|dans)\s*:?\s+)?ibid(?:em)?\b\.?(?=\s*[,;.]|\s*$)",
                   re.I)
# the container's own fields, taken from an article or a chapter cited before
_CONTAINER_FIELDS = ("container-title", "container-author", "editor", "collection-title",
                     "collection-number", "publisher", "publisher-place", "issued", "volume",
                     "issue", "edition", "event", "event-place")
# a book's fields that are its chapter's container's
_BOOK_FIELDS = ("editor", "collection-title", "collection-number", "publisher",
                "publisher-place", "issued", "volume", "edition")


# a ditto dash opening a reference: the authors of the one before ('—,', '———.', '--,')
_DITTO = re.compile(r"^\s*(?:[—–]+|-{2,}|_{2,})\s*[,.:]?\s+(?=\S)")


def ditto(reference: str) -> str | None:
    """The reference after its ditto dash ('—, La Junta …' → 'La Junta …'), or None."""
    m = _DITTO.match(reference)
    return reference[m.end():] if m else None


def same_authors(item: dict[str, Any], before: dict[str, Any] | None) -> dict[str, Any]:
    """The item by the authors (or editors) of ``before``, the work just before it."""
    role = "author" if before and before.get("author") else "editor"
    if not before or not before.get(role):
        return item
    return {**{k: v for k, v in item.items() if k not in ("author", "editor")},
            role: [dict(n) for n in before[role]],
            **({"editor": item["editor"]} if role == "author" and item.get("editor") else {})}


def has_ibid(reference: str) -> bool:
    """Does the reference name its container 'ibid.' ('…, « Title », ibid., p. 1-4')?"""
    return bool(_IBID.search(reference))


def ends_in_ibid(before: str) -> bool:
    """Does the text end in an 'ibid.' container (the pages after it are the work's own)?"""
    m = _IBID.search(before)
    return m is not None and not before[m.end():].strip(" .")


def without_ibid(reference: str) -> str:
    """The reference with its 'ibid.' container taken out, for the parser."""
    return _IBID.sub("", reference, count=1)


def in_container(item: dict[str, Any], before: dict[str, Any]) -> dict[str, Any]:
    """The item put in the container of ``before``, the work cited just before it."""
    out = dict(item)
    if before.get("container-title"):
        out["container-title"] = before["container-title"]
        fields = _CONTAINER_FIELDS
        out["type"] = before.get("type") or out.get("type")
    elif before.get("title"):
        out["container-title"] = before["title"]
        fields = _BOOK_FIELDS
        if before.get("author") and not before.get("editor"):
            out.setdefault("container-author", before["author"])
        out["type"] = "chapter"
    else:
        return out
    for key in fields:
        if before.get(key) and key not in out:
            out[key] = before[key]
    return out


def work_before(before: dict[str, Any] | None, items: list[dict[str, Any]]
                ) -> dict[str, Any] | None:
    """The work cited just before: a work's item as it is; for a short form, the one work
    among ``items`` it names by author and year or short title ('Genette (1968)', 'G.
    Genette, art. cit.'), else None."""
    if before is None or "form" not in before:
        return before
    citation = before
    authors = str(citation.get("authors") or "")
    pairs = [(str(n), item) for n, item in enumerate(items)]
    if not authors:
        return None
    if citation.get("year"):
        found = matching_works(authors, str(citation["year"]), pairs)
    else:
        found = works_by(authors, pairs, str(citation.get("title") or ""))
    return items[int(found[0])] if len(found) == 1 else None



def no_container(citation: dict[str, Any]) -> str:
    """The warning for an 'ibid.' container with no work cited before it."""
    return (f"{citation.get('text', '')!r}: its 'ibid.' names the container of the work "
            "cited just before it, and no work is cited before it")
