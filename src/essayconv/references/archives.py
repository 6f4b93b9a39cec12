"""Archive items as references: a note's 'TNA, FO 371/52510, minute by …, 14 June 1946' or
'Minute by Hubert Young, 21 December 1920, CO 730/1, The National Archives, Kew.' and a
bibliography's 'The National Archives, Kew. CO 730/1, Colonial Office: …, 1921.'

* **Call numbers.** ``FO 371/52510``, ``CO 730/1``, ``WO 32/5806``, ``IOR/L/PS/10/619``, ``Add
  MS 4567``, ``MS Eng. 123``, ``MSS Eur F 112``, ``R 43 I/2356`` (never a UN document symbol).
* **A note's item**, archive first (``TNA, FO 371/52510, minute by Harold Beeley, 14 June
  1946``) or its description first (``Letter from A to B, 14 July 1920, IOR/L/PS/10/619,
  India Office Records, British Library, London.``; ``Telegram, High Commissioner to
  Colonial Office, 12 Oct 1920, FO 371/5230, TNA.``; the date may be left out): the
  description and date, the call number, a folio after it (the citation's locator), then
  the archive's parts: collections (``India Office Records``, ``Bell Papers``), the archive
  (a name with *Archives*, *Library*, *Record Office*, *Museum* …, or initials, ``TNA``) and
  its place (``Kew``).  Description first needs an archive among those parts.
* **A bibliography's file** (Chicago): ``The National Archives, Kew. CO 730/1, Colonial
  Office: …, 1921.``.  A note's item in that file cites the entry: see :func:`holds`.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from .tokens import DOC_SYMBOL

# an archive's call number: 'FO 371/52510', 'Add MS 38252', 'IOR/L/PS/10/619', 'MSS Eur F 112',
# 'MS Eng. 123', 'R 43 I/2356'
_CALL = (r"(?:Add\.?\s+MSS?\.?|MSS?\.?(?:\s+[A-Z][a-z]{1,4}\.?)?(?:\s+[A-Z])?|"
         r"[A-Z]{1,6}(?:/[A-Z]{1,6})*/?)\s?\d+[A-Z]?(?:\s[IVX]{1,4}(?=/))?(?:/[\w.]+)*")
_FOLIO = r"(?:fols?\.|ff?\.)\s*[\d\-–rv]+"
_CALL_NUMBER = rf"{_CALL}(?:,\s*{_FOLIO})?"
# a part of a note that is a call number, between commas
_A_CALL_NUMBER = re.compile(rf"(?:^|,\s+)(?:{_CALL})(?=,\s|\.?\s*$)")
_ARCHIVE_DATE = (r"\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:1[5-9]|20)\d\d|"
                 r"[A-Z][a-z]+\.?\s+\d{1,2},\s*(?:1[5-9]|20)\d\d|"
                 r"(?:1[5-9]|20)\d\d(?:[-–](?:1[5-9]|20)?\d\d)?")
# an archive's item: 'TNA, FO 371/52510, minute by Harold Beeley, 14 June 1946', 'British
# Library, Add MS 38252, Liverpool to Castlereagh, 3 May 1815'
_ARCHIVAL = re.compile(
    rf"^(?P<archive>[A-Z][\w&.'’ ()-]{{1,80}}?),\s+(?P<location>{_CALL_NUMBER})"
    rf"(?:,\s*(?P<what>[^,]+?))?(?:,\s*(?P<date>{_ARCHIVE_DATE}))?\.?$")
# a bibliography's archive entry (Chicago): the archive and its place, a collection, then the
# file: 'The National Archives, Kew. CO 730/1, Colonial Office: Iraq, Original
# Correspondence, 1921.', 'British Library, London. India Office Records. IOR/L/PS/10/619,
# Mesopotamia: Civil Administration, 1920.'
_ARCHIVE_WORDS = (r"(?:Archives?|Library|Record Office|Records Office|Museum|Bundesarchiv|"
                  r"Staatsarchiv|Archiv|Archivio|Archivo|Bibliothèque|Biblioteca|Bibliothek|"
                  r"Collections?)")
_ARCHIVAL_ENTRY = re.compile(
    rf"^(?P<archive>(?:[A-Z][\w&'’-]*\s+){{0,6}}{_ARCHIVE_WORDS}(?:\s+(?:of|for|and)\s+"
    rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,4}})?),\s+(?P<place>[A-Z][\w'’ -]{{1,40}}?)\.\s+"
    rf"(?:(?P<collection>[A-Z][^.,]{{2,80}}?)\.\s+)?(?P<location>{_CALL_NUMBER}),\s+"
    rf"(?P<what>.+?)(?:,\s*(?P<date>{_ARCHIVE_DATE}))?\.?$")
# an archive named in a note: 'The National Archives', 'British Library', or its initials 'TNA'
_INSTITUTION = re.compile(rf"^(?:(?=[^\d,]*\b{_ARCHIVE_WORDS}\b)[A-Z\u00c0-\u00de][^\d,]*|"
                          r"[A-Z]{2,5})$")
# a collection kept there: 'India Office Records', 'Gertrude Bell Papers', 'Cabinet Papers'
_HOLDING = re.compile(r"^[A-Z][^\d,]*\b(?:Records|Papers|Collection|Correspondence|Fonds)$")
_PLACE = re.compile(r"^[A-Z][^\W\d_]*\.?(?:[\s-]+[A-Z]?[^\W\d_]+\.?)*$")


class Item(NamedTuple):
    """A note's archive item: the CSL item, the words naming it ('Minute by Hubert Young, 21
    December 1920'), the folio cited ('fol. 211') and the reference without that folio."""

    item: dict[str, Any]
    words: str
    folio: str | None
    reference: str


def archival(text: str) -> dict[str, Any] | None:
    """An archive's item, as history notes cite it ('TNA, FO 371/52510, minute by Harold
    Beeley, 14 June 1946', 'Minute by Hubert Young, 21 December 1920, CO 730/1, The National
    Archives, Kew.') or a bibliography lists it ('The National Archives, Kew. CO 730/1,
    Colonial Office: Iraq, Original Correspondence, 1921.'): CSL manuscript, the archive its
    author and archive (with its place), the call number its archive_location, the
    description its title, a collection its collection-title, the day its date; else None."""
    entry = _ARCHIVAL_ENTRY.match(text.strip())
    if entry:
        return _archive_first(entry, entry)
    found = note_item(text)
    return found.item if found else None


def note_item(text: str) -> Item | None:
    """A note's archive item, archive first or description first (see the module's rules)."""
    text = text.strip()
    if not _A_CALL_NUMBER.search(text):
        return None  # (no part of the note is a call number: the quick answer)
    parts = _parts(text)
    if len(parts) > 1 and _call_number(parts[1]) and (
            names_archive(parts[0]) or not any(map(names_archive, parts[2:]))):
        first = _ARCHIVAL.match(text)
        item = _archive_first(first, None) if first else None
        if item is None:
            return None
        folio = re.search(rf",\s*({_FOLIO})$", first.group("location"))
        words = text[first.start("what"):first.end("date") if first.group("date") else
                     first.end("what")] if first.group("what") else ""
        reference = text[:folio.start() + first.start("location")] + text[
            first.end("location"):] if folio else text
        if folio:
            item["archive_location"] = first.group("location")[:folio.start()].strip()
        return Item(item, words, folio.group(1) if folio else None, reference)
    return _described(text, parts)


def _parts(text: str) -> list[str]:
    """A note's parts between commas, a date 'August 8, 1795' one of them."""
    parts: list[str] = []
    for part in re.split(r",\s+", text.rstrip(".").strip()):
        if parts and re.fullmatch(r"(?:1[5-9]|20)\d\d", part) and \
                re.fullmatch(r"[A-Z][a-z]+\.?\s+\d{1,2}", parts[-1]):
            parts[-1] += ", " + part
        else:
            parts.append(part)
    return parts


def _archive_first(match: re.Match[str], entry: re.Match[str] | None) -> dict[str, Any] | None:
    """The item of a note's 'TNA, FO 371/…, what, date' or a bibliography's archive entry."""
    from .spans import parse_date

    if not re.search(r"\d", match.group("location")) or DOC_SYMBOL.match(match.group("location")):
        return None  # a UN document symbol ('A/RES/60/1') is no archive's call number
    item: dict[str, Any] = {"type": "manuscript",
                            "author": [{"literal": match.group("archive").strip()}]}
    if match.group("date"):
        item["issued"] = parse_date(match.group("date"))
    if match.group("what"):
        item["title"] = match.group("what").strip()
    item["archive"] = match.group("archive").strip()
    if entry:
        item["archive-place"] = entry.group("place").strip()
        if entry.group("collection"):
            item["collection-title"] = entry.group("collection").strip()
    item["archive_location"] = match.group("location").strip()
    return item


def _described(text: str, parts: list[str]) -> Item | None:
    """'Letter from A to B, 14 July 1920, IOR/L/PS/10/619, India Office Records, British
    Library, London.': description, date, call number, folio, the archive's parts."""
    from .spans import parse_date

    call = next((i for i, part in enumerate(parts) if i and _call_number(part)), None)
    if call is None:
        return None
    dated = [i for i in range(1, call) if re.fullmatch(_ARCHIVE_DATE, parts[i])]
    end = dated[-1] if dated else call
    while not dated and end > 1 and (names_archive(parts[end - 1]) or
                                     _HOLDING.match(parts[end - 1])):
        end -= 1  # 'Minute by X, India Office Records, IOR/…': the collection is no description
    folio = call + 1 if call + 1 < len(parts) and re.fullmatch(_FOLIO, parts[call + 1]) else None
    tail = parts[(dated[-1] + 1 if dated else end):call] + parts[(folio or call) + 1:]
    place = archive_parts(tail)
    description = ", ".join(parts[:end]).strip()
    if place is None or names_archive(parts[0]) or not re.search(r"[^\W\d_]{3}", description):
        return None
    item: dict[str, Any] = {"type": "manuscript", "author": [{"literal": place["archive"]}],
                            "title": description.strip("“”\"‘’'")}
    if dated:
        item["issued"] = parse_date(parts[dated[-1]])
    item.update(place)
    item["archive_location"] = parts[call]
    words = ", ".join(parts[:dated[-1] + 1] if dated else parts[:end])
    reference = ", ".join(parts[:call + 1] + parts[(folio or call) + 1:]) + "."
    return Item(item, words, parts[folio] if folio else None, reference)


def archive_parts(parts: list[str]) -> dict[str, str] | None:
    """The archive, its place and the collections among a note's parts ('India Office
    Records', 'British Library', 'London'); None without an archive, or with other words."""
    if not parts or not all(names_archive(p) or _HOLDING.match(p) or _PLACE.match(p)
                            for p in parts):
        return None
    at = max((i for i, p in enumerate(parts) if names_archive(p)), default=None)
    if at is None:  # a collection alone: 'India Office Records'
        at = max((i for i, p in enumerate(parts) if _HOLDING.match(p)), default=None)
    if at is None:
        return None
    after = parts[at + 1:]
    held = [p for p in parts[:at] + after if _HOLDING.match(p) or names_archive(p)]
    places = [p for p in after if p not in held]
    if any(p not in held for p in parts[:at]):
        return None  # a place before the archive: no archive's parts
    out = {"archive": parts[at]}
    if places:
        out["archive-place"] = ", ".join(places)
    if held:
        out["collection-title"] = ", ".join(held)
    return out


def names_archive(part: str) -> bool:
    """Is this part of a note an archive's name ('The National Archives', 'Bodleian
    Library', 'TNA')?"""
    return bool(_INSTITUTION.match(part.strip()))


def _call_number(part: str) -> bool:
    """Is this part of a note an archive's call number ('CO 730/1'; no UN symbol)?"""
    return bool(re.fullmatch(_CALL, part) and re.search(r"\d", part)) and not \
        DOC_SYMBOL.match(part)


def _key(number: str) -> str:
    """A call number compared without spaces, full stops or a folio: 'CO730/1'."""
    return re.sub(r"[\s.]", "", number.split(",")[0])


def holds(file: dict[str, Any], item: dict[str, Any]) -> bool:
    """Is a note's archive item in this bibliography's file: the same call number, or one
    under it ('FO 371/6350' holds 'FO 371/6350/E 4567'; never 'FO 371/63'), and no other
    archive ('MS 123' of the Bodleian is not Lambeth Palace Library's)?"""
    mine, theirs = file.get("archive_location"), item.get("archive_location")
    if file.get("type") != "manuscript" or not mine or not theirs:
        return False
    return (_key(theirs) == _key(mine) or _key(theirs).startswith(_key(mine) + "/")) and \
        _same_archive(_keeper(file), _keeper(item))


# the words many archives' names share: they tell no archive from another
_GENERIC = {"the", "of", "and", "for", "library", "libraries", "archives", "archive",
            "national", "record", "records", "office", "museum", "university", "collections",
            "collection", "centre", "center"}


def _keeper(item: dict[str, Any]) -> str:
    """The archive and collection an item names: 'British Library, India Office Records'."""
    return ", ".join(str(item.get(k) or "") for k in ("archive", "collection-title")).strip(", ")


def _same_archive(one: str, other: str) -> bool:
    """Can two archives' names be one archive: a word their names share beyond the generic
    ones ('British Library', 'The British Library'), or a name that says too little to
    tell ('TNA', 'The National Archives')?"""
    words = [set(re.findall(r"\w+", name.lower())) - _GENERIC for name in (one, other)]
    if any(re.fullmatch(r"[A-Z]{2,5}", name.strip()) for name in (one, other)) or \
            not all(words):
        return True
    return bool(words[0] & words[1])
