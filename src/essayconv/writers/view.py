"""What writers share: how a citation marker, a footnote and the reference list read."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from lxml import etree

from .. import labels
from .. import tree as T
from . import headings
from .namedcalls import called_by_name
from .xmlkit import add_text


@dataclass
class CiteView:
    """How to print one body marker.

    mode "author-date": print `inline` (the parenthetical citation) as its `parts` say, each
    piece linked to its work (a work id, whose bibliography entry has the anchor
    "ref-<id>") or, with None, plain text, followed by a footnote holding `footnote` when
    the note carries remarks. A citation of several works is cut so each work's part links
    to its own entry, "(<Centeno, 2002, pp. 1–26>; <Herbst, 2000, pp. 11–31>)"; otherwise
    the one part is the whole of `inline`, linked to `target` (the note's first work).
    mode "notes": print a footnote mark; the footnote's text is `footnote`.
    mode "raw" (no rendered citations): print "[n]" linked to the note "note-<n>" of the
    notes list, which the writer prints verbatim at the end.
    A marker whose note does not exist (an error check-markers reports) is printed as plain
    "[n]" text, in mode "author-date" with no target: never a dangling link.
    """

    mode: str
    n: str
    note_id: str
    inline: etree._Element | None
    footnote: etree._Element | None
    target: str | None
    parts: list[tuple[str | None, etree._Element]] = field(default_factory=list)
    glued: bool = False  # printed right after the marker before it, in one bracket with it
    stop: str = ""  # the punctuation after an author-date citation, printed before its
    # remarks' footnote mark ('1994).¹'): the marker's tail less this is printed after it

    def tail(self, cite: etree._Element) -> str:
        """What a writer prints after the marker: its tail, less the stop printed already."""
        return (cite.tail or "")[len(self.stop):]

    def __post_init__(self) -> None:
        if not self.parts and self.inline is not None:
            self.parts = [(self.target, self.inline)]


def work_anchor(essay: etree._Element, work_id: str | None) -> str | None:
    """The reference-list anchor ("ref-<work>") of a work, if the list has its entry."""
    bibliography = T.find(essay, "bibliography")
    if bibliography is None or work_id is None:
        return None
    entries = {entry.get("work") for entry in bibliography}
    return f"ref-{work_id}" if work_id in entries else None


def citation_mode(essay: etree._Element) -> str:
    """'author-date', 'notes' or 'raw' (when no citation style has been applied)."""
    bibliography = T.find(essay, "bibliography")
    return bibliography.get("mode", "author-date") if bibliography is not None else "raw"


def notes_by_id(essay: etree._Element) -> dict[str, etree._Element]:
    """Every note of the notes list by its id."""
    return {note.get("id"): note for note in T.findall(essay, "notes/note")}


def cite_view(essay: etree._Element, cite: etree._Element, notes=None) -> CiteView:
    """Decide how a writer prints the marker `cite` (see CiteView)."""
    notes = notes if notes is not None else notes_by_id(essay)
    note = notes.get(cite.get("note"))
    mode = citation_mode(essay)
    if note is None:
        return CiteView("author-date", cite.get("n"), "", T.el("inline", f"[{cite.get('n')}]"),
                        None, None)
    rendered = T.find(note, "rendered")
    if rendered is None:
        return CiteView("raw", cite.get("n"), cite.get("note"), None, None, None)
    works = [c.get("work") for c in T.findall(note, "citation") if c.get("work")]
    target = works[0] if works else None
    variant = next((v for v in T.findall(note, "variant") if v.get("key") == cite.get("variant")),
                   None) if cite.get("variant") and rendered.get("as") != "footnote" else None
    if variant is not None:  # the marker's own locator or form: '[5, Ch. 4]', 'Olsen [13]'
        rendered = variant
    if mode == "notes" or rendered.get("as") == "footnote":  # an explanatory note
        previous = cite.getprevious()
        glued = previous is not None and previous.tag == cite.tag and previous.tail == ""
        return CiteView("notes", cite.get("n"), note.get("id"), None, rendered, target,
                        glued=glued)  # '[1, 2]' in notes mode: marks '¹,²'
    glued = _beside(cite, cite.getprevious(), notes)
    glued_after = _beside(cite, cite.getnext(), notes)
    run = [note]  # the remarks of a glued run print once, after its closing bracket
    other = cite
    while not glued_after and _beside(other, other.getprevious(), notes):
        other = other.getprevious()
        run.insert(0, notes[other.get("note")])
    remarks = [] if glued_after else [r.text for member in run
                                      for r in T.findall(member, "citation/remark") if r.text]
    footnote = None
    if remarks:
        text = "; ".join(_capitalise(r) for r in remarks)
        footnote = T.el("inline", text if text[-1:] in ".!?”’\"'" else text + ".")
    parts = _join_neighbours(cite_parts(essay, note, rendered, target), glued, glued_after)
    stop = _STOP.match(cite.tail or "") if footnote is not None else None
    return CiteView("author-date", cite.get("n"), note.get("id"), rendered, footnote, target,
                    parts, glued, stop.group() if stop else "")


# the punctuation a footnote mark follows (hug-footnote-marks): 'World Bank, 1994).¹'
_STOP = re.compile(r"[.,;:!?…]+")


def _parenthetical(cite: etree._Element | None, notes: dict[str, etree._Element]) -> bool:
    """Is the marker printed as a bracketed author-date citation '(…)' in the text?"""
    note = notes.get(cite.get("note")) if cite is not None and cite.tag == T.q("cite") else None
    rendered = T.find(note, "rendered") if note is not None else None
    text = "".join(rendered.itertext()).strip() if rendered is not None else ""
    return rendered is not None and rendered.get("as") != "footnote" and \
        text.startswith("(") and text.endswith(")")


def _beside(cite: etree._Element, other: etree._Element | None,
            notes: dict[str, etree._Element]) -> bool:
    """Is the other marker glued to this one ('[1, 2]' read as two markers, nothing between),
    both bracketed citations? Then the two print as one: '(A, 2019; B, 2020)'."""
    if other is None or other.tag != T.q("cite"):
        return False
    between = (other.tail if other is cite.getprevious() else cite.tail) or ""
    return between == "" and _parenthetical(cite, notes) and _parenthetical(other, notes)


def _join_neighbours(parts: list[tuple[str | None, etree._Element]], before: bool,
                     after: bool) -> list[tuple[str | None, etree._Element]]:
    """Open the brackets toward a glued neighbour: '(A, 2019' then '; B, 2020)'."""
    if not (before or after) or not parts:
        return parts
    parts = [(work, copy.deepcopy(inline)) for work, inline in parts]
    if before:
        first = parts[0][1]
        first.text = "; " + (first.text or "").lstrip()[1:]
    if after:
        last = parts[-1][1]
        tail_holder = last[-1] if len(last) and (last[-1].tail or "").strip() else None
        if tail_holder is not None:
            tail_holder.tail = tail_holder.tail.rstrip()[:-1]
        elif len(last):
            last[-1].text = (last[-1].text or "").rstrip()[:-1]
        else:
            last.text = (last.text or "").rstrip()[:-1]
    return parts


CLUSTER_DELIMITER = "; "  # between the cites of one citation (harvard.csl's layout delimiter)
_BRACKETS = {"(": ")", "[": "]"}


def cite_parts(essay: etree._Element, note: etree._Element, rendered: etree._Element,
               target: str | None) -> list[tuple[str | None, etree._Element]]:
    """The rendered in-text citation of note cut into pieces, each with the work it links to.

    citeproc renders a note's citations as one cluster, "(Centeno, 2002, pp. 1–26; Herbst,
    2000, pp. 11–31)", in the note's order (a citation with no work rides along as its
    literal words). When the cluster, inside its brackets, splits on the delimiter into as
    many parts as the note has citations, and each part names its work's author and year,
    each part is linked to its own work (a part with no work, the brackets and delimiters
    are plain text). Otherwise (one citation, a style that sorts or merges cites, a
    delimiter inside a part) the whole cluster is one piece linked to target.
    """
    whole: list[tuple[str | None, etree._Element]] = [(target, rendered)]
    citations = T.findall(note, "citation")
    works = [citation.get("work") for citation in citations]
    if len(citations) < 2 or not any(works):
        return whole
    text = _flat_text(rendered)
    start, end = 0, len(text)
    if text[:1] in _BRACKETS and text.endswith(_BRACKETS[text[0]]):
        start, end = 1, len(text) - 1
    pieces = text[start:end].split(CLUSTER_DELIMITER)
    if len(pieces) != len(citations):
        return whole
    known = {work.get("id"): work for work in T.findall(essay, "works/work")}
    firsts = [_first_name(known.get(work)) for work in works if work]
    if not all(work is None or _names_work(piece, known.get(work), firsts)
               for piece, work in zip(pieces, works, strict=True)):
        return whole
    spans: list[tuple[str | None, int, int]] = [(None, 0, start)]
    position = start
    for index, (piece, work) in enumerate(zip(pieces, works, strict=True)):
        if index:
            spans.append((None, position, position + len(CLUSTER_DELIMITER)))
            position += len(CLUSTER_DELIMITER)
        spans.append((work, position, position + len(piece)))
        position += len(piece)
    spans.append((None, end, len(text)))
    return [(work, _slice(rendered, a, b)) for work, a, b in spans if b > a]


def _first_name(work: etree._Element | None) -> str:
    """The first author's (or editor's) family or literal name, case-folded, or ''."""
    names = [name.get("family") or name.get("literal") for name in T.findall(work, "name")
             if name.get("role") in ("author", "editor")] if work is not None else []
    names = [name for name in names if name and name != "others"]
    return names[0].casefold() if names else ""


def _names_work(piece: str, work: etree._Element | None, firsts: list[str]) -> bool:
    """Whether a cite as rendered shows the work: its year, and its first name before any
    other work's first name (a style that sorts cites never gets them swapped)."""
    if work is None:
        return False
    piece = piece.casefold()
    years = [date.get("year") for date in T.findall(work, "date")
             if date.get("role") == "issued" and date.get("year")]
    if years and years[0] not in piece:
        return False
    first = _first_name(work)
    if not first:
        return True
    at = piece.find(first)
    return at >= 0 and all(other == first or piece.find(other) < 0 or piece.find(other) >= at
                           for other in firsts)


def _flat_text(node: etree._Element) -> str:
    """The text of an inline element and its descendants (not its tail), in order."""
    parts = [node.text or ""] if isinstance(node.tag, str) else []
    for child in node:
        parts.append(_flat_text(child) if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return "".join(parts)


def _slice(node: etree._Element, start: int, end: int) -> etree._Element:
    """A copy of the inline content of node between two offsets of its flat text, the
    formatting elements (em, sc, link …) around the text kept."""
    out = T.el("inline")
    position = 0

    def add(parent: etree._Element, text: str | None) -> None:
        nonlocal position
        text = text or ""
        kept = text[max(start - position, 0):max(end - position, 0)]
        position += len(text)
        add_text(parent, kept)

    def copy_into(source: etree._Element, target: etree._Element) -> None:
        nonlocal position
        add(target, source.text)
        for child in source:
            if isinstance(child.tag, str):
                length = len(_flat_text(child))
                if position < end and position + length > start:
                    copy_into(child, etree.SubElement(target, child.tag, dict(child.attrib)))
                else:
                    position += length
            add(target, child.tail)

    copy_into(node, out)
    return out


def _capitalise(text: str) -> str:
    """A remark as a footnote's sentence: its one outer bracket pair off ('(quoting X, 341
    (1986))' keeps the inner '(1986)'), capitalised."""
    text = text.strip().rstrip(".")
    if text.startswith("(") and text.endswith(")") and _outer_pair(text):
        text = text[1:-1].strip()
    text = text.rstrip(".")
    return text[:1].upper() + text[1:]


def _outer_pair(text: str) -> bool:
    """Does the bracket opening the text close at its end ('(a (b))', never '(a) (b)')?"""
    depth = 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return i == len(text) - 1
    return False


def reference_list(essay: etree._Element) -> tuple[str, list[tuple[str, etree._Element]]]:
    """The reference list heading and its entries as (anchor id, inline content).

    Rendered bibliography entries when a style was applied (anchor "ref-<work>"),
    otherwise the notes list verbatim (anchor "note-<n>") followed by the source's own
    bibliography items.
    """
    bibliography = T.find(essay, "bibliography")
    if bibliography is not None:
        entries = [(f"ref-{entry.get('work')}", entry) for entry in bibliography]
        return bibliography.get("heading"), entries
    entries = []
    heading = None
    for note in T.findall(essay, "notes/note"):
        heading = heading or note.getparent().get("heading")
        entries.append(_note_entry(note))
    for item in T.findall(essay, "sources/item"):
        heading = heading or item.getparent().get("heading")
        entries.append((f"source-{item.get('id')}", T.el("inline", item.text)))
    return heading or headings.heading("references", essay), entries


def verbatim_notes(essay: etree._Element) -> list[etree._Element]:
    """The notes no rendered citation in the body stands for, to be printed as written.

    Every note in raw mode; with rendered citations, the notes no marker cites (a marker
    the reader could not find, which check-markers reports), so their words are not lost.
    """
    notes = notes_by_id(essay)
    represented = {shown.note_id for cite in essay.iter(T.q("cite"))
                   if (shown := cite_view(essay, cite, notes)).mode != "raw"}
    if citation_mode(essay) != "raw":  # '[9] Sennrich …' the text cites '(Sennrich et al., 2016)'
        represented |= called_by_name(essay)
    return [note for note in T.findall(essay, "notes/note") if note.get("id") not in represented]


def uncited_notes(essay: etree._Element) -> list[tuple[str, etree._Element]]:
    """Beside rendered references, the verbatim notes as (anchor "note-<n>", inline) entries.

    Empty in raw mode, where reference_list already holds every note.
    """
    if citation_mode(essay) == "raw":
        return []
    return [_note_entry(note) for note in verbatim_notes(essay)]


def _note_entry(note: etree._Element) -> tuple[str, etree._Element]:
    """A note as written, as a list entry: (anchor "note-<n>", "[n] text")."""
    n = note.get("n")
    return f"note-{n}", T.el("inline", f"[{n}] " + (T.find(note, "text").text or ""))


def verse_lines(p: etree._Element) -> list[etree._Element]:
    """The lines of a verse quotation (a p of kind verse, its lines apart at its lb
    children), each a copy of its inline content."""
    lines = [T.el("inline", p.text)]
    for child in p:
        if child.tag == T.q("lb"):
            lines.append(T.el("inline", child.tail))
        else:
            lines[-1].append(copy.deepcopy(child))
    return lines


def sections(essay: etree._Element) -> list[etree._Element]:
    """The body's sections in order."""
    return T.findall(essay, "body/section")


# a paragraph right under a table that opens so is the table's note (APA's 'Note. …',
# Chicago's 'Source: …'), and so is APA's probability note on its own line ('*p < .05.
# **p < .01.', '†p < .10.')
_TABLE_NOTE = re.compile(r"^(?:(?:Notes?|Sources?)[.:](?:\s|$)|[*†‡]{1,3}\s?p\s?[<>=≤]\s?[.\d])")


def is_table_note(node: etree._Element) -> bool:
    """Whether a block is a plain paragraph opening with a table note's label."""
    return (node.tag == T.q("p") and node.get("kind") is None
            and _TABLE_NOTE.match(T.inline_text(node).lstrip()) is not None)


def with_table_notes(blocks: Iterable[etree._Element]
                     ) -> list[tuple[etree._Element, list[etree._Element]]]:
    """Each block with the notes it owns: a table with the 'Note. …' / 'Source: …' lines
    right under it (which are not listed on their own), any other block with none."""
    out: list[tuple[etree._Element, list[etree._Element]]] = []
    for block in blocks:
        if out and out[-1][0].tag == T.q("table") and is_table_note(block):
            out[-1][1].append(block)  # out[-1] stays the table while its notes follow
        else:
            out.append((block, []))
    return out


def keywords_under_abstract(essay: etree._Element) -> list[etree._Element]:
    """The 'Keywords: …' header facts that close the abstract, where the author put them
    (none when the essay has no abstract: they stay in the title block)."""
    if not any(is_abstract(s) for s in sections(essay)):
        return []
    return [i for i in T.findall(essay, "meta/info") if i.get("name") == "keywords"]


def table_parts(table: etree._Element) -> tuple[
        etree._Element | None, list[etree._Element], list[list[etree._Element]]]:
    """A table's caption element (or None), its first row's cells (the column headings) and
    the other rows' cells (inline content: a cell may call a note)."""
    rows = [T.findall(row, "cell") for row in T.findall(table, "row")]
    return T.find(table, "caption"), rows[0], rows[1:]


# a heading's own number: '2.1 Participants', '3. Results', 'IV. Findings' (a dot in it: '7 Days
# in May' opens with no number of its own; a letter or a roman numeral before an initial is a
# name's initial: 'E. P. Thompson and Experience', 'V. S. Naipaul')
_HEADING_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+|[IVX]{1,5}\.)"
                             r"\s+(?![A-Z]\.)(?=\S)")


def heading_number(heading: etree._Element) -> tuple[str, str] | None:
    """(number, title) of a plain-text heading that opens with its number, else None."""
    if len(heading) or not heading.text:
        return None
    match = _HEADING_NUMBER.match(heading.text)
    if match is None or not heading.text[match.end():].strip():
        return None
    return match.group(1), heading.text[match.end():]


def level(section: etree._Element) -> int:
    """A section's depth in the outline: 1, or the tree's ``level``."""
    return int(section.get("level") or 1)


def is_abstract(section: etree._Element) -> bool:
    """Whether the section is the paper's abstract."""
    return section.get("role") == "abstract"


def run_in_label(p: etree._Element) -> str | None:
    """A structured abstract's part label ('Importance'): the bold run opening the
    paragraph, nothing before it (reader/abstract_parts.py)."""
    first = p[0] if len(p) else None
    if first is None or first.tag != T.q("strong") or (p.text or "").strip() or len(first):
        return None
    return first.text


KEYWORDS_LABEL = re.compile(rf"^\s*{labels.KEYWORDS}\s*[:.–—-]?\s*", re.I)


def keywords(essay: etree._Element) -> list[str]:
    """The paper's keywords, from its 'Keywords: a, b; c' header facts."""
    found: list[str] = []
    for info in T.findall(essay, "meta/info"):
        if info.get("name") == "keywords" and info.text:
            listed = KEYWORDS_LABEL.sub("", info.text)
            found += [k.strip(" .") for k in re.split(r"[;,·•]", listed) if k.strip(" .")]
    return found


def nest(sections_: list[etree._Element], top: etree._Element,
         make: Callable[[etree._Element, etree._Element], etree._Element]) -> None:
    """Build each section's element with ``make(section, parent)`` inside the element of the
    nearest shallower section before it (``top`` for level 1), so the outline nests."""
    open_: list[tuple[int, etree._Element]] = []
    for section in sections_:
        depth = level(section)
        while open_ and open_[-1][0] >= depth:
            open_.pop()
        open_.append((depth, make(section, open_[-1][1] if open_ else top)))


def meta(essay: etree._Element) -> dict[str, str | None]:
    """Title, first author's name, e-mail and bio (plain text), language, keywords."""
    first = T.find(essay, "meta/author")
    def text(path: str) -> str | None:
        node = T.find(first, path) if first is not None else None
        return T.inline_text(node) if node is not None else None
    return {
        "title": T.inline_text(T.find(essay, "meta/title")),
        "author": text("name"),
        "email": text("email"),
        "bio": text("bio"),
        "lang": essay.get(T.XML_LANG) or "en",
        "authors": ", ".join(T.find(a, "name").text for a in T.findall(essay, "meta/author")),
    }


def affiliations(essay: etree._Element) -> dict[str, etree._Element]:
    """The essay's affiliations (header facts with an id) by their id, in the header's order."""
    return {info.get("id"): info for info in T.findall(essay, "meta/info")
            if info.get("name") == "affiliation" and info.get("id")}


def author_affiliations(essay: etree._Element, author: etree._Element) -> list[etree._Element]:
    """The affiliations the author's @aff names, in the header's order."""
    own = set((author.get("aff") or "").split())
    return [info for ident, info in affiliations(essay).items() if ident in own]


Marked = list[tuple[str, etree._Element]]  # (mark, affiliation) lines under a byline


def numbered_byline(essay: etree._Element) -> tuple[list[list[str]], Marked]:
    """The marks after each author's name and the (mark, affiliation) lines under the byline,
    when several authors have affiliations that differ ('Whitfield¹', 'Kowalczyk²,³'); the
    marks are the author's own when each differs ('*', '†'), else 1, 2, 3. ([], []) keeps
    the plain look: one author, or every author with the same affiliations."""
    authors = T.findall(essay, "meta/author")
    owned = [author.get("aff", "").split() for author in authors]
    if len(authors) < 2 or not any(owned) or all(own == owned[0] for own in owned):
        return [], []
    linked = [ident for ident in affiliations(essay) if any(ident in own for own in owned)]
    labels_ = [affiliations(essay)[ident].get("label") for ident in linked]
    if not all(labels_) or len(set(labels_)) != len(labels_):
        labels_ = [str(index) for index in range(1, len(linked) + 1)]
    mark = dict(zip(linked, labels_, strict=True))
    return ([[mark[ident] for ident in linked if ident in own] for own in owned],
            [(mark[ident], affiliations(essay)[ident]) for ident in linked])


def fact_text(essay: etree._Element, info: etree._Element) -> str | None:
    """What a header prints for a journal issue's facts, which are bare numbers, in the
    essay's language: the volume with its issue ('Volume 3, Issue 2', German 'Jahrgang 3,
    Heft 2'), an issue alone ('Issue 2'), '' for an issue printed with its volume; None for
    any other fact (its own text)."""
    name = info.get("name")
    if name not in ("volume", "issue"):
        return None
    facts = {node.get("name"): (node.text or "").strip() for node in T.findall(essay, "meta/info")}
    volume_word, issue_word = headings.heading("volume", essay), headings.heading("issue", essay)
    if name == "issue":
        return "" if facts.get("volume") else f"{issue_word} {facts['issue']}"
    issue = facts.get("issue")
    return f"{volume_word} {facts['volume']}" + (f", {issue_word} {issue}" if issue else "")
