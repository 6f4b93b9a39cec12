"""Rule split-merged-notes: a note line holding the start of the next note is split in two."""

from __future__ import annotations

import re

from .. import tree as T

NAME = "split-merged-notes"


def apply(essay) -> None:
    """Split '… background. [7] Des Forges …' into note 6 and a new note 7; also a marker
    glued to the sentence before it, '… pp. 390–401.[15] India …' (after a full stop, a
    closing bracket or quotation mark only: the next number, never a reference's own)."""
    notes = T.find(essay, "notes")
    if notes is None:
        return
    numbers = {note.get("n") for note in notes}
    for note in list(notes):
        while True:
            text_node = T.find(note, "text")
            following = int(note.get("n")) + 1 if note.get("n").isdigit() else None
            if following is None or str(following) in numbers:
                break
            match = re.search(rf"(?:\s|(?<=[.!?)”\"’»]))\[{following}\]\s+(?=\S)",
                              text_node.text or "")
            if not match:
                break
            head, tail = text_node.text[: match.start()], text_node.text[match.end() :]
            line = int(note.get("line"))
            T.log_change(essay, NAME, line, text_node.text, f"{head}\n[{following}] {tail}")
            text_node.text = head
            new = T.el("note", id=f"n{following}", n=following, line=line)
            T.sub(new, "text", tail)
            note.addnext(new)
            numbers.add(str(following))
            note = new
