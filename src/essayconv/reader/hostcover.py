"""A paper-sharing site's cover page over a PDF pasted from it (Academia.edu, ResearchGate):
the cookie banner, the site's name, its buttons ('Download Free PDF', 'See full PDF'), the
paper's title and author as the site shows them and its 'Related papers' (other people's
papers) go, up to where the paper itself starts with its title repeated (rule drop-web-junk,
each line logged); the title and author are read from the paper's own first page."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T

JUNK = "drop-web-junk"
_SPAN = 60  # lines at the top a host's cover page may take
_BANNER_TOP = 3  # the host's cookie banner opens its cover page
_BUTTONS_TOP = 15  # and its buttons follow within these lines
_PARAGRAPH_WORDS = 15  # a cover's lines are short; a line this long is the essay's prose
# a cookie banner: 'Academia.edu uses cookies to personalize content …'
_COOKIES = re.compile(r"\b(?:uses?|using) cookies\b|\bcookie (?:policy|settings|preferences)\b|"
                      r"\baccept (?:all )?cookies\b", re.IGNORECASE)
_SITES = r"academia\.edu|researchgate|semantic scholar|scribd|studocu|course hero"
_SITE = re.compile(rf"\b(?:{_SITES})\b", re.IGNORECASE)
# a paper-sharing site's cover page's buttons and lists (never its bare name: essays name it)
_BUTTON = re.compile(
    r"^(?:download (?:free )?pdf|see full pdf|view pdf|read full-text|full-text available|"
    r"download full-text pdf|download citation|related papers|related research|"
    r"save to library|(?:download free pdf\s*)?view pdf\s*chevron_right|"
    r".{0,40}\bchevron_right)\s*[.!:×]?$", re.IGNORECASE)
_HOST = re.compile(rf"^(?:{_SITES}|log in|sign up)\s*[.!:×]?$", re.IGNORECASE)
_BANNER_WORDS = 10  # a cookie banner is sentences long, never a title ('Why Sites Use Cookies')


def _banner(text: str) -> bool:
    """A cookie banner: 'Academia.edu uses cookies to personalize content, …'."""
    return len(text.split()) >= _BANNER_WORDS and bool(_COOKIES.search(text))


def _marker(text: str) -> bool:
    """A line of a host's cover page: its cookie banner, its name, a button."""
    return _banner(text) or bool(_BUTTON.match(text.strip()) or _HOST.match(text.strip()))


def _plain(text: str) -> str:
    return " ".join(text.split()).lower()


def _cover_end(lines: list[tuple[int, str]]) -> int | None:
    """Where the paper starts after a host's cover page: a cookie banner naming the site at
    the top, a button within the first lines, and the cover's first title-like line (the
    paper's title as the site shows it) repeated after the last button; None when any of
    these is missing or a line of prose stands in between."""
    top = lines[:_SPAN]
    banner = next((index for index, (_, text) in enumerate(top[:_BANNER_TOP])
                   if _banner(text) and _SITE.search(text)), None)
    if banner is None:
        return None
    buttons = [index for index, (_, text) in enumerate(top) if _BUTTON.match(text.strip())]
    if not buttons or buttons[0] >= _BUTTONS_TOP:
        return None
    title = next((index for index in range(banner + 1, len(top))
                  if not _marker(top[index][1]) and len(top[index][1].split()) >= 2), None)
    if title is None or title > buttons[-1]:
        return None
    end = next((index for index in range(buttons[-1] + 1, len(top))
                if _plain(top[index][1]) == _plain(top[title][1])), None)
    if end is None or any(len(text.split()) >= _PARAGRAPH_WORDS
                          for index, (_, text) in enumerate(top[:end]) if index != banner):
        return None
    return end


def drop_host_cover(essay: etree._Element, lines: list[tuple[int, str]]
                    ) -> list[tuple[int, str]]:
    """The lines without a paper-sharing site's cover page (see _cover_end); without one only
    a cookie banner on the first line goes."""
    end = _cover_end(lines)
    if end is None:
        end = 1 if lines and _banner(lines[0][1]) else 0
    for number, text in lines[:end]:
        T.log_change(essay, JUNK, number, text, "")
    return lines[end:]
