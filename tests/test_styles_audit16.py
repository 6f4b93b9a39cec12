"""Audit 16b: note styles select notes mode, numeric reference lists keep their numbers in
JATS and TEI, a remark's footnote mark follows the stop, the EPUB's dates, validate's lines."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from essayconv.cli import main
from essayconv.cslstyles import citation_mode, style_kind
from essayconv.validate import validate_file

ESSAY = """Aid and Its Limits in Rwanda
- Ann Author

Introduction
Aid conditionality fizzled over stalled transitions, creating a vicious cycle. [1] Belgium \
withdrew its troops soon afterwards. [2]

Notes
[1] Uvin, P. (1998) Aiding violence: the development enterprise in Rwanda. West Hartford, CT: \
Kumarian Press, pp. 57–70; World Bank (1994) Rwanda: emergency demobilization and \
reintegration program (internal report, declassified excerpts).
[2] Prunier, G. (1997) The Rwanda crisis: history of a genocide. London: Hurst & Company, \
pp. 23–40.
"""

NOTE_CSL = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>Notes test</title><id>http://example.org/notes-test</id>
    <updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout suffix="." delimiter="; "><group delimiter=", ">
    <names variable="author"><name/></names><text variable="title" font-style="italic"/>
    <date variable="issued"><date-part name="year"/></date><text variable="locator"/>
  </group></layout></citation>
  <bibliography><sort><key variable="author"/></sort><layout suffix=".">
    <group delimiter=". "><names variable="author"><name/></names><text variable="title"/>
    </group></layout></bibliography>
</style>
"""

# numeric, though its info has no category: the citation prints citation-number via a macro
NUMERIC_CSL = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Numeric test</title><id>http://example.org/numeric-test</id>
    <updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="number"><text variable="citation-number"/></macro>
  <citation><layout prefix="[" suffix="]" delimiter=", "><group delimiter=", ">
    <text macro="number"/><group delimiter=" "><label variable="locator" form="short"/>
    <text variable="locator"/></group></group></layout></citation>
  <bibliography second-field-align="flush"><layout suffix=".">
    <text variable="citation-number" prefix="[" suffix="]"/>
    <group delimiter=", " prefix=" "><names variable="author"><name initialize-with=". "/>
    </names><text variable="title"/></group></layout></bibliography>
</style>
"""


@pytest.fixture()
def essay(tmp_path: Path) -> Path:
    path = tmp_path / "small.txt"
    path.write_text(ESSAY, encoding="utf-8")
    return path


def _style(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _body_text(html: Path) -> str:
    root = etree.parse(str(html)).getroot()
    paragraphs = root.xpath("//*[local-name()='main' or local-name()='body']"
                            "//*[local-name()='p']")
    return " ".join("".join(p.itertext()) for p in paragraphs)


# ---------------------------------------------------------------- 5: note styles
def test_note_style_selects_notes_mode_and_says_so(tmp_path):
    style = _style(tmp_path, "notes.csl", NOTE_CSL)
    mode, line = citation_mode(style, None)
    assert mode == "notes"
    assert line.startswith("note: notes.csl is a note style")
    assert citation_mode("harvard", None) == ("author-date", None)
    assert citation_mode("harvard", "notes") == ("notes", None)
    assert citation_mode(style, "notes") == ("notes", None)


def test_note_style_with_author_date_asked_for_is_a_warning(tmp_path):
    style = _style(tmp_path, "notes.csl", NOTE_CSL)
    mode, line = citation_mode(style, "author-date")
    assert mode == "author-date"
    assert line.startswith("warning: notes.csl is a note style")
    assert "--citations notes" in line


def test_note_style_conversion_puts_marks_after_the_stop(tmp_path, essay, capsys):
    style = _style(tmp_path, "notes.csl", NOTE_CSL)
    assert main([str(essay), "--to", "html", "-o", str(tmp_path / "out"),
                 "--style", style]) == 0
    assert "is a note style: citations in footnotes" in capsys.readouterr().err
    text = _body_text(tmp_path / "out" / "small.html")
    assert "vicious cycle.1 Belgium" in text
    assert "afterwards.2" in text


# ---------------------------------------------------------------- 6: numbered references
def test_a_style_printing_citation_number_is_numeric(tmp_path):
    assert style_kind(_style(tmp_path, "num.csl", NUMERIC_CSL)) == "numeric"
    assert style_kind("harvard") == "author-date"
    assert style_kind(_style(tmp_path, "notes.csl", NOTE_CSL)) == "note"


def test_numeric_style_numbers_jats_refs_and_tei_bibl_structs(tmp_path, essay):
    style = _style(tmp_path, "num.csl", NUMERIC_CSL)
    out = tmp_path / "out"
    assert main([str(essay), "--to", "html,jats,tei", "-o", str(out), "--style", style]) == 0
    # cited in this order: Uvin [1], World Bank [2] (note 1), Prunier [3] (note 2)
    assert "[1, pp. 57–70, 2]" in _body_text(out / "small.html")
    jats = etree.parse(str(out / "small.jats.xml"))
    refs = jats.xpath("//ref-list/ref")
    assert [(r.get("id"), r[0].tag, r[0].text) for r in refs] == [
        ("uvin1998", "label", "1"), ("worldbank1994", "label", "2"),
        ("prunier1997", "label", "3")]
    tei = etree.parse(str(out / "small.tei.xml"))
    structs = tei.xpath("//*[local-name()='biblStruct']")
    assert [(s.get("{http://www.w3.org/XML/1998/namespace}id"), s.get("n")) for s in structs] \
        == [("uvin1998", "1"), ("worldbank1994", "2"), ("prunier1997", "3")]
    assert validate_file(out / "small.jats.xml") == []
    assert validate_file(out / "small.tei.xml") == []


def test_author_date_references_have_no_numbers(tmp_path, essay):
    out = tmp_path / "out"
    assert main([str(essay), "--to", "jats,tei", "-o", str(out)]) == 0
    assert not etree.parse(str(out / "small.jats.xml")).xpath("//ref/label")
    assert not etree.parse(str(out / "small.tei.xml")).xpath("//*[local-name()='biblStruct']/@n")


# ---------------------------------------------------------------- 9: a remark's mark
def test_remark_footnote_mark_follows_the_full_stop_in_author_date(tmp_path, essay):
    out = tmp_path / "out"
    assert main([str(essay), "--to", "html,jats,tei,docx", "-o", str(out)]) == 0
    expected = "vicious cycle (Uvin, 1998, pp. 57–70; World Bank, 1994).1 Belgium"
    assert expected in _body_text(out / "small.html")
    jats = etree.parse(str(out / "small.jats.xml"))
    body = " ".join("".join(p.itertext()) for p in jats.xpath("//body//p"))
    assert expected in body
    tei = etree.parse(str(out / "small.tei.xml"))
    p = tei.xpath("//*[local-name()='body']//*[local-name()='p']")[0]
    note = p.xpath("*[local-name()='note']")[0]
    assert "".join(p.itertext()).startswith("Aid conditionality")
    assert note.getprevious().tail == "."  # the stop, then the note
    assert note.tail.startswith(" Belgium")
    document = zipfile.ZipFile(out / "small.docx").read("word/document.xml").decode()
    items = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(<w:footnoteReference)", document)
    texts = "".join("¹" if reference else text for text, reference in items)
    assert "World Bank, 1994).¹ Belgium" in texts


# ---------------------------------------------------------------- 11: EPUB dates
def _modified(epub: Path) -> str:
    with zipfile.ZipFile(epub) as archive:
        opf = archive.read("EPUB/package.opf").decode("utf-8")
    return re.search(r'property="dcterms:modified">([^<]*)<', opf).group(1)


def test_epub_modified_is_the_input_mtime_or_source_date_epoch(tmp_path, essay, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    os.utime(essay, (1_700_000_000, 1_700_000_000))  # 2023-11-14 22:13:20 UTC
    out = tmp_path / "out"
    assert main([str(essay), "--to", "epub", "-o", str(out)]) == 0
    assert _modified(out / "small.epub") == "2023-11-14T22:13:20Z"
    first = (out / "small.epub").read_bytes()
    assert main([str(essay), "--to", "epub", "-o", str(out)]) == 0
    assert (out / "small.epub").read_bytes() == first  # reproducible
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    assert main([str(essay), "--to", "epub", "-o", str(out)]) == 0
    assert _modified(out / "small.epub") == "1980-01-01T00:00:00Z"  # raised to the ZIP epoch
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1600000000")
    assert main([str(essay), "--to", "epub", "-o", str(out)]) == 0
    assert _modified(out / "small.epub") == "2020-09-13T12:26:40Z"


# ---------------------------------------------------------------- 10: validate's lines
def test_validate_gives_one_line_per_problem(tmp_path, capfd):
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"not a zip at all\n")
    pdf = tmp_path / "trunc.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<<")
    bad = tmp_path / "bad.csl.json"
    bad.write_text('[{"id": "a", ', encoding="utf-8")
    assert main(["validate", str(fake), str(pdf), str(bad)]) == 1
    out, err = capfd.readouterr()
    assert err == ""  # no stray 'EOF marker not found' from pypdf
    lines = out.splitlines()
    assert len(lines) == 3 and all(line.strip() for line in lines)
    assert lines[0].startswith(f"{fake}: invalid: fake.docx: python-docx cannot open it")
    assert lines[1].startswith(f"{pdf}: invalid: trunc.pdf: pypdf cannot read it")
    assert lines[2].startswith(f"{bad}: invalid: bad.csl.json: pandoc cannot read it as csljson")
    assert "['" not in lines[2]


def test_docx_one_line_helper_joins_a_tools_message():
    from essayconv.validate import _one_line

    assert _one_line("couldn't unpack docx container\n\n") == "couldn't unpack docx container"
    assert _one_line(ValueError("a\n  b\n")) == "a b"


def test_docx_message_of_a_zip_without_word_parts_is_one_line(tmp_path):
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    problems = validate_file(path)
    assert len(problems) == 1 and "\n" not in problems[0]
