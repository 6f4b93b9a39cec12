"""Audit 14: AGLC notes and bibliographies: a case's declared short title, 'Ibid 69 (Brennan
J)', page-and-paragraph pinpoints, 'Surname, Given' authors, reports with their number."""

from __future__ import annotations

from lxml import etree

from essayconv import tree as T
from essayconv.references.aglc import aglc_report, inverted_person
from essayconv.references.legal import parse_legal, pinpoint, read_citation

from validators import enriched


def _warnings(essay: etree._Element) -> str:
    return " | ".join(d.text or "" for d in T.findall(essay, "diagnostics/diagnostic"))


def _citations(essay: etree._Element) -> list[tuple[str | None, str | None]]:
    """(work, locator) of each note's citations, in order."""
    return [(c.get("work"), c.findtext(T.q("locator"))) for c in essay.iter(T.q("citation"))]


def test_a_short_title_in_quotes_is_declared_not_cited():
    found = read_citation("Wik Peoples v Queensland (1996) 187 CLR 1 ('Wik')")
    assert found["reference"] == "Wik Peoples v Queensland (1996) 187 CLR 1."
    assert found["declared"] == "Wik"
    found = read_citation("Fejo v Northern Territory (1998) 195 CLR 96, 128 [43] (Kirby J) "
                          "(‘Fejo’)")
    assert (found["reference"], found["locator"], found["remark"], found["declared"]) == (
        "Fejo v Northern Territory (1998) 195 CLR 96.", "128 [43]", "(Kirby J)", "Fejo")


def test_a_quoted_word_in_brackets_that_is_no_legal_citation_stays_none():
    assert read_citation("Smith, J. (2001) A book ('draft')") is None


def test_page_and_paragraph_pinpoints():
    assert pinpoint("444 [47]") == ("444 [47]", "page")
    assert pinpoint("12 [1.54]") == ("12 [1.54]", "page")
    assert pinpoint("[1.54]") == ("[1.54]", "paragraph")
    assert pinpoint("[74]")[1] == "paragraph"
    assert pinpoint("444 47") is None  # two numbers with no brackets are no pinpoint
    found = read_citation("Wik (n 3) 44 [47]")
    assert (found["kind"], found["note"], found["locator"]) == ("xref", "3", "44 [47]")


def test_aglc_ibid_has_no_full_stop():
    found = read_citation("Ibid 69 (Brennan J)")
    assert (found["kind"], found["locator"], found["remark"]) == ("ibid", "69", "(Brennan J)")


def test_surname_comma_given_is_one_person():
    assert inverted_person("McNeil, Kent") == {"family": "McNeil", "given": "Kent"}
    assert inverted_person("Reynolds, Henry J") == {"family": "Reynolds", "given": "Henry J"}
    # two people, a suffix, or a name in its natural order are no inverted name
    assert inverted_person("Herbert Wechsler, Charles Black") is None
    assert inverted_person("Smith, Jr.") is None
    assert inverted_person("Smith, Jones and Brown") is None
    item = parse_legal("Bartlett, Richard, 'Native Title in Australia' (1998) 20(2) Sydney "
                       "Law Review 205")
    assert item["author"] == [{"family": "Bartlett", "given": "Richard"}]
    item = parse_legal("Paul Craig and Nick Barber, 'Title' (2005) 21 LQR 10")
    assert [a["family"] for a in item["author"]] == ["Craig", "Barber"]


def test_an_aglc_report_keeps_its_number_and_date():
    item = parse_legal("Productivity Commission, Caring for Older Australians (Inquiry Report "
                       "No 53, 28 June 2011)")
    assert item == {"type": "report", "author": [{"literal": "Productivity Commission"}],
                    "title": "Caring for Older Australians",
                    "number": "Inquiry Report No. 53",
                    "issued": {"date-parts": [[2011, 6, 28]]}}
    found = read_citation("Productivity Commission, Caring for Older Australians (Inquiry "
                          "Report No 53, 28 June 2011) 112 [4.3]")
    assert found["locator"] == "112 [4.3]"
    assert found["reference"].endswith("(Inquiry Report No 53, 28 June 2011).")
    # a title with a bracketed year, no report number: no AGLC report
    assert aglc_report("Productivity Commission, Caring for Older Australians (2011)") is None


AGLC = """Native Title and the Courts

Ruth Okafor

Native title survives only where a connection continues.1 Extinguishment is partial.2 The \
Commission has written on it.3 Critics disagree.4 The test was restated in Ward.5

Notes
1 Wik Peoples v Queensland (1996) 187 CLR 1 ('Wik').
2 Ibid 133 (Toohey J).
3 Productivity Commission, Caring for Older Australians (Inquiry Report No 53, 28 June 2011) \
112 [4.3].
4 Richard Bartlett, 'Native Title in Australia' (1998) 20(2) Sydney Law Review 205, 210.
5 Western Australia v Ward (2002) 213 CLR 1, 66 [18] (Gleeson CJ, Gaudron, Gummow and Hayne \
JJ) ('Ward').

Bibliography
Bartlett, Richard, 'Native Title in Australia' (1998) 20(2) Sydney Law Review 205
Productivity Commission, Caring for Older Australians (Inquiry Report No 53, 28 June 2011)
Western Australia v Ward (2002) 213 CLR 1
Wik Peoples v Queensland (1996) 187 CLR 1
"""


def test_an_aglc_essay_links_every_note_to_its_entry(tmp_path):
    essay = enriched(tmp_path, AGLC)
    works = {w.get("id") for w in T.findall(essay, "works/work")}
    assert len(works) == 4  # the report once, the article's one author
    citations = _citations(essay)
    assert [loc for _, loc in citations] == [None, "133", "112 [4.3]", "210", "66 [18]"]
    assert citations[0][0] == citations[1][0]  # Ibid repeats Wik
    assert len({w for w, _ in citations}) == 4 and None not in {w for w, _ in citations}
    warnings = _warnings(essay)
    assert "never cited" not in warnings and "repeats no work" not in warnings
    assert "not in the reference list" not in warnings and "and Richard" not in warnings
