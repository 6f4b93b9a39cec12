"""Personal papers as references: letters, diaries, oral-history interviews and the
collections that keep them, as history notes and bibliographies cite them.

* **A letter**: ``Letter from Andrew McBride to Robert Munro, 12 March 1921, Box 4, Folder 2,
  X Papers, Glasgow City Archives, Glasgow.`` is CSL ``personal_communication``, its author
  the sender, its ``recipient`` the addressee, its title ``Letter to Robert Munro``; the
  date its date, the box and folder its ``archive_location``, then the archive's parts (a
  collection, the archive, its place).  The date and the archive's parts may be left out;
  box or archive there must be.
* **A diary, notebook, memorandum …** by a person: ``Andrew McBride, diary entry, 3 April
  1921, Box 1, Folder 7, Andrew McBride Papers, National Library of Scotland, Edinburgh.``
  is a ``manuscript`` by that person, its title the description (``Diary entry``).
* **An interview**: ``Margaret Reid, interview by Helen Clark, 17 May 1987, transcript, …``
  (a note) or ``Reid, Margaret. Interview by Helen Clark. 17 May 1987. Transcript. …`` (a
  bibliography) is CSL ``interview``: author the interviewee, ``interviewer``, the date, a
  ``medium`` (transcript, audio recording …) and the archive's parts; never a translator.
* **A collection**: ``Andrew McBride Papers. National Library of Scotland, Edinburgh.`` is a
  ``manuscript`` titled so, with no author (no person called "Papers"), kept in the archive.
"""

from __future__ import annotations

import re
from typing import Any

from .archives import archive_parts, names_archive

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|la|le|du|da|di))*"
_DATE = (r"(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+|[A-Z][a-z]+\.?\s+(?:\d{1,2},\s*)?)?"
         r"(?:1[5-9]|20)\d\d")
_KIND = r"(?:Letter|Telegram|Postcard|Cable|Note|Memorandum|Memo)"
_LETTER = re.compile(rf"^(?P<kind>{_KIND})\s+from\s+(?P<sender>{_NAME})\s+to\s+"
                     rf"(?P<recipient>{_NAME})(?:,\s+(?P<date>{_DATE}))?(?:,\s+(?P<rest>.+?))?\.?$")
_DESCRIBED = re.compile(
    rf"^(?P<author>{_NAME}),\s+(?P<what>(?:diary|journal|notebook|memorandum|memo|"
    rf"scrapbook|commonplace book|account book|letterbook|minute book|sketchbook)"
    rf"(?:\s+entry)?),\s+(?P<date>{_DATE})(?:,\s+(?P<rest>.+?))?\.?$")
# 'Margaret Reid, interview by Helen Clark, 17 May 1987, transcript, …' (a note);
# 'Reid, Margaret. Interview by Helen Clark. 17 May 1987. Transcript. …' (a bibliography)
_INTERVIEW = re.compile(
    rf"^(?P<author>{_NAME}(?:,\s+{_NAME})?)[.,]\s+(?:[Ii]nterview(?:ed)?\s+by|"
    rf"[Oo]ral[- ]history interview by)\s+(?P<by>{_NAME})(?:[.,]\s+(?P<date>{_DATE}))?"
    rf"(?:[.,]\s+(?P<rest>.+?))?\.?$")
_MEDIUM = re.compile(r"^(?:(?:audio|video|sound)\s+)?(?:transcript|recording|tape|cassette|"
                     r"audiotape|videotape|typescript|mp3|audio|video)(?:\s+recording)?$", re.I)
_COLLECTION = re.compile(
    r"^(?P<title>(?:[A-Z][\w'’.-]*\s+){1,8}(?:Papers|Collection|Records|Correspondence|"
    r"Fonds|Diaries|Archive))\.\s+(?P<rest>[^.]+?)\.?$")
# a place within an archive: 'Box 4', 'Folder 2', 'File 12', 'Series 3', 'Item 7'
_SHELF = re.compile(r"^(?:Box|Folder|File|Series|Item|Carton|Reel|Envelope|Bundle|Volume|"
                    r"Vol\.|Subseries)\s+[\w.-]+$")


def papers(text: str) -> dict[str, Any] | None:
    """A letter, diary, interview or collection of papers (see the module's rules), else
    None."""
    text = text.strip()
    for read in (_letter, _described, _interview, _collection):
        item = read(text)
        if item is not None:
            return item
    return None


def _person(name: str) -> dict[str, str]:
    """'Andrew McBride' or 'Reid, Margaret' as a CSL name."""
    from .names import parse_names

    found, _ = parse_names(name.strip())
    return found[0] if len(found) == 1 else {"literal": name.strip()}


def _date(text: str | None) -> dict[str, Any] | None:
    from .spans import parse_date

    return parse_date(text) if text else None


def _kept(rest: str | None, medium: bool = False) -> dict[str, str] | None:
    """The archive's fields of the parts after the date: a box and folder, a medium (when
    asked), a collection, the archive, its place; {} for nothing, None for other words."""
    parts = [p.strip() for p in re.split(r"[,.]\s+", rest or "") if p.strip()]
    out: dict[str, str] = {}
    if parts and medium and _MEDIUM.match(parts[0]):
        out["medium"] = parts.pop(0).capitalize()
    shelf = [p for p in parts if _SHELF.match(p)]
    if shelf:
        out["archive_location"] = ", ".join(shelf)
        parts = [p for p in parts if p not in shelf]
    if not parts:
        return out
    place = archive_parts(parts)
    return None if place is None else {**out, **place}


def _letter(text: str) -> dict[str, Any] | None:
    m = _LETTER.match(text)
    kept = _kept(m.group("rest")) if m else None
    if m is None or kept is None or not (m.group("date") or kept):
        return None
    item: dict[str, Any] = {"type": "personal_communication",
                            "author": [_person(m.group("sender"))],
                            "recipient": [_person(m.group("recipient"))],
                            "title": f"{m.group('kind')} to {m.group('recipient')}",
                            "genre": m.group("kind")}
    return _dated(item, m.group("date"), kept)


def _described(text: str) -> dict[str, Any] | None:
    m = _DESCRIBED.match(text)
    kept = _kept(m.group("rest")) if m else None
    if m is None or not kept or names_archive(m.group("author")):
        return None
    item = {"type": "manuscript", "author": [_person(m.group("author"))],
            "title": m.group("what")[:1].upper() + m.group("what")[1:]}
    return _dated(item, m.group("date"), kept)


def _interview(text: str) -> dict[str, Any] | None:
    m = _INTERVIEW.match(text)
    kept = _kept(m.group("rest"), medium=True) if m else None
    if m is None or kept is None:
        return None
    item = {"type": "interview", "genre": "Interview", "author": [_person(m.group("author"))],
            "interviewer": [_person(m.group("by"))]}
    return _dated(item, m.group("date"), kept)


def _collection(text: str) -> dict[str, Any] | None:
    m = _COLLECTION.match(text)
    kept = _kept(m.group("rest")) if m else None
    if m is None or not kept or "archive" not in kept or "collection-title" in kept:
        return None
    return {"type": "manuscript", "title": m.group("title"), **kept}


def _dated(item: dict[str, Any], date: str | None, kept: dict[str, str]) -> dict[str, Any]:
    """The item with its date and archive's fields."""
    issued = _date(date)
    if issued:
        item["issued"] = issued
    item.update(kept)
    return item
