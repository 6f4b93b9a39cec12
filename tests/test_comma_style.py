"""The comma style of French and German references ('Nom, Prénom, Titre, Lieu, Éditeur,
année.'): a one-word title after the name, 'éd.' and 'trad.' after a title, 'dans', a
subtitle, 'Place, Publisher', 'coll.', '2e éd.', 't. II'; and the English shapes the same
rules must leave alone. Names and titles invented; expectations written from the rules in
``commastyle.py``."""

from __future__ import annotations

import pytest

from essayconv.references import parse_reference


def person(family: str, given: str, **more: str) -> dict[str, str]:
    return {"family": family, "given": given, **more}


@pytest.mark.parametrize("text, expected", [
    ("Rivière, Anne, Fleuves. Essai sur l'eau, Lyon, Presses du Quai, 2003.",
     {"author": [person("Rivière", "Anne")], "title": "Fleuves. Essai sur l'eau",
      "publisher-place": "Lyon", "publisher": "Presses du Quai"}),
    ("Lacombe, Odile, Rivages. Essai sur la côte atlantique, trad. Paul Marchand, Nantes, "
     "Éditions du Port, 1971.",
     {"author": [person("Lacombe", "Odile")], "title": "Rivages. Essai sur la côte atlantique",
      "translator": [person("Marchand", "Paul")], "publisher": "Éditions du Port"}),
    ("Rivière, Anne-Claire, Fleuves, trad. Paul Martin, Lyon, Presses du Quai, 2003.",
     {"author": [person("Rivière", "Anne-Claire")], "title": "Fleuves",
      "translator": [person("Martin", "Paul")]}),
    ("Delorme, Jules, Lettres, éd. Claire Vasseur, Paris, Gallimard, 1975.",
     {"author": [person("Delorme", "Jules")], "title": "Lettres",
      "editor": [person("Vasseur", "Claire")], "publisher": "Gallimard",
      "issued": {"date-parts": [[1975]]}}),
])
def test_a_one_word_title_after_family_and_given_name_is_the_title(text, expected):
    item = parse_reference(text)
    assert {k: item.get(k) for k in expected} == expected
    assert item["type"] == "book"


def test_a_sentence_after_the_name_in_a_run_with_no_and_is_the_title():
    item = parse_reference("Morin, Paul-Henri de, Jean Valcourt. Une vie d'écrivain, Paris, "
                           "Seuil, 2009.")
    assert item["author"] == [person("Morin", "Paul-Henri", **{"dropping-particle": "de"})]
    assert item["title"] == "Jean Valcourt. Une vie d'écrivain"


@pytest.mark.parametrize("text, editor, title", [
    ("Jules Delorme, Lettres, éd. Claire Vasseur, Paris, Gallimard, 1975.",
     [person("Vasseur", "Claire")], "Lettres"),
    ("Jules Delorme, Trois Récits, éd. Anne-Marie de Lisle, Paris, Seuil, 1986.",
     [person("de Lisle", "Anne-Marie")], "Trois Récits"),
    ("Jules Marsh, Letters, ed. Clara Vance (London: Harbour Books, 1990).",
     [person("Vance", "Clara")], "Letters"),
    ("Smith, John, Collected Essays, ed. Mary Jones (London: Harbour Books, 1990).",
     [person("Jones", "Mary")], "Collected Essays"),
])
def test_ed_and_a_name_after_a_title_is_that_books_editor(text, editor, title):
    item = parse_reference(text)
    assert item["editor"] == editor
    assert item["title"] == title
    assert len(item["author"]) == 1 and item["author"][0]["family"] in ("Delorme", "Marsh",
                                                                        "Smith")


def test_dans_opens_the_book_the_work_is_in():
    item = parse_reference("Lettre de Jules Delorme à Paul Martin, 3 mai 1850, dans Lettres, "
                           "éd. Claire Vasseur, t. II, Paris, Gallimard, 1975.")
    assert (item["type"], item["title"], item["container-title"], item["volume"]) == (
        "chapter", "Lettre de Jules Delorme à Paul Martin, 3 mai 1850", "Lettres", "II")
    assert item["editor"] == [person("Vasseur", "Claire")]


@pytest.mark.parametrize("text, expected", [
    ("Morin, Paul-Henri, Rivages, 3e éd., Paris, Seuil, 2009.", {"edition": "3"}),
    ("Vasseur, Claire, Le Port, Paris, Seuil, coll. « Poétique », 1988.",
     {"collection-title": "Poétique", "publisher": "Seuil", "title": "Le Port"}),
    ("Weber, Lotte, Die Stadt am Fluss, Bern, Francke, 1950.",
     {"publisher-place": "Bern", "publisher": "Francke"}),
    ("Roux, Denise, Le Fleuve. Histoire d'une frontière, Paris, Seuil, 1988.",
     {"title": "Le Fleuve. Histoire d'une frontière", "publisher": "Seuil"}),
])
def test_the_comma_styles_edition_series_subtitle_and_publisher(text, expected):
    item = parse_reference(text)
    assert {k: item.get(k) for k in expected} == expected
    assert "page" not in item and "note" not in item


@pytest.mark.parametrize("text, authors, title", [
    ("King, Martin Luther, Jr. Why We Can't Wait. New York: Harper, 1964.",
     [person("King", "Martin Luther", suffix="Jr.")], "Why We Can't Wait"),
    ("Tennyson, Alfred, Lord. Poems. London: Moxon, 1842.",
     [person("Tennyson", "Alfred", suffix="Lord")], "Poems"),
    ("Smith, J., Jones, K. A Shared History. London: Harbour Books, 1990.",
     [person("Smith", "J."), person("Jones", "K.")], "A Shared History"),
    ("Okafor AB, Lind K, Marsh TR. Fibre release from laundering. Environ Sci Process. "
     "2018;12(4):233-41.", [person("Okafor", "A. B."), person("Lind", "K"),
                            person("Marsh", "T. R.")], "Fibre release from laundering"),
])
def test_english_name_lists_keep_their_names(text, authors, title):
    item = parse_reference(text)
    assert (item["author"], item["title"]) == (authors, title)


def test_an_editor_before_the_title_stays_the_editor():
    item = parse_reference("Smith, John, ed. Essays on Rivers. London: Harbour Books, 1990.")
    assert item["editor"] == [person("Smith", "John")] and "author" not in item
    assert item["title"] == "Essays on Rivers"


def test_an_abbreviated_journal_after_trans_is_no_translator():
    item = parse_reference("Hale, A., and Moss, R. Counting polynomials over finite fields. "
                           "Trans. Amer. Math. Soc. 312, (1991), 101-120.")
    assert "translator" not in item
    assert item["container-title"] == "Trans. Amer. Math. Soc."


def test_a_conferences_city_and_country_are_no_publisher():
    item = parse_reference('Gupta, A. and Quass, D. "Query processing in warehouses", '
                           "Proceedings of the 9th Data Conference, Zurich, Swizerland, 1995.")
    assert "publisher" not in item


def test_a_person_spelt_two_ways_in_two_works_is_spelt_one_way():
    from essayconv.references.sameness import one_spelling

    inverted = person("Morin", "Paul-Henri", **{"dropping-particle": "de"})
    items = [{"author": [dict(inverted)]},
             {"editor": [person("de Morin", "Paul-Henri"), person("de Lisle", "Anne")]}]
    one_spelling(items)
    assert items[1]["editor"] == [inverted, person("de Lisle", "Anne")]
