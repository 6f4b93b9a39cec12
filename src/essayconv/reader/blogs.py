"""A blog engine's page pasted whole (WordPress, Blogger and their themes): the site's chrome
above the post (the skip link, the site's name and tagline, the menu, the search box, a
breadcrumb that ends in the post's title, 'Like Loading...') and everything after the post
(tags, categories and labels, share and like rows, related posts, post navigation, the
comments, the comment form, the sidebar, the footer and its credits) are dropped and logged
(rule drop-web-junk), never taken for the title, sections or references; the title, the
byline and the date stay (a dated byline is read by the front matter, see lines.py)."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T
from .bylines import byline_names
from .front import Front
from .lines import (
    COMMENTS_START,
    CRUMB_HOME,
    CRUMB_SECTION,
    RELATED_START,
    comment_form,
    copyright_footer,
    dated_byline,
    is_breadcrumb,
    is_web_junk,
    paragraph_like,
    reference_heading,
    tags_line,
)

JUNK = "drop-web-junk"
_HEADER_SPAN = 40  # lines before the post's first paragraph the site's chrome may take
_MIN_SIGNALS = 2  # kinds of chrome that make the top a blog engine's page

# ---------------------------------------------------------------- the page's top

_SKIP = re.compile(r"^(?:skip to (?:the )?(?:main )?(?:content|navigation|menu)|"
                   r"jump to (?:navigation|content)|skip navigation)$", re.IGNORECASE)
_SEARCH = re.compile(r"^(?:search(?: for)?\s*:?|search\s*(?:…|\.{3})|search this (?:site|blog)|"
                     r"(?:(?:main |primary |open |close )?menu\s*){1,3}|toggle (?:navigation|menu)|"
                     r"primary navigation)$", re.IGNORECASE)
# the likes widget and the share and like rows' labels: 'Like Loading...', 'Like this:'
_LIKES = re.compile(r"^(?:like\s+)?loading\s*(?:…|\.{2,})?|like this\s*:?|share this\s*:?|"
                    r"be the first to like this\.?|\d+\s+bloggers? likes? this\.?$",
                    re.IGNORECASE)
# a site's menu items: 'Home', 'About', 'Contact', 'Research'
_MENU = frozenset((
    "home", "about", "about us", "about me", "contact", "contact us", "blog", "news", "research",
    "events", "people", "publications", "team", "our team", "projects", "resources", "archive",
    "archives", "teaching", "courses", "podcast", "shop", "donate", "staff", "services",
    "membership", "media", "press", "join us", "get involved", "support us", "study", "portfolio",
    "categories", "topics", "search", "issues", "current issue", "past issues", "submit",
    "submissions", "editorial board", "for authors", "guidelines", "journal", "login"))
_MIN_MENU = 2  # menu items in a run of short lines
_MENU_WORDS = frozenset(word for item in _MENU for word in item.split())
_MIN_ROW = 3  # menu items in a navigation row on one line


def _nav_row(text: str) -> bool:
    """A site's menu copied as one line: 'Home About Issues Submit Contact' (three items at
    least, every word a menu item's)."""
    words = [word.lower() for word in re.split(r"[\s|·•/]+", text.strip()) if word]
    return len(words) >= _MIN_ROW and all(word in _MENU_WORDS for word in words) and \
        sum(word in _MENU for word in words) >= _MIN_ROW


def _short(text: str) -> bool:
    """A line of a menu or a site's name: four words at most, no sentence punctuation."""
    words = text.split()
    return 1 <= len(words) <= 4 and not re.search(r"[.,;:?!\"“”()]", text)


def _menu_run(lines: list[tuple[int, str]], index: int) -> bool:
    """A menu item in a run of short lines holding two items at least ('Home' / 'About' /
    'Contact')."""
    if lines[index][1].strip().lower() not in _MENU:
        return False
    start = end = index
    while start > 0 and _short(lines[start - 1][1]):
        start -= 1
    while end + 1 < len(lines) and _short(lines[end + 1][1]):
        end += 1
    return sum(text.strip().lower() in _MENU for _, text in lines[start:end + 1]) >= _MIN_MENU


def _plain(text: str) -> str:
    """A line compared with another: quotes straight, spaces single, lower case."""
    return " ".join(re.sub(r"[“”«»\"]", "", text).split()).lower()


def _crumb_title(text: str, following: str) -> bool:
    """A breadcrumb whose last segment is the title under it ('Home » Blog » Housing » Who
    Owns the High Street?' over 'Who Owns the High Street?'): from 'Home' or through a site's
    section."""
    for separator in (r"\s*»\s*", r"\s*›\s*", r"\s+>\s+", r"\s+/\s+"):
        segments = [part.strip() for part in re.split(separator, text.strip())]
        if len(segments) < 2 or not following.strip():
            continue
        return _plain(segments[-1]) == _plain(following) and (
            bool(CRUMB_HOME.fullmatch(segments[0]))
            or any(CRUMB_SECTION.fullmatch(part) for part in segments[:-1]))
    return False


def _next(lines: list[tuple[int, str]], index: int) -> str:
    """The text of the line after this one, '' at the end."""
    return lines[index + 1][1] if index + 1 < len(lines) else ""


def _above_title(lines: list[tuple[int, str]], index: int) -> str | None:
    """The kind of chrome that stands above a post's title, or None."""
    text = lines[index][1].strip()
    following = _next(lines, index)
    if _SKIP.match(text):
        return "skip"
    if _SEARCH.match(text):
        return "search"
    if is_breadcrumb(text) or _crumb_title(text, following):
        return "breadcrumb"
    if _menu_run(lines, index) or _nav_row(text):
        return "menu"
    return None


def _after_title(text: str) -> bool:
    """Chrome between the title and the post: the likes widget, the share row's buttons."""
    return bool(_LIKES.match(text.strip())) or (is_web_junk(text) and not dated_byline(text))


def blog_header(essay: etree._Element, content: list[tuple[int, str]]
                ) -> list[tuple[int, str]]:
    """The lines without a blog engine's chrome above the post's first paragraph, each line
    dropped logged: everything above the title (the skip link, the site's name and tagline,
    the menu, 'Search', the breadcrumb) and the likes and share rows under it. The title is
    the line a breadcrumb ends in, or the line over a dated byline, or the first line after
    the last of the chrome; the page shows two kinds of chrome at least, else it is kept."""
    end = next((index for index, (_, text) in enumerate(content[:_HEADER_SPAN])
                if paragraph_like(text) and not _crumb_title(text, _next(content, index))),
               None)
    if end is None:
        return content
    kinds = {index: kind for index in range(end)
             if (kind := _above_title(content, index)) is not None}
    likes = [index for index in range(end) if _LIKES.match(content[index][1].strip())]
    if len(set(kinds.values()) | ({"likes"} if likes else set())) < _MIN_SIGNALS:
        return content
    title = _title_index(content, end, kinds)
    if title is None:
        return content
    drop = set(range(title)) | {index for index in range(title + 1, end)
                                if _after_title(content[index][1])}
    kept = []
    for index, (number, text) in enumerate(content):
        if index in drop:
            T.log_change(essay, JUNK, number, text, "")
        else:
            kept.append((number, text))
    return kept


def _title_index(content: list[tuple[int, str]], end: int, kinds: dict[int, str]) -> int | None:
    """Where the post's title stands among the header's lines (see blog_header)."""
    for index in range(end - 1):
        if _crumb_title(content[index][1], content[index + 1][1]):
            return index + 1
    for index in range(1, end):
        if dated_byline(content[index][1]) and index - 1 not in kinds:
            return index - 1
    last = max(kinds)
    index = last + 1
    while index < end and _after_title(content[index][1]):
        index += 1
    return index if index < end else None


# ---------------------------------------------------------------- after the post

# lines only a blog engine's page has below the post
_STRONG = re.compile(
    r"^(?:post navigation|posts navigation|comment navigation|"
    r"(?:proudly )?powered by (?:wordpress|blogger|ghost|wix|squarespace)\b.*|"
    r".{0,60}\|\s*theme\s*:.{1,60}|theme\s*:.{1,60}\bby\b.{1,60}|"
    r"newer posts?\s+older posts?(?:\s+home)?|"
    r"subscribe to\s*:?\s*post comments\s*\(atom\)|post comments\s*\(atom\)|"
    r"post a comment|leave a comment|"
    r"(?:like\s+)?loading\s*(?:…|\.{2,})|like this\s*:?|share this\s*:?|"
    r"\d+\s+bloggers? likes? this\.?|be the first to like this\.?)$", re.IGNORECASE)
# a comment thread's start: '2 thoughts on “…”', Blogger's 'No comments:'
_THREAD = re.compile(r"^(?:no|\d+) comments?\s*:$", re.IGNORECASE)
# Blogger's line under the post: 'Posted by Jane Doe at 10:15 AM'
_POSTED_AT = re.compile(r"^posted by\s+(?P<names>.+?)\s+at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
                        r"$", re.IGNORECASE)
# lines that may open a blog's tail: 'Related', 'Labels: housing, towns', 'Older posts'
_OPENS = re.compile(r"^(?:related|newer posts?|older posts?|labels\s*:.{1,200})$", re.IGNORECASE)
# lines of the tail that never open it (a bibliography's 'Archives' may head its category):
# the sidebar's headings, the footer's links
_WEAK = re.compile(r"^(?:categories|archives|blogroll|meta|recent (?:posts|comments)|"
                   r"privacy policy(?:\s*[|·•]\s*[^|·•]{1,30}){0,6})$", re.IGNORECASE)
_MIN_MARKERS = 2  # lines of a blog's tail below the post, one only a blog page has


def _thread(text: str) -> bool:
    """The start of the comments: '2 thoughts on “…”', '3 Comments', 'No comments:'."""
    return bool(COMMENTS_START.match(text.strip()) or _THREAD.match(text.strip()))


def _strong(text: str) -> bool:
    """A line only a blog page has below its post: the comments' start, the comment form,
    the post navigation, the engine's credit, Blogger's 'Posted by … at 10:15 AM'."""
    text = text.strip()
    return bool(_STRONG.match(text) or _thread(text) or comment_form(text)
                or _POSTED_AT.match(text))


def _opens(text: str) -> bool:
    """A line that may open a blog page's tail: a strong one, the tags, categories or labels,
    the related posts."""
    text = text.strip()
    return _strong(text) or bool(_OPENS.match(text) or tags_line(text)
                                 or RELATED_START.match(text))


def _marker(text: str) -> bool:
    """A line of a blog page's tail: one that may open it, the sidebar's headings, the
    footer's links, a copyright footer."""
    text = text.strip()
    return _opens(text) or bool(_WEAK.match(text) or copyright_footer(text))


def blog_tail(lines: list[tuple[int, str]], front: Front) -> int | None:
    """Where a blog page's tail starts after the post, to the page's end: at a marker after
    the last reference heading with no reference heading below it, two markers at least in
    the tail (or the page's last line), one a line only a blog page has, and no prose in it
    but the comments' (under '2 thoughts on …'); None on any other page. Blogger's 'Posted
    by Jane Doe at 10:15 AM' gives the author when the header named none."""
    heads = [index for index, (_, text) in enumerate(lines) if reference_heading(text)]
    start = heads[-1] + 1 if heads else 0
    for index in range(start, len(lines)):
        if _opens(lines[index][1]) and _is_tail(lines[index:]):
            _blogger_author(lines[index:], front)
            return index
    return None


def _is_tail(tail: list[tuple[int, str]]) -> bool:
    """Lines that are all a blog page's tail (see blog_tail)."""
    markers = [text for _, text in tail if _marker(text)]
    if len(markers) < min(_MIN_MARKERS, len(tail)) or not any(_strong(text) for text in markers):
        return False
    comments = False
    for _, text in tail:
        comments = comments or _thread(text)
        if paragraph_like(text) and not comments and not _marker(text):
            return False
    return True


def _blogger_author(tail: list[tuple[int, str]], front: Front) -> None:
    """The author Blogger names under the post, for a header that named none."""
    if front.authors:
        return
    for number, text in tail:
        if (match := _POSTED_AT.match(text.strip())) and (names := byline_names(
                match.group("names"))):
            front.authors.extend((number, name) for name in names)
            return
