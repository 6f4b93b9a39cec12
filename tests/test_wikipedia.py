"""A Wikipedia article pasted whole: '[edit]' headings, the caret reference list ('^ a b …',
its numbers lost in the copy), the page's chrome (tagline, hatnote, 'Contents', categories,
'last edited', licence, footer links) and the 'External links' after the references.

Every expectation is written by hand from the input, never copied from the program's output."""

from __future__ import annotations

from essayconv import tree as T

from validators import essay_of


def notes(essay) -> list[tuple[str, str]]:
    return [(n.get("n"), T.find(n, "text").text) for n in T.findall(essay, "notes/note")]


def headings(essay) -> list[str]:
    return [h.text for h in T.findall(essay, "body/section/heading")]


def paragraphs(essay) -> list[str]:
    return [T.inline_text(p) for p in T.findall(essay, "body/section/p")]


def items(essay) -> list[str]:
    return [item.text for item in T.findall(essay, "sources/item")]


def changes(essay, rule: str) -> list[tuple[str, str]]:
    return [(c[0].text, c[1].text or "") for c in T.findall(essay, "changes/change")
            if c.get("rule") == rule]


def errors(essay) -> list[str]:
    return [d.text for d in T.findall(essay, "diagnostics/diagnostic")
            if d.get("level") == "error"]


GAGE = ('Gage, Walter (1888). "On the reconstruction of Ashcombe Lock". Minutes of '
        'Proceedings of the Institution of Civil Engineers. 92: 201–209.')
MARSH = ("Marsh, Helen (2002). The Canals of the Vale. Salisbury: Vale Local History Press. "
         "pp. 44–51.")
PENROSE = "Penrose, Arthur (1911). A History of the Penrose Family. London: Longmans, Green."

# ---------------------------------------------------------------- 1. '[edit]' headings

EDIT = f"""Ashcombe Lock

The lock was cut in 1796 to carry barges past the mill.[1]

History[edit]

It was rebuilt in 1887 after the great flood of the previous winter.[2]

Later use [edit source]

Pleasure boats have used it since the canal reopened in 1974.[3]

References[edit | edit source]
^ {MARSH}
^ {GAGE}
^ {PENROSE}
"""


def test_edit_links_go_and_the_lines_are_headings(tmp_path):
    essay = essay_of(tmp_path, EDIT)
    assert headings(essay) == ["History", "Later use"]
    assert ("History[edit]", "History") in changes(essay, "drop-web-junk")
    assert ("Later use [edit source]", "Later use") in changes(essay, "drop-web-junk")
    assert T.find(essay, "notes").get("heading") == "References"


def test_caret_list_under_edit_heading_is_the_numbered_notes(tmp_path):
    essay = essay_of(tmp_path, EDIT)
    assert [n for n, _ in notes(essay)] == ["1", "2", "3"]
    assert notes(essay)[0][1].startswith("Marsh, Helen (2002)")
    assert notes(essay)[2][1].startswith("Penrose, Arthur (1911)")
    assert errors(essay) == []
    assert items(essay) == []


def test_a_long_line_ending_in_edit_is_prose_and_stays(tmp_path):
    line = ("In the margin the copy-editor had written in pencil and in capitals one word "
            "beside the passage [edit]")
    essay = essay_of(tmp_path, f"A Title\n\nThe first paragraph is long enough to be one "
                               f"paragraph of the essay.\n\n{line}\n")
    assert line in paragraphs(essay)
    assert changes(essay, "drop-web-junk") == []


# ---------------------------------------------------------------- 2. caret reference lists

CARET = f"""Ashcombe Lock

The lock was cut in 1796.[1] It was rebuilt in 1887 after a flood.[1][2]

History

The mill closed in the 1860s when the woollen trade declined.[3]

References
^ a b {MARSH}
^ {GAGE}
^ {PENROSE}
"""


def test_caret_letters_go_and_the_notes_are_numbered_in_order(tmp_path):
    essay = essay_of(tmp_path, CARET)
    assert [(n, text.split(",")[0]) for n, text in notes(essay)] == [
        ("1", "Marsh"), ("2", "Gage"), ("3", "Penrose")]
    assert ("^ a b Marsh,", "1. Marsh,") in changes(essay, "strip-backlinks")
    assert ("^ Gage,", "2. Gage,") in changes(essay, "strip-backlinks")
    assert errors(essay) == []


def test_caret_list_whose_count_the_markers_do_not_match_stays_a_reference_list(tmp_path):
    text = CARET.replace("declined.[3]", "declined.")  # markers call 1 and 2, three lines
    essay = essay_of(tmp_path, text)
    assert notes(essay) == []
    assert [item.split(",")[0] for item in items(essay)] == ["Marsh", "Gage", "Penrose"]


def test_caret_list_in_an_essay_without_markers_stays_a_reference_list(tmp_path):
    text = CARET.replace("[1][2]", "").replace("[1]", "").replace("[3]", "")
    essay = essay_of(tmp_path, text)
    assert notes(essay) == []
    assert len(items(essay)) == 3


def test_caret_notes_over_a_bibliography_of_full_references(tmp_path):
    text = f"""Ashcombe Lock

The lock was cut in 1796.[1] It was rebuilt in 1887 after a flood.[2]

Notes
^ Marsh 2002, p. 45.
^ Gage 1888, p. 203.

References
{MARSH}
{GAGE}
"""
    essay = essay_of(tmp_path, text)
    assert notes(essay) == [("1", "Marsh 2002, p. 45."), ("2", "Gage 1888, p. 203.")]
    assert [item.split(",")[0] for item in items(essay)] == ["Marsh", "Gage"]
    assert errors(essay) == []


# ---------------------------------------------------------------- 3. the page's chrome

LEAD = ("Ashcombe Lock is a lock on the Vale Canal in Wiltshire, England. It was cut in 1796 "
        "to carry barges past the mill.")
LICENCE = ("Text is available under the Creative Commons Attribution-ShareAlike License 4.0; "
           "additional terms may apply. By using this site, you agree to the Terms of Use and "
           "Privacy Policy.")
LINKS = ("Privacy policy About Wikipedia Disclaimers Contact Wikipedia Code of Conduct "
         "Developers Statistics Cookie statement Mobile view")
FURNITURE = f"""Ashcombe Lock

From Wikipedia, the free encyclopedia

For the village, see Ashcombe.

{LEAD}

Contents
1 History
2 Ecology
3 References

History

The mill closed in the 1860s when the woollen trade declined.

Ecology

The lock pound supports brown trout and bullhead.

References

{MARSH}

Categories: Locks in England Canals in Wiltshire
This page was last edited on 4 February 2024, at 10:12 (UTC).
{LICENCE}
{LINKS}
"""


def test_wikipedia_chrome_is_dropped_and_logged(tmp_path):
    essay = essay_of(tmp_path, FURNITURE)
    junk = [before for before, after in changes(essay, "drop-web-junk") if not after]
    assert junk[:6] == ["From Wikipedia, the free encyclopedia", "For the village, see Ashcombe.",
                        "Contents", "1 History", "2 Ecology", "3 References"]
    assert "Categories: Locks in England Canals in Wiltshire" in junk
    assert "This page was last edited on 4 February 2024, at 10:12 (UTC)." in junk
    assert LICENCE in junk
    assert LINKS in junk


def test_wikipedia_chrome_leaves_the_article(tmp_path):
    essay = essay_of(tmp_path, FURNITURE)
    assert T.find(essay, "meta/title").text == "Ashcombe Lock"
    assert headings(essay) == ["History", "Ecology"]
    assert paragraphs(essay)[0] == LEAD
    assert len(paragraphs(essay)) == 3
    assert items(essay) == [MARSH]


def test_hatnote_contents_and_categories_stay_in_an_essay_that_is_no_wikipedia_page(tmp_path):
    text = """The Village and the Mill

For the village, see Ashcombe.

The first paragraph is long enough to be one paragraph of the essay about the mill.

Contents
1 History
2 Ecology

History

The mill closed in the 1860s when the woollen trade declined.

Categories: Race, Class and Gender

The essay's categories are those the census used, never the readers' own.
"""
    essay = essay_of(tmp_path, text)
    assert changes(essay, "drop-web-junk") == []
    assert "For the village, see Ashcombe." in paragraphs(essay)
    assert "1 History" in paragraphs(essay)
    assert "Categories: Race, Class and Gender" in headings(essay)


# ---------------------------------------------------------------- 4. after the references

def test_external_links_end_the_notes_and_are_end_matter(tmp_path):
    text = f"""Ashcombe Lock

The lock was rebuilt in 1887.[1]

References

1. {GAGE}

External links
Vale Canal Trust – official website
Categories: Locks in England Canals in Wiltshire
This page was last edited on 4 February 2024, at 10:12 (UTC).
"""
    essay = essay_of(tmp_path, text)
    assert notes(essay) == [("1", GAGE.replace('"On', "“On").replace('Lock"', "Lock”"))]
    assert T.find(essay, "endmatter") is None
    assert back_sections(essay) == [
        ("External links", [("item", "Vale Canal Trust – official website")])]
    assert errors(essay) == []


def back_sections(essay):
    """The headed sections after the references that are no appendix: (heading, [(kind,
    text)])."""
    return [(T.inline_text(T.find(s, "heading")),
             [(p.get("kind"), T.inline_text(p)) for p in T.findall(s, "p")])
            for s in T.findall(essay, "appendices/section") if s.get("role") == "back"]


def test_further_reading_after_a_reference_list_is_a_headed_list_not_a_reference(tmp_path):
    text = f"""Ashcombe Lock

The lock was rebuilt in 1887 (Gage, 1888), as the county history records.

References
{GAGE}

Further reading
Canals of the South, a walking guide
"""
    essay = essay_of(tmp_path, text)
    assert len(items(essay)) == 1
    assert back_sections(essay) == [
        ("Further reading", [("item", "Canals of the South, a walking guide")])]


def test_see_also_in_the_body_is_a_heading_over_its_links(tmp_path):
    see_also = "See also[edit]\nVale Canal\nList of locks in England\n\n"
    essay = essay_of(tmp_path, EDIT.replace("References[edit", see_also + "References[edit"))
    assert headings(essay) == ["History", "Later use", "See also"]
    last = T.findall(essay, "body/section")[-1]
    assert [(p.get("kind"), p.text) for p in T.findall(last, "p")] == [
        ("item", "Vale Canal"), ("item", "List of locks in England")]


def test_a_references_own_retrieved_from_a_wikipedia_address_stays_in_it(tmp_path):
    # an APA entry for a Wikipedia article, wrapped before its 'Retrieved from' line, in an
    # essay that is no Wikipedia page: the line is the entry's, no page footer
    text = """Floods and Memory

Floods recur in the record (Smith, 2019; "Flood", 2019).

References

Flood. (2019, May 3). In Wikipedia.
Retrieved from https://en.wikipedia.org/wiki/Flood
Smith, J. (2019). Floods. London: Verso.
"""
    essay = essay_of(tmp_path, text)
    assert changes(essay, "drop-web-junk") == []
    assert items(essay)[0] == ("Flood. (2019, May 3). In Wikipedia. Retrieved from "
                               "https://en.wikipedia.org/wiki/Flood")
    # the page footer's form is chrome anywhere: quoted, or the index.php address
    footer = 'Retrieved from "https://en.wikipedia.org/w/index.php?title=Flood&oldid=1"'
    essay = essay_of(tmp_path, text.replace("Smith, J. (2019). Floods. London: Verso.\n",
                                            f"Smith, J. (2019). Floods. London: Verso.\n\n"
                                            f"{footer}\n"))
    assert footer in [before for before, after in changes(essay, "drop-web-junk") if not after]
