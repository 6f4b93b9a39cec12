"""The top of a page above the title: a breadcrumb trail one segment a line, a site's
section or a journal's article type over the title ('Opinion', 'Original Investigation'),
and a thesis chapter's label over its title ('Chapter 2')."""

from __future__ import annotations

import re

from .bylines import byline_names
from .lines import (
    CRUMB_HOME,
    CRUMB_SECTION,
    DATE,
    EMAIL,
    INFO,
    affiliation_like,
    cover_fact,
    dated_byline,
    is_web_junk,
)
from .outline import CHAPTER_LABEL

# a journal's article type printed over the title (JAMA's kicker, a section label):
# 'Original Investigation', 'Research Letter', 'Review Article', 'Case Report'
ARTICLE_TYPE = re.compile(
    r"(?:original\s+(?:investigation|article|research|contribution|paper)|"
    r"research\s+(?:letter|article|paper|report)|(?:systematic\s+|narrative\s+|clinical\s+|"
    r"scoping\s+)?review(?:\s+article)?|editorial|invited\s+commentary|commentary|"
    r"case\s+(?:report|series|study)|brief\s+(?:report|communication)|perspective|opinion|"
    r"viewpoint|special\s+communication|short\s+communication|letter\s+to\s+the\s+editor|"
    r"meta-analysis)",
    re.IGNORECASE)
# headings of their own, never a title under a kicker: 'Introduction', 'Abstract'
_OWN = re.compile(r"(?:introduction|abstract|summary|background|contents|key points)\s*:?",
                  re.IGNORECASE)
_MAX_TITLE_WORDS = 30


def breadcrumb_trail(lines: list[tuple[int, str]]) -> int:
    """How many lines at the top of the page are a breadcrumb trail copied one segment a
    line: 'Home' or a site's section ('Blog', 'Essays') over short capitalised segments
    ('Essays', 'Environment'), each right under the other and the last right over the title.
    A segment is no person's name, and a short line over a byline, a date, a header fact or
    web furniture is the title itself ('Home' / 'Belonging' / 'Jane Doe': the title is
    'Belonging'); 'Home' alone is no trail. 0 when the page starts otherwise."""
    if len(lines) < 3:
        return 0
    first = lines[0][1].strip()
    if not (CRUMB_HOME.fullmatch(first) or CRUMB_SECTION.fullmatch(first)):
        return 0
    home = bool(CRUMB_HOME.fullmatch(first))
    end = 1
    while (end < min(len(lines) - 1, _MAX_CRUMBS) and _crumb_segment(lines[end][1], home)
           and lines[end][0] == lines[end - 1][0] + 1 and lines[end + 1][0] == lines[end][0] + 1
           and not _under_title(lines[end + 1][1])):
        end += 1
    return end if end >= 2 else 0


_MAX_CRUMBS = 6
_CRUMB_SMALL = frozenset(("and", "&", "of", "the", "in", "for", "on", "to"))


def _crumb_segment(line: str, home: bool = True) -> bool:
    """A breadcrumb's segment on a line of its own: one to four capitalised words, no figure,
    no punctuation, no person's name ('Environment', 'Climate & Energy'); after a section's
    name rather than 'Home', one or two words and no article ('Opinion' / 'The Coming Water
    Wars' is a kicker over the title, never a trail)."""
    text = line.strip()
    words = text.split()
    if not home and (len([w for w in words if w.lower() not in _CRUMB_SMALL]) > 2
                     or words and words[0] in ("The", "A", "An")):
        return False
    return (1 <= len(words) <= 4 and len(text) <= 40 and text[0].isupper()
            and not re.search(r"[\d.,;:?!\"“”()@/|]", text)
            and all(word[0].isupper() or word.lower() in _CRUMB_SMALL for word in words)
            and not byline_names(text))


def _under_title(line: str) -> bool:
    """What stands under a title and never under a breadcrumb: a byline, a date, a header
    fact, an affiliation, web furniture."""
    text = line.strip()
    return bool(byline_names(text) or dated_byline(text) or re.fullmatch(DATE, text)
                or INFO.match(text) or cover_fact(text) or EMAIL.search(text)
                or affiliation_like(text) or is_web_junk(text))


def kicker(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """A site's section named alone over the title ('Opinion' / 'The Coming Water Wars'):
    the header's 'section' fact, never the title; None when the page starts otherwise."""
    if len(lines) < 3 or not CRUMB_SECTION.fullmatch(lines[0][1].strip()):
        return None
    title = lines[1][1].strip()
    if lines[1][0] != lines[0][0] + 1 or _under_title(title) or len(title.split()) > 20 or \
            title.endswith((".", ",", ";", ":")):
        return None
    return lines[0][0], lines[0][1].strip()


def article_kicker(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """A journal's article type alone over the title, right over it or a blank line above
    ('Original Investigation' / 'Association of …'): the header's 'article-type' fact, never
    the title. The line under it must read as a title: no sentence, no byline or date, no
    heading of its own ('Review' over 'Introduction' is the title 'Review')."""
    if len(lines) < 2:
        return None
    label = lines[0][1].strip()
    if not ARTICLE_TYPE.fullmatch(label) or not label[0].isupper():
        return None
    return (lines[0][0], label) if _title_under(lines[1][1]) else None


def _title_under(line: str) -> bool:
    """A line that can be the title under a label: at most thirty words, no closing
    sentence's punctuation, no number opening it ('2.1 Introduction'), no byline, date,
    header fact or heading of its own."""
    text = line.strip()
    return (bool(text) and len(text.split()) <= _MAX_TITLE_WORDS
            and not text.endswith((".", ",", ";", ":")) and not text[0].isdigit()
            and not _OWN.fullmatch(text) and not _under_title(text)
            and not ARTICLE_TYPE.fullmatch(text))


def chapter_title(text: str, following: str) -> str | None:
    """A thesis chapter's label alone over its title ('Chapter 2' / 'Rivers, Ledgers, and
    Labour: …'): the title 'Chapter 2: Rivers, …', as the chapter-heading rule joins them
    further down; None when the line is no bare label or the next no title."""
    label = text.strip()
    match = CHAPTER_LABEL.match(label)
    if match is None or match.end() != len(label) or not _title_under(following):
        return None
    joint = " " if label[-1] in ".:–—-" else ": "
    return label + joint + following.strip()
