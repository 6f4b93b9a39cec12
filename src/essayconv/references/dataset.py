"""Load AnyStyle-format labelled reference strings (core.xml, extra.xml)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

DATA_DIR = Path(__file__).parent / "data"
CORE = DATA_DIR / "core.xml"
EXTRA = DATA_DIR / "extra.xml"

# Labels kept as they are; everything else is merged into one of these.
LABELS = (
    "author", "editor", "translator", "date", "title", "container-title", "journal",
    "volume", "pages", "publisher", "location", "edition", "genre", "note", "url", "doi",
    "number", "citation-number",
)
MERGE = {
    "collection-title": "note",
    "source": "note",
    "isbn": "note",
    "director": "author",
    "producer": "note",
    "medium": "note",
}

Span = tuple[str, str]  # (label, text)


def normalise_label(tag: str) -> str:
    """Map a dataset tag onto the label set used by the model."""
    if tag in LABELS:
        return tag
    return MERGE.get(tag, "note")


def load(path: Path = CORE) -> list[list[Span]]:
    """Return each <sequence> as a list of (label, text) spans, whitespace-normalised."""
    root = etree.parse(str(path)).getroot()
    out: list[list[Span]] = []
    for seq in root.iter("sequence"):
        spans: list[Span] = []
        for el in seq:
            if not isinstance(el.tag, str):
                continue
            text = " ".join((el.text or "").split())
            if text:
                spans.append((normalise_label(el.tag), text))
        if spans:
            out.append(spans)
    return out


def spans_to_tokens(spans: list[Span], bio: bool = False) -> tuple[list[str], list[str]]:
    """Split spans into whitespace tokens with one label per token (``B-``/``I-`` if bio)."""
    tokens: list[str] = []
    labels: list[str] = []
    for label, text in spans:
        for k, tok in enumerate(text.split()):
            tokens.append(tok)
            labels.append((("B-" if k == 0 else "I-") + label) if bio else label)
    return tokens, labels


def spans_to_text(spans: list[Span]) -> str:
    """Rebuild the reference string from its spans."""
    return " ".join(text for _, text in spans)


def folds(n: int, k: int = 5) -> list[list[int]]:
    """Deterministic k folds over n items (round-robin by index)."""
    return [[i for i in range(n) if i % k == f] for f in range(k)]
