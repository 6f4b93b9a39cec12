"""Tables pasted as columns: lines whose cells stand apart by tabs or runs of spaces, and
Markdown's pipe tables ('| Group | Mean |' over '|---|---|')."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .captions import caption_title, joined
from .lines import CAPTION, is_caption

# a gap between cells: a tab, or three spaces or more (two may follow a sentence's stop)
_GAP = re.compile(r"\t+\s*|\s{3,}")
_MAX_CELL = 60
_PROSE_WORDS = 5
_SENTENCE_END = re.compile(r"[.!?][”’\"')]?$")
# Markdown's line under a pipe table's head: '|---|:---:|', '--- | ---'
_PIPE_RULE = re.compile(r"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$")
_PIPE = re.compile(r"(?<!\\)\|")


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


def pipe_cells(text: str) -> list[str]:
    """A Markdown table row's cells ('| a | b |' or 'a | b'): the outer pipes open and close
    the row, they give no cell; '\\|' is a pipe inside a cell. [] for a line without one."""
    row = text.strip()
    if "|" not in row:
        return []
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    parts = [p.strip().replace("\\|", "|") for p in _PIPE.split(row)]
    return parts if len(parts) > 1 else []


# what opens a list item or a transcript's turn, never the first of a table's two columns:
# '•', '–', '1)', '(a)', 'iv.', 'Q:', 'Interviewer:' (a ranking's '1.' has more columns)
_ITEM_MARK = re.compile(r"^(?:[•·▪◦*–—-]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])$")
_SPEAKER = re.compile(r"^[^\W\d_][\w .'’-]{0,20}:$")
_NUMBER = re.compile(r"^[-+−]?[$£€]?\d[\d,. ]*%?$")


def _content_like(rows: list[list[str]]) -> bool:
    """Rows that read as a table, not as prose typed with wide spaces: short cells, few of
    them closing a sentence, most of them a few words only; no list of items ('•', '1)')
    or transcript ('Q:') in the first column, and no lines that run on in lower case with
    no number anywhere (justified prose from a PDF)."""
    every = [c for r in rows for c in r if c]
    firsts = [r[0] for r in rows if r]
    if max(map(len, rows)) == 2 and sum(1 for c in firsts if _ITEM_MARK.match(c)) * 2 >= len(rows):
        return False  # a list's items
    speakers = [c for c in firsts if _SPEAKER.match(c)]
    said = [len(r[-1].split()) for r in rows if r and _SPEAKER.match(r[0])]
    if max(map(len, rows)) == 2 and speakers and len(speakers) * 2 >= len(rows) and (
            len(set(speakers)) < len(speakers) or sum(said) >= 4 * len(said)):
        return False  # a transcript's turns ('Q:', 'A:', 'Q:'), never 'Participants: 24'
    long_cells = sum(len(c.split()) for c in every) >= 3 * max(len(every), 1)
    lower = sum(1 for r in rows[1:] if r and r[0][:1].islower())
    if rows[1:] and lower * 2 >= len(rows[1:]) and long_cells and \
            not any(_NUMBER.match(c) for c in every):
        return False
    if any(len(c) > _MAX_CELL for c in every):
        return False
    if sum(1 for c in every if len(c.split()) >= _PROSE_WORDS) * 2 > len(every):
        return False  # a page's two columns of prose read straight across
    return sum(1 for c in every if _SENTENCE_END.search(c)) * 2 < len(every)


def _by_tabs(texts: list[str]) -> list[list[str]] | None:
    """Cells apart by one tab each, as a spreadsheet copies them: two tabs in a row are an
    empty cell ('Aston\\t82\\t\\t31'), and a row may lack its last cells (the tabs at a
    line's end are gone) when the head and another row have them all. None unless every line
    has tabs and the rows have one width."""
    if not all("\t" in t for t in texts):
        return None
    rows = [[c.strip() for c in t.split("\t")] for t in texts]
    width = len(rows[0])
    whole = sum(1 for r in rows if len(r) == width)
    if any(len(r) > width for r in rows) or whole < (2 if len(rows) > 2 else len(rows)):
        return None
    return [r + [""] * (width - len(r)) for r in rows]


def _by_gaps(texts: list[str]) -> list[list[str]] | None:
    """Cells apart by gaps, one width (the first row may lack the stub column's cell)."""
    rows = [cells(t) for t in texts]
    width = len(rows[-1])
    if any(len(r) != width for r in rows[1:]) or len(rows[0]) not in (width, width - 1):
        return None
    return [[""] * (width - len(r)) + r for r in rows]


def _by_columns(texts: list[str]) -> list[list[str]] | None:
    """Cells read by where they stand: a column is what lies between two runs of spaces (two
    at least) that are blank on every line, so a row with an empty cell keeps its others in
    their columns ('Carrow              380     22'). None for tabs, or when a column would
    hold two of a line's cells."""
    if any("\t" in t for t in texts):
        return None
    width = max(len(t) for t in texts)
    padded = [t.ljust(width) for t in texts]
    blank = [all(p[k] == " " for p in padded) for k in range(width)]
    spans: list[tuple[int, int]] = []
    start = None
    k = 0
    while k < width:
        if not blank[k]:
            start = k if start is None else start
            k += 1
            continue
        run = k
        while k < width and blank[k]:
            k += 1
        if start is not None and (k - run >= 2 or k >= width):
            spans.append((start, run))
            start = None
    if start is not None:
        spans.append((start, width))
    rows = [[p[a:b].strip() for a, b in spans] for p in padded]
    if len(spans) < 2 or any(_GAP.search(c) for r in rows for c in r):
        return None
    widest = max(len(cells(t)) for t in texts)
    return rows if len(spans) == widest else None


def _gap_table(texts: list[str]) -> list[list[str]] | None:
    """The cells of lines apart by tabs or wide gaps, when they read as a table."""
    for split in (_by_tabs, _by_gaps, _by_columns):
        rows = split(texts)
        if rows is not None:
            # a column empty on every row is tabs typed to align the others ('Area\t\t2019')
            kept = [k for k in range(len(rows[0])) if any(r[k] for r in rows)]
            rows = [[r[k] for k in kept] for r in rows]
            return rows if len(kept) > 1 and _content_like(rows) else None
    return None


def _pipe_run(lines: list[tuple[int, str]], i: int) -> tuple[int, list[tuple[int, list[str]]]]:
    """The Markdown table starting at line i: the end of its run of adjacent lines, and its
    rows (the rule line under the head is no row). A table has a rule line under its first
    row, or every line opens and closes with a pipe. Rows are made one width, empty cells
    added at their ends."""
    j = i
    while j < len(lines) and pipe_cells(lines[j][1]) and \
            (j == i or lines[j][0] == lines[j - 1][0] + 1):
        j += 1
    texts = [text.strip() for _, text in lines[i:j]]
    ruled = len(texts) >= 2 and bool(_PIPE_RULE.match(texts[1]))
    framed = all(t.startswith("|") and t.endswith("|") for t in texts)
    if j - i < 2 or not (ruled or framed):
        return i, []
    run = [(n, pipe_cells(t)) for (n, _), t in zip(lines[i:j], texts, strict=True)
           if not _PIPE_RULE.match(t)]
    width = max(len(r) for _, r in run)
    return j, [(n, r + [""] * (width - len(r))) for n, r in run]


def _caption(lines: list[tuple[int, str]], i: int, first: int) -> list[tuple[int, str]]:
    """The caption lines above the table whose first row is line ``first`` (lines[i] is the
    line after them): a 'Table 1: …' line right above or one blank line above, or a bare
    label ('Table 2') over the title line ('Spending by age band') as APA sets them; Word
    pastes a blank line under each (label, blank, title, blank, rows), the title then a
    short line with no full stop (see captions.py)."""
    if i == 0 or lines[i - 1][0] < first - 2:
        return []
    above = lines[i - 1]
    if is_caption(above[1].strip()):
        return [above]
    label = lines[i - 2] if i >= 2 else None
    if label is None or not CAPTION.match(label[1].strip()) or cells(above[1]) or \
            not label[1].strip().lower().startswith("table") or len(label[1].split()) > 2:
        return []
    if label[0] == above[0] - 1 or (label[0] == above[0] - 2 and caption_title(above[1])):
        return [label, above]
    return []


def find_tables(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Table]]:
    """Take out runs of two or more adjacent lines (no blank line between) that split into
    the same number of cells, and Markdown pipe tables; a 'Table 1: …' line above is the
    caption. The other lines come back as they were."""
    tables: list[Table] = []
    taken: set[int] = set()
    i = 0
    while i < len(lines):
        j, run = _pipe_run(lines, i)
        if not run:
            j = i
            while j < len(lines) and cells(lines[j][1]) and \
                    (j == i or lines[j][0] == lines[j - 1][0] + 1):
                j += 1
            rows = _gap_table([text for _, text in lines[i:j]]) if j - i >= 2 else None
            run = list(zip([n for n, _ in lines[i:j]], rows, strict=True)) if rows else []
        if run:
            table = Table(run[0][0], run)
            caption = _caption(lines, i, lines[i][0])
            if caption:
                label = caption[0][1].strip()
                title = " ".join(text.strip() for _, text in caption[1:])
                table.caption = (caption[0][0], joined(label, title) if title else label)
                taken.update(n for n, _ in caption)
            taken.update(n for n, _ in lines[i:j])
            tables.append(table)
        i = max(j, i + 1)
    return [line for line in lines if line[0] not in taken], tables
