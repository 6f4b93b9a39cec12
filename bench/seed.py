"""Benchmark every registered writer on the seed essay, and the PDF writer against WeasyPrint."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from weasyprint import HTML  # noqa: E402

from essayconv.pipeline import enrich, read  # noqa: E402
from essayconv.writers import WriteOptions, available, get  # noqa: E402
from essayconv.writers.html import STYLES, html_document  # noqa: E402
from essayconv.writers.pdf import PdfWriter, render_options  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "input" / "never-again-yet-again.txt"
TARGET = 0.15


def median_seconds(action: Callable[[], object], runs: int) -> float:
    """Median wall time of runs calls, after one warm-up call."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def paired_times(first: Callable[[], object], second: Callable[[], object],
                 runs: int) -> tuple[list[float], list[float]]:
    """Wall times of two actions timed alternately, so machine load hits both alike."""
    first(), second()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for action, bucket in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            action()
            bucket.append(time.perf_counter() - start)
    return times


def main() -> int:
    """Print one line per writer, then the PDF writer's overhead over WeasyPrint alone."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    options = WriteOptions()
    start = time.perf_counter()
    essay = enrich(read(SEED), options)
    print(f"{'read + enrich':<16} {time.perf_counter() - start:8.3f} s (once)")
    names = available()
    for name in names:
        writer = get(name)
        seconds = median_seconds(lambda w=writer: w.write(essay, options), args.runs)
        print(f"{name:<16} {seconds:8.3f} s  (median of {args.runs})")
    pdf = get("pdf") if "pdf" in names else PdfWriter()
    html = html_document(essay, options, target="pdf")
    base_url = STYLES.resolve().as_uri() + "/"
    settings = render_options(options)
    ours, alone = paired_times(
        lambda: pdf.write(essay, options),
        lambda: HTML(string=html, base_url=base_url).write_pdf(**settings), args.runs)
    print(f"{'pdf (paired)':<16} {statistics.median(ours):8.3f} s  (median; best "
          f"{min(ours):.3f} s; {args.runs} runs alternating with the next line)")
    print(f"{'weasyprint alone':<16} {statistics.median(alone):8.3f} s  (median; best "
          f"{min(alone):.3f} s; same HTML and variant {options.pdf_variant}, default fetcher)")
    by_median = statistics.median(ours) / statistics.median(alone) - 1
    by_best = min(ours) / min(alone) - 1
    verdict = "ok" if by_best < TARGET else "OVER TARGET"
    print(f"pdf writer overhead over WeasyPrint alone: {by_best:+.1%} on best runs, "
          f"{by_median:+.1%} on medians (target < {TARGET:.0%}, judged on best runs, "
          f"which machine load cannot inflate): {verdict}")
    return 0 if by_best < TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
