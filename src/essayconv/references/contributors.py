"""Exact rules for what a reference says of its contributors, volumes and original date.

APA writes a translator or editor in brackets after the title ('(G. Rabassa, Trans.)',
'(G. Roth & C. Wittich, Eds.; Vol. 2)', '(P. Ruiz, Interviewer)'), volumes as '(Vols. 1–5)'
and a reprint's first date as '(Original work published 1967)'; Harvard writes '6 vols.' and
'Originally published 1792'. These phrases have one meaning each, so they are taken out of
the string before the CRF labels it and set on the item afterwards.
"""

from __future__ import annotations

import re
from typing import Any

from .names import PARTICLES

_ROLES = {"trans": "translator", "transl": "translator", "translator": "translator",
          "translators": "translator", "ed": "editor", "eds": "editor", "editor": "editor",
          "editors": "editor", "interviewer": "interviewer", "illus": "illustrator"}
# '(G. Rabassa, Trans.)', '(M. Holquist, Ed.)', '(G. Roth & C. Wittich, Eds.; Vol. 2)'
_BRACKET = re.compile(
    r"\s*\((?P<names>[^()]{2,120}?),\s*(?P<role>Trans(?:l)?|Translators?|Eds?|Editors?|"
    r"Interviewer|Illus)\.?(?:\s*(?:&|and)\s*(?P<role2>Trans|Eds?)\.?)?"
    r"(?:;\s*(?P<vol>Vols?\.\s*\d+(?:\s*[-–]\s*\d+)?))?\)")
_VOLUMES = re.compile(r"\s*\((?P<vol>Vols?\.\s*\d+(?:\s*[-–]\s*\d+)?)\)")
_COUNT = re.compile(r"(?<=[.,])\s*(?P<n>\d{1,2})\s+vols\.?(?=\s|$)", re.I)
_ORIGINAL = re.compile(r"\s*\(?(?:Original work published|Originally published|First published)"
                       r"(?: in)?\s+(?P<year>(?:1[5-9]|20)\d\d)\)?\.?", re.I)


def _forename_first(chunk: str) -> dict[str, str]:
    """'G. Rabassa' → family Rabassa, given G.; 'C. K. Scott Moncrieff' keeps both words of
    a surname after initials; 'J. van der Berg' keeps its particle."""
    words = chunk.split()
    if len(words) == 1:
        return {"family": words[0]}
    first = len(words) - 1
    while first > 1 and (words[first - 1].lower() in PARTICLES or
                         not words[first - 1].endswith(".")):
        first -= 1
    return {"family": " ".join(words[first:]), "given": " ".join(words[:first])}


def _names(text: str) -> list[dict[str, str]]:
    parts = re.split(r"\s*(?:,\s*(?:&|and)\s+|&|\band\b|,)\s*", text.strip())
    return [_forename_first(part) for part in parts if part.strip()]


def _volume(text: str) -> str:
    return re.sub(r"^Vols?\.\s*", "", text).replace("-", "–")


def take_out(text: str) -> tuple[str, dict[str, Any]]:
    """The reference without these phrases, and the CSL fields they give."""
    fields: dict[str, Any] = {}
    match = _BRACKET.search(text)
    if match and re.search(r"[^\W\d_]", match.group("names")):
        names = _names(match.group("names"))
        for key in ("role", "role2"):
            if match.group(key):
                fields.setdefault(_ROLES[match.group(key).lower()], names)
        if match.group("vol"):
            fields["volume"] = _volume(match.group("vol"))
        text = text[: match.start()] + text[match.end():]
    match = _VOLUMES.search(text)
    if match:
        fields["volume"] = _volume(match.group("vol"))
        text = text[: match.start()] + text[match.end():]
    match = _COUNT.search(text)
    if match:
        fields["number-of-volumes"] = match.group("n")
        text = text[: match.start()] + text[match.end():]
    match = _ORIGINAL.search(text)
    if match:
        fields["original-date"] = {"date-parts": [[int(match.group("year"))]]}
        text = (text[: match.start()] + text[match.end():]).rstrip()
    return re.sub(r"\s{2,}", " ", text).strip(), fields


def put_back(item: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """Set the fields taken out on the parsed item (the item's own values stay)."""
    for key, value in fields.items():
        if key not in item:
            item[key] = value
    return item
