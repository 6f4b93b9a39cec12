"""French and German references: role words, 'u. a.', the 'in: Zeitschrift 30 (1990)' shape
and bibliography lines of both languages. Expectations written from the styles' rules."""

from __future__ import annotations

import pytest

from essayconv.references import parse_reference
from essayconv.references.names import parse_names


@pytest.mark.parametrize("text, names, et_al", [
    ("trad. Claude Maillard", [("Maillard", "Claude")], False),
    ("trad. fr. Cornélius Heim", [("Heim", "Cornélius")], False),
    ("éd. Jean Bruneau", [("Bruneau", "Jean")], False),
    ("sous la direction de Claude Martin", [("Martin", "Claude")], False),
    ("hrsg. v. Karl Müller", [("Müller", "Karl")], False),
    ("Hrsg. von Karl Müller", [("Müller", "Karl")], False),
    ("in: Gerald D. Feldman u. a. (Hrsg.):", [("Feldman", "Gerald D.")], True),
    ("Lucien Fabre et Anne Noël", [("Fabre", "Lucien"), ("Noël", "Anne")], False),
    ("von Humboldt, A.", [("von Humboldt", "A.")], False),  # 'von' the particle, not 'by'
    ("Okafor, U. A.", [("Okafor", "U. A.")], False),  # initials, never German 'u. a.'
    ("Okafor, U. A. and Ibe, T.", [("Okafor", "U. A."), ("Ibe", "T.")], False),
    ("Trad, A.", [("Trad", "A.")], False),  # a surname, never French 'trad.'
])
def test_french_and_german_role_words_are_no_part_of_a_name(text, names, et_al):
    found, others = parse_names(text)
    assert [(n["family"], n.get("given")) for n in found] == names
    assert others == et_al


def test_editors_marked_in_german_or_french_are_editors():
    item = parse_reference("Vogt, Anselm/Lindner, Katrin (Hrsg.): Krise und Ordnung. Leipzig: "
                           "Hafenverlag 2004.")
    assert item["editor"] == [{"family": "Vogt", "given": "Anselm"},
                              {"family": "Lindner", "given": "Katrin"}]
    assert "author" not in item


def test_a_german_journal_article_after_in_is_an_article():
    item = parse_reference("Geyer, Martin H.: Teuerungsprotest und Teuerungsunruhen 1914–1923, "
                           "in: Archiv für Sozialgeschichte 30 (1990), S. 181–215.")
    assert item["type"] == "article-journal"
    assert item["container-title"] == "Archiv für Sozialgeschichte"
    assert (item["volume"], item["page"], item["issued"]) == (
        "30", "181–215", {"date-parts": [[1990]]})
    assert item["author"] == [{"family": "Geyer", "given": "Martin H."}]


@pytest.mark.parametrize("text, expected", [
    ("Holtfrerich, Carl-Ludwig: Die deutsche Inflation 1914–1923. Ursachen und Folgen in "
     "internationaler Perspektive, Berlin: de Gruyter 1980.",
     {"author": [{"family": "Holtfrerich", "given": "Carl-Ludwig"}],
      "title": "Die deutsche Inflation 1914–1923. Ursachen und Folgen in internationaler "
               "Perspektive", "publisher-place": "Berlin", "publisher": "de Gruyter",
      "issued": {"date-parts": [[1980]]}}),
    ("Widdig, Bernd: Culture and Inflation in Weimar Germany, Berkeley: University of "
     "California Press 2001.",
     {"author": [{"family": "Widdig", "given": "Bernd"}],
      "title": "Culture and Inflation in Weimar Germany", "publisher-place": "Berkeley",
      "publisher": "University of California Press", "issued": {"date-parts": [[2001]]}}),
    ("Jauss, Hans Robert, Pour une esthétique de la réception, trad. Claude Maillard, Paris, "
     "Gallimard, 1978.",
     {"author": [{"family": "Jauss", "given": "Hans Robert"}],
      "translator": [{"family": "Maillard", "given": "Claude"}],
      "title": "Pour une esthétique de la réception", "publisher-place": "Paris",
      "publisher": "Gallimard", "issued": {"date-parts": [[1978]]}}),
    ("Hamon, Philippe, Introduction à l'analyse du descriptif, Paris, Hachette, 1981.",
     {"author": [{"family": "Hamon", "given": "Philippe"}],
      "title": "Introduction à l'analyse du descriptif", "publisher-place": "Paris",
      "publisher": "Hachette", "issued": {"date-parts": [[1981]]}}),
])
def test_french_and_german_bibliography_lines(text, expected):
    item = parse_reference(text)
    assert item["type"] == "book"
    assert {k: item.get(k) for k in expected} == expected


def test_a_colon_after_the_given_names_closes_a_german_author():
    # 'Name, Vorname: Titel': a title opening with a person's name is no second author, and
    # a second given name before the colon is no title word
    item = parse_reference("Feldman, Gerald D.: Hugo Stinnes. Biographie eines Industriellen "
                           "1870–1924, München: C. H. Beck 1998.")
    assert item["author"] == [{"family": "Feldman", "given": "Gerald D."}]
    assert item["title"] == "Hugo Stinnes. Biographie eines Industriellen 1870–1924"
    item = parse_reference("Winkler, Heinrich August: Weimar 1918–1933. Die Geschichte der "
                           "ersten deutschen Demokratie, München 1993.")
    assert item["author"] == [{"family": "Winkler", "given": "Heinrich August"}]
    assert item["title"] == "Weimar 1918–1933. Die Geschichte der ersten deutschen Demokratie"


def test_german_newspaper_articles():
    item = parse_reference("„Der Dollar steigt und steigt“, in: Vossische Zeitung, Nr. 452 vom "
                           "24. September 1923, S. 1.")
    assert (item["type"], item["title"], item["container-title"], item["issue"], item["page"],
            item["issued"]) == ("article-newspaper", "Der Dollar steigt und steigt",
                                "Vossische Zeitung", "452", "1", {"date-parts": [[1923, 9, 24]]})
    item = parse_reference("Roth, Matthias: Der leere Platz. In: Nordkurier, 03.10.1999, S. 12.")
    assert (item["type"], item["container-title"], item["issued"]) == (
        "article-newspaper", "Nordkurier", {"date-parts": [[1999, 10, 3]]})
