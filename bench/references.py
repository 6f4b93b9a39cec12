"""Benchmark: the seed's references — model load, parse+link of all notes, one citeproc call."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from essayconv import tree as T
from essayconv.pipeline import read
from essayconv.references import link_citations, parse_note
from essayconv.transforms.references import add_references
from essayconv.transforms.rendering import render_citations

SEED = Path(__file__).resolve().parent.parent / "input" / "never-again-yet-again.txt"
RUNS = 5


def median_ms(action) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    from essayconv.references.parser import default_parser

    start = time.perf_counter()
    default_parser()
    load_ms = (time.perf_counter() - start) * 1000
    essay = read(SEED)
    notes = [(n.get("id"), T.find(n, "text").text) for n in T.findall(essay, "notes/note")]

    def parse_and_link() -> None:
        link_citations([(note_id, parse_note(text)) for note_id, text in notes])

    link_ms = median_ms(parse_and_link)
    trees = [read(SEED) for _ in range(RUNS)]
    for tree in trees:
        add_references(tree)
    pending = iter(trees)
    render_ms = median_ms(lambda: render_citations(next(pending), "harvard", "author-date",
                                                   "en-GB"))
    print(f"model load                         {load_ms:8.1f} ms   (target < 200 ms)")
    print(f"parse + link all {len(notes)} notes          {link_ms:8.1f} ms   "
          f"(median of {RUNS}; target < 100 ms)")
    print(f"citeproc render (one pandoc call)  {render_ms:8.1f} ms   (median of {RUNS})")


if __name__ == "__main__":
    main()
