"""Rule numbered-sources: a numbered list of references no marker calls, in an essay that
cites by author and year, is the reference list.

Blog and LinkedIn posts number their ``Sources`` (``1. Barrero, J. M., … (2021). …``) and
cite them in the text by name and year (``Barrero, Bloom and Davis (2021)``, ``(Moreno et
al., 2021)``). Read as notes, the list would print twice: as notes never cited, and as the
reference list its works make. When no marker in the text calls a note, every note is a
dated reference (or a bare web address), and the text names the first authors of half the
dated ones at least with their year, the notes become the reference list's entries, in their
order: the numbers are dropped, each logged.
"""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T

NAME = "numbered-sources"
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d[a-z]?\b")
_ADDRESS = re.compile(r"^(?:https?://|www\.|doi:)\S+$", re.I)
# a name's word before the year: 'Barrero', 'Van Nieuwerburgh', 'Kastle Systems' (never an
# initial 'J.')
_NAME_WORD = re.compile(r"\b[A-Z\u00c0-\u00de][\w'’-]*[a-z\u00df-\u00ff][\w'’-]*")


def apply(essay: etree._Element) -> None:
    """Turn the notes into the reference list when they are an author-date essay's sources."""
    notes = T.find(essay, "notes")
    if notes is None or T.find(essay, "sources") is not None or \
            any(True for _ in essay.iter(T.q("cite"))):
        return
    entries = [(note, _text(note)) for note in T.findall(notes, "note")]
    dated = [text for _, text in entries if _YEAR.search(text)]
    if not dated or any(not _YEAR.search(text) and not _ADDRESS.match(text)
                        for _, text in entries):
        return
    words = body_words(essay)
    if sum(cited_by_name(text, words) for text in dated) * 2 < len(dated):
        return
    sources = T.el("sources", heading=notes.get("heading"), line=notes.get("line"))
    for index, (note, text) in enumerate(entries, start=1):
        T.sub(sources, "item", text, id=f"r{index}", line=note.get("line"))
        T.log_change(essay, NAME, int(note.get("line")), f"{note.get('n')}. {text[:60]}",
                     text[:60])
    notes.addnext(sources)
    notes.getparent().remove(notes)


def body_words(essay: etree._Element) -> str:
    """The body's words on one line, as the author-date citations are searched in."""
    body = T.find(essay, "body")
    return " ".join(" ".join(body.itertext()).split()) if body is not None else ""


def _text(note: etree._Element) -> str:
    text = T.find(note, "text")
    return " ".join((text.text or "").split()) if text is not None else ""


def cited_by_name(entry: str, words: str) -> bool:
    """Does the text name one of the entry's first names with the entry's year, as an
    author-date citation does ('Ramani and Bloom (2021)', '(Moreno et al., 2021)')?"""
    year = _YEAR.search(entry)
    if year is None:
        return False
    names = _NAME_WORD.findall(entry[:year.start()])[:4]
    plain = year.group()[:4]
    return any(re.search(rf"\b{re.escape(name)}\b(?:[^.;()]|\bal\.|\()" rf"{{0,60}}?\b{plain}",
                         words) for name in names)
