"""A Wikipedia article pasted whole: the page's chrome (the '[edit]' links after headings, the
tagline, hatnotes, the 'Contents' block, categories, the 'last edited' line, the licence and the
footer's links) is dropped and logged (rule drop-web-junk); a reference list whose lines open
with the caret of their back-links ('^ a b Marsh, …', the list's numbers lost in the copy) is
the numbered notes the text's '[n]' markers call (rule strip-backlinks); 'External links',
'See also' and 'Further reading' after the references end them."""

from __future__ import annotations

import re
from typing import NamedTuple

from lxml import etree

from .. import tree as T
from .lines import note_start

JUNK = "drop-web-junk"
BACKLINKS = "strip-backlinks"

# the section-edit link after a heading: 'History[edit]', 'Ecology [edit source]',
# 'Notes[edit | edit source]'
_EDIT = re.compile(r"\s*\[\s*edit(?:\s+source)?(?:\s*\|\s*edit\s+source)?\s*\]$", re.I)
_MAX_HEADING_WORDS = 12
# lines no article has, wherever they stand
_CHROME = re.compile(
    r"^(?:from wikipedia, the free encyclopedia|"
    r"this (?:page|article) was last (?:edited|modified) on\b.{0,80}|"
    r"text is available under the creative commons attribution-sharealike\b.*|"
    # the footer's 'Retrieved from "https://en.wikipedia.org/w/index.php?title=…"' (a
    # reference's own 'Retrieved from https://en.wikipedia.org/wiki/Flood' is no chrome)
    r"retrieved from\s+(?:[\"“]https?://\S*wikipedia\.org\S*|"
    r"https?://\S*wikipedia\.org/w/index\.php\?\S*))$", re.I)
# lines that are chrome on a Wikipedia page only: the categories, the top bar's tabs
_PAGE_CHROME = re.compile(
    r"^(?:(?:hidden )?categor(?:y|ies)\s*:\s*\S.*|jump to content|article\s+talk|"
    r"read\s+edit\s+view history|(?:read\s+)?view source\s+view history|tools|"
    r"\(top\)|hide|toggle\s.{1,80}\ssubsection|retrieved from\s+https?://\S*wikipedia\.org\S*)$",
    re.I)
# a hatnote: 'For the village, see Harnbury.', 'This article is about …', '"X" redirects
# here.', 'Not to be confused with …', 'Main article: …', 'Further information: …'
_HATNOTE = re.compile(
    r"^(?:for\s[^.]{1,80},\s+see\s.{1,150}|this article is about\s.{1,250}|"
    r"not to be confused with\s.{1,150}|[\"“][^\"”]{1,80}[\"”] redirects here\..{0,250}|"
    r"(?:main articles?|further information|see also)\s*:\s*\S.{0,150})$", re.I)
_FOOTER_LINKS = ("privacy policy", "about wikipedia", "disclaimers", "contact wikipedia",
                 "code of conduct", "developers", "statistics", "cookie statement",
                 "mobile view", "terms of use", "desktop")
_CONTENTS = re.compile(r"^contents(?:\s+hide)?$", re.I)
_ENTRY = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(\S.{0,80})$")
# what follows the references on a Wikipedia page and is none of them
_AFTER_REFERENCES = re.compile(r"^(?:external links|see also|further reading)\s*:?$", re.I)
_CARET = re.compile(r"^\^(?:\s+a\s+b(?:\s+[a-z]{1,2})*(?=\s))?\s+(?=\S)")
_CALL = re.compile(r"\[(\d{1,3})\]")


class Page(NamedTuple):
    """What is left of the page: its lines, the headings its '[edit]' links marked, and the
    lines of its 'See also' list (links to other articles, one a line)."""

    lines: list[tuple[int, str]]
    headings: frozenset[int] = frozenset()
    links: frozenset[int] = frozenset()


def drop_wiki_chrome(essay: etree._Element, lines: list[tuple[int, str]]) -> Page:
    """Drop a Wikipedia page's chrome, each line logged; the '[edit]' after a heading goes and
    the heading stays. The hatnotes, categories, tabs and 'Contents' block go only on a page
    that shows itself a Wikipedia page (an '[edit]' heading, the tagline, the licence)."""
    page = any(_edit_heading(text) or _CHROME.match(text.strip()) for _, text in lines)
    contents = _contents(lines) if page else range(0)
    kept: list[tuple[int, str]] = []
    for index, (number, text) in enumerate(lines):
        heading = _edit_heading(text)
        if heading:
            T.log_change(essay, JUNK, number, text, heading)
            kept.append((number, heading))
        elif index in contents or _CHROME.match(text.strip()) or page and (
                _PAGE_CHROME.match(text.strip()) or _HATNOTE.match(text.strip())
                or _footer_links(text)):
            T.log_change(essay, JUNK, number, text, "")
        else:
            kept.append((number, text))
    headings = frozenset(number for number, text in lines if _edit_heading(text))
    return Page(kept, headings, _see_also(kept, headings))


def _see_also(lines: list[tuple[int, str]], headings: frozenset[int]) -> frozenset[int]:
    """The lines under a 'See also' heading the '[edit]' link marked, to the next heading:
    the titles of other articles, each a list item."""
    links: set[int] = set()
    under = False
    for number, text in lines:
        if number in headings:
            under = _AFTER_REFERENCES.match(text.strip()) is not None and \
                text.strip().lower().startswith("see also")
        elif under and len(text.split()) <= _MAX_HEADING_WORDS and not text.endswith("."):
            links.add(number)
        else:
            under = False
    return frozenset(links)


def _edit_heading(text: str) -> str | None:
    """A heading with its section-edit link, the heading without it: 'History[edit]'."""
    match = _EDIT.search(text)
    if not match:
        return None
    heading = text[: match.start()].strip()
    if not heading or len(heading.split()) > _MAX_HEADING_WORDS or heading.endswith("."):
        return None
    return heading


def _footer_links(text: str) -> bool:
    """The footer's row of links: 'Privacy policy About Wikipedia Disclaimers …'."""
    rest = text.strip().lower()
    found = 0
    for link in _FOOTER_LINKS:
        if link in rest:
            rest = rest.replace(link, " ")
            found += 1
    return not rest.strip(" ·|•") and (found >= 3 or "wikipedia" in text.lower())


def _contents(lines: list[tuple[int, str]]) -> range:
    """Where the 'Contents' block stands: the word over numbered entries ('1 History', '1.1
    Mill era'), two at least, whose titles stand again further down as headings, and the
    skin's buttons among them ('hide', '(Top)', 'Toggle History subsection')."""
    headings = [(_edit_heading(text) or text).strip() for _, text in lines]
    for index, (_, text) in enumerate(lines):
        if not _CONTENTS.match(text.strip()):
            continue
        end, entries = index + 1, 0
        while end < len(lines) and (_PAGE_CHROME.match(lines[end][1].strip()) or (
                (entry := _ENTRY.match(lines[end][1].strip()))
                and entry.group(1).strip() in headings[end + 1:])):
            entries += not _PAGE_CHROME.match(lines[end][1].strip())
            end += 1
        if entries >= 2:
            return range(index, end)
    return range(0)


def ends_references(text: str) -> bool:
    """A heading after the references that ends them: 'External links', 'See also'."""
    return bool(_AFTER_REFERENCES.match(text.strip()))


def caret_notes(essay: etree._Element, lines: list[tuple[int, str]],
                body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A reference list whose lines open with a caret ('^ a b Marsh, …', '^ Gage, …') is
    the numbered notes 1..n when the body's '[n]' markers call 1 to n, n its caret lines:
    each gets its number, its caret and back-link letters go (logged)."""
    carets = [text for _, text in lines if _CARET.match(text)]
    if not lines or not _CARET.match(lines[0][1]) or len(carets) * 2 < len(lines) or \
            any(note_start(text) for _, text in lines):
        return lines
    called = {int(m.group(1)) for _, text in body for m in _CALL.finditer(text)}
    if not called or max(called) != len(carets):
        return lines
    out: list[tuple[int, str]] = []
    count = 0
    for number, text in lines:
        caret = _CARET.match(text)
        if caret is None:
            out.append((number, text))
            continue
        count += 1
        rest = text[caret.end():]
        first = rest.split()[0]
        T.log_change(essay, BACKLINKS, number, text[: caret.end()] + first, f"{count}. {first}")
        out.append((number, f"{count}. {rest}"))
    return out

