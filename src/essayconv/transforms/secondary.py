"""Secondary citations: '(Perlman and Peplau 1981, cited in Hawkley 2015, p. 392)', 'Townsend
(1957, cited in Victor et al. 2009, p. 14)'.

Harvard (and APA) cite a work read in another one by naming the original, then 'cited in' (or
'as cited in', 'quoted in') and the work actually read, which alone is in the reference list.
The work after 'cited in' links (with its page); the original stays as written before it and
is no unlisted work (it is one only if the list holds it). With --restyle-citations the
original takes the style's punctuation between name and year too ('Perlman and Peplau, 1981,
cited in Hawkley, 2015, p. 392', Cite Them Right).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from .. import tree as T
from .citepatterns import _AUTHORS, _PART, _YEAR

# what joins the original to the work read: ', cited in ', ' as cited in ', ', quoted in '
CITED_IN = re.compile(r",?\s+(?:as\s+)?(?:cited|quoted)\s+in\s+", re.I)
# a narrative citation's bracket after its year: ', cited in Victor et al. 2009, p. 14'
_NARRATIVE_REST = re.compile(rf"{CITED_IN.pattern}(?P<read>(?:{_AUTHORS}),?\s+(?:{_YEAR})"
                             r"(?:[,:]\s*[^()]*)?)$", re.I)
# the original, as written before the work read: 'Perlman and Peplau 1981, cited in '
_ORIGINAL = re.compile(rf"(?P<names>{_AUTHORS}),?\s+(?P<year>{_YEAR})"
                       rf"(?P<joint>{CITED_IN.pattern})$")


def is_original(group: str, end: int) -> bool:
    """Is the part of a bracket ending at ``end`` an original cited in the part after it?"""
    return CITED_IN.match(group, end) is not None


def read_in(bracket: str) -> re.Match[str] | None:
    """The work read in a narrative citation's bracket after the year ('1957, cited in
    Victor et al. 2009, p. 14' → 'Victor et al. 2009, p. 14'), or None."""
    return _NARRATIVE_REST.search(bracket)


def restyle_original(essay: etree._Element, xref: etree._Element) -> None:
    """After a secondary citation's work read was restyled, give the original before it the
    same punctuation between name and year ('Perlman and Peplau 1981' → '…, 1981')."""
    styled, written = xref.text or "", xref.get("written")
    if written is None:
        return
    parent, previous = xref.getparent(), xref.getprevious()
    before = (previous.tail if previous is not None else parent.text) or ""
    m = _ORIGINAL.search(before)
    joint = _joint(styled)
    if m is None or joint is None:
        return
    new = f"{m.group('names')}{joint}{m.group('year')}{m.group('joint')}"
    if new == m.group():
        return
    T.log_change(essay, "restyle-citations", int(parent.get("line") or 1), m.group(), new)
    text = before[:m.start()] + new
    if previous is not None:
        previous.tail = text
    else:
        parent.text = text


def _joint(styled: str) -> str | None:
    """What the style writes between the names and the year: ', ' or ' '."""
    m = re.search(rf"[^\W\d_.]\.?(?P<joint>,?\s+)(?:{_YEAR})", styled)
    return m.group("joint") if m else None


def narrative_read_in(m: re.Match[str], text: str, resolve: Callable[[str, str, str], str | None]
                      ) -> tuple[int, int, str] | None | bool:
    """A narrative citation 'Townsend (1957, cited in Victor et al. 2009, p. 14)': (start,
    end, work) of the work read, None if it names no work (``resolve`` warns), False if the
    citation is no secondary one."""
    read = read_in(text[m.end("year"):m.end() - 1])
    if read is None:
        return False
    words = read.group("read").strip()
    part = _PART.match(words)
    if part is None:
        return None
    work_id = resolve(part.group("authors"), part.group("year"), words)
    start = m.end("year") + read.start("read")
    return (start, start + len(words), work_id) if work_id else None
