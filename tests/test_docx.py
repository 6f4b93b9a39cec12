"""The DOCX writer: named styles, real footnotes, bookmarked references, a consistent package."""

from __future__ import annotations

import copy
import io
import posixpath
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pypandoc
import pytest
from docx.shared import Cm, Pt
from lxml import etree

from essayconv import tree as T
from essayconv.pipeline import enrich, read
from essayconv.writers import WriteOptions
from essayconv.writers.docx import DocxWriter
from essayconv.writers.docx.fields import bookmark_name

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "enriched-sample.xml"
SEED = ROOT / "input" / "never-again-yet-again.txt"
PAPERCRAFT = ROOT / "tests" / "corpus" / "03_epoiesen-york-papercraft-harvard.txt"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def squash(text: str) -> str:
    """Letters and digits only: survives pandoc's line wrapping."""
    return re.sub(r"[\W_]+", "", text).lower()


def write(essay: etree._Element) -> bytes:
    return DocxWriter().write(essay, WriteOptions())


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read(name))


def paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph, read back by python-docx."""
    document = docx.Document(io.BytesIO(data))
    return [(p.style.name, p.text) for p in document.paragraphs]


def plain(data: bytes) -> str:
    return pypandoc.convert_text(data, "plain", format="docx", extra_args=["--wrap=none"])


@pytest.fixture(scope="module")
def sample() -> etree._Element:
    return etree.parse(str(SAMPLE)).getroot()


@pytest.fixture(scope="module")
def sample_docx(sample) -> bytes:
    return write(sample)


@pytest.fixture(scope="module")
def seed() -> etree._Element:
    return enrich(read(SEED), WriteOptions())


@pytest.fixture(scope="module")
def seed_docx(seed) -> bytes:
    return write(seed)


@pytest.fixture(scope="module")
def raw_sample(sample) -> etree._Element:
    """The sample before citation styling: no rendered forms, works or bibliography."""
    essay = copy.deepcopy(sample)
    for node in [*T.findall(essay, "notes/note/rendered"), T.find(essay, "bibliography"),
                 T.find(essay, "works")]:
        node.getparent().remove(node)
    return essay


@pytest.fixture(scope="module")
def notes_sample(sample) -> etree._Element:
    essay = copy.deepcopy(sample)
    T.find(essay, "bibliography").set("mode", "notes")
    return essay


# --- the sample, checked against hand-written expectations ---------------------------------
def test_sample_paragraphs_in_order_with_styles(sample_docx):
    assert paragraphs(sample_docx) == [
        ("Title", "“Never Again”: A Sample Essay on Diplomacy"),
        ("Author", "Jane Q. Author*"),  # the bio's footnote mark
        ("Heading 1", "Introduction: The Road to 1994"),
        ("First Paragraph", "Rwanda simmered with ethnic tensions (Prunier, 1997) amplified by "
         "post-independence politics (Prunier, 1997, pp. 23–40). Belgium formalised divisions "
         "through identity cards (Des Forges, 1999, pp. 31–40; Prunier, 1997, pp. 61–62)."),
        ("Body Text", "The UN’s report flagged massacres as potential genocide "
         "(United Nations, 1999, p. 3)."),
        ("Heading 1", "The Build-Up"),
        ("First Paragraph", "International efforts crumbled under weak mandates "
         "(Prunier, 1997, pp. 23–40)."),
        ("Heading 1", "Reference list"),
        ("Bibliography", "Des Forges, A. (1999) Leave none to tell the story: genocide in "
         "Rwanda. New York: Human Rights Watch."),
        ("Bibliography", "Prunier, G. (1997) The Rwanda crisis: history of a genocide. "
         "London: Hurst & Company."),
        ("Bibliography", "United Nations (1999) Report of the Independent Inquiry into the "
         "Actions of the United Nations During the 1994 Genocide in Rwanda. New York: United "
         "Nations."),
    ]


def footnotes(data: bytes) -> dict[str, etree._Element]:
    return {note.get(w("id")): note for note in part(data, "word/footnotes.xml")}


def footnote_text(note: etree._Element) -> str:
    return "".join(note.itertext()).strip()


def references(data: bytes) -> list[str]:
    """Ids of the footnotes referenced from the main text, in order."""
    body = part(data, "word/document.xml")
    return [ref.get(w("id")) for ref in body.iter(w("footnoteReference"))]


def test_remark_and_bio_are_real_footnotes(sample_docx):
    notes = footnotes(sample_docx)
    assert notes["-1"].get(w("type")) == "separator"
    assert notes["0"].get(w("type")) == "continuationSeparator"
    referenced = references(sample_docx)
    assert [footnote_text(notes[n]) for n in referenced] == [
        "* Jane Author is a student of politics at the University of Example. (jane@example.org)",
        "Executive summary.",
    ]
    for number, numbered in zip(referenced, (False, True), strict=True):
        paragraph = notes[number].find(w("p"))
        assert paragraph.find("w:pPr/w:pStyle", NS).get(w("val")) == "FootnoteText"
        mark = paragraph.find("w:r", NS)
        assert (mark.find(w("footnoteRef")) is not None) is numbered
        assert mark.find("w:rPr/w:rStyle", NS).get(w("val")) == "FootnoteReference"
    body = part(sample_docx, "word/document.xml")
    for ref in body.iter(w("footnoteReference")):
        style = ref.getparent().find("w:rPr/w:rStyle", NS)
        assert style.get(w("val")) == "FootnoteReference"
    settings = part(sample_docx, "word/settings.xml")
    ids = [n.get(w("id")) for n in settings.findall("w:footnotePr/w:footnote", NS)]
    assert ids == ["-1", "0"]


def test_footnote_mark_follows_the_bio_name_and_the_remark_citation(sample_docx):
    body = part(sample_docx, "word/document.xml")
    before = []
    for ref in body.iter(w("footnoteReference")):
        previous = ref.getparent().getprevious()
        before.append("".join(previous.itertext()))
        if before[-1] == ".":  # a remark's mark follows the stop after its citation (audit 16)
            before[-1] = "".join(previous.getprevious().itertext()) + "."
    assert before == ["Jane Q. Author", "(United Nations, 1999, p. 3)."]


def shown_marks(data: bytes) -> list[tuple[str, str]]:
    """(mark, footnote text) of each footnote call of the main text, as Word numbers them:
    a custom mark (w:customMarkFollows) is the text after the reference in its run and takes
    no number; every other footnote gets the next automatic number, from 1."""
    notes = footnotes(data)
    shown, number = [], 0
    for ref in part(data, "word/document.xml").iter(w("footnoteReference")):
        if ref.get(w("customMarkFollows")) in ("1", "true", "on"):
            mark = "".join(t.text for t in ref.itersiblings(w("t")))
        else:
            number += 1
            mark = str(number)
        shown.append((mark, footnote_text(notes[ref.get(w("id"))])))
    return shown


def test_bio_footnote_is_marked_with_an_asterisk_and_notes_number_from_one(sample_docx):
    assert shown_marks(sample_docx) == [
        ("*", "* Jane Author is a student of politics at the University of Example. "
              "(jane@example.org)"),
        ("1", "Executive summary."),
    ]
    bio, remark = part(sample_docx, "word/document.xml").iter(w("footnoteReference"))
    assert bio.get(w("customMarkFollows")) == "1"
    assert [etree.QName(n).localname for n in bio.getparent()] == ["rPr", "footnoteReference",
                                                                    "t"]
    assert remark.get(w("customMarkFollows")) is None
    first_run = footnotes(sample_docx)[bio.get(w("id"))].find("w:p/w:r", NS)
    assert first_run.find(w("footnoteRef")) is None and first_run.findtext(w("t")) == "*"


def test_corpus_note_numbers_are_those_of_the_pdf():
    from essayconv.writers.html import html_document

    essay = enrich(read(ROOT / "tests" / "corpus" / "05_epoiesen-melian-response-bibliography.txt"),
                   WriteOptions())
    shown = shown_marks(write(essay))
    html = etree.fromstring(html_document(essay, WriteOptions(), target="pdf").encode())
    pdf_notes = html.xpath("//*[@class='footnote note']")
    assert len(pdf_notes) > 5
    assert [mark for mark, _ in shown] == ["*"] + [str(n) for n in range(1, len(pdf_notes) + 1)]
    assert shown[0][1].startswith("* Manuela Dal Borgo is British Academy Postdoctoral Fellow")
    assert [squash(note) for _, note in shown[1:]] == [
        squash("".join(n.itertext())) for n in pdf_notes]
    assert shown[1][1].startswith("Hudson-Williams (1950) 156-69")


def hyperlink_anchors(data: bytes) -> list[str]:
    return [link.get(w("anchor")) for link in part(data, "word/document.xml").iter(w("hyperlink"))
            if link.get(w("anchor"))]


def bookmarks(data: bytes) -> dict[str, str]:
    """Bookmark name → text of the paragraph holding it."""
    found = {}
    for start in part(data, "word/document.xml").iter(w("bookmarkStart")):
        found[start.get(w("name"))] = "".join(start.getparent().itertext())
    return found


def test_citations_link_to_bookmarked_entries(sample_docx):
    assert hyperlink_anchors(sample_docx) == ["ref_prunier1997", "ref_desforges1999",
                                              "ref_prunier1997", "ref_unitednations1999",
                                              "ref_prunier1997"]
    marks = bookmarks(sample_docx)
    assert marks["ref_prunier1997"].startswith("Prunier, G. (1997)")
    assert marks["ref_desforges1999"].startswith("Des Forges, A. (1999)")
    assert marks["ref_unitednations1999"].startswith("United Nations (1999)")


def test_core_properties_and_language(sample_docx):
    properties = docx.Document(io.BytesIO(sample_docx)).core_properties
    assert properties.title == "“Never Again”: A Sample Essay on Diplomacy"
    assert properties.author == "Jane Q. Author"
    assert properties.language == "en"
    styles = part(sample_docx, "word/styles.xml")
    # a bare "en" keeps the template's British English for the spell-checker: Word and
    # LibreOffice read a bare "en" as US English
    assert styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS).get(w("val")) == "en-GB"


def test_language_follows_xml_lang(sample):
    essay = copy.deepcopy(sample)
    essay.set(T.XML_LANG, "fr-CA")
    data = write(essay)
    assert docx.Document(io.BytesIO(data)).core_properties.language == "fr-CA"
    styles = part(data, "word/styles.xml")
    assert styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS).get(w("val")) == "fr-CA"


def test_page_number_field_in_footer(sample_docx):
    document = docx.Document(io.BytesIO(sample_docx))
    footer = document.sections[0].footer
    assert not footer.is_linked_to_previous
    paragraph = footer.paragraphs[0]
    assert paragraph.style.name == "Footer"
    instructions = [t.text.strip() for t in paragraph._p.iter(w("instrText"))]
    assert instructions == ["PAGE"]
    kinds = [c.get(w("fldCharType")) for c in paragraph._p.iter(w("fldChar"))]
    assert kinds == ["begin", "separate", "end"]


def test_paragraph_looks_come_from_styles_only(seed_docx, sample_docx):
    """No direct paragraph formatting; run formatting only from rendered em/strong/sc/sup/sub."""
    allowed_runs = {w("rStyle"), w("i"), w("b"), w("smallCaps"), w("vertAlign")}
    for data in (sample_docx, seed_docx):
        body = part(data, "word/document.xml").find(w("body"))
        for paragraph in body.iter(w("p")):
            properties = paragraph.find(w("pPr"))
            assert [child.tag for child in properties] == [w("pStyle")]
        for properties in body.iter(w("rPr")):
            assert {child.tag for child in properties} <= allowed_runs


def test_reference_list_in_order_in_pandoc(sample_docx):
    text = squash(plain(sample_docx))
    expected = ["Introduction: The Road to 1994", "The Build-Up", "Reference list",
                "Des Forges, A. (1999) Leave none to tell the story",
                "Prunier, G. (1997) The Rwanda crisis", "United Nations (1999) Report of the",
                "Executive summary."]
    position = 0
    for needle in map(squash, expected):
        found = text.find(needle, position)
        assert found >= 0, f"{needle} missing or out of order"
        position = found + len(needle)


# --- modes other than author-date -----------------------------------------------------------
def test_raw_mode_links_markers_to_bookmarked_notes(raw_sample):
    data = write(raw_sample)
    rows = paragraphs(data)
    assert rows[3] == ("First Paragraph", "Rwanda simmered with ethnic tensions (Prunier, 1997) "
                       "amplified by post-independence politics[1]. Belgium formalised "
                       "divisions through identity cards[2].")
    assert rows[7] == ("Heading 1", "Works Cited")
    assert [style for style, _ in rows[8:]] == ["Bibliography"] * 3
    assert rows[8][1].startswith("[1] Prunier, G. (1997)")
    assert rows[10][1] == "[3] United Nations (1999), p. 3 (executive summary)."
    assert hyperlink_anchors(data) == ["note_1", "note_2", "note_3", "note_1"]
    assert set(bookmarks(data)) == {"note_1", "note_2", "note_3"}
    assert len(references(data)) == 1  # the author's bio only


def test_notes_mode_markers_are_footnotes(notes_sample):
    data = write(notes_sample)
    assert hyperlink_anchors(data) == []
    notes = footnotes(data)
    assert [footnote_text(notes[n]) for n in references(data)][1:] == [
        "(Prunier, 1997, pp. 23–40)", "(Des Forges, 1999, pp. 31–40; Prunier, 1997, pp. 61–62)",
        "(United Nations, 1999, p. 3)", "(Prunier, 1997, pp. 23–40)"]
    assert paragraphs(data)[4] == ("Body Text",
                                   "The UN’s report flagged massacres as potential genocide.")


def test_unknown_element_is_an_error(sample):
    essay = copy.deepcopy(sample)
    paragraph = T.find(essay, "body/section/p")
    etree.SubElement(paragraph, T.q("blink")).text = "new"
    with pytest.raises(ValueError, match="blink"):
        write(essay)


def test_bookmark_names_are_valid_for_word():
    long = bookmark_name("ref-" + "x" * 60)
    assert len(long) <= 40 and long.startswith("ref_x")
    assert long != bookmark_name("ref-" + "x" * 61)
    assert bookmark_name("note-12") == "note_12"
    assert bookmark_name("1abc")[0].isalpha()


# --- the seed --------------------------------------------------------------------------------
def expected_rows(essay: etree._Element) -> list[tuple[str, str | None]]:
    """(style, heading text or None) for every body paragraph the rules call for."""
    rows: list[tuple[str, str | None]] = [("Title", T.inline_text(T.find(essay, "meta/title")))]
    if T.findall(essay, "meta/author"):
        rows.append(("Author", None))
    rows += [("Front Matter", info.text) for info in T.findall(essay, "meta/info")]
    kinds = {"caption": "Caption", "item": "List Paragraph", "quote": "Quote"}
    for section in T.findall(essay, "body/section"):
        first = True
        for child in section:
            if child.tag == T.q("heading"):
                rows.append(("Heading 1", T.inline_text(child)))
                first = True
                continue
            style = kinds.get(child.get("kind")) or ("First Paragraph" if first else "Body Text")
            rows.append((style, None))
            first = False
    return rows


def test_seed_paragraphs_in_order_with_styles(seed, seed_docx):
    rows = paragraphs(seed_docx)
    expected = expected_rows(seed)
    assert [(style, text if want is not None else None)
            for (style, text), (_, want) in zip(rows, expected, strict=False)] == expected
    body = T.findall(seed, "body/section/p")
    shown = [text for style, text in rows if style in ("First Paragraph", "Body Text")]
    assert len(shown) == len(body)
    for written, source in zip(shown, body, strict=True):
        assert written.startswith((source.text or "").rstrip())
    rest = rows[len(expected):]
    assert rest[0] == ("Heading 1", "Reference list")
    entries = T.findall(seed, "bibliography/entry")
    assert [style for style, _ in rest[1:]] == ["Bibliography"] * len(entries)
    assert [text for _, text in rest[1:]] == [T.inline_text(e) for e in entries]


def test_seed_remarks_are_footnotes_and_anchors_resolve(seed, seed_docx):
    notes = {n.get("id"): n for n in T.findall(seed, "notes/note")}
    with_remarks = [c for c in seed.iter(T.q("cite"))
                    if T.findall(notes[c.get("note")], "citation/remark")]
    assert len(references(seed_docx)) == 1 + len(with_remarks)
    assert "Lou Cardot is a third-year student" in footnote_text(
        footnotes(seed_docx)[references(seed_docx)[0]])
    names = bookmarks(seed_docx)
    anchors = hyperlink_anchors(seed_docx)
    assert anchors and set(anchors) <= set(names)
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,39}", name) for name in names)
    properties = docx.Document(io.BytesIO(seed_docx)).core_properties
    assert properties.title.startswith("“Never Again”, Yet Again")
    assert properties.author == "Lou E. Cardot"
    assert properties.language == "en"


def test_seed_in_pandoc(seed, seed_docx):
    text = squash(plain(seed_docx))
    needles = [T.inline_text(h) for h in T.findall(seed, "body/section/heading")]
    needles += ["Reference list"] + [T.inline_text(e)[:40] for e in
                                     T.findall(seed, "bibliography/entry")]
    position = 0
    for needle in map(squash, needles):
        found = text.find(needle, position)
        assert found >= 0, f"{needle} missing or out of order"
        position = found + len(needle)
    assert squash("Lou Cardot is a third-year student") in text


def test_captions_items_and_end_matter():
    essay = enrich(read(PAPERCRAFT), WriteOptions())
    rows = paragraphs(write(essay))
    styles = [style for style, _ in rows]
    assert ("Caption", "Figure 1. Model Workflow.") in rows
    assert ("List Paragraph", "data acquisition and modelling in Adobe Illustrator,") in rows
    credits = [p.text for p in T.findall(essay, "endmatter/p")]
    assert rows[-len(credits):] == [("End Matter", text) for text in credits]
    assert styles[:4] == ["Title", "Author", "Front Matter", "Front Matter"]


# --- the package ----------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["sample_docx", "seed_docx"])
def test_package_is_consistent(which, request):
    data = request.getfixturevalue(which)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        names = set(archive.namelist())
        types = etree.fromstring(archive.read("[Content_Types].xml"))
        defaults = {d.get("Extension").lower() for d in types.findall(f"{{{TYPES}}}Default")}
        overrides = {o.get("PartName") for o in types.findall(f"{{{TYPES}}}Override")}
        for name in names - {"[Content_Types].xml"}:
            assert f"/{name}" in overrides or name.rsplit(".", 1)[-1].lower() in defaults, name
        for rels in (n for n in names if n.endswith(".rels")):
            folder = posixpath.dirname(posixpath.dirname(rels))
            for rel in etree.fromstring(archive.read(rels)).findall(f"{{{RELS}}}Relationship"):
                if rel.get("TargetMode") == "External":
                    continue
                target = posixpath.normpath(posixpath.join(folder, rel.get("Target")))
                assert target.lstrip("/") in names, f"{rels}: {rel.get('Target')}"
    assert "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml" in {
        o.get("ContentType") for o in types.findall(f"{{{TYPES}}}Override")}


def test_template_styles():
    """The reference document's academic look, defined in named styles."""
    template = docx.Document(str(ROOT / "styles" / "reference.docx"))
    styles = template.styles
    bibliography = styles["Bibliography"].paragraph_format
    assert bibliography.first_line_indent == -Cm(1.27)
    assert bibliography.left_indent == Cm(1.27)
    assert styles["First Paragraph"].paragraph_format.first_line_indent == 0
    assert styles["Body Text"].paragraph_format.first_line_indent == Cm(1.27)
    assert styles["Body Text"].paragraph_format.line_spacing == 1.5
    assert styles["footnote text"].font.size == Pt(10)
    assert styles["footnote reference"].font.superscript
    defaults = styles.element.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert defaults.find("w:rFonts", NS).get(w("ascii")) == "Times New Roman"
    assert defaults.find("w:sz", NS).get(w("val")) == "24"
    for name in ("Title", "Author", "Heading 1", "Heading 2", "Caption", "Quote",
                 "List Paragraph", "End Matter", "Hyperlink"):
        assert name in styles


# --- LibreOffice (optional) ------------------------------------------------------------------
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_without_loss(sample_docx, tmp_path):
    from pypdf import PdfReader

    source = tmp_path / "sample.docx"
    source.write_bytes(sample_docx)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=120)
    text = squash("".join(page.extract_text() for page in PdfReader(tmp_path / "sample.pdf").pages))
    for needle in ("Never Again: A Sample Essay", "Reference list", "Executive summary",
                   "Jane Author is a student of politics"):
        assert squash(needle) in text
    # LibreOffice shows the bio's custom mark and numbers the remark's footnote 1
    spaceless = re.sub(r"\s+", "", "".join(page.extract_text()
                                           for page in PdfReader(tmp_path / "sample.pdf").pages))
    for needle in ("JaneQ.Author*", "*JaneAuthorisastudent", "(UnitedNations,1999,p.3)1.",
                   "1Executivesummary."):
        assert needle in spaceless


def test_links_in_entries_and_footnotes_are_related_from_their_part(notes_sample):
    essay = copy.deepcopy(notes_sample)
    entry = T.find(essay, "bibliography/entry")
    T.sub(entry, "link", "https://example.org/hrw", href="https://example.org/hrw")
    rendered = T.find(essay, "notes/note/rendered")
    T.sub(rendered, "link", "online", href="https://example.org/prunier")
    data = write(essay)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part_name, href in (("word/document.xml", "https://example.org/hrw"),
                                ("word/footnotes.xml", "https://example.org/prunier")):
            rels_name = part_name.replace("word/", "word/_rels/") + ".rels"
            rels = {r.get("Id"): r for r in etree.fromstring(archive.read(rels_name))}
            links = [link for link in etree.fromstring(archive.read(part_name)).iter(w("hyperlink"))
                     if link.get(f"{{{R}}}id")]
            assert links  # the cited note n1 becomes two footnotes: two links, one relationship
            for link in links:
                rel = rels[link.get(f"{{{R}}}id")]
                assert (rel.get("Target"), rel.get("TargetMode")) == (href, "External")
                assert link.find("w:r/w:rPr/w:rStyle", NS).get(w("val")) == "Hyperlink"


def test_a_note_no_marker_cites_is_printed_as_written(sample):
    essay = copy.deepcopy(sample)
    for cite in list(essay.iter(T.q("cite"))):
        if cite.get("note") == "n3":
            cite.getparent().remove(cite)
    texts = [text for _, text in paragraphs(write(essay))]
    start = texts.index("Notes not cited in the text")
    assert texts[start + 1] == "[3] United Nations (1999), p. 3 (executive summary)."
    assert texts.index("Reference list") > start + 1


# --- a student's paper: abstract, keywords, a table with its note -------------------------
PAPER = (Path(__file__).parent / "fixtures" / "paper-with-table.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def paper_docx(tmp_path_factory) -> bytes:
    source = tmp_path_factory.mktemp("paper") / "paper.txt"
    source.write_text(PAPER, encoding="utf-8")
    return write(enrich(read(source), WriteOptions()))


def test_keywords_close_the_abstract_with_an_italic_label(paper_docx):
    rows = paragraphs(paper_docx)
    assert rows[:6] == [
        ("Title", "Digital Inclusion in Rural Schools"),
        ("Author", "Jane Okafor"),
        ("Heading 1", "Abstract"),
        ("First Paragraph", "This study examines how rural schools adopted broadband between "
         "2019 and 2021."),
        ("Keywords", "Keywords: digital inclusion, rural education"),
        ("Heading 1", "1. Introduction"),
    ]
    line = docx.Document(io.BytesIO(paper_docx)).paragraphs[4]
    assert [(r.text, r.italic) for r in line.runs] == [
        ("Keywords:", True), (" digital inclusion, rural education", None)]


def test_table_notes_are_small_and_kept_with_their_table(paper_docx):
    document = docx.Document(io.BytesIO(paper_docx))
    rows = [(p.style.name, p.text) for p in document.paragraphs]
    start = rows.index(("Caption", "Table 1: Broadband coverage by area type (%)"))
    assert rows[start + 1:start + 4] == [
        ("Table Note", "Note. Figures are percentages of schools surveyed."),
        ("Table Note", "Source: National survey of schools."),
        ("First Paragraph", "The coverage figures above come from the national survey."),
    ]
    note = document.styles["Table Note"]
    assert note.font.size == Pt(10)
    assert note.paragraph_format.space_after == Pt(12)
    first, second = document.tables
    # the last row keeps with the note under it; a table with no note binds nothing
    assert all(cell.paragraphs[0].paragraph_format.keep_with_next
               for cell in first.rows[-1].cells)
    assert not any(cell.paragraphs[0].paragraph_format.keep_with_next
                   for row in second.rows for cell in row.cells)
    # text under a table with no note stands apart from its bottom border
    after = next(p for p in document.paragraphs if p.text.startswith("Both years"))
    assert after.paragraph_format.space_before == Pt(12)
    noted = next(p for p in document.paragraphs if p.text.startswith("The coverage"))
    assert noted.paragraph_format.space_before is None


def test_a_paragraph_merely_mentioning_a_note_is_body_text():
    essay = read_text("Title\nAn Author\n\nData\n\nTable 1: Counts\nA\tB\n1\t2\n3\t4\n\n"
                      "Notebooks were used to record the counts.\n")
    rows = paragraphs(write(essay))
    assert rows[-1] == ("First Paragraph", "Notebooks were used to record the counts.")


def read_text(text: str) -> etree._Element:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "essay.txt"
        source.write_text(text, encoding="utf-8")
        return enrich(read(source), WriteOptions())


def test_word_is_not_told_the_text_was_spell_checked(sample_docx):
    """A settings part saying proofState "clean" makes Word underline no misspelling."""
    settings = part(sample_docx, "word/settings.xml")
    assert settings.find("w:proofState", NS) is None
    template = zipfile.ZipFile(ROOT / "styles" / "reference.docx").read("word/settings.xml")
    assert b"proofState" not in template
    from docx.oxml import OxmlElement

    from essayconv.writers.docx.properties import clear_proof_state

    document = docx.Document(str(ROOT / "styles" / "reference.docx"))
    stale = OxmlElement("w:proofState")
    stale.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}spelling", "clean")
    document.settings.element.append(stale)
    clear_proof_state(document)  # a template saved by Word again would carry it
    assert document.settings.element.find("w:proofState", NS) is None
