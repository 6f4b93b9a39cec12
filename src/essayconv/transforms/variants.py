"""A marker's own form of its note: the place it cites, or the author left out.

In author-date mode a numeric call that names a place, ``[5, Ch. 4]`` (rule
numeric-markers gives the marker its ``locator``), prints the note's one citation with that
locator: "(Linden and Reddy, 2011, ch. 4)". A marker right after its work's author's name in
the text, ``Olsen et al. [13] demonstrated``, ``Baran and Wu [10]``, prints the citation without the
author (citeproc's author-suppressed form): "Olsen et al. (2021) demonstrated", never the
names twice. A marker that is a noun of its sentence, after 'of', 'in', 'by', 'see' …
(``the requirements of [7]``, ``as shown in [5]``), prints the narrative form: "the
requirements of IEEE Standard for … (2018)", "as shown in Linden and Reddy (2011)"; never a
marker that followed its sentence's full stop ("learned to see.1" prints "learned to see
(Pennington, 1783)."; rule place-citations marks it ``form="parenthetical"``). Such a
marker gets ``variant``, the key of a ``variant`` of its note holding its rendering; the
writers print it in place of the note's ``rendered``. Notes mode keeps the notes as they are
(a footnote per note).
"""

from __future__ import annotations

import copy
import re
from typing import Any

from lxml import etree

from .. import tree as T
from ..references.locators import locator_label


def _before(cite: etree._Element) -> str:
    previous = cite.getprevious()
    return (previous.tail if previous is not None else cite.getparent().text) or ""


def _named_before(cite: etree._Element, item: dict[str, Any]) -> bool:
    """Does the text right before the marker end with the work's author as the text names
    them: 'Olsen et al.', 'Olsen', 'Baran and Wu', 'SunCell Energy'?"""
    authors = item.get("author") or item.get("editor") or []
    if not authors:
        return _case_named_before(cite, item)
    first = authors[0].get("family") or authors[0].get("literal") or ""
    if not first:
        return False
    others = r"(?:\s+et\s+al\.?|\s+(?:and|&)\s+[^\W\d_][\w’'\-]+(?:\s+[^\W\d_][\w’'\-]+)?)?"
    return bool(re.search(rf"(?<![\w-]){re.escape(first)}{others}[’']?s?\s*$", _before(cite)))


def _case_named_before(cite: etree._Element, item: dict[str, Any]) -> bool:
    """Does the text right before the marker end with the case's name: 'in Pierson v. Ray'
    (its 'v.' or 'v' as the text writes it)?"""
    title = str(item.get("title") or "") if item.get("type") == "legal_case" else ""
    if " v" not in title:
        return False
    words = [re.escape(w) for w in re.sub(r"\s+v\.?\s+", " v ", title).split()]
    pattern = r"\s+".join(r"v\.?" if w == "v" else w for w in words)
    return bool(re.search(rf"(?<![\w-]){pattern}\s*$", _before(cite).replace("’", "'")))


# a case's in-text citation: '(', its name in italics, then ' (1967), p. 557)'
_CASE_YEAR = re.compile(r"^\s*\((?P<year>[^()]+)\)(?P<rest>.*)$", re.S)


def _without_case_name(variant: etree._Element, before: str) -> None:
    """A case the sentence names right before its marker ('in Pierson v. Ray'): its citation
    without the name, '(1967, p. 557)', never 'Pierson v. Ray (Pierson v. Ray (1967), …)'
    (the style's suppressed author leaves a case's name, which is no author); OSCOLA's
    report stays, '([1932] AC 562, p. 580)'."""
    first = variant[0] if len(variant) else None
    if first is None or (variant.text or "") != "(" or first.tail is None:
        return
    name = "".join(first.itertext()).strip()
    if not name or not _plain(before.rstrip()).endswith(_plain(name)):
        return
    m = _CASE_YEAR.match(first.tail)  # OSCOLA's '([1932] AC 562, p. 580)' keeps its report
    variant.text = f"({m.group('year')}{m.group('rest')}" if m else f"({first.tail.lstrip()}"
    variant.remove(first)


def _plain(text: str) -> str:
    """A case name compared: 'v.' as 'v', typographic apostrophes plain."""
    return re.sub(r"(?<=\s)v\.(?=\s)", "v", text.replace("’", "'"))


# a marker that is a noun of the sentence: 'the requirements of [7]', 'as shown in [5]'
_NOUN_LEAD = re.compile(r"(?<![\w-])(?:in|of|by|from|see|with|to|per|following|cf\.)\s+$",
                        re.I)


def noun_lead(before: str) -> bool:
    """Does the text before a marker end with a word whose object the marker may be ('of',
    'in', 'see' …)?"""
    return bool(_NOUN_LEAD.search(before))


def _glued(cite: etree._Element) -> bool:
    """Is the marker one of a run printed as one citation ('[2]–[4]', '[2], [5]')?"""
    previous, following = cite.getprevious(), cite.getnext()
    return (previous is not None and previous.tag == cite.tag and previous.tail == "") or \
        (following is not None and following.tag == cite.tag and cite.tail == "")


def marker_variants(essay: etree._Element, clusters: dict[str, list[dict[str, str]]],
                    items: dict[str, dict[str, Any]]
                    ) -> list[tuple[etree._Element, list[dict[str, str]]]]:
    """The markers with a form of their own and their clusters; ``clusters`` are the notes'
    by note id, ``items`` the works by id. A locator only for a note of one citation."""
    out: list[tuple[etree._Element, list[dict[str, str]]]] = []
    for cite in essay.iter(T.q("cite")):
        cluster = clusters.get(cite.get("note") or "")
        if not cluster:
            continue
        one_work = len(cluster) == 1 and cluster[0].get("id") in items and not _glued(cite)
        located = cite.get("locator") and len(cluster) == 1
        named = one_work and _named_before(cite, items[cluster[0]["id"]])
        noun = one_work and not named and cite.get("form") != "parenthetical" and \
            noun_lead(_before(cite))
        if not (located or named or noun):
            continue
        one = dict(cluster[0])
        if located:
            found = locator_label(cite.get("locator") or "")
            for key in ("locator", "label", "suffix"):
                one.pop(key, None)
            if found:
                one.update(label=found[0], locator=found[1])
            else:
                one["suffix"] = cite.get("locator") or ""
        if named:
            cite.set("form", "suppress-author")
            one["mode"] = "SuppressAuthor"
        elif noun:  # 'the requirements of IEEE Standard … (2018)', 'in Linden and Reddy (2011)'
            one["mode"] = "AuthorInText"
        out.append((cite, [one]))
    return out


def attach(essay: etree._Element, variants: list[tuple[etree._Element, list[dict[str, str]]]],
           contents: list[etree._Element]) -> None:
    """Put each marker's rendering on its note as a ``variant`` the marker names."""
    notes = {note.get("id"): note for note in T.findall(essay, "notes/note")}
    for index, ((cite, _), content) in enumerate(zip(variants, contents, strict=True)):
        note = notes[cite.get("note")]
        key = f"v{index + 1}"
        variant = T.sub(note, "variant", key=key)
        variant.text = content.text
        for child in content:
            variant.append(copy.deepcopy(child))
        if cite.get("form") == "suppress-author":
            _without_case_name(variant, _before(cite))
        cite.set("variant", key)


def located_notes(essay: etree._Element) -> None:
    """Notes mode: a marker with a locator ('[5, Ch. 4]') is the note's footnote with the
    place added as written before its final stop ('…: McGraw-Hill, Ch. 4.'), never lost."""
    notes = {note.get("id"): note for note in T.findall(essay, "notes/note")}
    count = 0
    for cite in essay.iter(T.q("cite")):
        note = notes.get(cite.get("note") or "")
        rendered = T.find(note, "rendered") if note is not None else None
        if not cite.get("locator") or rendered is None:
            continue
        count += 1
        key = f"l{count}"
        variant = T.sub(note, "variant", key=key)
        variant.text = rendered.text
        for child in rendered:
            variant.append(copy.deepcopy(child))
        last = variant[-1] if len(variant) else None
        text = (last.tail if last is not None else variant.text) or ""
        stripped = text.rstrip()
        stop = stripped[-1:] if stripped[-1:] in ".!?" else ""
        added = f"{stripped[:len(stripped) - len(stop)]}, {cite.get('locator')}{stop or '.'}"
        if last is not None and (last.tail or "").strip():
            last.tail = added
        elif last is not None:
            last.tail = f", {cite.get('locator')}."
        else:
            variant.text = added
        cite.set("variant", key)
