"""Read raw pasted text into an essay tree: front matter, sections, notes and sources."""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from .. import tree as T
from . import pdfpages
from .affiliations import link as link_affiliations
from .appendix import APPENDIX, WORD_COUNT, fill_end
from .backlists import fill_references, numbered
from .blogs import blog_header
from .captions import join_labels
from .cover import cover_institutions
from .epigraph import mark_epigraph
from .front import read_front
from .furniture import drop_header_junk, drop_page_furniture
from .gdocs import drop_gdocs_junk, drop_outline, headless_notes
from .hardwrap import join_wrapped_lines, wrapped_breaks
from .hostcover import drop_host_cover
from .language import guess_language
from .lines import (
    BARE_URL,
    CAPTION,
    CREDIT,
    EMAIL,
    LIST_ITEM,
    NUMBERED_HEADING,
    bibliography_subheading,
    is_caption,
    is_heading,
    note_start,
    reference_heading,
)
from .lists import number_lists
from .markdown_blocks import markdown_headings, markdown_outline
from .marklines import join_marks
from .masthead import masthead
from .mathlines import display_equation, equation_line, lead_in
from .outline import assign_levels, mark_abstract
from .pagenumbers import drop_top_number
from .platforms import platform_header
from .runin import unmark_run_ins
from .running_header import drop_running_header
from .tables import Table, find_tables
from .titlepage import title_page
from .toc import drop_toc
from .verse import QUOTE_LINE, Verse, find_verse
from .wikipedia import Page, caret_notes, drop_wiki_chrome, ends_references

MARKER = re.compile(r"\[(\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*)\]")


def read_text(lines: list[str], source: str, encoding: str = "utf-8") -> etree._Element:
    """Build the essay tree from the input's lines (without line ends)."""
    essay = T.el("essay", source=source)
    essay.set(T.XML_LANG, "en")
    meta = T.sub(essay, "meta")
    body = T.sub(essay, "body")
    T.sub(essay, "changes")
    if encoding.startswith("utf-") and encoding != "utf-8":
        T.diagnose(essay, "warning", "encoding", f"not UTF-8: decoded as {encoding.upper()} "
                   f"(its byte-order mark)", None)
    elif encoding != "utf-8":
        T.diagnose(essay, "warning", "encoding", f"not valid UTF-8, decoded as {encoding}", None)
    wiki = drop_wiki_chrome(essay, drop_outline(
        essay, markdown_headings(essay, _content_lines(essay, lines))))
    # a pasted table of contents; Word's page number '1' over the title page
    content, counted = drop_top_number(essay, drop_toc(essay, wiki.lines))
    content = drop_host_cover(essay, content)  # Academia.edu's cover page over the paper
    platform = platform_header(content)  # a Medium or Substack post pasted whole
    if platform is None:
        content = drop_header_junk(essay, blog_header(essay, drop_running_header(essay, content)))
        facts, content = masthead(content)  # a journal's name over 'Volume 3, Issue 2'
        front = title_page(content)  # a German, French, Italian, Spanish … title page
        if front is None:
            institutions, content = cover_institutions(content)  # a cover page's lines
            content = join_marks(essay, content)  # '1' / 'Department of …' in a PDF's header
            front = read_front(content)
            front.info[:0] = institutions
        front.info[:0] = facts
        after_front = content[front.consumed :]
    else:
        front, after_front = platform
    for rule, number, before, after in front.changes:
        T.log_change(essay, rule, number, before, after)
    rest = drop_page_furniture(essay, after_front, front)
    _fill_meta(meta, front, content)
    rest, dropped = _drop_pdf_furniture(essay, rest, front, counted)
    body_lines, ref_sections, endmatter = _split_back(drop_gdocs_junk(essay, rest))
    ref_sections = [(heading, caret_notes(essay, section_lines, body_lines))
                    for heading, section_lines in ref_sections]  # Wikipedia's '^ a b …'
    if not any(numbered(section_lines) for _, section_lines in ref_sections) and \
            (start := headless_notes(body_lines)) is not None:
        # footnotes pasted at the end with no heading (Google Docs)
        ref_sections.insert(0, ((body_lines[start][0], "Notes"), body_lines[start:]))
        body_lines = body_lines[:start]
    body_lines, tables = find_tables(body_lines)
    body_lines = join_labels(body_lines)  # 'Figure 1' over its title: one caption
    continued: set[int] = set()
    if not _note_numbers(ref_sections):
        # page-bottom footnotes only in what a PDF gave: pages, lines cut at a width, or
        # blocks of called footnotes with the text going on under them
        kept, footnote_lines = pdfpages.footnotes(
            essay, body_lines, dropped, front.title[1] if front.title else "",
            [name for _, name in front.authors], bool(dropped or wrapped_breaks(body_lines)))
        if footnote_lines:
            ref_sections.insert(0, ((footnote_lines[0][0], "Notes"), footnote_lines))
        removed = {n for n, _ in body_lines} - {n for n, _ in kept} | dropped
        continued = pdfpages.page_breaks(kept, removed)
        body_lines = kept
    verses = find_verse(body_lines, _indenting(body_lines))
    body_lines = join_wrapped_lines(essay, body_lines, continued,
                                    {number for verse in verses for number in verse.every})
    body_lines, quotes, verse_lines = _block_quotes(essay, body_lines, verses)
    _fill_body(body, body_lines, _note_numbers(ref_sections), quotes, tables, verse_lines, wiki)
    assign_levels(body)
    markdown_outline(essay)  # '## Heading' levels, '**bold**' (markdown_blocks.py)
    mark_abstract(essay)
    mark_epigraph(essay)
    essay.set(T.XML_LANG, guess_language(" ".join(text for _, text in body_lines),
                                         at_least=3))  # a short piece: three words at least
    for heading, section_lines in ref_sections:
        fill_references(essay, heading, section_lines)
    if endmatter:
        fill_end(essay, endmatter)  # end matter, then the appendices
    number_lists(essay)
    return essay


def _content_lines(essay: etree._Element, lines: list[str]) -> list[tuple[int, str]]:
    """Non-blank lines with their numbers; trailing spaces and extra blank lines are logged."""
    content: list[tuple[int, str]] = []
    blank_run = 0
    for number, raw in enumerate(lines, start=1):
        raw = _plain_characters(essay, number, raw)
        text = raw.rstrip()
        if text != raw:
            tail = raw[len(text) :]
            word = text.split()[-1] if text.split() else ""
            T.log_change(essay, "trailing-whitespace", number, word + tail, word)
        if not text.strip():
            blank_run += 1
            continue
        if blank_run > 1 and content:
            T.log_change(essay, "blank-lines", number - blank_run, "\n" * blank_run, "\n")
        blank_run = 0
        content.append((number, text))
    if blank_run and content:
        T.log_change(essay, "blank-lines", len(lines) - blank_run + 1, "\n" * blank_run, "")
    return content


# invisible characters a PDF or a web page leaves in copied text: soft hyphens, zero-width
# spaces, word joiners, a byte-order mark inside the text
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
CHARACTERS = "plain-characters"


def _plain_characters(essay: etree._Element, number: int, line: str) -> str:
    """Drop invisible characters and spell out typographic ligatures ('ﬁ' → 'fi'); each word
    changed is logged."""
    plain = _INVISIBLE.sub("", line).translate(_LIGATURES)
    if plain != line:
        for before in re.findall(r"\S+", line):
            after = _INVISIBLE.sub("", before).translate(_LIGATURES)
            if after != before:
                T.log_change(essay, CHARACTERS, number, before, after)
    return plain


def _drop_pdf_furniture(essay: etree._Element, lines: list[tuple[int, str]], front,
                        counted: bool = False):
    """Drop a PDF's running headers and page numbers (see pdfpages); the numbers dropped."""
    title = front.title[1] if front.title else ""
    body_end = next((index for index, (_, text) in enumerate(lines)
                     if reference_heading(text, _next_text(lines, index))), len(lines))
    return pdfpages.drop_furniture(essay, lines, title, [name for _, name in front.authors],
                                   body_end, counted)


def _fill_meta(meta: etree._Element, front, content: list[tuple[int, str]] = ()) -> None:
    """Write every line the front matter took: the title, the authors (the bio under the
    first, @aff naming their affiliations), the header facts (an affiliation with its @id
    and its mark as @label); a bio with no author to hold it stays a header fact, never
    dropped."""
    number, title = front.title or (None, "Untitled")
    T.sub(meta, "title", title, line=number)
    affiliations = link_affiliations(front.authors, front.info, dict(content))
    ids = {line: f"aff{index}" for index, line in enumerate(affiliations, start=1)}
    for index, (line, name) in enumerate(front.authors):
        own = " ".join(ids[a.line] for a in affiliations.values() if index in a.authors)
        author = T.sub(meta, "author", line=line, aff=own or None)
        T.sub(author, "name", name)
        if index == 0 and front.bio:
            email = EMAIL.search(front.bio[1])
            if email:
                T.sub(author, "email", email.group(0))
            T.sub(author, "bio", front.bio[1], line=front.bio[0])
    for line, name, text in front.info:
        if (affiliation := affiliations.get(line)) is not None and name == "affiliation":
            T.sub(meta, "info", affiliation.text, name=name, id=ids[line],
                  label=affiliation.label, line=line)
        else:
            T.sub(meta, "info", text, name=name, line=line)
    if front.bio and not front.authors:
        T.sub(meta, "info", front.bio[1], name="bio", line=front.bio[0])




def _split_back(lines: list[tuple[int, str]]):
    """Split lines into body, reference sections [(heading line, lines)] and end matter."""
    body: list[tuple[int, str]] = []
    sections: list[tuple[tuple[int, str], list[tuple[int, str]]]] = []
    endmatter: list[tuple[int, str]] = []
    for index, (number, text) in enumerate(lines):
        following = lines[index + 1][1] if index + 1 < len(lines) else ""
        if endmatter or (sections and (CREDIT.match(text) or
                                       (BARE_URL.match(text) and CREDIT.match(following)))):
            endmatter.append((number, text))
        elif sections and (WORD_COUNT.match(text.strip()) or (
                (APPENDIX.match(text.strip()) or ends_references(text)) and not any(
                    reference_heading(later) for _, later in lines[index + 1:]))):
            endmatter.append((number, text))  # an appendix or a word count after the list
        elif (heading := reference_heading(text, following)) and \
                not _subheading_of(sections, text):
            sections.append(((number, heading), []))
        elif sections:
            sections[-1][1].append((number, text))
        else:
            body.append((number, text))
    return body, sections, endmatter


def _next_text(lines: list[tuple[int, str]], index: int) -> str:
    return lines[index + 1][1] if index + 1 < len(lines) else ""


def _subheading_of(sections: list, text: str) -> bool:
    """A reference heading that is a category inside the bibliography above it ('Quellen'
    and 'Literatur' under 'Literaturverzeichnis', 'Sources' under 'Bibliography'): never
    under notes, where 'Sources' opens the bibliography."""
    if not sections or not bibliography_subheading(text):
        return False
    return not any(note_start(line) for _, line in sections[-1][1])


def _note_numbers(ref_sections: list) -> frozenset[str]:
    """The numbers the reference sections give notes: at a line's start or as '[n]' in it."""
    found: set[str] = set()
    for _, section_lines in ref_sections:
        for _, text in section_lines:
            start = note_start(text)
            if start:
                found.add(str(start[0]))
            found.update(m.group(1) for m in re.finditer(r"\[(\d{1,3})\]", text))
    return frozenset(found)


# a transcript's speaker before what is said: 'Interviewer: …', 'Respondent 2: …'
_SPEAKER = re.compile(r"^([A-Z][\w.’' ]{0,24}?)\s*:\s+\S")
QUOTES = "block-quote"


def _indenting(lines: list[tuple[int, str]]) -> bool:
    """Does indenting a line mean a quotation? Not where most of the text is indented (a
    paste that indents every paragraph; see _indent_means_nothing)."""
    marked = [QUOTE_LINE.match(text) and not LIST_ITEM.match(text.strip()) for _, text in lines]
    return any(marked) and not _indent_means_nothing(lines, marked)


def _indent_means_nothing(lines: list[tuple[int, str]], marked: list) -> bool:
    """Is the text indented throughout: half its paragraphs or more (a paragraph is a run of
    lines in a row indented alike; headings and list items aside) and most of its characters
    (so short verse lines never outweigh the prose around them)? One long quotation among
    two short paragraphs is no indented essay."""
    if _indented_share(lines, marked) <= 0.5:
        return False
    runs: list[bool] = []
    previous = None
    for (number, text), mark in zip(lines, marked, strict=True):
        if is_heading(text) and not mark or LIST_ITEM.match(text.strip()):
            previous = None
            continue
        if previous is None or previous[0] != number - 1 or previous[1] != bool(mark):
            runs.append(bool(mark))
        previous = (number, bool(mark))
    return sum(runs) * 2 >= len(runs)


def _indented_share(lines: list[tuple[int, str]], marked: list) -> float:
    """The share of the text's characters on the marked lines."""
    total = sum(len(text.strip()) for _, text in lines) or 1
    return sum(len(text.strip()) for (_, text), mark in zip(lines, marked, strict=True)
               if mark) / total


def _block_quotes(essay: etree._Element, lines: list[tuple[int, str]],
                  verses: list[Verse] = ()
                  ) -> tuple[list[tuple[int, str]], set[int], dict[int, list[tuple[int, str]]]]:
    """Rule block-quote: a body line indented (two spaces or more, a tab) or marked '> ' is
    a block quotation, its lines one paragraph; the marks go, logged. Where most of the text
    and half its paragraphs are indented, indenting means nothing and the rule stays out.
    The lines of a verse quotation (see verse.py) stay lines: they are returned by its
    first line's number (one paragraph in ``lines``, its lines joined by spaces), the first
    logged as '[verse] …'; a marker alone on the line under it ends its last line."""
    marked = unmark_run_ins(lines, [None if LIST_ITEM.match(text.strip())
                                    else QUOTE_LINE.match(text) for _, text in lines])
    if _indent_means_nothing(lines, marked):
        marked = [None] * len(lines)
    owner = {number: verse for verse in verses for number in verse.every}
    verse_lines: dict[int, list[tuple[int, str]]] = {}
    out: list[tuple[int, str]] = []
    quotes: set[int] = set()
    previous = None
    for (number, text), mark in zip(lines, marked, strict=True):
        verse = owner.get(number)
        if verse is not None:
            words = QUOTE_LINE.sub("", text).strip()
            first = verse.numbers[0]
            if number == first:
                verse_lines[first] = [(number, words)]
                out.append((number, words))
                T.log_change(essay, QUOTES, number, text, f"[verse] {words}")
                continue
            held = verse_lines[first]
            if number in verse.markers:  # '[5]' under the verse: its last line's marker
                held[-1] = (held[-1][0], f"{held[-1][1]} {words}")
                T.log_change(essay, QUOTES, number, text, held[-1][1])
            else:
                held.append((number, words))
                if words != text:
                    T.log_change(essay, QUOTES, number, text, words)
            out[-1] = (first, " ".join(line for _, line in held))
            continue
        if not mark:
            out.append((number, text))
            continue
        words = text[mark.end():].strip()
        T.log_change(essay, QUOTES, number, text, words)
        if out and out[-1][0] in quotes and previous == number - 1:
            out[-1] = (out[-1][0], f"{out[-1][1]} {words}")
        else:
            out.append((number, words))
            quotes.add(number)
        previous = number
    return out, quotes, verse_lines


# headings that open a paper's parts, never one under another heading
_TOP_HEADINGS = frozenset(("introduction", "conclusion", "conclusions", "abstract", "summary",
                           "discussion", "background", "acknowledgements", "acknowledgments"))


_PARTS_OVER_SUBHEADINGS = frozenset(("method", "methods", "methodology", "results", "findings",
                                     "discussion", "literature review", "materials and methods",
                                     "analysis", "background"))


def _over_subheading(lines: list[tuple[int, str]], index: int, speakers: Counter) -> bool:
    """A heading over a subheading ('Literature Review' / 'Experimental Studies' / a
    paragraph), each standing alone between blank lines as APA's levels do, or a paper's
    part right over its first subheading ('Method' / 'Participants' / a paragraph)."""
    if index + 2 >= len(lines):
        return False
    (here, head), (under, sub), (after, text) = lines[index:index + 3]
    apart = under > here + 1 and after > under + 1
    # a paper's part named alone right over its first subheading ('Method' / 'Participants')
    part = head.strip().lower() in _PARTS_OVER_SUBHEADINGS and under == here + 1
    return (apart or part) and _heading_like(sub, speakers) and \
        not _heading_like(text, speakers) and sub.strip().lower() not in _TOP_HEADINGS


def _heading_like(text: str, speakers: Counter) -> bool:
    """A line that could head a section: no transcript's line ('Interviewer: …')."""
    said = _SPEAKER.match(text)
    return is_heading(text) and not (said and speakers[said.group(1)] >= 2) and \
        not equation_line(text)


def _fill_body(body: etree._Element, lines: list[tuple[int, str]],
               notes: frozenset[str] = frozenset(), quotes: set[int] = frozenset(),
               tables: list[Table] = (),
               verses: dict[int, list[tuple[int, str]]] | None = None,
               wiki: Page | None = None) -> None:
    """Sections at the headings, paragraphs under them. A heading is a short line before a
    paragraph, never one whose text goes on in lower case on the next line nor a table's
    title under its label ('Table 1'); a numbered heading may stand over a numbered
    subheading ('2. Method' over '2.1 Participants'). A Wikipedia page's '[edit]' headings
    are headings, its 'See also' lines list items."""
    from .lines import numbered_subheading

    verses = verses or {}
    wiki = wiki if wiki is not None else Page([])
    speakers = Counter(m.group(1) for _, text in lines if (m := _SPEAKER.match(text)))
    section = None
    waiting = list(tables)

    def put_tables(before: float) -> None:  # the tables above this line, where they stood
        nonlocal section
        while waiting and waiting[0].first < before:
            if section is None:
                section = T.sub(body, "section", id=f"s{len(body) + 1}")
            _fill_table(section, waiting.pop(0), notes)

    for index, (number, text) in enumerate(lines):
        put_tables(number)
        following = lines[index + 1][1] if index + 1 < len(lines) else None
        previous = lines[index - 1][1] if index else None
        in_list = number in wiki.links or bool(LIST_ITEM.match(text)) and any(
            other is not None and LIST_ITEM.match(other)
            and (not is_heading(text) or is_heading(other)) for other in (previous, following))
        goes_on = following is not None and lines[index + 1][0] == number + 1 and \
            following[:1].islower()
        # a table's or figure's title under its label ('Table 1' / 'Mean scores by cohort')
        titles = previous is not None and lines[index - 1][0] == number - 1 and \
            bool(CAPTION.match(previous.strip())) and len(previous.split()) <= 2
        # a sentence's lead-in to the display equation under it ('… is approximated as')
        leads = following is not None and lead_in(text) and equation_line(following)
        if number in wiki.headings and following is not None or (
                number not in quotes and number not in verses and _heading_like(text, speakers)
                and not in_list
                and not leads
                and not goes_on
                and not titles
                and following is not None
                and (not _heading_like(following, speakers)
                     or numbered_subheading(text, following)
                     or _over_subheading(lines, index, speakers))):
            section = T.sub(body, "section", id=f"s{len(body) + 1}")
            T.sub(section, "heading", text, line=number)
            continue
        if section is None:
            section = T.sub(body, "section", id=f"s{len(body) + 1}")
        if number in verses:
            _fill_verse(T.sub(section, "p", line=number, kind="verse"), verses[number], notes)
            continue
        kind = "quote" if number in quotes else "caption" if is_caption(text) else \
            "equation" if display_equation(text) else \
            "item" if in_list or (LIST_ITEM.match(text) and not NUMBERED_HEADING.match(text)) \
            else None
        paragraph = T.sub(section, "p", line=number, kind=kind)
        _fill_inline(paragraph, text, number, notes)
    put_tables(float("inf"))


def _fill_table(section: etree._Element, table: Table, notes: frozenset[str]) -> None:
    """A table element: its caption (with any note markers), then its rows of cells."""
    node = T.sub(section, "table", line=table.first)
    if table.caption is not None:
        _fill_inline(T.sub(node, "caption", line=table.caption[0]), table.caption[1].strip(),
                     table.caption[0], notes)
    for number, row in table.rows:
        cells = T.sub(node, "row", line=number)
        for cell in row:  # a cell may call a note too: 'Rwanda [2]'
            _fill_inline(T.sub(cells, "cell"), cell, number, notes)


def _marker_numbers(inside: str) -> list[str]:
    """The note numbers of a marker's inside: '12' → 12; '1, 2' → 1, 2; '6–8' → 6, 7, 8."""
    numbers: list[str] = []
    for part in inside.split(","):
        first, _, last = part.strip().replace("–", "-").partition("-")
        end = int(last) if last else int(first)
        if not int(first) <= end <= int(first) + 30:
            return []
        numbers += [str(n) for n in range(int(first), end + 1)]
    return numbers


def _fill_inline(paragraph: etree._Element, text: str, number: int,
                 notes: frozenset[str] = frozenset()) -> None:
    """Put text into a paragraph, turning [n] markers (and numeric styles' '[1, 2]', '[6–8]'
    when every number is a note's: never an interval '[0, 1]') into cite elements."""
    last = None
    position = 0
    for match in MARKER.finditer(text):
        numbers = _marker_numbers(match.group(1))
        if not numbers or (len(numbers) > 1 and not set(numbers) <= notes - {"0"}):
            continue
        chunk = text[position : match.start()]
        if last is None:
            paragraph.text = chunk
        else:
            last.tail = chunk
        for n in numbers:
            if last is not None and last.tail is None:
                last.tail = ""
            last = T.sub(paragraph, "cite", note=f"n{n}", n=n, line=number)
        position = match.end()
    if last is None:
        paragraph.text = text
    else:
        last.tail = text[position:]


def _fill_verse(paragraph: etree._Element, lines: list[tuple[int, str]],
                notes: frozenset[str] = frozenset()) -> None:
    """Put a verse quotation's lines into a paragraph, an lb element before each line but
    the first (see _fill_inline for the markers)."""
    for index, (number, text) in enumerate(lines):
        holder = T.el("p")
        _fill_inline(holder, text, number, notes)
        if index:
            T.sub(paragraph, "lb", line=number).tail = holder.text
        else:
            paragraph.text = holder.text
        paragraph.extend(list(holder))
