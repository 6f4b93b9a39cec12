"""A figure's or table's bare label over its title line ('Figure 1' / 'Mean GPA by Sleep
Group'), as APA sets them and Word pastes them, a blank line or none between: one caption,
never a section heading under a lone label."""

from __future__ import annotations

import re

from .lines import CAPTION, is_caption, is_heading, reference_heading

# a label alone on its line: 'Table 1', 'Figure 2.', 'TABLE II', 'Fig. 3:'
_BARE_LABEL = re.compile(CAPTION.pattern + r"[.:]?$", re.IGNORECASE)
# a paper's parts, which head sections even right under a label without a title
_PARTS = frozenset(
    "introduction background literature review method methods methodology participants "
    "procedure materials results findings analysis discussion limitations conclusion "
    "conclusions summary abstract acknowledgements acknowledgments appendix".split())


def bare_label(text: str) -> bool:
    """A figure's or table's label alone on its line ('Table 1', 'Figure 2.')."""
    return bool(_BARE_LABEL.match(text.strip()))


def caption_title(text: str) -> bool:
    """A line that can be a label's title: short, no sentence (no closing full stop), no
    table row, no label of its own and no paper's part ('Results') or reference heading."""
    words = text.strip()
    return is_heading(text) and "\t" not in words and not re.search(r"\s{3,}", words) and \
        not CAPTION.match(words) and not is_caption(words) and \
        words.lower() not in _PARTS and not reference_heading(words)


def joined(label: str, title: str) -> str:
    """The one caption of a label and its title: 'Table 1: Mean scores' ('Figure 1. Mean
    scores' when the label ends in a stop or colon)."""
    label, title = label.strip(), title.strip()
    return f"{label} {title}" if label[-1:] in ".:" else f"{label}: {title}"


def join_labels(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Join each bare label standing alone (a blank line above it, or first) to the title
    line under it (right under it, or one blank line between): one caption line, numbered
    as the label's line. Run after the tables took their own captions."""
    out: list[tuple[int, str]] = []
    skip = False
    for index, (number, text) in enumerate(lines):
        if skip:
            skip = False
            continue
        after = lines[index + 1] if index + 1 < len(lines) else None
        alone = index == 0 or lines[index - 1][0] < number - 1
        if alone and after is not None and after[0] <= number + 2 and bare_label(text) and \
                caption_title(after[1]):
            out.append((number, joined(text, after[1])))
            skip = True
        else:
            out.append((number, text))
    return out
