"""Benchmark the CRF reference parser: 5-fold CV on core.xml, field P/R/F1 and timings."""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from essayconv.references import dataset, train  # noqa: E402
from essayconv.references.names import is_initials  # noqa: E402
from essayconv.references.parser import MODEL_PATH, ReferenceParser  # noqa: E402
from essayconv.references.spans import to_csl  # noqa: E402

FIELDS = ("author", "editor", "issued", "title", "container-title", "publisher",
          "publisher-place", "volume", "page", "URL", "DOI")


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.lower()))


def _name_words(names: list[dict[str, str]]) -> frozenset[str]:
    out: set[str] = set()
    for n in names:
        for part in (n.get("family", ""), n.get("given", ""), n.get("literal", "")):
            for w in part.split():
                if not is_initials(w):
                    out.update(_words(w))
    return frozenset(out)


def comparable(item: dict[str, Any]) -> dict[str, Any]:
    """Reduce a CSL item to the values compared field by field."""
    out: dict[str, Any] = {}
    for role in ("author", "editor"):
        if item.get(role):
            words = _name_words(item[role])
            if words:
                out[role] = words
    issued = item.get("issued", {})
    if "date-parts" in issued:
        out["issued"] = issued["date-parts"][0][0]
    elif "literal" in issued:
        out["issued"] = issued["literal"]
    for f in ("title", "container-title", "publisher", "publisher-place"):
        if item.get(f) and _words(item[f]):
            out[f] = _words(item[f])
    if item.get("volume") and re.search(r"\d+", item["volume"]):
        out["volume"] = re.search(r"\d+", item["volume"]).group()
    if item.get("page") and re.findall(r"\d+", item["page"]):
        out["page"] = tuple(re.findall(r"\d+", item["page"])[:2])
    for f in ("URL", "DOI"):
        if item.get(f):
            out[f] = item[f]
    return out


def score(pairs: list[tuple[dict, dict]]) -> dict[str, list[int]]:
    """Per-field [tp, fp, fn] over (gold, predicted) comparable dicts."""
    counts = {f: [0, 0, 0] for f in FIELDS}
    for gold, pred in pairs:
        for f in FIELDS:
            g, p = gold.get(f), pred.get(f)
            if g is not None and p is not None and g == p:
                counts[f][0] += 1
            else:
                if p is not None:
                    counts[f][1] += 1
                if g is not None:
                    counts[f][2] += 1
    return counts


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cross_validate(k: int, use_extra: bool, errors: int) -> dict[str, list[int]]:
    core = dataset.load(dataset.CORE)
    extra = train.extra_sequences() if use_extra and dataset.EXTRA.exists() else []
    pairs: list[tuple[dict, dict]] = []
    shown = 0
    with tempfile.TemporaryDirectory() as tmp:
        for f, test_idx in enumerate(dataset.folds(len(core), k)):
            test = set(test_idx)
            t0 = time.perf_counter()
            model = train.train([s for i, s in enumerate(core) if i not in test] + extra,
                                Path(tmp) / f"fold{f}.crfsuite")
            parser = ReferenceParser(model)
            print(f"fold {f + 1}/{k}: trained in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
            for i in test_idx:
                gold = comparable(to_csl(core[i]))
                pred = comparable(parser.parse(dataset.spans_to_text(core[i])))
                pairs.append((gold, pred))
                if shown < errors and gold != pred:
                    shown += 1
                    diff = {x: (gold.get(x), pred.get(x)) for x in FIELDS
                            if gold.get(x) != pred.get(x)}
                    print(f"  [{i}] {dataset.spans_to_text(core[i])[:120]}\n      {diff}",
                          file=sys.stderr)
    return score(pairs)


def timings(n: int, runs: int) -> tuple[float, float, int]:
    """Model load time (ms) and median time (ms) to parse n strings."""
    t0 = time.perf_counter()
    parser = ReferenceParser(MODEL_PATH)
    load_ms = (time.perf_counter() - t0) * 1000
    texts = [dataset.spans_to_text(s) for s in dataset.load(dataset.CORE)[:n]]
    parser.parse(texts[0])
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for t in texts:
            parser.parse(t)
        times.append((time.perf_counter() - t0) * 1000)
    return load_ms, statistics.median(times), len(texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-k", type=int, default=5)
    ap.add_argument("--no-extra", action="store_true", help="do not add extra.xml to training")
    ap.add_argument("--errors", type=int, default=0, help="print the first N mismatches")
    ap.add_argument("-n", type=int, default=60, help="strings for the timing run")
    args = ap.parse_args()

    counts = cross_validate(args.k, not args.no_extra, args.errors)
    print(f"{args.k}-fold CV on core.xml ({'with' if not args.no_extra else 'without'} "
          "extra.xml in training); final CSL-JSON vs gold spans through the same converter")
    print(f"{'field':<16}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    tot = [0, 0, 0]
    below: list[str] = []
    for f in FIELDS:
        tp, fp, fn = counts[f]
        tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
        p, r, f1 = prf(tp, fp, fn)
        print(f"{f:<16}{tp + fn:>6}{tp + fp:>6}{p:>8.3f}{r:>8.3f}{f1:>8.3f}")
        if f not in ("URL", "DOI") and f1 < 0.95:
            below.append(f"{f} {f1:.3f} ({0.95 - f1:.3f} short)")
    p, r, f1 = prf(*tot)
    print(f"{'micro':<16}{tot[0] + tot[2]:>6}{tot[0] + tot[1]:>6}{p:>8.3f}{r:>8.3f}{f1:>8.3f}")
    verdict = "meets" if f1 >= 0.98 else f"BELOW by {0.98 - f1:.3f}"
    print(f"target micro-F1 >= 0.98: {verdict}")
    print("fields below 0.95 (excluding URL/DOI): " + (", ".join(below) or "none"))
    if MODEL_PATH.exists():
        load_ms, parse_ms, n = timings(args.n, 7)
        print(f"model load: {load_ms:.1f} ms; parse {n} strings: {parse_ms:.1f} ms "
              f"(median of 7 runs, {parse_ms / n:.2f} ms/string)")


if __name__ == "__main__":
    main()
