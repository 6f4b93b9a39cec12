"""A book's numbered series (Chicago 'Title. Series Name 62. Place: Publisher.'): the series
is collection-title and collection-number, never part of the title or the publisher, and
Harvard prints it after the title ('Series Name, 62.'). Expectations written from the rule."""

from __future__ import annotations

import pytest

from essayconv.citations import plain_text, render
from essayconv.references.parser import parse_reference
from essayconv.references.series import take_out


@pytest.mark.parametrize("text, series, number, publisher", [
    ("Lane, Ruth, ed. 1998. A Calendar of the Mill Papers. Suffolk Record Society "
     "Publications 41. Ipswich: Suffolk Record Society.",
     "Suffolk Record Society Publications", "41", "Suffolk Record Society"),
    ("Lane, R. (2004) Town and Gown. Studies in Church History, no. 7. Oxford: Blackwell.",
     "Studies in Church History", "7", "Blackwell"),
])
def test_a_numbered_series_before_place_and_publisher(text, series, number, publisher):
    item = parse_reference(text)
    assert item["collection-title"] == series
    assert item["collection-number"] == number
    assert item["publisher"] == publisher
    assert series not in item["title"]


@pytest.mark.parametrize("text", [
    "Office for Statistics. 2013. Town Analysis. Census 2011. London: HMSO.",  # a year
    "Lane, Ruth. 1999. The Collected Letters. Vol. 3. London: Macmillan.",  # a volume
    "Lane, Ruth. 1999. Mill Papers. Planning Research Report No. 12. Leeds: Mill Press.",
    "Lane, Ruth. 1999. \"Mills.\" Journal of Suffolk History 35 (2): 81–97.",  # a journal
    "Lane, Ruth. 1999. Census 12. London: Macmillan.",  # the title itself, after the year
    # a working paper's or a brief's number is the report's own
    "Lane, R. (2012) Mills at work. Fenland Working Paper No. 3. Ely, UK: Fenland Trust.",
    "Lane, R. (2016) Water rights. Fen Policy Brief 9. Ely, UK: Fenland Trust.",
])
def test_no_series(text):
    fields: dict = {}
    assert take_out(text, fields) == text
    assert fields == {}


def test_harvard_prints_the_series_and_its_number():
    work = {"id": "lane1998", "type": "book", "editor": [{"family": "Lane", "given": "Ruth"}],
            "issued": {"date-parts": [[1998]]}, "title": "A Calendar of the Mill Papers",
            "collection-title": "Suffolk Record Society Publications",
            "collection-number": "41", "publisher": "Suffolk Record Society",
            "publisher-place": "Ipswich"}
    out = render([work], [[{"id": "lane1998"}]])
    entry = plain_text(dict(out.bibliography)["lane1998"])
    assert entry == ("Lane, R. (ed.) (1998) A Calendar of the Mill Papers. Suffolk Record "
                     "Society Publications, 41. Ipswich: Suffolk Record Society.")


def test_a_working_paper_stays_a_report_with_its_number():
    item = parse_reference("Lane, R. (2012) Mills at work: a survey. Fenland Working Paper "
                           "No. 3. Ely, UK: Fenland Trust.")
    assert item["type"] == "report"
    assert "collection-title" not in item
    assert item["title"] == "Mills at work: a survey"


def test_a_monograph_series_ending_in_paper_is_still_a_series():
    fields: dict = {}
    take_out("Lane, Ruth, ed. 1987. Fen Tales. 2 vols. Fen Museum Directorate Paper 3. Ely: "
             "Fen Museum, 1987.", fields)
    assert fields == {"collection-title": "Fen Museum Directorate Paper",
                      "collection-number": "3"}
