"""Test helpers: the essay trees every writer must handle (read once per process), and small
essays written, read and enriched on the spot."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from lxml import etree

from essayconv import tree as T
from essayconv.writers import WriteOptions

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "enriched-sample.xml"
SEED = ROOT / "input" / "never-again-yet-again.txt"
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))


@cache
def trees() -> dict[str, etree._Element]:
    """The trees every XML writer must handle, by name.

    sample: the hand-written enriched sample; seed: the seed read and enriched (author-date);
    seed-notes: the seed in notes mode; seed-raw: the seed only read (no citation style);
    03/04/05: the dev essays read and enriched. Writers must not modify them.
    """
    from essayconv.pipeline import enrich, read

    found = {"sample": etree.parse(str(SAMPLE)).getroot(),
             "seed": enrich(read(SEED), WriteOptions()),
             "seed-notes": enrich(read(SEED), WriteOptions(citations="notes")),
             "seed-raw": read(SEED)}
    for path in CORPUS:
        found[path.name[:2]] = enrich(read(path), WriteOptions())
    return found


def enriched(folder: Path, text: str, options: WriteOptions | None = None,
             name: str = "essay.txt") -> etree._Element:
    """The tree of an essay written as text into folder, then read and enriched."""
    from essayconv.pipeline import enrich, read

    path = folder / name
    path.write_text(text, encoding="utf-8")
    return enrich(read(path), options or WriteOptions())


def text(node: etree._Element) -> str:
    """The text of an element with white space collapsed."""
    return re.sub(r"\s+", " ", "".join(node.itertext())).strip()


def cite_count(essay: etree._Element) -> int:
    """How many citation markers the essay's body holds."""
    return sum(1 for _ in T.find(essay, "body").iter(T.q("cite")))


def essay_of(folder: Path, text: str) -> etree._Element:
    """The essay tree read from text written to a file in folder."""
    from essayconv.pipeline import read

    path = folder / "essay.txt"
    path.write_text(text, encoding="utf-8")
    return read(path)


def changes(essay: etree._Element, rule: str) -> list[tuple[int, str, str]]:
    """The logged changes of one rule as (line, before, after)."""
    return [(int(c.get("line")), c[0].text, c[1].text or "")
            for c in T.findall(essay, "changes/change") if c.get("rule") == rule]


def authors(essay: etree._Element) -> list[str]:
    """The names of the essay's authors."""
    return [T.find(a, "name").text for a in T.findall(essay, "meta/author")]


def infos(essay: etree._Element) -> list[tuple[str, str]]:
    """The essay's header facts as (name, text)."""
    return [(i.get("name"), i.text) for i in T.findall(essay, "meta/info")]


def headings(essay: etree._Element) -> list[str | None]:
    """Each body section's heading (None for a section without one)."""
    return [h.text if (h := T.find(s, "heading")) is not None else None
            for s in T.findall(essay, "body/section")]
