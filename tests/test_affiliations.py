"""Affiliations linked to their authors: by the byline's marks, else by the lines under a
name; JATS <aff> with xrefs, TEI <affiliation> in the author, numbered title blocks."""

from __future__ import annotations

import io

import docx
import pytest
from lxml import etree

from essayconv import tree as T
from essayconv import validate as V
from essayconv.pipeline import enrich
from essayconv.reader.affiliations import marks_of, name_marks, split_mark
from essayconv.writers import WriteOptions, get
from test_no_text_lost import tree_words

from validators import authors, essay_of, headings

TEI = {"t": "http://www.tei-c.org/ns/1.0"}
PARAGRAPH = ("Property registers in interwar Poland recorded more than ownership; they "
             "recorded belonging. This essay traces how the registers were used.")
MARKED = ("Archives of Dispossession\n\nHannah Whitfield¹, Tomasz Kowalczyk²,³\n"
          "¹ Department of History, University of Leeds\n2 School of Law, UCL\n"
          "³ Institute of Advanced Legal Studies, University of London\n\n"
          f"Introduction\n\n{PARAGRAPH}\n")
ONE_AUTHOR = ("Archives of Dispossession\n\nHannah Whitfield\n"
              "Department of History, University of Leeds\n"
              "School of Law, University College London\n\n"
              f"Introduction\n\n{PARAGRAPH}\n")
TWO_AUTHORS = ("Archives of Dispossession\n\nHannah Whitfield\n"
               "Department of History, University of Leeds\nTomasz Kowalczyk\n"
               "School of Law, University College London\n\n"
               f"Introduction\n\n{PARAGRAPH}\n")


def links(essay) -> list[tuple[str, list[str]]]:
    """Each author's name with the texts of the affiliations @aff names."""
    by_id = {i.get("id"): i.text for i in T.findall(essay, "meta/info") if i.get("id")}
    return [(T.find(a, "name").text, [by_id[i] for i in (a.get("aff") or "").split()])
            for a in T.findall(essay, "meta/author")]


def affiliations(essay) -> list[tuple[str | None, str | None, str]]:
    """(id, label, text) of each affiliation fact."""
    return [(i.get("id"), i.get("label"), i.text) for i in T.findall(essay, "meta/info")
            if i.get("name") == "affiliation"]


def written(tmp_path, text: str, fmt: str) -> bytes | str:
    """The essay read from text, enriched and written as fmt."""
    essay = enrich(essay_of(tmp_path, text), WriteOptions())
    return get(fmt).write(essay, WriteOptions())


# ---------------------------------------------------------------- the reader
def test_marks_name_each_authors_affiliations(tmp_path):
    essay = essay_of(tmp_path, MARKED)
    assert affiliations(essay) == [
        ("aff1", "1", "Department of History, University of Leeds"),
        ("aff2", "2", "School of Law, UCL"),  # a plain figure the byline's '²' names
        ("aff3", "3", "Institute of Advanced Legal Studies, University of London")]
    assert links(essay) == [
        ("Hannah Whitfield", ["Department of History, University of Leeds"]),
        ("Tomasz Kowalczyk", ["School of Law, UCL",
                              "Institute of Advanced Legal Studies, University of London"])]
    assert headings(essay) == ["Introduction"]


def test_symbol_marks_link_too(tmp_path):
    essay = essay_of(tmp_path, "A Title\n\nJane Doe*, John Roe†\n* University of Leeds\n"
                               f"† School of Law, UCL\n\nIntroduction\n\n{PARAGRAPH}\n")
    assert affiliations(essay) == [("aff1", "*", "University of Leeds"),
                                   ("aff2", "†", "School of Law, UCL")]
    assert links(essay) == [("Jane Doe", ["University of Leeds"]),
                            ("John Roe", ["School of Law, UCL"])]


def test_one_author_has_every_line_under_the_name(tmp_path):
    essay = essay_of(tmp_path, ONE_AUTHOR)
    assert affiliations(essay) == [
        ("aff1", None, "Department of History, University of Leeds"),
        ("aff2", None, "School of Law, University College London")]
    assert links(essay) == [("Hannah Whitfield", ["Department of History, University of Leeds",
                                                  "School of Law, University College London"])]


def test_two_authors_each_over_their_own_affiliation(tmp_path):
    essay = essay_of(tmp_path, TWO_AUTHORS)
    assert links(essay) == [
        ("Hannah Whitfield", ["Department of History, University of Leeds"]),
        ("Tomasz Kowalczyk", ["School of Law, University College London"])]


def test_one_block_under_several_authors_is_all_of_theirs(tmp_path):
    essay = essay_of(tmp_path, "A Title\nJane Doe and John Roe\nUniversity of Leeds\n\n"
                               f"{PARAGRAPH}\n")
    assert links(essay) == [("Jane Doe", ["University of Leeds"]),
                            ("John Roe", ["University of Leeds"])]


@pytest.mark.parametrize("line", [
    "1 day ago",  # web furniture
    "1 The University of Leeds in 1904",  # a numbered heading: no byline mark names '1'
])
def test_a_numbered_line_under_an_unmarked_byline_is_no_affiliation(tmp_path, line):
    essay = essay_of(tmp_path, f"A Title\nJane Doe\n{line}\n\n{PARAGRAPH}\n")
    assert affiliations(essay) == []
    assert links(essay) == [("Jane Doe", [])]


def test_a_first_numbered_paragraph_stays_the_essays(tmp_path):
    first = ("1 The University of Leeds holds registers of dispossession that no one has "
             "read since 1945.")
    essay = essay_of(tmp_path, f"A Title\nJane Doe¹\n¹ University of York\n\n{first}\n\n"
                               f"{PARAGRAPH}\n")
    assert affiliations(essay) == [("aff1", "1", "University of York")]
    body = [T.inline_text(p) for p in T.findall(essay, "body/section/p")]
    assert body[0] == first


# ------------------------------------------------- affiliations after a blank line
SPACED = ("Archives of Dispossession\n\nHannah Whitfield¹, Tomasz Kowalczyk²,³\n\n"
          "¹ Department of History, University of Leeds\n2 School of Law, UCL\n"
          "³ Institute of Water Policy, Delft\n\n{after}{p}\n")


@pytest.mark.parametrize("after", ["Introduction\n\n", ""])
def test_marked_affiliations_after_a_blank_line_are_read(tmp_path, after):
    # the marks the byline names make them affiliations, over a heading or a paragraph
    essay = essay_of(tmp_path, SPACED.format(after=after, p=PARAGRAPH))
    assert affiliations(essay) == [
        ("aff1", "1", "Department of History, University of Leeds"),
        ("aff2", "2", "School of Law, UCL"),
        ("aff3", "3", "Institute of Water Policy, Delft")]
    assert links(essay)[1] == ("Tomasz Kowalczyk",
                               ["School of Law, UCL", "Institute of Water Policy, Delft"])
    assert [T.inline_text(p) for p in T.findall(essay, "body/section/p")] == [PARAGRAPH]


@pytest.mark.parametrize("after", ["Introduction\n\n", ""])
def test_affiliations_each_after_a_blank_line(tmp_path, after):
    # two lines of institutions in a row: neither could head the other
    essay = essay_of(tmp_path, "A Title\n\nJane Doe\n\nDepartment of History\n\n"
                               f"University of York\n\n{after}{PARAGRAPH}\n")
    assert affiliations(essay) == [("aff1", None, "Department of History"),
                                   ("aff2", None, "University of York")]
    assert headings(essay) == (["Introduction"] if after else [None])


@pytest.mark.parametrize("after", ["Introduction\n\n", ""])
def test_an_affiliation_after_a_blank_line_under_another(tmp_path, after):
    essay = essay_of(tmp_path, "A Title\n\nJane Doe\nDepartment of History\n\n"
                               f"University of York\n\n{after}{PARAGRAPH}\n")
    assert affiliations(essay) == [("aff1", None, "Department of History"),
                                   ("aff2", None, "University of York")]
    assert [T.inline_text(p) for p in T.findall(essay, "body/section/p")] == [PARAGRAPH]


def test_a_marked_line_after_a_blank_line_no_mark_names_is_no_affiliation(tmp_path):
    first = "1 University of York"  # the byline has no mark '1': a numbered heading
    essay = essay_of(tmp_path, f"A Title\n\nJane Doe\n\n{first}\n\n{PARAGRAPH}\n")
    assert affiliations(essay) == []


def test_a_cover_pages_institution_is_no_ones(tmp_path):
    # an affiliation above every author links to none
    from essayconv.reader.affiliations import link
    found = link([(3, "Jane Doe")], [(1, "affiliation", "UNIVERSITY OF LEEDS")],
                 {3: "Jane Doe"})
    assert found[1].authors == []


def test_the_mark_is_kept_as_a_word_of_the_tree(tmp_path):
    essay = essay_of(tmp_path, MARKED)
    assert {"2", "Law", "UCL"} <= tree_words(essay)


def test_mark_helpers():
    assert marks_of("²,³") == ["2", "3"]
    assert marks_of("¹²") == ["12"]
    assert marks_of("*†") == ["*", "†"]
    line = "Aisha N. Okafor, MPH¹, Tomasz Wierzbicki, MD, PhD², and Lin Zhou, RN¹"
    assert name_marks(line, ["Aisha N. Okafor", "Tomasz Wierzbicki", "Lin Zhou"]) == [
        ["1"], ["2"], ["1"]]
    assert split_mark("2 School of Law", {"2"}) == ("2", "School of Law")
    assert split_mark("2 School of Law", set()) == (None, "2 School of Law")
    assert split_mark("³Institute of Law", set()) == ("3", "Institute of Law")


# ---------------------------------------------------------------- JATS
def test_jats_contribs_point_at_their_affs(tmp_path):
    data = written(tmp_path, MARKED, "jats")
    assert V.validate_bytes(data, "jats") == []
    meta = etree.fromstring(data).find("front/article-meta")
    contribs = meta.findall("contrib-group/contrib")
    assert [[x.get("rid") for x in c.findall("xref[@ref-type='aff']")] for c in contribs] == [
        ["aff1"], ["aff2", "aff3"]]
    affs = meta.findall("aff")
    assert [(a.get("id"), a.findtext("label"), a.findtext("institution")) for a in affs] == [
        ("aff1", "1", "Department of History, University of Leeds"),
        ("aff2", "2", "School of Law, UCL"),
        ("aff3", "3", "Institute of Advanced Legal Studies, University of London")]
    notes = [p.get("content-type") for p in etree.fromstring(data).iterfind("front/notes/p")]
    assert "affiliation" not in notes  # never twice


def test_jats_affs_without_marks_have_no_label(tmp_path):
    data = written(tmp_path, TWO_AUTHORS, "jats")
    assert V.validate_bytes(data, "jats") == []
    meta = etree.fromstring(data).find("front/article-meta")
    assert [a.find("label") for a in meta.findall("aff")] == [None, None]
    assert [[x.get("rid") for x in c.findall("xref")]
            for c in meta.findall("contrib-group/contrib")] == [["aff1"], ["aff2"]]


# ---------------------------------------------------------------- TEI
def test_tei_authors_hold_their_affiliations(tmp_path):
    data = written(tmp_path, MARKED, "tei")
    assert V.validate_bytes(data, "tei") == []
    root = etree.fromstring(data)
    found = [(a.findtext("t:persName/t:surname", namespaces=TEI),
              [x.text for x in a.findall("t:affiliation", TEI)])
             for a in root.iterfind(".//t:titleStmt/t:author", TEI)]
    assert found == [("Whitfield", ["Department of History, University of Leeds"]),
                     ("Kowalczyk", ["School of Law, UCL",
                                    "Institute of Advanced Legal Studies, University of London"])]
    assert root.findall(".//t:notesStmt/t:note[@type='affiliation']", TEI) == []


# ---------------------------------------------------------------- title blocks
def test_html_numbers_several_authors_affiliations(tmp_path):
    html = written(tmp_path, MARKED, "html")
    html = html.decode() if isinstance(html, bytes) else html
    assert ('<span class="name">Tomasz Kowalczyk</span><sup class="aff-mark">2,3</sup>'
            in html)
    assert '<p class="info affiliation"><sup class="aff-mark">2</sup> School of Law, UCL</p>' \
        in html
    assert html.count("School of Law, UCL") == 1


def test_html_keeps_one_authors_look(tmp_path):
    html = written(tmp_path, ONE_AUTHOR, "html")
    html = html.decode() if isinstance(html, bytes) else html
    assert 'class="aff-mark"' not in html
    assert '<p class="info affiliation">School of Law, University College London</p>' in html


def test_docx_numbers_several_authors_affiliations(tmp_path):
    document = docx.Document(io.BytesIO(written(tmp_path, MARKED, "docx")))
    author = next(p for p in document.paragraphs if p.style.name == "Author")
    assert [(r.text, bool(r.font.superscript)) for r in author.runs] == [
        ("Hannah Whitfield", False), ("1", True), (" and ", False),
        ("Tomasz Kowalczyk", False), ("2,3", True)]
    front = [p.text for p in document.paragraphs if p.style.name == "Front Matter"]
    assert front == ["1 Department of History, University of Leeds", "2 School of Law, UCL",
                     "3 Institute of Advanced Legal Studies, University of London"]


def test_authors_sharing_their_affiliations_keep_the_plain_look(tmp_path):
    text = f"A Title\nJane Doe and John Roe\nUniversity of Leeds\n\n{PARAGRAPH}\n"
    html = written(tmp_path, text, "html")
    html = html.decode() if isinstance(html, bytes) else html
    assert 'class="aff-mark"' not in html
    assert authors(essay_of(tmp_path, text)) == ["Jane Doe", "John Roe"]
