"""AMA (JAMA) references by exact rules, beside Vancouver's (see ``vancouver.py``).

AMA writes a book's publication statement without a place, 'Springer; 2020.', and a
chapter's pages after the year, 'Springer; 2020:15-32.'; a web page's or an article's date
as a sentence of its own, 'Updated September 6, 2023.', 'Published online March 4, 2023.';
and a group author after the named ones, 'Schulz KF, Altman DG, Moher D; CONSORT Group.'.
"""

from __future__ import annotations

import re
from typing import Any

_YEAR = r"(?:1[5-9]|20)\d\d"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
# 'Updated September 6, 2023.', 'Published online March 4, 2023.', 'Published March 2020.'
_DATED = re.compile(
    rf"(?<=[.?!])\s+(?P<word>Published online|Published|Updated|Posted)\s+"
    rf"(?P<date>(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}},)?\s+{_YEAR})\.(?=\s|$)")
# a chapter's 'Publisher; 2020:15-32.': the year, then the chapter's pages
_YEAR_PAGES = re.compile(rf";\s*(?P<year>{_YEAR}):\s?(?P<pages>[A-Za-z]?\d+(?:\s?[-–]\s?"
                         r"[A-Za-z]?\d+)?)(?=\.(?:\s|$)|$)")
# 'Surname INITIALS' as Vancouver and AMA write an author: 'Moher D', 'Barros-Silva F'
_PERSON = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}\s[A-Z]{1,4}"
_PEOPLE = rf"{_PERSON}(?:,\s{_PERSON})*(?:,?\s(?:et al|and others)\.?)?"
# the named authors, then the group: 'Schulz KF, Altman DG, Moher D; CONSORT Group'
_WITH_GROUP = re.compile(rf"(?P<people>{_PEOPLE})\s?;\s?(?P<group>(?:for\s+the\s+)?[A-Z][^;.]*"
                         r"[^\W\d_])\.?")
# after a sentence's end, a publisher's name with no place, no digit and no colon
_PUBLISHER = re.compile(r"[.?!]\s[A-Z][^.;:()\[\]\d]{1,80}?(?:\s(?:Inc|Ltd|Co|Corp)\.)?$")
_YEAR_AFTER = re.compile(rf"\s?{_YEAR}(?::\s?[A-Za-z]?\d+(?:\s?[-–]\s?[A-Za-z]?\d+)?)?"
                         r"(?=[.;](?:\s|$)|\s*$)")


def take_out(text: str, fields: dict[str, Any]) -> str:
    """The reference without its dated sentence and chapter pages, which go to ``fields``."""
    from .spans import parse_date  # (spans imports the rules that import this module)

    dated = {m.group("word").lower(): m for m in _DATED.finditer(text)}
    main = dated.get("published online") or dated.get("published") or dated.get("posted") \
        or dated.get("updated")
    issued = parse_date(main.group("date").replace(".", "")) if main else None
    if main is not None and issued and "date-parts" in issued:
        fields["issued"] = issued
        fields.setdefault("overrides", []).append("issued")
        others = [m for m in dated.values() if m is not main]
        if others:  # 'Published March 3, 2020. Updated June 1, 2021.': the update a note
            fields["note"] = "; ".join(f"{m.group('word')} {m.group('date')}" for m in others)
        for m in sorted(dated.values(), key=lambda m: -m.start()):
            # the year stays a sentence of its own (the model reads the site before it);
            # 'Published online.' stays the article's note (it marks its journal)
            kept = " Published online." if m.group("word") == "Published online" else \
                f" {issued['date-parts'][0][0]}." if m is main else ""
            text = text[:m.start()] + kept + text[m.end():]
    match = _YEAR_PAGES.search(text)
    if match and re.search(r"(?:^|\.\s)In:?\s", text[:match.start()]):
        fields["page"] = re.sub(r"\s?[-–]\s?", "–", match.group("pages"))
        text = text[:match.start()] + f"; {match.group('year')}" + text[match.end():]
    return text


def group_author(text: str) -> tuple[str, str] | None:
    """'Schulz KF, Altman DG, Moher D; CONSORT Group': the named people and the group."""
    match = _WITH_GROUP.fullmatch(text.strip())
    if match is None or re.fullmatch(_PEOPLE, match.group("group")):
        return None  # 'Smith J; Brown A': two people
    group = re.sub(r"^for\s+the\s+", "", match.group("group").strip())  # 'for the X Group'
    return match.group("people"), group


def publisher_year_semicolon(text: str, at: int) -> bool:
    """Is the ';' at ``at`` AMA's between a publisher and its year ('… 2nd ed. Springer;
    2020.', '… Springer; 2020:15-32.'), inside one reference?"""
    return bool(_YEAR_AFTER.match(text, at + 1) and _PUBLISHER.search(text[:at]))


def group_semicolon(text: str, at: int) -> bool:
    """Is the ';' at ``at`` the one before a group author ('Moher D; CONSORT Group. Title')?"""
    if not re.fullmatch(_PEOPLE, text[:at].strip()):
        return False
    return bool(re.match(r"\s?(?:for\s+the\s+)?[A-Z][^;.]*[^\W\d_]\.\s+\S", text[at + 1:]))


# a book's publisher, never a journal: 'Routledge. Published online 3 May 2020.' is a book's
_BOOK_PUBLISHER = re.compile(
    r"\b(?:Press|Publish\w*|Books|Routledge|Verso|Springer|Wiley|Elsevier|Sage|Palgrave|"
    r"Macmillan|Penguin|Bloomsbury|Polity|Blackwell|Longman|Ltd|Inc)\b")


def fix(item: dict[str, Any]) -> dict[str, Any]:
    """An article 'Published online' ahead of its issue: the name before it is its journal.

    AMA's 'JAMA Cardiol. Published online March 4, 2023.' is an article's, never a book's:
    a 'publisher' read there (no place, no edition, no container, no book publisher's
    name) is the journal.
    """
    online = re.match(r"Published online\b", item.get("note", ""))
    publisher = item.get("publisher")
    if online and publisher and not _BOOK_PUBLISHER.search(publisher) and not any(
            item.get(k) for k in ("container-title", "publisher-place", "edition", "editor")):
        item["container-title"] = item.pop("publisher")
        item["type"] = "article-journal"
    return item
