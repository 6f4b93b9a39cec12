"""Tables pasted as columns: found by the reader, written as real tables by every writer."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from lxml import etree
from pypdf import PdfReader

from essayconv import tree as T
from essayconv import validate as V
from essayconv.pipeline import enrich, read
from essayconv.reader.tables import cells, find_tables
from essayconv.writers import WriteOptions
from essayconv.writers.docx import DocxWriter
from essayconv.writers.html import HtmlWriter
from essayconv.writers.jats import JatsWriter
from essayconv.writers.pdf import PdfWriter
from essayconv.writers.tei import TeiWriter

from validators import enriched, text

TABLES = Path(__file__).parent / "fixtures" / "ordinary" / "tables.txt"
X = "{http://www.w3.org/1999/xhtml}"


def test_cells_split_at_tabs_and_wide_gaps_only():
    assert cells("Urban\t91\t94") == ["Urban", "91", "94"]
    assert cells("Area type       2019    2020") == ["Area type", "2019", "2020"]
    assert cells("It ended.  Then it began.") == []  # two spaces after a stop: one cell
    assert cells("A plain sentence.") == []


def test_a_run_of_rows_is_a_table_with_its_caption():
    lines = [(1, "Results"), (2, "Table 3: Scores"), (3, "\tBefore\tAfter"),
             (4, "Group A\t12\t15"), (5, "Group B\t9\t14"), (7, "The scores rose.")]
    rest, tables = find_tables(lines)
    assert rest == [(1, "Results"), (7, "The scores rose.")]
    (table,) = tables
    assert table.caption == (2, "Table 3: Scores")
    assert table.rows == [(3, ["", "Before", "After"]), (4, ["Group A", "12", "15"]),
                          (5, ["Group B", "9", "14"])]


@pytest.mark.parametrize("lines", [
    [(1, "Urban\t91")],  # one row
    [(1, "Urban\t91\t94"), (3, "Rural\t41\t52")],  # a blank line between
    [(1, "Urban\t91\t94"), (2, "Rural\t41")],  # widths differ
    [(1, "He left.   She stayed."), (2, "It rained.   It poured.")],  # sentences
    [(1, "•\tthe cost of food"), (2, "•\tthe price of land"), (3, "•\tthe war")],  # a list
    [(1, "1)\tthe cost of food"), (2, "2)\tthe price of land")],  # a numbered list
    [(1, "Q:    Where were you born"), (2, "A:    In Leeds, in the north")],  # a transcript
    [(1, "The committee met in   London and decided to"),  # justified prose from a PDF
     (2, "adopt the proposal   after a long debate on"),
     (3, "the matter of taxes   which lasted many hours")],
])
def test_what_is_no_table(lines):
    """Too few rows, rows apart, widths that differ, sentences, list items, a transcript's
    turns, justified prose: no table."""
    assert find_tables(lines) == (lines, [])


def test_markdown_pipe_table_rule_line_and_outer_pipes_give_no_cells():
    lines = [(1, "Table 1: Recall by group"), (3, "| Group | Mean | SD |"),
             (4, "|:------|-----:|:--:|"), (5, "| Rested | 14.2 | 2.1 |"),
             (6, "| Deprived |  | 3.4 |"), (8, "Note. Words recalled out of 20.")]
    rest, tables = find_tables(lines)
    assert rest == [(8, "Note. Words recalled out of 20.")]
    (table,) = tables
    assert table.caption == (1, "Table 1: Recall by group")
    assert table.rows == [(3, ["Group", "Mean", "SD"]), (5, ["Rested", "14.2", "2.1"]),
                          (6, ["Deprived", "", "3.4"])]


def test_pipe_table_without_outer_pipes_needs_its_rule_line():
    lines = [(1, "Term | Meaning"), (2, "--- | ---"), (3, "CI | confidence interval")]
    assert find_tables(lines)[1][0].rows == [(1, ["Term", "Meaning"]),
                                             (3, ["CI", "confidence interval"])]
    prose = [(1, "Either this | or that"), (2, "and then | the other")]
    assert find_tables(prose) == (prose, [])


def test_pipe_table_with_wide_gaps_is_read_at_its_pipes():
    lines = [(1, "| Measure      | Before |"), (2, "|:-------------|-------:|"),
             (3, "| Anxiety      | 12     |"), (4, "Source: Own survey, 2023.")]
    rest, (table,) = find_tables(lines)
    assert table.rows == [(1, ["Measure", "Before"]), (3, ["Anxiety", "12"])]
    assert rest == [(4, "Source: Own survey, 2023.")]


def test_an_empty_cell_in_the_middle_keeps_the_row_in_its_columns():
    lines = [(1, "Town        Food    Rent    Transport"),
             (2, "Aston       82              31"),
             (3, "Bexley      95      410     40"),
             (4, "Carrow              380     22")]
    rest, (table,) = find_tables(lines)
    assert rest == []
    assert table.rows == [(1, ["Town", "Food", "Rent", "Transport"]),
                          (2, ["Aston", "82", "", "31"]), (3, ["Bexley", "95", "410", "40"]),
                          (4, ["Carrow", "", "380", "22"])]


def test_two_tabs_are_an_empty_cell_as_a_spreadsheet_copies_it():
    lines = [(1, "Town\tFood\tRent"), (2, "Aston\t\t31"), (3, "Bexley\t95\t410")]
    assert find_tables(lines)[1][0].rows == [(1, ["Town", "Food", "Rent"]),
                                             (2, ["Aston", "", "31"]),
                                             (3, ["Bexley", "95", "410"])]


def test_label_over_title_is_one_caption_and_a_blank_line_may_part_it_from_rows():
    lines = [(1, "Table 2"), (2, "Spending by age band"), (3, "Age      Food"),
             (4, "18-29    70"), (5, "30-49    98"), (6, "Note. Means in pounds.")]
    rest, (table,) = find_tables(lines)
    assert rest == [(6, "Note. Means in pounds.")]
    assert table.caption == (1, "Table 2: Spending by age band")
    rest, (table,) = find_tables([(1, "Table 3. Scores"), (3, "Before\tAfter"),
                                  (4, "12\t15")])
    assert (rest, table.caption) == ([], (1, "Table 3. Scores"))


def test_a_sentence_about_a_table_is_no_caption():
    lines = [(1, "Table 4 lists the towns we visited in the spring."),
             (3, "Town\tVisits"), (4, "Aston\t3")]
    rest, (table,) = find_tables(lines)
    assert rest == lines[:1] and table.caption is None


def test_prose_with_wide_spaces_in_no_columns_is_no_table():
    lines = [(1, "We set out at nine.   The path was muddy   and the stiles slippery."),
             (2, "The church stood on the hill   above the river."),
             (3, "Tea was at four.   Everyone was tired.")]
    assert find_tables(lines) == (lines, [])


def test_a_row_whose_last_cells_are_empty_lost_its_tabs_at_the_line_end():
    lines = [(1, "Species\t1990\t2000\t2010"), (2, "Cod\t120\t60"),
             (3, "Haddock\t200\t150\t170")]
    assert find_tables(lines)[1][0].rows == [
        (1, ["Species", "1990", "2000", "2010"]), (2, ["Cod", "120", "60", ""]),
        (3, ["Haddock", "200", "150", "170"])]


def test_tabs_typed_to_align_make_no_empty_column():
    lines = [(1, "Area\t\t2019\t2020"), (2, "Urban\t\t91\t94"), (3, "Rural\t\t41\t52")]
    assert find_tables(lines)[1][0].rows == [(1, ["Area", "2019", "2020"]),
                                             (2, ["Urban", "91", "94"]),
                                             (3, ["Rural", "41", "52"])]


def test_two_columns_of_prose_read_across_are_no_table():
    lines = [(1, "The Norfolk coast loses about two metres      of cliff each year in the worst"),
             (2, "a year in places such as Happisburgh, where   the villages there have lost"),
             (3, "the cliffs are made of soft clay and sand     since the 1990s (Brooks, 2010).")]
    assert find_tables(lines) == (lines, [])


def test_a_heading_over_a_table_stays_a_heading_when_the_next_heading_follows(tmp_path):
    essay = enrich(read(_write(tmp_path, "Fish Stocks\n\nKarl Jensen\n\n"
                               "Stocks\nCod stocks fell sharply after 1990 (ICES, 2020).\n\n"
                               "Quotas\n| Species | Quota (t) |\n| --- | --- |\n"
                               "| Cod | 30,000 |\n\nCatch by year\nYear    Catch (t)\n"
                               "2018    45,000\n2019    41,000\n\n"
                               "Conclusion\nQuotas helped (ICES, 2020).\n\nReferences\n"
                               "ICES (2020) Fisheries overview. Copenhagen: ICES.\n")),
                   WriteOptions())
    sections = T.findall(essay, "body/section")
    assert [(T.inline_text(T.find(s, "heading")), [b.tag.split("}")[1] for b in s][1:])
            for s in sections] == [("Stocks", ["p"]), ("Quotas", ["table"]),
                                   ("Catch by year", ["table"]), ("Conclusion", ["p"])]
    assert [s.get("id") for s in sections] == ["s1", "s2", "s3", "s4"]


def _write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "essay.txt"
    path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def essay() -> etree._Element:
    return enrich(read(TABLES), WriteOptions())


def test_reader_makes_tables_and_leaves_their_cells_unrepaired(essay):
    tables = T.find(essay, "body").findall(f".//{T.q('table')}")
    assert [T.inline_text(T.find(t, "caption")) for t in tables] == [
        "Table 1: North region", "Table 2: South region"]
    rows = [[c.text for c in T.findall(r, "cell")] for r in T.findall(tables[0], "row")]
    assert rows == [["Area type", "2019", "2020"], ["Urban", "91", "94"], ["Rural", "41", "52"],
                    ["Total", "70", "76"]]
    changed = {int(c.get("line")) for c in T.findall(essay, "changes/change")}
    assert not changed & set(range(6, 17))
    headings = [T.inline_text(h) for h in T.find(essay, "body").iter(T.q("heading"))]
    assert "Total 70 76" not in headings


def test_html_table(essay):
    page = etree.fromstring(HtmlWriter().write(essay, WriteOptions()).encode())
    table = next(page.iter(f"{X}table"))
    assert text(table.find(f"{X}caption")) == "Table 1: North region"
    assert [text(th) for th in table.iter(f"{X}th")] == ["Area type", "2019", "2020"]
    assert [[text(td) for td in tr] for tr in table.find(f"{X}tbody")] == [
        ["Urban", "91", "94"], ["Rural", "41", "52"], ["Total", "70", "76"]]


def test_jats_table_wrap_is_valid(essay):
    data = JatsWriter().write(essay, WriteOptions())
    assert V.validate_bytes(data, "jats") == []
    wraps = etree.fromstring(data).findall(".//table-wrap")
    assert [text(w.find("caption")) for w in wraps] == ["Table 1: North region",
                                                        "Table 2: South region"]
    assert [text(td) for td in wraps[1].find("table/tbody/tr")] == ["Urban", "95", "96"]


def test_tei_table_is_valid(essay):
    data = TeiWriter().write(essay, WriteOptions())
    assert V.validate_bytes(data, "tei") == []
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    table = etree.fromstring(data).find(".//t:body//t:table", ns)
    assert (table.get("rows"), table.get("cols")) == ("4", "3")
    assert table.find("t:row", ns).get("role") == "label"
    assert text(table.find("t:head", ns)) == "Table 1: North region"


def test_docx_table_reads_back(essay):
    document = docx.Document(io.BytesIO(DocxWriter().write(essay, WriteOptions())))
    first = document.tables[0]
    assert [[c.text for c in row.cells] for row in first.rows] == [
        ["Area type", "2019", "2020"], ["Urban", "91", "94"], ["Rural", "41", "52"],
        ["Total", "70", "76"]]
    assert first.style.name == "Table Grid"
    assert all(run.bold for cell in first.rows[0].cells for run in cell.paragraphs[0].runs)
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions == ["Table 1: North region", "Table 2: South region"]


def _noted_essay(tmp_path, *notes: str):
    """A short paper whose one table has these note lines under it."""
    return enriched(tmp_path, "Schools Online\n\nJo Bloggs\n\nResults\n\nTable 1: Coverage\n"
                    "Region\t2019\t2020\nNorth\t61\t70\nSouth\t58\t66\n" +
                    "".join(f"{note}\n" for note in notes) + "\nCoverage rose everywhere.\n")


def test_html_keeps_a_table_note_with_its_table(tmp_path):
    essay = _noted_essay(tmp_path, "Note. Figures are percentages of schools.")
    page = etree.fromstring(HtmlWriter().write(essay, WriteOptions()).encode())
    wrap = next(d for d in page.iter(f"{X}div") if d.get("class") == "table-wrap")
    table, note = list(wrap)
    assert note.get("class") == "table-note"
    assert text(note) == "Note. Figures are percentages of schools."
    assert table.get("aria-describedby") == note.get("id")
    assert text(wrap.getnext()) == "Coverage rose everywhere."


def test_jats_table_notes_go_into_table_wrap_foot(tmp_path):
    essay = _noted_essay(tmp_path, "Note. Figures are percentages of schools.",
                         "Source: A survey.")
    data = JatsWriter().write(essay, WriteOptions())
    assert V.validate_bytes(data, "jats") == []
    wrap = etree.fromstring(data).find(".//table-wrap")
    assert [text(p) for p in wrap.findall("table-wrap-foot/p")] == [
        "Note. Figures are percentages of schools.", "Source: A survey."]
    assert text(wrap.getnext()) == "Coverage rose everywhere."


@pytest.mark.parametrize("lines", [
    [(1, "Participants:     24"), (2, "Sessions:         6"), (3, "Duration:         8 weeks")],
    [(1, "le chat      the cat"), (2, "la maison    the house"), (3, "le chien     the dog")],
])
def test_key_value_and_glossary_columns_are_tables(lines):
    rest, tables = find_tables(lines)
    assert rest == [] and len(tables) == 1


def test_a_note_marker_in_a_cell_is_a_citation(tmp_path):
    essay = enriched(tmp_path, "Refugees\n\nJo Bloggs\n\nIntroduction\n\nFlows were large [1]."
                     "\n\nTable 1: Refugees by country\nCountry\tRefugees\nRwanda\t2,000 [2]\n"
                     "Burundi\t1,500\n\nThe numbers are estimates [1].\n\nReferences\n"
                     "[1] Prunier, G. (1997) The Rwanda crisis. London: Hurst.\n"
                     "[2] UNHCR (1995) The state of the world's refugees. Oxford: Oxford "
                     "University Press.\n")
    cell = T.findall(T.findall(next(essay.iter(T.q("table"))), "row")[1], "cell")[1]
    assert [c.get("n") for c in cell.iter(T.q("cite"))] == ["2"]
    warnings = [d.text for d in T.findall(essay, "diagnostics/diagnostic")]
    assert not any("never cited" in (w or "") for w in warnings)
    page = etree.fromstring(HtmlWriter().write(essay, WriteOptions()).encode())
    td = [td for td in page.iter(f"{X}td")][1]
    assert text(td) == "2,000 (UNHCR, 1995)"


def test_tei_table_notes_are_notes_inside_the_table(tmp_path):
    essay = _noted_essay(tmp_path, "Note. Figures are percentages of schools.")
    data = TeiWriter().write(essay, WriteOptions())
    assert V.validate_bytes(data, "tei") == []
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    table = etree.fromstring(data).find(".//t:body//t:table", ns)
    assert [text(n) for n in table.findall("t:note[@type='table']", ns)] == [
        "Note. Figures are percentages of schools."]
    assert text(table.getnext()) == "Coverage rose everywhere."


def test_a_caption_never_ends_a_pdf_page_without_its_table(tmp_path):
    """Push the table down one paragraph at a time past a page's end (a page holds about
    seven of these paragraphs): the caption and the table's rows always share a page."""
    prose = ("Coverage of the schools survey rose in every region between the two rounds, as "
             "the ministry reported to parliament in its annual statement. ") * 3
    for n in range(9, 17):
        essay = enriched(tmp_path, "Schools Online\n\nJo Bloggs\n\nResults\n\n" +
                         f"{prose}\n\n" * n + "Table 1: Coverage\nRegion\t2019\t2020\n"
                         "North\t61\t70\nSouth\t58\t66\n\nCoverage rose everywhere.\n")
        pdf = PdfReader(io.BytesIO(PdfWriter().write(essay, WriteOptions())))
        pages = [page.extract_text() for page in pdf.pages]
        caption = [k for k, page in enumerate(pages) if "Table 1: Coverage" in page]
        rows = [k for k, page in enumerate(pages) if "North" in page]
        assert caption == rows, f"{n} paragraphs: caption on page {caption}, rows on {rows}"
