"""What a note's page numbers mean (audit 12): an MHRA article's own range and the page cited
in brackets, a roman volume and page after the publication statement, a book's page after
its publisher, a journal's article number (expectations written by hand from the rules)."""

from __future__ import annotations

from typing import Any

import pytest

from essayconv.references.notes import parse_note
from essayconv.references.parser import parse_reference
from essayconv.transforms.rendering import roman_value


def one(text: str) -> dict[str, Any]:
    (cit,) = parse_note(text)
    return cit


def _essay(tmp_path, notes: list[str], citations: str = "author-date", refs: str = ""):
    """Rendered notes, reference-list entries and diagnostics of an essay citing ``notes``."""
    from essayconv import tree as T
    from essayconv.pipeline import enrich, read
    from essayconv.writers import WriteOptions

    body = " ".join(f"Sentence {i} [{i}]." for i in range(1, len(notes) + 1))
    listed = "\n".join(f"[{i}] {n}" for i, n in enumerate(notes, 1))
    path = tmp_path / "essay.txt"
    path.write_text(f"An Essay on Pages\n\n{body}\n\nNotes\n{listed}\n{refs}", encoding="utf-8")
    essay = enrich(read(path), WriteOptions(citations=citations))

    def text(el) -> str:
        return " ".join("".join(el.itertext()).split())

    return ([text(n) for n in T.findall(essay, "notes/note/rendered")],
            [text(e) for e in T.findall(essay, "bibliography/entry")],
            [(d.get("rule"), d.text) for d in T.findall(essay, "diagnostics/diagnostic")])


# --- MHRA articles: '48 (1997), 312–29 (p. 315)' ------------------------------------------

@pytest.mark.parametrize(("text", "locator", "reference_end"), [
    ("Ann Lee, 'Houses and Heirs', Review of English Studies, 48 (1997), 312–29 (p. 315).",
     "p. 315", "48 (1997), 312–29."),
    ("Ann Lee, 'Houses and Heirs', Modern Language Review, XLV (1950), 12–30 (pp. 14–15).",
     "pp. 14–15", "XLV (1950), 12–30."),  # a roman volume, a range cited
    ("Ann Lee, 'Houses and Heirs', Gothic Studies, 3 (Spring 2001), 5–20 (p. 9).",
     "p. 9", "3 (Spring 2001), 5–20."),  # a season before the year
])
def test_an_mhra_articles_range_is_its_own_and_the_bracketed_page_the_locator(
        text: str, locator: str, reference_end: str) -> None:
    c = one(text)
    assert (c["form"], c["authors"], c["year"], c["locator"], c["label"], c["remark"]) == (
        "full", None, None, locator, "page", None)
    assert c["reference"].endswith(reference_end)


def test_an_mhra_article_cited_whole_has_no_locator() -> None:
    c = one("Dan Oke, 'Walls and Allegory', Eighteenth-Century Fiction, 22 (2010), 45–67.")
    assert (c["form"], c["locator"], c["label"]) == ("full", None, None)
    assert c["reference"].endswith("22 (2010), 45–67.")


def test_a_harvard_head_is_still_an_author_date_head() -> None:
    c = one("Lee, A. (1997) 'Houses and heirs', Review of English Studies, 48(2), pp. 312–329.")
    assert (c["form"], c["authors"], c["year"]) == ("full", "Lee", "1997")
    c = one("Lee (1997), p. 315.")  # a short form, no volume before the year
    assert (c["form"], c["authors"], c["locator"]) == ("short", "Lee", "p. 315")


def test_a_books_pages_after_its_bracketed_statement_stay_the_pages_cited() -> None:
    c = one("Ann Lee, Houses and Heirs (London: Verso, 1997), 312–29.")
    assert (c["locator"], c["label"]) == ("312–29", "page")  # a book has no page extent


def test_an_mhra_article_in_the_text_and_the_list(tmp_path) -> None:
    notes, bib, diagnostics = _essay(tmp_path, [
        "Ann Lee, 'Houses and Heirs', Review of English Studies, 48 (1997), 312–29 (p. 315).",
        "Dan Oke, 'Walls and Allegory', Eighteenth-Century Fiction, 22 (2010), 45–67.",
    ])
    assert notes == ["(Lee, 1997, p. 315)", "(Oke, 2010)"]
    lee = next(e for e in bib if e.startswith("Lee"))
    assert lee.endswith("48, pp. 312–329.") and "315" not in lee
    assert not [d for d in diagnostics if d[0] == "dropped-reference-words"]


def test_an_mhra_articles_range_is_printed_once_in_a_footnote(tmp_path) -> None:
    notes, _, _ = _essay(tmp_path, [
        "Ann Lee, 'Houses and Heirs', Review of English Studies, 48 (1997), 312–29 (p. 315).",
        "Dan Oke, 'Walls and Allegory', Eighteenth-Century Fiction, 22 (2010), 45–67.",
    ], "notes")
    assert notes[0].count("312") == 1 and "p. 315" in notes[0]
    assert notes[1].count("45–67") == 1


# --- MHRA volume and page: '3 vols (London: …, 1798), II, 14' ------------------------------

@pytest.mark.parametrize(("text", "locator", "remark"), [
    ("The Abbey of Dunmore, 3 vols (London: Minerva Press, 1798), II, 14.", "II, 14", None),
    ("Jane Doe, The Works, 2 vols (Oxford: Clarendon Press, 1990), I, 23–25, on the style.",
     "I, 23–25", "on the style"),
])
def test_a_roman_volume_and_page_after_the_statement_are_the_locator(
        text: str, locator: str, remark: str | None) -> None:
    c = one(text)
    assert (c["form"], c["locator"], c["label"], c["remark"]) == (
        "full", locator, "volume", remark)
    assert c["reference"].endswith("Press, 1798).") or c["reference"].endswith("Press, 1990).")


def test_a_number_of_volumes_alone_is_no_locator() -> None:
    c = one("The Abbey of Dunmore, 3 vols (London: Minerva Press, 1798).")
    assert c["locator"] is None and "3 vols" in c["reference"]


@pytest.mark.parametrize(("numeral", "value"), [("I", 1), ("II", 2), ("IV", 4), ("IX", 9),
                                                ("XIV", 14), ("XL", 40), ("LXXX", 80)])
def test_roman_values(numeral: str, value: int) -> None:
    assert roman_value(numeral) == value


def test_a_roman_volume_and_page_print_as_volume_and_page(tmp_path) -> None:
    notes, bib, diagnostics = _essay(tmp_path, [
        "Ann Lee, The Abbey of Dunmore, 3 vols (London: Minerva Press, 1798), II, 14.",
        "Ann Lee, The Abbey of Dunmore, 3 vols (London: Minerva Press, 1798), III, 20–22.",
    ])
    assert notes == ["(Lee, 1798, vol. 2, p. 14)", "(Lee, 1798, vol. 3, pp. 20–22)"]
    assert not [d for d in diagnostics if d[0] == "dropped-reference-words"]


# --- a book's page after its publisher (Wikipedia's CS1 notes) ------------------------------

@pytest.mark.parametrize(("text", "locator", "reference"), [
    ("Pen, Arthur (1911). A History of the Pens. London: Longmans, Green. p. 88.", "p. 88",
     "Pen, Arthur (1911). A History of the Pens. London: Longmans, Green."),
    ("Mar, Helen (2002). The Mills. Salisbury: Wessex Press. pp. 44–51. ISBN 978-0-9512345-6-7.",
     "pp. 44–51", "Mar, Helen (2002). The Mills. Salisbury: Wessex Press. "
     "ISBN 978-0-9512345-6-7."),
])
def test_a_page_after_a_books_publisher_is_the_locator(text: str, locator: str,
                                                       reference: str) -> None:
    c = one(text)
    assert (c["form"], c["locator"], c["label"], c["reference"]) == (
        "full", locator, "page", reference)


@pytest.mark.parametrize("text", [
    # a chapter's pages are its own
    'Pen, Arthur (1911). "Mills". In Brown, K. (ed.). A History. London: Longmans. pp. 4–9.',
    # no publisher sentence before the page: a newspaper's page stays the work's
    "Pen, Arthur (1911). Mills close. The Times. p. 5.",
])
def test_a_page_sentence_elsewhere_is_no_locator(text: str) -> None:
    assert one(text)["locator"] is None


def test_a_books_page_in_the_text(tmp_path) -> None:
    notes, bib, _ = _essay(tmp_path, [
        "Pen, Arthur (1911). A History of the Pens. London: Longmans, Green. p. 88.",
    ])
    assert notes == ["(Pen, 1911, p. 88)"]
    assert "88" not in bib[0]


# --- a journal's article number before an access statement -------------------------------

def test_an_article_number_before_available_at_is_the_number() -> None:
    item = parse_reference(
        "Oko, C. and Bam, J. (2021) 'Gardening and wellbeing', BMC Public Health, 21, 1534. "
        "Available at: https://doi.org/10.1186/s12889-021-11523-9 (Accessed: 2 March 2024).")
    assert (item["volume"], item.get("number"), item.get("page"), item.get("note")) == (
        "21", "1534", None, None)
    assert item["issued"] == {"date-parts": [[2021]]}


def test_a_year_after_an_mla_volume_is_still_the_date() -> None:
    item = parse_reference('Lee, Ann. "Houses." Gothic Studies, vol. 21, 2021, pp. 3-5.')
    assert item["issued"] == {"date-parts": [[2021]]} and "number" not in item


def test_an_article_number_prints_and_the_access_date_is_no_dropped_word(tmp_path) -> None:
    refs = ("\nReferences\n"
            "Oko, C. and Bam, J. (2021) 'Gardening and wellbeing', BMC Public Health, 21, 1534. "
            "Available at: https://doi.org/10.1186/s12889-021-11523-9 (Accessed: 2 March 2024).\n")
    from essayconv import tree as T
    from essayconv.pipeline import enrich, read
    from essayconv.writers import WriteOptions

    path = tmp_path / "essay.txt"
    path.write_text("Gardens and Health\n\nThe gardeners in the study were happier after six "
                    "months of the work than before it (Oko and Bam, 2021).\n" + refs,
                    encoding="utf-8")
    essay = enrich(read(path), WriteOptions())
    (entry,) = [" ".join("".join(e.itertext()).split())
                for e in T.findall(essay, "bibliography/entry")]
    assert "21, article 1534" in entry
    assert not [d.text for d in T.findall(essay, "diagnostics/diagnostic")
                if d.get("rule") == "dropped-reference-words"]


def test_only_the_access_date_is_left_out_of_the_comparison() -> None:
    from essayconv.transforms.completeness import _source_words as _words

    assert _words("Ann Lee (Accessed: 2 March 2024).") == {"ann", "lee"}
    assert _words("Retrieved 3 January 2024. Reprinted 2019.") == {"reprinted", "2019"}
    assert "2024" in _words("Lee, A. (2024) A Book.")  # a year of publication stays


def test_words_after_cited_in_or_retrieved_from_are_compared() -> None:
    from essayconv.transforms.completeness import _source_words

    assert {"jones", "2001"} <= _source_words("Lee, A. Houses, cited in Jones 2001.")
    assert {"jones", "2001"} <= _source_words("Retrieved from Jones 2001.")
    assert "2023" not in _source_words("Geneva: WHO; 2018 [cited 2023 Mar 3].")


def test_an_access_date_the_parser_missed_is_still_reported() -> None:
    from essayconv.transforms.completeness import _source_words

    assert "2024" in _source_words("Site. Retrieved 3 January 2024.", accessed=False)
