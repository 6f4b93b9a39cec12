"""A sentence of the author's in a note, told from a reference that has a year in it."""

from __future__ import annotations

import re

# what a reference has and a sentence of the author's lacks: a bracketed year, 'n.d.', a
# publication statement's colon, pages, a volume, an editor, a web address, a quoted title
_REFERENCE_MARK = re.compile(
    r"[(\[]\s*(?:c\.\s*)?(?:1[5-9]|20)\d\d|\bn\.\s?d\b|\w:\s+[A-Z]|\bpp?\.\s*\d|\bvols?\.|"
    r"\beds?\.|\(eds?\)|https?:|www\.|\bdoi\b|[“‘\"«]|\bavailable at\b|"
    # a document's closing date, ', 31 May 1994.' / ', 1994.', and a document's kind first
    r",\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+(?:\d{1,2},\s+)?)?(?:1[5-9]|20)\d\d\.?$|"
    r"^(?:report|minutes|letter|speech|interview|memorandum|memo|resolution|telegram|cable|"
    r"statement|testimony|address|remarks|transcript|press release|communiqué|note)\b",
    re.I)
_YEAR_IN_TEXT = re.compile(r"(\S+)\s+(?:1[5-9]|20)\d\d\b")
_RUNNING = re.compile(r"(?:[a-z][a-z’'-]*|January|February|March|April|May|June|July|August|"
                      r"September|October|November|December)")


def running_prose(text: str) -> bool:
    """A sentence of the author's with a year in it ('Britain and France disagreed about the
    mandate in 1994.', 'The figure rose to 800,000 by July 1994.'), never a reference: none
    of a reference's marks, mostly lower-case words, and every year after a lower-case word
    or a month, as in running text (a reference's year follows a name, a stop or a comma)."""
    if _REFERENCE_MARK.search(text):
        return False
    words = text.split()
    lower = [w for w in words if re.fullmatch(r"[a-z][a-z’'-]+[,;.]?", w)]
    years = _YEAR_IN_TEXT.findall(text)
    return len(lower) >= 4 and len(lower) * 2 >= len(words) and bool(years) and \
        all(_RUNNING.fullmatch(before) for before in years)
