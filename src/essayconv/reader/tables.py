"""Tables pasted as columns: lines whose cells stand apart by tabs or runs of spaces."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lines import CAPTION

# a gap between cells: a tab, or three spaces or more (two may follow a sentence's stop)
_GAP = re.compile(r"\t+\s*|\s{3,}")
_MAX_CELL = 60
_SENTENCE_END = re.compile(r"[.!?][”’\"')]?$")


@dataclass
class Table:
    """A table found in the body: the line of its first row, its caption line, its rows."""

    first: int
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    caption: tuple[int, str] | None = None


def cells(text: str) -> list[str]:
    """A line's cells, split at tabs and runs of three spaces or more ([] for one cell)."""
    parts = [p.strip() for p in _GAP.split(text.strip())]
    return parts if len(parts) > 1 else []


def _table_like(rows: list[list[str]]) -> bool:
    """Rows that read as a table, not as prose typed with wide spaces: short cells, few of
    them closing a sentence, one width (the first row may lack the stub column's cell)."""
    width = len(rows[-1])
    if any(len(r) != width for r in rows[1:]) or len(rows[0]) not in (width, width - 1):
        return False
    every = [c for r in rows for c in r]
    if any(len(c) > _MAX_CELL for c in every):
        return False
    return sum(1 for c in every if _SENTENCE_END.search(c)) * 2 < len(every)


def find_tables(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Table]]:
    """Take out runs of two or more adjacent lines (no blank line between) that split into
    the same number of cells; a 'Table 1: …' line right above is the caption. The other
    lines come back as they were."""
    tables: list[Table] = []
    taken: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and cells(lines[j][1]) and \
                (j == i or lines[j][0] == lines[j - 1][0] + 1):
            j += 1
        run = [(number, cells(text)) for number, text in lines[i:j]]
        if len(run) >= 2 and _table_like([r for _, r in run]):
            table = Table(run[0][0])
            width = len(run[-1][1])
            table.rows = [(n, [""] * (width - len(r)) + r) for n, r in run]
            above = lines[i - 1] if i else None
            if above and above[0] == run[0][0] - 1 and CAPTION.match(above[1].strip()):
                table.caption = above
                taken.add(above[0])
            taken.update(n for n, _ in run)
            tables.append(table)
        i = max(j, i + 1)
    return [line for line in lines if line[0] not in taken], tables
