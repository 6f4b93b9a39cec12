"""A document cited inside a larger work (Chicago notes-bibliography history essays): an
archive's item written description first ('Minute by X, 21 December 1920, CO 730/1, The
National Archives, Kew.') and a letter in a published collection ('A to B, 12 March 1921, in
The Letters of …, 2:580.'). Names and call numbers are invented; every expectation is
written by hand from the rules in ``archives.py``, ``within.py`` and ``linking.py``."""

from __future__ import annotations

from typing import Any

import pytest

from essayconv import tree as T
from essayconv.references.archives import archival, holds
from essayconv.references.notes import parse_note
from essayconv.writers import WriteOptions

from validators import enriched


def one(text: str) -> dict[str, Any]:
    (cit,) = parse_note(text)
    return cit


# --- 1. an archive's item, its description first ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Letter from Edith Crane to Sir Walter Pym, 14 July 1920, IOR/L/PS/11/203, India Office "
     "Records, British Library, London.",
     {"type": "manuscript", "title": "Letter from Edith Crane to Sir Walter Pym",
      "issued": {"date-parts": [[1920, 7, 14]]}, "archive": "British Library",
      "archive-place": "London", "collection-title": "India Office Records",
      "archive_location": "IOR/L/PS/11/203"}),
    ("Memorandum by the Under-Secretary, 3 March 1921, CO 733/14, The National Archives, Kew.",
     {"title": "Memorandum by the Under-Secretary", "issued": {"date-parts": [[1921, 3, 3]]},
      "archive": "The National Archives", "archive-place": "Kew",
      "archive_location": "CO 733/14"}),
    # a description with a comma, an abbreviated month, an archive's initials
    ("Telegram, Resident to Foreign Office, 12 Oct 1920, FO 371/5512, TNA.",
     {"title": "Telegram, Resident to Foreign Office", "issued": {"date-parts": [[1920, 10, 12]]},
      "archive": "TNA", "archive-place": None, "archive_location": "FO 371/5512"}),
    ("Report on the garrison, 5 June 1920, WO 32/6012, TNA.",
     {"title": "Report on the garrison", "archive_location": "WO 32/6012"}),
    ("Diary of Ann Lowe, 3 June 1850, MS Eng. 991, Bodleian Library, Oxford.",
     {"title": "Diary of Ann Lowe", "archive": "Bodleian Library", "archive-place": "Oxford",
      "archive_location": "MS Eng. 991"}),
    ("Ann Lowe to her brother, May 1, 1815, Add MS 70412, British Library, London.",
     {"title": "Ann Lowe to her brother", "issued": {"date-parts": [[1815, 5, 1]]},
      "archive_location": "Add MS 70412"}),
    # a collection named before the call number; no date at all
    ("Note on policy, 3 May 1921, Lowe Papers, LP 4/12, University Library, Leeds.",
     {"collection-title": "Lowe Papers", "archive": "University Library",
      "archive-place": "Leeds", "archive_location": "LP 4/12"}),
    ("Minute by Ivor Dane, CO 730/9, TNA.",
     {"title": "Minute by Ivor Dane", "issued": None, "archive": "TNA",
      "archive_location": "CO 730/9"}),
])
def test_an_item_described_first_is_a_manuscript(text: str, expected: dict) -> None:
    item = archival(text)
    assert item is not None
    assert item["type"] == "manuscript"
    assert {key: item.get(key) for key in expected} == expected
    assert item["author"] == [{"literal": item["archive"]}]  # as the archive-first items


@pytest.mark.parametrize("text", [
    "Report of the Secretary-General, 31 May 1994, S/1994/640, United Nations.",  # a UN symbol
    "Minute by Ivor Dane, 21 December 1920, CO 730/9, Leeds.",  # no archive named
    "The minutes, CO 730/9, are thin, as the archivist noted.",  # prose around a call number
    "I read the Colonial Office files at the National Archives in 2019, 3 May 2019.",
])
def test_no_archive_item_without_a_call_number_and_an_archive(text: str) -> None:
    assert archival(text) is None


def test_a_folio_after_the_call_number_is_the_locator() -> None:
    c = one("John Hale to the Home Secretary, August 8, 1795, HO 42/61, fol. 40, The National "
            "Archives, Kew.")
    assert (c["form"], c["locator"], c["label"], c["remark"]) == ("full", "fol. 40", "folio",
                                                                  None)
    assert c["document"] == "John Hale to the Home Secretary, August 8, 1795"
    assert archival(c["reference"])["archive_location"] == "HO 42/61"


def test_an_undated_item_is_a_full_citation() -> None:
    assert one("See Minute by Ivor Dane, CO 730/9, TNA.")["form"] == "full"


@pytest.mark.parametrize(("file", "note", "held"), [
    ("FO 371/6350", "FO 371/6350", True),
    ("FO 371/6350", "FO371/6350", True),  # spaces aside
    ("FO 371/6350", "FO 371/6350/E 4567", True),  # a paper inside the file
    ("FO 371/6350", "FO 371/63", False),
    ("CO 730/1", "CO 730/12", False),
])
def test_a_file_holds_the_items_of_its_call_number(file: str, note: str, held: bool) -> None:
    entry = {"type": "manuscript", "archive": "The National Archives", "archive_location": file}
    assert holds(entry, {"type": "manuscript", "archive": "TNA", "archive_location": note}) is held


def test_one_call_number_in_two_archives_is_two_files() -> None:
    entry = {"type": "manuscript", "archive": "Lambeth Palace Library",
             "archive_location": "MS 123"}
    assert not holds(entry, {"archive": "Bodleian Library", "archive_location": "MS 123"})
    assert holds(entry, {"archive": "Lambeth Palace Library", "archive_location": "MS 123"})


IRAQ = """Mandate
Ann Lee

Pym was warned.1 The minute was filed.2 The resident agreed.3 Nobody answered.4 A riot
followed.5

Notes

1. Letter from Edith Crane to Sir Walter Pym, 14 July 1920, IOR/L/PS/11/203, India Office \
Records, British Library, London.
2. Minute by Ivor Dane, 21 December 1920, CO 733/14, fol. 12, The National Archives, Kew.
3. Telegram, Resident to Colonial Office, 12 Oct 1920, CO 733/14, TNA.
4. Ibid., fol. 15.
5. John Hale to the Home Secretary, August 8, 1795, HO 42/61, fol. 40, The National Archives, \
Kew.

Bibliography

British Library, London. India Office Records. IOR/L/PS/11/203, Persia: Civil Affairs, 1920.
The National Archives, Kew. CO 733/14, Colonial Office: Original Correspondence, 1921.
"""


def test_a_note_in_a_listed_file_cites_its_entry(tmp_path) -> None:
    """Each item cites the entry of its file, the item's words its remark; no work is made
    twice; a file the bibliography lacks ('HO 42/61') leaves its note the author's."""
    essay = enriched(tmp_path, IRAQ)
    works = [w.get("id") for w in T.findall(essay, "works/work")]
    assert works == ["britishlibrary1920", "thenationalarchives1921"]
    found = [(c.get("form"), c.get("work"), _text(c, "locator"), _text(c, "remark"))
             for c in T.findall(essay, "notes/note/citation")]
    assert found == [
        ("full", "britishlibrary1920", None,
         "Letter from Edith Crane to Sir Walter Pym, 14 July 1920"),
        ("full", "thenationalarchives1921", "fol. 12", "Minute by Ivor Dane, 21 December 1920"),
        ("full", "thenationalarchives1921", None,
         "Telegram, Resident to Colonial Office, 12 Oct 1920"),
        ("short", "thenationalarchives1921", "fol. 15", None),
        ("other", None, "fol. 40", None)]
    rules = [d.get("rule") for d in T.findall(essay, "diagnostics/diagnostic")]
    assert "unlisted-reference" not in rules and "link-intext-citations" not in rules
    # author-date: the file in the text, the item's words in a footnote beside it
    rendered = [(T.find(n, "rendered").get("as"), T.inline_text(T.find(n, "rendered")))
                for n in T.findall(essay, "notes/note")]
    assert rendered[0] == (None, "(British Library, 1920)")
    assert rendered[1] == (None, "(The National Archives, 1921, fol. 12)")
    assert rendered[4][0] == "footnote"


def test_in_a_footnote_the_item_leads_its_file(tmp_path) -> None:
    essay = enriched(tmp_path, IRAQ, WriteOptions(citations="notes"))
    rendered = [T.inline_text(T.find(n, "rendered")) for n in T.findall(essay, "notes/note")]
    assert rendered[1] == (
        "Minute by Ivor Dane, 21 December 1920, in The National Archives (1921) Colonial "
        "Office: Original Correspondence. The National Archives, Kew, CO 733/14, fol. 12.")
    assert rendered[4] == ("John Hale to the Home Secretary, August 8, 1795, HO 42/61, fol. "
                           "40, The National Archives, Kew.")


def test_with_no_bibliography_each_item_is_a_manuscript(tmp_path) -> None:
    essay = enriched(tmp_path, IRAQ.split("\nBibliography")[0])
    works = {w.get("id"): {f.get("name"): f.text for f in T.findall(w, "field")}
             for w in T.findall(essay, "works/work")}
    assert [w.get("type") for w in T.findall(essay, "works/work")] == ["manuscript"] * 4
    crane = works["britishlibrary1920"]
    assert (crane["title"], crane["archive_location"], crane["collection-title"]) == (
        "Letter from Edith Crane to Sir Walter Pym", "IOR/L/PS/11/203", "India Office Records")
    # the minute and the telegram are two items of one file: two works
    assert sorted(f["title"] for f in works.values() if f["archive_location"] == "CO 733/14") \
        == ["Minute by Ivor Dane", "Telegram, Resident to Colonial Office"]
    assert all(not _text(c, "remark") for c in T.findall(essay, "notes/note/citation"))


def test_a_note_of_prose_stays_a_footnote_beside_a_file(tmp_path) -> None:
    essay = enriched(tmp_path, """Mandate
Ann Lee

The files are thin.1

Notes

1. The Colonial Office files at the National Archives say little about the revolt, as \
several historians have noted since 1970.

Bibliography

The National Archives, Kew. CO 733/14, Colonial Office: Original Correspondence, 1921.
""")
    (citation,) = T.findall(essay, "notes/note/citation")
    assert (citation.get("form"), citation.get("work")) == ("other", None)
    assert T.find(essay, "notes/note/rendered").get("as") == "footnote"


# --- 2. a letter in a published collection -----------------------------------------------------

def test_a_letter_in_a_collection_cites_the_collection() -> None:
    c = one("Moss to Reed, 12 March 1921, in The Letters of Ada Moss, ed. John Reed (Leeds: "
            "Northern Press, 1931), 2:580.")
    assert (c["form"], c["locator"], c["label"], c["remark"]) == (
        "full", "2:580", "page", "Moss to Reed, 12 March 1921")
    assert c["reference"] == "The Letters of Ada Moss, ed. John Reed (Leeds: Northern Press, 1931)."


def test_a_volume_before_the_publication_statement_goes_to_the_locator() -> None:
    c = one("Ada Moss to Sir John Reed, 12 March 1921, in The Letters of Ada Moss, ed. John "
            "Reed, vol. 2 (Leeds: Northern Press, 1931), 590.")
    assert (c["locator"], c["reference"]) == (
        "2:590", "The Letters of Ada Moss, ed. John Reed (Leeds: Northern Press, 1931).")


def test_a_letter_in_a_collection_by_its_short_title() -> None:
    c = one("Moss to her sister, 1 May 1921, in Letters of Ada Moss, 2:601.")
    assert (c["form"], c["authors"], c["title"], c["locator"], c["remark"]) == (
        "short", None, "Letters of Ada Moss", "2:601", "Moss to her sister, 1 May 1921")


@pytest.mark.parametrize(("text", "locator"), [("Ibid., 2:605.", "2:605"),
                                               ("Moss, Letters, 2:610.", "2:610")])
def test_a_volume_and_page_after_a_short_form(text: str, locator: str) -> None:
    c = one(text)
    assert (c["form"], c["locator"], c["label"]) == ("short", locator, "page")


LETTERS = """Moss
Ann Lee

She wrote often.1 Her sister replied.2 Again.3 Later.4

Notes

1. Moss to Reed, 12 March 1921, in The Letters of Ada Moss, ed. John Reed (Leeds: Northern \
Press, 1931), 2:580.
2. Moss to her sister, 1 May 1921, in Letters of Ada Moss, 2:601.
3. Ibid., 2:605.
4. Ada Moss, The Northern Hills (Leeds: Northern Press, 1925), 12.
"""
MOSS_BIB = """
Bibliography

Moss, Ada. The Letters of Ada Moss. Edited by John Reed. 2 vols. Leeds: Northern Press, 1931.
Moss, Ada. The Northern Hills. Leeds: Northern Press, 1925.
"""


def test_letters_cite_the_collections_bibliography_entry(tmp_path) -> None:
    essay = enriched(tmp_path, LETTERS + MOSS_BIB)
    assert [w.get("id") for w in T.findall(essay, "works/work")] == ["moss1931", "moss1925"]
    found = [(c.get("work"), _text(c, "locator")) for c in T.findall(essay, "notes/note/citation")]
    assert found == [("moss1931", "2:580"), ("moss1931", "2:601"), ("moss1931", "2:605"),
                     ("moss1925", "12")]
    assert not [d for d in T.findall(essay, "diagnostics/diagnostic")
                if d.get("level") == "warning" and d.get("rule") != "quotes"]
    rendered = [T.inline_text(T.find(n, "rendered")) for n in T.findall(essay, "notes/note")]
    assert rendered[:3] == ["(Moss, 1931, vol. 2, p. 580)", "(Moss, 1931, vol. 2, p. 601)",
                            "(Moss, 1931, vol. 2, p. 605)"]


def test_in_a_footnote_the_letter_leads_its_collection(tmp_path) -> None:
    essay = enriched(tmp_path, LETTERS + MOSS_BIB, WriteOptions(citations="notes"))
    rendered = [T.inline_text(T.find(n, "rendered")) for n in T.findall(essay, "notes/note")]
    assert rendered[1] == "Moss to her sister, 1 May 1921, in Moss (1931), vol. 2, p. 601."


def test_with_no_bibliography_the_collection_is_the_work(tmp_path) -> None:
    essay = enriched(tmp_path, LETTERS)
    works = T.findall(essay, "works/work")
    assert [(w.get("id"), w.get("type")) for w in works] == [("reed1931", "book"),
                                                            ("moss1925", "book")]
    title = next(f.text for f in T.findall(works[0], "field") if f.get("name") == "title")
    assert title == "The Letters of Ada Moss"
    assert [c.get("work") for c in T.findall(essay, "notes/note/citation")] == [
        "reed1931", "reed1931", "reed1931", "moss1925"]


def _text(node: Any, name: str) -> str | None:
    found = T.find(node, name)
    return found.text if found is not None else None
