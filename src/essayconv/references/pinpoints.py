"""The page cited after a publication statement whose own numbers are no locator.

* **MHRA article.** ``…, Review of English Studies, 48 (1997), 312–29 (p. 315)``: the range
  after the volume and its bracketed year is the article's own extent and stays in the
  reference; the bracketed page after it is the locator (``p. 315``). With no page after it
  (``…, 22 (2010), 45–67``) the note cites the whole article: no locator.
* **MHRA volume and page.** ``…, 3 vols (London: Minerva Press, 1798), II, 14``: a roman
  volume and a page after the bracketed publication statement are one locator (``II, 14``,
  label ``volume``: volume 2, page 14); ``3 vols`` is the number of volumes, the work's.
* **A book's page after its publisher** (Wikipedia's CS1 notes): ``Penrose, Arthur (1911). A
  History of the Penrose Family. London: Longmans, Green. p. 88.`` — a ``p.``/``pp.``
  sentence after the ``Place: Publisher`` sentence is the page cited (a book has no page
  extent); an ISBN after it stays the reference's. Never after a chapter's ``In …`` or a
  journal's volume (those pages are the work's own).
"""

from __future__ import annotations

import re

from .locators import TAIL, VALUE, works_range

Peeled = tuple[str | None, str | None, str | None, str]  # locator, label, remark, reference

_YEAR = r"(?:[A-Z][a-z]+\.?\s+)?(?:1[5-9]|20)\d\d(?:\s*[-–/]\s*\d{2,4})?"
# ', 48 (1997), 312–29' then '(p. 315)' or nothing: the volume (arabic or roman), the year
# alone in brackets (a season may lead it), the article's range
_ARTICLE = re.compile(r",\s*(?:\d{1,4}|[IVXLC]{1,7})(?:\.\d{1,3})?\s*\(" + _YEAR + r"\)\s*,\s*"
                      r"(?P<range>\d{1,5}\s*[-–—]\s*\d{1,5})"
                      r"(?:\s*\((?:at\s+)?(?P<loc>(?P<label>pp?\.)\s*" + VALUE + r")\))?")
# '(London: Minerva Press, 1798), II, 14': a bracketed statement ending in its year, a roman
# volume, a page
_VOLUME_PAGE = re.compile(r"\((?=[^()]*[^\W\d_])[^()]*[\s,](?:1[5-9]|20)\d\d\)\s*,\s*"
                          r"(?P<loc>[IVXLC]{1,7},\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?)")
# '. London: Longmans, Green. p. 88.' (the note's full stop is already cut): the page sentence,
# then nothing or an identifier sentence ('ISBN 978-…', 'OCLC 12345')
_BOOK_PAGE = re.compile(r"(?<=[\w.)])\.\s+(?P<loc>(?P<label>pp?\.)\s*" + VALUE + r")"
                        r"(?P<after>\.\s+(?:ISBN|ISSN|OCLC|doi)\b[^\n]*)?$")
# a 'Place: Publisher' sentence, the last before the page: '. London: Longmans, Green'
_PUBLISHED = re.compile(r"[.?!]\s+[^.:]{2,60}:\s*[^:]{2,80}$")


def statement_locator(core: str, head_end: int) -> Peeled | None:
    """The locator of a note (its final full stop cut) by the rules above, else None."""
    for read in (_article, _volume_page, _book_page):
        found = read(core, head_end)
        if found is not None:
            return found
    return None


def _article(core: str, head_end: int) -> Peeled | None:
    """An MHRA article's own range, then the page cited in brackets or nothing."""
    for m in _ARTICLE.finditer(core, head_end):
        tail = TAIL.match(core, m.end())
        if tail is None or (tail.group("remark") and not m.group("loc")):
            continue  # more after the range than a remark on the page cited
        if m.group("loc"):
            return m.group("loc"), "page", tail.group("remark"), core[:m.end("range")]
        return None, None, None, core
    return None


def _volume_page(core: str, head_end: int) -> Peeled | None:
    """A roman volume and a page after the bracketed publication statement."""
    for m in _VOLUME_PAGE.finditer(core, head_end):
        tail = TAIL.match(core, m.end())
        if tail is not None:
            return m.group("loc"), "volume", tail.group("remark"), core[:m.start("loc")]
    return None


def _book_page(core: str, head_end: int) -> Peeled | None:
    """A page sentence after a book's 'Place: Publisher' sentence (an ISBN may follow)."""
    m = _BOOK_PAGE.search(core, head_end)
    if m is None:
        return None
    before = core[:m.start()]
    if not _PUBLISHED.search(before[head_end:]) or works_range(before, head_end,
                                                                  m.group("loc")):
        return None
    after = (m.group("after") or "").strip()
    return m.group("loc"), "page", None, f"{before}.{' ' + after[1:].strip() if after else ''}"


# a remark that is the page cited inside the pages before it: 'hier S. 370' (after 'S.
# 354–395'), '(cit. a p. 54)' (after 'pp. 50-60'), '(at p. 78)', 'here p. 170', 'ici p. 12'
_CITED_AT = re.compile(r"(?P<open>\()?\s*(?:at|here|hier|ici|cit\.\s+a|citat[oa]\s+a|"
                       r"zit\.(?:\s+auf)?|quoted\s+(?:at|on)|cited\s+(?:at|on))\s+"
                       r"(?P<loc>(?:pp?\.|S\.|pagg?\.|págs?\.)\s*" + VALUE + r")\s*(?(open)\))")


def cited_at(locator: str | None, label: str | None, remark: str | None) -> tuple[str, str] | None:
    """The page a remark cites in place of a locator that is no page or a page range ('S.
    354–395, hier S. 370' → 'S. 370'; 'pp. 50-60 (cit. a p. 54)' → 'p. 54'), else None."""
    m = _CITED_AT.fullmatch(remark.strip()) if remark else None
    if m is None or locator and not (label == "page" and re.search(r"\d\s*[-–—]\s*\d", locator)):
        return None
    return m.group("loc"), "page"
