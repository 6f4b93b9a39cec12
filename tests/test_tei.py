"""The TEI writer: valid against TEI P5 tei_all, every repair recorded, biblStruct references."""

from __future__ import annotations

import copy

import pytest
from lxml import etree

from essayconv import tree as T
from essayconv import validate as V
from essayconv.writers import WriteOptions
from essayconv.writers.tei import TeiWriter

from validators import cite_count, text, trees

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NAMES = ["sample", "seed", "seed-notes", "seed-raw", "03", "04", "05"]


@pytest.fixture(scope="module")
def schema() -> etree.RelaxNG:
    """tei_all, compiled once (about 15 s)."""
    return V.tei_schema()


@pytest.fixture(scope="module")
def outputs() -> dict[str, bytes]:
    writer = TeiWriter()
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SOURCE_DATE_EPOCH", raising=False)
        return {name: writer.write(trees()[name], WriteOptions()) for name in NAMES}


def root(outputs: dict[str, bytes], name: str) -> etree._Element:
    return etree.fromstring(outputs[name])


@pytest.mark.parametrize("name", NAMES)
def test_output_is_valid_tei_all(outputs, schema, name):
    data = outputs[name]
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-model ')
    document = etree.fromstring(data)
    assert schema.validate(document), schema.error_log.filter_from_errors()[:5]


@pytest.mark.parametrize("name", NAMES)
def test_every_pointer_resolves(outputs, name):
    document = root(outputs, name)
    ids = set(document.xpath("//@xml:id"))
    for target in document.xpath("//t:ref/@target | //t:change/@who", namespaces=NS):
        if target.startswith("#"):
            assert {t[1:] for t in target.split()} <= ids, target


def test_sample_biblstruct_for_a_book(outputs):
    bibl = root(outputs, "sample").xpath("//t:biblStruct[@xml:id='prunier1997']", namespaces=NS)
    assert len(bibl) == 1
    monogr = bibl[0].find("t:monogr", NS)
    assert bibl[0].find("t:analytic", NS) is None
    assert monogr.findtext("t:title[@level='m']", namespaces=NS) == \
        "The Rwanda crisis: history of a genocide"
    assert monogr.findtext("t:author/t:persName/t:surname", namespaces=NS) == "Prunier"
    assert monogr.findtext("t:author/t:persName/t:forename", namespaces=NS) == "G."
    assert monogr.findtext("t:imprint/t:pubPlace", namespaces=NS) == "London"
    assert monogr.findtext("t:imprint/t:publisher", namespaces=NS) == "Hurst & Company"
    assert monogr.find("t:imprint/t:date", NS).get("when") == "1997"


def test_organisation_author_is_an_orgname(outputs):
    bibl = root(outputs, "sample").xpath("//t:biblStruct[@xml:id='unitednations1999']",
                                         namespaces=NS)[0]
    assert bibl.findtext("t:monogr/t:author/t:orgName", namespaces=NS) == "United Nations"


def test_journal_article_has_analytic_and_journal_title(outputs):
    # Ingold 2007, "Materials Against Materiality", Archaeological Dialogues 14.1: 1-16.
    bibl = root(outputs, "04").xpath("//t:biblStruct[t:analytic/t:title[@level='a']"
                                     "[contains(., 'Materials Against Materiality')]]",
                                     namespaces=NS)
    assert len(bibl) == 1
    monogr = bibl[0].find("t:monogr", NS)
    assert monogr.findtext("t:title[@level='j']", namespaces=NS) == "Archaeological Dialogues"
    pages = monogr.find("t:biblScope[@unit='page']", NS)
    assert (pages.get("from"), pages.get("to")) == ("1", "16")


def test_a_range_of_years_is_a_from_to_date(outputs):
    # Hornblower, S. (1991-2008). A Commentary of Thucydides. Oxford: Oxford University Press.
    (bibl,) = root(outputs, "05").xpath("//t:biblStruct[.//t:title[starts-with(., "
                                        "'A Commentary of Thucydides')]]", namespaces=NS)
    date = bibl.find("t:monogr/t:imprint/t:date", NS)
    assert (date.text, date.get("from"), date.get("to"), date.get("when")) == \
        ("1991\u20132008", "1991", "2008", None)


def test_sample_author_date_citations_link_to_the_bibliography(outputs):
    document = root(outputs, "sample")
    refs = document.xpath("//t:body//t:ref[@type='citation']", namespaces=NS)
    assert [r.get("target") for r in refs] == [
        "#prunier1997", "#desforges1999 #prunier1997", "#unitednations1999", "#prunier1997"]
    assert text(refs[0]) == "(Prunier, 1997, pp. 23–40)"
    notes = document.xpath("//t:body//t:note[@place='foot']", namespaces=NS)
    assert [text(n) for n in notes] == ["Executive summary."]
    assert notes[0].getprevious() is refs[2]


def test_sample_header(outputs):
    header = root(outputs, "sample").find("t:teiHeader", NS)
    stmt = header.find("t:fileDesc/t:titleStmt", NS)
    assert stmt.findtext("t:title", namespaces=NS) == \
        "“Never Again”: A Sample Essay on Diplomacy"
    assert stmt.findtext("t:author/t:persName/t:surname", namespaces=NS) == "Author"
    assert stmt.findtext("t:author/t:persName/t:forename", namespaces=NS) == "Jane Q."
    assert stmt.findtext("t:author/t:email", namespaces=NS) == "jane@example.org"
    source = header.find("t:fileDesc/t:sourceDesc/t:p", NS)
    assert source.findtext("t:name[@type='file']", namespaces=NS) == "sample.txt"
    assert header.find("t:encodingDesc/t:appInfo/t:application", NS).get("ident") == "essayconv"
    assert header.find("t:profileDesc/t:langUsage/t:language", NS).get("ident") == "en"


def test_sample_revision_desc_records_each_repair(outputs):
    changes = root(outputs, "sample").findall("t:teiHeader/t:revisionDesc/t:change", NS)
    assert len(changes) == 2
    dropped, glued = changes
    assert dropped.get("n") == "drop-web-junk" and dropped.get("who") == "#essayconv"
    assert dropped.findtext("t:num[@type='line']", namespaces=NS) == "3"
    assert dropped.findtext("t:del", namespaces=NS) == "- 1 day ago"
    assert glued.findtext("t:label", namespaces=NS) == "glued-words"
    assert glued.findtext("t:subst/t:del", namespaces=NS) == "forUNAMIR'sR"
    assert glued.findtext("t:subst/t:add", namespaces=NS) == "for UNAMIR's"


@pytest.mark.parametrize("name", ["seed", "03", "04", "05"])
def test_one_change_per_tree_change(outputs, name):
    expected = T.findall(trees()[name], "changes/change")
    changes = root(outputs, name).findall("t:teiHeader/t:revisionDesc/t:change", NS)
    assert len(changes) == len(expected) > 0
    assert [c.get("n") for c in changes] == [c.get("rule") for c in expected]


def test_seed_body_and_bibliography(outputs):
    document = root(outputs, "seed")
    assert len(document.findall("t:text/t:body/t:div", NS)) == 6
    bibl = document.xpath("//t:div[@type='bibliography']/t:listBibl/t:biblStruct", namespaces=NS)
    assert len(bibl) == len(T.findall(trees()["seed"], "works/work"))
    assert document.xpath("//t:div[@type='bibliography']/t:head", namespaces=NS)[0].text


def test_notes_mode_makes_one_footnote_per_marker(outputs):
    notes = root(outputs, "seed-notes").xpath("//t:body//t:note[@place='foot']", namespaces=NS)
    assert len(notes) == cite_count(trees()["seed-notes"])
    assert [n.get("n") for n in notes[:3]] == ["1", "2", "3"]
    first = notes[0].find("t:ref", NS)
    assert first.get("target") == "#prunier1997"
    assert "The Rwanda crisis" in text(first)


def test_raw_mode_links_markers_to_the_notes_list(outputs):
    document = root(outputs, "seed-raw")
    first = document.xpath("//t:body//t:ref", namespaces=NS)[0]
    assert (first.text, first.get("target")) == ("[1]", "#note-1")
    notes = document.xpath("//t:back/t:div[@type='notes']/t:note", namespaces=NS)
    assert len(notes) == 67
    assert notes[0].get(XML_ID) == "note-1"
    assert notes[0].text.startswith("Prunier, G. (1997) The Rwanda crisis")
    assert document.xpath("//t:back/t:div[@type='notes']/t:head", namespaces=NS)[0].text == \
        "Works Cited"


def test_captions_lists_and_credits(outputs):
    document = root(outputs, "03")
    heads = document.xpath("//t:body//t:figure/t:head", namespaces=NS)
    assert heads[0].text == "Figure 1. Model Workflow."
    items = document.xpath("//t:body//t:list[1]/t:item", namespaces=NS)
    assert [i.get("n") for i in items[:3]] == ["a)", "b)", "c)"]  # the typed markers
    assert items[0].text.startswith("data acquisition")
    assert items[0].getparent().get("rend") == "numbered"
    credits = document.xpath("//t:back/t:div[@type='credits']/t:p", namespaces=NS)
    assert credits[0].text.startswith("Cover Image")


def test_received_date_dates_the_document(outputs, monkeypatch):
    # "Received Feburary 20 2019" (sic): the month is read from its first three letters.
    dates = root(outputs, "03").xpath("//t:publicationStmt//t:date/@when", namespaces=NS)
    assert dates == ["2019-02-20"]
    assert not root(outputs, "seed").xpath("//t:publicationStmt//t:date", namespaces=NS)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    data = TeiWriter().write(trees()["seed"], WriteOptions())
    assert etree.fromstring(data).xpath("//t:publicationStmt//t:date/@when",
                                        namespaces=NS) == ["1970-01-02"]


def test_name_split_uses_the_citation_line(outputs):
    # "Citation: Dal Borgo, Manuela. 2019 …": the family name has two words.
    author = root(outputs, "05").find("t:teiHeader/t:fileDesc/t:titleStmt/t:author", NS)
    assert author.findtext("t:persName/t:surname", namespaces=NS) == "Dal Borgo"
    assert author.findtext("t:persName/t:forename", namespaces=NS) == "Manuela"


def test_output_is_deterministic_and_leaves_the_tree_alone(outputs, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = etree.tostring(trees()["seed"])
    assert TeiWriter().write(trees()["seed"], WriteOptions()) == outputs["seed"]
    assert etree.tostring(trees()["seed"]) == before


def test_unknown_tree_element_is_an_error():
    essay = copy.deepcopy(trees()["sample"])
    T.find(essay, "body/section/p").append(T.el("blink"))
    with pytest.raises(ValueError, match="unknown inline element"):
        TeiWriter().write(essay, WriteOptions())


def test_validator_reports_invalid_tei(outputs, schema):
    broken = outputs["sample"].replace(b"<listBibl>", b"<listBibl><foo/>")
    problems = V.validate_bytes(broken, "tei")
    assert problems and "foo" in problems[0]
    assert V.validate_bytes(outputs["sample"], "tei") == []


def test_uncited_notes_are_kept():
    # A note no marker points at (the reader missed its marker) is printed verbatim.
    essay = copy.deepcopy(trees()["sample"])
    for cite in list(essay.iter(T.q("cite"))):
        if cite.get("note") == "n3":
            cite.getparent().remove(cite)
    data = TeiWriter().write(essay, WriteOptions())
    notes = etree.fromstring(data).xpath("//t:back/t:div[@type='notes']/t:note", namespaces=NS)
    assert [(n.get(XML_ID), n.text) for n in notes] == [
        ("note-3", "United Nations (1999), p. 3 (executive summary).")]
    assert V.validate_bytes(data, "tei") == []
