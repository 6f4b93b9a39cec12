"""A citation of several works: each work's part links to its own reference-list entry.

"(Des Forges, 1999, pp. 31–40; Prunier, 1997, pp. 61–62)" is two links, one to each entry,
in HTML, PDF, EPUB and DOCX (JATS says it with rid="desforges1999 prunier1997"); the
brackets and the delimiter stay outside the links.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader

from essayconv import tree as T
from essayconv.pipeline import enrich, read
from essayconv.writers import WriteOptions
from essayconv.writers.docx import DocxWriter
from essayconv.writers.epub import EpubWriter
from essayconv.writers.html import html_document
from essayconv.writers.pdf import PdfWriter

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "enriched-sample.xml"
SEED = ROOT / "input" / "never-again-yet-again.txt"
X = {"h": "http://www.w3.org/1999/xhtml"}
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TWO = "(Des Forges, 1999, pp. 31–40; Prunier, 1997, pp. 61–62)"


def sample() -> etree._Element:
    return etree.parse(str(SAMPLE)).getroot()


@pytest.fixture(scope="module")
def seed() -> etree._Element:
    return enrich(read(SEED), WriteOptions())


def text(node: etree._Element) -> str:
    return re.sub(r"\s+", " ", "".join(node.itertext())).strip()


def html_cites(essay: etree._Element, target: str = "web") -> list[etree._Element]:
    root = etree.fromstring(html_document(essay, WriteOptions(), target=target).encode())
    return root.xpath("//h:cite", namespaces=X)


def links(cite: etree._Element) -> list[tuple[str, str]]:
    """(href, text) of each link inside one rendered citation."""
    return [(a.get("href"), text(a)) for a in cite.iterfind("h:a", X)]


def cite_with_text(cites: list[etree._Element], wanted: str) -> etree._Element:
    (found,) = [cite for cite in cites if text(cite) == wanted]
    return found


def two_work_note(essay: etree._Element) -> etree._Element:
    (note,) = [n for n in T.findall(essay, "notes/note") if n.get("id") == "n2"]
    return note


# --- HTML, PDF, EPUB ---------------------------------------------------------------------
@pytest.mark.parametrize("target", ["web", "pdf", "epub"])
def test_each_work_of_a_citation_links_to_its_own_entry(target):
    cite = cite_with_text(html_cites(sample(), target), TWO)
    assert links(cite) == [("#ref-desforges1999", "Des Forges, 1999, pp. 31–40"),
                           ("#ref-prunier1997", "Prunier, 1997, pp. 61–62")]
    # the brackets and the delimiter are the citation's own text, outside the links
    assert cite.text == "("
    assert [a.tail for a in cite.iterfind("h:a", X)] == ["; ", ")"]


def test_a_citation_of_one_work_is_still_one_link():
    cite = cite_with_text(html_cites(sample()), "(United Nations, 1999, p. 3)")
    assert links(cite) == [("#ref-unitednations1999", "(United Nations, 1999, p. 3)")]


def test_seed_prunier_and_melvern_each_link_to_their_entry(seed):
    cites = html_cites(seed)
    cite = cite_with_text(cites, "(Prunier, 1997, pp. 100–102; Melvern, 2000, pp. 56–62)")
    assert links(cite) == [("#ref-prunier1997", "Prunier, 1997, pp. 100–102"),
                           ("#ref-melvern2000", "Melvern, 2000, pp. 56–62")]
    cite = cite_with_text(cites, "(Des Forges, 1999, pp. 31–40; Gourevitch, 1998, pp. 47–54)")
    assert [href for href, _ in links(cite)] == ["#ref-desforges1999", "#ref-gourevitch1998"]
    # no link of the seed spans two works any more
    assert not [a for c in cites for a in c.iterfind("h:a", X) if "; " in text(a)]


def test_seed_words_with_no_work_stay_plain_text(seed):
    cite = cite_with_text(html_cites(seed), "(Power, 2002, pp. 329–389; declassified U.S. State "
                                            "Department documents (1994))")
    assert links(cite) == [("#ref-power2002", "Power, 2002, pp. 329–389")]
    assert cite[-1].tail == "; declassified U.S. State Department documents (1994))"


def test_pdf_links_point_at_each_entry():
    reader = PdfReader(io.BytesIO(PdfWriter().write(sample(), WriteOptions())))
    destinations = [str(a.get_object().get("/Dest")) for page in reader.pages
                    for a in page.get("/Annots", [])]
    # a link broken over two lines is two annotations with one destination: count it once
    merged = [d for i, d in enumerate(destinations) if i == 0 or d != destinations[i - 1]]
    assert merged == ["ref-prunier1997", "ref-desforges1999", "ref-prunier1997",
                      "ref-unitednations1999", "ref-prunier1997"]


def test_epub_content_links_each_work():
    with zipfile.ZipFile(io.BytesIO(EpubWriter().write(sample(), WriteOptions()))) as archive:
        content = etree.fromstring(archive.read("EPUB/essay.xhtml"))
    cite = cite_with_text(content.xpath("//h:cite", namespaces=X), TWO)
    assert links(cite) == [("#ref-desforges1999", "Des Forges, 1999, pp. 31–40"),
                           ("#ref-prunier1997", "Prunier, 1997, pp. 61–62")]


# --- when the cluster cannot be cut safely: one link to the first work, as before --------
def test_a_style_that_reorders_the_cites_keeps_one_link():
    essay = sample()
    T.find(two_work_note(essay), "rendered").text = "(Prunier, 1997, pp. 61–62; Des Forges, " \
                                                    "1999, pp. 31–40)"
    cite = cite_with_text(html_cites(essay), "(Prunier, 1997, pp. 61–62; Des Forges, 1999, "
                                             "pp. 31–40)")
    assert links(cite) == [("#ref-desforges1999",
                            "(Prunier, 1997, pp. 61–62; Des Forges, 1999, pp. 31–40)")]


def test_a_style_that_merges_the_cites_keeps_one_link():
    essay = sample()
    T.find(two_work_note(essay), "rendered").text = "(Des Forges, 1999, pp. 31–40, Prunier 1997)"
    cite = cite_with_text(html_cites(essay), "(Des Forges, 1999, pp. 31–40, Prunier 1997)")
    assert [href for href, _ in links(cite)] == ["#ref-desforges1999"]


def test_formatting_across_the_delimiter_is_kept_on_both_sides():
    essay = sample()
    rendered = T.find(two_work_note(essay), "rendered")
    rendered.text = "(Des Forges, 1999, "
    em = T.sub(rendered, "em", "pp. 31–40; Prunier")
    em.tail = ", 1997, pp. 61–62)"
    cite = cite_with_text(html_cites(essay), TWO)
    first, second = cite.iterfind("h:a", X)
    assert (first.get("href"), first.text, first[0].text) == (
        "#ref-desforges1999", "Des Forges, 1999, ", "pp. 31–40")
    assert (second.get("href"), second[0].text, second[0].tail) == (
        "#ref-prunier1997", "Prunier", ", 1997, pp. 61–62")
    assert [etree.QName(node).localname for node in (first[0], second[0])] == ["em", "em"]


# --- DOCX --------------------------------------------------------------------------------
def docx_links(data: bytes, wanted: str) -> tuple[str, list[tuple[str, str]]]:
    """The paragraph holding wanted, with each hyperlink as <anchor|text>; and the links."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    for paragraph in body.iter(f"{{{W}}}p"):
        shown, found = [], []
        for child in paragraph:
            words = "".join(child.itertext())
            if etree.QName(child).localname == "hyperlink":
                found.append((child.get(f"{{{W}}}anchor"), words))
                words = f"<{child.get(f'{{{W}}}anchor')}|{words}>"
            shown.append(words)
        if wanted in "".join(t for t in paragraph.itertext()):
            return "".join(shown), found
    raise AssertionError(f"{wanted} not in the document")


def test_docx_each_work_is_an_internal_hyperlink_to_its_bookmark():
    data = DocxWriter().write(sample(), WriteOptions())
    shown, found = docx_links(data, TWO)
    assert ("identity cards (<ref_desforges1999|Des Forges, 1999, pp. 31–40>; "
            "<ref_prunier1997|Prunier, 1997, pp. 61–62>).") in shown
    assert found == [("ref_prunier1997", "(Prunier, 1997, pp. 23–40)"),
                     ("ref_desforges1999", "Des Forges, 1999, pp. 31–40"),
                     ("ref_prunier1997", "Prunier, 1997, pp. 61–62")]


def test_docx_seed_prunier_and_melvern(seed):
    data = DocxWriter().write(copy.deepcopy(seed), WriteOptions())
    shown, _ = docx_links(data, "(Prunier, 1997, pp. 100–102; Melvern, 2000, pp. 56–62)")
    assert ("(<ref_prunier1997|Prunier, 1997, pp. 100–102>; "
            "<ref_melvern2000|Melvern, 2000, pp. 56–62>)") in shown


def test_a_co_author_never_takes_the_other_works_link():
    """A style that sorts cites: 'Adams & Smith, 2000' comes first; Smith's own work must not
    claim that part because Smith is named in it."""
    from essayconv.works import work_element
    from essayconv.writers.view import _first_name, _names_work

    smith = work_element({"id": "smith2000", "type": "book", "author": [{"family": "Smith"}],
                          "issued": {"date-parts": [[2000]]}, "title": "The Rising Sea"})
    adams = work_element({"id": "adams2000", "type": "book", "author": [
        {"family": "Adams"}, {"family": "Smith"}], "issued": {"date-parts": [[2000]]},
        "title": "Tides"})
    firsts = [_first_name(smith), _first_name(adams)]
    assert not _names_work("Adams & Smith, 2000, p. 9", smith, firsts)
    assert _names_work("Adams & Smith, 2000, p. 9", adams, firsts)
    assert _names_work("see Smith, 2000, p. 4", smith, firsts)
