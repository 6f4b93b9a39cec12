"""Train the CRF reference parser: ``python -m essayconv.references.train``."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pycrfsuite

from . import dataset, lexicon
from .features import sequence_features

MODEL_DIR = Path(__file__).parent / "model"
MODEL_PATH = MODEL_DIR / "refparser.crfsuite"
EXTRA_WEIGHT = 3
PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 400, "feature.possible_transitions": True}


def train(sequences: list[list[dataset.Span]], out: Path) -> Path:
    """Train on span sequences and write the model file (deterministic L-BFGS).

    Labels are B-/I- prefixed so span boundaries are learned; the word->label lexicon is
    built from these sequences only and written next to the model (``lexicon.path_for``).
    """
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(PARAMS)
    pairs = [dataset.spans_to_tokens(spans) for spans in sequences]
    unique = {tuple(spans): pair for spans, pair in zip(sequences, pairs, strict=True)}
    lex = lexicon.build(list(unique.values()))  # repeated extra.xml examples count once
    for spans, (tokens, plain) in zip(sequences, pairs, strict=True):
        _, labels = dataset.spans_to_tokens(spans, bio=True)
        own = lexicon.sequence_counts(tokens, plain)
        trainer.append(sequence_features(tokens, lexicon.lookup(lex, tokens, own)), labels)
    out.parent.mkdir(parents=True, exist_ok=True)
    lexicon.save(lex, lexicon.path_for(out))
    trainer.train(str(out))
    return out


def training_sequences(include_extra: bool = True) -> list[list[dataset.Span]]:
    """core.xml plus (optionally) our own extra.xml examples."""
    seqs = dataset.load(dataset.CORE)
    if include_extra and dataset.EXTRA.exists():
        seqs += extra_sequences()
    return seqs


def extra_sequences() -> list[list[dataset.Span]]:
    """Our Harvard-shaped examples, repeated EXTRA_WEIGHT times (they are few)."""
    return dataset.load(dataset.EXTRA) * EXTRA_WEIGHT


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--no-extra", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()
    seqs = training_sequences(not args.no_extra)
    train(seqs, args.out)
    print(f"trained on {len(seqs)} sequences in {time.perf_counter() - t0:.1f}s -> {args.out}")


if __name__ == "__main__":
    main()
