"""Text copied out of a PDF: page furniture goes, page-bottom footnotes become notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from essayconv import tree as T
from essayconv.pipeline import enrich, read
from essayconv.writers import WriteOptions

from validators import enriched

SHAPES = Path(__file__).parent / "fixtures" / "shapes"


def _changes(essay, rule: str) -> list[str]:
    return [c[0].text for c in T.findall(essay, "changes/change") if c.get("rule") == rule]


def test_headers_page_numbers_and_footnotes_leave_the_body():
    essay = read(SHAPES / "pdf-pages.txt")
    assert _changes(essay, "drop-page-furniture") == [
        "12", "Journal of Sahel Studies 13", "13", "Diallo · Borders and Belonging 14"]
    assert [(n.get("n"), T.find(n, "text").text) for n in T.findall(essay, "notes/note")] == [
        ("1", "Paul Nugent, Boundaries, Communities and State-Making in West Africa "
              "(Cambridge: Cambridge University Press, 2019), 45."),
        ("2", "Nugent, Boundaries, 52."),
        ("3", "Ibid., 60.")]
    paragraphs = [T.inline_text(p) for p in T.findall(essay, "body/section/p")]
    # the paragraph a page break cut is one again, its cut word whole, its calls markers
    assert paragraphs[0] == (
        "The Sahel has long been described as a space of movement rather than of fixed "
        "borders. Pastoralists cross lines drawn in Paris and London with little regard for "
        "the cartographic fictions of the colonial state.[1] Scholars of the region have "
        "insisted that mobility is the norm and not the exception,[2] and that the state "
        "follows the herds rather than the other way round. Yet policy makers continue to "
        "treat movement as a problem to be solved. The European Union’s migration "
        "partnerships illustrate the point.[3] In 12 countries the programmes were "
        "extended twice.")
    assert [T.find(s, "heading").text for s in T.findall(essay, "body/section")] == [
        "Introduction", "Conclusion"]


def test_footnotes_link_to_their_work():
    essay = enrich(read(SHAPES / "pdf-pages.txt"), WriteOptions())
    works = [c.get("work") for c in essay.iter(T.q("citation"))]
    assert works == ["nugent2019"] * 3


def test_a_numbered_line_no_call_points_at_stays_in_the_body(tmp_path):
    essay = enriched(tmp_path, """Counting Votes
Ann Lee

Turnout rose in every region after the reform, and the rise was
largest where the polling stations had moved closer to the villages.

12 countries followed the example within ten years.

2020 was the year the last of them joined.
""")
    paragraphs = [T.inline_text(p) for p in T.findall(essay, "body/section/p")]
    assert paragraphs[-2:] == ["12 countries followed the example within ten years.",
                               "2020 was the year the last of them joined."]
    assert T.find(essay, "notes") is None
    # a line whose sentence goes on in lower case on the next is no heading
    assert T.find(essay, "body/section/heading") is None


def test_a_heading_that_repeats_once_is_no_header(tmp_path):
    essay = enriched(tmp_path, """Two Cities
Ann Lee

Lagos

Lagos grew faster than any city on the continent in the last century of records.

Accra

Accra grew more slowly, but it grew, and its growth was planned from the start.

Lagos

Lagos again: the second look at the city finds what the first one missed entirely.
""")
    headings = [T.find(s, "heading").text for s in T.findall(essay, "body/section")]
    assert headings == ["Lagos", "Accra", "Lagos"]


def test_invisible_characters_and_ligatures_go(tmp_path):
    essay = enriched(tmp_path, "Cli\u00admate Justice\nAnn Lee\n\n"
                     "The Paci\ufb01c is warming (Adger,\u200b 2006). The \ufb02oods rise.\n\n"
                     "References\n\nAdger, W. (2006) Vulnera\u00adbility. London: Verso.\n")
    assert T.find(essay, "meta/title").text == "Climate Justice"
    assert T.inline_text(T.findall(essay, "body/section/p")[0]) == (
        "The Pacific is warming (Adger, 2006). The floods rise.")
    assert [x.get("work") for x in essay.iter(T.q("xref"))] == ["adger2006"]
    assert T.find(essay, "works/work/field[@name='title']").text == "Vulnerability"
    assert ("Paciﬁc", "Pacific") in [(c[0].text, c[1].text) for c in
                                     T.findall(essay, "changes/change")
                                     if c.get("rule") == "plain-characters"]


def test_a_repeated_header_without_a_number_beside_a_page_number_goes(tmp_path):
    """A journal's name over each page, no digit in it, beside the page's number: both go,
    and the paragraph the page break cut is one again."""
    essay = enriched(tmp_path, """Memory and Commemoration
Hannah Whitcombe

Introduction
Commemoration is never a neutral act (Jelin, 2003). Memorials distribute recognition.

Journal of Memory and Conflict Studies
12
Whitcombe · Memory and Commemoration

Collective memory
Halbwachs insisted that memory is always social. Later scholars have complicated this, \
and each of these frameworks assumes that memory

12
Journal of Memory and Conflict Studies
13

tends toward consensus. Rothberg challenges this assumption.

References
Jelin, E. (2003) State Repression and the Labors of Memory. Minneapolis: University of \
Minnesota Press.
""")
    assert _changes(essay, "drop-page-furniture") == [
        "Journal of Memory and Conflict Studies", "12", "Whitcombe · Memory and Commemoration",
        "12", "Journal of Memory and Conflict Studies", "13"]
    assert [T.find(s, "heading").text for s in T.findall(essay, "body/section")] == [
        "Introduction", "Collective memory"]
    paragraphs = [T.inline_text(p) for p in T.findall(essay, "body/section/p")]
    assert paragraphs[1] == (
        "Halbwachs insisted that memory is always social. Later scholars have complicated "
        "this, and each of these frameworks assumes that memory tends toward consensus. "
        "Rothberg challenges this assumption.")


def test_a_header_that_stands_twice_alone_stays(tmp_path):
    """A line without a number that stands twice, with no page furniture beside it, is the
    essay's own (a heading used twice)."""
    essay = enriched(tmp_path, """Two Cities
Ann Lee

Lagos and Accra

Lagos grew faster than any city on the continent in the last century of records.

Lagos and Accra

Accra grew more slowly, but it grew, and its growth was planned from the start.
""")
    assert _changes(essay, "drop-page-furniture") == []
    assert [T.find(s, "heading").text for s in T.findall(essay, "body/section")] == [
        "Lagos and Accra", "Lagos and Accra"]


def test_footnotes_with_their_number_glued_to_the_text_leave_the_body(tmp_path):
    """'1United Nations …' (no space after the number, as a PDF's footnote is copied) is a
    footnote like '1 United Nations …'."""
    essay = enriched(tmp_path, """The Arms Embargo That Never Was
Thomas Okafor

In May 1994, six weeks into the genocide, the Security Council finally imposed an
arms embargo on Rwanda.1 By then, the militias had already killed several hundred
thousand people, and the government that had planned the killing was in flight
across the border to the west, where the camps would shelter it for two years.2

1United Nations Security Council, Resolution 918, S/RES/918 (17 May 1994).
2Alison Des Forges, Leave None to Tell the Story: Genocide in Rwanda (New York:
Human Rights Watch, 1999), 95–98.

2

The embargo covered weapons and ammunition but created no monitoring mechanism,
and no state was asked to report on what it had sold or shipped to the region.3

3Ibid., 17.
""")
    assert [(n.get("n"), T.find(n, "text").text) for n in T.findall(essay, "notes/note")] == [
        ("1", "United Nations Security Council, Resolution 918, S/RES/918 (17 May 1994)."),
        ("2", "Alison Des Forges, Leave None to Tell the Story: Genocide in Rwanda (New York: "
              "Human Rights Watch, 1999), 95–98."),
        ("3", "Ibid., 17.")]
    assert [c.get("note") for c in essay.iter(T.q("cite"))] == ["n1", "n2", "n3"]
    paragraphs = [T.inline_text(p) for p in T.findall(essay, "body/section/p")]
    assert len(paragraphs) == 2 and not any("United Nations" in p for p in paragraphs)


def test_a_number_glued_to_a_word_no_call_points_at_stays_in_the_body(tmp_path):
    """'3D printing …' and a glued number the text never calls are the essay's own lines."""
    essay = enriched(tmp_path, """Making Things
Ann Lee

Workshops changed after the first cheap printers arrived in schools.

3D printing spread to every school within ten years.

2Tone records were sold in the same shops.
""")
    assert T.find(essay, "notes") is None
    paragraphs = [T.inline_text(p) for p in T.findall(essay, "body/section/p")]
    assert paragraphs[-2:] == ["3D printing spread to every school within ten years.",
                               "2Tone records were sold in the same shops."]


ORDINARY = sorted((Path(__file__).parent / "fixtures" / "ordinary").glob("*.txt"))


@pytest.mark.parametrize("path", ORDINARY, ids=[p.stem for p in ORDINARY])
def test_the_pdf_rules_leave_ordinary_essays_alone(path):
    """Essays never printed as PDF pages (web pastes with refrains, tables, 'Part 1' /
    'Part 2' headings, participant codes 'T1', numbered lists, a '1984' heading, notes and
    Acts in their lists, verse) lose no line to the PDF rules."""
    essay = read(path)
    assert _changes(essay, "drop-page-furniture") == []
    assert _changes(essay, "page-footnotes") == []
    if path.stem in ("verse", "refrain"):  # short lines over short lines stay apart
        assert _changes(essay, "join-wrapped-lines") == []
