"""A book's numbered series by exact rule: 'Title. Norfolk Record Society Publications 62.
Norwich: Norfolk Record Society.' (Chicago, Harvard).

The sentence after the title and right before 'Place: Publisher' that is a name of two
words or more with a number at its end ('Camden Fifth Series 12', 'Studies in Church
History, no. 4') is the series: ``collection-title`` and ``collection-number``, never part
of the title or of the publisher. A year ('Census 2011'), a volume ('Vol. 3') or a
sentence opening with 'In' or a role ('Edited by') is no series, nor a report's number
('Planning Report No. 125', 'Working Paper No. 1').
"""

from __future__ import annotations

import re
from typing import Any

_NAME_WORD = r"[A-Z][\w’'&\-]*"
_LINK_WORD = r"(?:of|in|on|and|for|the|to|de|du|des|la|le|&)"
_SERIES = re.compile(
    r"(?:(?<=[^\d\s.]\.)|(?<=[?!”’]))\s+"  # after the title's end, never after a year '1998.'
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_LINK_WORD}\s+)*{_NAME_WORD}){{1,8}})"
    r",?\s+(?:[Nn]o\.\s*)?(?P<number>\d{1,4}[a-z]?)\."
    r"(?=\s+[A-Z][^.:;()]{1,40}:\s*[A-Z])")  # then 'Place: Publisher'
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
# words that open a sentence which is no series name
_NOT_SERIES = frozenset("in edited translated vol volume part book chapter reprinted "
                        "reprint report".split())
# a report's number is its own ('Long Range Planning Report No. 125', 'WIEGO Working Paper
# No. 1', 'Policy Brief 7': genre and number)
# (a monograph series may end in 'Paper': 'Mercury Series Directorate Paper 3')
_REPORT = re.compile(r"\b(?:Report|Brief|(?:Working|Discussion|Briefing|Policy|Research|Technical|"
                     r"Occasional|Background|Issues?|White|Green) Papers?|"
                     r"(?:Technical|Policy|Briefing) Notes?)$")


def take_out(text: str, fields: dict[str, Any]) -> str:
    """The reference without its numbered series, which goes to ``collection-title`` and
    ``collection-number``; the text unchanged when it names none."""
    for match in _SERIES.finditer(text):
        name, number = match.group("name"), match.group("number")
        if _YEAR.fullmatch(number) or name.split()[0].lower() in _NOT_SERIES or \
                _REPORT.search(name):
            continue
        fields["collection-title"] = name
        fields["collection-number"] = number
        return text[:match.start()] + text[match.end():]
    return text
