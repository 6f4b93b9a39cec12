"""Audit 14's reader defects: a Chicago bibliography wrapped before a capitalised word, AGLC's
lettered bibliography categories, a cover sheet's title label and its declaration of
originality.

Every essay is written here and every expectation by hand from the rules."""

from __future__ import annotations

import pytest

from essayconv import tree as T
from essayconv.reader import read_text
from essayconv.reader.cover import declaration, title_label, titled_body
from essayconv.reader.lines import bibliography_subheading
from essayconv.reader.wrapped import join_reference_lines

from validators import essay_of, headings, infos


def _joined(lines: list[str]) -> list[str]:
    essay = T.el("essay")
    T.sub(essay, "changes")
    return [text for _, text in join_reference_lines(essay, list(enumerate(lines, 1)))]


def _rules(essay, rule: str) -> list[tuple[str, str]]:
    return [(c[0].text, c[1].text or "") for c in T.findall(essay, "changes/change")
            if c.get("rule") == rule]


# ------------------------------------------- 3. a Chicago entry wrapped before a capital
def test_a_chicago_entry_cut_before_a_capitalised_word_is_one_entry():
    lines = ['Ashby, Jonathan. "Settled Movers: Boatmen in the Census." Journal of Transport',
             "History 29, no. 2 (2008): 145–67.",
             "Stourbridge Canal Company. Wage Books, 1852–1874. D/SC/4/1–22. Dudley Archives "
             "and Local",
             "History Centre, Dudley.",
             "Hobsbawm, Eric J. The Age of Capital, 1848–1875. London: Weidenfeld and",
             "Nicolson, 1975."]
    assert _joined(lines) == [
        'Ashby, Jonathan. "Settled Movers: Boatmen in the Census." Journal of Transport '
        "History 29, no. 2 (2008): 145–67.",
        "Stourbridge Canal Company. Wage Books, 1852–1874. D/SC/4/1–22. Dudley Archives and "
        "Local History Centre, Dudley.",
        "Hobsbawm, Eric J. The Age of Capital, 1848–1875. London: Weidenfeld and "
        "Nicolson, 1975."]


def test_in_a_full_stop_list_a_new_entry_after_an_unfinished_one_stays_apart():
    # the entry above lost its full stop: a name with more after it, a corporate author and
    # its title, a name and its year open entries of their own
    lines = ["Ashby, Jonathan. Boatmen. London: Canal Press",
             "Hadfield, Charles. The Canals of the West Midlands. Newton Abbot, 1969.",
             "Dudley Canal Trust. Annual Report. Dudley, 1990",
             "Canal Heritage Society. Boats and People. Leeds, 1999.",
             "Keane, Mary. Barges. Leeds: Hull Press",
             "UNESCO. World Heritage Canals. Paris: UNESCO, 2001.",
             "Smith J 2019, Towpaths, Canal Press, London.",
             "Office for National Statistics (2011) Census."]
    assert _joined(lines) == lines


def test_a_list_without_final_full_stops_keeps_todays_rules():
    # AGLC ends no entry with a full stop: a capitalised line under a case stays apart
    lines = ["Strelein, Lisa, Compromised Jurisprudence (Aboriginal Studies Press, 2009)",
             "Western Australia v Ward (2002) 213 CLR 1",
             "Native Title Act 1993 (Cth)",
             "Yorta Yorta v Victoria (2002) 214 CLR 422"]
    assert _joined(lines) == lines


def test_a_chicago_bibliography_read_whole_has_two_entries():
    essay = read_text([
        "Canal Towns", "Eleanor Pritchard", "",
        "Ashby counts the boatmen (Ashby 2008).", "",
        "Bibliography",
        'Ashby, Jonathan. "Settled Movers." Journal of Transport',
        "History 29, no. 2 (2008): 145–67.",
        "Hadfield, Charles. The Canals of the West Midlands. Newton Abbot: David and",
        "Charles, 1969."], "essay.txt")
    assert [i.text for i in T.findall(essay, "sources/item")] == [
        'Ashby, Jonathan. "Settled Movers." Journal of Transport History 29, no. 2 (2008): '
        "145–67.",
        "Hadfield, Charles. The Canals of the West Midlands. Newton Abbot: David and "
        "Charles, 1969."]


# ------------------------------------------------ 4. lettered bibliography categories
@pytest.mark.parametrize("line", ["A Articles/Books/Reports", "B Cases", "C Legislation",
                                  "D Treaties", "E Other", "1. Primary sources",
                                  "II. Secondary Sources", "(b) Cases", "C Legislation:"])
def test_a_lettered_or_numbered_category_is_a_subheading(line):
    assert bibliography_subheading(line)


@pytest.mark.parametrize("line", ["Other", "A Smith", "E Other People",
                                  "Native Title Act 1993 (Cth)", "1. Smith, J. (2019) Books",
                                  "Western Australia v Ward (2002) 213 CLR 1",
                                  "A. Jones, Cases and Materials (Sydney, 2019)"])
def test_a_reference_or_a_lone_modifier_is_no_subheading(line):
    assert not bibliography_subheading(line)


def test_aglc_lettered_categories_are_dropped_from_the_bibliography():
    essay = read_text([
        "Native Title After Mabo", "Sophie Tran", "",
        "The Court held that extinguishment may be partial.", "",
        "Bibliography",
        "A Articles/Books/Reports",
        "Strelein, Lisa, Compromised Jurisprudence (Aboriginal Studies Press, 2009)",
        "B Cases",
        "Western Australia v Ward (2002) 213 CLR 1",
        "C Legislation",
        "Native Title Act 1993 (Cth)"], "essay.txt")
    assert [i.text for i in T.findall(essay, "sources/item")] == [
        "Strelein, Lisa, Compromised Jurisprudence (Aboriginal Studies Press, 2009)",
        "Western Australia v Ward (2002) 213 CLR 1",
        "Native Title Act 1993 (Cth)"]
    assert [before for before, _ in _rules(essay, "bibliography-subheadings")] == [
        "A Articles/Books/Reports", "B Cases", "C Legislation"]


def test_numbered_notes_keep_a_note_that_names_a_category():
    essay = read_text([
        "A Title", "Ana Silva", "", "Text.[1] More.[2]", "", "Notes",
        "1. Cases", "2. Smith, J. (2019) Floods. London: Verso."], "essay.txt")
    assert len(T.findall(essay, "notes/note")) == 2


# ------------------------------------------------------------ 6. a title's label
@pytest.mark.parametrize(("line", "expected"), [
    ("Assignment title: Why Rivers Flood", ("assignment-title", "Why Rivers Flood")),
    ("Essay title: Power and Water", ("essay-title", "Power and Water")),
    ("Title: Power and Water", ("title", "Power and Water")),
    ("Module title: Sociology of Health", None),  # the module's name, a cover fact
    ("Titles of nobility are old.", None)])
def test_a_title_label(line, expected):
    assert title_label(line) == expected


def test_titled_body():
    assert titled_body("1.0 Introduction", "Why Rivers Flood")
    assert titled_body("Introduction", "Why Rivers Flood")
    assert not titled_body("WHY RIVERS FLOOD", "Why rivers flood?")
    assert titled_body("Jane Doe", "Why Rivers Flood")
    assert not titled_body("Rivers, Power and the State", "Why Rivers Flood")


def test_a_labelled_title_over_a_byline(tmp_path):
    essay = essay_of(tmp_path, "Title: Rivers and Power\nJane Doe\n\n" + BODY)
    assert T.find(essay, "meta/title").text == "Rivers and Power"
    assert [T.find(a, "name").text for a in T.findall(essay, "meta/author")] == ["Jane Doe"]


COVER = ("Student number: 1234567\nModule: GEO2010 Rivers\n"
         "Assignment title: Why do rivers flood?\nWord count: 2,100\n\n")
BODY = ("1.0 Introduction\nRivers flood when more water arrives than the channel can carry "
        "away (Smith 2019).\n")


def test_the_title_under_a_labelled_cover_sheet_is_the_title(tmp_path):
    essay = essay_of(tmp_path, COVER + "Why Do Rivers Flood?\n\n" + BODY)
    assert T.find(essay, "meta/title").text == "Why Do Rivers Flood?"
    assert ("assignment-title", "Assignment title: Why do rivers flood?") in infos(essay)
    assert headings(essay) == ["1.0 Introduction"]


def test_a_labelled_title_with_none_under_it_is_the_title(tmp_path):
    essay = essay_of(tmp_path, COVER + BODY)
    assert T.find(essay, "meta/title").text == "Why do rivers flood?"
    assert [name for name, _ in infos(essay)] == ["student-number", "module", "word-count"]
    assert _rules(essay, "title-label") == [("Assignment title: Why do rivers flood?",
                                             "Why do rivers flood?")]
    assert headings(essay) == ["1.0 Introduction"]


# ------------------------------------------------- the declaration of originality
STATEMENT = ("I confirm that this assignment is my own work and that I have acknowledged "
             "all sources.")


def test_declaration():
    assert declaration([(1, "Declaration of originality"), (2, STATEMENT)]) == (
        2, f"Declaration of originality: {STATEMENT}")
    assert declaration([(1, f"Declaration: {STATEMENT}")]) == (1, f"Declaration: {STATEMENT}")
    assert declaration([(1, "Declaration of Independence"), (2, "It was signed.")]) is None
    assert declaration([(1, "I confirm the results of Smith (2019).")]) is None


def test_a_declaration_on_the_cover_sheet_is_a_header_fact(tmp_path):
    essay = essay_of(tmp_path, COVER + f"Declaration of originality\n{STATEMENT}\n\n"
                     "Why Do Rivers Flood?\n\n" + BODY)
    assert T.find(essay, "meta/title").text == "Why Do Rivers Flood?"
    assert ("declaration", f"Declaration of originality: {STATEMENT}") in infos(essay)
    assert headings(essay) == ["1.0 Introduction"]
    assert "my own work" not in " ".join(T.find(essay, "body").itertext())


# ------------------------------- a title page's instructor is never an author nor affiliation
def test_a_title_pages_professor_under_the_course_is_the_instructor(tmp_path):
    essay = essay_of(tmp_path, """Canals and Coal: Labour on the Navigation, 1840–1880

Eleanor M. Pritchard

HIST 342: Industrial Britain

Professor Daniel Okonkwo

April 12, 2024

The navigation has long been treated as a minor feeder of the larger system, a waterway
whose importance faded once the railways reached the district, but its ledgers say otherwise.
""")
    assert [T.find(a, "name").text for a in T.findall(essay, "meta/author")] == [
        "Eleanor M. Pritchard"]
    assert ("instructor", "Professor Daniel Okonkwo") in infos(essay)
    assert ("course", "HIST 342: Industrial Britain") in infos(essay)


def test_a_professor_who_wrote_the_essay_stays_its_author(tmp_path):
    essay = essay_of(tmp_path, """Canals and Coal: Labour on the Navigation, 1840–1880

Professor Daniel Okonkwo

HIST 342: Industrial Britain

The navigation has long been treated as a minor feeder of the larger system, a waterway
whose importance faded once the railways reached the district, but its ledgers say otherwise.
""")
    (author,) = T.findall(essay, "meta/author")
    assert T.find(author, "name").text.endswith("Daniel Okonkwo")
