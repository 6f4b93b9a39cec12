"""Small defects of the audit: acronyms in small-capital titles, a place completing a title,
a series' number in RIS and JATS, markdown asterisks in titles, end matter headings."""

from __future__ import annotations

import pytest

from essayconv.references import parse_reference
from essayconv.references.smallcaps import name_case, title_case


@pytest.mark.parametrize("text, expected", [
    ("NATO AND THE UN", "NATO and the UN"),
    ("THE FBI AND THE CIA", "The FBI and the CIA"),
    ("REFORMING THE NHS", "Reforming the NHS"),  # no vowel: an acronym
    ("THE BBC-NATO PACT", "The BBC-NATO Pact"),
    ("THE U.S. CONSTITUTION", "The U.S. Constitution"),
])
def test_acronyms_in_a_small_capitals_title_stay_capitals(text, expected):
    assert title_case(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("THE WAR", "The War"),
    ("WHO IS AFRAID OF THE LAW", "Who Is Afraid of the Law"),  # an English word
    ("LET US GO", "Let Us Go"),
    ("WHY MY GYM", "Why My Gym"),  # 'Y' is a vowel
    ("MR. SMITH GOES TO WASHINGTON", "Mr. Smith Goes to Washington"),
    ("THE MCDONALD CASE", "The McDonald Case"),
])
def test_words_of_capitals_that_are_no_acronyms_are_title_cased(text, expected):
    assert title_case(text) == expected


def test_a_surname_with_no_vowel_is_no_acronym():
    assert name_case("ANDREW NG") == "Andrew Ng"


@pytest.mark.parametrize("text, title, place", [
    ("Pérez, J. La novela en América Latina, Lima, 1990.", "La novela en América Latina",
     "Lima"),
    ("Pérez, J. La novela en América Latina, Lima, Perú, Editorial Horizonte, 1990.",
     "La novela en América Latina", "Lima, Perú"),
])
def test_a_place_completing_the_titles_phrase_is_the_titles(text, title, place):
    item = parse_reference(text)
    assert item["title"] == title
    assert item["publisher-place"] == place


@pytest.mark.parametrize("text, place", [
    ("Smith, J. A History of Rome. New York, Faber, 1990.", "New York"),
    ("Dupont, Jean, Histoire de la ville, Paris, Seuil, 1990.", "Paris"),
])
def test_a_place_after_the_titles_punctuation_stays_the_place(text, place):
    assert parse_reference(text)["publisher-place"] == place


@pytest.mark.parametrize("text", [
    "1. John Smith, *The Title* (London: Faber, 1999), p. 12.",
    "Smith, J. (1999) *The Title*. London: Faber.",
    "Smith, J. (1999) _The Title_. London: Faber.",
    "Smith, J. (1999) **The Title**. London: Faber.",
])
def test_markdown_emphasis_marks_never_reach_the_title(text):
    from essayconv.references import parse_note

    reference = parse_note(text)[0]["reference"]
    item = parse_reference(reference)
    assert item["title"] == "The Title"
    assert item["publisher"] == "Faber"


@pytest.mark.parametrize("text, expected", [
    ("Bao Q *, Zhao Y*, Renner A", "Bao Q *, Zhao Y*, Renner A"),  # author notes
    ("Furhmann, T.* & Blikstein, P.", "Furhmann, T.* & Blikstein, P."),
    ("Systems 5 (NIPS*92), pages 855-862", "Systems 5 (NIPS*92), pages 855-862"),
    ("Available at: http://x.org/a_b_c_d", "Available at: http://x.org/a_b_c_d"),
    ("Jones, B. *Nature* and its *discontents*.", "Jones, B. Nature and its discontents."),
])
def test_only_a_pair_around_words_is_an_emphasis_mark(text, expected):
    from essayconv.references.markdown import without_emphasis

    assert without_emphasis(text) == expected


_SERIES_BOOK = {"id": "lane1998", "type": "book", "title": "A Calendar of the Mill Papers",
                "collection-title": "Suffolk Record Society Publications",
                "collection-number": "41", "publisher": "Suffolk Record Society"}


def test_ris_exports_a_books_series_title_and_number():
    from essayconv.writers.ris import ris_record

    lines = ris_record(_SERIES_BOOK)
    assert "T3  - Suffolk Record Society Publications" in lines
    assert "M1  - 41" in lines  # Zotero's series number of a book


def test_ris_puts_a_chapters_series_number_in_sv_and_keeps_a_books_own_number():
    from essayconv.writers.ris import ris_record

    chapter = ris_record({**_SERIES_BOOK, "type": "chapter"})
    assert "SV  - 41" in chapter and not any(x.startswith("M1") for x in chapter)
    numbered = ris_record({**_SERIES_BOOK, "number": "7"})
    assert "M1  - 7" in numbered and "SV  - 41" in numbered


def test_ris_writes_no_series_number_without_a_series():
    from essayconv.writers.ris import ris_record

    case = ris_record({"id": "d", "type": "legal_case", "title": "Donoghue v Stevenson",
                       "container-title": "AC", "collection-number": "1932"})
    assert not any(x.startswith(("SV", "M1")) for x in case)


@pytest.mark.parametrize("fields, expected", [
    ({"collection-title": "Camden Fifth Series", "collection-number": "12"},
     "Camden Fifth Series, no. 12"),
    ({"collection-title": "Studies", "collection-number": "vol. 3"}, "Studies, vol. 3"),
    ({"collection-title": "Oxford Historical Monographs"}, "Oxford Historical Monographs"),
])
def test_jats_series_holds_the_title_and_its_number(fields, expected):
    from essayconv.writers.jats import series_text

    assert series_text(fields) == expected


_BACK_ESSAY = """Rivers of the North

Jane Doe

Introduction

Rivers shaped the towns of the north (Smith, 1999).

References

Smith, J. (1999) The Rivers. London: Faber.

Word count: 1,234

Further reading:

Brown, K. (2010) Waterways of England. York: River Books.
Green, L. (2015) Canals and Commerce. London: Routledge.

External links

River Trust – official website

Appendix A: Map sources

The maps come from the county archive.
"""


def _back_tree(tmp_path):
    from essayconv.pipeline import read

    path = tmp_path / "essay.txt"
    path.write_text(_BACK_ESSAY, encoding="utf-8")
    return read(path)


def test_further_reading_and_external_links_are_headed_lists_after_the_references(tmp_path):
    from essayconv import tree as T

    essay = _back_tree(tmp_path)
    # a word count before the first heading stays end matter
    assert [T.inline_text(p) for p in T.findall(essay, "endmatter/p")] == [
        "Word count: 1,234"]
    sections = [(s.get("role"), T.inline_text(T.find(s, "heading")),
                 [(p.get("kind"), T.inline_text(p)) for p in T.findall(s, "p")])
                for s in T.findall(essay, "appendices/section")]
    assert sections == [
        ("back", "Further reading", [
            ("item", "Brown, K. (2010) Waterways of England. York: River Books."),
            ("item", "Green, L. (2015) Canals and Commerce. London: Routledge.")]),
        ("back", "External links", [("item", "River Trust – official website")]),
        ("appendix", "Appendix A: Map sources", [(None, "The maps come from the county archive.")]),
    ]
    # the works listed for further reading are no references of the essay
    assert len(T.findall(essay, "sources/item")) <= 1


def test_jats_tei_and_html_print_a_back_section_as_no_appendix(tmp_path):
    from lxml import etree

    from essayconv import validate as V
    from essayconv.writers import WriteOptions, get

    essay = _back_tree(tmp_path)
    jats = get("jats").write(essay, WriteOptions())
    assert V.validate_bytes(jats, "jats") == []
    back = etree.fromstring(jats.encode() if isinstance(jats, str) else jats).find("back")
    secs = back.findall("sec")
    assert [(s.get("sec-type"), s.findtext("title")) for s in secs] == [
        ("further-reading", "Further reading"), ("external-links", "External links")]
    assert len(secs[0].findall("list/list-item")) == 2
    assert [a.findtext("title") for a in back.findall("app-group/app")] == [
        "Appendix A: Map sources"]
    tei = get("tei").write(essay, WriteOptions())
    assert V.validate_bytes(tei, "tei") == []
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    divs = etree.fromstring(tei.encode() if isinstance(tei, str) else tei).xpath(
        "//t:back/t:div[t:head]", namespaces=ns)
    assert [(d.get("type"), d.findtext("t:head", namespaces=ns)) for d in divs][-3:] == [
        ("further-reading", "Further reading"), ("external-links", "External links"),
        ("appendix", "Appendix A: Map sources")]
    html = get("html").write(essay, WriteOptions())
    root = etree.fromstring(html.encode() if isinstance(html, str) else html)
    xh = {"h": "http://www.w3.org/1999/xhtml"}
    assert root.xpath("//h:section[@class='back']/h:h2/text()", namespaces=xh) == [
        "Further reading", "External links"]
    assert root.xpath("//h:section[@role='doc-appendix']/h:h2/text()", namespaces=xh) == [
        "Appendix A: Map sources"]
