"""The body's outline: section levels from heading numbers, a paper's abstract and keywords."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T

# '2.1 Participants' (depth 2), '3. Results' (depth 1), '3.2.1. Coding' (depth 3)
_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+\S")
# an outline's 'II. Method' over 'A. Sources' over '1. Archives'
_ROMAN = re.compile(r"^[IVX]{1,5}\.\s+\S")
_LETTER = re.compile(r"^[A-H]\.\s+\S")
_ABSTRACT = re.compile(r"^(?:abstract|summary|executive summary|résumé|resumen|zusammenfassung)"
                       r"\s*[.:]?$", re.I)
# 'Abstract: This paper…' / 'Abstract. This paper…' / 'ABSTRACT — This paper…' as one paragraph
_ABSTRACT_LEAD = re.compile(r"^(abstract)\s*(?:[:.]|\s[–—-])\s*(?=[A-Z])", re.I)
_KEYWORDS = re.compile(r"^(key ?words|index terms)\s*[:.–—-]\s*\S", re.I)
MAX_LEVEL = 4
ABSTRACT_RULE = "abstract-label"


def depth(heading: str, outline: bool) -> int | None:
    """A numbered heading's depth ('2.1 …' → 2), or None when it has no number.

    In an outline of roman numerals (``outline``), 'II.' is 1, 'A.' is 2 and '1.' is 3.
    """
    text = heading.strip()
    if outline:
        if _ROMAN.match(text):
            return 1
        if _LETTER.match(text):
            return 2
    match = _DECIMAL.match(text)
    if match is None:
        return None
    return match.group(1).count(".") + 1 + (2 if outline else 0)


def assign_levels(body: etree._Element) -> None:
    """Give each headed section the level its number says (``level`` when deeper than 1).

    Levels count from the shallowest numbered heading, and never go down more than one step
    at a time ('1.' then '1.1.1' makes '1.1.1' level 2), so every outline nests. A heading
    without a number is level 1.
    """
    headed = [(s, T.inline_text(T.find(s, "heading"))) for s in T.findall(body, "section")
              if T.find(s, "heading") is not None]
    outline = sum(1 for _, text in headed if _ROMAN.match(text.strip())) >= 2
    depths = [depth(text, outline) for _, text in headed]
    numbered = [d for d in depths if d is not None]
    if not numbered:
        return
    top = min(numbered)
    previous = 0
    for (section, _), found in zip(headed, depths, strict=True):
        level = 1 if found is None else min(found - top + 1, previous + 1, MAX_LEVEL)
        if level > 1:
            section.set("level", str(level))
        previous = level


def mark_abstract(essay: etree._Element) -> None:
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
    plain text: moved to the header facts (name 'keywords')."""
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
