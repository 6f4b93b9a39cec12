"""Rule strip-backlinks: web back-link arrows (↩) pasted at the end of notes are removed."""

from __future__ import annotations

import re

from .text import substitute

NAME = "strip-backlinks"
BACKLINK = re.compile(r"\s*[↩↑⤴]\ufe0e?(?=\s*$)")


def apply(essay) -> None:
    """Remove trailing back-link arrows from every text run."""
    substitute(essay, NAME, BACKLINK, lambda match: "")
