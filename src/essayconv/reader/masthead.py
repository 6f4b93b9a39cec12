"""A journal's masthead over an article copied from its site: the journal's name over
'Volume 3, Issue 2 (Spring 2025)' are header facts (publication, volume, issue, date), never
the title or a heading."""

from __future__ import annotations

import re

# 'Volume 3, Issue 2 (Spring 2025)', 'Vol. 12, No. 1, 2024' (the issue is required by masthead)
_VOLUME = re.compile(
    r"^vol(?:ume|\.)?\s*(?P<volume>\d{1,4})"
    r"(?:\s*[,.;:]?\s*(?:issue|no\.?|number|nr\.?)\s*(?P<issue>\d{1,4}))?"
    r"(?:\s*[,(]?\s*(?P<date>(?:[^\W\d_]+\.?\s+)?\d{4})\)?)?\s*\.?$", re.IGNORECASE)
_MAX_NAME_WORDS = 12


def volume_line(text: str) -> re.Match[str] | None:
    """A journal issue's line: 'Volume 3, Issue 2 (Spring 2025)'."""
    return _VOLUME.match(text.strip())


def _journal_name(text: str) -> bool:
    """A journal's name: a short line of words, no digits, no sentence's end."""
    text = text.strip()
    return 0 < len(text.split()) <= _MAX_NAME_WORDS and not re.search(r"[\d.!?:;]$|\d", text)


def masthead(lines: list[tuple[int, str]]
             ) -> tuple[list[tuple[int, str, str]], list[tuple[int, str]]]:
    """The masthead's facts at the top (the journal's name over its volume and issue line) and
    the lines after it; none when no line stays for the title. A volume without an issue
    ('Volume 3 (1954)') is a book's volume under its title, never a masthead."""
    if len(lines) < 3 or not _journal_name(lines[0][1]):
        return [], lines
    match = volume_line(lines[1][1])
    if not match or not match.group("issue") or not lines[2][1].strip():
        return [], lines
    number = lines[1][0]
    facts = [(lines[0][0], "publication", lines[0][1].strip())]
    facts += [(number, name, match.group(name)) for name in ("volume", "issue", "date")
              if match.group(name)]
    return facts, lines[2:]
