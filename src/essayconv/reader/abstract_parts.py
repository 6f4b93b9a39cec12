"""A structured abstract's parts: 'Importance …', 'Objective …', 'Results …' (JAMA's labels,
pasted without their bold) keep their labels as bold run-in labels; so does a 'Key Points'
box ('Question', 'Findings', 'Meaning'); a 'Trial Registration …' line read as a heading
after the abstract is the abstract's last part."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T

RULE = "abstract-parts"
# the labels of a structured abstract (JAMA, BMJ, IMRaD), the longest first
_ABSTRACT_LABELS = (
    "Design, Setting, and Participants", "Main Outcomes and Measures",
    "Main Outcome and Measures", "Main Outcome Measures", "Conclusions and Relevance",
    "Evidence Acquisition", "Evidence Review", "Trial Registration", "Study Selection",
    "Data Sources", "Data Extraction and Synthesis", "Importance", "Objectives", "Objective",
    "Background", "Context", "Aims", "Aim", "Purpose", "Design", "Setting", "Participants",
    "Interventions", "Intervention", "Exposures", "Exposure", "Methods", "Results",
    "Observations", "Conclusions", "Conclusion", "Limitations")
# labels that head a paper's own sections too
_PAPER_PARTS = frozenset(("Background", "Context", "Aims", "Aim", "Purpose", "Design",
                          "Setting", "Participants", "Methods", "Results", "Observations",
                          "Conclusions", "Conclusion", "Limitations"))
_KEY_POINTS_LABELS = ("Question", "Findings", "Meaning")
# the labels that may stand as a heading of their own under the abstract
_TAIL_LABELS = ("Trial Registration",)
_KEY_POINTS = re.compile(r"key points\s*:?", re.IGNORECASE)
_MIN_PARTS = 2


def _lead(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A paragraph opening with one of the labels: 'Label: text', 'Label. text', 'Label —
    text' or 'Label Text' (the next word from a capital or a figure), or the label alone."""
    names = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"^({names})(?:\s*[:.—–]\s*|\s+(?=[A-Z0-9“\"(])|\s*[:.]?$)")


_ABSTRACT_LEAD = _lead(_ABSTRACT_LABELS)
_KEY_POINTS_LEAD = _lead(_KEY_POINTS_LABELS)


def mark_parts(essay: etree._Element) -> None:
    """The labels of a structured abstract and of a 'Key Points' box: each a bold run-in
    label (logged), where two paragraphs at least open with one."""
    body = T.find(essay, "body")
    abstract = next((s for s in T.findall(body, "section") if s.get("role") == "abstract"),
                    None)
    if abstract is not None and (_headed_parts(essay, abstract)
                                 or _label_paragraphs(essay, abstract, _ABSTRACT_LEAD)):
        _tail_headings(essay, abstract)
    for section in T.findall(body, "section"):
        heading = T.find(section, "heading")
        if heading is not None and _KEY_POINTS.fullmatch(T.inline_text(heading).strip()):
            _label_paragraphs(essay, section, _KEY_POINTS_LEAD)


def _label_paragraphs(essay: etree._Element, section: etree._Element,
                      lead: re.Pattern[str]) -> bool:
    """Label the section's paragraphs that open with a label; False (nothing done) when
    fewer than two do."""
    paragraphs = [p for p in T.findall(section, "p") if p.get("kind") is None]
    found = [(p, match) for p in paragraphs if (match := lead.match(p.text or ""))]
    if len(found) < _MIN_PARTS:
        return False
    for p, match in found:
        if p.getparent() is None:
            continue  # merged into the label above it
        before = T.inline_text(p)
        rest = (p.text or "")[match.end():]
        following = p.getnext()
        if not rest.strip() and not len(p):  # the label alone, its text the next paragraph
            if following is None or following.tag != T.q("p") or following.get("kind") \
                    or lead.match(following.text or ""):
                continue
            before += f" / {T.inline_text(following)}"
            rest = following.text or ""
            for child in list(following):
                p.append(child)
            section.remove(following)
        _run_in(p, match.group(1), rest)
        T.log_change(essay, RULE, int(p.get("line")), before, f"[{match.group(1)}] {rest}")
    return True


def _headed_parts(essay: etree._Element, abstract: etree._Element) -> bool:
    """An abstract heading nothing, its parts read as sections of one paragraph each headed
    by a label alone ('Abstract' / 'Importance' / 'Heart failure …' / 'Objective' / …): the
    abstract's labelled paragraphs; two parts at least, one with a label only an abstract
    has ('Importance', 'Objective', never only 'Background' and 'Methods', a paper's own)."""
    if len(abstract) != 1:
        return False
    parts = []
    following = abstract.getnext()
    while following is not None and len(following) == 2 and following[1].tag == T.q("p") \
            and following[1].get("kind") is None:
        heading = T.find(following, "heading")
        label = T.inline_text(heading).strip().rstrip(":.") if heading is not None else ""
        if label not in _ABSTRACT_LABELS or len(heading):
            break
        parts.append((following, label))
        following = following.getnext()
    if len(parts) < _MIN_PARTS or not any(label not in _PAPER_PARTS for _, label in parts):
        return False
    for section, label in parts:
        heading, p = section[0], section[1]
        before = f"[heading] {T.inline_text(heading)} / {T.inline_text(p)}"
        p.set("line", heading.get("line"))
        _run_in(p, label, p.text or "")
        abstract.append(p)
        section.getparent().remove(section)
        T.log_change(essay, RULE, int(p.get("line")), before, f"[{label}] "
                     f"{T.inline_text(p)[len(label) + 1:]}")
    return True


def _run_in(p: etree._Element, label: str, rest: str) -> None:
    """The paragraph as '<strong>Label</strong> rest…'."""
    strong = T.el("strong", label)
    strong.tail = " " + rest.lstrip()
    p.text = None
    p.insert(0, strong)


def _tail_headings(essay: etree._Element, abstract: etree._Element) -> None:
    """A 'Trial Registration ClinicalTrials.gov Identifier: NCT…' line taken for a heading
    with nothing under it, right after the abstract: the abstract's last part."""
    lead = _lead(_TAIL_LABELS)
    following = abstract.getnext()
    while following is not None and len(following) == 1:
        heading = T.find(following, "heading")
        text = T.inline_text(heading).strip() if heading is not None else ""
        match = lead.match(text)
        if match is None or not text[match.end():].strip() or len(heading):
            return
        p = T.sub(abstract, "p", line=heading.get("line"))
        _run_in(p, match.group(1), text[match.end():])
        T.log_change(essay, RULE, int(heading.get("line")), f"[heading] {text}",
                     f"[{match.group(1)}] {text[match.end():]}")
        after = following.getnext()
        following.getparent().remove(following)
        following = after
