"""Front matter: bylines of any spelling, a student's cover sheet, the author's affiliation.

Every expectation is written from the rules, never copied from the program's output."""

from __future__ import annotations

from pathlib import Path

import pytest

from essayconv import tree as T
from essayconv.pipeline import enrich, read
from essayconv.reader.lines import byline_names
from essayconv.writers import WriteOptions, get

FRONT = Path(__file__).parent / "fixtures" / "front"
SHAPES = Path(__file__).parent / "fixtures" / "shapes"
PARAGRAPH = "The essay begins here, with a first paragraph that is long enough to be one."


def essay_of(tmp_path: Path, text: str):
    """The essay tree read from text written to a file."""
    path = tmp_path / "essay.txt"
    path.write_text(text, encoding="utf-8")
    return read(path)


def authors(essay) -> list[str]:
    return [T.find(a, "name").text for a in T.findall(essay, "meta/author")]


def infos(essay) -> list[tuple[str, str]]:
    return [(i.get("name"), i.text) for i in T.findall(essay, "meta/info")]


def headings(essay) -> list[str | None]:
    return [h.text if (h := T.find(s, "heading")) is not None else None
            for s in T.findall(essay, "body/section")]


def first_paragraph(essay) -> str:
    return T.inline_text(T.findall(essay, "body/section/p")[0])


# ---------------------------------------------------------------- 1. bylines

@pytest.mark.parametrize(("line", "name"), [
    ("Liam O'Connor", "Liam O'Connor"),
    ("Liam O’Connor", "Liam O’Connor"),
    ("By Liam O'Connor", "Liam O'Connor"),
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

@pytest.mark.parametrize("line", [
    "University of Edinburgh",
    "Department of Psychology, University of Leeds",
    "BSc Environmental Science, Year 2 – Essay for ENV2031",
    "King's College London",
    "Harvard University",
    "Université de Montréal",
    "GEOG 101",
])
def test_the_line_under_the_byline_is_the_affiliation(tmp_path, line):
    essay = essay_of(tmp_path, f"A Title\nJane Doe\n{line}\n\n{PARAGRAPH}\n\nMethods\n\n"
                               f"{PARAGRAPH}\n")
    assert authors(essay) == ["Jane Doe"]
    assert infos(essay) == [("affiliation", line)]
    assert headings(essay) == [None, "Methods"]
    assert first_paragraph(essay) == PARAGRAPH


def test_an_affiliation_of_two_lines_before_a_first_heading(tmp_path):
    essay = essay_of(tmp_path, "A Title\n\nJane Doe\nDepartment of History\nUniversity of York\n"
                               f"\nAbstract\n\n{PARAGRAPH}\n")
    assert infos(essay) == [("affiliation", "Department of History"),
                            ("affiliation", "University of York")]
    assert headings(essay) == ["Abstract"]


def test_an_affiliation_after_a_blank_line(tmp_path):
    # before a heading: it could be no heading itself; an institution's own name: always
    for line, after in (("King's College London", "Introduction\n\n"),
                        ("University of Leeds", ""), ("School of Law, UCL", "")):
        essay = essay_of(tmp_path, f"A Title\nJane Doe\n\n{line}\n\n{after}{PARAGRAPH}\n")
        assert infos(essay) == [("affiliation", line)]
        assert headings(essay) == (["Introduction"] if after else [None])


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
    ("xml", '<info name="affiliation" line="3">University of Edinburgh</info>'),
    ("html", '<p class="info affiliation">University of Edinburgh</p>'),
    ("tei", '<note type="affiliation">University of Edinburgh</note>'),
    ("jats", '<p content-type="affiliation">University of Edinburgh</p>'),
    ("docx", "Front Matter: University of Edinburgh"),
])
def test_every_writer_prints_the_affiliation_as_a_header_fact(tmp_path, fmt, expected):
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
