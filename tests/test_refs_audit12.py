"""References a user audit found misread (audit 12): MHRA's one-word title before 'ed. by'
('Walter Scott, Ivanhoe, ed. by …'), CS1's authors joined by ';' ('Dobson, P.; Reilly, K.
(2018)'), and CS1's web citations (an organisation before a quoted title, 'Retrieved' dates).

Every expectation is written by hand from the rules, never copied from the program's output."""

from __future__ import annotations

from typing import Any

import pytest

from essayconv import tree as T
from essayconv.citations import plain_text, render
from essayconv.references.parser import parse_reference
from essayconv.references.split import split_citations

from validators import enriched

PRESS = "(Edinburgh: Edinburgh University Press, 1998)"


def names(item: dict[str, Any], role: str) -> list[tuple[str, str]]:
    return [(n.get("family", n.get("literal", "")), n.get("given", ""))
            for n in item.get(role, [])]


# --- 1. 'ed. by' after a comma names the people after it; before it: author, then title ----

@pytest.mark.parametrize(("text", "authors", "title", "role", "people"), [
    (f"Walter Scott, Ivanhoe, ed. by Graham Tulloch {PRESS}, p. 101.",
     [("Scott", "Walter")], "Ivanhoe", "editor", [("Tulloch", "Graham")]),
    (f"Scott, Walter, Ivanhoe, ed. by Graham Tulloch {PRESS}",
     [("Scott", "Walter")], "Ivanhoe", "editor", [("Tulloch", "Graham")]),
    (f"Scott, Walter, Rob Roy, edited by Ann Lee {PRESS}",
     [("Scott", "Walter")], "Rob Roy", "editor", [("Lee", "Ann")]),
    (f"Mary Hays, Emma, trans. by Jean Roy {PRESS}",
     [("Hays", "Mary")], "Emma", "translator", [("Roy", "Jean")]),
    (f"Scott, Walter, and John Galt, Letters, trans. by Jean Roy {PRESS}",
     [("Scott", "Walter"), ("Galt", "John")], "Letters", "translator", [("Roy", "Jean")]),
    (f"Dante Alighieri, Inferno, ed. and trans. by Robert Durling {PRESS}",
     [("Alighieri", "Dante")], "Inferno", "editor", [("Durling", "Robert")]),
])
def test_the_words_between_the_author_and_ed_by_are_the_title(text, authors, title, role,
                                                               people):
    item = parse_reference(text)
    assert names(item, "author") == authors
    assert item["title"] == title
    assert names(item, role) == people
    assert "editor" not in item or role == "editor"


def test_a_two_word_title_before_ed_by_still_reads_the_same():
    item = parse_reference(f"Walter Scott, The Antiquary, ed. by David Hewitt {PRESS}")
    assert names(item, "author") == [("Scott", "Walter")]
    assert item["title"] == "The Antiquary"
    assert names(item, "editor") == [("Hewitt", "David")]


def test_a_chapter_in_an_edited_book_keeps_its_container():
    # 'in Book, ed. by …': the editors are the container's, the title the chapter's
    item = parse_reference("Jane Doe, ‘The Abbey’, in Gothic Spaces, ed. by Ann Lee "
                           "(London: Routledge, 2004), pp. 3–20.")
    assert names(item, "author") == [("Doe", "Jane")]
    assert item["title"] == "The Abbey"
    assert item["container-title"] == "Gothic Spaces"
    assert names(item, "editor") == [("Lee", "Ann")]


MHRA = """Scott and the Abbey

Eleanor Ashcombe

Scott plays with the abbey.[1] He returns to it.[2]

Notes

[1] Walter Scott, Ivanhoe, ed. by Graham Tulloch (Edinburgh: Edinburgh University Press, \
1998), p. 101.
[2] Scott, Ivanhoe, p. 210.
"""


def test_the_short_form_after_an_edited_one_word_title_links(tmp_path):
    essay = enriched(tmp_path, MHRA)
    links = [[c.get("work") for c in T.findall(note, "citation")]
             for note in T.findall(essay, "notes/note")]
    assert links[0] == links[1] and links[0][0]
    problems = [d.text for d in T.findall(essay, "diagnostics/diagnostic")
                if d.get("level") in ("error", "warning")]
    assert problems == []


# --- 2. CS1's authors joined by ';' are one reference's ----------------------------------

@pytest.mark.parametrize("text", [
    'Dobson, P.; Reilly, K. (2018). "Sea trout at weirs". Freshwater Biology. 63 (4): 412–425.',
    'Dobson, Paul; Reilly, Kate (2018). "Sea trout at weirs". Freshwater Biology. 63 (4): 4.',
    'Dobson, P.; Reilly, K.; Ames, J. R. (3 March 2018). "Sea trout". Freshwater Biology.',
])
def test_semicolons_between_cs1_authors_never_split_the_note(text):
    assert split_citations(text) == [text]


@pytest.mark.parametrize(("text", "parts"), [
    ("Smith, p. 3; Jones, p. 4.", ["Smith, p. 3", "Jones, p. 4."]),
    ("Scott, Ivanhoe, p. 4; Smith (2001), p. 4", ["Scott, Ivanhoe, p. 4", "Smith (2001), p. 4"]),
    ("Jones, Mary; see also Smith, J. (2001)", ["Jones, Mary", "see also Smith, J. (2001)"]),
    ("Scott, Ivanhoe; Austen, Emma, p. 3.", ["Scott, Ivanhoe", "Austen, Emma, p. 3."]),
])
def test_semicolons_between_citations_still_split(text, parts):
    assert split_citations(text) == parts


CS1 = """Harnbury Weir

A fish pass was added in 2016.[1]

References

1. Dobson, P.; Reilly, K. (2018). "Sea trout passage at low-head weirs". Freshwater \
Biology. 63 (4): 412–425.
"""


def test_both_cs1_authors_are_the_work_s(tmp_path):
    from essayconv.works import works_of

    (work,) = works_of(enriched(tmp_path, CS1))
    assert names(work, "author") == [("Dobson", "P."), ("Reilly", "K.")]


# --- 3. CS1's web citations --------------------------------------------------------------

def test_an_organisation_before_a_quoted_title_is_one_name_and_retrieved_is_accessed():
    item = parse_reference('Historic England. "Harnbury Weir (1023456)". National Heritage '
                           'List for England. Retrieved 3 January 2024.')
    assert item["author"] == [{"literal": "Historic England"}]
    assert item["type"] == "webpage"
    assert item["title"] == "Harnbury Weir (1023456)"
    assert item["container-title"] == "National Heritage List for England"
    assert item["accessed"] == {"date-parts": [[2024, 1, 3]]}


def test_a_site_title_and_year_before_retrieved_is_a_webpage():
    item = parse_reference('"Harnbury Weir fish pass". Tell Valley Trust. 2017. '
                           "Retrieved 12 May 2023.")
    assert "author" not in item
    assert item["type"] == "webpage"
    assert item["title"] == "Harnbury Weir fish pass"
    assert item["container-title"] == "Tell Valley Trust"
    assert item["issued"] == {"date-parts": [[2017]]}
    assert item["accessed"] == {"date-parts": [[2023, 5, 12]]}


@pytest.mark.parametrize(("text", "author"), [
    # a person's name before a quoted title stays a person's
    ('Charles Dickens. "A Christmas Carol". Project Gutenberg. Retrieved 3 January 2024.',
     [("Dickens", "Charles")]),
    ('Junguo ZHANG. "A Critical Examination". Frontiers of Philosophy in China. 2017, 12 (1): '
     "137-150.", [("ZHANG", "Junguo")]),
])
def test_a_person_before_a_quoted_title_stays_a_person(text, author):
    assert names(parse_reference(text), "author") == author


def test_a_journal_article_with_volume_and_access_date_stays_an_article():
    item = parse_reference("Dobson, P. (2018). \"Sea trout\". Freshwater Biology. 63 (4): "
                           "412–425. Retrieved 3 January 2024.")
    assert item["type"] == "article-journal"


def test_apa_retrieved_from_keeps_its_address():
    item = parse_reference("Smith, J. (2020). Title of page. BBC News. Retrieved from "
                           "https://www.bbc.co.uk/news/x")
    assert item["URL"] == "https://www.bbc.co.uk/news/x"
    assert "accessed" not in item


def test_a_webpage_without_address_prints_its_access_date():
    work = {"id": "he", "type": "webpage", "author": [{"literal": "Historic England"}],
            "title": "Harnbury Weir", "container-title": "National Heritage List for England",
            "accessed": {"date-parts": [[2024, 1, 3]]}}
    out = render([work], [[{"id": "he"}]])
    assert plain_text(dict(out.bibliography)["he"]).endswith("(Accessed: 3 January 2024).")


WEB = """Harnbury Weir

The structure was listed in 1985.[1] It is managed by a trust.[2]

References

1. Historic England. "Harnbury Weir (1023456)". National Heritage List for England. \
Retrieved 3 January 2024.
2. "Harnbury Weir fish pass". Tell Valley Trust. 2017. Retrieved 12 May 2023.
"""


def test_cs1_web_citations_keep_their_dates_and_warn_of_no_journal(tmp_path):
    essay = enriched(tmp_path, WEB)
    warnings = [d.text for d in T.findall(essay, "diagnostics/diagnostic")
                if d.get("level") == "warning"]
    assert not any("journal" in w or "leaves out" in w for w in warnings)
    assert sum("no year" in w for w in warnings) == 1  # Historic England's page has none
