"""Vancouver (ICMJE/NLM) references: books, chapters, web items and articles read whole;
superscript calls beside [n] markers; initials without full stops; a reference that gives
nothing is warned of and never an invalid JATS element (audit 10)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from essayconv import tree as T
from essayconv import validate as V
from essayconv.pipeline import enrich, read
from essayconv.references import parse_note, parse_reference
from essayconv.references.split import split_citations
from essayconv.repairs import bare_markers
from essayconv.writers import WriteOptions
from essayconv.writers.jats import JatsWriter

from validators import enriched, trees

SHAPES = Path(__file__).parent / "fixtures" / "shapes"


def _parsed(text: str) -> dict:
    """The note's one full citation, parsed (what the pipeline does with a numbered entry)."""
    citations = parse_note(text)
    assert [c["form"] for c in citations] == ["full"]
    return parse_reference(citations[0]["reference"])


@pytest.mark.parametrize(("text", "parts"), [
    # the publisher's ';' before the year, and the date's before the volume, split nothing
    ("Smith AB. Global report. Geneva: World Health Organization; 2023.", 1),
    ("Dlamini TS. Access. S Afr Med J. 2018 Jun;108(6):488-94.", 1),
    ("Abood S. Nursing homes. Am J Nurs [Internet]. 2002 Jun [cited 2002 Aug 12];102(6):"
     "[about 1 p.].", 1),
    ("Drury CG. Box handling. Hum Factors. 1982; 24(5) : 553-65.", 1),
    # two citations stay two: a year after a ';' with no publisher before it, a name after one
    ("Prunier 1997; 2001.", 2),
    ("Smith, J. Title. London: Verso; Jones 2002.", 2),
])
def test_a_vancouver_semicolon_never_splits_a_reference(text, parts):
    assert len(split_citations(text)) == parts


def test_a_book_is_read_whole():
    item = _parsed("Smith AB. Global report on hypertension. Geneva: World Health "
                   "Organization; 2023.")
    assert item == {"type": "book", "author": [{"family": "Smith", "given": "A. B."}],
                    "issued": {"date-parts": [[2023]]}, "title": "Global report on hypertension",
                    "publisher": "World Health Organization", "publisher-place": "Geneva"}


def test_an_edition_and_a_chapter_in_an_edited_book():
    book = _parsed("Jones CD. Hypertension in primary care. 2nd ed. London: Churchill "
                   "Livingstone; 2019.")
    assert (book["type"], book["edition"], book["publisher"], book["publisher-place"]) == (
        "book", "2", "Churchill Livingstone", "London")
    chapter = _parsed("Patel R. Screening in general practice. In: Brown T, editor. Primary "
                      "care medicine. 3rd ed. Oxford: Oxford University Press; 2015. p. 12-30.")
    assert chapter["type"] == "chapter"
    assert chapter["title"] == "Screening in general practice"
    assert chapter["container-title"] == "Primary care medicine"
    assert chapter["editor"] == [{"family": "Brown", "given": "T"}]
    assert (chapter["edition"], chapter["page"], chapter["publisher"]) == (
        "3", "12–30", "Oxford University Press")


def test_an_organisation_on_the_internet_keeps_author_title_and_access_date():
    item = _parsed("World Health Organization. HEARTS technical package for cardiovascular "
                   "disease management in primary health care [Internet]. Geneva: World Health "
                   "Organization; 2018 [cited 2023 Mar 3]. Available from: "
                   "https://www.who.int/publications/i/item/9789241514156")
    assert item["author"] == [{"literal": "World Health Organization"}]
    assert item["title"] == ("HEARTS technical package for cardiovascular disease management "
                             "in primary health care")
    assert item["issued"] == {"date-parts": [[2018]]}
    assert item["accessed"] == {"date-parts": [[2023, 3, 3]]}
    assert item["URL"] == "https://www.who.int/publications/i/item/9789241514156"


def test_a_books_extent_is_its_number_of_pages_never_a_page():
    item = _parsed("World Health Organization. WHO guideline on community health worker "
                   "programmes. Geneva: World Health Organization; 2018. 116 p.")
    assert item["number-of-pages"] == "116"
    assert "page" not in item
    assert item["title"] == "WHO guideline on community health worker programmes"


@pytest.mark.parametrize(("text", "expected"), [
    ("Dlamini TS, van der Merwe L, Khumalo P. Access to chronic medicines: a household survey. "
     "S Afr Med J. 2018 Jun;108(6):488-94. doi: 10.7196/SAMJ.2018.v108i6.12941.",
     {"container-title": "S Afr Med J", "volume": "108", "issue": "6", "page": "488–94",
      "issued": {"date-parts": [[2018, 6]]}, "DOI": "10.7196/SAMJ.2018.v108i6.12941"}),
    # a journal's name opening in lower case is still the journal
    ("Rahman M, Akter S, Hossain MA. Mobile phone reminders: a pilot study. mHealth. "
     "2019;5:22.",
     {"container-title": "mHealth", "volume": "5", "page": "22",
      "issued": {"date-parts": [[2019]]}}),
    ("Halpern SD, Ubel PA. Transplantation in HIV-infected patients. N Engl J Med. 2002 Jul "
     "25;347(4):284-7.",
     {"container-title": "N Engl J Med", "volume": "347", "issue": "4", "page": "284–7",
      "issued": {"date-parts": [[2002, 7, 25]]}}),
    # a supplement's issue, and its page's letter (never German 'S.' for a page)
    ("Geraud G, Keywood C. Tolerability of frovatriptan. Headache. 2002;42 Suppl 2:S93-9.",
     {"container-title": "Headache", "volume": "42", "issue": "Suppl 2", "page": "S93–9",
      "issued": {"date-parts": [[2002]]}}),
])
def test_a_journal_article_keeps_its_journal_volume_issue_and_pages(text, expected):
    item = _parsed(text)
    assert item["type"] == "article-journal"
    assert {key: item.get(key) for key in expected} == expected


def test_the_vancouver_essay_reads_every_reference_and_links_every_call():
    """Superscript calls beside [n] markers ('supervision³', 'help⁵,⁶', 'textbook⁷⁻⁹') are
    calls; a unit's or a formula's power ('12 km²', 'per km²', 'R²') is none."""
    essay = enrich(read(SHAPES / "vancouver.txt"), WriteOptions())
    assert [c.get("n") for c in essay.iter(T.q("cite"))] == [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]
    methods = "".join(T.findall(essay, "body/section/p")[1].itertext())
    assert "12 km² held" in methods and "per km² and" in methods and "R² = 0.81" in methods
    works = {w.get("id"): w.get("type") for w in T.findall(essay, "works/work")}
    assert works == {
        "smith2023": "book", "worldhealthorganization2018a": "book",
        "worldhealthorganization2018b": "report", "dlamini2018": "article-journal",
        "rahman2019": "article-journal", "geraud2002": "article-journal", "jones2019": "book",
        "patel2015": "chapter", "halpern2002": "article-journal", "mensah2017": "article-journal"}
    # no false 'dropped-reference-words' for initials written without full stops, no warning
    assert [(d.get("rule"), d.text) for d in T.findall(essay, "diagnostics/diagnostic")] == []
    changes = [(c.findtext(T.q("before")), c.findtext(T.q("after")))
               for c in T.findall(essay, "changes/change") if c.get("rule") == "bare-markers"]
    assert changes == [("ses supervision³", "ses supervision[3]"),
                       (" reminders help⁵,⁶", " reminders help[5, 6]"),
                       ("andard textbook⁷⁻⁹", "andard textbook[7, 8, 9]")]


def _mixed(*paragraphs: str, notes: tuple[int, ...] = (1, 2, 3)):
    essay = T.el("essay")
    essay.set(T.XML_LANG, "en")
    T.sub(T.sub(essay, "meta"), "title", "A title", line=1)
    section = T.sub(T.sub(essay, "body"), "section", id="s1")
    first = T.sub(section, "p", "Known [1]", line=2)
    T.sub(first, "cite", note="n1", n=1, line=2).tail = "."
    for line, text in enumerate(paragraphs, start=3):
        T.sub(section, "p", text, line=line)
    listing = T.sub(essay, "notes", heading="References", line=20)
    for n in notes:
        T.sub(T.sub(listing, "note", id=f"n{n}", n=n, line=20 + n), "text", f"Ref {n}.")
    T.sub(essay, "changes")
    bare_markers.apply(essay)
    T.validate(essay, "bare-markers")
    return essay


def test_superscripts_of_no_reference_or_after_a_number_are_no_calls():
    essay = _mixed("A rise of 10² and a cost in m³ were seen in x² terms.",
                   "Others disagree⁷ but agree.²", notes=(1, 2, 3))
    assert [c.get("n") for c in essay.iter(T.q("cite"))] == ["1", "2"]
    assert "".join(T.findall(essay, "body/section/p")[1].itertext()) == (
        "A rise of 10² and a cost in m³ were seen in x² terms.")
    assert "".join(T.findall(essay, "body/section/p")[2].itertext()) == (
        "Others disagree⁷ but agree.")


def test_a_superscript_keying_a_body_line_is_that_lines_call():
    """'MPH¹' over '¹ School of Public Health': an affiliation's key, not reference 1."""
    essay = _mixed("Aisha Okafor, MPH¹, and Tomasz Wierzbicki, PhD²",
                   "¹ School of Public Health", "² Department of Medicine",
                   "Results were good³.")
    assert [c.get("n") for c in essay.iter(T.q("cite"))] == ["1", "3"]


def test_a_reference_that_gives_nothing_is_warned_of_and_no_work(tmp_path):
    essay = enriched(tmp_path, "A Short Essay on Peat\n\nIsla Morton\n\nPeat stores carbon "
                     "(Wightman, 2010).\n\nReference List\n\nWightman, A. (2010) The Poor Had No "
                     "Lawyers. Edinburgh: Birlinn.\n\n1.2K\n\n23\n")  # a web page's counter
    assert [w.get("id") for w in T.findall(essay, "works/work")] == ["wightman2010"]
    assert [(d.get("rule"), d.get("line")) for d in T.findall(essay, "diagnostics/diagnostic")
            ] == [("empty-reference", "11")]
    data = JatsWriter().write(essay, WriteOptions())
    assert V.validate_bytes(data, "jats") == []
    assert b"<mixed-citation>1.2K</mixed-citation>" in data


def test_a_work_with_no_fields_is_a_mixed_citation_in_jats():
    essay = copy.deepcopy(trees()["sample"])
    T.sub(T.find(essay, "works"), "work", id="empty", type="book")
    data = JatsWriter().write(essay, WriteOptions())
    assert V.validate_bytes(data, "jats") == []
    assert b'<ref id="empty">' in data and b"<element-citation publication-type=\"book\"/>" \
        not in data


def test_superscript_ranges_and_lists_are_one_call_without_bracketed_markers():
    essay = T.el("essay")
    essay.set(T.XML_LANG, "en")
    T.sub(T.sub(essay, "meta"), "title", "A title", line=1)
    section = T.sub(T.sub(essay, "body"), "section", id="s1")
    T.sub(section, "p", "Common¹. Treated at 12 months²⁻⁴ and followed up⁵,⁶.", line=2)
    listing = T.sub(essay, "notes", heading="References", line=20)
    for n in range(1, 7):
        T.sub(T.sub(listing, "note", id=f"n{n}", n=n, line=20 + n), "text", f"Ref {n}.")
    T.sub(essay, "changes")
    bare_markers.apply(essay)
    T.validate(essay, "bare-markers")
    paragraph = T.find(essay, "body/section/p")
    assert [c.get("n") for c in paragraph] == ["1", "2", "3", "4", "5", "6"]
    assert T.inline_text(paragraph) == (
        "Common[1]. Treated at 12 months[2][3][4] and followed up[5][6].")
