"""Rule numeric-markers: a numeric style's range and located calls become markers.

IEEE writes a range of references as two markers joined by a dash, ``[2]–[4]``: it cites 2,
3 and 4 (the markers between are added, the three print as one citation); a list, ``[2],
[5]``, is one citation of both; and a call with
the place cited, ``[5, Ch. 4]``, ``[5, p. 12]``, ``[5, Fig. 3]``, ``[5, pp. 3–7]``: a marker
of note 5 whose ``locator`` is the place as written. Only notes the list holds, and only a
range up to 30 notes long, rising.
"""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T
from ..references.locators import LOCATOR

NAME = "numeric-markers"
_DASH = re.compile(r"\s*[-–—]\s*")
_COMMA = re.compile(r"\s*,\s*")
_LOCATED = re.compile(r"\[(?P<n>\d{1,3}),\s*(?P<locator>[^\[\]]{2,40}?)\]")
_HOLDERS = ("p", "caption", "cell", "heading", "item")


def apply(essay: etree._Element) -> None:
    """Add the markers between a range's two, and make located calls markers."""
    notes = {note.get("n") for note in T.findall(essay, "notes/note")}
    if not notes:
        return
    for holder in [e for name in _HOLDERS for e in essay.iter(T.q(name))]:
        _located(essay, holder, notes)
        _ranges(essay, holder, notes)


def _ranges(essay: etree._Element, holder: etree._Element, notes: set[str]) -> None:
    for cite in list(holder):
        following = cite.getnext()
        if cite.tag != T.q("cite") or following is None or following.tag != T.q("cite") or \
                not (_DASH.fullmatch(cite.tail or "") or _COMMA.fullmatch(cite.tail or "")):
            continue
        if _COMMA.fullmatch(cite.tail or ""):  # '[2], [5]': one citation of both
            T.log_change(essay, NAME, int(cite.get("line") or 1),
                         f"[{cite.get('n')}]{cite.tail}[{following.get('n')}]",
                         f"[{cite.get('n')}][{following.get('n')}]")
            cite.tail = ""
            continue
        first, last = int(cite.get("n")), int(following.get("n"))
        between = [str(n) for n in range(first + 1, last)]
        if not first < last <= first + 30 or not set(between) <= notes:
            continue
        T.log_change(essay, NAME, int(cite.get("line") or 1), f"[{first}]{cite.tail}[{last}]",
                     "".join(f"[{n}]" for n in range(first, last + 1)))
        cite.tail = ""
        anchor = cite
        for n in between:
            added = T.el("cite", note=f"n{n}", n=n, line=cite.get("line"))
            added.tail = ""
            anchor.addnext(added)
            anchor = added


def _located(essay: etree._Element, holder: etree._Element, notes: set[str]) -> None:
    """'[5, Ch. 4]' in the holder's text or a child's tail: a marker with its locator."""
    pieces: list[tuple[etree._Element | None, str]] = [(None, holder.text or "")]
    pieces += [(child, child.tail or "") for child in holder]
    line = holder.get("line") or next((c.get("line") for c in holder if c.get("line")), "1")
    for owner, text in pieces:
        matches = [m for m in _LOCATED.finditer(text) if m.group("n") in notes and
                   LOCATOR.fullmatch(m.group("locator").strip())]
        if not matches:
            continue
        kept = text[:matches[0].start()]
        if owner is None:
            holder.text = kept
        else:
            owner.tail = kept
        anchor = owner
        for index, m in enumerate(matches):
            end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
            cite = T.el("cite", note=f"n{m.group('n')}", n=m.group("n"), line=line,
                        locator=m.group("locator").strip())
            cite.tail = text[m.end():end]
            if anchor is None:
                holder.insert(0, cite)
            else:
                anchor.addnext(cite)
            anchor = cite
            T.log_change(essay, NAME, int(line), m.group(0), f"[{m.group('n')}]")
