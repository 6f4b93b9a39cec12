"""Notes no marker calls that the text cites by author and year: they print only as entries."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T

_WORD = re.compile(r"\w+")


def called_by_name(essay: etree._Element) -> set[str]:
    """Ids of the notes no marker calls whose every work the body cites by author and year
    (an ``xref``, '(Sennrich et al., 2016)' for a numbered list's '[9] Rico Sennrich, …'),
    and whose words are those works' references and nothing else.

    Such a note lives on in the reference list and the author-date citation: printing it
    again under the notes never cited would print the work twice.
    """
    marked = {cite.get("note") for cite in essay.iter(T.q("cite"))}
    named = {x.get("work") for x in essay.iter(T.q("xref")) if x.get("work")}
    found = set()
    for note in T.findall(essay, "notes/note"):
        citations = T.findall(note, "citation")
        if note.get("id") in marked or not citations or \
                any(c.get("work") not in named for c in citations):
            continue
        text = T.find(note, "text")
        rest = " ".join((text.text or "").split()) if text is not None else ""
        for citation in citations:
            source = T.find(citation, "source")
            rest = rest.replace(" ".join(((source.text if source is not None else "")
                                          or "").split()), " ")
        if not _WORD.search(rest):
            found.add(note.get("id"))
    return found
