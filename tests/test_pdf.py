"""The PDF writer: text in reading order, embedded fonts, bookmarks, links, metadata, safety."""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader

from essayconv import tree as T
from essayconv.errors import UsageError
from essayconv.writers import WriteOptions
from essayconv.writers.fetcher import ResourceRefused, StylesFetcher
from essayconv.writers.html import STYLES, html_element, serialise
from essayconv.writers.pdf import (
    PDF_VARIANTS,
    PdfWriter,
    as_endnotes,
    lost_footnotes,
    spaces_into_inlines,
    typeset,
)
from essayconv.writers.view import reference_list

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "enriched-sample.xml"


def squash(text: str) -> str:
    """Letters and digits only: survives justification, hyphenation and line breaks."""
    return re.sub(r"[\W_]+", "", text).lower()


def opening(text: str, words: int = 8) -> str:
    return squash(" ".join(text.split()[:words]))


def assert_in_order(haystack: str, needles: list[str]) -> None:
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        assert found >= 0, f"{needle!r} missing (or out of order) after offset {position}"
        position = found + len(needle)


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)
    walk(reader.outline)
    return titles


@pytest.fixture(scope="module")
def seed() -> etree._Element:
    from essayconv.pipeline import enrich, read

    return enrich(read(ROOT / "input" / "never-again-yet-again.txt"), WriteOptions())


@pytest.fixture(scope="module")
def sample() -> etree._Element:
    return etree.parse(str(SAMPLE)).getroot()


@pytest.fixture(scope="module")
def seed_pdf(seed) -> PdfReader:
    data = PdfWriter().write(seed, WriteOptions())
    assert data.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(data))


@pytest.fixture(scope="module")
def sample_pdf(sample) -> PdfReader:
    return PdfReader(io.BytesIO(PdfWriter().write(sample, WriteOptions())))


def page_text(reader: PdfReader) -> str:
    return squash("".join(page.extract_text() for page in reader.pages))


def check_text(essay: etree._Element, reader: PdfReader) -> None:
    """Headings, paragraph openings and then every reference entry, in reading order."""
    needles = [squash(T.inline_text(T.find(essay, "meta/title")))]
    for section in T.findall(essay, "body/section"):
        heading = T.find(section, "heading")
        if heading is not None:
            needles.append(squash(T.inline_text(heading)))
        needles += [opening(T.inline_text(p, markers=False)) for p in T.findall(section, "p")]
    heading, entries = reference_list(essay)
    needles.append(squash(heading))
    needles += [opening(T.inline_text(inline, markers=False)) for _, inline in entries]
    assert len(entries) > 0
    assert_in_order(page_text(reader), needles)


def test_writer_contract():
    writer = PdfWriter()
    assert (writer.name, writer.extension, writer.binary) == ("pdf", "pdf", True)


def test_seed_text_in_reading_order(seed, seed_pdf):
    check_text(seed, seed_pdf)


def test_sample_text_bibliography_and_footnotes(sample, sample_pdf):
    check_text(sample, sample_pdf)
    text = page_text(sample_pdf)
    # the bibliography entries, not the verbatim notes
    assert squash("Prunier, G. (1997) The Rwanda crisis: history of a genocide.") in text
    assert squash("[1] Prunier") not in text
    # the remark and the bio are footnotes at the foot of page 1, after the reference list
    first = squash(sample_pdf.pages[0].extract_text())
    assert first.index(squash("Reference list")) < first.index(squash("1. Executive summary."))
    assert squash("Jane Author is a student of politics") in first


def test_fonts_are_embedded(seed_pdf):
    seen = 0
    for page in seed_pdf.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            if font["/Subtype"] == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]
            seen += 1
    assert seen >= 3  # regular, bold, italic


def test_bookmarks_are_the_section_headings(seed, seed_pdf):
    headings = [T.inline_text(h) for h in T.findall(seed, "body/section/heading")]
    assert len(headings) == 6
    titles = outline_titles(seed_pdf)
    assert titles[:6] == headings
    assert titles[6] == reference_list(seed)[0]


def test_metadata(seed_pdf):
    info = seed_pdf.metadata
    assert info.title == ("“Never Again”, Yet Again: The Failure of International Diplomacy "
                          "in the Rwandan Genocide")
    assert info.author == "Lou E. Cardot"
    assert info.subject.startswith("For decades, Rwanda simmered")
    root = seed_pdf.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert root["/MarkInfo"]["/Marked"]  # tagged (PDF/UA-1 by default)
    assert "/StructTreeRoot" in root


def test_citations_are_internal_links(seed_pdf):
    links = [a.get_object() for page in seed_pdf.pages for a in page.get("/Annots", [])]
    internal = [a for a in links if a.get("/Subtype") == "/Link"
                and ("/Dest" in a or a.get("/A", {}).get("/S") == "/GoTo")]
    assert len(internal) > 50  # one per citation in the seed


def test_running_header_from_page_two(seed_pdf):
    short = squash("“Never Again”, Yet Again")
    assert squash(seed_pdf.pages[0].extract_text()).count(short) == 1  # the title only
    for page in seed_pdf.pages[1:]:
        assert short in squash(page.extract_text())  # margin boxes come last in the text


def test_unknown_variant_is_a_usage_error(sample):
    with pytest.raises(UsageError) as error:
        PdfWriter().write(sample, WriteOptions(pdf_variant="pdf/z-9"))
    assert "pdf/a-3b" in str(error.value) and "pdf/ua-1" in str(error.value)
    assert "pdf/a-3b" in PDF_VARIANTS


def test_other_variant_and_no_variant(sample):
    archive = PdfReader(io.BytesIO(PdfWriter().write(sample, WriteOptions(pdf_variant="pdf/a-3b"))))
    assert b"pdfaid" in archive.trailer["/Root"]["/Metadata"].get_object().get_data()
    plain = PdfReader(io.BytesIO(PdfWriter().write(sample, WriteOptions(pdf_variant=None))))
    assert plain.trailer["/Root"]["/MarkInfo"]["/Marked"]


@pytest.mark.parametrize("url", ["http://example.com/x.css", "https://example.com/font.woff2",
                                 "file:///etc/passwd", (STYLES / ".." / "pyproject.toml").as_uri(),
                                 "data:text/css,body{}"])
def test_fetcher_refuses_everything_but_our_styles(url):
    with pytest.raises(ResourceRefused):
        StylesFetcher().fetch(url)


def test_fetcher_serves_our_stylesheet():
    response = StylesFetcher().fetch((STYLES / "pdf.css").as_uri())
    assert response.content_type == "text/css"
    assert b"float: footnote" in response.read()


def test_space_before_an_inline_element_moves_inside_it():
    root = etree.fromstring(
        '<p xmlns="http://www.w3.org/1999/xhtml">A, <em>Blog post</em>, x <cite> <a>(B)</a>'
        '</cite><span class="footnote"> n</span> y <strong><em>z</em></strong></p>')
    spaces_into_inlines(root)
    assert "".join(root.itertext()) == "A, Blog post, x  (B) n y z"  # same text
    x = "{http://www.w3.org/1999/xhtml}"
    assert (root.text, root.find(f"{x}em").text) == ("A,", " Blog post")
    assert root.find(f"{x}cite").text == " "  # the space already inside stays
    assert root.find(f"{x}span").getprevious().tail is None  # footnote call: left alone
    assert root.find(f"{x}strong/{x}em").text == " z"  # down to the innermost element


def test_a_full_line_before_italics_breaks_at_its_last_space():
    # WeasyPrint 70 broke this entry after "Morley," (one word on the first line).
    essay = etree.parse(str(SAMPLE)).getroot()
    bibliography = T.find(essay, "bibliography")
    entry = bibliography[0]
    for child in list(entry):
        entry.remove(child)
    entry.text = ("Morley, N. (2015) ‘The Melian Dilemma: Varoufakis, Thucydides and game "
                  "theory’, ")
    T.sub(entry, "em", "Blog post").tail = ", 27 March."
    reader = PdfReader(io.BytesIO(PdfWriter().write(essay, WriteOptions())))
    lines = [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]
    first = next(line for line in lines if line.startswith("Morley"))
    assert first.startswith("Morley, N. (2015)")


# Notes mode, a call in nearly every line: some page ends on the line `orphans` of a
# paragraph with a call in it. WeasyPrint 70 keeps that line on the page by moving earlier
# footnotes on, and never lays out the line's own footnote (seeds chosen to hit that).
NOTES = WriteOptions(citations="notes")
LOSING_SEEDS = (5, 10, 11)
WORDS = ("the officials argued that withdrawal would cost Britain its standing among Arab "
         "governments while the army wanted the troops home before winter came again").split()


def calls_near_every_line(tmp_path: Path, seed: int) -> tuple[etree._Element, int]:
    """An essay of nine paragraphs with a numbered note after every sentence."""
    from essayconv.pipeline import enrich, read

    rng = random.Random(seed)
    lines, notes = ["Footnotes at the Foot of the Page", "By Test Author", "", "Introduction"], []
    for _ in range(9):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            n = len(notes) + 1
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(9, 16)))
            sentences.append(f"{words.capitalize()}.{n}")
            notes.append(f"{n}. John Smith, The Qx{n:03d}zq Affair (London: Verso, 1990), {n}.")
        lines += ["", " ".join(sentences)]
    path = tmp_path / f"notes-{seed}.txt"
    path.write_text("\n".join([*lines, "", "Notes", "", *notes, ""]), encoding="utf-8")
    return enrich(read(path), NOTES), len(notes)


def note_text(n: int) -> str:
    """Footnote n as printed: the bibliography entry has the title but not the page."""
    return squash(f"The Qx{n:03d}zq Affair. London: Verso, p. {n}")


@pytest.mark.parametrize("seed", LOSING_SEEDS)
def test_no_footnote_is_lost_when_its_call_ends_a_page(tmp_path, seed):
    essay, count = calls_near_every_line(tmp_path, seed)
    reader = PdfReader(io.BytesIO(PdfWriter().write(essay, NOTES)))
    pages = [squash(page.extract_text()) for page in reader.pages]
    text = "".join(pages)
    assert [n for n in range(1, count + 1) if text.count(note_text(n)) != 1] == []
    assert note_text(1) in pages[0]  # still footnotes, not the endnotes fallback


def test_the_layout_without_the_fix_loses_a_footnote(tmp_path):
    # Guards the test above: WeasyPrint alone drops a note in these documents.
    lost = []
    for seed in LOSING_SEEDS:
        essay, _ = calls_near_every_line(tmp_path, seed)
        root = html_element(essay, NOTES, target="pdf")
        spaces_into_inlines(root)  # as the writer does
        lost += lost_footnotes(typeset(serialise(root), NOTES))
    assert lost, "no note lost: WeasyPrint fixed? then the page-foot workaround can go"
    assert all(re.fullmatch(r"fn-\d+", ident) for ident in lost)


def test_endnotes_when_footnotes_keep_getting_lost(tmp_path, monkeypatch):
    essay, count = calls_near_every_line(tmp_path, LOSING_SEEDS[0])
    monkeypatch.setattr("essayconv.writers.pdf.ATTEMPTS", 0)  # straight to the fallback
    reader = PdfReader(io.BytesIO(PdfWriter().write(essay, NOTES)))
    text = page_text(reader)
    assert [n for n in range(1, count + 1) if text.count(note_text(n)) != 1] == []
    # the notes come after the text and before the reference list
    assert_in_order(text, ["introduction", "notes1smithj1990", note_text(1), note_text(count),
                           "referencelist"])


def test_endnotes_keep_calls_numbers_and_content():
    root = etree.fromstring(
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><article><header><p>A'
        '<span id="fn-bio-1" class="footnote bio">Bio.</span></p></header><section><p>x'
        '<span id="fn-2" class="footnote note">See <em>B</em>, p. 2.</span> y</p></section>'
        '<section class="references"><h2>Reference list</h2></section></article></body></html>')
    as_endnotes(root, "Notes")
    x = "{http://www.w3.org/1999/xhtml}"
    article = root.find(f"{x}body/{x}article")
    assert [s.get("class") for s in article.findall(f"{x}section")] == [
        None, "endnotes", "references"]
    assert "".join(article[1].itertext()) == "x1 y"
    notes = article.find(f"{x}section[@class='endnotes']")
    assert ["".join(p.itertext()) for p in notes.findall(f"{x}p")] == ["*. Bio.", "1. See B, p. 2."]
    assert notes.find(f"{x}p[@id='fn-2']/{x}a").get("href") == "#fn-2-ref"
    assert root.find(f".//{x}sup/{x}a[@id='fn-2-ref']").get("href") == "#fn-2"


def test_a_footnote_call_never_wraps_alone() -> None:
    from lxml import etree as ET

    from essayconv.writers.html import XHTML
    from essayconv.writers.pdf import join_footnote_calls

    p = ET.fromstring(f'<p xmlns="{XHTML}">v Google.<span class="footnote">n</span> Warby'
                      f'<span class="footnote">m</span></p>')
    join_footnote_calls(p)
    assert p.text == "v Google.\u2060"
    assert p[0].tail == " Warby\u2060"
