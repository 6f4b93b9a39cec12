"""Rule split-merged-entries: a reference-list line holding the start of the next entry is
split in two ('… pp. 482–488.MacKenzie, A.F.D. (2013) Places of …')."""

from __future__ import annotations

import re

from .. import tree as T

NAME = "split-merged-entries"

_SURNAME = r"[A-Z\u00c0-\u00de][\w'’-]+(?:\s(?:(?:de|van|von|der|den|du|da|di|la|le)\s)*" \
           r"[A-Z\u00c0-\u00de][\w'’-]+)?"
_INITIALS = r"(?:[A-Z\u00c0-\u00de]\.\s?){1,4}"
_MORE = rf"(?:,?\s(?:and|&)\s|,\s){_SURNAME},\s?{_INITIALS}"  # ', Bhatt, R.' / 'and Lee, K.'
_YEAR = r"\((?:(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.)\)"
# an author-date entry's start: 'MacKenzie, A.F.D. (2013)', 'Sen, A., Bhatt, R. and Lee, K.
# (2020a)', 'Smith, J. (n.d.)'
ENTRY_START = rf"{_SURNAME},\s?{_INITIALS}(?:{_MORE}){{0,6}}(?:,?\s?et al\.)?\s?{_YEAR}"
_OPENS = re.compile(ENTRY_START)
# the next entry glued to the end of one, or after a space: after a full stop, a bracket or a
# closing quotation mark, an entry's start
_NEXT = re.compile(rf"(?<=[.)\]’”\"])\s*(?={ENTRY_START})")


def apply(essay) -> None:
    """Split each reference-list item in which a second author-date entry begins (only where
    the item opens the same way and holds its own year before it), logging each split."""
    sources = T.find(essay, "sources")
    if sources is None:
        return
    split = False
    for item in list(sources):
        while (cut := _cut(item.text or "")) is not None:
            head, tail = item.text[:cut].rstrip(), item.text[cut:].lstrip()
            T.log_change(essay, NAME, int(item.get("line")), item.text, f"{head}\n{tail}")
            item.text = head
            new = T.el("item", id="", line=item.get("line"))
            new.text = tail
            item.addnext(new)
            item, split = new, True
    if split:
        for n, item in enumerate(sources, start=1):
            item.set("id", f"r{n}")


def _cut(text: str) -> int | None:
    """Where the next entry starts in an entry's text, if it does."""
    if not _OPENS.match(text):
        return None
    own_year = _OPENS.match(text).end()
    for match in _NEXT.finditer(text, own_year):
        if match.start() > own_year + 10:
            return match.start()
    return None
