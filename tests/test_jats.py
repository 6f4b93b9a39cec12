"""The JATS writer (valid against JATS 1.1 Journal Publishing) and the validate module."""

from __future__ import annotations

import copy
import io
import zipfile

import pytest
from lxml import etree

from essayconv import tree as T
from essayconv import validate as V
from essayconv.writers import WriteOptions
from essayconv.writers.jats import JatsWriter

from validators import ROOT, cite_count, text, trees

XLINK = "{http://www.w3.org/1999/xlink}href"
NAMES = ["sample", "seed", "seed-notes", "seed-raw", "03", "04", "05"]
PUBLIC_ID = "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.1 20151215//EN"


@pytest.fixture(scope="module")
def dtd() -> etree.DTD:
    return V.jats_dtd()


@pytest.fixture(scope="module")
def outputs() -> dict[str, bytes]:
    writer = JatsWriter()
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SOURCE_DATE_EPOCH", raising=False)
        return {name: writer.write(trees()[name], WriteOptions()) for name in NAMES}


def root(outputs: dict[str, bytes], name: str) -> etree._Element:
    return etree.fromstring(outputs[name])


@pytest.mark.parametrize("name", NAMES)
def test_output_is_valid_jats_publishing(outputs, dtd, name):
    document = etree.ElementTree(etree.fromstring(outputs[name]))
    assert document.docinfo.public_id == PUBLIC_ID
    assert document.docinfo.system_url == "JATS-journalpublishing1.dtd"
    assert dtd.validate(document), dtd.error_log.filter_from_errors()[:5]
    assert V.validate_bytes(outputs[name], "jats") == []
    article = document.getroot()
    assert article.get("article-type") == "research-article"
    assert article.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_citation_resolves_to_a_book_reference(outputs):
    document = root(outputs, "sample")
    xref = document.xpath("//body//xref[@ref-type='bibr'][@rid='prunier1997']")
    assert len(xref) == 2
    assert text(xref[0]) == "(Prunier, 1997, pp. 23–40)"
    ref = document.xpath("//back/ref-list/ref[@id='prunier1997']")
    assert len(ref) == 1
    cite = ref[0].find("element-citation")
    assert cite.get("publication-type") == "book"
    group = cite.find("person-group")
    assert group.get("person-group-type") == "author"
    assert group.findtext("name/surname") == "Prunier"
    assert group.findtext("name/given-names") == "G."
    assert cite.findtext("source") == "The Rwanda crisis: history of a genocide"
    assert cite.findtext("year") == "1997"
    assert cite.findtext("publisher-loc") == "London"
    assert cite.findtext("publisher-name") == "Hurst & Company"


def test_two_works_in_one_citation(outputs):
    xref = root(outputs, "sample").xpath("//body//xref[@ref-type='bibr']")[1]
    assert xref.get("rid") == "desforges1999 prunier1997"


def test_remark_becomes_a_footnote(outputs):
    document = root(outputs, "sample")
    fns = document.xpath("//back/fn-group/fn")
    assert [text(fn.find("p")) for fn in fns] == ["Executive summary."]
    mark = document.xpath(f"//body//xref[@ref-type='fn'][@rid='{fns[0].get('id')}']")
    assert len(mark) == 1
    assert mark[0].getprevious().get("rid") == "unitednations1999"


def test_organisation_author_is_a_collab(outputs):
    ref = root(outputs, "sample").xpath("//ref[@id='unitednations1999']")[0]
    assert ref.findtext("element-citation/person-group/collab") == "United Nations"
    assert ref.find("element-citation").get("publication-type") == "report"


def test_journal_article(outputs):
    # Ingold, T. 2007 "Materials Against Materiality". Archaeological Dialogues 14.1: 1-16.
    cites = root(outputs, "04").xpath(
        "//element-citation[article-title[contains(., 'Materials Against Materiality')]]")
    assert len(cites) == 1
    assert cites[0].get("publication-type") == "journal"
    assert cites[0].findtext("source") == "Archaeological Dialogues"
    assert (cites[0].findtext("fpage"), cites[0].findtext("lpage")) == ("1", "16")


def test_article_number_is_an_elocation_id(outputs):
    # Richardson, L., 2013. A Digital Public Archaeology?. Papers from the Institute of
    # Archaeology, 23(1), p.Art. 10. DOI: http://doi.org/10.5334/pia.431
    cites = root(outputs, "03").xpath(
        "//element-citation[article-title[contains(., 'Digital Public Archaeology')]]")
    assert [c.findtext("elocation-id") for c in cites] == ["10"]
    assert cites[0].find("fpage") is None and cites[0].find("comment") is None


def test_a_range_of_years_prints_whole(outputs):
    # Hornblower, S. (1991-2008). A Commentary of Thucydides. Oxford: Oxford University Press.
    (cite,) = root(outputs, "05").xpath("//element-citation[starts-with(source, "
                                        "'A Commentary of Thucydides')]")
    assert cite.findtext("year") == "1991\u20132008"


def test_front_matter_placeholders_and_profile_values(outputs):
    journal = root(outputs, "sample").find("front/journal-meta")
    assert journal.findtext("journal-title-group/journal-title") == "[journal title]"
    assert journal.findtext("issn") == "[ISSN]"
    assert journal.findtext("publisher/publisher-name") == "[publisher name]"
    extra = {"journal-title": "Epoiesen", "issn": "2561-0546", "publisher-name": "Carleton"}
    data = JatsWriter().write(trees()["sample"], WriteOptions(extra=extra))
    assert V.validate_bytes(data, "jats") == []
    journal = etree.fromstring(data).find("front/journal-meta")
    assert journal.findtext("journal-title-group/journal-title") == "Epoiesen"
    assert journal.findtext("issn") == "2561-0546"
    assert journal.findtext("publisher/publisher-name") == "Carleton"


def test_contributor(outputs):
    contrib = root(outputs, "seed").find("front/article-meta/contrib-group/contrib")
    assert contrib.get("contrib-type") == "author"
    assert contrib.findtext("name/surname") == "Cardot"
    assert contrib.findtext("name/given-names") == "Lou E."
    assert contrib.findtext("email") == "lou@cardot.me"
    assert text(contrib.find("bio/p")).startswith("Lou Cardot is a third-year student")
    contrib = root(outputs, "05").find("front/article-meta/contrib-group/contrib")
    assert contrib.findtext("name/surname") == "Dal Borgo"
    orcid = root(outputs, "03").find("front/article-meta/contrib-group/contrib/contrib-id")
    assert orcid.text == "https://orcid.org/0000-0001-8360-8684"


def test_dates(outputs):
    meta = root(outputs, "03").find("front/article-meta")
    pub = meta.find("pub-date")
    assert (pub.findtext("day"), pub.findtext("month"), pub.findtext("year")) == \
        ("20", "02", "2019")
    assert meta.find("history/date[@date-type='received']").get("iso-8601-date") == "2019-02-20"
    # No received date and no date option: a marked placeholder, never the clock.
    assert root(outputs, "seed").findtext("front/article-meta/pub-date/year") == "[year]"
    data = JatsWriter().write(trees()["seed"], WriteOptions(extra={"date": "2025-03-04"}))
    assert etree.fromstring(data).find("front/article-meta/pub-date").get("iso-8601-date") == \
        "2025-03-04"


def test_sections(outputs):
    body = root(outputs, "seed").find("body")
    assert [s.findtext("title") for s in body.findall("sec")][:2] == [
        "Introduction: Rwanda’s Ethnic Fracture and the Road to 1994",
        "The Build-Up: Diplomatic Stumbles and Covered Warnings"]
    body = root(outputs, "03").find("body")
    assert body.find("p") is not None  # the untitled first section
    assert body.xpath("sec//list/list-item/p")[0].text.startswith("data acquisition")
    assert body.xpath("sec//list")[0].get("list-type") == "alpha-lower"  # 'a)', 'b)', 'c)'
    assert body.xpath("sec//list/list-item/label") == []  # it starts at a)
    assert body.xpath(".//fig/caption/p")[0].text == "Figure 1. Model Workflow."


def test_notes_mode(outputs):
    document = root(outputs, "seed-notes")
    marks = document.xpath("//body//xref[@ref-type='fn']")
    fns = document.xpath("//back/fn-group/fn")
    assert len(marks) == len(fns) == cite_count(trees()["seed-notes"])
    assert fns[0].findtext("label") == "1"
    assert fns[0].find("p/xref").get("rid") == "prunier1997"


def test_raw_mode(outputs):
    document = root(outputs, "seed-raw")
    first = document.xpath("//body//xref")[0]
    assert (first.get("ref-type"), first.get("rid"), first.text) == ("fn", "note-1", "[1]")
    group = document.find("back/fn-group")
    assert group.findtext("title") == "Works Cited"
    assert len(group.findall("fn")) == 67
    assert group.find("fn").findtext("p").startswith("Prunier, G. (1997)")


def test_uncited_notes_are_kept():
    # A note no marker points at (the reader missed its marker) is printed verbatim.
    essay = copy.deepcopy(trees()["sample"])
    for cite in list(essay.iter(T.q("cite"))):
        if cite.get("note") == "n3":
            cite.getparent().remove(cite)
    data = JatsWriter().write(essay, WriteOptions())
    assert V.validate_bytes(data, "jats") == []
    fns = etree.fromstring(data).xpath("//back/fn-group[title='Works Cited']/fn")
    assert [(fn.get("id"), fn.findtext("p")) for fn in fns] == [
        ("note-3", "United Nations (1999), p. 3 (executive summary).")]


def test_links_in_references(outputs):
    links = root(outputs, "03").xpath("//ref//ext-link")
    assert links and all(link.get(XLINK) == link.text for link in links)


def test_deterministic(outputs, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert JatsWriter().write(trees()["seed"], WriteOptions()) == outputs["seed"]


def test_unknown_tree_element_is_an_error():
    essay = copy.deepcopy(trees()["sample"])
    T.find(essay, "body/section").append(T.el("figure"))
    with pytest.raises(ValueError, match="unknown element in section"):
        JatsWriter().write(essay, WriteOptions())


# ------------------------------------------------------------------ essayconv.validate
def test_validator_reports_invalid_jats(outputs):
    broken = outputs["sample"].replace(b'rid="prunier1997"', b'rid="nowhere"', 1)
    problems = V.validate_bytes(broken, "jats")
    assert any("nowhere" in p for p in problems)
    assert V.validate_bytes(b"<article>", "jats")[0].startswith("document.jats.xml: not well")


def test_kind_of():
    assert V.kind_of("out/x.tei.xml") == "tei"
    assert V.kind_of("x.JATS.xml") == "jats"
    assert V.kind_of("x.xml") == "xml"
    assert V.kind_of("x.epub") == "epub"
    assert V.kind_of("x.txt") is None


def test_validate_file(tmp_path):
    assert V.validate_file(ROOT / "tests" / "data" / "enriched-sample.xml") == []
    missing = tmp_path / "missing.pdf"
    assert V.validate_file(missing) == [f"{missing}: no such file"]
    bad = tmp_path / "bad.xml"
    bad.write_text('<essay xmlns="urn:essayconv:essay:1"/>')
    assert "essay tree invalid" in V.validate_file(bad)[0]


def test_validate_docx_and_pdf(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Hello from a test.")
    stream = io.BytesIO()
    document.save(stream)
    assert V.validate_bytes(stream.getvalue(), "docx") == []
    assert V.validate_bytes(b"not a zip", "docx")
    assert V.validate_bytes(b"%PDF-1.4 broken", "pdf")


def test_validate_epub_reports_errors():
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
    problems = V.validate_bytes(stream.getvalue(), "epub")
    assert problems and any("ERROR" in p or "FATAL" in p for p in problems)


def test_history_dates_and_the_published_date(tmp_path):
    from essayconv.writers.jats import JatsWriter

    from validators import enriched

    essay = enriched(tmp_path, "Flood Memory\nHannah Whitfield\nReceived: 14 March 2024 / "
                     "Accepted: 2 September 2024\nPublished: 1 October 2024\n\nIntroduction\n"
                     "Floods matter (Adger, 2003).\n\nReferences\nAdger, W.N. (2003) Social "
                     "capital. Economic Geography, 79(4), pp. 387–404.\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SOURCE_DATE_EPOCH", raising=False)
        jats = etree.fromstring(JatsWriter().write(essay, WriteOptions()))
    # both dates of one 'Received … / Accepted …' line go to the history; the publication
    # date is the published one, never the received
    assert [(d.get("date-type"), d.get("iso-8601-date"))
            for d in jats.iterfind(".//history/date")] == [
        ("received", "2024-03-14"), ("accepted", "2024-09-02")]
    assert jats.find(".//pub-date").get("iso-8601-date") == "2024-10-01"


def test_a_footnote_citation_with_a_web_address_stays_valid_jats(tmp_path):
    # an xref holds no ext-link: the address is kept as text inside the citation's xref
    from essayconv.pipeline import Options, convert
    from essayconv.validate import validate_file
    from essayconv.writers import WriteOptions

    path = tmp_path / "blogs.txt"
    path.write_text(
        "A Short Essay on Blogs and Law\nJane Doe\n\nBlogs matter for legal commentary.[1] "
        "Some think this is bad for scholarship.[2]\n\nNotes\n[1] Mark Elliott, 'The Judgment' "
        "(Public Law for Everyone, 24 September 2019) <https://publiclawforeveryone.com/x/> "
        "accessed 3 March 2024.\n[2] ibid.\n", encoding="utf-8")
    for mode in ("notes", "author-date"):
        [written] = convert(path, Options(formats=["jats"], outdir=tmp_path / mode,
                                          write=WriteOptions(citations=mode)))
        assert validate_file(written) == []
        assert "publiclawforeveryone.com/x/" in written.read_text(encoding="utf-8")
