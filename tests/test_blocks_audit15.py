"""Audit 15: a numbered display equation stays its own block in a hard-wrapped body; a table's
or figure's label over its title (blank lines between, as Word pastes APA's) is one caption;
indented paragraphs that open with a run-in heading are no block quotations. Expectations
hand-written from the rules."""

from __future__ import annotations

from essayconv import tree as T
from essayconv.reader import read_text
from essayconv.reader.captions import bare_label, caption_title, join_labels
from essayconv.reader.mathlines import numbered_equation
from essayconv.reader.runin import run_in_heading


def _blocks(essay) -> list[tuple[str, str | None, str]]:
    """Every block of the body: (tag, kind, text); a table as ('table', None, its caption)."""
    out = []
    for section in T.findall(essay, "body/section"):
        for child in section:
            tag = etree_name(child)
            if tag == "table":
                caption = T.find(child, "caption")
                out.append(("table", None, T.inline_text(caption) if caption is not None
                            else ""))
            else:
                out.append((tag, child.get("kind"), T.inline_text(child)))
    return out


def etree_name(node) -> str:
    return node.tag.rpartition("}")[2]


# ---- b5: numbered display equations in a hard-wrapped (pdftotext) body

_EQUATIONS = """Scaling Laws

Anna Kowalska

1 Method
We model the cross-entropy loss L as a function of
the number of non-embedding parameters N :
L(N ) = (Nc /N )αN + L∞ (1)
where Nc and αN are fitted constants and L∞ is the
irreducible loss. For data size D we use the anal-
ogous form
L(D) = (Dc /D)αD + L∞ (2)

2 Results
The exponents are smaller for low-resource pairs.
"""


def test_a_numbered_equation_line_is_one():
    assert numbered_equation("L(N ) = (Nc /N )αN + L∞ (1)")
    assert numbered_equation("x = y + 2 (3.1)")
    assert numbered_equation("E = m · c^2 (4a)")
    # prose with a number in brackets at its end, or an equation with no number, is none
    assert not numbered_equation("the scores rose (p < .05) in both groups of readers (1)")
    assert not numbered_equation("L(N) = (Nc/N)αN + L∞")
    assert not numbered_equation("where Nc and αN are fitted constants and L∞ is the")


def test_numbered_equations_are_never_joined_into_the_sentence_around_them():
    essay = read_text(_EQUATIONS.splitlines(), "paper.txt")
    blocks = _blocks(essay)
    assert ("heading", None, "1 Method") in blocks
    kinds = [(kind, text[:3]) for tag, kind, text in blocks if tag == "p"]
    # lead-in, equation (1), the 'where …' sentence, equation (2), the results paragraph
    assert kinds == [(None, "We "), ("equation", "L(N"), (None, "whe"),
                     ("equation", "L(D"), (None, "The")]
    paragraphs = [text for tag, _, text in blocks if tag == "p"]
    assert paragraphs[0].endswith("number of non-embedding parameters N :")
    assert paragraphs[1].endswith("(1)")
    # the wrapped lines between the equations are still joined, 'anal-' + 'ogous' too
    assert paragraphs[2] == ("where Nc and αN are fitted constants and L∞ is the irreducible "
                             "loss. For data size D we use the analogous form")
    assert paragraphs[3].endswith("(2)")


# ---- b10: 'Table 1' / 'Figure 1' over a title with blank lines between

_APA_TABLE = """Sleep and Grades

Maya R. Thompson

Results

Table 1 presents descriptive statistics by sleep group.

Table 1

Descriptive Statistics for GPA by Sleep Duration

Sleep group\tn\tM GPA\tSD
Less than 6 hr\t12\t2.71\t0.48
More than 7 hr\t17\t3.34\t0.37

Note. GPA = grade point average on a 4.0 scale.

The difference was significant.

Figure 1

Mean GPA by Sleep Group

Note. Error bars represent 95% confidence intervals.

Students who slept longer had higher grades.
"""


def test_a_bare_label_and_a_title_line():
    assert bare_label("Table 1") and bare_label("Figure 2.") and bare_label("TABLE II")
    assert not bare_label("Table 1 presents descriptive statistics by sleep group.")
    assert caption_title("Mean GPA by Sleep Group")
    # a sentence, a paper's part, a reference heading, a table's row: no title
    assert not caption_title("The difference was significant.")
    assert not caption_title("Results")
    assert not caption_title("References")
    assert not caption_title("Sleep group\tn\tM GPA")


def test_a_label_over_its_title_with_blank_lines_between_is_one_caption():
    essay = read_text(_APA_TABLE.splitlines(), "apa.txt")
    assert _blocks(essay) == [
        ("heading", None, "Results"),
        ("p", None, "Table 1 presents descriptive statistics by sleep group."),
        ("table", None, "Table 1: Descriptive Statistics for GPA by Sleep Duration"),
        # APA's note stays a paragraph right under the table (the writers make it its note)
        ("p", None, "Note. GPA = grade point average on a 4.0 scale."),
        ("p", None, "The difference was significant."),
        ("p", "caption", "Figure 1: Mean GPA by Sleep Group"),
        ("p", None, "Note. Error bars represent 95% confidence intervals."),
        ("p", None, "Students who slept longer had higher grades."),
    ]
    table = T.find(essay, "body/section/table")
    assert table.get("line") == "13" and T.find(table, "caption").get("line") == "9"
    assert len(T.findall(table, "row")) == 3


def test_join_labels_keeps_a_label_over_a_section_heading_and_a_sentence_apart():
    lines = [(1, "Figure 2."), (3, "Mean scores by cohort"), (5, "Figure 3"), (7, "Discussion"),
             (9, "Table 4"), (11, "The rates rose in every region."),
             (13, "See the chart below"), (14, "Figure 5"), (16, "Spending by age band")]
    assert join_labels(lines) == [
        (1, "Figure 2. Mean scores by cohort"), (5, "Figure 3"), (7, "Discussion"),
        (9, "Table 4"), (11, "The rates rose in every region."),
        # a label right under a line of text is no label standing alone
        (13, "See the chart below"), (14, "Figure 5"), (16, "Spending by age band")]
    # two blank lines between: the title is too far
    assert join_labels([(1, "Figure 1"), (4, "Mean scores")]) == [(1, "Figure 1"),
                                                                   (4, "Mean scores")]


# ---- b11: APA run-in headings in tab-indented paragraphs

_RUN_IN = """Sleep and Memory

Maya R. Thompson

Literature Review

Sleep plays a central role in consolidating newly learned material, as many studies show.

\tExperimental evidence. In a laboratory study, participants who were deprived of sleep for \
one night showed a 40% deficit in forming new memories.

\tCorrelational evidence. Field studies show a similar pattern. Students with wearable \
devices who slept longer scored higher on final exams.

Chronotype

Students differ in their preferred timing of sleep. As Walker (2017) put it:

\tForcing an evening-type adolescent to be asleep by 10 p.m. is like asking a morning-type \
adult to fall asleep at 7 or 8 p.m. (p. 93)

Universities could move their morning exams later in the day.
"""


def test_a_run_in_heading_opens_a_paragraph():
    assert run_in_heading("\tExperimental evidence. In a laboratory study, participants who "
                          "were deprived of sleep showed a deficit.")
    assert run_in_heading("\tParticipants. Forty-eight first-year students took part for "
                          "course credit in the spring term.")
    assert run_in_heading("The Effects of Sleep on Memory. Several studies have looked at "
                          "how sleep shapes memory in students.")
    # a sentence, an abbreviation, a one-word sentence, too little text after: none
    assert not run_in_heading("\tIt was the best of times. It was the worst of times, it was "
                              "the age of wisdom.")
    assert not run_in_heading("\tDr. Smith argued that the state had never been so strong "
                              "as in those years.")
    assert not run_in_heading("\tIndeed. The state had never been so strong as in those "
                              "years of the long war abroad.")
    assert not run_in_heading("\tForcing an evening-type adolescent to be asleep by 10 p.m. "
                              "is like asking a morning-type adult to fall asleep.")
    assert not run_in_heading("\tExperimental evidence. It was strong.")


def test_indented_run_in_heading_paragraphs_are_no_block_quotes():
    essay = read_text(_RUN_IN.splitlines(), "apa.txt")
    blocks = [(tag, kind, text.strip()[:30]) for tag, kind, text in _blocks(essay)]
    assert blocks == [
        ("heading", None, "Literature Review"),
        ("p", None, "Sleep plays a central role in "),
        ("p", None, "Experimental evidence. In a la"),
        ("p", None, "Correlational evidence. Field "),
        ("heading", None, "Chronotype"),
        ("p", None, "Students differ in their prefe"),
        # the real quotation under its lead-in stays one
        ("p", "quote", "Forcing an evening-type adoles"),
        ("p", None, "Universities could move their "),
    ]
    quoted = [c.get("line") for c in T.findall(essay, "changes/change")
              if c.get("rule") == "block-quote"]
    assert quoted == ["17"]


def test_one_indented_paragraph_opening_like_a_heading_stays_a_quote():
    # APA sets two headings at a level or none: one such paragraph alone is a quotation
    lines = ["Memory Work", "", "Jordan Alvarez", "", "Background", "",
             "The archive selects what it keeps and forgets the rest of what happened.", "",
             "\tMen fight wars. Women bear the cost of them in ways that historians have only "
             "begun to count.", "",
             "The passage turns memory into geography (Henderson 64)."]
    essay = read_text(lines, "essay.txt")
    assert [kind for tag, kind, _ in _blocks(essay) if tag == "p"] == [None, "quote", None]
