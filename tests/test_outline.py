"""The body's outline: levels from heading numbers, the abstract and keywords, in every writer."""

from __future__ import annotations

import io

import docx
import pytest
from lxml import etree

from essayconv import tree as T
from essayconv import validate as V
from essayconv.writers import WriteOptions
from essayconv.writers.docx import DocxWriter
from essayconv.writers.html import HtmlWriter
from essayconv.writers.jats import JatsWriter
from essayconv.writers.tei import TeiWriter

from validators import enriched, text

PAPER = """Water Governance in the Nile Basin

Amina Yusuf

Abstract
This paper examines cooperation among Nile riparian states since 1999 [1].

Keywords: water governance, Nile Basin; hydropolitics

1. Introduction
The Nile has long been described as a likely site of water wars [2].

1.1 Background
The Nile Basin Initiative was launched in 1999 by nine states [1].

1.2 Argument
Scarcity creates incentives for building institutions [2].

2. Cooperation in practice
2.1 The Framework Agreement
Negotiations on the framework began in 1997 and stalled in 2010 [1].

3. Conclusion
Scarcity does not make conflict inevitable [2].

References
[1] Wolf, A.T. (1998) 'Conflict and cooperation', Water Policy, 1(2), pp. 251–265.
[2] Starr, J.R. (1991) 'Water wars', Foreign Policy, 82, pp. 17–36.
"""


def _essay(tmp_path, headings: list[str]) -> etree._Element:
    body = "\n\n".join(f"{h}\nA paragraph under {h} that runs on as prose [1]." for h in headings)
    return enriched(tmp_path, f"An Essay on Outlines\n\nJo Bloggs\n\n{body}\n\nReferences\n"
                              "[1] Wolf, A.T. (1998) Water. London: Verso.\n")


def _levels(essay: etree._Element) -> list[tuple[str, int]]:
    return [(T.inline_text(T.find(s, "heading")), int(s.get("level") or 1))
            for s in T.findall(essay, "body/section") if T.find(s, "heading") is not None]


@pytest.fixture(scope="module")
def paper(tmp_path_factory) -> etree._Element:
    return enriched(tmp_path_factory.mktemp("paper"), PAPER)


def test_decimal_numbers_give_levels(paper):
    assert _levels(paper) == [("Abstract", 1), ("1. Introduction", 1), ("1.1 Background", 2),
                              ("1.2 Argument", 2), ("2. Cooperation in practice", 1),
                              ("2.1 The Framework Agreement", 2), ("3. Conclusion", 1)]


def test_a_level_never_skips_one(tmp_path):
    essay = _essay(tmp_path, ["1. Origins", "1.1.1 Early sources", "2. Later history"])
    assert _levels(essay) == [("1. Origins", 1), ("1.1.1 Early sources", 2),
                              ("2. Later history", 1)]


def test_levels_count_from_the_shallowest_number(tmp_path):
    essay = _essay(tmp_path, ["1.1 Scope", "1.2 Method", "1.2.1 Sampling"])
    assert _levels(essay) == [("1.1 Scope", 1), ("1.2 Method", 1), ("1.2.1 Sampling", 2)]


def test_roman_outline_with_letters(tmp_path):
    essay = _essay(tmp_path, ["I. The Problem", "A. Sources", "B. Method", "II. Findings"])
    assert _levels(essay) == [("I. The Problem", 1), ("A. Sources", 2), ("B. Method", 2),
                              ("II. Findings", 1)]


def test_unnumbered_headings_stay_level_one(tmp_path):
    essay = _essay(tmp_path, ["Introduction", "The Archive", "Conclusion"])
    assert all(s.get("level") is None for s in T.findall(essay, "body/section"))


def test_abstract_and_keywords(paper):
    first = T.findall(paper, "body/section")[0]
    assert first.get("role") == "abstract"
    assert [s.get("role") for s in T.findall(paper, "body/section")[1:]] == [None] * 6
    info = [(i.get("name"), i.text) for i in T.findall(paper, "meta/info")]
    assert ("keywords", "Keywords: water governance, Nile Basin; hydropolitics") in info
    assert "Keywords" not in text(T.find(paper, "body"))


def test_a_summary_heading_later_in_the_essay_is_no_abstract(tmp_path):
    essay = _essay(tmp_path, ["Introduction", "Summary"])
    assert all(s.get("role") is None for s in T.findall(essay, "body/section"))


def test_labelled_abstract_paragraph_gets_its_heading(tmp_path):
    essay = enriched(tmp_path, "Rivers and States\n\nJo Bloggs\n\n"
                     "Abstract: This paper asks why rivers rarely cause wars [1].\n\n"
                     "Introduction\nRivers are shared by many states and seldom fought over.\n\n"
                     "References\n[1] Wolf, A.T. (1998) Water. London: Verso.\n")
    first = T.findall(essay, "body/section")[0]
    assert first.get("role") == "abstract"
    assert T.inline_text(T.find(first, "heading")) == "Abstract"
    assert T.inline_text(T.find(first, "p")).startswith("This paper asks why rivers")
    rules = [c.get("rule") for c in T.findall(essay, "changes/change")]
    assert "abstract-label" in rules


def test_jats_front_has_abstract_and_keywords_and_secs_nest(paper):
    data = JatsWriter().write(paper, WriteOptions())
    assert V.validate_bytes(data, "jats") == []
    root = etree.fromstring(data)
    meta = root.find("front/article-meta")
    assert text(meta.find("abstract/title")) == "Abstract"
    assert text(meta.find("abstract/p")).startswith("This paper examines cooperation")
    assert [k.text for k in meta.findall("kwd-group/kwd")] == [
        "water governance", "Nile Basin", "hydropolitics"]
    body = root.find("body")
    assert "This paper examines" not in text(body)
    assert [(s.findtext("label"), text(s.find("title"))) for s in body.findall("sec")] == [
        ("1.", "Introduction"), ("2.", "Cooperation in practice"), ("3.", "Conclusion")]
    assert [(s.findtext("label"), text(s.find("title")))
            for s in body.findall("sec")[0].findall("sec")] == [
        ("1.1", "Background"), ("1.2", "Argument")]
    assert all(p.get("content-type") != "keywords" for p in root.iter("p"))


def test_tei_abstract_in_front_keywords_in_header_divs_nest(paper):
    data = TeiWriter().write(paper, WriteOptions())
    assert V.validate_bytes(data, "tei") == []
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = etree.fromstring(data)
    abstract = root.find("t:text/t:front/t:div[@type='abstract']", ns)
    assert text(abstract.find("t:head", ns)) == "Abstract"
    terms = root.findall("t:teiHeader/t:profileDesc/t:textClass/t:keywords/t:term", ns)
    assert [t.text for t in terms] == ["water governance", "Nile Basin", "hydropolitics"]
    top = root.findall("t:text/t:body/t:div", ns)
    assert [text(d.find("t:head", ns)) for d in top] == [
        "1. Introduction", "2. Cooperation in practice", "3. Conclusion"]
    assert [text(d.find("t:head", ns)) for d in top[1].findall("t:div", ns)] == [
        "2.1 The Framework Agreement"]


def test_docx_subheadings_use_heading_2(paper):
    document = docx.Document(io.BytesIO(DocxWriter().write(paper, WriteOptions())))
    styles = {p.text: p.style.name for p in document.paragraphs
              if p.style.name.startswith("Heading")}
    assert styles["1. Introduction"] == "Heading 1"
    assert styles["1.1 Background"] == "Heading 2"
    assert styles["2.1 The Framework Agreement"] == "Heading 2"


def test_html_ranks_and_abstract_role(paper):
    page = etree.fromstring(HtmlWriter().write(paper, WriteOptions()).encode())
    x = "{http://www.w3.org/1999/xhtml}"
    h3 = [text(h) for h in page.iter(f"{x}h3")]
    assert h3 == ["1.1 Background", "1.2 Argument", "2.1 The Framework Agreement"]
    abstract = next(s for s in page.iter(f"{x}section") if s.get("role") == "doc-abstract")
    assert [text(h) for h in abstract.iter(f"{x}h2")] == ["Abstract"]
    assert text(abstract.find(f"{x}p")).startswith("This paper examines")


@pytest.mark.parametrize(("heading", "expected"), [
    ("2.1 Participants", ("2.1", "Participants")), ("3. Results", ("3.", "Results")),
    ("IV. Findings", ("IV.", "Findings")), ("7 Days in May", None), ("1984", None),
    ("E. P. Thompson and Experience", None), ("V. S. Naipaul", None),
    ("C. Wright Mills and Power", None),
])
def test_heading_number_is_split_only_when_dotted(heading, expected):
    from essayconv.writers.view import heading_number

    assert heading_number(T.el("heading", heading)) == expected


def _body(tmp_path, body: str) -> etree._Element:
    return enriched(tmp_path, f"An Essay on Outlines\n\nJo Bloggs\n\n{body}\n\nReferences\n"
                              "[1] Wolf, A.T. (1998) Water. London: Verso.\n")


def test_a_roman_heading_right_over_its_first_letter_is_a_heading(tmp_path):
    essay = _body(tmp_path, "I. Introduction\nSocial history changed after 1960 [1].\n\n"
                  "II. Three historians\nA. E. P. Thompson and experience\n"
                  "Thompson wrote about the making of a class.\n\n"
                  "B. Eric Hobsbawm and labour\nHobsbawm studied labour movements.\n\n"
                  "III. Conclusion\nEach of them changed the field.")
    assert _levels(essay) == [("I. Introduction", 1), ("II. Three historians", 1),
                              ("A. E. P. Thompson and experience", 2),
                              ("B. Eric Hobsbawm and labour", 2), ("III. Conclusion", 1)]
    assert [s.get("id") for s in T.findall(essay, "body/section")] == [
        "s1", "s2", "s3", "s4", "s5"]


def test_a_name_with_initials_in_a_roman_outline_is_no_letter(tmp_path):
    essay = _essay(tmp_path, ["I. The Historians", "E. P. Thompson and Experience",
                              "F. R. Leavis and Culture", "II. Conclusion"])
    assert _levels(essay) == [("I. The Historians", 1), ("E. P. Thompson and Experience", 1),
                              ("F. R. Leavis and Culture", 1), ("II. Conclusion", 1)]


def test_thesis_chapter_label_over_its_title_is_one_heading_over_its_sections(tmp_path):
    essay = _body(tmp_path, "Chapter 1\nIntroduction\nCommunity energy has grown [1].\n\n"
                  "1.1 Background\nThe first turbine opened in 2012.\n\n"
                  "Chapter 2\nLiterature Review\nResearch is growing.\n\n"
                  "2.1 Definitions\nThere is no single definition.\n\n"
                  "2.1.1 Ownership\nOwnership may be cooperative.\n\n"
                  "Chapter 3: Method\nWe interviewed twelve members.")
    assert _levels(essay) == [("Chapter 1: Introduction", 1), ("1.1 Background", 2),
                              ("Chapter 2: Literature Review", 1), ("2.1 Definitions", 2),
                              ("2.1.1 Ownership", 3), ("Chapter 3: Method", 1)]
    assert "Chapter 1" not in text(T.findall(essay, "body/section")[0].find(T.q("p")))


def test_apa_heading_over_subheadings_without_numbers(tmp_path):
    essay = _body(tmp_path, "Introduction\nStudents often listen to music [1].\n\n"
                  "Method\n\nParticipants\nSixty undergraduates took part.\n\n"
                  "Materials\nA reading test of twenty questions was used.\n\n"
                  "Results\nScores were lower with lyrical music.\n\n"
                  "Discussion\nLyrics harm reading.")
    assert _levels(essay) == [("Introduction", 1), ("Method", 1), ("Participants", 2),
                              ("Materials", 2), ("Results", 1), ("Discussion", 1)]


@pytest.mark.parametrize("body", [
    # a short line ending a paragraph, right above a heading, is no heading
    "Introduction\nThe vote was close [1].\nIt was over\nAftermath\nThe count took a week.",
    # nor a list's last item above a heading
    "Introduction\nThree steps follow [1]:\n1. Plant more trees\n2. Build ponds\n\n"
    "Conclusion\nEach step helps.",
])
def test_what_stays_a_paragraph_over_a_heading(tmp_path, body):
    essay = _body(tmp_path, body)
    assert len([s for s in T.findall(essay, "body/section")
                if T.find(s, "heading") is not None]) == 2


def test_keywords_as_a_heading_of_their_own(tmp_path):
    essay = _body(tmp_path, "ABSTRACT\n\nLagos is warming faster than its surroundings [1].\n\n"
                  "KEYWORDS\n\nurban heat island; Lagos; remote sensing\n\n"
                  "INTRODUCTION\n\nCities are warmer than the land around them.")
    assert _levels(essay) == [("ABSTRACT", 1), ("INTRODUCTION", 1)]
    info = [(i.get("name"), i.text) for i in T.findall(essay, "meta/info")]
    assert ("keywords", "KEYWORDS: urban heat island; Lagos; remote sensing") in info
    data = JatsWriter().write(essay, WriteOptions())
    assert [k.text for k in etree.fromstring(data).findall(".//kwd-group/kwd")] == [
        "urban heat island", "Lagos", "remote sensing"]


def test_a_keywords_line_alone_between_blank_lines_is_a_header_fact(tmp_path):
    essay = enriched(tmp_path, "Things and Uses\n\nJo Bloggs\n\nAbstract\n\n"
                     "This paper looks at how things are used in daily life [1].\n\n"
                     "Keywords: things; uses, life\n\n1. Introduction\n\n"
                     "Things are everywhere and people use them all the time [1].\n\n"
                     "References\n[1] Miller, D. (2010) Stuff. Cambridge: Polity.\n")
    assert ("keywords", "Keywords: things; uses, life") in [
        (i.get("name"), i.text) for i in T.findall(essay, "meta/info")]
    assert [T.inline_text(h) for h in T.find(essay, "body").iter(T.q("heading"))] == [
        "Abstract", "1. Introduction"]


def test_keywords_metadata_holds_the_words_without_their_label(paper):
    page = etree.fromstring(HtmlWriter().write(paper, WriteOptions()).encode())
    meta = {m.get("name"): m.get("content") for m in page.iter("{http://www.w3.org/1999/xhtml}meta")}
    assert meta["keywords"] == "water governance, Nile Basin, hydropolitics"
    document = docx.Document(io.BytesIO(DocxWriter().write(paper, WriteOptions())))
    assert document.core_properties.keywords == "water governance, Nile Basin, hydropolitics"


def test_html_keywords_close_the_abstract(paper):
    page = etree.fromstring(HtmlWriter().write(paper, WriteOptions()).encode())
    x = "{http://www.w3.org/1999/xhtml}"
    abstract = next(s for s in page.iter(f"{x}section") if s.get("role") == "doc-abstract")
    assert text(list(abstract)[-1]) == "Keywords: water governance, Nile Basin; hydropolitics"
    header = next(page.iter(f"{x}header"))
    assert "Keywords" not in text(header)


def test_a_part_label_over_its_title_is_one_heading_and_logged(tmp_path):
    essay = enriched(tmp_path, "Two Harbours\n\nLiam Costa\n\nPart 1\n\nDiscussion\n\n"
                     "Peniche still lands more fish than any other port [1].\n\nPart 2\n\n"
                     "Discussion\n\nGeography explains much of the contrast [1].\n\n"
                     "References\n[1] Wolf, A.T. (1998) Water. London: Verso.\n")
    assert [h for h, _ in _levels(essay)] == ["Part 1: Discussion", "Part 2: Discussion"]
    changes = [(c.get("rule"), T.find(c, "after").text)
               for c in T.findall(essay, "changes/change")]
    assert ("chapter-heading", "Part 1: Discussion") in changes


def test_a_question_taken_for_a_heading_opens_no_group(tmp_path):
    essay = enriched(tmp_path, "Memory\n\nJo Bloggs\n\nIntroduction\n\nMemory is contested in "
                     "every society [1].\n\nWhy should this matter to us now?\n\n"
                     "Divided Memories\n\nFrance remembered Vichy in pieces [1].\n\n"
                     "The Case of Vichy\n\nThe trials came late [1].\n\n"
                     "References\n[1] Wolf, A.T. (1998) Water. London: Verso.\n")
    assert all(level == 1 for _, level in _levels(essay))


def test_a_heading_one_blank_line_over_a_table_heads_it(tmp_path):
    essay = enriched(tmp_path, "Sleep\n\nJo Bloggs\n\nIntroduction\n\nSleep helps memory [1]."
                     "\n\nResults\n\nTable 1: Recall by group\nGroup\tNap\tRest\n"
                     "Year 7\t45\t38\nYear 8\t47\t40\n\nDiscussion\n\nNaps helped both "
                     "groups [1].\n\nReferences\n[1] Wolf, A.T. (1998) Water. London: Verso.\n")
    results = next(s for s in T.findall(essay, "body/section")
                   if T.inline_text(T.find(s, "heading")) == "Results")
    assert T.find(results, "table") is not None


def test_a_papers_part_right_over_its_first_subheading_is_a_heading(tmp_path):
    essay = enriched(tmp_path, "A Study of Self-Control\nJane Doe\n\nIntroduction\nThis is the "
                     "introduction, long enough to be prose, ending with a full stop (Smith, "
                     "2020).\n\nMethod\nParticipants\nWe recruited many students from the pool, "
                     "and this paragraph is long enough to be prose.\n\nResults\nThe results were "
                     "null, and this paragraph is also long enough to be prose.\n\nReferences\n"
                     "Smith, J. (2020). A book about things. Publisher.\n")
    assert [h.text for h in T.findall(essay, "body/section/heading")] == [
        "Introduction", "Method", "Participants", "Results"]
    # never a paragraph of the Introduction
    assert all("Method" != p.text for p in T.findall(essay, "body/section/p"))
