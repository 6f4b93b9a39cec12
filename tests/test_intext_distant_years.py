"""Chicago narrative citations with words between the name and the year: a bracket holding
a year alone (a page perhaps) cites the one work of that year of an author named earlier in
its sentence, possessive too; a year after no author, after an author of another year, or a
period, is no citation (the second a warning). Expectations written from the rule."""

from __future__ import annotations

import pytest
from lxml import etree

from essayconv import tree as T

from validators import enriched

ESSAY = """River Mills

{body}

References

Ashby, Martin. 2004. The Mills of the Stour. Ipswich: Boydell.
Dunmore, Kate. 2011. Leats and Sluices. Norwich: Poppyland.
Fenwick, Clara J. 2011. Water Rights in East Anglia. Oxford: Clarendon Press.
"""


def _links(essay: etree._Element) -> list[tuple[str, str | None, str | None]]:
    """(words, work, locator) of each in-text link."""
    return [(x.text or "", x.get("work"), x.get("locator")) for x in essay.iter(T.q("xref"))]


def _warnings(essay: etree._Element) -> str:
    return " | ".join(d.text or "" for d in T.findall(essay, "diagnostics/diagnostic"))


def test_a_possessive_author_with_words_before_the_year(tmp_path):
    essay = enriched(tmp_path, ESSAY.format(body=(
        "Ashby's survey of the Stour mills at Sudbury (2004) remains the standard account.")))
    assert _links(essay) == [("2004", "ashby2004", None)]


def test_an_author_far_before_the_year_and_page(tmp_path):
    essay = enriched(tmp_path, ESSAY.format(body=(
        "The mills closed early (Ashby 2004), although Fenwick argues that the enclosure of "
        "the common at Sudbury by the Corporation mattered more (2011, 57).")))
    assert _links(essay) == [("Ashby 2004", "ashby2004", None),
                             ("2011, 57", "fenwick2011", "57")]


def test_a_year_after_no_author_is_no_citation(tmp_path):
    essay = enriched(tmp_path, ESSAY.format(body=(
        "The Sudbury riots (1998) were brief. The mills closed (Ashby 2004), and the Stour "
        "leats at Bures silted up (2011).")))
    assert _links(essay) == [("Ashby 2004", "ashby2004", None)]  # a cited name is no author
    assert "(1998)" not in _warnings(essay)                       # named in the text
    assert "(2011)" not in _warnings(essay)


@pytest.mark.parametrize("body", [
    "Fenwick describes the riots at Sudbury (1998) in detail.",
    "Fenwick describes the riots of the town (1998) in detail.",
])
def test_a_year_after_an_author_of_another_year_is_a_warning(tmp_path, body):
    essay = enriched(tmp_path, ESSAY.format(body=body))
    assert _links(essay) == []
    assert "'(1998)' follows Fenwick, with no work of 1998" in _warnings(essay)


@pytest.mark.parametrize("body", [
    "Fenwick's account of the riots at Sudbury (1848–49) is brief.",  # a period
    "Fenwick's account of the Sudbury mills (1848-1849) is brief.",
])
def test_a_period_is_no_citation(tmp_path, body):
    essay = enriched(tmp_path, ESSAY.format(body=body))
    assert _links(essay) == []
    assert "(1848" not in _warnings(essay)


def test_two_authors_of_that_year_are_left_alone(tmp_path):
    essay = enriched(tmp_path, ESSAY.format(body=(
        "Fenwick, like Dunmore, wrote about the Sudbury mills (2011).")))
    assert _links(essay) == []
    assert "(2011)" not in _warnings(essay)


def test_an_author_cited_with_a_year_of_their_own_owns_no_later_year(tmp_path):
    # 'Fenwick (2011) notes that the Mill Act (2004)': Fenwick's citation has its year;
    # the Act's year is no work of hers, nor a warning about her
    body = ("Dunmore (2011) notes that the Sudbury Mill Act (2004) closed the leats, and "
            "Fenwick (2011) says the Water Act (2011) changed the rights.")
    essay = enriched(tmp_path, ESSAY.format(body=body).replace(
        "Dunmore, Kate. 2011.", "Dunmore, Kate. 2004. Sluice Gates. Norwich: Poppyland.\n"
                                "Dunmore, Kate. 2011."))
    assert _links(essay) == [("Dunmore (2011)", "dunmore2011", None),
                             ("Fenwick (2011)", "fenwick2011", None)]
    assert "Water Act" not in _warnings(essay)


def test_a_possessive_author_still_owns_a_later_year(tmp_path):
    essay = enriched(tmp_path, ESSAY.format(body=(
        "Ashby's (2004) survey of the mills at Sudbury and Dunmore's account of the leats "
        "(2011) agree.")))
    assert _links(essay) == [("Ashby’s (2004)", "ashby2004", None),
                             ("2011", "dunmore2011", None)]


def test_a_titles_date_after_a_possessive_author_is_no_warning(tmp_path):
    essay = enriched(tmp_path, ESSAY.format(body=(
        "Fenwick's Water Rights in East Anglia (1987) was reissued later.")))
    assert _links(essay) == []
    assert "(1987)" not in _warnings(essay)
