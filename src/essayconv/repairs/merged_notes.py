"""Rule split-merged-notes: a note line holding the start of the next note is split in two."""

from __future__ import annotations

import re

from .. import tree as T
from ..reader.gluednotes import glued_call

NAME = "split-merged-notes"


def apply(essay) -> None:
    """Split '… background. [7] Des Forges …' into note 6 and a new note 7; also a marker
    glued to the sentence before it, '… pp. 390–401.[15] India …' (after a full stop, a
    closing bracket or quotation mark only: the next number, never a reference's own); and
    a plain number glued after a note's closing full stop, '… S. 5.10 Ebd., S. 7.', when it
    is the note due next and the list goes on with the one after it (or, ending the list,
    the body calls it: '…Erinnernden.10')."""
    notes = T.find(essay, "notes")
    if notes is None:
        return
    numbers = {note.get("n") for note in notes}
    body = None
    for note in list(notes):
        while True:
            text_node = T.find(note, "text")
            following = int(note.get("n")) + 1 if note.get("n").isdigit() else None
            if following is None or str(following) in numbers:
                break
            text = text_node.text or ""
            match = re.search(rf"(?:\s|(?<=[.!?)”\"’»]))\[{following}\]\s+(?=\S)", text)
            if not match and (glued := glued_call(text, following)):
                if str(following + 1) in numbers or note.getnext() is None and _called(
                        body := body if body is not None else _body_text(essay), following):
                    match = glued
            if not match:
                break
            head, tail = text[: match.start()], text[match.end() :]
            line = int(note.get("line"))
            T.log_change(essay, NAME, line, text, f"{head}\n[{following}] {tail}")
            text_node.text = head
            new = T.el("note", id=f"n{following}", n=following, line=line)
            T.sub(new, "text", tail)
            note.addnext(new)
            numbers.add(str(following))
            note = new


def _body_text(essay) -> str:
    """The essay's running text (no notes, no references) with its markers as '[n]'."""
    body = T.find(essay, "body")
    if body is None:
        return ""
    parts = []
    for piece in body.iter():
        if piece.tag == T.q("cite") and piece.get("n"):
            parts.append(f"[{piece.get('n')}]")
        else:
            parts.append(piece.text or "")
        parts.append(piece.tail or "")
    return " ".join(parts)


def _called(body: str, number: int) -> bool:
    """Does the body call note ``number``, as '[n]' or glued to a word ('Erinnernden.10')?"""
    return re.search(rf"\[{number}\]|(?<=[^\W\d_])[.,;:!?)”\"’»]?{number}(?!\d)", body) is not None
