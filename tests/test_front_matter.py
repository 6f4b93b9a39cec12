"""Front matter: bylines of any spelling, a student's cover sheet, the author's affiliation.

Every expectation is written from the rules, never copied from the program's output."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from essayconv import tree as T
from essayconv.pipeline import enrich, read
from essayconv.reader.lines import byline_names
from essayconv.writers import WriteOptions, get

from validators import authors, essay_of, headings, infos

FRONT = Path(__file__).parent / "fixtures" / "front"
SHAPES = Path(__file__).parent / "fixtures" / "shapes"
PARAGRAPH = "The essay begins here, with a first paragraph that is long enough to be one."


def first_paragraph(essay) -> str:
    return T.inline_text(T.findall(essay, "body/section/p")[0])


# ---------------------------------------------------------------- 1. bylines

@pytest.mark.parametrize(("line", "name"), [
    ("Liam O'Connor", "Liam O’Connor"),  # the quotes repair curls the name's apostrophe
    ("Liam O’Connor", "Liam O’Connor"),
    ("By Liam O'Connor", "Liam O’Connor"),
    ("Jean-Luc Picard", "Jean-Luc Picard"),
    ("Mary van der Berg", "Mary van der Berg"),
    ("Ana de la Cruz", "Ana de la Cruz"),
    ("José Álvarez-Ruiz", "José Álvarez-Ruiz"),
    ("Kwame Nkrumah-Acheampong", "Kwame Nkrumah-Acheampong"),
    ("Siobhán Ní Bhriain", "Siobhán Ní Bhriain"),
    ("Seán Ó Briain", "Seán Ó Briain"),
    ("Ronald McDonald", "Ronald McDonald"),
    ("Jean d’Alembert", "Jean d’Alembert"),
    ("J.R.R. Tolkien", "J.R.R. Tolkien"),
])
def test_a_byline_of_any_spelling_is_the_author(tmp_path, line, name):
    for gap in ("\n", "\n\n"):  # right under the title, or after a blank line
        essay = essay_of(tmp_path, f"A Title\n{gap}{line}\n\n{PARAGRAPH}\n")
        assert authors(essay) == [name]
        assert headings(essay) == [None]
        assert first_paragraph(essay) == PARAGRAPH


def test_two_authors_with_particles_and_accents():
    assert byline_names("By José Álvarez-Ruiz and Ana de la Cruz") == [
        "José Álvarez-Ruiz", "Ana de la Cruz"]


@pytest.mark.parametrize("heading", [
    "Introduction", "The Road to War", "Conclusion and Outlook", "The Cold War",
    "Literature Review", "Methodology", "NATO Expansion", "Case Studies", "The Build-Up",
    "A Study", "Histories of the Present", "World War I", "Harvard University",
    "Université de Montréal",
])
def test_a_heading_under_the_title_is_no_byline(tmp_path, heading):
    assert byline_names(heading) == []
    essay = essay_of(tmp_path, f"A Title\n\n{heading}\n\n{PARAGRAPH}\n")
    assert authors(essay) == []
    assert headings(essay) == [heading]


@pytest.mark.parametrize("text", ["van der Berg", "Berg van", "Liam", "O'", "'Connor"])
def test_a_name_starts_and_ends_with_a_capitalised_word_and_has_two(text):
    assert byline_names(text) == []


def test_the_bio_of_an_author_with_an_accented_name(tmp_path):
    bio = ("José Álvarez-Ruiz is a second-year student of history at the University of "
           "Seville.")
    essay = essay_of(tmp_path, f"A Title\nJosé Álvarez-Ruiz\n{bio}\n\n{PARAGRAPH}\n")
    assert authors(essay) == ["José Álvarez-Ruiz"]
    assert T.find(essay, "meta/author/bio").text == bio


# ---------------------------------------------------------------- 2. the cover sheet

def test_a_student_cover_sheet_is_header_facts_and_the_question_the_title():
    essay = read(FRONT / "student-cover.txt")
    assert T.find(essay, "meta/title").text == (
        "To What Extent Is Managed Retreat a Fair Answer to Coastal Erosion?")
    assert infos(essay) == [
        ("student-number", "Student number: 1187342"),
        ("module", "Module: GEOG2210 Coastal Landscapes"),
        ("tutor", "Tutor: Dr Ruth Okafor"),
        ("submitted", "Submitted: 12 January 2026"),
        ("word-count", "Word count: 1,950"),
    ]
    assert authors(essay) == []
    assert headings(essay) == ["Introduction", "Conclusion"]
    assert len(T.findall(essay, "sources/item")) == 1


@pytest.mark.parametrize(("line", "name"), [
    ("Student ID: 2049817", "student-id"),
    ("Candidate number: 40213", "candidate-number"),
    ("Course: HIST 101", "course"),
    ("Words: 2,000", "words"),
    ("Lecturer: Prof. Lee", "lecturer"),
    ("Instructor: Ms Park", "instructor"),
    ("Seminar leader: Dr Jones", "seminar-leader"),
    ("Date: 14 March 2025", "date"),
    ("Due date: 3 May 2025", "due-date"),
    ("Word count (excluding references): 2,487", "word-count"),
    ("Year: 2", "year"),
])
def test_each_cover_label_is_a_header_fact(tmp_path, line, name):
    essay = essay_of(tmp_path, f"{line}\n\nThe Real Title\n\nIntroduction\n\n{PARAGRAPH}\n")
    assert T.find(essay, "meta/title").text == "The Real Title"
    assert infos(essay) == [(name, line)]
    assert headings(essay) == ["Introduction"]


def test_a_name_on_the_cover_sheet_is_the_author(tmp_path):
    essay = essay_of(tmp_path, "Name: Siobhán Ní Bhriain\nStudent ID: 2049817\n\n"
                               f"The Real Title\nSiobhán Ní Bhriain\n\n{PARAGRAPH}\n")
    assert T.find(essay, "meta/title").text == "The Real Title"
    assert authors(essay) == ["Siobhán Ní Bhriain"]  # once, not twice
    assert infos(essay) == [("student-id", "Student ID: 2049817")]


def test_cover_facts_under_the_byline_are_header_facts(tmp_path):
    essay = essay_of(tmp_path, "The Real Title\nJane Doe\nModule: HIST2040 Modern Europe\n"
                               f"Word count: 2,487\n\nIntroduction\n\n{PARAGRAPH}\n")
    assert authors(essay) == ["Jane Doe"]
    assert infos(essay) == [("module", "Module: HIST2040 Modern Europe"),
                            ("word-count", "Word count: 2,487")]
    assert headings(essay) == ["Introduction"]


@pytest.mark.parametrize("title", [
    "Class: The Hidden Injuries of Education", "Assessment: Why Testing Fails",
    "Memory: A Study of Coastal Towns", "Year: Zero and the Khmer Rouge",
])
def test_a_title_with_a_colon_stays_the_title(tmp_path, title):
    for byline in ("Jane Doe\n", ""):
        essay = essay_of(tmp_path, f"{title}\n{byline}\nIntroduction\n\n{PARAGRAPH}\n")
        assert T.find(essay, "meta/title").text == title
        assert infos(essay) == []
        assert headings(essay) == ["Introduction"]


def test_a_heading_with_a_colon_under_the_byline_stays_a_heading(tmp_path):
    essay = essay_of(tmp_path, f"The Real Title\nJane Doe\n\nClass: A Contested Concept\n\n"
                               f"{PARAGRAPH}\n")
    assert infos(essay) == []
    assert headings(essay) == ["Class: A Contested Concept"]


# ---------------------------------------------------------------- 3. the affiliation

@pytest.mark.parametrize(("line", "fact"), [
    ("University of Edinburgh", "University of Edinburgh"),
    ("Department of Psychology, University of Leeds",
     "Department of Psychology, University of Leeds"),
    ("BSc Environmental Science, Year 2 – Essay for ENV2031",
     "BSc Environmental Science, Year 2 – Essay for ENV2031"),
    ("King's College London", "King’s College London"),  # curled by the quotes repair
    ("Harvard University", "Harvard University"),
    ("Université de Montréal", "Université de Montréal"),
    ("GEOG 101", "GEOG 101"),
    ("The University of Manchester", "The University of Manchester"),
])
def test_the_line_under_the_byline_is_the_affiliation(tmp_path, line, fact):
    essay = essay_of(tmp_path, f"A Title\nJane Doe\n{line}\n\n{PARAGRAPH}\n\nMethods\n\n"
                               f"{PARAGRAPH}\n")
    assert authors(essay) == ["Jane Doe"]
    assert infos(essay) == [("affiliation", fact)]
    assert headings(essay) == [None, "Methods"]
    assert first_paragraph(essay) == PARAGRAPH


def test_an_affiliation_of_two_lines_before_a_first_heading(tmp_path):
    essay = essay_of(tmp_path, "A Title\n\nJane Doe\nDepartment of History\nUniversity of York\n"
                               f"\nAbstract\n\n{PARAGRAPH}\n")
    assert infos(essay) == [("affiliation", "Department of History"),
                            ("affiliation", "University of York")]
    assert headings(essay) == ["Abstract"]


@pytest.mark.parametrize("top", ["A Title\nJane Doe\n", "A Title\n\nJane Doe\n"])
@pytest.mark.parametrize("line", ["Kings College London",
                                  "Department of English, University of Dunmore"])
def test_an_affiliation_after_a_blank_line_over_a_heading_is_the_affiliation(tmp_path, top,
                                                                             line):
    # pasted paragraphs stand apart: a line over a heading could be no heading itself
    essay = essay_of(tmp_path, f"{top}\n{line}\n\nIntroduction\n\n{PARAGRAPH}\n")
    assert authors(essay) == ["Jane Doe"]
    assert infos(essay) == [("affiliation", line)]
    assert headings(essay) == ["Introduction"]
    assert first_paragraph(essay) == PARAGRAPH


def test_one_institution_after_a_blank_line_over_a_paragraph_is_a_heading(tmp_path):
    # alone over the body's first paragraph, an institution after a blank line heads it
    for line in ("University of Leeds", "School of Law, UCL"):
        essay = essay_of(tmp_path, f"A Title\nJane Doe\n\n{line}\n\n{PARAGRAPH}\n")
        assert infos(essay) == []
        assert headings(essay) == [line]
        assert first_paragraph(essay) == PARAGRAPH


@pytest.mark.parametrize("heading", ["Centre and Periphery", "The Department Store",
                                     "The School of Athens", "Course Overview"])
def test_a_heading_after_a_blank_line_over_another_heading_is_no_affiliation(tmp_path,
                                                                             heading):
    essay = essay_of(tmp_path, f"A Title\n\nJane Doe\n\n{heading}\n\nOrigins\n\n"
                               f"{PARAGRAPH}\n")
    assert infos(essay) == []
    assert headings(essay) == [heading, "Origins"]


def test_a_short_first_paragraph_after_a_blank_line_is_no_affiliation(tmp_path):
    first = "The University of Leeds was founded in 1904."
    essay = essay_of(tmp_path, f"A Title\n\nJane Doe\n\n{first}\n\nOrigins\n\n"
                               f"{PARAGRAPH}\n")
    assert infos(essay) == []
    assert first_paragraph(essay) == first


@pytest.mark.parametrize(("text", "expected"), [
    # a first heading right under the byline, in a paste without blank lines
    ("Jane Doe\nIntroduction\n{p}\n", ["Introduction"]),
    ("Jane Doe\n\nIntroduction\n\n{p}\n", ["Introduction"]),
    # headings that name no institution
    ("Jane Doe\nSchool Choice and Inequality\n\n{p}\n", ["School Choice and Inequality"]),
    ("Jane Doe\n\nCentre and Periphery\n\n{p}\n", ["Centre and Periphery"]),
    ("Jane Doe\nThe Department Store\n\n{p}\n", ["The Department Store"]),
    # a heading about a university, after a blank line and before a paragraph
    ("Jane Doe\n\nThe Medieval University\n\n{p}\n", ["The Medieval University"]),
])
def test_a_first_heading_is_no_affiliation(tmp_path, text, expected):
    essay = essay_of(tmp_path, "A Title\n" + text.format(p=PARAGRAPH))
    assert authors(essay) == ["Jane Doe"]
    assert infos(essay) == []
    assert headings(essay) == expected


def test_a_first_paragraph_is_no_affiliation(tmp_path):
    first = "The University of Leeds was founded in 1904 and grew quickly after the war."
    essay = essay_of(tmp_path, f"A Title\nJane Doe\n{first}\n\n{PARAGRAPH}\n")
    assert infos(essay) == []
    assert [T.inline_text(p) for p in T.findall(essay, "body/section/p")] == [first, PARAGRAPH]


def test_the_mla_essays_course_line_is_no_heading():
    essay = read(SHAPES / "mla-works-cited.txt")
    assert authors(essay) == ["Priya Nair"]
    assert infos(essay) == [("affiliation", "English 210, Professor Hall")]
    assert headings(essay) == [None, "Rememory"]


@pytest.mark.parametrize(("fmt", "expected"), [
    ("xml", '<info name="affiliation" id="aff1" line="3">University of Edinburgh</info>'),
    ("html", '<p class="info affiliation">University of Edinburgh</p>'),
    ("tei", '<affiliation>University of Edinburgh</affiliation>'),
    ("jats", '<aff id="aff1"><institution>University of Edinburgh</institution></aff>'),
    ("docx", "Front Matter: University of Edinburgh"),
])
def test_every_writer_prints_the_affiliation_once(tmp_path, fmt, expected):
    """One author's affiliation: a header fact in HTML and DOCX as before, the author's own
    in TEI and JATS."""
    essay = essay_of(tmp_path, f"A Title\nJane Doe\nUniversity of Edinburgh\n\n{PARAGRAPH}\n")
    data = get(fmt).write(enrich(essay, WriteOptions()), WriteOptions())
    if fmt == "docx":
        import io

        import docx

        document = docx.Document(io.BytesIO(data))
        data = "\n".join(f"{p.style.name}: {p.text}" for p in document.paragraphs)
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    assert expected in text
    assert text.count("University of Edinburgh") == 1


# ---------------------------------------------------------------- 4. no bio without an author

def body_texts(essay) -> list[str]:
    return [T.inline_text(node) for node in T.find(essay, "body").iter(T.q("heading"), T.q("p"))]


def every_word_kept(essay, text: str) -> bool:
    """Each word of the input is in the tree's text or in its change log."""
    import re

    kept = set(re.findall(r"\w+", " ".join(essay.itertext())))
    return all(word in kept for word in re.findall(r"\w+", text))


@pytest.mark.parametrize("first", [
    "Rwanda was a country divided by colonial rule long before the genocide began.",
    "Belgium has held the colony since 1916, and its officials kept the identity cards.",
    "The author can be reached at jane@example.org for questions about the survey data.",
])
def test_without_a_byline_no_paragraph_is_a_bio(tmp_path, first):
    text = f"The Road to 1994\n\n{first}\nBelgium made the divisions official.\n"
    essay = essay_of(tmp_path, text)
    assert authors(essay) == []
    assert infos(essay) == []
    assert T.find(essay, "meta/author/bio") is None
    assert body_texts(essay) == [first, "Belgium made the divisions official."]
    assert every_word_kept(essay, text)


def test_a_bio_with_no_author_to_hold_it_stays_a_header_fact():
    from lxml import etree

    from essayconv.reader import _fill_meta
    from essayconv.reader.front import Front

    meta = T.el("meta")
    bio = "Jane Doe is a student of history at the University of Leeds."
    _fill_meta(meta, Front(title=(1, "A Title"), bio=(3, bio)))
    assert [(i.get("name"), i.get("line"), i.text) for i in meta.iter(T.q("info"))] == [
        ("bio", "3", bio)]
    assert etree.QName(meta[0]).localname == "title"


# ---------------------------------------------------------------- 5. headings that are no names

@pytest.mark.parametrize("heading", [
    "Post-War Europe", "Anti-Colonial Struggles", "Austro-Hungarian Empire",
    "Anglo-Saxon England", "Rio de Janeiro", "Notre-Dame de Paris", "Sino-Japanese Relations",
    "Self-Help Culture", "Pre-Raphaelite Painters", "Twenty-First Century", "Long-term Effects",
    "Well-being Matters", "New York",
])
def test_a_prefix_compound_or_a_place_is_no_byline(tmp_path, heading):
    assert byline_names(heading) == []
    essay = essay_of(tmp_path, f"A Title\n\n{heading}\n{PARAGRAPH}\n")
    assert authors(essay) == []
    assert headings(essay) == [heading]


@pytest.mark.parametrize("name", [
    "Kim Min-jun", "Sun Yat-sen", "Moon Jae-in", "Chiang Kai-shek", "Min-jun Kim",
    # surnames that are also places stay names
    "Abraham Lincoln", "George Washington", "Mary Chester", "Lucas dos Santos",
    "Teresa de Ávila", "Pedro de Mendoza",
    "Boaventura de Sousa Santos", "Paris Hilton",
])
def test_a_romanised_or_placelike_name_is_the_author(tmp_path, name):
    essay = essay_of(tmp_path, f"Memory and the Korean War\n{name}\n\nIntroduction\n{PARAGRAPH}\n")
    assert authors(essay) == [name]
    assert headings(essay) == ["Introduction"]


# ------------------------------------------------------- 6. titles and dialogue with a label

def test_a_title_with_a_weak_label_over_a_cover_sheet(tmp_path):
    essay = essay_of(tmp_path, "Assessment: Why Exams Fail Weaker Students\nName: Jane Doe\n"
                               "Student ID: 2049817\nWord count: 2,487\n\nIntroduction\n"
                               f"{PARAGRAPH}\n")
    assert T.find(essay, "meta/title").text == "Assessment: Why Exams Fail Weaker Students"
    assert authors(essay) == ["Jane Doe"]
    assert infos(essay) == [("student-id", "Student ID: 2049817"),
                            ("word-count", "Word count: 2,487")]
    assert headings(essay) == ["Introduction"]


def test_a_title_with_a_weak_label_keeps_the_body(tmp_path):
    essay = essay_of(tmp_path, "Term: A Short History of School Holidays\nName: Jane Doe\n"
                               "Module: EDU2040\n\nSchool holidays began as harvest breaks.\n")
    assert T.find(essay, "meta/title").text == "Term: A Short History of School Holidays"
    assert authors(essay) == ["Jane Doe"]
    assert infos(essay) == [("module", "Module: EDU2040")]
    assert body_texts(essay) == ["School holidays began as harvest breaks."]


@pytest.mark.parametrize("title", [
    "Class: The Hidden Injuries of Education", "Year: Zero and the Khmer Rouge",
    "Group: Why Teams Fail", "Assignment: Memory and Monument in Modern Berlin",
])
def test_a_weak_label_with_a_title_over_a_cover_sheet_is_the_title(tmp_path, title):
    essay = essay_of(tmp_path, f"{title}\nStudent ID: 2049817\n\nIntroduction\n{PARAGRAPH}\n")
    assert T.find(essay, "meta/title").text == title
    assert infos(essay) == [("student-id", "Student ID: 2049817")]
    assert headings(essay) == ["Introduction"]


@pytest.mark.parametrize("gap", ["\n", ""])
def test_dialogue_under_the_byline_stays_in_the_body(tmp_path, gap):
    teacher = "Teacher: What did you notice about the poem?"
    student = "Student: It sounds sad even when the words are happy."
    prose = ("This exchange, from a lesson I observed in 2023, shows how pupils hear tone "
             "before they can name it.")
    essay = essay_of(tmp_path, f"Reading Poems Aloud in Year Nine\nBy Jane Doe\n{gap}{teacher}\n"
                               f"{student}\n{prose}\n")
    assert authors(essay) == ["Jane Doe"]
    assert infos(essay) == []
    assert body_texts(essay) == [teacher, student, prose]


@pytest.mark.parametrize(("line", "name"), [
    ("Group: A", "group"), ("Term: Spring", "term"), ("Class: History of Art", "class"),
    ("Programme: BA Politics and International Relations", "programme"),
])
def test_a_weak_label_with_a_short_value_beside_solid_facts_is_a_fact(tmp_path, line, name):
    essay = essay_of(tmp_path, f"Student ID: 2049817\n{line}\n\nThe Real Title\n\n{PARAGRAPH}\n")
    assert T.find(essay, "meta/title").text == "The Real Title"
    assert infos(essay) == [("student-id", "Student ID: 2049817"), (name, line)]


def test_cover_facts_after_a_blank_line_under_the_byline_are_body(tmp_path):
    essay = essay_of(tmp_path, "The Real Title\nJane Doe\n\nModule: HIST2040 Modern Europe\n"
                               f"Word count: 2,487\n\n{PARAGRAPH}\n")
    assert authors(essay) == ["Jane Doe"]
    assert infos(essay) == []
    assert body_texts(essay)[-1] == PARAGRAPH


def test_a_tutor_right_under_the_byline_is_a_header_fact(tmp_path):
    essay = essay_of(tmp_path, "The Real Title\nJane Doe\nTutor: Dr Ruth Okafor\n"
                               f"Seminar leader: Ms Park\n\n{PARAGRAPH}\n")
    assert infos(essay) == [("tutor", "Tutor: Dr Ruth Okafor"),
                            ("seminar-leader", "Seminar leader: Ms Park")]
    assert body_texts(essay) == [PARAGRAPH]


# ------------------------------------------------------- 7. first headings like affiliations

@pytest.mark.parametrize("heading", [
    "The School of Athens", "The University of Berlin in 1810", "The College of Cardinals",
])
@pytest.mark.parametrize("gap", ["\n", ""])
def test_a_first_heading_from_the_is_no_affiliation(tmp_path, heading, gap):
    essay = essay_of(tmp_path, f"A Title\nJane Doe\n{gap}{heading}\n{PARAGRAPH}\n\nLegacy\n"
                               f"{PARAGRAPH}\n")
    assert authors(essay) == ["Jane Doe"]
    assert infos(essay) == []
    assert headings(essay) == [heading, "Legacy"]


def test_a_heading_under_the_course_line_is_no_affiliation(tmp_path):
    essay = essay_of(tmp_path, "The Cold War in Asia\nJane Doe\nHistory 101\nCourse Overview\n\n"
                               f"{PARAGRAPH}\n")
    assert infos(essay) == [("affiliation", "History 101")]
    assert headings(essay) == ["Course Overview"]
    assert first_paragraph(essay) == PARAGRAPH


# ---------------------------------------------------------------- 8. curly quotes in the header

def quote_changes(essay) -> list[tuple[str, str, str]]:
    return [(c.get("line"), c[0].text, c[1].text) for c in T.findall(essay, "changes/change")
            if c.get("rule") == "quotes"]


def test_names_and_header_facts_get_curly_apostrophes_logged(tmp_path):
    essay = essay_of(tmp_path, "A Title\nMark O'Neill and Liam O'Connor\nKing's College London\n"
                               "Citation: O'Neill, M. 2024. 'A Title' http://example.org/o'neill\n"
                               f"\n{PARAGRAPH}\n")
    assert authors(essay) == ["Mark O’Neill", "Liam O’Connor"]
    assert infos(essay) == [
        ("affiliation", "King’s College London"),
        ("citation", "Citation: O’Neill, M. 2024. ‘A Title’ http://example.org/o'neill")]
    assert quote_changes(essay) == [
        ("2", "O'Neill", "O’Neill"), ("2", "O'Connor", "O’Connor"),
        ("3", "King's", "King’s"), ("4", "O'Neill,", "O’Neill,"), ("4", "'A", "‘A"),
        ("4", "Title'", "Title’")]


@pytest.mark.parametrize(("fmt", "expected"), [
    ("xml", "<name>Mark O’Neill</name>"),
    ("html", '<span class="name">Mark O’Neill</span>'),
    ("tei", "<surname>O’Neill</surname>"),
    ("jats", "<surname>O’Neill</surname>"),
    ("docx", "Mark O’Neill"),
])
def test_every_writer_prints_the_curly_name(tmp_path, fmt, expected):
    essay = essay_of(tmp_path, f"A Title\nMark O'Neill\nKing's College London\n\n{PARAGRAPH}\n")
    data = get(fmt).write(enrich(essay, WriteOptions()), WriteOptions())
    if fmt == "docx":
        import io

        import docx

        data = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs).encode()
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    assert expected in text
    assert "King’s College London" in text


# ------------------------------------------------ 9. cover facts after blank lines, in the block

@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_cover_facts_after_the_title_and_a_blank_line(tmp_path, gap):
    # the first fact under the title, and each fact under another, may follow a blank line
    essay = essay_of(tmp_path, f"Why Exams Fail Students\n\nName: Jane Doe{gap}"
                               f"Student ID: 2049817{gap}Module: EDU2041 Assessment and Learning"
                               f"{gap}Word count: 2,487\n\n{PARAGRAPH}\n")
    assert T.find(essay, "meta/title").text == "Why Exams Fail Students"
    assert authors(essay) == ["Jane Doe"]
    assert infos(essay) == [("student-id", "Student ID: 2049817"),
                            ("module", "Module: EDU2041 Assessment and Learning"),
                            ("word-count", "Word count: 2,487")]
    assert body_texts(essay) == [PARAGRAPH]


@pytest.mark.parametrize("lines", [
    "Term: Spring\n",  # a weak label: only right under the header's lines
    "Year: 2\nGroup: A\n",
    "Teacher: Okay then\nStudent: Right\n",  # dialogue, no name after the person's label
])
def test_weak_labels_and_dialogue_after_the_title_and_a_blank_line_are_body(tmp_path, lines):
    essay = essay_of(tmp_path, f"A Title\n\n{lines}\n{PARAGRAPH}\n")
    assert authors(essay) == []
    assert infos(essay) == []
    assert body_texts(essay)[-1] == PARAGRAPH
    assert every_word_kept(essay, lines)
    assert lines.splitlines()[0] in body_texts(essay)


def test_a_weak_labels_title_between_cover_facts_is_a_fact(tmp_path):
    essay = essay_of(tmp_path, "Student ID: 2049817\nModule: EDU2041 Assessment and Learning\n"
                               "Assignment: Critical Review of Assessment Policy\n"
                               "Word count: 2,487\n\nWhy Exams Fail Students\n\n"
                               f"{PARAGRAPH}\n")
    assert T.find(essay, "meta/title").text == "Why Exams Fail Students"
    assert infos(essay) == [("student-id", "Student ID: 2049817"),
                            ("module", "Module: EDU2041 Assessment and Learning"),
                            ("assignment", "Assignment: Critical Review of Assessment Policy"),
                            ("word-count", "Word count: 2,487")]
    assert body_texts(essay) == [PARAGRAPH]


def test_a_weak_labels_question_between_cover_facts_ends_the_block(tmp_path):
    # a question is never a fact: it is the title, and what follows it the header's lines
    essay = essay_of(tmp_path, "Student ID: 2049817\nAssignment: Why Do Exams Fail Students?\n"
                               f"Word count: 2,487\n\n{PARAGRAPH}\n")
    assert T.find(essay, "meta/title").text == "Assignment: Why Do Exams Fail Students?"
    assert infos(essay) == [("student-id", "Student ID: 2049817"),
                            ("word-count", "Word count: 2,487")]


# ------------------------------------------------ 10. universities with 'The', double surnames

@pytest.mark.parametrize("line", [
    "The Open University", "The Ohio State University",
    "The London School of Economics and Political Science",
    "The Australian National University", "The Hebrew University of Jerusalem",
])
def test_a_university_named_with_the_under_the_byline_is_the_affiliation(tmp_path, line):
    essay = essay_of(tmp_path, f"Rivers and Empire\n\nBy Jane Doe\n{line}\n\n{PARAGRAPH}\n")
    assert authors(essay) == ["Jane Doe"]
    assert infos(essay) == [("affiliation", line)]
    assert body_texts(essay) == [PARAGRAPH]


@pytest.mark.parametrize("line", [
    "The Open University", "The London School of Economics and Political Science"])
def test_a_university_named_with_the_after_a_blank_line_is_a_heading(tmp_path, line):
    essay = essay_of(tmp_path, f"Rivers and Empire\nBy Jane Doe\n\n{line}\n{PARAGRAPH}\n")
    assert infos(essay) == []
    assert headings(essay) == [line]


@pytest.mark.parametrize(("line", "name"), [
    ("By Luca Russo-Bianchi", "Luca Russo-Bianchi"),
    ("Maria Franco-Vázquez", "Maria Franco-Vázquez"),
    ("Giulia Greco-Ferrari", "Giulia Greco-Ferrari"),
    ("Ana Castro-Silva de Lima", "Ana Castro-Silva de Lima"),
    ("Luc Saint-Pierre de Lima", "Luc Saint-Pierre de Lima"),
])
def test_a_double_surname_is_the_author(tmp_path, line, name):
    for gap in ("\n", "\n\n"):
        essay = essay_of(tmp_path, f"Rivers and Empire\n{gap}{line}\n\n{PARAGRAPH}\n")
        assert authors(essay) == [name]
        assert headings(essay) == [None]


@pytest.mark.parametrize("heading", [
    "Franco-Prussian Relations", "Greco-Roman Wrestling", "Luso-Brazilian Trade",
    "Italo-Ethiopian Relations", "Russo-Japanese Diplomacy",
])
def test_a_peoples_compound_from_a_surname_prefix_is_no_byline(tmp_path, heading):
    assert byline_names(heading) == []
    essay = essay_of(tmp_path, f"A Title\n{heading}\n\n{PARAGRAPH}\n")
    assert authors(essay) == []
    assert headings(essay) == [heading]


def test_affiliation_marks_after_byline_names(tmp_path):
    essay = essay_of(tmp_path, "Flood Memory in Small Towns\nHannah Whitfield¹ and Tomasz "
                     "Kowalczyk²\n¹ School of Geography, University of Nottingham\n\n"
                     f"Introduction\n{PARAGRAPH}\n")
    assert authors(essay) == ["Hannah Whitfield", "Tomasz Kowalczyk"]


WRAPPED_TITLE_BODY = ("\n\nIntroduction\nCommemoration is never a neutral act (Jelin, 2003). "
                      "Memorials distribute recognition, and recognition shapes claims.\n")


def test_a_title_wrapped_onto_two_lines_is_one_title(tmp_path):
    """'… in Post-Conflict' / 'Societies': the second line goes on with the title; the byline
    and the affiliation under it stay the header's."""
    essay = essay_of(tmp_path, "Memory, Silence and the Politics of Commemoration in "
                     "Post-Conflict\nSocieties\nHannah Whitcombe\nUniversity of Leeds"
                     + WRAPPED_TITLE_BODY)
    assert T.find(essay, "meta/title").text == (
        "Memory, Silence and the Politics of Commemoration in Post-Conflict Societies")
    assert authors(essay) == ["Hannah Whitcombe"]
    assert infos(essay) == [("affiliation", "University of Leeds")]
    assert headings(essay) == ["Introduction"]
    assert len(T.findall(essay, "body/section/p")) == 1


@pytest.mark.parametrize(("first", "second", "title"), [
    ("Memory and the Politics of", "Commemoration", "Memory and the Politics of Commemoration"),
    ("Memory, Silence and Post-", "Conflict Societies",
     "Memory, Silence and Post-Conflict Societies"),
    ("Memory, Silence and the Politics of Commemoration", "in post-conflict societies",
     "Memory, Silence and the Politics of Commemoration in post-conflict societies"),
])
def test_a_title_goes_on_after_a_small_word_a_hyphen_or_in_lower_case(tmp_path, first, second,
                                                                        title):
    essay = essay_of(tmp_path, f"{first}\n{second}\nHannah Whitcombe" + WRAPPED_TITLE_BODY)
    assert T.find(essay, "meta/title").text == title
    assert authors(essay) == ["Hannah Whitcombe"]


def test_the_wrapped_title_is_logged():
    from essayconv.reader.front import read_front

    front = read_front([(1, "Memory, Silence and the Politics of Commemoration in Post-Conflict"),
                        (2, "Societies"), (3, "Hannah Whitcombe"), (5, "Introduction")])
    assert front.title == (
        1, "Memory, Silence and the Politics of Commemoration in Post-Conflict Societies")
    assert front.changes == [(
        "join-wrapped-lines", 2, "Societies",
        "Memory, Silence and the Politics of Commemoration in Post-Conflict Societies")]
    assert front.consumed == 3


@pytest.mark.parametrize("second", [
    "Hannah Whitcombe",  # a byline
    "By Hannah Whitcombe",
    "University of Leeds",  # an affiliation
    "Introduction",  # a heading of its own
    "14 March 2025",  # a date
])
def test_a_long_title_over_a_header_line_stays_whole(tmp_path, second):
    essay = essay_of(tmp_path, "Memory, Silence and the Politics of Commemoration Today\n"
                     f"{second}\n" + PARAGRAPH + "\n")
    assert T.find(essay, "meta/title").text == (
        "Memory, Silence and the Politics of Commemoration Today")
    assert [c for c in T.findall(essay, "changes/change")
            if c.get("rule") == "join-wrapped-lines"] == []


def test_a_subtitle_under_a_long_title_joins_after_a_colon(tmp_path):
    essay = essay_of(tmp_path, "The Politics of Memory in Post-War Germany\nA Reassessment\n"
                     "Hannah Whitcombe" + WRAPPED_TITLE_BODY)
    assert T.find(essay, "meta/title").text == (
        "The Politics of Memory in Post-War Germany: A Reassessment")
    assert authors(essay) == ["Hannah Whitcombe"]


@pytest.mark.parametrize("second", ["bell hooks", "Word Count 2500", "Student Number 123456"])
def test_a_name_or_a_number_under_the_title_never_joins_it(tmp_path, second):
    essay = essay_of(tmp_path, f"Commuting by Bicycle in a Hilly City\n{second}"
                     + WRAPPED_TITLE_BODY)
    assert T.find(essay, "meta/title").text == "Commuting by Bicycle in a Hilly City"


def test_an_apa_title_page_keeps_every_fact():
    """Affiliation, course, instructor and due date, each after a blank line: header facts,
    never body paragraphs, and the date never dropped as web furniture."""
    from pathlib import Path

    from essayconv.pipeline import read

    essay = read(Path(__file__).parent / "fixtures" / "shapes" / "apa-title-page.txt")
    assert [(i.get("name"), i.text) for i in T.findall(essay, "meta/info")] == [
        ("affiliation", "Department of Psychology, University of Westbrook"),
        ("course", "PSY 201: Research Methods"), ("instructor", "Dr. Jane Roe"),
        ("date", "March 3, 2025")]
    dropped = [c[0].text for c in T.findall(essay, "changes/change")
               if c.get("rule") == "drop-web-junk"]
    assert "March 3, 2025" not in dropped


@pytest.mark.parametrize(("byline", "name"), [
    ("A thesis by Rhys Evans", "Rhys Evans"), ("Prepared by Sam Patel", "Sam Patel"),
    ("Submitted by: Ana Ruiz", "Ana Ruiz"), ("By Jane Doe", "Jane Doe"),
])
def test_a_labelled_byline_gives_its_names_and_logs_its_label(tmp_path, byline, name):
    essay = essay_of(tmp_path, f"Coastal Erosion in Norfolk\n\n{byline}\n\nIntroduction\n\n"
                               "The coast is retreating fast.\n")
    assert authors(essay) == [name]
    changes = [(c.get("rule"), T.find(c, "before").text)
               for c in T.findall(essay, "changes/change")]
    assert ("byline-label", byline) in changes


def test_a_roman_outline_heading_is_no_author(tmp_path):
    essay = essay_of(tmp_path, "The Making of Historians\n\nRhys Evans\n\nI. Historians\n\n"
                               "Historians have long argued about method.\n\nII. Methods\n\n"
                               "Methods matter more than sources.\n")
    assert authors(essay) == ["Rhys Evans"]
    headings = [T.inline_text(h) for h in T.find(essay, "body").iter(T.q("heading"))]
    assert headings == ["I. Historians", "II. Methods"]
    alone = essay_of(tmp_path, "Liberty Reconsidered\n\nI. Berlin\n\nLiberty has two senses.\n")
    assert authors(alone) == ["I. Berlin"]


@pytest.mark.parametrize("references", [
    "References\n\nJones, A. (2020) Households. London: Routledge.\n",
    "Notes\n[1] Tony Judt, Postwar (London: Heinemann, 2005), 61.\n",
])
def test_the_authors_bio_as_the_last_line_is_the_bio(tmp_path, references):
    essay = essay_of(tmp_path, "Schools Online\n\nJane Okafor\n\nIntroduction\n\n"
                               "Households matter for learning at home [1].\n\n" + references +
                               "\nJane Okafor is a lecturer in education at the University of "
                               "Leeds.\n")
    bio = T.find(essay, "meta/author/bio")
    assert T.inline_text(bio) == ("Jane Okafor is a lecturer in education at the University "
                                  "of Leeds.")
    texts = [T.inline_text(n) for n in essay.iter(T.q("item"), T.q("text"))]
    assert not any("lecturer" in t for t in texts)


def test_a_last_paragraph_about_a_namesake_is_no_bio_without_a_reference_list(tmp_path):
    essay = essay_of(tmp_path, "Gordon Brown and the Treasury\n\nTom Brown\n\nIntroduction\n\n"
                               "The Treasury shaped a decade of policy.\n\nConclusion\n\n"
                               "Brown was, in the end, a chancellor far more than a prime "
                               "minister, and history will judge him so.\n")
    assert T.find(essay, "meta/author/bio") is None
    headings = [T.inline_text(h) for h in T.find(essay, "body").iter(T.q("heading"))]
    assert headings == ["Introduction", "Conclusion"]


def test_an_initialled_byline_over_a_heading_stays_an_author_in_a_roman_outline(tmp_path):
    essay = essay_of(tmp_path, "Isaiah Berlin and Liberty\n\nI. Berlin\n\nIntroduction\n\n"
                               "Liberty has two senses, and they pull apart.\n\n"
                               "II. Positive Liberty\n\nThe second sense is self-mastery.\n")
    assert authors(essay) == ["I. Berlin"]


@pytest.mark.parametrize("lines, date", [
    (("Accueil > Essais > Littérature", "Le détail inutile", "Camille Lefèvre",
      "Publié le 14 février 2024", "Temps de lecture : 11 min",
      "Camille Lefèvre est étudiante en master de lettres modernes à l'Université Lyon 2."),
     (2024, 2, 14)),
    (("Startseite / Hausarbeiten / Geschichte", "Die Inflation von 1923", "Jonas Brandt",
      "Veröffentlicht am 3. März 2024", "Lesezeit: 7 Minuten",
      "Jonas Brandt studiert Geschichte und Politikwissenschaft an der Universität Freiburg."),
     (2024, 3, 3)),
    (("Inicio » Ensayos » Historia", "La crisis de 1929", "Lucía Gómez",
      "Publicado el 14 de febrero de 2024", "Tiempo de lectura: 9 minutos",
      "Lucía Gómez estudia historia contemporánea en la Universidad de Sevilla."),
     (2024, 2, 14)),
])
def test_a_web_header_in_french_german_or_spanish(tmp_path, lines, date):
    """The breadcrumb trail and the reading time are furniture (dropped, logged); the
    post's date line gives the date, read with its month's name in its language; the line
    about the byline's author is the bio; the title is the line under the trail."""
    from essayconv.writers.biblio import parse_date

    essay = essay_of(tmp_path, "\n".join(lines) + f"\n\nIntroduction\n\n{PARAGRAPH}\n")
    assert T.find(essay, "meta/title").text == lines[1]
    assert authors(essay) == [lines[2]]
    assert infos(essay) == [("date", lines[3])]
    assert T.find(essay, "meta/author/bio").text.startswith(lines[2])
    dropped = [c.findtext(T.q("before")) for c in T.findall(essay, "changes/change")
               if c.get("rule") == "drop-web-junk"]
    assert lines[0] in dropped and lines[4] in dropped
    found = parse_date(lines[3])
    assert (found.year, found.month, found.day) == date
    assert headings(essay) == ["Introduction"]


def test_an_authors_honorific_is_a_name_prefix_in_jats_and_tei():
    from essayconv.writers.biblio import name_prefix

    assert name_prefix("Professor Daniel Okonkwo") == ("Professor", "Daniel Okonkwo")
    assert name_prefix("Dr. Jane Roe") == ("Dr.", "Jane Roe")
    assert name_prefix("Jane Roe") == (None, "Jane Roe")
    assert name_prefix("Dr Who") == (None, "Dr Who")  # two words: no name left to prefix


@pytest.mark.parametrize(("fmt", "expected"), [
    ("jats", "<given-names>Daniel</given-names><prefix>Professor</prefix>"),
    ("tei", '<roleName type="honorific">Professor</roleName><forename>Daniel</forename>'),
])
def test_the_honorific_leaves_the_given_names(tmp_path, fmt, expected):
    essay = essay_of(tmp_path, f"A Title\nBy Professor Daniel Okonkwo\n\n{PARAGRAPH}\n")
    data = get(fmt).write(enrich(essay, WriteOptions()), WriteOptions())
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    assert expected in re.sub(r">\s+<", "><", text)
