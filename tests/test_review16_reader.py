# ruff: noqa: E501  (the pasted pages keep their long lines)
"""Review 16: the site rules of audit 16 leave real essays alone: an essay naming Academia.edu
and repeating a subheading, one quoting a cookie banner, a book's 'Volume 3 (1954)' under its
title, a book report's 'About the Author' section, numbered parts that repeat the title; and a
journal's volume and issue print with their labels."""

from __future__ import annotations

import re
import zipfile

import pytest

from essayconv import tree as T
from essayconv.cli import main
from essayconv.reader.masthead import masthead

from validators import authors, essay_of, infos

PLATFORMS = """Academic Social Networks: A Comparison
Jane Doe

Introduction

Scholars share their work on several platforms. This essay compares two of them in turn.

Academia.edu

Academia.edu is a commercial site founded in 2008 (Smith 2020).

Privacy and data

The site collects reading data and sells premium access to it.

ResearchGate

ResearchGate is a Berlin company founded in 2008 (Smith 2020).

Privacy and data

The site also collects data, and it emails authors constantly.

Conclusion

Both platforms monetise scholarly attention.

References

Smith, J. (2020) Platforms. London: Routledge.
"""

COOKIES = """Why Websites Use Cookies: Consent and the GDPR
Jane Doe

This website uses cookies to personalize content and ads, and by using our site you agree to our cookie policy.
That sentence, shown on most sites, is the subject of this essay.

Introduction

Download PDF
The button above, and See full PDF, are typical of sites like Academia.edu.
Academia.edu
Why Websites Use Cookies: Consent and the GDPR
ResearchGate is similar.

References

Smith, J. (2020) Cookies. London: Routledge.
"""

VOLUME = """A History of the Crusades
Volume 3 (1954)

Introduction

Runciman's third volume covers the later crusades. This review discusses it in detail and has enough words to be a paragraph of prose.

References

Runciman, S. (1954) A History of the Crusades. Cambridge: Cambridge University Press.
"""

VOLUME_BYLINE = """The Eclipse of Reason
Volume 7 (2023)
Jane Doe

Introduction

This essay reads the book closely and has enough words to be a paragraph of prose here.

References

Smith, J. (2020) Reason. London: Routledge.
"""

BOOK_REPORT = """Reading Toni Morrison Today

Introduction

This essay discusses the novelist's reception.

About the Author

Toni Morrison is a Nobel laureate whose novels include Beloved and Jazz. She taught at Princeton for many years.

Reception

Her work has been read widely (Smith 2020).

References

Smith, J. (2020) Morrison. London: Routledge.
"""

PARTS = """Letters from the Front: Soldiers Writing Home
Jane Doe

Introduction

This essay reads three bundles of letters in turn, each in its own part.

Letters from the Front 1

The first bundle is from 1915. It has forty letters and they are described here at length.

Letters from the Front 2

The second bundle is from 1916. It has thirty letters and they are described here at length.

Letters from the Front 3

The third bundle is from 1917. It has twenty letters and they are described here at length.

References

Smith, J. (2020) Letters. London: Routledge.
"""

JOURNAL = """The Meridian Review of History
Volume 3, Issue 2 (Spring 2025)

Housing and Protest in Glasgow, 1919–1922
Eleanor M. Whitcombe

Introduction
Historians have long debated the unrest of Red Clydeside (McLean 1983).

Bibliography
McLean, Iain. The Legend of Red Clydeside. Edinburgh: John Donald, 1983.
"""


def _title(essay) -> str:
    return T.find(essay, "meta/title").text


def _all_headings(essay) -> list[str]:
    return [h.text for h in T.findall(essay, "body//section/heading")]


def _dropped(essay) -> list[str]:
    return [c[0].text for c in T.findall(essay, "changes/change")
            if c.get("rule") in ("drop-web-junk", "drop-page-furniture")]


def _body(essay) -> str:
    return " ".join(T.find(essay, "body").itertext())


def test_an_essay_naming_the_sites_and_repeating_a_subheading_keeps_its_opening(tmp_path):
    essay = essay_of(tmp_path, PLATFORMS)
    assert _title(essay) == "Academic Social Networks: A Comparison"
    assert authors(essay) == ["Jane Doe"]
    assert _all_headings(essay) == ["Introduction", "Academia.edu", "Privacy and data",
                                    "ResearchGate", "Privacy and data", "Conclusion"]
    assert _dropped(essay) == []


def test_an_essay_quoting_a_cookie_banner_and_buttons_keeps_its_opening(tmp_path):
    essay = essay_of(tmp_path, COOKIES)
    assert _title(essay) == "Why Websites Use Cookies: Consent and the GDPR"
    assert authors(essay) == ["Jane Doe"]
    assert "shown on most sites" in _body(essay)
    assert "typical of sites like Academia.edu" in _body(essay)


def test_a_books_volume_under_its_title_is_no_masthead(tmp_path):
    essay = essay_of(tmp_path, VOLUME)
    assert _title(essay) == "A History of the Crusades"
    assert ("publication", "A History of the Crusades") not in infos(essay)
    assert "Introduction" in _all_headings(essay)
    essay = essay_of(tmp_path, VOLUME_BYLINE)
    assert _title(essay) == "The Eclipse of Reason"
    assert authors(essay) == ["Jane Doe"]


def test_a_masthead_needs_a_journal_name_over_a_volume_with_its_issue():
    book = [(1, "The Eclipse of Reason"), (2, "Volume 7 (2023)"), (3, "Jane Doe")]
    assert masthead(book) == ([], book)
    alone = [(1, "Vol. 12, No. 1, 2024"), (2, "A Title"), (3, "Jane Doe")]
    assert masthead(alone) == ([], alone)
    journal = [(1, "Studies in History"), (2, "Volume 3, Issue 2"), (3, "A Title")]
    facts, rest = masthead(journal)
    assert [(name, text) for _, name, text in facts] == [
        ("publication", "Studies in History"), ("volume", "3"), ("issue", "2")]
    assert rest == [(3, "A Title")]


def test_a_book_reports_about_the_author_section_stays_in_the_body(tmp_path):
    essay = essay_of(tmp_path, BOOK_REPORT)
    assert authors(essay) == []
    assert _all_headings(essay) == ["Introduction", "About the Author", "Reception"]
    assert "Nobel laureate" in _body(essay)


def test_numbered_parts_repeating_the_title_are_headings(tmp_path):
    essay = essay_of(tmp_path, PARTS)
    assert _all_headings(essay) == ["Introduction", "Letters from the Front 1",
                                    "Letters from the Front 2", "Letters from the Front 3"]
    assert _dropped(essay) == []


def test_a_journals_volume_and_issue_print_with_their_labels(tmp_path, capsys):
    source = tmp_path / "journal.txt"
    source.write_text(JOURNAL, encoding="utf-8")
    assert main([str(source), "--to", "html,docx", "-o", str(tmp_path / "out")]) == 0
    capsys.readouterr()
    html = (tmp_path / "out" / "journal.html").read_text(encoding="utf-8")
    assert '<p class="info volume">Volume 3, Issue 2</p>' in html
    assert 'class="info issue"' not in html
    with zipfile.ZipFile(tmp_path / "out" / "journal.docx") as docx:
        document = docx.read("word/document.xml").decode("utf-8")
    texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", document)
    assert "Volume 3, Issue 2" in texts
    assert "3" not in texts and "2" not in texts


@pytest.mark.parametrize(("lang", "facts", "expected"), [
    ("en", {"volume": "3", "issue": "2"}, "Volume 3, Issue 2"),
    ("de", {"volume": "12", "issue": "4"}, "Jahrgang 12, Heft 4"),
    ("fr", {"volume": "7"}, "Volume 7"),
])
def test_a_journals_volume_and_issue_print_in_the_essays_language(lang, facts, expected):
    from essayconv.writers.view import fact_text

    essay = T.el("essay")
    essay.set(T.XML_LANG, lang)
    meta = T.sub(essay, "meta")
    infos = [T.sub(meta, "info", value, name=name) for name, value in facts.items()]
    assert fact_text(essay, infos[0]) == expected
