"""Journal profile facts (--profile) in every format, and unknown profile keys (audit 16b #2)."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from lxml import etree
from pypdf import PdfReader

from essayconv import validate as V
from essayconv.profiles import load_profile
from essayconv.writers import WriteOptions, get
from essayconv.writers import journal as J

from validators import trees

PROFILE = {"journal-title": "Journal of Student Research in Politics", "issn": "1234-5678",
           "publisher-name": "Example University Press", "volume": "12", "issue": "3",
           "year": "2024"}
LINE = "Journal of Student Research in Politics, vol. 12, no. 3 (2024). ISSN 1234-5678"
TEI = {"t": "http://www.tei-c.org/ns/1.0"}
XHTML = {"h": "http://www.w3.org/1999/xhtml"}


def write(name: str, extra: dict[str, str] | None = None, essay: str = "sample") -> bytes | str:
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SOURCE_DATE_EPOCH", raising=False)
        return get(name).write(trees()[essay], WriteOptions(extra=dict(extra or {})))


def test_journal_helpers():
    assert J.journal_id(PROFILE) == "jsrp"  # initials of the main words
    assert J.journal_id({**PROFILE, "journal-id": "JSRP-X"}) == "JSRP-X"
    assert J.journal_id({"journal-title": "Revue de la Société et des Arts"}) == "rsa"
    assert J.journal_id({}) is None
    assert J.citation_line(PROFILE) == LINE
    assert J.citation_line({"journal-title": "Politics"}) == "Politics"
    assert J.citation_line({"journal-title": "Politics", "year": "2020"}) == "Politics, 2020"
    assert J.citation_line({"issn": "1234-5678"}) is None  # no journal, no line
    assert J.running(PROFILE) == "Journal of Student Research in Politics 12(3)"
    assert J.publisher({"journal-title": "Politics"}) == "Politics"


def test_unknown_profile_key_warns_and_is_dropped(tmp_path, capsys):
    path = tmp_path / "j.toml"
    path.write_text('jounal-title = "X"\nvolume = "12"\ncolour = "red"\n', encoding="utf-8")
    profile = load_profile(str(path))
    assert profile == {"volume": "12"}
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert lines[0] == (f"essayconv: {path}: warning: unknown profile key 'jounal-title', "
                        "ignored; did you mean 'journal-title'?")
    assert lines[1].startswith(f"essayconv: {path}: warning: unknown profile key 'colour'")
    assert "journal-title" in lines[1]  # the known keys are listed


def test_default_profile_has_no_unknown_keys(capsys):
    load_profile(None)
    assert capsys.readouterr().err == ""


def test_html_line_over_title_and_citation_tags():
    root = etree.fromstring(write("html", PROFILE).encode())
    header = root.find(".//h:header", XHTML)
    assert header[0].get("class") == "journal" and header[0].text == LINE
    assert etree.QName(header[1]).localname == "h1"
    tags = {m.get("name"): m.get("content") for m in root.iterfind(".//h:meta[@name]", XHTML)}
    assert tags["citation_journal_title"] == "Journal of Student Research in Politics"
    assert tags["citation_issn"] == "1234-5678"
    assert tags["citation_volume"] == "12" and tags["citation_issue"] == "3"
    assert tags["citation_publisher"] == "Example University Press"


def test_without_a_profile_nothing_changes():
    html = write("html")
    assert 'class="journal"' not in html and "citation_" not in html
    assert write("html", {"reference-heading": "References"}).count('class="journal"') == 0
    tei = etree.fromstring(write("tei"))
    statement = tei.find(".//t:publicationStmt", TEI)
    assert statement[0].text == "Unpublished; converted by essayconv."
    assert tei.find(".//t:seriesStmt", TEI) is None
    jats = etree.fromstring(write("jats"))
    assert jats.findtext(".//journal-id") == "[journal id]"
    assert jats.find(".//article-meta/volume") is None
    package = zipfile.ZipFile(io.BytesIO(write("epub"))).read("EPUB/package.opf")
    assert b"dc:publisher" not in package and b"belongs-to-collection" not in package


def test_pdf_first_page_line_and_running_foot():
    reader = PdfReader(io.BytesIO(write("pdf", PROFILE, "seed")))  # several pages
    first = reader.pages[0].extract_text()
    assert LINE in " ".join(first.split())
    assert "Journal of Student Research in Politics 12(3)" not in first  # no foot on page 1
    assert len(reader.pages) > 1
    assert "Journal of Student Research in Politics 12(3)" in reader.pages[1].extract_text()


def test_docx_first_line_and_core_properties():
    document = docx.Document(io.BytesIO(write("docx", PROFILE)))
    assert document.paragraphs[0].text == LINE
    assert document.core_properties.category == "Journal of Student Research in Politics"
    assert document.core_properties.subject == LINE  # the sample gives no subject of its own


def test_epub_publisher_source_and_collection():
    data = write("epub", PROFILE)
    opf = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("EPUB/package.opf"))
    ns = {"dc": "http://purl.org/dc/elements/1.1/", "o": "http://www.idpf.org/2007/opf"}
    assert opf.findtext(".//dc:publisher", namespaces=ns) == "Example University Press"
    assert opf.findtext(".//dc:source", namespaces=ns) == LINE
    collection = opf.find(".//o:meta[@property='belongs-to-collection']", ns)
    assert collection.text == "Journal of Student Research in Politics"
    kind = opf.find(".//o:meta[@property='collection-type']", ns)
    assert kind.text == "series" and kind.get("refines") == "#" + collection.get("id")
    assert V.validate_bytes(data, "epub") == []


def test_tei_publication_and_series_statements():
    data = write("tei", PROFILE)
    root = etree.fromstring(data)
    statement = root.find(".//t:publicationStmt", TEI)
    assert statement.findtext("t:publisher", namespaces=TEI) == "Example University Press"
    assert statement.findtext("t:idno[@type='ISSN']", namespaces=TEI) == "1234-5678"
    assert "Unpublished" not in etree.tostring(statement, encoding="unicode")
    series = root.find(".//t:fileDesc/t:seriesStmt", TEI)
    assert series.findtext("t:title[@level='j']", namespaces=TEI) == PROFILE["journal-title"]
    assert series.findtext("t:biblScope[@unit='volume']", namespaces=TEI) == "12"
    assert series.findtext("t:biblScope[@unit='issue']", namespaces=TEI) == "3"
    schema = V.tei_schema()
    assert schema.validate(root), schema.error_log.filter_from_errors()[:5]


def test_jats_journal_id_volume_issue():
    data = write("jats", PROFILE)
    root = etree.fromstring(data)
    assert root.findtext(".//journal-meta/journal-id") == "jsrp"
    assert root.findtext(".//journal-meta/issn") == "1234-5678"
    meta = root.find(".//article-meta")
    assert meta.findtext("volume") == "12" and meta.findtext("issue") == "3"
    assert meta.findtext("pub-date[@date-type='collection']/year") == "2024"
    dtd = V.jats_dtd()
    assert dtd.validate(root), dtd.error_log.filter_from_errors()[:5]
    assert V.validate_bytes(data, "jats") == []
