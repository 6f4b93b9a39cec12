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
# a cookie banner: 'Academia.edu uses cookies to personalize content …'
_COOKIES = re.compile(r"\b(?:uses?|using) cookies\b|\bcookie (?:policy|settings|preferences)\b|"
                      r"\baccept (?:all )?cookies\b", re.IGNORECASE)
# a paper-sharing site's name and its cover page's buttons and lists
_HOST = re.compile(
    r"^(?:academia\.edu|researchgate|semantic scholar|scribd|studocu|course hero|"
    r"download (?:free )?pdf|see full pdf|view pdf|read full-text|full-text available|"
    r"download full-text pdf|download citation|related papers|related research|"
    r"save to library|(?:download free pdf\s*)?view pdf\s*chevron_right|"
    r".{0,40}\bchevron_right)\s*[.!:×]?$", re.IGNORECASE)
_MIN_MARKERS = 2
_BANNER_WORDS = 10  # a cookie banner is sentences long, never a title ('Why Sites Use Cookies')


def _banner(text: str) -> bool:
    """A cookie banner: 'Academia.edu uses cookies to personalize content, …'."""
    return len(text.split()) >= _BANNER_WORDS and bool(_COOKIES.search(text))


def _marker(text: str) -> bool:
    """A line of a host's cover page: its cookie banner, its name, a button."""
    return _banner(text) or bool(_HOST.match(text.strip()))


def _plain(text: str) -> str:
    return " ".join(text.split()).lower()


def drop_host_cover(essay: etree._Element, lines: list[tuple[int, str]]
                    ) -> list[tuple[int, str]]:
    """The lines without a paper-sharing site's cover page: two of its lines at least at the
    top, and the paper's title shown on the cover and repeated after its last button, where
    the paper starts; without the repeated title only the cookie banner on the first line
    goes."""
    top = lines[:_SPAN]
    markers = [index for index, (_, text) in enumerate(top) if _marker(text)]
    end = None
    if len(markers) >= _MIN_MARKERS:
        shown = {_plain(text) for index, (_, text) in enumerate(top[:markers[-1]])
                 if index not in markers and len(text.split()) >= 2}
        end = next((index for index in range(markers[-1] + 1, len(top))
                    if _plain(top[index][1]) in shown), None)
    if end is None:
        end = 1 if lines and _banner(lines[0][1]) else 0
    for number, text in lines[:end]:
        T.log_change(essay, JUNK, number, text, "")
    return lines[end:]
