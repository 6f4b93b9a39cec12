"""Archive items as references: a note's 'TNA, FO 371/52510, minute by …, 14 June 1946' and a
bibliography's 'The National Archives, Kew. CO 730/1, Colonial Office: …, 1921.'"""

from __future__ import annotations

import re
from typing import Any

from .tokens import DOC_SYMBOL

# an archive's call number: 'FO 371/52510', 'Add MS 38252', 'IOR/L/PS/10/619', 'MSS Eur F 112',
# 'R 43 I/2356'
_CALL_NUMBER = (r"(?:Add\.?\s+MSS?\.?|MSS?\.?(?:\s+[A-Z][a-z]{1,4})?(?:\s+[A-Z])?|"
                r"[A-Z]{1,6}(?:/[A-Z]{1,6})*/?)\s?\d+[A-Z]?(?:\s[IVX]{1,4}(?=/))?(?:/[\w.]+)*"
                r"(?:,\s*(?:fols?\.|ff?\.)\s*[\d\-–rv]+)?")
_ARCHIVE_DATE = (r"\d{1,2}\s+[A-Z][a-z]+\s+(?:1[5-9]|20)\d\d|"
                 r"[A-Z][a-z]+\s+\d{1,2},\s*(?:1[5-9]|20)\d\d|(?:1[5-9]|20)\d\d(?:[-–](?:1[5-9]|20)?\d\d)?")
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


def archival(text: str) -> dict[str, Any] | None:
    """An archive's item, as history notes cite it ('TNA, FO 371/52510, minute by Harold
    Beeley, 14 June 1946') or a bibliography lists it ('The National Archives, Kew. CO 730/1,
    Colonial Office: Iraq, Original Correspondence, 1921.'): CSL manuscript, the archive its
    author and archive (with its place), the call number its archive_location, the
    description its title, a collection its collection-title, the day its date; else None."""
    from .spans import parse_date

    entry = _ARCHIVAL_ENTRY.match(text.strip())
    match = entry or _ARCHIVAL.match(text.strip())
    if not match or not re.search(r"\d", match.group("location")) or \
            DOC_SYMBOL.match(match.group("location")):
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
