"""Audit 15: French, German and Italian reference shapes, and bodies named as authors."""

from __future__ import annotations

import pytest

from essayconv.references import parse_reference
from essayconv.references.names import parse_names


def _pick(item: dict, keys: list[str]) -> dict:
    return {key: item.get(key) for key in keys}


def test_french_capitals_list_with_sous_la_dir_de() -> None:
    item = parse_reference(
        "BELLANGER, Claude, GODECHOT, Jacques, GUIRAL, Pierre et TERROU, Fernand (sous la "
        "dir. de), Histoire générale de la presse française, t. II, De 1815 à 1871, Paris, "
        "PUF, 1969.")
    assert _pick(item, ["type", "author", "editor", "title", "volume", "volume-title",
                        "publisher", "publisher-place", "issued"]) == {
        "type": "book", "author": None,
        "editor": [{"family": "BELLANGER", "given": "Claude"},
                   {"family": "GODECHOT", "given": "Jacques"},
                   {"family": "GUIRAL", "given": "Pierre"},
                   {"family": "TERROU", "given": "Fernand"}],
        "title": "Histoire générale de la presse française", "volume": "II",
        "volume-title": "De 1815 à 1871", "publisher": "PUF", "publisher-place": "Paris",
        "issued": {"date-parts": [[1969]]}}


def test_french_capitals_list_with_dir_is_a_book_not_a_chapter() -> None:
    item = parse_reference(
        "KALIFA, Dominique, RÉGNIER, Philippe, THÉRENTY, Marie-Ève et VAILLANT, Alain (dir.), "
        "La Civilisation du journal. Histoire culturelle et littéraire de la presse française "
        "au XIXe siècle, Paris, Nouveau Monde éditions, 2011.")
    assert item["type"] == "book"
    assert [n["family"] for n in item["editor"]] == ["KALIFA", "RÉGNIER", "THÉRENTY",
                                                    "VAILLANT"]
    assert item["editor"][2]["given"] == "Marie-Ève"
    assert item["title"].startswith("La Civilisation du journal. Histoire culturelle")
    assert "container-title" not in item and "author" not in item


def test_capitals_name_pairs() -> None:
    names, _ = parse_names("DUBY, Georges, LE GOFF, Jacques")
    assert names == [{"family": "DUBY", "given": "Georges"},
                     {"family": "LE GOFF", "given": "Jacques"}]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kleßmann, Christoph (1991): Die doppelte Staatsgründung. Deutsche Geschichte "
     "1945–1955. 5. Aufl. Bonn: Bundeszentrale für politische Bildung.",
     {"type": "book", "title": "Die doppelte Staatsgründung. Deutsche Geschichte 1945–1955",
      "container-title": None, "volume": None, "edition": "5",
      "publisher": "Bundeszentrale für politische Bildung", "publisher-place": "Bonn",
      "issued": {"date-parts": [[1991]]}}),
    ("LEDRÉ, Charles, Histoire de la presse, t. II, De 1815 à 1871, Paris, PUF, 1960.",
     {"type": "book", "author": [{"family": "LEDRÉ", "given": "Charles"}],
      "title": "Histoire de la presse", "volume": "II", "volume-title": "De 1815 à 1871",
      "issued": {"date-parts": [[1960]]}, "note": None}),
])
def test_years_in_a_title_are_not_the_date(text: str, expected: dict) -> None:
    assert _pick(parse_reference(text), list(expected)) == expected


def test_italian_title_with_elided_article_is_no_author() -> None:
    item = parse_reference(
        "Milanini C., L'utopia discontinua. Saggio su Italo Calvino, Garzanti, Milano 1990.")
    assert item["author"] == [{"family": "Milanini", "given": "C."}]
    assert item["title"] == "L'utopia discontinua. Saggio su Italo Calvino"
    assert (item["publisher"], item["publisher-place"]) == ("Garzanti", "Milano")


def test_a_cura_di_closes_the_editors() -> None:
    item = parse_reference("Falaschi G. (a cura di), Italo Calvino. Atti del convegno "
                           "internazionale, Garzanti, Milano 1988.")
    assert item["editor"] == [{"family": "Falaschi", "given": "G."}]
    assert item["title"] == "Italo Calvino. Atti del convegno internazionale"
    assert "author" not in item


def test_trad_it_di_and_original_edition() -> None:
    item = parse_reference(
        "Barthes R., L'avventura semiologica, trad. it. di C. Milanese, Einaudi, Torino 1991 "
        "(ed. orig. L'aventure sémiologique, Seuil, Paris 1985).")
    assert _pick(item, ["translator", "publisher", "publisher-place", "issued",
                        "original-date", "original-title"]) == {
        "translator": [{"family": "Milanese", "given": "C."}], "publisher": "Einaudi",
        "publisher-place": "Torino", "issued": {"date-parts": [[1991]]},
        "original-date": {"date-parts": [[1985]]},
        "original-title": "L'aventure sémiologique"}


@pytest.mark.parametrize(("text", "place", "title_end"), [
    ("Frevert, Ute (1986): Frauen-Geschichte. Zwischen bürgerlicher Verbesserung und Neuer "
     "Weiblichkeit. Frankfurt a. M.: Suhrkamp.", "Frankfurt a. M.", "Neuer Weiblichkeit"),
    ("Müller, Hans (2001): Die Stadt am Fluss. Freiburg i. Br.: Rombach.", "Freiburg i. Br.",
     "am Fluss"),
])
def test_german_place_with_abbreviation(text: str, place: str, title_end: str) -> None:
    item = parse_reference(text)
    assert item["publisher-place"] == place
    assert item["title"].endswith(title_end)


@pytest.mark.parametrize(("text", "literal"), [
    ("U.S. Department of Health and Human Services. (2020). Healthy People 2030: Sleep "
     "objectives (Report No. HP-2030-SL). https://health.gov/healthypeople/",
     "U.S. Department of Health and Human Services"),
    ("Kastle Systems. (2023). Getting America back to work. https://www.kastle.com/x/",
     "Kastle Systems"),
])
def test_corporate_authors_stay_whole(text: str, literal: str) -> None:
    assert parse_reference(text)["author"] == [{"literal": literal}]


def test_team_among_people_is_a_body() -> None:
    item = parse_reference(
        "NLLB Team, Marta R. Costa-jussà, James Cross, et al. 2022. No language left behind: "
        "Scaling human-centered machine translation. arXiv preprint arXiv:2207.04672.")
    assert item["author"][:3] == [{"literal": "NLLB Team"},
                                  {"family": "Costa-jussà", "given": "Marta R."},
                                  {"family": "Cross", "given": "James"}]


def test_initials_before_a_surname_stay_a_person() -> None:
    names, _ = parse_names("J. Smith and K. Brown")
    assert names == [{"family": "Smith", "given": "J."}, {"family": "Brown", "given": "K."}]
