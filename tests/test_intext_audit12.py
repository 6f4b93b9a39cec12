"""Audit 12: a note marker after a full stop is never the object of the word before it; MLA
citations that name no author in their brackets (a page after the author named in the text,
a title alone, a film's time stamp) link to their work."""

from __future__ import annotations

from lxml import etree

from essayconv import tree as T
from essayconv.writers import WriteOptions
from essayconv.writers.html import html_document

from validators import enriched, text

NOTES = """Ruined Abbeys

Eleanor Ashcombe

{sentence}

Notes

1 Thomas Pennington, Observations on Ruined Abbeys (London: J. Dodsley, 1783), p. iv.

Bibliography

Pennington, Thomas, Observations on Ruined Abbeys (London: J. Dodsley, 1783)
"""


def _paragraph(essay: etree._Element, start: str) -> str:
    """The HTML text of the body paragraph that starts with start."""
    html = etree.fromstring(html_document(essay, WriteOptions()).encode())
    return next(text(p) for p in html.xpath("//*[local-name()='p']")
                if text(p).startswith(start))


def test_a_marker_after_a_full_stop_is_no_object_of_see(tmp_path):
    essay = enriched(tmp_path, NOTES.format(
        sentence="Pennington taught a generation of readers how to see.1"))
    assert _paragraph(essay, "Pennington taught") == \
        "Pennington taught a generation of readers how to see (Pennington, 1783, p. iv)."


def test_a_marker_after_of_in_its_sentence_is_still_its_object(tmp_path):
    essay = enriched(tmp_path, NOTES.format(
        sentence="Ruins became a theme in the wake of [1] and his many imitators."))
    assert _paragraph(essay, "Ruins became") == ("Ruins became a theme in the wake of "
                                                 "Pennington (1783, p. iv) and his many "
                                                 "imitators.")


MLA = """Haunted Houses

Jordan Alvarez

{body}

Works Cited

Henderson, Patricia. "Spaces of Trauma." African American Review, vol. 38, no. 1, 2004, pp. 59-78.

Morrison, Toni. Beloved. Knopf, 1987.

---. "The Site of Memory." Inventing the Truth, edited by W. Zinsser, Houghton, 1995, pp. 83-102.

{unsigned}

Beloved. Directed by Jonathan Demme, Touchstone Pictures, 1998.
"""
# an unsigned web page, cited by its title
UNSIGNED = ('"Teaching Beloved." The Toni Morrison Society, 2021, '
            'www.tonimorrisonsociety.org/teaching-beloved. Accessed 3 Mar. 2024.')


def _links(essay: etree._Element) -> list[tuple[str, str | None, str | None]]:
    """(words, work, locator) of each in-text link."""
    return [(x.text or "", x.get("work"), x.get("locator")) for x in essay.iter(T.q("xref"))]


def _warnings(essay: etree._Element) -> str:
    return " | ".join(d.text or "" for d in T.findall(essay, "diagnostics/diagnostic"))


def test_a_page_alone_after_the_author_named_as_the_source_links(tmp_path):
    essay = enriched(tmp_path, MLA.format(unsigned=UNSIGNED, body=(
        "As Patricia Henderson puts it, Morrison “spatializes trauma” (64). Students "
        "“often find the house frightening” (“Teaching Beloved”). A film softens this "
        "(Beloved 01:12:30).")))
    assert _links(essay) == [("64", "henderson2004", "64"),
                             ("“Teaching Beloved”", "teachingbeloved2021", None),
                             ("Beloved 01:12:30", "beloved1998", "01:12:30")]
    assert "henderson2004: the reference list entry is never cited" not in _warnings(essay)
    assert "teachingbeloved2021: the reference list entry is never cited" not in \
        _warnings(essay)


def test_a_quoted_title_with_a_page_links_with_its_page(tmp_path):
    essay = enriched(tmp_path, MLA.format(unsigned=UNSIGNED,
                                          body="Students fear the house (“Teaching Beloved” 12)."))
    assert _links(essay) == [("“Teaching Beloved” 12", "teachingbeloved2021", "12")]


def test_a_page_alone_after_a_citation_in_the_sentence_before_is_its_work(tmp_path):
    essay = enriched(tmp_path, MLA.format(unsigned=UNSIGNED, body=(
        "Her back is a “chokecherry tree” (Morrison, Beloved 79). Schoolteacher’s notebook, "
        "by contrast, lists her “characteristics” (193).")))
    assert _links(essay)[-1] == ("193", "morrison1987", "193")


def test_restyled_pages_and_titles_are_harvard(tmp_path):
    options = WriteOptions(restyle_citations=True)
    essay = enriched(tmp_path, MLA.format(unsigned=UNSIGNED, body=(
        "As Patricia Henderson puts it, Morrison “spatializes trauma” (64). As Henderson "
        "argues, the house “keeps its dead” (70). Students “fear the house” (“Teaching "
        "Beloved”). A film softens this (Beloved 01:12:30).")), options)
    assert _paragraph(essay, "As Patricia") == (
        "As Patricia Henderson puts it, Morrison “spatializes trauma” (Henderson, 2004, p. 64). "
        "As Henderson argues, the house “keeps its dead” (2004, p. 70). Students “fear the "
        "house” (Teaching Beloved, 2021). A film softens this (Beloved, 1998, 01:12:30).")


def test_a_page_after_an_author_of_several_works_is_a_warning(tmp_path):
    essay = enriched(tmp_path, MLA.format(unsigned=UNSIGNED, body=(
        "As Toni Morrison puts it, memory is “a place” (36). Henderson agrees (Henderson 60).")))
    assert [w for _, w, _ in _links(essay)] == ["henderson2004"]
    assert "several works (morrison1987, morrison1995)" in _warnings(essay)


def test_numbers_that_are_no_pages_stay_text(tmp_path):
    essay = enriched(tmp_path, MLA.format(unsigned=UNSIGNED, body=(
        "Henderson wrote about the house (1987). Henderson names three stages: (1) recovery, "
        "(2) revision. The rooms stay empty. The house is quiet (64). Henderson agrees "
        "(Henderson 60).")))
    # a year, list numbers, and a page with no author named in its sentence or the one before
    assert _links(essay) == [("Henderson 60", "henderson2004", "60")]


def test_an_author_date_essay_links_no_page_alone(tmp_path):
    essay = enriched(tmp_path, """Forces

Ana Silva

As Henderson (2004) shows, the force follows from Newton’s law (3). Henderson also gives (64).

Reference list

Henderson, P. (2004) ‘Spaces of Trauma’, African American Review, 38(1), pp. 59–78.
""")
    assert [x for x, _, _ in _links(essay)] == ["Henderson (2004)"]
