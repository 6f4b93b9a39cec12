# ruff: noqa: E501  (the pasted pages keep their long lines)
"""Audit 16: a student journal's page and an Academia.edu paste: the site's skip link, menu
and masthead, its 'Cite this article' box, a host's cover page, an author's bio and the
copyright footer after the references, a running title with its page number."""

from __future__ import annotations

from essayconv import tree as T
from essayconv.reader.blogs import _nav_row
from essayconv.reader.masthead import masthead

from validators import authors, essay_of, headings, infos

JOURNAL = """Skip to Content
Home About Issues Submit Contact
Open Menu Close Menu
The Meridian Review of History
Volume 3, Issue 2 (Spring 2025)

Housing and Protest in Glasgow, 1919–1922
Eleanor M. Whitcombe
University of Edinburgh

Keywords: housing, protest, Glasgow

Abstract
This article examines how demobilised soldiers in Glasgow pressed claims for housing.

Cite this article
Whitcombe, Eleanor M. "Housing and Protest in Glasgow, 1919–1922." The Meridian Review of History 3, no. 2 (2025): 45–71.
Download PDF

Introduction
Historians have long debated the unrest of Red Clydeside (McLean 1983).

Bibliography
McLean, Iain. The Legend of Red Clydeside. Edinburgh: John Donald, 1983.
"""

ACADEMIA = """Academia.edu uses cookies to personalize content, tailor ads and improve the user experience. By using our site, you agree to our collection of information through the use of cookies. To learn more, view our Privacy Policy.×
Academia.edu
Download Free PDF
Reasonable Adjustments and the Limits of Inclusion
Priya Nandakumar
2019, Journal of Inclusive Policy Studies
See full PDF
Download PDF
Related papers
Disability and the university: a critical review
Tom Ashworth
Download free PDF View PDF chevron_right

Reasonable Adjustments and the Limits of Inclusion
Priya Nandakumar
School of Education, University of Leeds

1. Introduction
Disability is a social state and not a medical condition (Oliver 1990).

References
Oliver, M. (1990) The Politics of Disablement. Basingstoke: Macmillan.
"""

BIO = """Housing and Protest in Glasgow

Historians have long debated the unrest of Red Clydeside (McLean 1983).

Bibliography
McLean, Iain. The Legend of Red Clydeside. Edinburgh: John Donald, 1983.

About the Author
Eleanor M. Whitcombe is a fourth-year undergraduate in History at the University of Edinburgh. She thanks the staff of the Mitchell Library for their help.

Previous Article
Next Article
© 2025 The Meridian Review of History. All rights reserved.
Powered by Squarespace
"""

HEADER = """Reasonable Adjustments and the Limits of Inclusion: Disability Equality in UK Higher Education
Priya Nandakumar

1. Introduction
Disability is a social state and not a medical condition (Oliver 1990).

Reasonable Adjustments and the Limits of Inclusion                                   3

2. Conclusion
Universities absorbed the language of inclusion (Oliver 1990).

References
Oliver, M. (1990) The Politics of Disablement. Basingstoke: Macmillan.

Reasonable Adjustments and the Limits of Inclusion                                   4
"""


def _title(essay) -> str:
    return T.find(essay, "meta/title").text


def _dropped(essay, rule: str) -> list[str]:
    return [c[0].text for c in T.findall(essay, "changes/change") if c.get("rule") == rule]


def _body(essay) -> str:
    return " ".join(T.find(essay, "body").itertext())


def _items(essay) -> list[str]:
    return ["".join(item.itertext()) for item in T.findall(essay, "sources/item")]


def test_a_journal_sites_menu_and_masthead_are_not_the_title(tmp_path):
    essay = essay_of(tmp_path, JOURNAL)
    assert _title(essay) == "Housing and Protest in Glasgow, 1919–1922"
    assert authors(essay) == ["Eleanor M. Whitcombe"]
    facts = infos(essay)
    for fact in [("publication", "The Meridian Review of History"), ("volume", "3"),
                 ("issue", "2"), ("date", "Spring 2025"),
                 ("affiliation", "University of Edinburgh")]:
        assert fact in facts
    assert any(name == "keywords" for name, _ in facts)
    junk = _dropped(essay, "drop-web-junk")
    assert {"Skip to Content", "Home About Issues Submit Contact", "Open Menu Close Menu",
            "Cite this article", "Download PDF"} <= set(junk)
    assert headings(essay) == ["Abstract", "Introduction"]
    assert T.findall(essay, "body/section")[0].get("role") == "abstract"
    assert "Cite this article" not in _body(essay) and "45–71" not in _body(essay)
    assert len(_items(essay)) == 1


def test_a_nav_row_needs_three_menu_words_and_nothing_else():
    assert _nav_row("Home About Issues Submit Contact")
    assert _nav_row("Home | Blog | Contact")
    assert not _nav_row("Home About")
    assert not _nav_row("Home About Issues Today")  # 'Today' is no menu's word
    assert not _nav_row("Home and Away")


def test_a_masthead_needs_a_volume_line_at_the_top():
    lines = [(1, "The Meridian Review of History"), (2, "Vol. 12, No. 1, 2024"),
             (3, "A Title"), (4, "Jane Doe")]
    facts, rest = masthead(lines)
    assert [(name, text) for _, name, text in facts] == [
        ("publication", "The Meridian Review of History"), ("volume", "12"), ("issue", "1"),
        ("date", "2024")]
    assert rest == lines[2:]
    plain = [(1, "A Title"), (2, "Jane Doe"), (3, "Volume 3 of the survey")]
    assert masthead(plain) == ([], plain)


def test_an_academia_cover_page_goes_up_to_the_papers_title(tmp_path):
    essay = essay_of(tmp_path, ACADEMIA)
    assert _title(essay) == "Reasonable Adjustments and the Limits of Inclusion"
    assert authors(essay) == ["Priya Nandakumar"]
    assert ("affiliation", "School of Education, University of Leeds") in infos(essay)
    body = _body(essay)
    for word in ("cookies", "Related papers", "Tom Ashworth", "See full PDF", "chevron"):
        assert word not in body
    junk = _dropped(essay, "drop-web-junk")
    assert "Related papers" in junk and "Tom Ashworth" in junk
    assert headings(essay) == ["1. Introduction"]


def test_a_title_about_cookies_is_kept(tmp_path):
    essay = essay_of(tmp_path, "Why Websites Use Cookies\nJane Doe\n\nIntroduction\n"
                     "Cookies are small files a site stores in the browser for later.\n")
    assert _title(essay) == "Why Websites Use Cookies"


def test_an_about_the_author_bio_after_the_references_is_the_authors(tmp_path):
    essay = essay_of(tmp_path, BIO)
    assert _items(essay) == [
        "McLean, Iain. The Legend of Red Clydeside. Edinburgh: John Donald, 1983."]
    author = T.find(essay, "meta/author")
    assert T.find(author, "name").text == "Eleanor M. Whitcombe"
    assert T.find(author, "bio").text.startswith("Eleanor M. Whitcombe is a fourth-year")
    junk = _dropped(essay, "drop-web-junk")
    assert "© 2025 The Meridian Review of History. All rights reserved." in junk
    assert "About the Author" in junk


def test_a_running_title_with_its_page_number_is_page_furniture(tmp_path):
    essay = essay_of(tmp_path, HEADER)
    assert "Limits of Inclusion 3" not in _body(essay)
    assert _items(essay) == [
        "Oliver, M. (1990) The Politics of Disablement. Basingstoke: Macmillan."]
    assert len(_dropped(essay, "drop-page-furniture")) == 2
