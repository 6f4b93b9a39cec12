"""AMA (JAMA) references (audit 13): 'Publisher; Year' books, 'Year:pages' chapters, a group
author after the named ones, 'Published online …' and 'Updated …' dates; and a body whose
name ends in an organisation's word ('Hub', 'Lab', 'Group') is never a person."""

from __future__ import annotations

import pytest

from essayconv import tree as T
from essayconv.references import parse_note, parse_reference
from essayconv.references.names import parse_names
from essayconv.references.split import split_citations

from validators import enriched, text


def _parsed(note: str) -> dict:
    """The note's one full citation, parsed (what the pipeline does with a numbered entry)."""
    citations = parse_note(note)
    assert [c["form"] for c in citations] == ["full"]
    return parse_reference(citations[0]["reference"])


@pytest.mark.parametrize(("note", "parts"), [
    # AMA's publisher then year, with a chapter's pages after the year: one reference
    ("Brook R, Lind S. The Clinic Manual. 4th ed. Elsevier; 2018.", 1),
    ("Hale T. A chapter. In: Brook R, eds. The Clinic Manual. Elsevier; 2018:101-119.", 1),
    ("Brook R. The Clinic Manual. Elsevier; 2018; Hale T. Wards. Wiley; 2011.", 2),
    # a group author after the named ones: one reference
    ("Ferris AB, Nolan P; STROBE Initiative. A statement. Lancet. 2007;370:1453-7.", 1),
    # still two citations: a year after a name and a year, a name after a ';'
    ("Brook 2001; 2003.", 2),
    ("Brook R. Manual. London: Verso; Hale 2002.", 2),
])
def test_an_ama_semicolon_never_splits_a_reference(note, parts):
    assert len(split_citations(note)) == parts


def test_a_book_with_publisher_and_year_keeps_every_part():
    item = _parsed("Brook R, Lind S. The Clinic Manual. 4th ed. Elsevier; 2018.")
    assert [n["family"] for n in item["author"]] == ["Brook", "Lind"]
    assert (item["type"], item["title"], item["edition"], item["publisher"],
            item["issued"]) == ("book", "The Clinic Manual", "4", "Elsevier",
                                {"date-parts": [[2018]]})


def test_a_chapters_pages_follow_the_year():
    item = _parsed("Hale TM. Triage at night. In: Brook R, Lind S, eds. The Clinic Manual. "
                   "4th ed. Elsevier; 2018:101-119.")
    assert item["type"] == "chapter"
    assert item["issued"] == {"date-parts": [[2018]]}
    assert item["page"] == "101–119"
    assert [n["family"] for n in item["editor"]] == ["Brook", "Lind"]
    assert (item["title"], item["container-title"], item["publisher"]) == (
        "Triage at night", "The Clinic Manual", "Elsevier")


def test_a_year_and_pages_without_in_stay_as_they_were():
    """Only a chapter ('In: … eds.') has its pages after the year."""
    item = parse_reference("Brook R. The Clinic Manual. Elsevier; 2018.")
    assert "page" not in item


def test_a_group_author_follows_the_named_ones():
    item = _parsed("Ferris AB, Nolan P, Quist D; STROBE Initiative. The STROBE statement. "
                   "Lancet. 2007;370:1453-1457.")
    assert item["author"][:3] == [{"family": "Ferris", "given": "A. B."},
                                  {"family": "Nolan", "given": "P"},
                                  {"family": "Quist", "given": "D"}]
    assert item["author"][3] == {"literal": "STROBE Initiative"}


@pytest.mark.parametrize(("names", "expected"), [
    ("Ferris AB; for the ALPHA Trial Group", [{"family": "Ferris", "given": "A. B."},
                                              {"literal": "ALPHA Trial Group"}]),
    # two people either side of a ';' are two people, never a group
    ("Ferris AB; Nolan P", [{"family": "Ferris", "given": "A. B."},
                            {"family": "Nolan", "given": "P"}]),
])
def test_group_or_people_after_a_semicolon(names, expected):
    assert parse_names(names)[0] == expected


@pytest.mark.parametrize("others", ["", "Okafor D, Pym R, "])
def test_published_online_is_the_articles_date(others):
    """With 'et al.' as with two named authors: the date, and the journal before it."""
    item = _parsed(f"Ngata W, {others}et al. Sepsis in rural wards. Crit Care Med. "
                   "Published online May 9, 2022. doi:10.1000/ccm.2022.77")
    assert item["issued"] == {"date-parts": [[2022, 5, 9]]}
    assert (item["type"], item["container-title"]) == ("article-journal", "Crit Care Med")
    item = _parsed("Ngata W, Okafor D. Sepsis in rural wards. Crit Care Med. Published online "
                   "May 9, 2022. doi:10.1000/ccm.2022.77")
    assert (item["type"], item["container-title"], item["issued"]) == (
        "article-journal", "Crit Care Med", {"date-parts": [[2022, 5, 9]]})


def test_an_updated_web_page_is_dated_by_its_update():
    item = _parsed("National Institute of Water Safety. Drowning prevention (DPS). Updated "
                   "July 2, 2021. Accessed March 3, 2022. https://www.example.org/dps")
    assert item["type"] == "webpage"
    assert item["issued"] == {"date-parts": [[2021, 7, 2]]}
    assert item["accessed"] == {"date-parts": [[2022, 3, 3]]}
    assert "Updated" not in (item.get("container-title", ""), item.get("publisher", ""))


def test_published_then_updated_keeps_the_update_as_a_note():
    item = _parsed("Pike L. Sun safety. Skin Council. Published March 3, 2020. Updated June 1, "
                   "2021. Accessed May 2, 2022. https://www.example.org/sun")
    assert item["issued"] == {"date-parts": [[2020, 3, 3]]}
    assert "Updated June 1, 2021" in item["note"]


@pytest.mark.parametrize(("entry", "author"), [
    ("Coastal Data Hub (2022) Tide Gauges. Available at: https://example.org/t (Accessed: 1 "
     "May 2023).", {"literal": "Coastal Data Hub"}),
    ("Urban Futures Lab (2021) Street Audit. Leeds: UFL.", {"literal": "Urban Futures Lab"}),
    # a person's name written forename first stays a person's
    ("John Paul Smith (2020) A Book. London: Penguin.", {"family": "Smith",
                                                         "given": "John Paul"}),
])
def test_a_body_named_by_its_organisation_word_is_no_person(entry, author):
    assert parse_reference(entry)["author"] == [author]


def test_an_ama_list_in_an_author_date_essay(tmp_path):
    """Every numbered AMA entry is one work with its authors, title and publisher: the text
    cites them by name and year, never by the entry's raw words."""
    essay = enriched(tmp_path, "Clinics\n\nNight triage is hard.[1] It is described well.[2] "
                     "The statement was followed.[3]\n\nReferences\n"
                     "1. Brook R, Lind S. The Clinic Manual. 4th ed. Elsevier; 2018.\n"
                     "2. Hale TM. Triage at night. In: Brook R, Lind S, eds. The Clinic Manual."
                     " 4th ed. Elsevier; 2018:101-119.\n"
                     "3. Ferris AB, Nolan P, Quist D; STROBE Initiative. The STROBE statement."
                     " Lancet. 2007;370:1453-1457.\n")
    works = {w.get("id"): w.get("type") for w in T.findall(essay, "works/work")}
    assert sorted(works.values()) == ["article-journal", "book", "chapter"]
    rendered = [text(r) for r in T.findall(essay, "notes/note/rendered")]
    assert rendered == ["(Brook and Lind, 2018)", "(Hale, 2018)", "(Ferris et al., 2007)"]
    entries = [text(e) for e in T.findall(essay, "bibliography/entry")]
    assert entries[2] == ("Hale, T.M. (2018) ‘Triage at night’, in Brook, R. and Lind, S. (eds) "
                          "The Clinic Manual. 4th edn. Elsevier, pp. 101–119.")


def test_a_book_published_online_keeps_its_publisher():
    # a Harvard book with its publisher and no place: 'Published online' makes no journal of it
    item = _parsed("Okafor, D. (2020) Wards and wardens. Routledge. Published online 3 May "
                   "2020.")
    assert item["type"] == "book"
    assert item["publisher"] == "Routledge"
    assert "container-title" not in item
