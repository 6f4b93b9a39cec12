"""'ibid.' in place of a container ('Martin, « Le détail », ibid., p. 1-4', 'Smith, J.,
'A chapter', in ibid., pp. 3–9'): the container of the work cited just before it, never a
title, a container or an editor called "ibid". Names invented; expectations written from the
rules in ``containers.py``."""

from __future__ import annotations

import json
from typing import Any

import pytest

from essayconv import tree as T
from essayconv.references import parse_reference
from essayconv.references.linking import link_citations
from essayconv.references.notes import parse_note

from validators import enriched

ARTICLE = "Claire Vasseur, « La description », Poétiques, n° 12, 1970, p. 5-21"
BOOK = "Jones, K. (ed.) (2001) Rivers of Memory. London: Harbour Books."


def one(text: str) -> dict[str, Any]:
    (cit,) = parse_note(text)
    return cit


def works(*notes: str) -> tuple[dict[str, dict[str, Any]], list[list[str | None]], list]:
    """The works by id, each note's links and the diagnostics, linked with the real parser."""
    parsed = [(f"n{i}", parse_note(note)) for i, note in enumerate(notes, 1)]
    out = link_citations(parsed)
    links = [[out.links[(nid, k)] for k in range(len(cits))] for nid, cits in parsed]
    return {w["id"]: w for w in out.works}, links, out.diagnostics


@pytest.mark.parametrize("text, locator", [
    ("Paul Martin, « Le détail », ibid., p. 1-4.", None),  # a range: the article's own
    ("Paul Martin, « Le détail », ibid., p. 3.", "p. 3"),  # one page: the page cited
    ("Smith, J., 'A chapter', in ibid., pp. 3–9.", None),
    ("Smith, J. (2001) 'A chapter', in ibid., pp. 3–9, p. 5.", "p. 5"),
])
def test_an_ibid_container_makes_a_full_citation(text, locator):
    c = one(text)
    assert (c["form"], c["locator"], c.get("ibid")) == ("full", locator, None)


@pytest.mark.parametrize("text", ["Ibid., p. 4.", "Id., ibid., p. 84.", "Ibid."])
def test_an_ibid_opening_the_citation_is_still_ibid(text):
    assert one(text)["ibid"] is True


@pytest.mark.parametrize("text", [
    "Martin, Paul, « Le détail », ibid., p. 1-4.",
    "Smith, J., 'A chapter', in ibid., pp. 3–9.",
    "Lettre à Jules Roux, 3 mai 1850, dans ibid., t. IV, 1898.",
])
def test_the_parser_never_reads_ibid_as_a_field(text):
    assert "ibid" not in json.dumps(parse_reference(text)).lower()


def test_an_article_in_the_same_issue_as_the_article_before():
    found, links, diagnostics = works(f"{ARTICLE}; Paul Martin, « Le détail », ibid., p. 1-4.")
    vasseur, martin = links[0]
    item = found[martin]
    assert martin != vasseur
    assert not [d for d in diagnostics if d.rule.endswith("short-form")]
    assert item["author"] == [{"family": "Martin", "given": "Paul"}]
    assert (item["type"], item["title"], item["container-title"], item["issue"],
            item["issued"], item["page"]) == (
        "article-journal", "Le détail", "Poétiques", "12", {"date-parts": [[1970]]}, "1–4")


def test_a_chapter_of_the_book_cited_in_the_note_before():
    found, links, _ = works(BOOK, "Smith, J. (2001) 'A chapter on weirs', in ibid., pp. 3–9.",
                            "Brown, T. (2001) 'Another chapter', in ibid., pp. 10–19.")
    for link, title, page in ((links[1][0], "A chapter on weirs", "3–9"),
                              (links[2][0], "Another chapter", "10–19")):
        item = found[link]
        assert (item["type"], item["title"], item["container-title"], item["page"]) == (
            "chapter", title, "Rivers of Memory", page)
        assert item["editor"] == [{"family": "Jones", "given": "K."}]
        assert (item["publisher"], item["publisher-place"]) == ("Harbour Books", "London")


def test_the_container_of_the_work_a_short_form_names():
    found, links, _ = works(f"{ARTICLE}.", "C. Vasseur, art. cit., p. 7.",
                            "Paul Martin, « Le détail », ibid., p. 1-4.")
    assert found[links[2][0]]["container-title"] == "Poétiques"


def test_what_the_citation_gives_after_ibid_is_its_own():
    found, links, _ = works(
        "Jules Delorme, Le Port et la ville, dans Lettres, éd. Claire Vasseur, t. II, Paris, "
        "Gallimard, 1875, p. 31.",
        "Jules Delorme, La Mer, ibid., t. IV, 1878, p. 600.")
    item = found[links[1][0]]
    assert (item["title"], item["container-title"], item["volume"], item["issued"]) == (
        "La Mer", "Lettres", "IV", {"date-parts": [[1878]]})
    assert item["editor"] == [{"family": "Vasseur", "given": "Claire"}]


def test_an_ibid_container_with_nothing_before_it_is_a_warning():
    found, links, diagnostics = works("Paul Martin, « Le détail », ibid., p. 1-4.")
    assert "container-title" not in found[links[0][0]]
    assert [(d.level, d.rule) for d in diagnostics if d.rule.endswith("short-form")] == [
        ("warning", "unresolved-short-form")]


def test_an_ibid_container_in_a_reference_list(tmp_path):
    essay = enriched(tmp_path, "Le détail\nCamille Test\n\nIntroduction\nUne phrase (Vasseur, "
                               "1970). Une autre (Martin, 1970).\n\nBibliographie\n"
                               "Vasseur, Claire, « La description », Poétiques, n° 12, 1970, "
                               "p. 5-21.\nMartin, Paul, « Le détail », ibid., p. 1-4.\n")
    martin = next(w for w in T.findall(essay, "works/work") if w.get("id") == "martin1970")
    fields = {f.get("name"): f.text for f in T.findall(martin, "field")}
    assert (martin.get("type"), fields["container-title"], fields["issue"]) == (
        "article-journal", "Poétiques", "12")
    words = [d.text for d in T.findall(essay, "diagnostics/diagnostic")]
    assert not [w for w in words if "ibid" in (w or "").lower()]
