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


RAGGED = """Introduction
Commemoration is never a neutral act. Across the societies that emerged from
the violent conflicts of the late twentieth century, states and communities have
struggled to decide what should be remembered, by whom, and in what form
(Jelin, 2003). The question is not merely symbolic. Memorials, museums and
anniversaries distribute recognition, and recognition in turn shapes claims to
land and political voice. This essay argues that the inter-
national promotion of memorialisation has often privileged a single narrative
over the plural and contested memories of the people most affected by it.
The argument proceeds in three parts. The Srebrenica-
Potočari Memorial, built with international funding, is the first case.

Silence as a response
Eastmond and Mannergren Selimovic (2012) argue that silence is not simply
the absence of memory."""


def test_ragged_lines_are_joined_where_the_sentence_goes_on():
    """Lines of very different lengths (not justified): a line is joined to the next when the
    next starts in lower case or the line ends inside a sentence; a sentence's end before a
    capital stays a paragraph's end, and a heading (blank line or start above, paragraph
    below) stays apart."""
    out, rules = joined(RAGGED)
    assert out == [
        (1, "Introduction"),
        (2, "Commemoration is never a neutral act. Across the societies that emerged from the "
            "violent conflicts of the late twentieth century, states and communities have "
            "struggled to decide what should be remembered, by whom, and in what form "
            "(Jelin, 2003). The question is not merely symbolic. Memorials, museums and "
            "anniversaries distribute recognition, and recognition in turn shapes claims to "
            "land and political voice. This essay argues that the international promotion of "
            "memorialisation has often privileged a single narrative over the plural and "
            "contested memories of the people most affected by it."),
        (10, "The argument proceeds in three parts. The Srebrenica-Potočari Memorial, built "
             "with international funding, is the first case."),
        (13, "Silence as a response"),
        (14, "Eastmond and Mannergren Selimovic (2012) argue that silence is not simply the "
             "absence of memory.")]
    assert rules == ["join-wrapped-lines"] * 9


def test_ragged_lines_keep_list_items_and_headings_apart():
    """In a ragged body, a line that ends inside a sentence is not joined to a list item nor
    to a heading under it (a short line followed by a paragraph)."""
    text = ("Commemoration is never a neutral act. Across the societies that emerged from\n"
            "the violent conflicts of the century, states have struggled to decide what\n"
            "should be remembered, by whom and in what form, and donors from abroad\n"
            "have asked for\n"
            "- memorials,\n"
            "- museums and\n"
            "- anniversaries\n"
            "Memory and its critics\n"
            "Halbwachs insisted that memory is always social, and later scholars have\n"
            "complicated the picture without giving up\n"
            "the claim that groups, not persons, remember what\n"
            "their members share.")
    out, _ = joined(text)
    assert [t for _, t in out] == [
        "Commemoration is never a neutral act. Across the societies that emerged from the "
        "violent conflicts of the century, states have struggled to decide what should be "
        "remembered, by whom and in what form, and donors from abroad have asked for",
        "- memorials,", "- museums and", "- anniversaries",
        "Memory and its critics",
        "Halbwachs insisted that memory is always social, and later scholars have "
        "complicated the picture without giving up the claim that groups, not persons, "
        "remember what their members share."]


def test_capitalised_lines_of_any_length_are_no_ragged_wrapping():
    """Lines that end without punctuation but never go on in lower case (a list of titles,
    verse): no joins."""
    text = "\n".join(["Memory Work in Rwanda and the Museums of the Great Lakes Region Today",
                      "Museums and Their Publics", "A Note on Sources",
                      "Silence and Speech in Post-War Bosnia and Herzegovina",
                      "The Politics of Loss", "Closing Thoughts"])
    assert joined(text)[1] == []


def _read(tmp_path, text: str):
    from essayconv.pipeline import read

    path = tmp_path / "essay.txt"
    path.write_text(text, encoding="utf-8")
    return read(path)


def _sections(essay) -> list[tuple[str | None, list[str]]]:
    return [((h.text if (h := T.find(s, "heading")) is not None else None),
             [T.inline_text(p) for p in T.findall(s, "p")])
            for s in T.findall(essay, "body/section")]


def test_a_ragged_pdf_body_keeps_its_headings(tmp_path):
    """The real heading stays a heading and no paragraph's first line becomes one."""
    essay = _read(tmp_path, "Memory and Commemoration\nHannah Whitcombe\n\n" + RAGGED + "\n")
    assert [heading for heading, _ in _sections(essay)] == [
        "Introduction", "Silence as a response"]
    assert [len(paragraphs) for _, paragraphs in _sections(essay)] == [2, 1]


def test_a_line_going_on_in_lower_case_is_no_heading(tmp_path):
    """Not enough lines to count as wrapped: the lines stay apart, but the first, whose
    sentence goes on in lower case, is no heading."""
    essay = _read(tmp_path, "Counting Votes\nAnn Lee\n\n"
                  "Turnout rose in every region after the reform, and the rise was\n"
                  "largest where the polling stations had moved closer to the villages.\n")
    assert _sections(essay) == [(None, [
        "Turnout rose in every region after the reform, and the rise was",
        "largest where the polling stations had moved closer to the villages."])]


def test_a_numbered_heading_over_a_numbered_subheading(tmp_path):
    """'2. Method' directly over '2.1 Participants' is a heading too (each is a section, the
    second at level 2); a table's title under 'Table 1' and a tab-separated row are no
    headings: they are the table's caption and its row."""
    essay = _read(tmp_path, "Peer Feedback\nSofia Marchetti\n\n"
                  "1. Introduction\nFeedback is powerful.\n\n"
                  "2. Method\n2.1 Participants\nParticipants were 214 undergraduates.\n\n"
                  "3. Results\nTable 1\nMean scores by cohort\n"
                  "Measure\tTeacher only\tPeer review\n"
                  "Revision quality\t2.64 (0.71)\t3.02 (0.69)\n"
                  "Note. Standard deviations in parentheses.\n")
    assert [heading for heading, _ in _sections(essay)] == [
        "1. Introduction", "2. Method", "2.1 Participants", "3. Results"]
    results = T.findall(essay, "body/section")[3]
    table = T.find(results, "table")
    assert T.inline_text(T.find(table, "caption")) == "Table 1: Mean scores by cohort"
    assert [c.text for c in T.findall(T.findall(table, "row")[1], "cell")] == [
        "Revision quality", "2.64 (0.71)", "3.02 (0.69)"]
    assert _sections(essay)[3][1] == ["Note. Standard deviations in parentheses."]
