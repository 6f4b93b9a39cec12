"""A document cited inside a larger work: an archive's item ('Minute by Hubert Young, 21
December 1920, CO 730/1, The National Archives, Kew.') or a letter in a published collection
('Bell to Bell, 12 March 1921, in The Letters of Gertrude Bell, ed. Lady Bell (London: Ernest
Benn, 1927), 2:580.').

* **An archive's item** (read by ``archives.py``) is a full citation of the item; a folio
  after its call number (``HO 42/35, fol. 211``) is the locator.  ``document`` holds the
  words naming it (``Minute by Hubert Young, 21 December 1920``): where the essay's own
  bibliography lists the file, the citation cites that entry and these words are its
  remark (``linking.py``).
* **A letter in a collection** (a speech, a diary's entry: any description) dated, then
  ``in`` the collection, cites the collection: its full reference (``in The Letters …, ed.
  Lady Bell (London: Ernest Benn, 1927), 2:580``) or its short title alone (``in Letters of
  Gertrude Bell, 2:601``: a short form with ``title`` and no author); the page cited stays
  the locator (``2:580``, volume 2, page 580; ``vol. 2 (London: …), 590`` is ``2:590``, the
  collection's reference never naming one of its volumes); the letter's words (``Bell to
  Bell, 12 March 1921``) are the remark and ``document``.
"""

from __future__ import annotations

import re
from typing import Any

from .archives import note_item
from .spans import MONTHS

_YEAR = r"(?:1[5-9]|20)\d\d"
# a letter's date, a month in it: '12 March 1921', 'March 12, 1921', '12 Oct. 1920', 'May 1921'
_DATE = rf"(?:\d{{1,2}}\s+)?(?P<month>[A-Z][a-z]+)\.?\s+(?:\d{{1,2}},\s*)?{_YEAR}"
_LETTER = re.compile(rf"^(?P<words>[A-Z“\"‘][^()]*?,\s+{_DATE}),\s+in\s+(?P<rest>[A-Z“\"‘].*)$",
                     re.S)


def read_within(text: str) -> dict[str, Any] | None:
    """A note's citation of a document inside a larger work (see the module's rules), else
    None."""
    from .notes import _result  # (late: notes reads its citations through this module)

    text = text.strip()
    letter = _LETTER.match(text)
    if letter and letter.group("month").lower() in MONTHS:
        found = _collection(letter.group("rest"))
        if found is not None:
            words = letter.group("words")
            remark = "; ".join(r for r in (words, found.get("remark")) if r)
            return {**found, "text": text, "remark": remark, "document": words}
    item = note_item(text)
    if item is None:
        return None
    label = "folio" if item.folio else None
    return {**_result(text, "full", None, None, item.folio, label, None, item.reference),
            "document": item.words}


# the volume of a collection cited, before its publication statement: ', vol. 2 (London: …)'
_VOLUME = re.compile(r",\s*vol\.\s*(?P<n>\d{1,3})(?=\s*\()")


def _in_volume(cited: dict[str, Any], volume: str) -> dict[str, Any]:
    """The page cited in a volume of the collection, as Chicago writes it: '2:590'."""
    locator = cited.get("locator")
    if locator and cited.get("label") == "page" and re.fullmatch(r"\d[\d–-]*", locator):
        return {**cited, "locator": f"{volume}:{locator}"}
    if locator:
        return {**cited, "locator": f"vol. {volume}, {locator}", "label": "volume"}
    return {**cited, "locator": f"vol. {volume}", "label": "volume"}


def _collection(rest: str) -> dict[str, Any] | None:
    """The citation of a collection after 'in': a full reference, or a short title and the
    page cited ('Letters of Gertrude Bell, 2:601'); None for anything else."""
    from .notes import _result, _short_rest, parse_citation

    volume = _VOLUME.search(rest)
    cited = parse_citation(rest[:volume.start()] + rest[volume.end():] if volume else rest)
    if cited["form"] == "full" and not cited.get("legal"):
        return _in_volume(cited, volume.group("n")) if volume else cited
    core = rest.strip().rstrip(".")
    title, comma, after = core.partition(",")
    found = _short_rest(comma + after)
    if found is None or not re.search(r"[^\W\d_]{3}", title) or (found[2] and not found[0]):
        return None
    return {**_result(rest, "short", None, None, *found, title.strip()),
            "title": title.strip().strip("“”\"‘’'")}
