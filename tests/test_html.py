"""The HTML writer: polyglot XHTML5 with semantic structure, linked citations and footnotes."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from lxml import etree

from essayconv import tree as T
from essayconv.errors import EssayconvError
from essayconv.writers import WriteOptions
from essayconv.writers.html import HtmlWriter, html_document, short_title

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "enriched-sample.xml"
CORPUS = ROOT / "tests" / "corpus"
NS = {"h": "http://www.w3.org/1999/xhtml", "epub": "http://www.idpf.org/2007/ops"}
VOID = ("meta", "link", "br", "hr", "img")


def parse(html: str) -> etree._Element:
    """Parse the document as XML (it must be well-formed) and return the <html> root."""
    assert html.startswith("<!DOCTYPE html>\n")
    return etree.fromstring(html.encode("utf-8"))


def text(node: etree._Element) -> str:
    return re.sub(r"\s+", " ", "".join(node.itertext())).strip()


@pytest.fixture(scope="module")
def sample() -> etree._Element:
    return etree.parse(str(SAMPLE)).getroot()


@pytest.fixture(scope="module")
def seed() -> etree._Element:
    from essayconv.pipeline import enrich, read

    return enrich(read(ROOT / "input" / "never-again-yet-again.txt"), WriteOptions())


@pytest.fixture(scope="module")
def sample_web(sample) -> etree._Element:
    return parse(HtmlWriter().write(sample, WriteOptions()))


def raw_copy(essay: etree._Element) -> etree._Element:
    """The essay as it is before citations: no bibliography, no rendered notes."""
    raw = copy.deepcopy(essay)
    for node in T.findall(raw, "bibliography") + T.findall(raw, "notes/note/rendered"):
        node.getparent().remove(node)
    return raw


def test_writer_contract():
    writer = HtmlWriter()
    assert (writer.name, writer.extension, writer.binary) == ("html", "html", False)


@pytest.mark.parametrize("target", ["web", "pdf", "epub"])
def test_polyglot_xhtml(sample, target):
    html = html_document(sample, WriteOptions(), target=target)
    root = parse(html)
    assert root.tag == "{http://www.w3.org/1999/xhtml}html"
    assert root.get("lang") == "en"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert not html.startswith("<?xml")
    # an HTML parser reads <p/> as an open tag: only void elements may self-close
    for tag in re.findall(r"<([a-z0-9]+)\b[^<>]*/>", html):
        assert tag in VOID, tag
    assert root.find("h:head/h:meta[@charset='utf-8']", NS) is not None


def test_epub_target_declares_epub_types(sample):
    html = html_document(sample, WriteOptions(), target="epub")
    assert 'xmlns:epub="http://www.idpf.org/2007/ops"' in html
    root = parse(html)
    assert root.xpath("//h:aside[@epub:type='footnote']", namespaces=NS)
    assert root.xpath("//h:a[@epub:type='noteref']", namespaces=NS)


def test_head_metadata(sample_web):
    head = sample_web.find("h:head", NS)
    assert head.findtext("h:title", namespaces=NS) == "“Never Again”: A Sample Essay on Diplomacy"
    meta = {m.get("name"): m.get("content") for m in head.findall("h:meta[@name]", NS)}
    assert meta["author"] == "Jane Q. Author"
    assert meta["description"].startswith("Rwanda simmered with ethnic tensions")
    assert meta["generator"].startswith("essayconv ")
    assert head.find("h:style", NS) is not None  # a standalone page: the stylesheet inline


def test_semantic_structure(sample_web):
    article = sample_web.find("h:body/h:article", NS)
    header = article.find("h:header", NS)
    assert text(header.find("h:h1", NS)) == "“Never Again”: A Sample Essay on Diplomacy"
    assert "Jane Q. Author" in text(header)
    assert text(header.find("h:aside", NS)).startswith("Jane Author is a student of politics")
    sections = article.findall("h:section[h:h2]", NS)
    headings = [text(s.find("h:h2", NS)) for s in sections]
    assert headings[:2] == ["Introduction: The Road to 1994", "The Build-Up"]
    assert text(sections[1].find("h:p", NS)).startswith("International efforts crumbled")


def test_citations_link_to_existing_references(sample_web):
    ids = set(sample_web.xpath("//@id"))
    citations = sample_web.xpath("//h:cite/h:a[@class='citation']", namespaces=NS)
    assert [text(a) for a in citations] == [
        "(Prunier, 1997, pp. 23–40)", "Des Forges, 1999, pp. 31–40", "Prunier, 1997, pp. 61–62",
        "(United Nations, 1999, p. 3)", "(Prunier, 1997, pp. 23–40)"]
    targets = {a.get("href") for a in citations}
    assert targets == {"#ref-prunier1997", "#ref-desforges1999", "#ref-unitednations1999"}
    for href in sample_web.xpath("//h:a/@href", namespaces=NS):
        if href.startswith("#"):
            assert href[1:] in ids, href
    # the marker was glued to the word before it: the parenthetical gets its space
    first = sample_web.find(".//h:section/h:p", NS)
    assert "post-independence politics (Prunier, 1997, pp. 23–40)." in text(first)


def test_bibliography_section(sample_web):
    (bib,) = sample_web.xpath("//h:section[@role='doc-bibliography']", namespaces=NS)
    assert text(bib.find("h:h2", NS)) == "Reference list"
    entries = bib.findall(".//h:li", NS)
    assert [e.get("id") for e in entries] == [
        "ref-desforges1999", "ref-prunier1997", "ref-unitednations1999"]
    assert text(entries[1]) == ("Prunier, G. (1997) The Rwanda crisis: history of a genocide. "
                                "London: Hurst & Company.")
    assert entries[1].find("h:em", NS).text == "The Rwanda crisis: history of a genocide"


def test_remark_becomes_a_footnote(sample_web):
    (note,) = sample_web.xpath("//h:aside[@role='doc-footnote']", namespaces=NS)
    assert "Executive summary." in text(note)
    (ref,) = sample_web.xpath("//h:a[@role='doc-noteref']", namespaces=NS)
    assert ref.get("href") == f"#{note.get('id')}"
    # the call sits right after the citation it annotates, in the third paragraph's text
    paragraph = ref.getparent().getparent()
    assert text(paragraph).startswith("The UN’s report flagged massacres")
    backlink = note.find(".//h:a[@role='doc-backlink']", NS)
    assert backlink.get("href") == f"#{ref.get('id')}"


def test_pdf_target_puts_footnotes_inline(sample):
    root = parse(html_document(sample, WriteOptions(), target="pdf"))
    notes = root.xpath("//h:span[contains(@class,'footnote')]", namespaces=NS)
    assert [text(n) for n in notes] == [
        "Jane Author is a student of politics at the University of Example. (jane@example.org)",
        "Executive summary."]
    assert notes[1].getparent().tag == "{http://www.w3.org/1999/xhtml}p"
    assert not root.xpath("//h:aside", namespaces=NS)
    assert root.find(".//h:h1", NS).get("data-short-title") == "“Never Again”"
    assert root.find("h:head/h:link[@rel='stylesheet']", NS).get("href") == "pdf.css"


def test_raw_mode_markers_and_notes_list(sample):
    root = parse(html_document(raw_copy(sample), WriteOptions()))
    markers = root.xpath("//h:section/h:p//h:a", namespaces=NS)
    assert [(a.get("href"), a.text) for a in markers] == [
        ("#note-1", "[1]"), ("#note-2", "[2]"), ("#note-3", "[3]"), ("#note-1", "[1]")]
    assert not root.xpath("//h:cite", namespaces=NS)
    (bib,) = root.xpath("//h:section[@role='doc-bibliography']", namespaces=NS)
    assert text(bib.find("h:h2", NS)) == "Works Cited"
    entries = bib.findall(".//h:li", NS)
    assert [e.get("id") for e in entries] == ["note-1", "note-2", "note-3"]
    assert text(entries[2]) == "[3] United Nations (1999), p. 3 (executive summary)."


def test_seed_every_section_paragraph_and_reference(seed):
    root = parse(HtmlWriter().write(seed, WriteOptions()))
    sections = root.xpath("//h:article/h:section[@id]", namespaces=NS)
    body = T.findall(seed, "body/section")
    for source, out in zip(body, sections, strict=False):
        assert out.get("id") == source.get("id")
        assert text(out.find("h:h2", NS)) == T.inline_text(T.find(source, "heading"))
        assert len(out.findall("h:p", NS)) == len(T.findall(source, "p"))
    ids = set(root.xpath("//@id"))
    for href in root.xpath("//h:a/@href", namespaces=NS):
        assert not href.startswith("#") or href[1:] in ids, href
    (bib,) = root.xpath("//h:section[@role='doc-bibliography']", namespaces=NS)
    entries = bib.findall(".//h:li", NS)
    expected = T.findall(seed, "bibliography/entry") or T.findall(seed, "notes/note")
    assert len(entries) == len(expected) > 10


def test_corpus_items_captions_sources_and_endmatter():
    from essayconv.pipeline import enrich, read

    essay = enrich(read(CORPUS / "03_epoiesen-york-papercraft-harvard.txt"), WriteOptions())
    root = parse(HtmlWriter().write(essay, WriteOptions()))
    (items,) = root.xpath("//h:ol[@class='items lower-alpha']", namespaces=NS)
    assert items.get("type") == "a" and items.get("start") is None  # 'a)', 'b)', 'c)'
    assert [text(li)[:4] for li in items] == ["data", "prin", "fina"]
    captions = root.xpath("//h:p[@class='caption']", namespaces=NS)
    assert text(captions[0]) == "Figure 1. Model Workflow."
    assert len(captions) == 9
    (bib,) = root.xpath("//h:section[@role='doc-bibliography']", namespaces=NS)
    assert len(bib.findall(".//h:li", NS)) == 7
    (credits,) = root.xpath("//h:section[@class='endmatter']", namespaces=NS)
    assert text(credits).startswith("Cover Image York Minster")
    assert credits.getparent()[-1] is credits  # the last part of the article


def test_bare_web_addresses_become_links(sample):
    essay = copy.deepcopy(sample)
    paragraph = T.find(essay, "body/section/p")
    paragraph.text = "See (https://example.org/a/b_(c)/) and www.example.net. " + paragraph.text
    root = parse(html_document(essay, WriteOptions()))
    links = root.xpath("//h:a[@class='url']", namespaces=NS)
    assert [(a.get("href"), a.text) for a in links] == [
        ("https://example.org/a/b_(c)/", "https://example.org/a/b_(c)/"),
        ("https://www.example.net", "www.example.net")]
    assert text(links[1].getparent()).startswith("See (https://example.org/a/b_(c)/) and www.")


def test_unknown_element_is_an_error(sample):
    broken = copy.deepcopy(sample)
    T.sub(T.find(broken, "body/section/p"), "blink", "!")
    with pytest.raises(EssayconvError, match="blink"):
        html_document(broken, WriteOptions())
    broken = copy.deepcopy(sample)
    broken.append(T.el("appendix"))
    with pytest.raises(EssayconvError, match="appendix"):
        html_document(broken, WriteOptions())


@pytest.mark.parametrize(("title", "short"), [
    ("“Never Again”, Yet Again: The Failure of Diplomacy", "“Never Again”, Yet Again"),
    ("No colon here", "No colon here"),
    ("A very long title without any colon that goes on and on and on forever and ever",
     "A very long title without any colon that goes on and on and…"),
])
def test_short_title(title, short):
    assert short_title(title) == short


def test_a_note_no_marker_cites_is_printed_as_written(sample):
    essay = copy.deepcopy(sample)
    for cite in list(essay.iter(T.q("cite"))):
        if cite.get("note") == "n3":
            cite.getparent().remove(cite)
    for target in ("web", "pdf"):
        root = parse(html_document(essay, WriteOptions(), target=target))
        (box,) = root.xpath("//h:section[@id='notes-list']", namespaces=NS)
        assert text(box.find("h:h2", NS)) == "Notes not cited in the text"
        assert [(li.get("id"), text(li)) for li in box.iter(f"{{{NS['h']}}}li")] == [
            ("note-3", "[3] United Nations (1999), p. 3 (executive summary).")]
    essay.set(T.XML_LANG, "fr")  # the writer's own headings follow the essay's language
    root = parse(html_document(essay, WriteOptions()))
    (box,) = root.xpath("//h:section[@id='notes-list']", namespaces=NS)
    assert text(box.find("h:h2", NS)) == "Notes non appelées dans le texte"
    assert not parse(html_document(sample, WriteOptions())).xpath(
        "//h:section[@id='notes-list']", namespaces=NS)  # every note cited: no such list
