"""Small defects of the audit: acronyms in small-capital titles, a place completing a title,
a series' number in RIS and JATS, markdown asterisks in titles, end matter headings."""

from __future__ import annotations

import pytest

from essayconv.references import parse_reference
from essayconv.references.smallcaps import name_case, title_case


@pytest.mark.parametrize("text, expected", [
    ("NATO AND THE UN", "NATO and the UN"),
    ("THE FBI AND THE CIA", "The FBI and the CIA"),
    ("REFORMING THE NHS", "Reforming the NHS"),  # no vowel: an acronym
    ("THE BBC-NATO PACT", "The BBC-NATO Pact"),
    ("THE U.S. CONSTITUTION", "The U.S. Constitution"),
])
def test_acronyms_in_a_small_capitals_title_stay_capitals(text, expected):
    assert title_case(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("THE WAR", "The War"),
    ("WHO IS AFRAID OF THE LAW", "Who Is Afraid of the Law"),  # an English word
    ("LET US GO", "Let Us Go"),
    ("WHY MY GYM", "Why My Gym"),  # 'Y' is a vowel
    ("MR. SMITH GOES TO WASHINGTON", "Mr. Smith Goes to Washington"),
    ("THE MCDONALD CASE", "The McDonald Case"),
])
def test_words_of_capitals_that_are_no_acronyms_are_title_cased(text, expected):
    assert title_case(text) == expected


def test_a_surname_with_no_vowel_is_no_acronym():
    assert name_case("ANDREW NG") == "Andrew Ng"


@pytest.mark.parametrize("text, title, place", [
    ("Pérez, J. La novela en América Latina, Lima, 1990.", "La novela en América Latina",
     "Lima"),
    ("Pérez, J. La novela en América Latina, Lima, Perú, Editorial Horizonte, 1990.",
     "La novela en América Latina", "Lima, Perú"),
])
def test_a_place_completing_the_titles_phrase_is_the_titles(text, title, place):
    item = parse_reference(text)
    assert item["title"] == title
    assert item["publisher-place"] == place


@pytest.mark.parametrize("text, place", [
    ("Smith, J. A History of Rome. New York, Faber, 1990.", "New York"),
    ("Dupont, Jean, Histoire de la ville, Paris, Seuil, 1990.", "Paris"),
])
def test_a_place_after_the_titles_punctuation_stays_the_place(text, place):
    assert parse_reference(text)["publisher-place"] == place
