"""The body's outline: section levels from heading numbers, a paper's abstract and keywords."""

from __future__ import annotations

import re

from lxml import etree

from .. import labels
from .. import tree as T
from .abstract_parts import mark_parts
from .lines import is_heading

# '2.1 Participants' (depth 2), '3. Results' (depth 1), '3.2.1. Coding' (depth 3)
_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+\S")
# an outline's 'II. Method' over 'A. Sources' over '1. Archives' (never a name's initials:
# 'E. P. Thompson and Experience', 'V. S. Naipaul')
_ROMAN = re.compile(r"^[IVX]{1,5}\.\s+(?![A-Z]\.)\S")
_LETTER = re.compile(r"^([A-H])\.\s+\S")
_INITIALS = re.compile(r"^[A-Z]\.\s+[A-Z]\.\s")
# a thesis's 'Chapter 2' (its title on the next line) or 'Chapter 3: Method', level 1
CHAPTER_LABEL = re.compile(r"^(?:chapter|part)\s+(?:\d{1,2}|[IVX]{1,5}|one|two|three|four|five|"
                      r"six|seven|eight|nine|ten|eleven|twelve)\b\s*[.:–—-]?\s*", re.I)
# the parts of a paper, never a subheading: 'Method' may stand over 'Participants', but the
# 'Results' after them are the paper's again
_PARTS = frozenset((
    "abstract", "summary", "executive summary", "introduction", "background", "literature review",
    "method", "methods", "methodology", "materials and methods", "results", "findings",
    "discussion", "results and discussion", "conclusion", "conclusions", "recommendations",
    "limitations", "acknowledgements", "acknowledgments", "appendix", "appendices"))
_ABSTRACT = re.compile(rf"^{labels.ABSTRACT}\s*[.:]?$", re.I)
# 'Abstract: This paper…' / 'Abstract. This paper…' / 'ABSTRACT — This paper…' / IEEE's
# 'Abstract—This paper…' as one paragraph,
# and 'Resumen: Este artículo…', 'Résumé : Cet article…' (never 'Summary: …', a sentence's own)
_ABSTRACT_LEAD = re.compile(r"^(abstract|résumé|resumé|resumen|resumo|riassunto|"
                            r"zusammenfassung|kurzfassung|samenvatting)"
                            r"\s*(?:[:.—]|--|\s[–-])\s*(?=[A-ZÀ-ÖØ-Þ])", re.I)
_KEYWORDS = re.compile(rf"^{labels.KEYWORDS}\s*[:.–—-]\s*\S", re.I)
# 'KEYWORDS' as a heading of its own, the words in the paragraph under it
_KEYWORDS_HEADING = re.compile(rf"^{labels.KEYWORDS}\s*[:.]?$", re.I)
MAX_LEVEL = 4
ABSTRACT_RULE = "abstract-label"
CHAPTER_RULE = "chapter-heading"


def depth(heading: str, outline: bool, initials: frozenset[str] = frozenset()) -> int | None:
    """A numbered heading's depth ('2.1 …' → 2), or None when it has no number.

    In an outline of roman numerals (``outline``), 'II.' is 1, 'A.' is 2 and '1.' is 3; a
    letter before an initial ('E. P. Thompson') is a name's own unless in ``initials``.
    """
    text = heading.strip()
    if CHAPTER_LABEL.match(text):
        return 1
    if outline:
        if _ROMAN.match(text):
            return 1
        letter = _LETTER.match(text)
        if letter and (not _INITIALS.match(text) or letter.group(1) in initials):
            return 2
    match = _DECIMAL.match(text)
    if match is None:
        return None
    return match.group(1).count(".") + 1 + (2 if outline else 0)


def assign_levels(body: etree._Element) -> None:
    """Give each headed section the level its number says (``level`` when deeper than 1).

    Levels count from the shallowest numbered heading, and never go down more than one step
    at a time ('1.' then '1.1.1' makes '1.1.1' level 2), so every outline nests; under a
    thesis's 'Chapter' headings every numbered heading is level 2 at least. A heading without
    a number is level 1, but for the headings under one that has no text of its own in an
    essay without numbers (APA's 'Method' over 'Participants' and 'Materials'): they are
    level 2, up to the paper's next part ('Results').
    """
    outline, initials = _stand_alone_headings(body)
    _join_chapter_labels(body)
    headed = [(s, T.inline_text(T.find(s, "heading"))) for s in T.findall(body, "section")
              if T.find(s, "heading") is not None]
    depths = [depth(text, outline, initials) for _, text in headed]
    numbered = [d for d in depths if d is not None]
    if not numbered:
        _group_under_empty(headed)
        return
    chapters = any(CHAPTER_LABEL.match(text.strip()) for _, text in headed)
    top = 1 if chapters else min(numbered)
    previous = 0
    for (section, text), found in zip(headed, depths, strict=True):
        if found is not None and chapters and not CHAPTER_LABEL.match(text.strip()):
            found = max(found, 2)
        level = 1 if found is None else min(found - top + 1, previous + 1, MAX_LEVEL)
        if level > 1:
            section.set("level", str(level))
        previous = level


def _heading_text(section: etree._Element) -> str | None:
    heading = T.find(section, "heading")
    return None if heading is None else T.inline_text(heading).strip()


def _outline(texts: list[str]) -> tuple[bool, frozenset[str]]:
    """Whether headings are an outline of roman numerals (two at least), and the letters that
    number one before a name's initial: 'A. E. P. Thompson' when 'B. …' follows it, 'C. E. P.
    Thompson' after 'B. …'."""
    outline = sum(1 for text in texts if _ROMAN.match(text)) >= 2
    plain = {m.group(1) for text in texts if (m := _LETTER.match(text)) and
             not _INITIALS.match(text)}
    return outline, frozenset(c for c in "ABCDEFGH" if c != "H" and chr(ord(c) + 1) in plain
                              or c != "A" and chr(ord(c) - 1) in plain)


def _stand_alone_headings(body: etree._Element) -> tuple[bool, frozenset[str]]:
    """A section's last paragraph that is a heading standing over the next section's heading
    gets a section of its own: a numbered one over a deeper number ('II. Long-term causes'
    over 'A. Alliances'), a thesis's 'Chapter 1' over its title, an unnumbered one alone
    between blank lines over a subheading ('Method' / 'Participants'). Whether the headings
    are an outline of roman numerals comes back, with the letters that number one (``_outline``)."""
    _headings_over_tables(body)
    sections = T.findall(body, "section")
    lasts = [s[-1] if len(s) and s[-1].tag == T.q("p") else None for s in sections]
    texts = [_heading_text(s) or "" for s in sections] + \
        [T.inline_text(p).strip() for p in lasts if p is not None]
    outline, initials = _outline(texts)
    moved = False
    for section, last in zip(sections, lasts, strict=True):
        following = section.getnext()
        under = None if following is None else _heading_text(following)
        if last is None or under is None or last.get("kind") or len(last) or \
                T.find(following, "heading").get("line") is None:
            continue
        text = (last.text or "").strip()
        gap = int(T.find(following, "heading").get("line")) - int(last.get("line"))
        if not is_heading(text) or gap > 2:
            continue
        here, below = depth(text, outline, initials), depth(under, outline, initials)
        if here is not None:
            stands = below is not None and below > here or \
                bool(CHAPTER_LABEL.match(text)) and below is None
        else:
            stands = below is None and gap == 2 and len(text.split()) <= 6 and \
                under.lower() not in _PARTS
        if not stands:
            continue
        alone = T.el("section", id="")
        T.sub(alone, "heading", text, line=last.get("line"))
        section.remove(last)
        section.addnext(alone)
        if not len(section):
            body.remove(section)
        moved = True
    if moved or any(not s.get("id") for s in T.findall(body, "section")):
        for number, section in enumerate(T.findall(body, "section"), start=1):
            section.set("id", f"s{number}")
    return outline, initials


def _headings_over_tables(body: etree._Element) -> None:
    """A heading right above a table (or its caption) heads a section of its own, the table
    and what follows it: 'Results by year' over its rows is no paragraph when the next
    heading comes right after the table."""
    for table in list(body.iter(T.q("table"))):
        above = table.getprevious()
        if above is None or above.tag != T.q("p") or above.get("kind") or len(above):
            continue
        first = T.find(table, "caption")
        first = T.find(table, "row") if first is None else first
        if int(first.get("line")) - int(above.get("line")) not in (1, 2) or \
                not is_heading(above.text or ""):
            continue
        section = above.getparent()
        alone = T.el("section", id="")
        T.sub(alone, "heading", above.text.strip(), line=above.get("line"))
        for block in [table, *table.itersiblings()]:
            alone.append(block)
        section.remove(above)
        section.addnext(alone)
        if not len(section):
            body.remove(section)


def _join_chapter_labels(body: etree._Element) -> None:
    """'Chapter 1' (or 'Part 1') heading nothing but the next heading, 'Introduction': one
    heading, 'Chapter 1: Introduction' (logged)."""
    for section in T.findall(body, "section"):
        label = _heading_text(section)
        following = section.getnext()
        if label is None or following is None or len(section) != 1:
            continue
        title = T.find(following, "heading")
        match = CHAPTER_LABEL.match(label)
        if match is None or match.end() != len(label) or title is None or len(title) or \
                depth(title.text or "", False) is not None:
            continue
        joint = " " if label[-1] in ".:–—-" else ": "
        before = f"{label} / {(title.text or '').strip()}"
        title.text = label + joint + (title.text or "").strip()
        if body.getparent() is not None:
            T.log_change(body.getparent(), CHAPTER_RULE, int(T.find(section, "heading")
                                                             .get("line")), before, title.text)
        title.set("line", T.find(section, "heading").get("line"))
        body.remove(section)


def _group_under_empty(headed: list[tuple[etree._Element, str]]) -> None:
    """In an essay without heading numbers: the headings under a heading with no text of its
    own are level 2, until the paper's next part ('Results', 'Discussion') or the next such
    heading; only where two of them at least follow it, and never under a question ('Why
    should this matter now?', a line of the text taken for a heading); a 'Keywords: a, b'
    line alone ('Palabras clave: …', a header fact) closes the abstract and heads nothing."""
    groups: list[list[etree._Element] | None] = []
    for section, text in headed:
        empty = len(section) == 1
        if empty and _KEYWORDS.match(text.strip()):
            groups.append(None)
        elif empty or text.strip().lower() in _PARTS:
            groups.append([] if empty and not text.rstrip().endswith(("?", "!")) else None)
        elif groups and groups[-1] is not None:
            groups[-1].append(section)
    for group in groups:
        if group is not None and len(group) >= 2:
            for section in group:
                section.set("level", "2")


def mark_abstract(essay: etree._Element) -> None:
    """The paper's abstract (see _find_abstract) and the labels of its parts, and of a 'Key
    Points' box, as bold run-in labels (abstract_parts)."""
    _find_abstract(essay)
    mark_parts(essay)


def _find_abstract(essay: etree._Element) -> None:
    """The paper's abstract: its first headed section when headed 'Abstract' or 'Summary'
    (or a first paragraph opening 'Abstract:', given that heading; logged), and the
    'Keywords: …' line that closes it, which becomes a header fact."""
    body = T.find(essay, "body")
    sections = T.findall(body, "section")
    first = next((s for s in sections if T.find(s, "heading") is not None), None)
    if first is not None and _ABSTRACT.match(T.inline_text(T.find(first, "heading")).strip()):
        abstract = first
    else:
        abstract = _labelled_abstract(essay, sections)
        if abstract is None:
            return
    abstract.set("role", "abstract")
    _keywords_after(essay, abstract)


def _labelled_abstract(essay: etree._Element, sections: list[etree._Element]
                       ) -> etree._Element | None:
    """'Abstract: This paper…' as the body's first paragraph: a section headed 'Abstract'."""
    if not sections or T.find(sections[0], "heading") is not None:
        return None
    paragraphs = T.findall(sections[0], "p")
    if not paragraphs or paragraphs[0].get("kind") is not None:
        return None
    first = paragraphs[0]
    match = _ABSTRACT_LEAD.match(first.text or "")
    if match is None:
        return None
    before = T.inline_text(first)
    section = T.el("section", id="abstract")
    T.sub(section, "heading", match.group(1), line=first.get("line"))
    first.text = first.text[match.end():]
    section.append(first)
    sections[0].addprevious(section)
    if not len(sections[0]):
        sections[0].getparent().remove(sections[0])
    T.log_change(essay, ABSTRACT_RULE, int(first.get("line")), before,
                 f"[heading] {match.group(1)} / {T.inline_text(first)}")
    return section


def _keywords_after(essay: etree._Element, abstract: etree._Element) -> None:
    """'Keywords: a, b, c' as the abstract's last paragraph or the next section's first,
    plain text: moved to the header facts (name 'keywords'); so is a next section headed
    'Keywords' and holding one short paragraph, as 'Keywords: a, b, c', and one headed
    'Keywords: a, b, c' and holding nothing (the line alone between blank lines)."""
    following = abstract.getnext()
    label = None if following is None else _heading_text(following)
    if label and _KEYWORDS_HEADING.match(label) and len(following) == 2 and \
            following[1].tag == T.q("p") and not len(following[1]) and \
            len(T.inline_text(following[1])) <= 400:
        words = T.inline_text(following[1]).strip()
        T.find(essay, "meta").append(T.el("info", f"{label.rstrip(':.')}: {words}",
                                          name="keywords", line=following[1].get("line")))
        following.getparent().remove(following)
        return
    if label and _KEYWORDS.match(label) and len(following) == 1:  # 'Keywords: a, b' alone
        heading = T.find(following, "heading")
        T.find(essay, "meta").append(T.el("info", label, name="keywords",
                                          line=heading.get("line")))
        following.getparent().remove(following)
        return
    paragraphs = T.findall(abstract, "p")
    candidates = paragraphs[-1:]
    following = abstract.getnext()
    if following is not None and T.find(following, "heading") is None:
        candidates += T.findall(following, "p")[:1]
    for p in candidates:
        text = T.inline_text(p)
        if len(p) or not _KEYWORDS.match(text) or len(text) > 400:
            continue
        meta = T.find(essay, "meta")
        meta.append(T.el("info", text, name="keywords", line=p.get("line")))
        parent = p.getparent()
        parent.remove(p)
        if not len(parent):
            parent.getparent().remove(parent)
        return
