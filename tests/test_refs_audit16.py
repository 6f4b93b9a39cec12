"""Audit 16a: letters, diaries, interviews, collections of papers; an apostrophe inside a
single-quoted title; a Harvard statute's URL and its in-text citation; UN symbols."""

from __future__ import annotations

from essayconv.references.matching import works_titled_of_year
from essayconv.references.papers import papers
from essayconv.references.parser import parse_reference
from essayconv.references.tokens import DOC_SYMBOL


def test_letter_sender_is_author_and_recipient_recipient() -> None:
    item = papers("Letter from Andrew McBride to Robert Munro, 12 March 1921, Box 4, Folder 2, "
                  "Glasgow Labour Party Housing Association Papers, Glasgow City Archives, "
                  "Glasgow.")
    assert item is not None
    assert item["type"] == "personal_communication"
    assert item["author"] == [{"family": "McBride", "given": "Andrew"}]
    assert item["recipient"] == [{"family": "Munro", "given": "Robert"}]
    assert item["title"] == "Letter to Robert Munro"
    assert item["issued"] == {"date-parts": [[1921, 3, 12]]}
    assert item["archive_location"] == "Box 4, Folder 2"
    assert item["archive"] == "Glasgow City Archives"
    assert item["archive-place"] == "Glasgow"
    assert item["collection-title"] == "Glasgow Labour Party Housing Association Papers"


def test_diary_entry_by_a_person() -> None:
    item = parse_reference("Andrew McBride, diary entry, 3 April 1921, Box 1, Folder 7, Andrew "
                           "McBride Papers, National Library of Scotland, Edinburgh.")
    assert item["type"] == "manuscript"
    assert item["author"] == [{"family": "McBride", "given": "Andrew"}]
    assert item["title"] == "Diary entry"
    assert item["collection-title"] == "Andrew McBride Papers"
    assert item["archive_location"] == "Box 1, Folder 7"


def test_collection_of_papers_has_no_person_papers() -> None:
    item = parse_reference("Andrew McBride Papers. National Library of Scotland, Edinburgh.")
    assert item["title"] == "Andrew McBride Papers"
    assert "author" not in item
    assert item["archive"] == "National Library of Scotland"
    assert item["archive-place"] == "Edinburgh"


def test_interview_note_and_bibliography_agree() -> None:
    note = parse_reference("Margaret Reid, interview by Helen Clark, 17 May 1987, transcript, "
                           "Glasgow Museums Oral History Collection, Glasgow.")
    entry = parse_reference("Reid, Margaret. Interview by Helen Clark. 17 May 1987. "
                            "Transcript. Glasgow Museums Oral History Collection, Glasgow.")
    for item in (note, entry):
        assert item["type"] == "interview"
        assert item["author"] == [{"family": "Reid", "given": "Margaret"}]
        assert item["interviewer"] == [{"family": "Clark", "given": "Helen"}]
        assert item["medium"] == "Transcript"
        assert item["issued"] == {"date-parts": [[1987, 5, 17]]}
        assert "translator" not in item


def test_plain_prose_is_no_paper() -> None:
    assert papers("Smith, John. The History of Glasgow. London: Penguin, 1999.") is None
    assert papers("Letter from the editor, The Times.") is None


def test_plural_possessive_inside_single_quoted_title() -> None:
    item = parse_reference(
        "Madriaga, M., Hanson, K. and Walker, A. (2010) ‘Confronting similar challenges? "
        "Disabled and non-disabled students’ learning and assessment experiences’, Studies "
        "in Higher Education, 35(6), pp. 647-658.")
    assert item["title"] == ("Confronting similar challenges? Disabled and non-disabled "
                             "students’ learning and assessment experiences")
    assert item["container-title"] == "Studies in Higher Education"


def test_un_symbol_without_its_full_stop() -> None:
    m = DOC_SYMBOL.match("A/RES/61/106.")
    assert m is not None and m.group(1) == "A/RES/61/106"
    item = parse_reference("United Nations (2006) Convention on the Rights of Persons with "
                           "Disabilities. A/RES/61/106. New York: United Nations.")
    assert item["number"] == "A/RES/61/106"


def test_statute_cited_by_its_title() -> None:
    works = [("equalityact2010", {"type": "legislation", "title": "Equality Act 2010",
                                  "issued": {"date-parts": [[2010]]}}),
             ("smith2010", {"type": "book", "title": "Equality",
                            "author": [{"family": "Smith", "given": "J."}],
                            "issued": {"date-parts": [[2010]]}})]
    assert works_titled_of_year("Equality Act", "2010", works) == ["equalityact2010"]
    assert works_titled_of_year("Equality Act", "2011", works) == []
    assert works_titled_of_year("Equality", "2010", works) == []


def test_statute_prints_its_address_and_links(tmp_path) -> None:
    import subprocess
    import sys
    src = tmp_path / "essay.txt"
    src.write_text("Disability in Higher Education\n\nThe Act extended the duty (Equality Act "
                   "2010).\n\nReferences\nEquality Act 2010, c. 15. Available at: "
                   "https://www.legislation.gov.uk/ukpga/2010/15/contents (Accessed: 1 May "
                   "2022).\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "essayconv", "check", str(src)],
                         capture_output=True, text=True)
    assert "refers to no entry" not in out.stdout + out.stderr
    assert "never cited" not in out.stdout + out.stderr


def test_statute_reference_keeps_url_and_access_date() -> None:
    from essayconv.citations import plain_text, render

    act = {"id": "equalityact2010", "type": "legislation", "title": "Equality Act 2010",
           "issued": {"date-parts": [[2010]]}, "page": "c. 15",
           "URL": "https://www.legislation.gov.uk/ukpga/2010/15/contents",
           "accessed": {"date-parts": [[2022, 5, 1]]}}
    out = render([act], [[{"id": "equalityact2010"}]])
    entry = plain_text(out.bibliography[0][1])
    assert "Available at: https://www.legislation.gov.uk/ukpga/2010/15/contents" in entry
    assert "(Accessed: 1 May 2022)" in entry


def test_notes_on_a_collections_papers_cite_the_listed_collection(tmp_path) -> None:
    from essayconv import tree as T

    from validators import enriched

    essay = enriched(tmp_path, (
        "Housing and Protest in Glasgow\n\n"
        "The Association framed its actions with care.1 McBride saw the occupations as a "
        "lever.2\n\nNotes\n"
        "1. Letter from Andrew McBride to Robert Munro, 12 March 1921, Box 4, Folder 2, "
        "Glasgow Labour Party Housing Association Papers, Glasgow City Archives, Glasgow.\n"
        "2. Andrew McBride, diary entry, 3 April 1921, Box 1, Folder 7, Andrew McBride "
        "Papers, National Library of Scotland, Edinburgh.\n\n"
        "Bibliography\n"
        "Andrew McBride Papers. National Library of Scotland, Edinburgh.\n"
        "Glasgow Labour Party Housing Association Papers. Glasgow City Archives, Glasgow.\n"))
    warnings = [(d.get("rule"), d.text) for d in T.findall(essay, "diagnostics/diagnostic")]
    # the bibliography lists the collections, the notes the letter and the diary in them
    assert not [w for w in warnings if w[0] == "unlisted-reference"]
    assert not [w for w in warnings if "never cited" in (w[1] or "")]
