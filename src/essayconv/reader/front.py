"""Front matter: title, byline, header facts and the author's biography."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lines import EMAIL, INFO, byline_names, is_heading, reference_heading

_BIO_VERB = re.compile(r"^(?:Dr\.?\s+|Prof\.?\s+)?((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+)\s+"
                       r"(?:is|was|has|holds|teaches|works|studies|lives)\b")


@dataclass
class Front:
    """What the header of an essay holds, with source line numbers."""

    title: tuple[int, str] | None = None
    authors: list[tuple[int, str]] = field(default_factory=list)
    info: list[tuple[int, str, str]] = field(default_factory=list)
    bio: tuple[int, str] | None = None
    consumed: int = 0


def _is_bio(text: str, authors: list[tuple[int, str]]) -> bool:
    if len(text.split()) < 8:
        return False
    match = _BIO_VERB.match(text)
    surnames = {name.split()[-1] for _, name in authors}
    if match and (not surnames or match.group(1).split()[-1] in surnames):
        return True
    return bool(EMAIL.search(text)) and bool(authors)


def read_front(lines: list[tuple[int, str]]) -> Front:
    """Read the header lines at the start of an essay; stop at the first body line."""
    front = Front()
    for index, (number, text) in enumerate(lines):
        if front.title is None:
            front.title = (number, text)
        elif front.bio is None and (names := byline_names(text)) and len(front.authors) < 6:
            front.authors.extend((number, name) for name in names)
        elif front.bio is None and (match := INFO.match(text)):
            front.info.append((number, match.group(1).lower().replace("key words", "keywords")
                               .replace(" ", "-"), text))
        elif front.bio is None and _is_bio(text, front.authors):
            front.bio = (number, text)
        else:
            front.consumed = index
            return front
        if reference_heading(text) or (index > 0 and is_heading(text) and front.bio):
            front.consumed = index
            return front
    front.consumed = len(lines)
    return front
