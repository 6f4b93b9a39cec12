"""A blog engine's page pasted whole (WordPress, Blogger): the site's chrome above the post and
the page's tail after it are dropped (logged), never the title, sections or references; the
post's byline gives the author and the date. Every essay is written here and every
expectation by hand from the rules."""

from __future__ import annotations

import pytest

from essayconv import tree as T
from essayconv.reader.lines import dated_byline
from test_front_matter import authors, infos
from test_web_furniture import dropped, essay_of, headings, items, paragraphs

TITLE = "Why Ferries Matter: Islands, Timetables and Belonging"
PARAGRAPH = ("Anyone who has waited for the evening boat knows that a timetable is never only "
             "a timetable (Mackay, 2018).")
SECOND = "The islands depend on the crossing for food, school and work alike, all year round."
REFERENCE = "Mackay, D. (2018) The Last Crossing. Edinburgh: Birlinn."


def text_of(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def title(essay) -> str:
    return T.find(essay, "meta/title").text


# ---------------------------------------------------------------- after the post

WORDPRESS_TAIL = [
    "Tags: ferries, islands, transport",
    "Categories: Transport, Islands",
    "Related",
    "3 thoughts on “Why Ferries Matter”",
    "Morag Campbell",
    "April 2, 2024 at 8:05 pm",
    "Lovely piece. Our school trips depend on the morning sailing and it is often cancelled.",
    "Reply",
    "Leave a Reply Cancel reply",
    "Recent Posts",
    "Bridges and Causeways",
    "© 2024 Island Studies Network. All rights reserved.",
    "Privacy Policy | Cookie Policy",
    "Proudly powered by WordPress",
]


def test_a_wordpress_tail_after_the_references_is_dropped(tmp_path):
    essay = essay_of(tmp_path, text_of(TITLE, "", PARAGRAPH, "", "References", REFERENCE,
                                       *WORDPRESS_TAIL))
    assert items(essay) == [REFERENCE]
    assert dropped(essay) == WORDPRESS_TAIL
    assert paragraphs(essay) == [PARAGRAPH]


def test_a_wordpress_tail_under_a_post_without_references_is_dropped(tmp_path):
    tail = ["Share this:", "Click to share on Facebook (Opens in new window)", "Like this:",
            "Like Loading...", "Post navigation", "Leave a comment", "Powered by WordPress"]
    essay = essay_of(tmp_path, text_of(TITLE, "", PARAGRAPH, "", SECOND, "", *tail))
    assert paragraphs(essay) == [PARAGRAPH, SECOND]
    assert dropped(essay) == tail


def test_a_blogger_tail_is_dropped_and_names_the_author(tmp_path):
    tail = ["Posted by Eilidh Morrison at 10:15 AM", "Labels: ferries, islands",
            "No comments:", "Post a Comment", "Newer Post Older Post Home",
            "Subscribe to: Post Comments (Atom)"]
    essay = essay_of(tmp_path, text_of(TITLE, "", PARAGRAPH, "", "References", REFERENCE,
                                       "", *tail))
    assert items(essay) == [REFERENCE]
    assert dropped(essay) == tail
    assert authors(essay) == ["Eilidh Morrison"]


def test_a_reference_with_tags_or_related_in_its_title_stays(tmp_path):
    references = ["Fielding, R. (2019) Tags: Graffiti and the City. London: Verso.",
                  "Reid, S. (2020) Related Lives: Kinship on the Islands. Glasgow: Argyll.",
                  REFERENCE]
    essay = essay_of(tmp_path, text_of(TITLE, "", PARAGRAPH, "", "References", *references,
                                       "Powered by WordPress"))
    assert items(essay) == references
    assert dropped(essay) == ["Powered by WordPress"]


def test_essay_prose_about_comments_and_posting_stays(tmp_path):
    prose = ["Consultation", "Comments posted by residents on the council’s page were coded by "
             "theme, and most named the winter timetable (Mackay, 2018).",
             "Posted by the operator on 3 March 2024, the new timetable drew 212 comments "
             "within a day, most of them angry."]
    essay = essay_of(tmp_path, text_of(TITLE, "", PARAGRAPH, "", *prose, "", "References",
                                       REFERENCE))
    assert headings(essay) == [None, "Consultation"]
    assert paragraphs(essay) == [PARAGRAPH, *prose[1:]]
    assert items(essay) == [REFERENCE]
    assert dropped(essay) == []


def test_essay_prose_under_a_tail_marker_is_never_dropped(tmp_path):
    """A 'Related' heading over the essay's prose is no tail, though the page ends on a
    blog's credit: only the credit goes."""
    essay = essay_of(tmp_path, text_of(TITLE, "", PARAGRAPH, "", "Related", SECOND, "",
                                       "Powered by WordPress"))
    assert paragraphs(essay) == [PARAGRAPH, SECOND]
    assert dropped(essay) == ["Powered by WordPress"]


# ---------------------------------------------------------------- the page's top

def test_the_site_chrome_over_a_breadcrumb_ending_in_the_title_is_dropped(tmp_path):
    header = ["Skip to content", "Island Studies Network", "Home", "About", "Contact",
              "Search for:", "Search", f"Home » Blog » Transport » {TITLE}"]
    essay = essay_of(tmp_path, text_of(*header, TITLE, "Like Loading...", PARAGRAPH, "",
                                       "References", REFERENCE))
    assert title(essay) == TITLE
    assert dropped(essay) == [*header, "Like Loading..."]
    assert paragraphs(essay) == [PARAGRAPH]
    assert headings(essay) == [None]


def test_the_title_after_the_menu_and_search_without_a_breadcrumb(tmp_path):
    header = ["Skip to main content", "Island Studies Network", "Home", "About", "Search"]
    essay = essay_of(tmp_path, text_of(*header, TITLE, "", PARAGRAPH))
    assert title(essay) == TITLE
    assert dropped(essay) == header
    assert paragraphs(essay) == [PARAGRAPH]


def test_the_title_over_a_dated_byline_under_the_chrome(tmp_path):
    header = ["Skip to content", "Menu", "Island Studies Network", "A blog about islands"]
    essay = essay_of(tmp_path, text_of(
        *header, TITLE, "Posted by Dr Ann Lewis on March 3, 2024 in Transport, Islands",
        "", PARAGRAPH))
    assert title(essay) == TITLE
    assert authors(essay) == ["Dr Ann Lewis"]
    assert infos(essay) == [("date", "March 3, 2024")]
    assert dropped(essay) == [*header, "Posted by Dr Ann Lewis on March 3, 2024 in Transport, "
                              "Islands"]
    assert paragraphs(essay) == [PARAGRAPH]


def test_a_title_and_a_heading_that_name_menu_items_stay(tmp_path):
    """One kind of chrome ('Home' / 'About' alone) is no site's chrome."""
    essay = essay_of(tmp_path, text_of("Home", "About", "", PARAGRAPH, "", SECOND))
    assert title(essay) == "Home"
    assert dropped(essay) == []


# ---------------------------------------------------------------- the post's byline

@pytest.mark.parametrize(("line", "expected"), [
    ("Posted by Dr Fiona Hale on March 3, 2024 in Housing, Urban Policy",
     (["Dr Fiona Hale"], "March 3, 2024", "Housing, Urban Policy")),
    ("Posted on March 3, 2024 by Fiona Hale", (["Fiona Hale"], "Posted on March 3, 2024", None)),
    ("By Fiona Hale | March 3, 2024 | Housing", (["Fiona Hale"], "March 3, 2024", "Housing")),
    ("By Fiona Hale | March 3, 2024", (["Fiona Hale"], "March 3, 2024", None)),
])
def test_a_blog_byline_gives_the_author_the_date_and_the_category(line, expected):
    assert dated_byline(line) == expected


@pytest.mark.parametrize("line", [
    "Posted by the council on March 3, 2024 in response to the petition",
    "Housing policy | March 3, 2024 | a review",
])
def test_a_sentence_with_posted_and_a_date_is_no_byline(line):
    assert dated_byline(line) is None


def test_the_byline_with_a_category_under_the_title_gives_author_and_date(tmp_path):
    essay = essay_of(tmp_path, text_of(
        TITLE, "By Fiona Hale | March 3, 2024 | Transport", "", PARAGRAPH))
    assert authors(essay) == ["Fiona Hale"]
    assert infos(essay) == [("date", "March 3, 2024")]
    assert headings(essay) == [None]
    assert paragraphs(essay) == [PARAGRAPH]


def test_an_archives_category_in_the_references_stays_over_a_blog_tail(tmp_path):
    """A bibliography's 'Archives' never opens the page's tail: the tail starts at the share
    row under the list."""
    essay = essay_of(tmp_path, text_of(TITLE, "", PARAGRAPH, "", "References", REFERENCE,
                                       "Archives", "Orkney Archives, Kirkwall",
                                       "Share this:", "Like Loading...", "Leave a comment"))
    assert items(essay) == [REFERENCE, "Orkney Archives, Kirkwall"]
    assert dropped(essay) == ["Share this:", "Like Loading...", "Leave a comment"]
