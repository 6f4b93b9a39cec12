"""Rule strip-backlinks: web back-links pasted with notes are removed.

Arrows (↩) at the end of a note; Wikipedia's caret and its letters ("^ a b") at its start.
"""

from __future__ import annotations

import re

from .text import substitute

NAME = "strip-backlinks"
BACKLINK = re.compile(r"\s*[↩↑⤴]\ufe0e?(?=\s*$)|^\^(?:(?:\s+[a-z]){2,}(?=\s))?\s+(?=\S)")


def apply(essay) -> None:
    """Remove trailing back-link arrows from every text run."""
    substitute(essay, NAME, BACKLINK, lambda match: "")
