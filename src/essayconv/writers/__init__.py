"""Writer registry: output formats found through the 'essayconv.writers' entry-point group."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import entry_points
from typing import Protocol

from lxml import etree

from ..errors import UsageError

GROUP = "essayconv.writers"


@dataclass
class WriteOptions:
    """What a writer may need beyond the tree: style choices and profile values."""

    style: str = "harvard"
    citations: str = "author-date"
    pdf_variant: str | None = "pdf/ua-1"
    extra: dict[str, str] = field(default_factory=dict)
    restyle_citations: bool = False  # rewrite the author's own in-text citations in the style
    source_mtime: float | None = None  # the input file's modification time (EPUB's modified)


class Writer(Protocol):
    """An output format: a name, a file extension, and a function of tree and options."""

    name: str
    extension: str
    binary: bool

    def write(self, essay: etree._Element, options: WriteOptions) -> str | bytes: ...


@cache
def _entry_points() -> dict:
    return {point.name: point for point in entry_points(group=GROUP)}


def available() -> list[str]:
    """Names of every registered writer, sorted."""
    return sorted(_entry_points())


@cache
def get(name: str) -> Writer:
    """The writer registered under name; a UsageError listing the others if there is none."""
    points = _entry_points()
    if name not in points:
        raise UsageError(f"unknown format '{name}'; available: {', '.join(available())}")
    return points[name].load()()


def resolve_formats(spec: str) -> list[str]:
    """Turn 'pdf,docx' or 'all' into a list of writer names, checking each exists."""
    names = available() if spec.strip() == "all" else [n.strip() for n in spec.split(",") if n]
    for name in names:
        get(name)
    return names
