"""Audit 13's header defects: a journal's article type over the title, a medical byline
with plain-figure marks, a thesis chapter's label over its title, a structured abstract, an
epigraph and a law review's starred author note.

Every essay is written here and every expectation by hand from the rules."""

from __future__ import annotations

import pytest

from essayconv import tree as T
from essayconv.reader.affiliations import marks_of, split_mark
from essayconv.reader.bylines import byline_names
from essayconv.reader.pagetop import article_kicker, chapter_title

from validators import authors, essay_of, headings, infos

PARAGRAPH = ("Heart failure remains one of the commonest reasons for admission, and many "
             "patients return to hospital within a month of discharge.")
BODY = f"Introduction\n\n{PARAGRAPH}\n"


def title(essay) -> str:
    return T.find(essay, "meta/title").text


def links(essay) -> list[tuple[str, list[str]]]:
    """Each author's name with the texts of the affiliations @aff names."""
    by_id = {i.get("id"): i.text for i in T.findall(essay, "meta/info") if i.get("id")}
    return [(T.find(a, "name").text, [by_id[i] for i in (a.get("aff") or "").split()])
            for a in T.findall(essay, "meta/author")]


def rules(essay, rule: str) -> list[tuple[str, str]]:
    return [(c[0].text, c[1].text or "") for c in T.findall(essay, "changes/change")
            if c.get("rule") == rule]


# ---------------------------------------------------------------- 6. the article type
@pytest.mark.parametrize("kind", ["Original Investigation", "Research Letter", "Review",
                                  "Case Report", "Brief Report", "Editorial"])
def test_an_article_type_over_the_title_is_a_fact(tmp_path, kind):
    essay = essay_of(tmp_path, f"{kind}\n\nHome Visits and Readmission in Older Adults\n\n"
                               f"Jane Okafor\n\n{BODY}")
    assert title(essay) == "Home Visits and Readmission in Older Adults"
    assert ("article-type", kind) in infos(essay)
    assert authors(essay) == ["Jane Okafor"]


def test_an_article_type_right_over_the_title(tmp_path):
    essay = essay_of(tmp_path, f"Research Letter\nHome Visits and Readmission\n\n{BODY}")
    assert title(essay) == "Home Visits and Readmission"
    assert ("article-type", "Research Letter") in infos(essay)


def test_a_type_word_over_a_heading_is_the_title(tmp_path):
    essay = essay_of(tmp_path, f"Review\n\n{BODY}")
    assert title(essay) == "Review"
    assert not any(name == "article-type" for name, _ in infos(essay))


def test_the_kicker_rule_needs_a_title_under_it():
    assert article_kicker([(1, "Commentary"), (3, PARAGRAPH)]) is None  # a sentence
    assert article_kicker([(1, "Commentary"), (2, "Abstract")]) is None
    assert article_kicker([(1, "Commentary"), (2, "By Jane Doe")]) is None
    assert article_kicker([(1, "Original sin"), (2, "A Short History")]) is None
    assert article_kicker([(1, "Commentary"), (3, "A Short History")]) == (1, "Commentary")


def test_the_article_type_is_a_jats_subject(tmp_path):
    from essayconv.pipeline import enrich
    from essayconv.writers import WriteOptions, get

    text = f"Original Investigation\n\nHome Visits After Discharge\n\n{BODY}"
    essay = enrich(essay_of(tmp_path, text), WriteOptions())
    jats = get("jats").write(essay, WriteOptions())
    jats = jats.decode() if isinstance(jats, bytes) else jats
    assert ('<subj-group subj-group-type="heading"><subject>Original Investigation</subject>'
            in jats)
    assert "<article-title>Home Visits After Discharge</article-title>" in jats


# ---------------------------------------------------------------- 7. plain-figure marks
JAMA = ("Home Visits and Readmission\n\n"
        "Priya R. Venkataraman, MD, MPH1; Daniel O. Mbeki, PhD2,3\n\n"
        "1Division of General Internal Medicine, Lakeshore University, Chicago, Illinois\n"
        "2Department of Biostatistics, Lakeshore University, Chicago, Illinois\n"
        "3School of Public Health, Lakeshore University, Chicago, Illinois\n\n" + BODY)


def test_a_byline_with_glued_figures_gives_its_authors():
    assert byline_names("Priya R. Venkataraman, MD, MPH1; Daniel O. Mbeki, PhD2") == [
        "Priya R. Venkataraman", "Daniel O. Mbeki"]
    assert byline_names("Priya Venkataraman1, Daniel Mbeki2") == [
        "Priya Venkataraman", "Daniel Mbeki"]


@pytest.mark.parametrize("line", ["Covid19 and Public Health", "Chapter 2; Results",
                                  "Table1; Figure2"])
def test_glued_figures_make_no_byline_of_other_lines(line):
    assert byline_names(line) == []


def test_glued_figure_marks_link_affiliations(tmp_path):
    essay = essay_of(tmp_path, JAMA)
    assert links(essay) == [
        ("Priya R. Venkataraman",
         ["Division of General Internal Medicine, Lakeshore University, Chicago, Illinois"]),
        ("Daniel O. Mbeki",
         ["Department of Biostatistics, Lakeshore University, Chicago, Illinois",
          "School of Public Health, Lakeshore University, Chicago, Illinois"])]
    assert headings(essay) == ["Introduction"]


def test_a_glued_figure_is_a_mark_only_when_a_byline_names_it():
    assert marks_of("2,3") == ["2", "3"]
    assert split_mark("1Division of Medicine", {"1"}) == ("1", "Division of Medicine")
    assert split_mark("1Division of Medicine", set()) == (None, "1Division of Medicine")
    assert split_mark("12th Street Clinic", {"1"}) == (None, "12th Street Clinic")


# ---------------------------------------------------------------- 11. a chapter's label
def test_a_chapter_label_over_its_title_is_one_title(tmp_path):
    essay = essay_of(tmp_path, "Chapter 2\nRivers, Ledgers, and Labour: The Grain Trade\n\n"
                               f"2.1 Introduction\n\n{PARAGRAPH}\n")
    assert title(essay) == "Chapter 2: Rivers, Ledgers, and Labour: The Grain Trade"
    assert headings(essay) == ["2.1 Introduction"]
    assert rules(essay, "chapter-heading") == [
        ("Chapter 2 / Rivers, Ledgers, and Labour: The Grain Trade",
         "Chapter 2: Rivers, Ledgers, and Labour: The Grain Trade")]


def test_the_chapter_rule_needs_a_bare_label_and_a_title():
    assert chapter_title("Chapter Two", "The Grain Trade") == "Chapter Two: The Grain Trade"
    assert chapter_title("Chapter 2.", "The Grain Trade") == "Chapter 2. The Grain Trade"
    assert chapter_title("Chapter 2: Method", "The Grain Trade") is None
    assert chapter_title("Chapter 2", "2.1 Introduction") is None
    assert chapter_title("Chapter 2", PARAGRAPH) is None
    assert chapter_title("Chapters of a Life", "The Grain Trade") is None


# ---------------------------------------------------------------- 23. a structured abstract
def abstract_parts(essay) -> list[tuple[str | None, str]]:
    """(bold label, the rest) of each paragraph of the abstract."""
    found = []
    for p in T.findall(essay, "body/section[@role='abstract']/p"):
        strong = T.find(p, "strong")
        found.append((strong.text if strong is not None else None,
                      T.inline_text(p)[len(strong.text) + 1:] if strong is not None
                      else T.inline_text(p)))
    return found


STRUCTURED = ("Home Visits and Readmission\n\nJane Okafor\n\nAbstract\n\n"
              "Importance Readmission after heart failure remains common.\n\n"
              "Objective: To determine whether home visits reduce readmission.\n\n"
              "Design, Setting, and Participants A trial at 3 hospitals.\n\n"
              "Conclusions and Relevance Visits reduced readmission.\n\n"
              "Trial Registration ClinicalTrials.gov Identifier: NCT04512345\n\n"
              "Key Points\nQuestion Do community health worker home visits reduce 30-day "
              "readmission among older adults discharged after heart failure?\n"
              "Findings In this randomized clinical trial of 612 adults, readmission was "
              "15.4% with visits and 23.2% with usual care.\n"
              "Meaning Community health worker visits may be an effective addition to "
              "discharge planning.\n\n"
              + BODY)


def test_a_structured_abstract_keeps_its_labels(tmp_path):
    essay = essay_of(tmp_path, STRUCTURED)
    assert abstract_parts(essay) == [
        ("Importance", "Readmission after heart failure remains common."),
        ("Objective", "To determine whether home visits reduce readmission."),
        ("Design, Setting, and Participants", "A trial at 3 hospitals."),
        ("Conclusions and Relevance", "Visits reduced readmission."),
        ("Trial Registration", "ClinicalTrials.gov Identifier: NCT04512345")]
    assert headings(essay) == ["Abstract", "Key Points", "Introduction"]
    box = T.findall(essay, "body/section")[1]
    assert [T.find(p, "strong").text for p in T.findall(box, "p")] == [
        "Question", "Findings", "Meaning"]
    assert len(rules(essay, "abstract-parts")) == 8


def test_labels_alone_on_their_lines_run_into_their_paragraphs(tmp_path):
    essay = essay_of(tmp_path, "Home Visits and Readmission\n\nJane Okafor\n\nAbstract\n\n"
                               "Importance\n\nReadmission is common.\n\nMethods\n\n"
                               "We ran a trial.\n\n" + BODY)
    assert abstract_parts(essay) == [("Importance", "Readmission is common."),
                                     ("Methods", "We ran a trial.")]
    assert headings(essay) == ["Abstract", "Introduction"]


def test_a_papers_own_sections_under_an_empty_abstract_stay_sections(tmp_path):
    essay = essay_of(tmp_path, "Home Visits and Readmission\n\nJane Okafor\n\nAbstract\n\n"
                               "Background\n\nReadmission is common.\n\nMethods\n\n"
                               "We ran a trial.\n\n" + BODY)
    assert headings(essay)[-3:] == ["Background", "Methods", "Introduction"]
    assert rules(essay, "abstract-parts") == []


@pytest.mark.parametrize("abstract", [
    # one paragraph opening with a label's word is no structured abstract
    "Results of earlier trials were mixed. This paper asks why.",
    # a label's word before a small word is the sentence's own
    "Background noise matters.\n\nResults vary widely.\n\nObjective measures help.",
])
def test_an_unstructured_abstract_is_left_alone(tmp_path, abstract):
    essay = essay_of(tmp_path, "Home Visits and Readmission\n\nJane Okafor\n\nAbstract\n\n"
                               f"{abstract}\n\n" + BODY)
    assert all(label is None for label, _ in abstract_parts(essay))
    assert rules(essay, "abstract-parts") == []


def test_a_structured_abstract_is_jats_secs(tmp_path):
    from essayconv.pipeline import enrich
    from essayconv.writers import WriteOptions, get

    essay = enrich(essay_of(tmp_path, STRUCTURED), WriteOptions())
    jats = get("jats").write(essay, WriteOptions())
    jats = jats.decode() if isinstance(jats, bytes) else jats
    assert ("<sec>\n          <title>Importance</title>\n          <p>Readmission after "
            "heart failure remains common.</p>" in jats)
    assert "<title>Trial Registration</title>" in jats


# ---------------------------------------------------------------- 17. a starred author note
STAR = ("Qualified Immunity After the Pandemic\n\nMargaret A. Hollings*\n\n"
        "* Associate Professor of Law, Westbrook University School of Law. I thank Daniel "
        "Ferreira for comments.\n\n" + BODY)


def test_a_star_note_under_the_byline_is_the_authors_note(tmp_path):
    essay = essay_of(tmp_path, STAR)
    assert authors(essay) == ["Margaret A. Hollings"]
    assert T.find(essay, "meta/author/bio").text == (
        "Associate Professor of Law, Westbrook University School of Law. I thank Daniel "
        "Ferreira for comments.")
    assert headings(essay) == ["Introduction"]
    assert not any(p.get("kind") == "item" for p in T.findall(essay, "body/section/p"))


def test_a_star_institution_alone_is_an_affiliation(tmp_path):
    essay = essay_of(tmp_path, "Qualified Immunity After the Pandemic\n\n"
                               "Margaret A. Hollings*\n* Westbrook University School of Law\n\n"
                               + BODY)
    assert T.find(essay, "meta/author/bio") is None
    assert ("affiliation", "Westbrook University School of Law") in infos(essay)


def test_a_star_line_no_byline_mark_names_is_no_note(tmp_path):
    essay = essay_of(tmp_path, "Qualified Immunity After the Pandemic\n\nMargaret A. Hollings\n\n"
                               "* Associate Professor of Law, Westbrook University. I thank "
                               "Daniel Ferreira for comments.\n\n" + BODY)
    assert T.find(essay, "meta/author/bio") is None


# ---------------------------------------------------------------- 25. an epigraph
def quotes(essay) -> list[tuple[str | None, str]]:
    return [(p.get("role"), T.inline_text(p)) for p in T.findall(essay, "body/section/p")
            if p.get("kind") == "quote"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_quotation_and_its_dashed_source_at_the_top_are_the_epigraph(tmp_path, gap):
    essay = essay_of(tmp_path, "Rivers and Ledgers\n\n"
                               "\"The river was the first account book of the county.\""
                               f"{gap}— Harriet Lowden, The Fenland Merchants (1911)\n\n" + BODY)
    assert quotes(essay) == [
        ("epigraph", "“The river was the first account book of the county.”"),
        ("attribution", "Harriet Lowden, The Fenland Merchants (1911)")]
    assert headings(essay) == [None, "Introduction"]
    assert len(rules(essay, "epigraph")) == 1


def test_dashed_items_at_the_top_are_no_epigraph(tmp_path):
    essay = essay_of(tmp_path, "Rivers and Ledgers\n\nThree questions guide this essay:\n"
                               "- who owned the barges\n- who paid the tolls\n"
                               "- who kept the ledgers\n\n" + BODY)
    assert quotes(essay) == []
    assert rules(essay, "epigraph") == []


def test_an_unquoted_paragraph_over_a_dashed_line_after_a_blank_is_no_epigraph(tmp_path):
    essay = essay_of(tmp_path, "Rivers and Ledgers\n\n" + PARAGRAPH +
                     "\n\n– and so the question stands\n\n" + BODY)
    assert quotes(essay) == []


def test_an_epigraph_is_a_jats_disp_quote_with_attrib(tmp_path):
    from essayconv.pipeline import enrich
    from essayconv.writers import WriteOptions, get

    text = ("Rivers and Ledgers\n\n\"The river was the first account book.\"\n"
            "— Harriet Lowden\n\n" + BODY)
    essay = enrich(essay_of(tmp_path, text), WriteOptions())
    jats = get("jats").write(essay, WriteOptions())
    jats = jats.decode() if isinstance(jats, bytes) else jats
    assert ('<disp-quote content-type="epigraph">\n      <p>“The river was the first account '
            'book.”</p>\n      <attrib>Harriet Lowden</attrib>' in jats)
    html = get("html").write(essay, WriteOptions())
    html = html.decode() if isinstance(html, bytes) else html
    assert ('<blockquote class="epigraph"><p>“The river was the first account book.”</p>'
            '<footer><p class="attribution">Harriet Lowden</p></footer></blockquote>' in html)
