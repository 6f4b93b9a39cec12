"""Audit 11's reader defects: a Google Docs paste (footnotes with no heading, the outline,
comments, separators, 'Page 3 of 12'), a cover page above the title, IEEE's equations,
table captions, 'Abstract—' and 'Index Terms—', and APA's table notes and course line.

Every expectation is written by hand from the input, never copied from the program's output."""

from __future__ import annotations

from essayconv import tree as T

from validators import essay_of


def notes(essay) -> list[tuple[str, str]]:
    return [(n.get("n"), T.find(n, "text").text) for n in T.findall(essay, "notes/note")]


def cites(essay) -> list[str]:
    return [c.get("n") for c in T.findall(essay, "body/section/p/cite")]


def headings(essay) -> list[str]:
    return [h.text for h in T.findall(essay, "body/section/heading")]


def paragraphs(essay) -> list[str]:
    return [T.inline_text(p) for p in T.findall(essay, "body/section/p")]


def dropped(essay, rule: str) -> list[str]:
    return [c[0].text for c in T.findall(essay, "changes/change")
            if c.get("rule") == rule and not (c[1].text or "")]


def errors(essay) -> list[str]:
    return [d.text for d in T.findall(essay, "diagnostics/diagnostic")
            if d.get("level") == "error"]


# ---------------------------------------------------------------- 1. notes with no heading

HEADLESS = """Walls and Bridges

Mira Castell

Coastal towns rebuilt their sea walls after the storm of 1953.[1] The new walls were
paid for by the county, not the crown.[2]

{sep}[1] Jonas Reed, Sea Defences in England (Harbour Press 2001) 12.
[2] County Records Act 1958, s 4; Reed (n 1) [14].
"""


def test_footnotes_at_the_end_with_no_heading_are_the_notes(tmp_path):
    essay = essay_of(tmp_path, HEADLESS.format(sep=""))
    assert notes(essay) == [("1", "Jonas Reed, Sea Defences in England (Harbour Press 2001) 12."),
                            ("2", "County Records Act 1958, s 4; Reed (n 1) [14].")]
    assert cites(essay) == ["1", "2"]  # a pinpoint '[14]' in a note is no marker
    assert errors(essay) == []
    assert not any("Sea Defences" in p for p in paragraphs(essay))


def test_footnotes_under_a_separator_line(tmp_path):
    essay = essay_of(tmp_path, HEADLESS.format(sep="________________\n\n"))
    assert [n for n, _ in notes(essay)] == ["1", "2"]
    assert dropped(essay, "drop-page-furniture") == ["________________"]
    assert "________________" not in " ".join(paragraphs(essay))


def test_numbered_lines_no_marker_calls_stay_in_the_body(tmp_path):
    text = ("Counting Rhymes\n\nMira Castell\n\nThe rhyme has two lines, given here as the "
            "children say them.\n\n[1] One for the sea\n[2] Two for the shore\n")
    essay = essay_of(tmp_path, text)
    assert notes(essay) == []
    assert any("One for the sea" in p for p in paragraphs(essay))


# ---------------------------------------------------------------- 2. Google Docs junk

GDOCS = """Outline
Introduction
I. The Old Walls
Conclusion

Walls and Bridges: Coastal Defence after 1953
Mira Castell

Introduction

Coastal towns rebuilt their sea walls after the storm of 1953.[1] The county paid.[a]

I. The Old Walls

The old walls were built of clay and timber.[2]

Page 3 of 12

They failed where the timber had rotted.[3]

Conclusion

The new walls have held for seventy years.[b]

Notes

[1] Jonas Reed, Sea Defences in England (Harbour Press 2001) 12.
[2] ibid 40.
[3] ibid 44.

[a]Ann Lowe: which county?
[b]Ann Lowe: Suggested edit: "held" → "stood"
Suggested edit
Replace: "have held" with "have stood"
"""


def test_google_docs_outline_is_dropped_never_the_title(tmp_path):
    essay = essay_of(tmp_path, GDOCS)
    assert T.find(essay, "meta/title").text == "Walls and Bridges: Coastal Defence after 1953"
    assert [T.find(a, "name").text for a in T.findall(essay, "meta/author")] == ["Mira Castell"]
    assert headings(essay) == ["Introduction", "I. The Old Walls", "Conclusion"]
    assert dropped(essay, "drop-web-junk")[:4] == [
        "Outline", "Introduction", "I. The Old Walls", "Conclusion"]


def test_google_docs_comments_and_page_lines_are_dropped(tmp_path):
    essay = essay_of(tmp_path, GDOCS)
    assert notes(essay) == [("1", "Jonas Reed, Sea Defences in England (Harbour Press 2001) 12."),
                            ("2", "ibid 40."), ("3", "ibid 44.")]
    assert T.find(essay, "sources") is None
    text = " ".join(paragraphs(essay))
    assert "[a]" not in text and "[b]" not in text and "Ann Lowe" not in text
    assert "Page 3 of 12" not in text and "Page 3 of 12" not in headings(essay)
    assert "Page 3 of 12" in dropped(essay, "drop-page-furniture")
    assert "Replace: \"have held\" with \"have stood\"" in dropped(essay, "drop-web-junk")


def test_an_outline_word_over_lines_never_repeated_stays(tmp_path):
    text = ("Outline\nA plan for the essay\n\nWalls and Bridges\n\nMira Castell\n\n"
            "Coastal towns rebuilt their sea walls after the storm of 1953, and paid.\n")
    essay = essay_of(tmp_path, text)
    assert dropped(essay, "drop-web-junk") == []


# ---------------------------------------------------------------- 3. a cover page

COVER = """UNIVERSITY OF NORTHMOOR
SCHOOL OF EARTH SCIENCES

RIVERS UNDER PRESSURE: A STUDY OF THE UPPER TEME

Leona Marsh

ABSTRACT

This study follows the Upper Teme through three dry summers and asks what the farms took.

Keywords: rivers; abstraction; drought.

1 INTRODUCTION

The Teme rises in the hills and runs east to the Severn (MARSH, 2020, p. 4).
"""


def test_cover_page_institution_lines_are_facts_not_the_title(tmp_path):
    essay = essay_of(tmp_path, COVER)
    assert T.find(essay, "meta/title").text == "RIVERS UNDER PRESSURE: A STUDY OF THE UPPER TEME"
    assert [T.find(a, "name").text for a in T.findall(essay, "meta/author")] == ["Leona Marsh"]
    facts = [(i.get("name"), i.text) for i in T.findall(essay, "meta/info")]
    assert ("affiliation", "UNIVERSITY OF NORTHMOOR") in facts
    assert ("affiliation", "SCHOOL OF EARTH SCIENCES") in facts
    assert ("keywords", "Keywords: rivers; abstraction; drought.") in facts
    abstract = T.find(essay, "body/section")
    assert abstract.get("role") == "abstract"
    assert headings(essay) == ["ABSTRACT", "1 INTRODUCTION"]


def test_a_capitalised_title_naming_a_university_stays_the_title(tmp_path):
    text = ("THE UNIVERSITY IN THE AGE OF THE MARKET\n\nLeona Marsh\n\n"
            "Universities have changed more in thirty years than in the three hundred before.\n")
    essay = essay_of(tmp_path, text)
    assert T.find(essay, "meta/title").text == "THE UNIVERSITY IN THE AGE OF THE MARKET"


# ---------------------------------------------------------------- 4. IEEE's structure

IEEE = """Tidal Storage for Island Grids

Owen Carrick

Abstract{dash}This paper compares three ways of storing tidal energy on small island grids.

Index Terms{dash}Tidal energy, storage, island grids.

I. INTRODUCTION

The state of charge of each store is given by

E_k(t+1) = E_k(t) + eta_c P_k(t) Δt

where eta_c is the charging efficiency. Table I sets out the stores.

TABLE I
STORES COMPARED IN THIS STUDY

Store\tCapacity\tCost
Pumped hydro\t40 MWh\tHigh
Battery\t8 MWh\tMedium

The costs are indicative only.
"""


def test_ieee_equation_and_its_lead_in_are_paragraphs(tmp_path):
    essay = essay_of(tmp_path, IEEE.format(dash="—"))
    assert headings(essay) == ["Abstract", "I. INTRODUCTION"]
    assert "E_k(t+1) = E_k(t) + eta_c P_k(t) Δt" in paragraphs(essay)
    assert "The state of charge of each store is given by" in paragraphs(essay)


def test_ieee_table_label_over_its_title_is_the_caption(tmp_path):
    essay = essay_of(tmp_path, IEEE.format(dash="—"))
    caption = T.find(essay, "body/section/table/caption")
    assert caption is not None and "TABLE I" in caption.text
    assert "STORES COMPARED IN THIS STUDY" in caption.text
    assert not any(p.startswith("TABLE I") or p.startswith("STORES") for p in paragraphs(essay))


def test_ieee_abstract_and_index_terms(tmp_path):
    for dash in ("—", "--"):
        essay = essay_of(tmp_path, IEEE.format(dash=dash))
        abstract = T.find(essay, "body/section")
        assert abstract.get("role") == "abstract"
        assert [T.inline_text(p) for p in T.findall(abstract, "p")] == [
            "This paper compares three ways of storing tidal energy on small island grids."]
        facts = [(i.get("name"), i.text) for i in T.findall(essay, "meta/info")]
        assert ("keywords", f"Index Terms{dash}Tidal energy, storage, island grids.") in facts


def test_a_sentence_about_table_ii_is_no_caption(tmp_path):
    text = ("Tidal Storage\n\nOwen Carrick\n\nThe stores differ in what they cost to build.\n\n"
            "Table II lists the stores we compared in this study.\n")
    essay = essay_of(tmp_path, text)
    assert all(p.get("kind") is None for p in T.findall(essay, "body/section/p"))


# ---------------------------------------------------------------- 5. APA's table note, course

APA_TABLE = """Naps and Memory

Rosa Quint

Table 1 gives the scores.

Table 1
Recall Scores by Condition

Condition\tM\tSD
Nap\t14.2\t3.1
Wake\t11.8\t3.4

Note. N = 60. Scores are words recalled.
*p < .05. **p < .01.

Those who napped recalled more words.
"""


def test_apa_probability_line_belongs_to_the_table_notes(tmp_path):
    from essayconv.writers.view import with_table_notes

    essay = essay_of(tmp_path, APA_TABLE)
    blocks = with_table_notes(T.find(essay, "body/section"))
    table = [(block, owned) for block, owned in blocks if block.tag == T.q("table")]
    assert [T.inline_text(p) for p in table[0][1]] == [
        "Note. N = 60. Scores are words recalled.", "*p < .05. **p < .01."]


def test_apa_title_page_course_line_is_a_course(tmp_path):
    text = ("Naps and Memory\n\nRosa Quint\n\nDepartment of Psychology, Fenwick University\n\n"
            "PSY 210: Cognitive Psychology\n\nDr. Alan Price\n\nMarch 3, 2024\n\n"
            "Naps and Memory\n\nSleep helps memory, and a short nap may help it too.\n")
    essay = essay_of(tmp_path, text)
    facts = [(i.get("name"), i.text) for i in T.findall(essay, "meta/info")]
    assert ("course", "PSY 210: Cognitive Psychology") in facts
    assert ("affiliation", "Department of Psychology, Fenwick University") in facts


def test_ieee_display_equation_is_kept_as_an_equation_paragraph(tmp_path):
    essay = essay_of(tmp_path, IEEE.format(dash="—"))
    kinds = {T.inline_text(p): p.get("kind") for p in T.findall(essay, "body/section/p")}
    assert kinds["E_k(t+1) = E_k(t) + eta_c P_k(t) Δt"] == "equation"
    assert kinds["where eta_c is the charging efficiency. Table I sets out the stores."] is None


def test_prose_with_a_bound_is_no_equation(tmp_path):
    text = ("Tidal Storage\n\nOwen Carrick\n\nThe state of charge stays within 0.1 ≤ SoC_k(t) ≤ "
            "0.9 to limit degradation, which the operators of every store watch closely.\n")
    essay = essay_of(tmp_path, text)
    assert [p.get("kind") for p in T.findall(essay, "body/section/p")] == [None]


def test_headless_notes_before_a_bibliography_and_with_a_wrapped_note(tmp_path):
    text = ("Walls and Bridges\n\nMira Castell\n\nCoastal towns rebuilt their sea walls after "
            "the storm of 1953.[1] The county paid for them.[2]\n\n"
            "[1] Jonas Reed, Sea Defences in England (Harbour Press 2001) 12, a book that\n"
            "runs to three volumes.\n[2] ibid 40.\n\nBibliography\n\n"
            "Reed J, Sea Defences in England (Harbour Press 2001)\n")
    essay = essay_of(tmp_path, text)
    assert notes(essay) == [
        ("1", "Jonas Reed, Sea Defences in England (Harbour Press 2001) 12, a book that "
              "runs to three volumes."),
        ("2", "ibid 40.")]
    assert [i.text for i in T.findall(essay, "sources/item")] == [
        "Reed J, Sea Defences in England (Harbour Press 2001)"]
    assert errors(essay) == []


def test_a_heading_ending_on_a_function_word_is_a_lead_in_only_over_an_equation(tmp_path):
    """'What the welfare state is for' over prose heads its section; '… is approximated as'
    over 'V_i(t) = V_0 - R_ij P_j(t)' is the sentence leading into the display."""
    prose = "The essay begins here, with a first paragraph that is long enough to be one."
    essay = essay_of(tmp_path, f"Welfare and Migration\n\nJane Doe\n\n{prose}\n\n"
                     f"Who the new migrants are\n\n{prose}\n\nWhat the welfare state is for\n\n"
                     f"{prose}\n\nThe voltage at bus i is approximated as\n\n"
                     f"V_i(t) = V_0 - R_ij P_j(t)\n\n{prose}\n")
    headings = [T.find(s, "heading").text for s in T.findall(essay, "body/section")
                if T.find(s, "heading") is not None]
    assert headings == ["Who the new migrants are", "What the welfare state is for"]


def test_an_all_caps_title_naming_a_school_over_a_byline_is_the_title(tmp_path):
    """'THE SCHOOL OF ATHENS AND …' over 'Jane Doe' is the title: an institution on a cover
    page stands above the title, never right over the author's name."""
    prose = "The essay begins here, with a first paragraph that is long enough to be one."
    essay = essay_of(tmp_path, "THE SCHOOL OF ATHENS AND THE RENAISSANCE PAST\nJane Doe\n\n"
                     f"Introduction\n\n{prose}\n")
    assert T.find(essay, "meta/title").text == "THE SCHOOL OF ATHENS AND THE RENAISSANCE PAST"
    assert [T.find(a, "name").text for a in T.findall(essay, "meta/author")] == ["Jane Doe"]
    assert not [i for i in T.findall(essay, "meta/info") if i.get("name") == "affiliation"]
