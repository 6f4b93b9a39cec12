"""A LinkedIn article pasted whole: the header's furniture ('Follow', the author's name given
twice, the profile's headline, 'Published on March 12, 2024', '8 min read') and the footer
after the post (the author's card, the reaction counts, '38 comments · 12 reposts', 'Like ·
Comment · Repost · Send', 'More articles by …', 'Report this article', 'Sign in to view more
content'); the header keeps the title, the author and the date as facts, the rest is dropped
and logged (rule drop-web-junk)."""

from __future__ import annotations

import re
import unicodedata

from .bylines import byline_names
from .front import Front
from .lines import DATE, counter_line, is_web_junk, paragraph_like, reference_heading

JUNK = "drop-web-junk"
_HEADER_SPAN = 40  # lines before the post's first paragraph the header may take

# the follow button, with LinkedIn's bell or plus: '🔔 Follow', '+ Follow'
_FOLLOW = re.compile(r"^(?:\+\s*)?follow(?:ing)?$", re.IGNORECASE)
_PUBLISHED = re.compile(rf"^published(?: on)?\s+(?P<date>{DATE}|\w{{3}} \d{{1,2}}, \d{{4}})$",
                        re.IGNORECASE)
_READING = re.compile(r"^\d+\s*min(?:ute)?s?\s+read$", re.IGNORECASE)
# the footer's lines, LinkedIn's own wording
_FOOTER = re.compile(
    r"^(?:more articles by\s+\S.{0,60}|more from this author|report this article|"
    r"sign in to view more content|to view or add a comment,? sign in|others also viewed|"
    r"explore (?:topics|content categories)|insights from the community|"
    r"create your free account or sign in.{0,60}|agree & join linkedin|"
    r"\d[\d,.]*\s*[km]?\s+(?:comments?|reposts?)(?:\s*[·•]\s*\d[\d,.]*\s*[km]?\s+"
    r"(?:comments?|reposts?))*|"
    r"like\s*[·•]\s*comment\s*[·•]\s*(?:repost|share)(?:\s*[·•]\s*send)?)$", re.IGNORECASE)
# a headline under the author's name: 'Urban Economist | Writing about cities'
_MAX_HEADLINE = 25  # words


def _bare(text: str) -> str:
    """A line without the emoji and symbols before its words: '🔔 Follow' → 'Follow'."""
    stripped = text.strip()
    start = 0
    while start < len(stripped) and (_symbol(stripped[start]) or stripped[start].isspace()):
        start += 1
    return stripped[start:]


def _symbol(char: str) -> bool:
    """An emoji, a pictograph or what joins them (variation selectors, the zero-width joiner)."""
    return unicodedata.category(char) in ("So", "Sk") or char in "\ufe0f\u200d"


def reactions(text: str) -> bool:
    """LinkedIn's reaction count: its emoji, then the number ('👍❤️💡 247')."""
    stripped = text.strip()
    bare = _bare(stripped)
    return bare != stripped and bool(re.fullmatch(r"\d[\d,.]*\s*[KkMm]?", bare))


def footer_line(text: str) -> bool:
    """A line only LinkedIn's footer has."""
    return bool(_FOOTER.match(text.strip())) or reactions(text)


def _headline(text: str) -> bool:
    """A profile's headline: short, no sentence ('Urban Economist | Writing about cities')."""
    stripped = text.strip()
    return 0 < len(stripped.split()) <= _MAX_HEADLINE and stripped[-1:] not in ".!?" and \
        not paragraph_like(stripped) and not reference_heading(stripped)


def author_card(lines: list[tuple[int, str]], start: int, own: set[str]) -> int:
    """How many lines above ``start`` are the author's card (the name over the headline), 0
    when none: the name is the essay's author's, or a name under a separator ('—')."""
    if start < 2 or not _headline(lines[start - 1][1]):
        return 0
    name = lines[start - 2][1].strip()
    names = byline_names(name)
    above = lines[start - 3][1].strip() if start >= 3 else ""
    if name in own or (len(names) == 1 and names[0] == name and re.fullmatch(r"[—–-]+", above)):
        return 2
    return 0


def linkedin_header(content: list[tuple[int, str]]
                    ) -> tuple[Front, list[tuple[int, str]]] | None:
    """The header of a LinkedIn article: the title, the author (a second time logged as
    dropped), the profile's headline under the name, 'Published on DATE' (the date fact),
    the reading time and 'Follow' (dropped); its front matter and the lines after it. None
    unless the header has the follow button and 'Published …', or one of them and the page
    ends on LinkedIn's footer."""
    end = next((index for index, (_, text) in enumerate(content[:_HEADER_SPAN])
                if paragraph_like(text)), min(len(content), _HEADER_SPAN))
    zone = content[:end]
    follow = any(_FOLLOW.match(_bare(text)) for _, text in zone)
    published = any(_PUBLISHED.match(text.strip()) for _, text in zone)
    footer = any(footer_line(text) for _, text in content[end:])
    if not (follow and published or (follow or published) and footer):
        return None
    front = Front()
    body: list[tuple[int, str]] = []
    after_author = False  # the line above was the author's name
    for number, text in zone:
        stripped = text.strip()
        date = _PUBLISHED.match(stripped)
        names = byline_names(stripped)
        if front.title is None and not _FOLLOW.match(_bare(stripped)):
            front.title = (number, stripped)
            continue
        if date:
            if not any(name == "date" for _, name, _ in front.info):
                front.info.append((number, "date", date.group("date")))
            front.changes.append((JUNK, number, text, date.group("date")))
        elif _FOLLOW.match(_bare(stripped)) or _READING.match(stripped) or \
                is_web_junk(stripped) or counter_line(stripped):
            front.changes.append((JUNK, number, text, ""))
        elif names and not body and names == [stripped]:
            if stripped in {name for _, name in front.authors}:
                front.changes.append((JUNK, number, text, ""))  # the name given twice
            else:
                front.authors.append((number, stripped))
            after_author = True
            continue
        elif after_author and not body and _headline(stripped):
            front.changes.append((JUNK, number, text, ""))  # the profile's headline
        else:
            body.append((number, text))
        after_author = False
    return front, body + content[end:]
