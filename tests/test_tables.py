"""Tables pasted as columns: found by the reader, written as real tables by every writer."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from lxml import etree

from essayconv import tree as T
from essayconv import validate as V
from essayconv.pipeline import enrich, read
from essayconv.reader.tables import cells, find_tables
from essayconv.writers import WriteOptions
from essayconv.writers.docx import DocxWriter
from essayconv.writers.html import HtmlWriter
from essayconv.writers.jats import JatsWriter
from essayconv.writers.tei import TeiWriter

from validators import text

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
])
def test_what_is_no_table(lines):
    assert find_tables(lines) == (lines, [])


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
