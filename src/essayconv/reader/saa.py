"""SAA-style reference lists: an author line followed by one "YEAR Title…" line per work."""

from __future__ import annotations

import re

from .. import tree as T

YEAR_FIRST = re.compile(r"^(?:\d{4}[a-z]?|n\.d\.)\s+\S")


def _is_author_line(text: str) -> bool:
    return len(text.split()) <= 8 and not re.search(r"\d{4}", text) and not YEAR_FIRST.match(text)


def join_author_lines(essay, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Give each "YEAR Title" line its author from the author line above; log each join."""
    items: list[tuple[int, str]] = []
    author: str | None = None
    for index, (number, text) in enumerate(lines):
        following = lines[index + 1][1] if index + 1 < len(lines) else ""
        if _is_author_line(text) and YEAR_FIRST.match(following):
            author = text
            T.log_change(essay, "join-author-lines", number, text, "")
        elif author and YEAR_FIRST.match(text):
            joined = f"{author} {text}"
            T.log_change(essay, "join-author-lines", number, text, joined)
            items.append((number, joined))
        else:
            author = None
            items.append((number, text))
    return items
