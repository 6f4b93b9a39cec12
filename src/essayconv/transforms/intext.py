"""Rule link-intext-citations: the author's own author-date (or MLA author-page) citations link.

Essays written author-date cite in the text, "(Watrall 2002, 169; Richardson 2013, 4)" or
"as Power (2002) argued", with a reference list at the end. Each such citation whose names
and year match exactly one work is wrapped, as written, in an ``xref`` element pointing at
that work, so every writer can link it to its reference-list entry. One that matches no
work is a warning naming the closest works (when the essay has its own reference list);
one that matches several is a warning too. The words are never changed.

Years alone, "Wylie’s notion of cabling (see 1989; 2002)", take the nearest name before
them in the sentence, when it names exactly one work of that year; else any author named
earlier in the sentence whose work is the one of that year ("Whitlock argues that the
opening of the turnpike to Wisbech mattered more (2015, 112)", ``yearcites.py``). MLA essays
cite author and page, "(Morrison 44)", "(Morrison, Beloved 43)": the one work of that author (with
that short title) is linked, several are a warning, none is no citation ("(Route 66)").
Once an essay cites author-page, a page alone after the author's name, "(569)", links too;
so does, in an MLA essay (author-page, or a "Works Cited" list and no author-year citation),
a page after the author named as the source or after a citation in its sentence or the one
before, and an unsigned work's title, '("Teaching Beloved" 12)', '(Beloved 01:12:30)'
(``mlacites.py``).

Names keep their particles, in either case, and Arabic articles: "(dos Santos, 2018)", "De la
Cruz (2020)", "Silva e Souza (2019)", "al-Khatib and el-Sayed (2017)". A name written family
name first, "Nguyễn Văn An (2019)", "Kim Ji-won (2020)", names the work of Nguyễn, V.A. or
Kim, J.-W., unless its last word is the surname of another work of that year (then it names
none). APA's republished work, "(García Márquez, 1967/2006)", is the work of its later year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from .. import tree as T
from ..references.csl import ascii_key, name_key, year_of
from ..references.matching import closest_works, works_by, works_titled_of_year
from ..references.matching import matching_works as _matching
from ..works import works_of
from .citepatterns import (
    _AUTHORS,
    _CONTEXT,
    _GROUP,
    _IBID_INTEXT,
    _LITERAL_PART,
    _MORE_YEARS,
    _NAME_START,
    _NAME_WORDS,
    _NARRATIVE,
    _NOT_NAMES,
    _PAGED,
    _PART,
    _PARTS,
    _SIGNAL,
    _YEAR,
    _YEAR_ALONE,
)
from .mlacites import link_pages_alone, title_place
from .mlacites import mla_other as _mla_other
from .secondary import is_original, narrative_read_in
from .yearcites import distant_author, names_an_author, organisation_before, warn_year_alone

NAME = "link-intext-citations"


def matching_works(*args: Any, **kwargs: Any) -> list[str]:
    """matching.matching_works, each work once (a work may stand under its abbreviation too)."""
    return list(dict.fromkeys(_matching(*args, **kwargs)))


@dataclass(frozen=True)
class _Reading:
    """How the essay cites: author-page (MLA) or not, and the works a bare page may cite."""

    author_page: bool = False  # '(Morrison 44)' is a citation
    pages_alone: frozenset[str] = frozenset()  # '(569)' after the author's name, these works
    last: list[str] = field(default_factory=list)  # the work cited last, for '(ibid.)'


def link_intext_citations(essay: etree._Element) -> None:
    """Wrap every resolvable author-date citation of the body in xref; warn about the rest."""
    works = [(item["id"], item) for item in works_of(essay)]
    if not works:
        return
    body = T.find(essay, "body")
    works += _abbreviations(body, works)
    warn = T.find(essay, "sources") is not None  # the essay's own list: its citations must match
    paragraphs = list(body.iter(T.q("p"))) if body is not None else []
    heading = T.find(essay, "sources").get("heading", "") if warn else ""
    reading = _Reading(author_page=_cites_author_page(paragraphs, works, heading))
    _link_paragraphs(paragraphs, works, essay if warn else None, reading)
    cited = frozenset(x.get("work") for x in essay.iter(T.q("xref"))
                      if _author_page(x.text or ""))
    if reading.author_page and cited:
        # a page alone, '(569)', after the name of an author cited author-page elsewhere
        _link_paragraphs(paragraphs, works, None, _Reading(True, cited))
    if reading.author_page:  # '(64)' after 'As Patricia Henderson puts it', or after a citation
        link_pages_alone(paragraphs, works, essay if warn else None)
    if warn:
        _report_uncited(essay)


# APA's group author with its abbreviation, first cited in full: 'Centers for Disease Control
# and Prevention [CDC], 2022'
_ABBREVIATED = re.compile(r"(?P<name>[A-Z][^()\[\];]{2,120}?)\s*\[(?P<abbr>[A-Z][A-Za-z&]{1,10})\]")


def _abbreviations(body: etree._Element | None, works: list[tuple[str, dict[str, Any]]]
                   ) -> list[tuple[str, dict[str, Any]]]:
    """The works an abbreviation the text declares stands for ('(American Psychological
    Association [APA], 2020)', then '(APA, 2020)'), as (id, the work under that name)."""
    if body is None:
        return []
    text = " ".join(body.itertext())
    out = []
    for match in _ABBREVIATED.finditer(text):
        name = ascii_key(match.group("name"))
        for work_id, item in works:
            literal = ascii_key((item.get("author") or [{}])[0].get("literal", ""))
            if literal and name.endswith(literal):
                out.append((work_id, {**item, "author": [{"literal": match.group("abbr")}]}))
    return out


def _link_paragraphs(paragraphs: list[etree._Element], works: list[tuple[str, dict[str, Any]]],
                     report: etree._Element | None, reading: _Reading) -> None:
    """Link the citations in every text and tail of the paragraphs (never inside an xref)."""
    for p in paragraphs:
        line = int(p.get("line")) if p.get("line") and report is not None else None
        for child, context in _slots(p):  # read before any xref is added: each text once
            _link_text(p, child, works, report, line, reading, context)


def _slots(p: etree._Element) -> list[tuple[etree._Element | None, str]]:
    """(None or the child whose tail it is, the last words before it) for each text of p."""
    out: list[tuple[etree._Element | None, str]] = [(None, "")]
    context = p.text or ""
    for child in p:
        context = (context + "".join(child.itertext()))[-_CONTEXT:]
        out.append((child, context))
        context = (context + (child.tail or ""))[-_CONTEXT:]
    return out


def _author_page(words: str) -> bool:
    """'Morrison 44', 'Morrison, Beloved 43': an author and a page, no year."""
    m = _PAGED.fullmatch(words.strip())
    return bool(m and m.group("authors")) and _PART.match(words.strip()) is None


def _cites_author_page(paragraphs: list[etree._Element],
                       works: list[tuple[str, dict[str, Any]]], heading: str = "") -> bool:
    """Does the essay cite MLA-style, author and page (twice at least, more often than author
    and year; or once, or under MLA's heading 'Works Cited', and never author and year)?"""
    pages = years = 0
    for p in paragraphs:
        for group in _GROUP.finditer("".join(p.itertext())):
            for part in group.group(1).split(";"):
                part = _SIGNAL.sub("", part.strip(), count=1)
                if _PART.match(part):
                    years += 1
                elif _author_page(part) and works_by(_PAGED.match(part).group("authors"),
                                                     works):
                    pages += 1
    mla = pages == 1 or re.fullmatch(r"works\s+cited", heading.strip(), re.I)
    return (pages >= 2 and pages > years) or bool(mla and years == 0)


def _report_uncited(essay: etree._Element) -> None:
    """An entry of the essay's own reference list that nothing in the text cites."""
    cited = {x.get("work") for x in essay.iter(T.q("xref"))}
    cited |= {c.get("work") for c in essay.iter(T.q("citation")) if c.get("work")}
    cited |= _called_by_number(essay) | _collections_of(essay, cited)
    for item in T.findall(essay, "sources/item"):
        if item.get("work") and item.get("work") not in cited:
            message = f"{item.get('work')}: the reference list entry is never cited in the text"
            line = int(item.get("line")) if item.get("line") else None
            T.diagnose(essay, "warning", NAME, message, line)


def _collections_of(essay: etree._Element, cited: set[str]) -> set[str]:
    """The collections whose letters and papers the text cites: a cited work's collection
    ('Andrew McBride Papers') names the listed work of that title."""
    def field(work: etree._Element, name: str) -> str:
        return next((f.text.casefold() for f in T.findall(work, "field")
                     if f.get("name") == name and f.text), "")

    works = T.findall(essay, "works/work")
    held = {field(w, "collection-title") for w in works if w.get("id") in cited} - {""}
    return {w.get("id") for w in works if field(w, "title") in held}


def _called_by_number(essay: etree._Element) -> set[str]:
    """The archive files a note names by their call number ('Minute by Hubert Young, 21
    December 1920, CO 730/1, The National Archives, Kew.' cites the entry of CO 730/1)."""
    notes = " ".join("".join(t.itertext()) for t in T.findall(essay, "notes/note/text"))
    found = set()
    for work in T.findall(essay, "works/work"):
        number = next((f.text for f in T.findall(work, "field")
                       if f.get("name") == "archive_location" and f.text), None)
        pattern = r"\s*".join(re.escape(part) for part in number.split()) if number else None
        if pattern and re.search(rf"(?<![\w/]){pattern}(?![\w/])", notes):
            found.add(work.get("id"))
    return found


def _link_text(p: etree._Element, before: etree._Element | None,
               works: list[tuple[str, dict[str, Any]]], report: etree._Element | None,
               line: int | None, reading: _Reading, context: str) -> None:
    """Split p.text (before is None) or before.tail around the citations it holds."""
    text = p.text if before is None else before.tail
    if not text:
        return
    pieces = list(_pieces(text, works, report, line, reading, context))
    if all(isinstance(piece, str) for piece in pieces):
        return
    plain = pieces.pop(0) if isinstance(pieces[0], str) else ""
    if before is None:
        p.text = plain
        index = 0
    else:
        before.tail = plain
        index = p.index(before) + 1
    last: etree._Element | None = None
    for piece in pieces:
        if isinstance(piece, str):
            last.tail = (last.tail or "") + piece
            continue
        work_id, words = piece
        last = T.el("xref", words, work=work_id, locator=_locator(words))
        p.insert(index, last)
        index += 1


def _locator(words: str) -> str | None:
    """The page the author gave: 'Watrall 2002, 169' → '169', 'Des Forges (1999, p. 3)' →
    'p. 3', 'Morrison 44' → '44', '569' → '569'; None when there is none."""
    year = re.search(_YEAR, words)
    if year is None:
        page = _PAGED.fullmatch(words.strip())
        return page.group("page") if page else title_place(words)
    rest = words[year.end():].strip().strip(",:;").strip().rstrip(")").strip()
    return rest or None


def _pieces(text: str, works: list[tuple[str, dict[str, Any]]],
            report: etree._Element | None, line: int | None, reading: _Reading,
            context: str) -> Iterator[str | tuple[str, str]]:
    """Plain strings and (work id, words) pairs, in order, that join back to text
    (``context``: the paragraph's last words before text, where a sentence may begin)."""
    spans = _ibid(text, sorted(_citations(text, works, report, line, reading, context)),
                  reading)
    position = 0
    for start, end, work_id in spans:
        if start < position:
            continue
        yield text[position:start]
        yield (work_id, text[start:end])
        position = end
    yield text[position:]


def _ibid(text: str, spans: list[tuple[int, int, str]], reading: _Reading
          ) -> list[tuple[int, int, str]]:
    """Add '(ibid.)', '(ibid., p. 205)': the work cited last before it, in this text or an
    earlier one (first pass only); remember the last work for the texts after."""
    if reading.pages_alone:
        return spans
    out = list(spans)
    for m in _IBID_INTEXT.finditer(text):
        before = [span for span in out if span[1] <= m.start()]
        work = max(before)[2] if before else (reading.last[0] if reading.last else None)
        if work and not any(a < m.end("words") and m.start("words") < b for a, b, _ in out):
            out.append((m.start("words"), m.end("words"), work))
    out.sort()
    if out:
        reading.last[:] = [out[-1][2]]
    return out


def _citations(text: str, works: list[tuple[str, dict[str, Any]]],
               report: etree._Element | None, line: int | None, reading: _Reading,
               context: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, work id) of each resolvable citation in text; unresolved ones reported."""
    narrative_spans = []
    for m in _NARRATIVE.finditer(text):
        narrative_spans.append((m.start(), m.end()))
        read = narrative_read_in(m, text, lambda a, y, w: _resolve(a, y, w, works, report, line))
        if read is not False:  # 'Townsend (1957, cited in Victor et al. 2009, p. 14)'
            if read:
                yield read
            continue
        year = _work_year(m.group("year"))
        body = organisation_before(text, m.end("authors"), year, works)
        if body and body[0] < m.start("authors"):  # 'Campaign to End Loneliness (2020)'
            yield body[0], m.end(), body[1]
            continue
        words = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group("authors"))]
        for k, (offset, word) in enumerate(words):  # 'As Power (2002)': the longest tail that
            if not word[0].isupper() and not _NAME_START.fullmatch(word):  # names a work
                continue                                 # exactly ('Beard and Smith')
            names = re.sub(r"[’']s$", "", " ".join(w for _, w in words[k:]))  # 'Wylie’s (1989)'
            found = matching_works(names, year, works, surnames=False)
            if not found:  # 'Zhang Wei (2021)': Zhang, W. (unless Wei wrote that year too)
                found = _native_order(names, year, works)
                if found:
                    found = _union(works, found, matching_works(names, year, works))
                    if len(found) > 1:
                        break
            if len(found) == 1:
                more = [(y.start(), y.end(), matching_works(names, _work_year(y.group()),
                                                            works))
                        for y in re.finditer(_YEAR, text[m.end("year"):m.end()])]
                if more and all(len(ids) == 1 for *_, ids in more) and _MORE_YEARS.fullmatch(
                        text[m.end("year"):m.end() - 1]):
                    # 'Power (2002, 2005)': each year its work; ')' stays outside the links
                    yield m.start("authors") + offset, m.end("year"), found[0]
                    for start, end, ids in more:
                        yield m.end("year") + start, m.end("year") + end, ids[0]
                else:
                    yield m.start("authors") + offset, m.end(), found[0]
                break
        else:
            bracket = text.index("(", m.end("authors"))
            before, inside = context + text[:bracket], text[bracket + 1:m.end() - 1]
            if not names_an_author(m.group("authors"), works) and \
                    _named_before(before, inside, works):
                narrative_spans.pop()  # 'Ashby’s survey of the mills at Sudbury (2004)'
            elif not _unlinked_narrative(m, words, year, works, report, line) and \
                    report is not None:  # 'Fenwick describes the riots at Sudbury (1998)'
                warn_year_alone(before, inside, works, report, line)
    for group in _GROUP.finditer(text):
        if any(s <= group.start() < e for s, e in narrative_spans):
            continue
        offset = group.start(1)
        authors = _named_before(context + text[:group.start()], group.group(1), works,
                                reading.pages_alone, text[group.end():group.end() + 2])
        if authors is None and report is not None:  # '(1998)' after an author of no 1998
            warn_year_alone(context + text[:group.start()], group.group(1), works, report, line)
        for part_start, part_text in _abnt_parts(group.group(1)):
            words = part_text.strip()
            start = offset + part_start + (len(part_text) - len(part_text.lstrip()))
            m = _PART.match(words)
            signal = _SIGNAL.match(words)
            if m is None and signal and authors:  # '(see 1989; 2002)': the signal stays out
                start += signal.end()
                words = words[signal.end():]
            paged = _PAGED.match(words) if m is None else None
            if m is None and authors and re.fullmatch(rf"(?:{_YEAR})(?:[,:]\s*[^;]*)?", words):
                year = re.split(r"[,:]", words)[0]  # 'Smith 2001; 2005': the same authors
            elif m is not None and _is_name(m.group("authors")):
                authors, year = m.group("authors"), m.group("year")
                if m.group("signal"):
                    start += m.start("authors")
                    words = words[m.start("authors"):]
            elif reading.author_page and m is None and _mla_other(words, works):
                # '("Rising Tides" 4)', '(qtd. in Taylor 88)', '(Brown)'
                skip, work_id = _mla_other(words, works)
                yield start + skip, start + len(words), work_id
                continue
            elif reading.author_page and paged is not None and (
                    paged.group("authors") or authors) and \
                    _is_name(paged.group("authors") or authors):
                # MLA author-page: '(Morrison 44)', '(Morrison, Beloved 43)', '(569)'
                work_id = _resolve_paged(paged.group("authors") or authors,
                                         paged.group("title") or "", words, works, report, line)
                if work_id:
                    yield start, start + len(words), work_id
                continue
            else:
                work_id = _by_literal_name(words, works)  # 'Ministère de la Transition
                if work_id:                                # écologique, 2022'
                    yield start, start + len(words), work_id
                continue
            more = _MORE_YEARS.fullmatch(m.group("rest")) if m is not None else None
            if more and all(len(matching_works(authors, _work_year(y.group()), works)) == 1
                            for y in re.finditer(_YEAR, more.group(0))):
                # '(Smith 2010, 2005)': two works of one author, not a page 2005
                words = words[:len(words) - len(m.group("rest"))]
                cut = start + len(words)
                for y in re.finditer(_YEAR, more.group(0)):
                    yield cut + y.start(), cut + y.end(), matching_works(
                        authors, _work_year(y.group()), works)[0]
            original = is_original(group.group(1), part_start + len(part_text))
            work_id = _resolve(authors, year, words, works, None if original else report, line)
            if work_id:
                yield start, start + len(words), work_id


def _unlinked_narrative(m: re.Match[str], words: list[tuple[int, str]], year: str,
                        works: list[tuple[str, dict[str, Any]]],
                        report: etree._Element | None, line: int | None) -> bool:
    """A narrative citation that names no work, 'Jacobi (2009)': a warning when some work's
    first name is like one of its names (else it may be no citation: 'Agenda 21 (1992)');
    was it given?"""
    if report is None:
        return False
    for offset, word in words:
        if not word[0].isupper() or word.lower().strip(".,") in _NOT_NAMES:
            continue
        names = " ".join(w for o, w in words if o >= offset)
        close = closest_works(names, year, works)
        if close:
            said = m.group()[offset:]
            message = (f"{said!r} refers to no entry of the reference list; closest: "
                       f"{', '.join(close)}")
            T.diagnose(report, "warning", NAME, message, line)
            return True
    return False


def _abnt_parts(group: str) -> list[tuple[int, str]]:
    """(start, text) of each citation of a bracket; ABNT's ';' between the authors of one
    work, '(ROCHA; PEREIRA, 2021)', '(ABERS; KECK, 2013, p. 140)', joins a part that is
    names alone to the citation after it."""
    out: list[tuple[int, str]] = []
    names = 0  # how many parts before this one are names alone ('MARTINS; OLIVEIRA; …')
    for m in _PARTS.finditer(group):
        start, text = m.start(), m.group()
        if names and _PART.match(text.strip()):
            first = out[-names][0]
            del out[-names:]
            out.append((first, group[first:start + len(text)]))
            names = 0
            continue
        out.append((start, text))
        alone = re.fullmatch(_AUTHORS, text.strip()) and _is_name(text.strip())
        names = names + 1 if alone else 0
    return out


def _is_name(authors: str) -> bool:
    """Not a dated phrase or a part of the essay: '(March 2005)', '(Chapter 5)'."""
    return authors.split()[0].lower().strip(".,") not in _NOT_NAMES


def _by_literal_name(words: str, works: list[tuple[str, dict[str, Any]]]) -> str | None:
    """An organisation's name as the list writes it, whatever its case, then the year: the
    one work of that body and year, else None (and no warning: it may be no citation)."""
    m = _LITERAL_PART.fullmatch(words)
    if m is None:
        return None
    name = " ".join(m.group("name").split()).casefold()
    found = [wid for wid, item in works
             if [" ".join(str(a.get("literal", "")).split()).casefold()
                 for a in item.get("author") or []] == [name] and
             str((item.get("issued") or {}).get("date-parts", [[""]])[0][0]) ==
             m.group("year")[:4]]
    return found[0] if len(found) == 1 else None


def _resolve_paged(authors: str, title: str, words: str,
                   works: list[tuple[str, dict[str, Any]]], report: etree._Element | None,
                   line: int | None) -> str | None:
    """The one work of these authors (with this short title); several are a warning, none
    is no citation at all ('(Route 66)')."""
    found = works_by(authors, works, title)
    if len(found) == 1:
        return found[0]
    if found and report is not None:
        message = f"{words!r} matches several works ({', '.join(found)}); add a short title"
        T.diagnose(report, "warning", NAME, message, line)
    return None


def _named_before(before: str, group: str, works: list[tuple[str, dict[str, Any]]],
                  pages_alone: frozenset[str] = frozenset(), after: str = "") -> str | None:
    """'Wylie’s notion of cabling (see 1989; 2002)': the nearest name before the group, in
    its sentence, if it names the one work of the group's first year (or, for pages alone,
    '(569)', the author's one work); None if the group names its authors or holds no plain
    year ('(2002-2009)', '(2002: $40,000)' are periods and figures, not citations)."""
    first = group.split(";")[0].strip()
    signal = _SIGNAL.match(first)
    first = first[signal.end():] if signal else first
    year = _YEAR_ALONE.fullmatch(first)
    page = _PAGED.fullmatch(first)
    if year is None and (not pages_alone or page is None or page.group("authors")
                         or re.match(r"\s\w", after)):  # '(1) recovery, (2) revision'
        return None
    sentence = re.split(r"[.!?]\s+(?=[A-Z\u201c\"])", before[-_CONTEXT:])[-1]
    words = list(_NAME_WORDS.finditer(sentence))
    names = [i for i, w in enumerate(words) if w.group("name")]
    if not names:
        return None
    k = names[-1]  # the nearest name only: its longest form first ('Des Forges', 'van der Berg')
    for j in range(max(0, k - 4), k + 1):
        if any(sentence[words[i].end():words[i + 1].start()].strip() for i in range(j, k)):
            continue
        name = re.sub(r"[’']s$", "", sentence[words[j].start():words[k].end()].rstrip("."))
        if name.lower() in _NOT_NAMES:
            continue
        if year is not None:
            cited = _work_year(year.group("year"))
            found = matching_works(name, cited, works, surnames=False)
            if not found and _native_order(name, cited, works):  # 'As Zhang Wei says (2021)'
                found = _union(works, _native_order(name, cited, works),
                               matching_works(name, cited, works))
                if len(found) > 1:
                    return None
        else:  # '(569)' after 'As Rushdy argues': the author's one work, cited author-page
            found = [w for w in works_by(name, works) if w in pages_alone]
        if len(found) == 1:
            return name
    # 'Whitlock argues that the opening of the turnpike to Wisbech mattered more (2015, 112)'
    return distant_author(before, _work_year(year.group("year")), works) if year else None


def _resolve(authors: str, year: str, words: str, works: list[tuple[str, dict[str, Any]]],
             report: etree._Element | None, line: int | None) -> str | None:
    """The one work 'authors year' names; a warning (when reporting) if none or several."""
    year = _work_year(year)
    found = matching_works(authors, year, works)
    native = [] if matching_works(authors, year, works, surnames=False) else \
        _native_order(authors, year, works)  # 'Zhang Wei, 2021': Zhang, W.
    found = _union(works, found, native) or works_titled_of_year(authors, year, works)
    if len(found) == 1:
        return found[0]
    if report is not None:
        if found:
            hint = "write the name as the reference list does" if native else "add a year letter"
            message = f"{words!r} matches several works ({', '.join(found)}); {hint}"
        else:
            close = closest_works(authors, year, works)
            hint = f"; closest: {', '.join(close)}" if close else ""
            message = f"{words!r} refers to no entry of the reference list{hint}"
        T.diagnose(report, "warning", NAME, message, line)
    return None


def _work_year(year: str) -> str:
    """The year that names the work: '2001b' as written, '1967/2006' (APA's republished
    work) its later year, 'ca. 1965' its year."""
    year = re.sub(r"^(?:ca\.|c\.|circa)\s?", "", year.strip())  # 'ca. 1965': 1965
    return year.replace(" ", "").split("/")[-1]


def _union(works: list[tuple[str, dict[str, Any]]], *found: list[str]) -> list[str]:
    """The ids of several lists, once each, in the order of the works."""
    ids = {wid for ids in found for wid in ids}
    return list(dict.fromkeys(wid for wid, _ in works if wid in ids))


_NAME_PARTS = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _native_order(authors: str, year: str, works: list[tuple[str, dict[str, Any]]]
                  ) -> list[str]:
    """Ids of the works of that year whose first authors these are, each written family name
    first and then given names, 'Nguyễn Văn An', 'Kim Ji-won': the family name is the
    work's and the given names are its given names or their initials ('V.A.', 'J.-W.'); a
    name written as the list writes it counts too ('Zhang Wei and Smith')."""
    m = re.match(r"(\d{4})([a-z]?)", year)
    year, suffix = (m.group(1), m.group(2)) if m else ("nd", "")
    core = re.sub(r",?\s+et\s+al\.?$", "", authors.strip())
    written = [n.split() for n in _NAME_PARTS.split(core) if n.strip()]
    found = []
    for work_id, item in works:
        if year_of(item)[0] != year or (suffix and not work_id.endswith(year + suffix)):
            continue
        role = "author" if item.get("author") else "editor"
        theirs = [n for n in item.get(role) or [] if isinstance(n, dict) and
                  ascii_key(n.get("literal", "")) not in ("etal", "others")]
        if written and len(written) <= len(theirs) and all(
                ascii_key(" ".join(words)) == name_key(name) or _family_first(words, name)
                for words, name in zip(written, theirs, strict=False)):
            found.append(work_id)
    return found


def _family_first(words: list[str], name: dict[str, Any]) -> bool:
    """'Nguyễn Văn An' is Nguyễn, V.A.; 'Kim Ji-won' is Kim, J.-W. or Kim, Ji-won: the
    first words are the family name, the rest the given names, whole or as initials."""
    family = name_key(name)
    given = [ascii_key(g) for g in re.split(r"[\s.\-\u2010]+", str(name.get("given") or ""))]
    given = [g for g in given if g]
    if not family or not given or name.get("literal"):
        return False
    for cut in range(1, len(words)):
        if ascii_key(" ".join(words[:cut])) != family:
            continue
        mine = [ascii_key(w) for part in words[cut:] for w in re.split(r"[\-\u2010]", part)]
        if len(mine) == len(given) and all(  # 'Văn' and 'V', 'W' and 'Wei' are alike
                w == g or (min(len(w), len(g)) == 1 and w[:1] == g[:1])
                for w, g in zip(mine, given, strict=True)):
            return True
    return False
