"""References: split notes into citations, parse full references, link them to CSL-JSON works."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .linking import Diagnostic, Linked, link_citations
from .notes import parse_note, split_citations

if TYPE_CHECKING:
    from .parser import parse_reference

__all__ = ["Diagnostic", "Linked", "link_citations", "parse_note", "parse_reference",
           "split_citations"]


def __getattr__(name: str) -> Any:
    # The parser pulls in pycrfsuite and its model: import it only when first asked for.
    if name == "parse_reference":
        from .parser import parse_reference

        return parse_reference
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
