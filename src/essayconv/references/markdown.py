"""Markdown's emphasis marks in a pasted reference: '*The Title*', '_Nature_', '**Title**'.

A reference copied from a Markdown file (or a chat) marks its italic title with asterisks or
underscores. The Harvard list sets a book's or a journal's title in italics itself, so the
marks go before the reference is parsed and never reach a title (CSL-JSON, RIS, the list).
Only a pair around words is a mark: opening after a space or an opening bracket and before a
letter, closing after a word and before a space or punctuation; a lone asterisk (an author's
note, 'Smith, J.*'), 'NIPS*92' and a URL's underscores stay.
"""

from __future__ import annotations

import re

__all__ = ["EMPHASIS", "without_emphasis"]

_EMPHASIS = re.compile(
    r"(?<![^\s(\[“‘\"'])(?P<mark>\*\*|\*|__|_)(?=[^\W\d_]|[\d“‘\"'(])"
    r"(?P<words>[^*_\n]*?[\w.?!)”’\"'])(?P=mark)(?=[\s.,;:)\]”’\"']|$)")


EMPHASIS = _EMPHASIS  # the body's emphasis is read with it too (reader/markdown_blocks.py)


def without_emphasis(reference: str) -> str:
    """The reference without Markdown's emphasis marks ('*The Title*.' → 'The Title.')."""
    return _EMPHASIS.sub(lambda m: m.group("words"), reference)
