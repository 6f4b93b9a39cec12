"""Month names in the languages essays come in (en, fr, de, es, it, pt, nl): a regex, numbers."""

from __future__ import annotations

import re

# full names in each language, then English and French abbreviations
_NAMES = (
    "january janvier januar jänner enero gennaio janeiro januari jan janv",
    "february février februar febrero febbraio fevereiro februari feb févr fevr",
    "march mars märz marzo março maart mar",
    "april avril abril aprile apr avr",
    "may mai mayo maggio maio mei",
    "june juin juni junio giugno junho jun",
    "july juillet juli julio luglio julho jul juil",
    "august août agosto augustus aug",
    "september septembre septiembre settembre setembro sep sept",
    "october octobre oktober octubre ottobre outubro oct okt",
    "november novembre noviembre novembro nov",
    "december décembre dezember diciembre dicembre dezembro dec déc dez",
)
NUMBERS: dict[str, int] = {name: number for number, names in enumerate(_NAMES, 1)
                           for name in names.split()}
_ENGLISH = [names.split()[0] for names in _NAMES]  # 'january', …: their first letters count
# a month's name, any case, an abbreviation with or without its stop: 'March', 'févr.', 'März'
MONTH_NAME = r"(?i:" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")\b\.?"


def month_number(word: str) -> int | None:
    """The month a word names (1–12), else None: 'février' → 2, 'Sept.' → 9; an English
    name misspelt past its third letter still counts ('Feburary' → 2)."""
    low = word.lower().rstrip(".")
    if low in NUMBERS:
        return NUMBERS[low]
    return next((i for i, name in enumerate(_ENGLISH, 1)
                 if len(low) >= 3 and low[:3] == name[:3] and re.fullmatch(r"[a-z]+", low)),
                None)
