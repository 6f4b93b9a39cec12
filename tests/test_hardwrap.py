"""Rule join-wrapped-lines: a hard-wrapped body gets its paragraphs back."""

from __future__ import annotations

import pytest

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


def test_a_marker_a_cut_word_and_a_heading_under_a_full_line():
    text = ("Aid conditionality, tying funds to human rights, fizzled; the World Bank and\n"
            "IMF delayed demobilization cash over stalled transitions, creating a cycle.\n"
            "[25]\n"
            "Communities that lose their paper vote less, borrow at higher rates, the inter-\n"
            "national press notices, which suggests that reporting does civic work too.\n"
            "Conclusion\n"
            "Philanthropy cannot fill the whole gap, and public funding raises questions\n"
            "about independence.")
    out, _ = joined(text)
    # a marker cut onto its own line goes back to its sentence; 'inter-' / 'national' joins
    # without the line-end hyphen; a short line with no closing punctuation after a sentence
    # is a heading
    assert [t for _, t in out] == [
        "Aid conditionality, tying funds to human rights, fizzled; the World Bank and IMF "
        "delayed demobilization cash over stalled transitions, creating a cycle. [25]",
        "Communities that lose their paper vote less, borrow at higher rates, the "
        "international press notices, which suggests that reporting does civic work too.",
        "Conclusion",
        "Philanthropy cannot fill the whole gap, and public funding raises questions about "
        "independence."]


def test_one_line_paragraphs_are_no_wrapping():
    text = "\n".join([
        "Local newspapers have closed at a rate of about two a week since 2005.",
        "Communities that lose their paper vote less and borrow at higher rates.",
        "Philanthropy cannot fill the gap, and public money raises questions.",
        "Councils should publish agendas a week ahead, in plain language online.",
        "Funders should support reporting on courts, councils and school boards."])
    assert joined(text)[1] == []


@pytest.mark.parametrize(("cut", "elsewhere", "expected"), [
    ("in-/sisted", "", "insisted"),  # a word cut by the line filler
    ("well-/known", "", "well-known"),  # a prefix that keeps its hyphen
    ("self-/determination", "", "self-determination"),
    ("peace-/keeping", "Peace-keeping was new.", "peace-keeping"),  # the text's own spelling
    ("self-/ish", "He was selfish.", "selfish"),
])
def test_a_line_end_hyphen_goes_unless_the_word_keeps_one(cut, elsewhere, expected):
    head, tail = cut.split("/")
    text = ("Aid conditionality, tying funds to human rights, fizzled; the World Bank and\n"
            "IMF delayed demobilization cash over stalled transitions, creating a cycle\n"
            "of protest that ended with the fall of the government in the next spring,\n"
            "when all the ministers who had signed the agreement resigned, and " + head + "\n"
            + tail + " idea of reform, which nobody had voted for, was dropped.\n"
            "\n" + (elsewhere or "Nothing more."))
    out, _ = joined(text)
    assert f" {expected} idea" in out[0][1]
