"""A note citing a work read in another: 'X, zit. n. Y', 'X, cité dans Y', 'X, cited in Y'.

The note's citation is of the work read, Y (after ``zit. n.``, ``zitiert nach``, ``cité
dans``, ``cité par``, ``citato in``, ``cited in``, ``quoted in``), which takes the joining
words as its prefix and its own locator; the original X before them is a citation of its
own marked ``original``: it names a work only when that work is cited or listed elsewhere in
full (linking), never a new one. (Author-date brackets: ``transforms/secondary.py``.)
"""

from __future__ import annotations

import re

__all__ = ["split_read_in"]

# ', zit. n. Erll, …', ', cité dans Bellanger, …', ', as cited in Jones …': a comma, the words,
# a capital (the name of the work read)
_READ_IN = re.compile(
    r",\s+(?P<words>zit\.\s?n\.|zitiert nach|cit[ée]e?s?\s+(?:dans|par|in)|citat[oa]\s+in|"
    r"(?:as\s+)?(?:cited|quoted)\s+in)\s+(?=[A-Z\u00c0-\u00de])", re.I)


def split_read_in(part: str) -> tuple[str, str, str] | None:
    """(original, joining words, work read) of a note's citation, else None: 'Assmann, A.:
    Titel, München 2006, S. 33, zit. n. Erll, A.: Titel, Stuttgart 2017, S. 112' →
    ('Assmann, A.: Titel, München 2006, S. 33', 'zit. n.', 'Erll, A.: …, S. 112')."""
    m = _READ_IN.search(part)
    if m is None or len(part[:m.start()].split()) < 2:
        return None
    return part[:m.start()].strip(), m.group("words"), part[m.end():].strip()
