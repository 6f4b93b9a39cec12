"""Text copied out of a PDF: page furniture goes, page-bottom footnotes become notes."""

from __future__ import annotations

from pathlib import Path

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
    assert paragraphs[1:] == ["12 countries followed the example within ten years.",
                              "2020 was the year the last of them joined."]
    assert T.find(essay, "notes") is None


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
