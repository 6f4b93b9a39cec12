"""Word -> label counts learned from training references (lexicon features for the CRF).

Built from the training sequences only (inside each CV fold from that fold's training part),
and saved next to the model (``<model>.lexicon.txt``) so tagging uses the same lexicon.
During training each sequence sees counts with its own contribution removed (leave-one-out),
so the features look on training data as they will on unseen strings.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .tokens import strip_punct

LEX_LABELS = ("author", "editor", "title", "container-title", "journal", "publisher",
              "location", "note", "genre")
MIN_COUNT = 2
MIN_SHARE = 0.3

Lexicon = dict[str, Counter[str]]


def key(tok: str) -> str:
    return strip_punct(tok).lower()


def sequence_counts(tokens: list[str], labels: list[str]) -> Lexicon:
    """Per-word label counts of one sequence (a word counted once per label per sequence)."""
    out: Lexicon = {}
    for tok, lab in zip(tokens, labels, strict=True):
        k = key(tok)
        if len(k) < 2 or k.isdigit():
            continue
        c = out.setdefault(k, Counter())
        c[lab] = 1
    return out


def build(pairs: list[tuple[list[str], list[str]]]) -> Lexicon:
    lex: Lexicon = {}
    for tokens, labels in pairs:
        for k, c in sequence_counts(tokens, labels).items():
            lex.setdefault(k, Counter()).update(c)
    return lex


def word_features(counts: Counter[str] | None) -> dict[str, float]:
    """'lex:<label>' flags for the labels a word mostly carries in the lexicon."""
    if not counts:
        return {}
    total = sum(counts.values())
    if total < MIN_COUNT:
        return {}
    return {f"lex:{lab}": 1.0 for lab, n in counts.items()
            if lab in LEX_LABELS and n >= MIN_COUNT and n / total >= MIN_SHARE}


def lookup(lex: Lexicon, tokens: list[str], minus: Lexicon | None = None
           ) -> list[dict[str, float]]:
    """Lexicon features per token; ``minus`` removes the sequence's own counts."""
    out: list[dict[str, float]] = []
    for tok in tokens:
        k = key(tok)
        c = lex.get(k)
        if c is not None and minus and k in minus:
            c = c - minus[k]
        out.append(word_features(c))
    return out


def path_for(model: Path) -> Path:
    return model.with_suffix(".lexicon.txt")


def save(lex: Lexicon, path: Path) -> None:
    """One word per line: word<TAB>label=count ... (sorted, deterministic)."""
    lines = []
    for k in sorted(lex):
        c = lex[k]
        if sum(c.values()) < MIN_COUNT:
            continue
        lines.append(k + "\t" + " ".join(f"{lab}={n}" for lab, n in sorted(c.items())))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def load(path: Path) -> Lexicon:
    lex: Lexicon = {}
    if not path.exists():
        return lex
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        k, rest = line.split("\t", 1)
        lex[k] = Counter({lab: int(n) for lab, n in (x.rsplit("=", 1) for x in rest.split())})
    return lex
