"""Link a document's citations to works: parse full forms, merge duplicates, resolve short forms.

Rules:

* **Same work.** Two full references are one work when their first author (or, for edited
  volumes, editor) has the same key (particle + family, or the literal, as lower-case
  ASCII; a body also by its declared abbreviation or its initials: ``World Health
  Organization (WHO)``, ``WHO``), the year and any year suffix agree, no ``number``
  differs, no shelfmark or document number differs (``CO 730/1`` and ``FO 371/6350`` are two
  files, whatever else they share: each reference's set of them must hold the other's), and
  their titles agree (a collection a note names by its editor alone is the one a list files
  under its author with that editor: ``sameness.py``):
  after dropping parentheticals (``(updated edition)``, ``(Synthesis Report)``,
  ``(Mission Quilès)``) and folding case/accents/punctuation, the shared leading words cover
  at least 60 % of the shorter title and no number differs (so *Resolution 912* and
  *Resolution 929* stay apart).  The first-cited copy's fields win; later copies only fill
  fields it lacks (and a copy that is an article or a chapter makes a "book" with a
  container one); an entry of the essay's own list is never retyped, nor given a container,
  by a note, and a note contradicting it adds nothing (``merging.py``); a note reading the
  person a listed collection's title opens with as its author, with the entry's editor, cites
  that entry (``sameness.name_opens_title``). The original X of a note's 'X, zit. n. Y'
  (``secondhand.py``) names a work only if one is already cited or listed in full.
  Before comparing, each copy is put in one spelling: a particle after the given names is
  the family name's (``Biasi, Pierre-Marc de`` is ``de Biasi``, as
  ``Pierre-Marc de Biasi`` is), a title inverted for alphabetising is in its natural order
  (``Rising in Mesopotamia, The`` → ``The Rising in Mesopotamia``), and a name listing
  bodies each with its abbreviation (``World Health Organization (WHO) and World
  Meteorological Organization (WMO)``) is one name per body.
* **An archive's item in a listed file.** A note's item (``Minute by X, 21 December 1920,
  CO 730/1, TNA``) whose call number the essay's own reference list gives a file of (``The
  National Archives, Kew. CO 730/1, …``; the same number or one under it, and no other
  archive: ``archives.holds``) cites that entry, never a work of its own; the words naming
  the item become the citation's remark.
* **Ids.** :func:`~essayconv.references.csl.work_id` (``prunier1997``, ``unitednationsnd``);
  when several works share one, all of them get ``a``, ``b``, … in the order their full
  forms first appear (a suffix the author wrote, ``2001a``, is kept).
* **Short forms** (``Prunier (1997)``) resolve by author and year (and suffix, if written)
  to exactly one work: its whole author string must match the work's first name, or its
  names (``Ober, Perry``, ``Straus and Waldorf``, ``Durch et al.``) must match the work's
  names in order.  A body is named by its name as written, its name alone, its declared
  abbreviation or, unless another body here has them, its initials (``WHO (2018)``,
  ``World Health Organization (2018)``, ``World Health Organization (WHO) (2018)``, ``ILO
  (2019)``, ``WHO and WMO (2015)``: ``matching.py``).  A document symbol in place of the
  author (``S/RES/1973 (2011), para. 4``) names the one work of that year whose number, or
  full reference, holds it whole.
  None → warning ``unresolved-short-form`` with the closest works (difflib); several →
  error ``ambiguous-short-form``.  A short form whose work never
  appears in full is **not** turned into a work: author and year alone make no reference
  entry (no title), and inventing one would hide the gap; it stays verbatim in its note,
  its link is ``None`` and the warning asks the author for the full reference.
  Notes-style short forms: ``Gaddis, Long Peace`` resolves by names and by the short
  title's words, in order, in the work's title (a leading article aside); one whose names
  match no work's author is turned ``other`` without a warning (``Plutarch, Life of
  Nicias``), unless it says it names a work cited before (``op. cit.``, Italian ``cit.``).
  A short title with no name (a letter ``in Letters of Gertrude Bell, 2:601``:
  ``within.py``) names the one work whose title begins with it.  A name with no title
  (``Melvern, p. 50``) names the author's one work cited in the notes before it (any of the
  author's works if none was); ``op. cit.``, ``loc.
  cit.``, ``art. cit.``, ``a. a. O.`` name the work the latest note citing that author
  before it cites, a later note's other work of that author never making it ambiguous
  (only that note citing two of them does).  A reference to an earlier note inside a short
  form (``Geyer, Verkehrte Welt (wie Anm. 5), S. 243``, ``(see n. 5)``, ``(above, n. 5)``,
  ``(n 5)``) names the work of that name note 5 cites; failing one, the short form is read
  as any other. ``Ibid.`` / ``Id.`` repeats the work of the citation just before it in its
  note or, first in its note, the one work the note before it cites: that note citing no
  work is a warning ``unresolved-short-form`` naming it; citing several (``Des Forges
  (1999); Prunier (1997)`` then ``Ibid.``) is a warning ``ambiguous-short-form`` naming the
  note and the works, never a silent pick of the last.  A classical citation before it
  (``Plutarch, Life of Nicias``) is repeated as it is, unlinked, without a warning.
* **Legal short forms.** OSCOLA ``Craig (n 4) 270`` and Bluebook ``Wechsler, supra note 4,
  at 31`` resolve to the work in note 4 whose first author (or, for a case or an Act, whose
  title's words) the name gives; none or several → a warning naming note 4 and what it
  cites.  Bluebook ``Brown, 347 U.S. at 494`` resolves by name, volume and reporter; an
  OSCOLA short case name (``Wednesbury``, ``Bank Mellat [76]``) to the one case whose name
  holds it.  Two cases are one work when their neutral citations agree, or their report,
  volume, first page and year.
  ``other`` citations (no author-year head) are never linked.
* **Completeness warnings** (once per work): ``missing-year``; ``missing-publisher`` /
  ``missing-place`` for books and reports; ``placeholder-url`` when "Available at:" is not
  followed by a real URL; ``missing-journal-details`` for an article without journal,
  volume or pages.  ``n.d.`` written by the author is accepted, not warned about.

``link_citations(..., bibliography=[...])`` also accepts a separate reference list (strings
or CSL items) so short-form-only notes (``Dal Borgo (2016).``) can resolve against it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .archives import holds
from .containers import (
    ditto,
    has_ibid,
    in_container,
    no_container,
    same_authors,
    work_before,
)
from .csl import ascii_key, first_name, name_key, year_of
from .matching import (
    _in_order,
    _names_agree,
    _short_names,
    _title_key,
    case_nickname,
    closest_works,
    matching_works,
    names_work,
    work_aliases,
    work_label,
    works_by,
    works_titled,
)
from .merging import merge_copy
from .missing import missing_details
from .others import by_abbreviation, by_address, by_case_name
from .sameness import canonical, name_opens_title, one_spelling, same_work

__all__ = ["Diagnostic", "Linked", "link_citations"]

Parse = Callable[[str], dict[str, Any]]


@dataclass
class Diagnostic:
    """One finding: ``level`` is ``error`` or ``warning``; ``rule`` names the check."""

    level: str
    rule: str
    message: str
    note_id: str | None = None
    citation_index: int | None = None


@dataclass
class Linked:
    """Works (CSL items with ``id``, first-cited order), citation links and diagnostics."""

    works: list[dict[str, Any]] = field(default_factory=list)
    links: dict[tuple[str, int], str | None] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass
class _Work:
    item: dict[str, Any]
    sources: list[str]
    first_note: str | None
    id: str = ""
    listed: bool = False  # an entry of the essay's own reference list


def _real_parser() -> Parse:
    from .parser import parse_reference  # lazy: the model loads on first use

    return parse_reference


def link_citations(
    notes: Sequence[tuple[str, Sequence[dict[str, Any]]]],
    *,
    bibliography: Iterable[str | dict[str, Any]] = (),
    parse: Parse | None = None,
    listed: int = 0,
) -> Linked:
    """Parse, merge and id every full reference, then resolve every short form.

    The first ``listed`` entries of ``notes`` are the essay's own reference list: an 'Ibid.'
    repeats the work of the citation before it in the notes, never one of theirs.
    """
    parse = parse or _real_parser()
    out = Linked()
    works: list[_Work] = []
    full_of: dict[tuple[str, int], _Work] = {}
    cache: dict[str, dict[str, Any]] = {}
    numbered: list[tuple[str, int, dict[str, Any]]] = []  # 'Orwell, 1984, 15': title or year?
    before: dict[str, Any] | None = None  # the work (or short form) cited just before
    for n, (note_id, citations) in enumerate(notes):
        before = None if n == listed else before  # the notes' first never the list's last
        for index, cit in enumerate(citations):
            if cit.get("numeric_title"):
                numbered.append((note_id, index, cit))
            if cit.get("numeric_title") or cit.get("form") != "full":
                before = before if cit.get("ibid") else cit
                continue
            rest = ditto(cit["reference"])  # '—, La Junta …': the authors of the one before
            item = _parse(rest or cit["reference"], parse, cache, out, note_id, index)
            if item is not None and cit.get("declared"):  # the Bluebook's '[hereinafter X]'
                item = {**item, "note": f"hereinafter {cit['declared']}"}
            if item is not None and rest is not None:
                item = same_authors(item, work_before(before, [w.item for w in works]))
            if item is not None and has_ibid(cit["reference"]):  # '« T », ibid., p. 1-4'
                container = work_before(before, [w.item for w in works])
                item = in_container(item, container) if container else item
                out.diagnostics += [] if container else [Diagnostic(
                    "warning", "unresolved-short-form", no_container(cit), note_id, index)]
            if item is not None and cit.get("original") and not _known(works, item, cit):
                cit.update(form="other", locator=None, label=None)  # 'X, zit. n. Y': X as written
                continue
            if item is not None:
                full_of[(note_id, index)] = (n >= listed and _in_file(cit, item, works)) or \
                    _add(works, item, cit["reference"], note_id, n < listed)
                before = full_of[(note_id, index)].item
    for entry in bibliography:
        if isinstance(entry, dict):
            _add(works, dict(entry), "", None, True)
        else:
            item = _parse(entry, parse, cache, out, None, None)
            if item is not None:
                _add(works, item, entry, None, True)
    for note_id, index, cit in numbered:
        if _number_is_a_title(cit["numeric_title"], works):
            cit.update({k: v for k, v in cit["numeric_title"].items()
                        if k not in ("text", "prefix")})
        elif cit.get("form") == "full":
            item = _parse(cit["reference"], parse, cache, out, note_id, index)
            if item is not None:
                full_of[(note_id, index)] = _add(works, item, cit["reference"], note_id)
    _assign_ids(works)
    first_cited: dict[int, tuple[int, int]] = {}
    last_cited: dict[int, tuple[int, int]] = {}  # work → the note (and place) that last cited it
    cited_in: dict[str, list[tuple[dict[str, Any], _Work | None]]] = {}  # note → its citations
    previous_note: str | None = None  # the essay's note before this one, for 'Ibid.'
    for n, (note_id, citations) in enumerate(notes):
        done: list[tuple[dict[str, Any], _Work | None]] = []
        for index, cit in enumerate(citations):
            key = (note_id, index)
            work = full_of.get(key)
            note_ref = None if cit.get("ibid") else cit.get("note_ref") or _note_reference(cit)
            if cit.get("ibid"):
                before = done[-1:] if index else cited_in.get(previous_note or "", [])
                work = _repeat(cit, before, previous_note if not index else None,
                               out, note_id, index, n >= listed)
            elif cit.get("xref"):
                work = _cross_reference(cit, notes[listed:], cited_in, out, note_id, index)
            elif cit.get("case"):
                work = _short_case(cit, works, out, note_id, index)
            elif note_ref is not None and (
                    found := _in_note(cit, note_ref, notes[listed:], cited_in)) is not None:
                work = found  # 'Geyer, Verkehrte Welt (wie Anm. 5)': the work note 5 cites
            elif cit.get("form") == "short":
                work = _resolve(cit, works, out, note_id, index, last_cited)
            elif cit.get("form") == "other":
                work = by_address(cit, works) or by_abbreviation(cit, works) \
                    or by_case_name(cit, works)
            out.links[key] = work.id if work else None
            done.append((cit, work))
            if work is not None:
                first_cited.setdefault(id(work), (n, index))
                if n >= listed:
                    last_cited[id(work)] = (n, index)
        if n >= listed:
            cited_in[note_id] = done
            previous_note = note_id
    order = sorted(range(len(works)),
                   key=lambda i: (first_cited.get(id(works[i]), (math.inf, 0)), i))
    one_spelling([work.item for work in works])  # 'Biasi, Pierre-Marc de' = 'P.-M. de Biasi'
    for i in order:
        work = works[i]
        out.works.append({"id": work.id, **{k: v for k, v in work.item.items() if k != "id"}})
        out.diagnostics.extend(Diagnostic("warning", rule, f"{work.id}: {what}", work.first_note)
                               for rule, what in missing_details(work.item, work.sources))
    return out


def _number_is_a_title(short: dict[str, Any], works: list[_Work]) -> bool:
    """Is the number of 'Bolaño, 2666, 52' the title of one of that author's works (its
    title's first word: '2666', '1968: The Year That Rocked the World')?"""
    items = {str(n): w.item for n, w in enumerate(works)}  # (before the works have ids)
    return any(_title_key(str(items[key].get("title") or ""))[:1] == [short["title"]]
               for key in works_by(str(short["authors"]), list(items.items()), short["title"]))


def _note_label(note_id: str | None) -> str:
    return f"note {note_id[1:] if re.fullmatch(r'n[0-9]+(?:-[0-9]+)?', note_id or '') else note_id}"


def _cited_label(cit: dict[str, Any], work: _Work | None) -> str:
    return work_label(work.id, work.item) if work is not None else repr(cit.get("text", ""))


def _repeat(cit: dict[str, Any], before: list[tuple[dict[str, Any], _Work | None]],
            previous_note: str | None, out: Linked, note_id: str, index: int,
            in_notes: bool) -> _Work | None:
    """The work an 'Ibid.' / 'Id.' repeats: that of the citation before it in its note, or,
    first in its note, the one work the note before it cites (exactly one, or a warning
    naming that note: none, or several, 'ambiguous').  A classical citation before it that
    names no work of the essay ('Plutarch, Life of Nicias') is repeated as it is: no link."""
    text = cit.get("text", "")
    if not in_notes:  # an entry of the essay's own reference list repeats nothing
        return None
    where = f"the note before it ({_note_label(previous_note)})" if previous_note \
        else "the citation before it"
    # a citation of a work: linked, or a short form ('Anderson, "Mau Mau", 705') of none here
    cited = [(c, w) for c, w in before
             if c.get("form") != "other" or w is not None or c.get("title")]
    if cited and all(c.get("form") == "other" and w is None for c, w in cited):
        return None  # 'Plutarch, Life of Nicias, 12.' then 'Ibid., 13.': no work of the essay
    if not cited:
        what = where if before or previous_note else "no note before it"
        out.diagnostics.append(Diagnostic(
            "warning", "unresolved-short-form",
            f"{text!r} repeats no work: {what} cites none", note_id, index))
        return None
    found = list(dict.fromkeys(id(w) for _, w in cited if w is not None))
    if len(found) == 1 and all(w is not None for _, w in cited):
        return cited[0][1]
    if len(cited) == 1:
        out.diagnostics.append(Diagnostic(
            "warning", "unresolved-short-form",
            f"{text!r} repeats no work: {where} cites {cited[0][0].get('text', '')!r}, which "
            "names no full reference", note_id, index))
        return None
    names = ", ".join(dict.fromkeys(_cited_label(c, w) for c, w in cited))
    out.diagnostics.append(Diagnostic(
        "warning", "ambiguous-short-form",
        f"{text!r} is ambiguous: {where} cites several works ({names}); name the one meant",
        note_id, index))
    return None


def _cross_reference(cit: dict[str, Any], notes: Sequence[tuple[str, Sequence[dict[str, Any]]]],
                     cited_in: dict[str, list[tuple[dict[str, Any], _Work | None]]],
                     out: Linked, note_id: str, index: int) -> _Work | None:
    """OSCOLA 'Craig (n 4) 270', Bluebook 'Wechsler, supra note 4, at 31': the work of that
    name cited in note 4, or the one case note 4 cites under a short name sharing a party's
    (else a warning naming the note and what it cites)."""
    text, number = cit.get("text", ""), cit["xref"]
    target = next((nid for nid, _ in notes if re.fullmatch(rf"n?{number}(?:-[0-9]+)?", nid)),
                  None)
    if target is None or target not in cited_in:
        out.diagnostics.append(Diagnostic(
            "warning", "unresolved-short-form",
            f"{text!r} refers to note {number}, which "
            f"{'comes later' if target else 'does not exist'}", note_id, index))
        return None
    works_there = list({id(w): w for _, w in cited_in[target] if w is not None}.values())
    found = [w for w in works_there if names_work(str(cit.get("authors") or ""), w.item)]
    if not found and len(works_there) == 1 and case_nickname(str(cit.get("authors") or ""),
                                                             works_there[0].item):
        found = works_there  # 'Miller II (n 1)' for 'R (Miller) v Prime Minister; Cherry v …'

    there = ", ".join(work_label(w.id, w.item) for w in works_there) or "no work"
    return _one(found, out, note_id, index,
                f"{text!r} is ambiguous: note {number} cites several works of that name ({there})",
                f"{text!r}: note {number} cites no work of that name (it cites {there})")


# a reference to an earlier note inside a short form: 'Geyer, Verkehrte Welt (wie Anm. 5)',
# '(see n. 5)', '(above, n. 5)', '(Anm. 5)', '(supra note 5)', '(voir n. 5)'
_NOTE_REF = re.compile(
    r"\s*\((?:(?:wie|s\.|siehe|vgl\.|see|cf\.|above|supra|oben|voir|ci-dessus)[,.]?\s+)*"
    r"(?:Anm\.|Anmerkung|Fn\.|Fußnote|n\.|n|nn\.|note)\s*(?P<n>\d+)\)", re.I)


def _note_reference(cit: dict[str, Any]) -> str | None:
    """The note a short form refers to inside its short title ('Geyer, Verkehrte Welt (wie
    Anm. 5), S. 243': '5'); the reference leaves the title. None if it names none."""
    title = cit.get("title")
    m = _NOTE_REF.search(title) if cit.get("form") == "short" and title else None
    if m is None:
        return None
    cit["title"] = (title[:m.start()] + title[m.end():]).strip(" ,")
    return m.group("n")


def _in_note(cit: dict[str, Any], number: str,
             notes: Sequence[tuple[str, Sequence[dict[str, Any]]]],
             cited_in: dict[str, list[tuple[dict[str, Any], _Work | None]]]) -> _Work | None:
    """The one work of this author (and short title) that note ``number``, an earlier note,
    cites; None if there is none or several (the short form is then read as any other)."""
    target = next((nid for nid, _ in notes if re.fullmatch(rf"n?{number}(?:-[0-9]+)?", nid)),
                  None)
    words = _title_key(str(cit.get("title") or ""))
    found = {id(w): w for _, w in cited_in.get(target or "", []) if w is not None
             and names_work(str(cit.get("authors") or ""), w.item)
             and _in_order(words, _title_key(str(w.item.get("title") or "")))}
    return next(iter(found.values())) if len(found) == 1 else None


def _one(found: list[_Work], out: Linked, note_id: str, index: int, ambiguous: str,
         unresolved: str) -> _Work | None:
    """The one work found; else a warning (several: ambiguous; none: unresolved) and None."""
    if len(found) == 1:
        return found[0]
    rule, message = ("ambiguous-short-form", ambiguous) if found else \
        ("unresolved-short-form", unresolved)
    out.diagnostics.append(Diagnostic("warning", rule, message, note_id, index))
    return None


def _short_case(cit: dict[str, Any], works: list[_Work], out: Linked, note_id: str,
                index: int) -> _Work | None:
    """Bluebook 'Brown, 347 U.S. at 494': the case of that name in that volume and reporter."""
    want = cit["case"]
    found = [w for w in works if w.item.get("type") == "legal_case"
             and str(w.item.get("volume")) == want["volume"]
             and ascii_key(str(w.item.get("container-title"))) == ascii_key(want["report"])
             and names_work(str(cit.get("authors") or ""), w.item)]
    text = cit.get("text", "")
    return _one(found, out, note_id, index,
                f"{text!r} matches several cases ({', '.join(w.id for w in found)})",
                f"{text!r} names no case cited in full in the document")


def _parse(text: str, parse: Parse, cache: dict[str, dict[str, Any]], out: Linked,
           note_id: str | None, index: int | None) -> dict[str, Any] | None:
    if text not in cache:
        try:
            cache[text] = parse(text)
        except Exception as exc:  # one bad reference must not stop the document
            out.diagnostics.append(Diagnostic("error", "parse-failed",
                                              f"cannot parse {text!r}: {exc}", note_id, index))
            return None
    if set(cache[text]) <= {"type"}:  # '1.2K': nothing read, so no work; kept as written
        out.diagnostics.append(Diagnostic(
            "warning", "empty-reference", f"{text!r} gives no author, title, year or other "
            "detail of a work: no work is made of it", note_id, index))
        return None
    return dict(cache[text])


def _in_file(cit: dict[str, Any], item: dict[str, Any], works: list[_Work]) -> _Work | None:
    """The entry of the essay's reference list whose archive file holds a note's item (its
    call number: 'Minute by X, 21 December 1920, CO 730/1, TNA' cites 'The National
    Archives, Kew. CO 730/1, …'); the words naming the item become the citation's remark."""
    files = [w for w in works if w.listed and holds(w.item, item)]
    if len(files) != 1:
        return None
    remark, document = cit.get("remark") or "", cit.get("document") or ""
    if not remark.startswith(document):  # (once: the essay may be linked twice)
        cit["remark"] = "; ".join(r for r in (document, remark) if r)
    return files[0]


def _known(works: list[_Work], item: dict[str, Any], cit: dict[str, Any]) -> bool:
    """Is the original of a note's 'X, zit. n. Y' a work cited or listed in full already?"""
    item = canonical(dict(item))
    return any(same_work(w.item, w.sources, item, cit["reference"]) for w in works)


def _add(works: list[_Work], item: dict[str, Any], source: str, note_id: str | None,
         listed: bool = False) -> _Work:
    item = canonical(item)
    key = (name_key(first_name(item)), year_of(item))
    for w in works:
        if same_work(w.item, w.sources, item, source, key):
            merge_copy(w.item, item, entry=w.listed, from_note=not listed)
            if source and source not in w.sources:
                w.sources.append(source)
            return w
    for w in (() if listed else works):
        if w.listed and name_opens_title(w.item, item):  # 'Italo Calvino. Atti …, a cura di'
            w.sources += [source] if source and source not in w.sources else []
            return w
    w = _Work(item, [source] if source else [], note_id, listed=listed)
    works.append(w)
    return w


def _assign_ids(works: list[_Work]) -> None:
    groups: dict[str, list[_Work]] = {}
    for w in works:
        key = name_key(first_name(w.item))
        if not key:
            words = re.findall(r"\w+", str(w.item.get("title", "")))
            key = ascii_key("".join(words[:2])) or "anon"
        if not key[:1].isalpha():  # an id never starts with a digit: '1750–1850. Edinburgh'
            key = "ref" + key
        groups.setdefault(key + year_of(w.item)[0], []).append(w)
    taken: set[str] = set()
    for base, group in groups.items():
        written = {year_of(w.item)[1] for w in group} - {""}
        letters = (c for c in "abcdefghijklmnopqrstuvwxyz" if c not in written)
        for w in group:
            suffix = year_of(w.item)[1]
            if not suffix and len(group) > 1:
                suffix = next(letters, "z")
            wid, n = base + suffix, 2
            while wid in taken:
                wid, n = f"{base}{suffix}-{n}", n + 1
            taken.add(wid)
            w.id = wid


def _resolve(cit: dict[str, Any], works: list[_Work], out: Linked,
             note_id: str, index: int, last_cited: dict[int, tuple[int, int]]) -> _Work | None:
    pairs = [(w.id, w.item) for w in works]
    if cit.get("title") is not None and not cit.get("year") and cit.get("form") == "short":
        # '' for 'op. cit.': any title
        return _resolve_titled(cit, works, out, note_id, index, last_cited)
    found = matching_works(str(cit.get("authors") or ""), str(cit.get("year") or ""), pairs)
    if len(found) == 1:
        return next(w for w in works if w.id == found[0])
    symbol = _by_symbol(cit, works) if not found else []
    if len(symbol) == 1:  # 'S/RES/1973 (2011), para. 4': the work with that symbol
        return symbol[0]
    text = cit.get("text", "")
    if found:
        ids = ", ".join(found)
        out.diagnostics.append(Diagnostic(
            "error", "ambiguous-short-form",
            f"{text!r} matches several works ({ids}); add a year letter", note_id, index))
        return None
    close = closest_works(str(cit.get("authors")), str(cit.get("year")), pairs)
    hint = f"; closest: {', '.join(close)}" if close else ""
    out.diagnostics.append(Diagnostic(
        "warning", "unresolved-short-form",
        f"{text!r} refers to no full reference in the document{hint}", note_id, index))
    return None


# a document's symbol: 'S/RES/1973', 'A/HRC/21/50', 'E/CN.4/1994/7/Add.1'
_SYMBOL = re.compile(r"[A-Z][A-Z0-9.]*(?:/[A-Za-z0-9.()-]+)+")


def _by_symbol(cit: dict[str, Any], works: list[_Work]) -> list[_Work]:
    """The works a short form names by a document symbol in place of an author ('S/RES/1973
    (2011)'): those of that year whose number, or full reference, holds the symbol whole."""
    symbol = str(cit.get("authors") or "").strip()
    year = re.match(r"\d{4}", str(cit.get("year") or ""))
    if not _SYMBOL.fullmatch(symbol) or year is None:
        return []
    whole = re.compile(rf"(?<![\w/.]){re.escape(symbol)}(?![\w/]|\.\w)")
    return [w for w in works if year_of(w.item)[0] == year.group()
            and any(whole.search(text) for text in (str(w.item.get("number") or ""),
                                                     *w.sources))]


# 'Feldman, op. cit.', 'Barthes, art. cit.', 'Reichel, a. a. O.': the work cited before
_OP_CIT = re.compile(r"\b(?:op\.\s?cit|loc\.\s?cit|art\.\s?cit|a\.\s?a\.\s?O)\.", re.I)


def _resolve_titled(cit: dict[str, Any], works: list[_Work], out: Linked,
                    note_id: str, index: int, last_cited: dict[int, tuple[int, int]]
                    ) -> _Work | None:
    """'Gaddis, Long Peace, 12': one work, else a warning when the author has works here.

    An author's name with no title ('Melvern, p. 50', 'Feldman, op. cit., 837') names the
    author's works cited before it, if there are any: the one work, or, for 'op. cit.',
    'loc. cit.', 'art. cit.', 'a. a. O.', the one the latest note citing that author cites.
    A form that names no author of the essay's works ('Plutarch, Life of Nicias') is left
    as a citation of its own (``other``), without a warning.
    """
    pairs = [(w.id, w.item) for w in works]
    if not cit.get("authors"):  # a collection by its title: '…, in Letters of Gertrude Bell'
        return _one([w for w in works if w.id in works_titled(cit["title"], pairs, True)], out,
                    note_id, index, f"{cit['text']!r} names several works' title",
                    f"{cit['text']!r} names no work's title")
    found = works_by(cit["authors"], pairs, cit["title"])
    if len(found) > 1 and not cit["title"]:
        found = _cited_before(found, works, last_cited,
                              bool(_OP_CIT.search(str(cit.get("reference") or ""))))
    if len(found) == 1:
        return next(w for w in works if w.id == found[0])
    text = cit.get("text", "")
    if found:
        out.diagnostics.append(Diagnostic(
            "error", "ambiguous-short-form",
            f"{text!r} matches several works ({', '.join(found)}); give more of the title",
            note_id, index))
        return None
    _, names = _short_names(cit["authors"])
    theirs = [(wid, item) for wid, item in pairs
              if _names_agree("", names[:1], work_aliases(item)[:1])]
    if not theirs and not cit.get("cited_before"):  # kept as written: no locator of a work
        cit.update(form="other", locator=None, label=None)  # ('Thucydides, History, 1.23')
        return None
    labels = ", ".join(work_label(wid, item) for wid, item in theirs[:3])
    what = f"names no title of this author's works; closest: {labels}" if theirs else \
        "names a work cited before it, and no work of this author is cited in full"
    out.diagnostics.append(Diagnostic(  # ('op. cit.', Italian 'cit.': never silent)
        "warning", "unresolved-short-form", f"{text!r} {what}", note_id, index))
    return None


def _cited_before(found: list[str], works: list[_Work], last_cited: dict[int, tuple[int, int]],
                  latest: bool) -> list[str]:
    """Of an author's works (ids), those cited in the notes before this one, if any; with
    ``latest``, those the latest of these notes cites."""
    when = {w.id: last_cited[id(w)] for w in works if w.id in found and id(w) in last_cited}
    if not when:
        return found
    if latest:
        last_note = max(when.values())[0]
        return [wid for wid in found if when.get(wid, (-1,))[0] == last_note]
    return [wid for wid in found if wid in when]
