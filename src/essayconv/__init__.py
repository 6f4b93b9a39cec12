"""essayconv: academic essays pasted as plain text → DOCX, PDF, EPUB, TEI, JATS, Harvard."""

from __future__ import annotations

__version__ = "0.1.0"


def read(path):
    """Read an essay file into its repaired essay tree (see essayconv.pipeline.read)."""
    from .pipeline import read as _read

    return _read(path)


def convert(path, options):
    """Convert one essay file (see essayconv.pipeline.convert)."""
    from .pipeline import convert as _convert

    return _convert(path, options)
