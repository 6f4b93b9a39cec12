"""Benchmark the reference parser: k-fold CV on core.xml and extra.xml, field P/R/F1, timings."""

from __future__ import annotations

import argparse
import multiprocessing
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
HARVARD_FIELDS = (*FIELDS, "number", "type")  # also scored on our own examples


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
    if "publisher-place" not in out and _words(item.get("event-place", "")):
        # core.xml's one <location> is a publisher's place or a conference's: the place given
        out["publisher-place"] = _words(item["event-place"])
    # core.xml's <volume> is a volume or a count of volumes ('2 vols.'), its <pages> a cited
    # range or a book's extent ('218 p.'): CSL tells them apart, the gold cannot
    volume = item.get("volume") or item.get("number-of-volumes") or ""
    if re.search(r"\d+", volume):
        out["volume"] = re.search(r"\d+", volume).group()
    page = item.get("page") or item.get("number-of-pages") or ""
    if re.findall(r"\d+", page):
        out["page"] = tuple(re.findall(r"\d+", page)[:2])
    for f in ("URL", "DOI", "number", "type"):
        if item.get(f):
            out[f] = item[f]
    return out


def score(pairs: list[tuple[dict, dict]], fields: tuple[str, ...] = FIELDS
          ) -> dict[str, list[int]]:
    """Per-field [tp, fp, fn] over (gold, predicted) comparable dicts."""
    counts = {f: [0, 0, 0] for f in fields}
    for gold, pred in pairs:
        for f in fields:
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


def _fold(job: tuple[str, int, int, bool]) -> list[tuple[int, dict, dict, int, int]]:
    """Train without fold f of the evaluated set; (index, gold, predicted, tokens right,
    tokens) for its items."""
    name, f, k, use_extra = job
    core = dataset.load(dataset.CORE)
    extra = dataset.load(dataset.EXTRA) if dataset.EXTRA.exists() else []
    evaluated = core if name == "core" else extra
    test = dataset.folds(len(evaluated), k)[f]
    held = set(test)
    rest = [s for i, s in enumerate(evaluated) if i not in held]
    if name == "core":
        training = rest + (train.extra_sequences() if use_extra else [])
    else:  # our Harvard-shaped examples: core.xml plus the other folds of extra.xml
        training = core + rest * train.EXTRA_WEIGHT
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        parser = ReferenceParser(train.train(training, Path(tmp) / "fold.crfsuite"))
        print(f"{name} fold {f + 1}/{k}: trained in {time.perf_counter() - t0:.1f}s",
              file=sys.stderr)
        return [(i, comparable(to_csl(evaluated[i])),
                 comparable(parser.parse(dataset.spans_to_text(evaluated[i]))),
                 *_tokens_right(parser, evaluated[i])) for i in test]


def _tokens_right(parser: ReferenceParser, spans: list[dataset.Span]) -> tuple[int, int]:
    """How many of a string's tokens the tagger (model and token rules) labels as the gold."""
    tokens, gold = dataset.spans_to_tokens(spans)
    _, labels = parser.label(" ".join(tokens))
    return sum(g == p for g, p in zip(gold, labels, strict=True)), len(tokens)


def cross_validate(name: str, k: int, use_extra: bool, errors: int, jobs: int
                   ) -> tuple[dict[str, list[int]], float]:
    """k-fold CV of one data set (folds trained in ``jobs`` processes); per-field counts and
    the token accuracy."""
    with multiprocessing.Pool(jobs) as pool:
        results = sorted(r for fold in pool.map(_fold, [(name, f, k, use_extra)
                                                        for f in range(k)]) for r in fold)
    data = dataset.load(dataset.CORE if name == "core" else dataset.EXTRA)
    fields = FIELDS if name == "core" else HARVARD_FIELDS
    shown = 0
    for i, gold, pred, _, _ in results:
        if shown < errors and any(gold.get(x) != pred.get(x) for x in fields):
            shown += 1
            diff = {x: (gold.get(x), pred.get(x)) for x in fields if gold.get(x) != pred.get(x)}
            print(f"  [{i}] {dataset.spans_to_text(data[i])[:120]}\n      {diff}",
                  file=sys.stderr)
    accuracy = sum(r[3] for r in results) / max(sum(r[4] for r in results), 1)
    return score([(gold, pred) for _, gold, pred, _, _ in results], fields), accuracy


def report(title: str, result: tuple[dict[str, list[int]], float], target: bool) -> None:
    """Print the per-field table (and, for core.xml, the verdict against the targets)."""
    counts, accuracy = result
    print(title)
    print(f"{'field':<16}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    tot = [0, 0, 0]
    below: list[str] = []
    for f in counts:
        tp, fp, fn = counts[f]
        if tp + fp + fn == 0:
            continue
        tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
        p, r, f1 = prf(tp, fp, fn)
        print(f"{f:<16}{tp + fn:>6}{tp + fp:>6}{p:>8.3f}{r:>8.3f}{f1:>8.3f}")
        if f not in ("URL", "DOI") and f1 < 0.95:
            below.append(f"{f} {f1:.3f} ({0.95 - f1:.3f} short)")
    p, r, f1 = prf(*tot)
    print(f"{'micro':<16}{tot[0] + tot[2]:>6}{tot[0] + tot[1]:>6}{p:>8.3f}{r:>8.3f}{f1:>8.3f}")
    if target:
        verdict = "meets" if f1 >= 0.98 else f"BELOW by {0.98 - f1:.3f}"
        print(f"target micro-F1 >= 0.98: {verdict}")
        print("fields below 0.95 (excluding URL/DOI): " + (", ".join(below) or "none"))
    print(f"token accuracy (labels of the tagger and the token rules): {accuracy:.3f}")
    print()


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
    ap.add_argument("--only", choices=("core", "extra"), help="evaluate one data set")
    ap.add_argument("--errors", type=int, default=0, help="print the first N mismatches")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="folds trained in parallel")
    ap.add_argument("-n", type=int, default=60, help="strings for the timing run")
    args = ap.parse_args()

    if args.only != "extra":
        counts = cross_validate("core", args.k, not args.no_extra, args.errors, args.jobs)
        report(f"{args.k}-fold CV on core.xml ({'without' if args.no_extra else 'with'} "
               "extra.xml in training); final CSL-JSON vs gold spans through the same "
               "converter; publisher-place is the place given, a publisher's or a "
               "conference's (event-place), as core.xml's <location> is either",
               counts, target=True)
    if args.only != "core" and dataset.EXTRA.exists():
        counts = cross_validate("extra", args.k, True, args.errors, args.jobs)
        report(f"{args.k}-fold CV on extra.xml, our Harvard-shaped examples (core.xml and "
               "the other folds in training)", counts, target=False)
    if MODEL_PATH.exists():
        load_ms, parse_ms, n = timings(args.n, 7)
        print(f"model load: {load_ms:.1f} ms; parse {n} strings: {parse_ms:.1f} ms "
              f"(median of 7 runs, {parse_ms / n:.2f} ms/string)")


if __name__ == "__main__":
    main()
