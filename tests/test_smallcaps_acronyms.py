"""A book in small capitals pasted as capitals: its title's acronyms stay capitals.

'NATO AND THE UN' in a Bluebook book is 'NATO and the UN', never 'Nato and the Un'; a word
with no vowel ('BBC') or with a digit ('G20') is an acronym too. Written from the Bluebook's
form, not from the program's output.
"""

from __future__ import annotations

from essayconv.references.notes import parse_note
from essayconv.references.parser import parse_reference
from essayconv.references.smallcaps import title_case


def test_known_acronyms_kept_in_a_title() -> None:
    assert title_case("NATO AND THE UN: A TROUBLED PARTNERSHIP") == \
        "NATO and the UN: A Troubled Partnership"
    assert title_case("THE EU, NATO AND THE OSCE") == "The EU, NATO and the OSCE"
    assert title_case("NATO'S WARS") == "NATO's Wars"


def test_vowelless_and_digit_words_are_acronyms() -> None:
    assert title_case("THE BBC AND THE NHS") == "The BBC and the NHS"
    assert title_case("THE G20 AND COVID-19") == "The G20 and COVID-19"


def test_ordinary_words_still_title_cased() -> None:
    assert title_case("MR SMITH GOES TO WASHINGTON") == "Mr Smith Goes to Washington"
    assert title_case("THE WORLD AND US") == "The World and Us"
    assert title_case("THE LAW IN THE 1990S") == "The Law in the 1990s"
    assert title_case("THE 3RD WAY") == "The 3rd Way"


def test_small_caps_book_with_acronyms_read_whole() -> None:
    cits = parse_note("JOHN SMITH, NATO AND THE UN: A TROUBLED PARTNERSHIP 12 (2001).")
    assert len(cits) == 1
    item = parse_reference(cits[0]["reference"])
    assert item["author"] == [{"family": "Smith", "given": "John"}]
    assert item["title"] == "NATO and the UN: A Troubled Partnership"
