"""Rule join-wrapped-lines: a hard-wrapped body gets its paragraphs back."""

from __future__ import annotations

from essayconv import tree as T
from essayconv.reader.hardwrap import join_wrapped_lines

WRAPPED = """Introduction

Automated hiring systems promise efficiency, but they can reproduce the biases
embedded in historical data (Barocas and Selbst, 2016). When Amazon abandoned
its experimental recruiting tool in 2018, the case became a cautionary tale
(Dastin, 2018).

Fairness and accountability

Scholars distinguish between individual and group fairness (Dwork et al.,
2012). Three remedies are commonly proposed, each with its own difficulties:
- independent audits;
- disclosure of training data;
- a right to human review.
Short line here.
And another one."""


def numbered(text: str) -> list[tuple[int, str]]:
    return [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def joined(text: str) -> tuple[list[tuple[int, str]], list[str]]:
    essay = T.el("essay")
    T.sub(essay, "changes")
    out = join_wrapped_lines(essay, numbered(text))
    return out, [c.get("rule") for c in T.findall(essay, "changes/change")]


def test_a_hard_wrapped_body_gets_its_paragraphs_back():
    out, rules = joined(WRAPPED)
    # a line is joined to the one above only where the word would not have fitted there:
    # headings, list items and short lines stay apart
    assert out == [
        (1, "Introduction"),
        (3, "Automated hiring systems promise efficiency, but they can reproduce the biases "
            "embedded in historical data (Barocas and Selbst, 2016). When Amazon abandoned its "
            "experimental recruiting tool in 2018, the case became a cautionary tale "
            "(Dastin, 2018)."),
        (8, "Fairness and accountability"),
        (10, "Scholars distinguish between individual and group fairness (Dwork et al., 2012). "
             "Three remedies are commonly proposed, each with its own difficulties:"),
        (12, "- independent audits;"), (13, "- disclosure of training data;"),
        (14, "- a right to human review."), (15, "Short line here."), (16, "And another one.")]
    assert rules == ["join-wrapped-lines"] * 4


def test_paragraphs_on_long_lines_are_left_alone():
    long = "word " * 40
    text = "\n".join([long.strip(), long.strip(), "Heading", long.strip(), long.strip()])
    assert joined(text) == (numbered(text), [])


def test_too_few_breaks_are_no_wrapping():
    text = ("A poem of sorts, with lines that are all of similar length\n"
            "and continue one another, but only twice over the whole body\n"
            "of the text.")
    assert joined(text)[1] == []
