"""Rule check-markers: every body marker must resolve to a note; uncited or empty notes warn."""

from __future__ import annotations

from .. import tree as T
from .numbered_sources import body_words, cited_by_name

NAME = "check-markers"


def apply(essay) -> None:
    """Report unresolved markers as errors, notes never cited (by marker, or by author and
    year) or left empty as warnings."""
    note_ids = {note.get("id") for note in T.findall(essay, "notes/note")}
    cited = set()
    for cite in essay.iter(T.q("cite")):
        if cite.get("note") in note_ids:
            cited.add(cite.get("note"))
        else:
            message = f"marker [{cite.get('n')}] has no note {cite.get('n')} in the notes list"
            T.diagnose(essay, "error", NAME, message, int(cite.get("line")))
    words = None
    for note in T.findall(essay, "notes/note"):
        text = T.find(note, "text")
        if note.get("id") not in cited:
            words = body_words(essay) if words is None else words
            if cited_by_name(" ".join((text.text or "").split()) if text is not None else "",
                             words):  # '[9] Rico Sennrich, … 2016' as '(Sennrich et al., 2016)'
                continue
            message = f"note {note.get('n')} is never cited in the text"
            T.diagnose(essay, "warning", NAME, message, int(note.get("line")))
        if text is None or not any(c.isalnum() for c in text.text or ""):
            message = f"note {note.get('n')} is empty: it gives no reference"
            T.diagnose(essay, "warning", NAME, message, int(note.get("line")))
