"""A post pasted whole from a blogging platform (Medium, Substack, LinkedIn (linkedin.py)): the
app's bar and the post's buttons and counters around its title, and the page's footer after
the post (who wrote it, more from them, recommendations, the site's links), dropped and
logged (rule drop-web-junk); the title, subtitle, author, publication and date stay."""

from __future__ import annotations

import re

from .bylines import byline_names
from .front import DATE_LINE, Front
from .lines import (
    DATE,
    copyright_footer,
    dated_byline,
    is_web_junk,
    paragraph_like,
    reference_heading,
)
from .linkedin import author_card, footer_line, linkedin_header

JUNK = "drop-web-junk"
_HEADER_SPAN = 40  # lines before the post's first paragraph that the app's bar may take
_MIN_SIGNALS = 3  # distinct buttons that make a page a platform's

# the app's bar and the post's buttons, each a line of its own
_BUTTONS = frozenset((
    "open in app", "sign up", "sign in", "get started", "get the app", "write", "search",
    "member-only story", "follow", "following", "listen", "share", "more", "subscribe",
    "share this post", "like", "comment", "comments", "restack", "report this article",
    "+ follow", "save", "top highlight"))
# the buttons that tell a platform's page from an essay: 'Write' or 'More' alone do not
_SIGNALS = _BUTTONS - {"write", "more", "search", "save", "comments", "comment", "like"}
# a separator or a counter of the post's bar: '·', '--', '312', '1.2K'
_BAR = re.compile(r"^(?:[·•∙|]|-{2,}|—|\d[\d,.]*\s*[KkMm]?)$")
_READING = re.compile(r"^\d+\s*min(?:ute)?s? (?:read|listen)$", re.IGNORECASE)
_PUBLISHED_IN = re.compile(r"^(?:published in|in)$", re.IGNORECASE)
# the parts of one line of the bar: '9 min read · Mar 14, 2023', 'Published Mar 14, 2023'
_PARTS = re.compile(r"\s*[·•∙|]\s*")
_PUBLISHED = re.compile(rf"^(?:published|posted|updated)(?: on)?\s+(?P<date>{DATE})$",
                        re.IGNORECASE)


def _button(text: str) -> bool:
    """A line of the app's bar or the post's buttons, a separator, a counter."""
    words = text.strip().lower()
    return words in _BUTTONS or bool(_BAR.match(words) or _READING.match(words))


def _bar_date(text: str) -> str | None:
    """The date a line of the bar gives, when the rest of it is buttons ('9 min read · Mar
    14, 2023', 'Published Mar 14, 2023'): the date as written; '' for a bar with no date."""
    dates = []
    for part in _PARTS.split(text.strip()):
        if not part or _button(part):
            continue
        published = _PUBLISHED.match(part)
        if DATE_LINE.match(part) or published:
            dates.append(published.group("date") if published else part)
        else:
            return None
    return dates[0] if len(dates) == 1 else ("" if not dates else None)


def platform_header(content: list[tuple[int, str]]
                    ) -> tuple[Front, list[tuple[int, str]]] | None:
    """The header of a platform's page ('Open in app' / 'Sign in' / title / subtitle / author
    / 'Follow' / 'Published in' / publication / '9 min read' / date / '--' / '312' /
    'Listen' / 'Share'): its front matter and the lines after it, the buttons logged as
    dropped; None unless three of the platform's buttons at least stand above the post's
    first paragraph. A LinkedIn article's header is read by linkedin.py."""
    if (linked := linkedin_header(content)) is not None:
        return linked
    end = next((index for index, (_, text) in enumerate(content[:_HEADER_SPAN])
                if paragraph_like(text)), min(len(content), _HEADER_SPAN))
    zone = content[:end]
    signals = {text.strip().lower() for _, text in zone} & _SIGNALS
    if len(signals) < _MIN_SIGNALS:
        return None
    front = Front()
    body: list[tuple[int, str]] = []
    publication = False  # the line under 'Published in' names the publication
    buttons = False  # buttons stand between the title and this line
    for number, text in zone:
        date = _bar_date(text)
        if body:
            if _button(text):
                front.changes.append((JUNK, number, text, ""))
            else:
                body.append((number, text))
        elif _PUBLISHED_IN.match(text.strip()):
            front.changes.append((JUNK, number, text, ""))
            publication = True
            continue
        elif date is not None:
            if date and not any(name == "date" for _, name, _ in front.info):
                front.info.append((number, "date", date))
            if date != text.strip():
                front.changes.append((JUNK, number, text, date))
            buttons = front.title is not None
            continue
        elif not _taken(front, number, text, publication, buttons):
            body.append((number, text))
        publication = buttons = False
    return front, body + content[end:]


def _taken(front: Front, number: int, text: str, publication: bool, buttons: bool) -> bool:
    """Whether the header takes this line: the title first, then a subtitle under it, the
    author (a name given twice is logged as dropped), the publication under 'Published in';
    a first line over the app's buttons is the publication's masthead (Substack's 'The Land
    Question' / 'Subscribe' / 'Sign in' / title)."""
    names = byline_names(text) or (dated_byline(text) or ([], ""))[0]
    if front.title is None:
        front.title = (number, text)
    elif buttons and not names and not front.authors and not front.info:
        front.info.append((front.title[0], "publication", front.title[1].strip()))
        front.title = (number, text)
    elif names:
        known = {name for _, name in front.authors}
        if all(name in known for name in names):
            front.changes.append((JUNK, number, text, ""))  # Medium gives the name twice
        else:
            front.authors.extend((number, name) for name in names if name not in known)
    elif publication:
        front.info.append((number, "publication", text.strip()))
    elif not front.authors and len(text.split()) <= 40 and not reference_heading(text) and \
            all(name == "publication" for _, name, _ in front.info):
        front.info.append((number, "subtitle", text.strip()))
    else:
        return False
    return True


# ---------------------------------------------------------------- the page's footer

# what opens a platform's footer: 'Written by Callum Reid-Fraser', '48 Followers', 'More from
# …', 'Recommended from Medium', Substack's 'Discussion about this post'; never a reference
# (no year, no full stop at the end)
_FOOTER = re.compile(
    r"^(?:written by\s+\S.{0,60}|\d[\d,.]*\s*[km]?\s+followers?|(?:writer|editor) for"
    r"(?:\s+\S.{0,60})?|recommended from medium|more from\s+\S.{0,100}|see all from\s+\S.{0,100}|"
    r"see more recommendations|discussion about this post|ready for more\?|start writing|"
    r"report this article|substack is the home for great culture|"
    r"privacy\s*[∙·•]\s*terms\s*[∙·•]\s*collection notice)$", re.IGNORECASE)
# the site's own links at the very end: 'Help', 'Status', 'About', 'Careers', 'Terms'
# the markers only a platform's page has ('Written by …' or 'More from …' may head an essay's
# section): its counts of followers, its recommendations, Substack's discussion
_STRONG = re.compile(r"^(?:\d[\d,.]*\s*[km]?\s+followers?|recommended from medium|"
                     r"see all from\s+\S.*|see more recommendations|discussion about this post|"
                     r"substack is the home for great culture|privacy\s*[∙·•]\s*terms.*)$",
                     re.IGNORECASE)
_PROSE_WORDS = 40  # a line this long after the footer's start is the essay's prose: no footer
_SITE_LINKS = frozenset(("help", "status", "about", "careers", "press", "blog", "privacy",
                         "terms", "text to speech", "teams", "jobs", "rules", "sitemap"))
_MIN_LINKS = 3  # site links in a run


def _footer_marker(lines: list[tuple[int, str]], index: int) -> bool:
    """A line that opens a platform's footer, or a run of the site's links."""
    text = lines[index][1].strip()
    if _FOOTER.match(text) and not text.endswith(".") and not re.search(r"\d{4}", text):
        return True
    if footer_line(text):  # LinkedIn's: 'Like · Comment · Repost · Send', 'More articles by …'
        return True
    if index and lines[index - 1][1].strip().lower() in _SITE_LINKS:
        return False  # the run counts once, from its first link
    run = 0
    while index + run < len(lines) and lines[index + run][1].strip().lower() in _SITE_LINKS:
        run += 1
    return run >= _MIN_LINKS


def _links_to_end(lines: list[tuple[int, str]], index: int) -> bool:
    """The page ends on the site's links, four at least ('Help', 'Status', 'About', 'Terms')."""
    rest = [text.strip().lower() for _, text in lines[index:]]
    return len(rest) > _MIN_LINKS and all(text in _SITE_LINKS for text in rest)


def platform_footer(lines: list[tuple[int, str]], front: Front) -> int | None:
    """Where a platform's footer starts after the post: at its first marker when two at
    least follow the post, one only a platform has (or the page ends on four site links),
    and no reference list nor prose paragraph comes after them, or above it at the clap bar
    ('--', '312', '4') and the author's and publication's lines (LinkedIn's author card);
    None on any other page."""
    markers = [index for index in range(len(lines)) if _footer_marker(lines, index)]
    if len(markers) < 2 and not (markers and _links_to_end(lines, markers[0])):
        return None
    if not any(_STRONG.match(lines[i][1].strip()) or not _FOOTER.match(lines[i][1].strip())
               or footer_line(lines[i][1]) for i in markers):
        return None  # 'Written by the Victors', 'More from Below': an essay's own headings
    first = markers[0]
    if any(len(text.split()) >= _PROSE_WORDS for _, text in lines[first:]):
        return None  # the essay goes on after it
    if any(reference_heading(text) for _, text in lines[first:]):
        return None
    own = {name for _, name in front.authors} | {
        text.strip() for _, name, text in front.info if name == "publication"}
    start = first
    while start > 0:
        if card := author_card(lines, start, own):  # LinkedIn's: the name over the headline
            start -= card
            continue
        text = lines[start - 1][1].strip()
        if not (_button(text) or text in own or _PUBLISHED_IN.match(text) or is_web_junk(text)
                or copyright_footer(text) or byline_names(text) and set(byline_names(text)) <= own):
            break
        start -= 1
    return start
