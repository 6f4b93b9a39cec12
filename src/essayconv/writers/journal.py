"""Journal facts from the profile (title, ISSN, publisher, volume, issue, year) for writers."""

from __future__ import annotations

import re

# Words left out of a journal id made of the title's initials.
MINOR = {"a", "an", "and", "the", "of", "in", "on", "for", "to", "at", "de", "des", "du", "la",
         "le", "les", "et", "en", "der", "die", "das", "und", "für", "di", "del", "y"}


def title(extra: dict[str, str]) -> str | None:
    """The journal's title, if the profile gives one."""
    return (extra.get("journal-title") or "").strip() or None


def journal_id(extra: dict[str, str]) -> str | None:
    """The profile's journal-id, else the lower-case initials of the journal's title's main
    words ('Journal of Student Research in Politics' → 'jsrp'); None without a title."""
    given = (extra.get("journal-id") or "").strip()
    if given:
        return given
    name = title(extra)
    if not name:
        return None
    words = [w for w in re.findall(r"\w+", name) if w.lower() not in MINOR]
    return "".join(w[0] for w in words).lower() or None


def issue_part(extra: dict[str, str]) -> str:
    """'vol. 12, no. 3 (2024)': the parts the profile gives, in that order; '' for none."""
    parts = []
    if extra.get("volume"):
        parts.append(f"vol. {extra['volume']}")
    if extra.get("issue"):
        parts.append(f"no. {extra['issue']}")
    text = ", ".join(parts)
    if extra.get("year"):
        text = f"{text} ({extra['year']})" if text else extra["year"]
    return text


def running(extra: dict[str, str]) -> str | None:
    """The journal and issue for a running foot, short: 'Journal of X 12(3)'."""
    name = title(extra)
    if not name:
        return None
    volume, issue = extra.get("volume"), extra.get("issue")
    number = f"{volume or ''}({issue})" if issue else volume or ""
    return f"{name} {number}" if number else name


def citation_line(extra: dict[str, str]) -> str | None:
    """The line a journal article shows over its title: 'Journal of X, vol. 12, no. 3 (2024).
    ISSN 1234-5678', with the parts the profile gives."""
    name = title(extra)
    if not name:
        return None
    issue = issue_part(extra)
    line = f"{name}, {issue}" if issue else name
    issn = (extra.get("issn") or "").strip()
    return f"{line}. ISSN {issn}" if issn else line


def publisher(extra: dict[str, str]) -> str | None:
    """The publisher's name, else the journal's title (a journal that publishes itself)."""
    return (extra.get("publisher-name") or "").strip() or title(extra)
