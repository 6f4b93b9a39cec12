"""A page pasted whole: the web's furniture is dropped into the change log, the essay is not.

Also a bibliography's category subheadings ('Primary Sources', 'Cases') and a table's row
pasted as 'Study | Location | Species'. Every expectation is written by hand from the input."""

from __future__ import annotations

from pathlib import Path

import pytest

from essayconv import tree as T
from essayconv.pipeline import read
from essayconv.reader.lines import (
    bibliography_subheading,
    copyright_footer,
    is_breadcrumb,
    is_heading,
    is_web_junk,
    tags_line,
)

from validators import changes, essay_of

WEB = Path(__file__).parent / "fixtures" / "web"
PARAGRAPH = "The essay begins here, with a first paragraph that is long enough to be one."
REFERENCE = ("Oke, T.R. (1982) 'The energetic basis of the urban heat island', Quarterly Journal "
             "of the Royal Meteorological Society, 108(455), pp. 1–24.")


def dropped(essay) -> list[str]:
    return [before for _, before, _ in changes(essay, "drop-web-junk")]


def headings(essay) -> list[str | None]:
    return [h.text if (h := T.find(s, "heading")) is not None else None
            for s in T.findall(essay, "body/section")]


def paragraphs(essay) -> list[str]:
    return [T.inline_text(p) for p in T.findall(essay, "body/section/p")]


def items(essay) -> list[str]:
    return [item.text for item in T.findall(essay, "sources/item")]


# ---------------------------------------------------------------- 1. a blog page pasted whole

@pytest.fixture(scope="module")
def blog():
    return read(WEB / "blog-post.txt")


def test_the_breadcrumb_is_dropped_and_the_headline_is_the_title(blog):
    assert T.find(blog, "meta/title").text == (
        "Why Cities Need Trees: Shade, Health and the Politics of Planting")
    assert changes(blog, "drop-web-junk")[0] == (1, "Home » Blog » Cities", "")


def test_the_posted_line_gives_the_author_and_the_date(blog):
    assert [T.find(a, "name").text for a in T.findall(blog, "meta/author")] == [
        "Amara Lindqvist"]
    assert [(i.get("name"), i.text, i.get("line")) for i in T.findall(blog, "meta/info")] == [
        ("date", "Posted on 2 May 2024", "3")]
    assert not any("Posted on" in p for p in paragraphs(blog))


def test_the_share_buttons_are_dropped(blog):
    assert dropped(blog)[1:9] == ["Share on Facebook", "Share on Twitter", "Share on LinkedIn",
                                  "Tweet", "Pin it", "Email", "Print", "5 min read"]


def test_the_body_keeps_its_sections_and_words(blog):
    assert headings(blog) == [None, "Shade and health", "Who gets the trees"]
    texts = paragraphs(blog)
    assert len(texts) == 3
    assert texts[0].startswith("Cities are getting hotter.")
    # the words 'share' and 'comments' inside the essay's sentences stay
    assert "Many readers will share the intuition" in texts[1]
    assert "the comments residents made in interviews" in texts[2]


def test_the_comment_thread_and_related_posts_are_dropped(blog):
    assert dropped(blog)[9:] == [
        "Comments (2)", "Jo P. — 3 May 2024", "Lovely piece, shared it with my street group.",
        "Reply", "Marco — 4 May 2024", "What about the cost of maintenance?", "Reply",
        "About the author", "Related posts", "Five myths about green roofs",
        "Is the 15-minute city fair?",
        "Tags: trees, cities, heat", "Leave a reply",
        "Subscribe to our newsletter for a new post every Friday.",
        "© 2024 Street Notes. All rights reserved."]


def test_about_the_author_gives_the_bio(blog):
    bio = T.find(blog, "meta/author/bio")
    assert bio.text == ("Amara Lindqvist is a postgraduate student in urban planning at the "
                        "University of Sheffield and writes about cities and climate.")
    assert bio.get("line") == "34"
    assert not any("About the author" in p or "Amara Lindqvist is" in p
                   for p in paragraphs(blog))


def test_the_footer_after_the_references_is_no_reference(blog):
    assert [item.split(" (")[0] for item in items(blog)] == [
        "Iungman, T. et al.", "Oke, T.R.", "Schwarz, K. et al."]
    assert items(blog)[-1].endswith("PLoS ONE, 10(4), e0122051.")
    assert not changes(blog, "join-reference-lines")


def test_every_line_of_the_page_is_kept_or_logged(blog):
    """Nothing is lost silently: each input line is in the tree or in the change log."""
    source = (WEB / "blog-post.txt").read_text(encoding="utf-8").splitlines()
    placed = {int(node.get("line")) for node in blog.iter() if node.get("line")
              and node.tag != T.q("change")}
    logged = {line for line, _, _ in changes(blog, "drop-web-junk")}
    missing = [n for n, text in enumerate(source, start=1)
               if text.strip() and n not in placed | logged]
    assert missing == []


def test_a_thread_and_a_footer_after_the_references(tmp_path):
    essay = essay_of(tmp_path, f"A Title\nJane Doe\n\n{PARAGRAPH}\n\nReferences\n\n{REFERENCE}\n\n"
                               "3 comments\n\npriya_s on March 3, 2024 at 9:14 am\n"
                               "Thanks, this helped with my dissertation.\nReply\n\n"
                               "Copyright © 2024 Jane Doe\n")
    assert len(items(essay)) == 1
    assert items(essay)[0].startswith("Oke, T.R. (1982)")
    assert dropped(essay) == ["3 comments", "priya_s on March 3, 2024 at 9:14 am",
                              "Thanks, this helped with my dissertation.", "Reply",
                              "Copyright © 2024 Jane Doe"]


def test_a_share_bar_under_the_post(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\nShare this:\nShare on WhatsApp\n"
                               "Tweet\nEmail\n\nReferences\n\n" + REFERENCE + "\n")
    assert dropped(essay) == ["Share this:", "Share on WhatsApp", "Tweet", "Email"]
    assert paragraphs(essay) == [PARAGRAPH]


# ---------------------------------------------------------------- 1b. what is never furniture

@pytest.mark.parametrize("line", [
    "Many users share their views on Facebook and Twitter every day, often in anger.",
    "The comments under the video were hostile and, at times, openly threatening.",
    "Copyright law protects the expression of ideas, not the ideas themselves.",
    "The publisher insisted that all rights reserved.",
    "Posted in Kabul in 2009, the officer wrote home every week.",
])
def test_a_sentence_with_a_furniture_word_stays(tmp_path, line):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\n{line}\n\n{PARAGRAPH}\n")
    assert paragraphs(essay) == [PARAGRAPH, line, PARAGRAPH]
    assert dropped(essay) == []


def test_headings_named_like_furniture_stay_in_the_body(tmp_path):
    text = (f"A Title\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nComments\n\n{PARAGRAPH}\n\n"
            f"Share of the Vote\n\n"
            f"{PARAGRAPH}\n\nRelated Work\n\n{PARAGRAPH}\n")
    essay = essay_of(tmp_path, text)
    assert headings(essay) == [None, "Comments", "Share of the Vote", "Related Work"]
    assert dropped(essay) == []


def test_a_list_of_platforms_in_the_body_stays(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n"
                               "The platforms sampled were:\nFacebook\nTwitter\nReddit\n\n"
                               f"References\n\n{REFERENCE}\n")
    assert paragraphs(essay)[2:] == ["The platforms sampled were:", "Facebook", "Twitter",
                                     "Reddit"]
    assert dropped(essay) == []


def test_a_commenter_like_line_without_a_thread_stays(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\nDiary — 14 March 1916\n"
                               f"{PARAGRAPH}\n")
    assert "Diary — 14 March 1916" in paragraphs(essay) + headings(essay)
    assert dropped(essay) == []


def test_about_the_author_without_a_bio_stays(tmp_path):
    essay = essay_of(tmp_path, f"A Title\nJane Doe\n\n{PARAGRAPH}\n\nAbout the author\n\n"
                               "The authorial voice of the novel is unreliable from the start, "
                               "as the narrator admits.\n")
    assert "About the author" in headings(essay)
    assert T.find(essay, "meta/author/bio") is None
    assert dropped(essay) == []


@pytest.mark.parametrize("title", ["Home / Away: Football and Migration",
                                   "Opinion | Why the Left Lost", "War » Peace",
                                   "Tags: Graffiti and the Making of the City",
                                   "Subscribe to Our Newsletter: Email Marketing in Small Firms"])
def test_a_title_like_furniture_stays_the_title(tmp_path, title):
    essay = essay_of(tmp_path, f"{title}\n\n{PARAGRAPH}\n")
    assert T.find(essay, "meta/title").text == title
    assert dropped(essay) == []


def test_breadcrumbs_and_share_buttons_line_by_line():
    assert [is_breadcrumb(t) for t in (
        "Home » Blog » Sustainability", "Home > Blog > Sustainability", "Home | Blog",
        "News › Opinion", "Home / Away", "Study | Location | Species | % with microplastics",
    )] == [True, True, True, True, False, False]
    assert [is_web_junk(t) for t in (
        "Share on LinkedIn", "Tweet", "Pin it", "Print", "Email", "Leave a comment",
        "Sign up for our newsletter", "Share of the vote", "A shared history",
    )] == [True] * 7 + [False, False]
    # tags and the footer count only where they stand: at the end of the page
    assert [is_web_junk(t) for t in (
        "Tags: fashion, sustainability", "© 2024 Greaves Writes. All rights reserved.",
    )] == [False, False]
    assert tags_line("Tags: fashion, sustainability")
    assert copyright_footer("© 2024 Greaves Writes. All rights reserved.")


# ------------------------------------------- 1c. headings like a thread, a footer, tags, a form

@pytest.mark.parametrize("heading", [
    "Two Responses to Scepticism", "Three Replies to the Sceptic", "Four Thoughts on Kant",
    "One Response to Rawls", "2 Responses to Hume", "Two Responses",
])
def test_a_heading_like_a_comment_threads_start_stays(tmp_path, heading):
    essay = essay_of(tmp_path, f"A Title\nBy Jane Doe\n\n{PARAGRAPH}\n\n{heading}\n\n"
                               f"{PARAGRAPH}\n\nReferences\n\n{REFERENCE}\n")
    assert headings(essay) == [None, heading]
    assert dropped(essay) == []
    # and as the title, at the top of the page
    essay = essay_of(tmp_path, f"{heading}\n\nBy Jane Doe\n\n{PARAGRAPH}\n")
    assert T.find(essay, "meta/title").text == heading
    assert dropped(essay) == []


@pytest.mark.parametrize("start", ["2 Responses", "12 comments", "Two Replies",
                                   "2 thoughts on “Why Cities Need Trees”"])
def test_a_comment_threads_start_over_a_commenter_or_reply_is_dropped(tmp_path, start):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n{start}\n\n"
                               "Tom B. — 16 March 2024\nGreat piece, thanks!\nReply\n")
    assert dropped(essay) == [start, "Tom B. — 16 March 2024", "Great piece, thanks!", "Reply"]
    assert paragraphs(essay) == [PARAGRAPH, PARAGRAPH]


def test_a_heading_from_copyright_and_an_image_credit_stay(tmp_path):
    text = (f"Reading the Rosetta Stone\n\nBy Jane Doe\n\n{PARAGRAPH}\n\n"
            "Figure 1: The Rosetta Stone in the British Museum.\n"
            "© The Trustees of the British Museum\n\n"
            f"Copyright 1709: The Statute of Anne\n\n{PARAGRAPH}\n\n"
            "Figure 2. The Statute's first page.\n© 2019 British Library\n")
    essay = essay_of(tmp_path, text)
    assert headings(essay) == [None, "Copyright 1709: The Statute of Anne"]
    assert "© The Trustees of the British Museum" in paragraphs(essay)
    assert paragraphs(essay)[-1] == "© 2019 British Library"  # under a caption: a credit
    assert dropped(essay) == []


def test_a_footer_in_the_middle_of_the_body_stays(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\n© 2024 Jane Doe\n\n{PARAGRAPH}\n")
    assert paragraphs(essay) == [PARAGRAPH, "© 2024 Jane Doe", PARAGRAPH]
    assert dropped(essay) == []


def test_a_prompt_and_a_heading_like_categories_stay(tmp_path):
    prompt = "Write a response to the following prompt:"
    text = (f"A Title\n\n{prompt}\n\n{PARAGRAPH}\n\nCategories: Race, Class and Gender\n\n"
            f"{PARAGRAPH}\n\nReferences\n\n{REFERENCE}\n")
    essay = essay_of(tmp_path, text)
    assert prompt in paragraphs(essay)
    assert headings(essay) == [None, "Categories: Race, Class and Gender"]
    assert dropped(essay) == []


def test_tags_beside_a_share_bar_before_the_references_are_dropped(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n"
                               "Tags: fashion, sustainability\nShare this:\nFacebook\nTwitter\n\n"
                               f"References\n\n{REFERENCE}\n")
    assert dropped(essay) == ["Tags: fashion, sustainability", "Share this:", "Facebook",
                              "Twitter"]
    assert paragraphs(essay) == [PARAGRAPH, PARAGRAPH]
    assert len(items(essay)) == 1


def test_the_comment_forms_fields_are_dropped(tmp_path):
    form = ["Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment *", "Name *", "Email *", "Website",
            "Save my name, email, and website in this browser for the next time I comment.",
            "Post Comment", "© 2024 Greaves Writes. All rights reserved."]
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\nReferences\n\n{REFERENCE}\n\n"
                               + "\n".join(form) + "\n")
    assert dropped(essay) == form
    assert len(items(essay)) == 1
    assert items(essay)[0].startswith("Oke, T.R. (1982)")


def test_a_forms_field_words_without_the_form_stay(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\nName\nWebsite\n\n{PARAGRAPH}\n")
    assert dropped(essay) == []
    assert "Website" in paragraphs(essay) + headings(essay)


# ---------------------------------------------------------------- 2. bibliography subheadings

def test_subheadings_inside_a_bibliography_are_no_references():
    essay = read(WEB / "bibliography-groups.txt")
    assert changes(essay, "bibliography-subheadings") == [
        (9, "Primary Sources", ""), (14, "Secondary Sources:", ""), (19, "Official documents", "")]
    assert items(essay) == [
        "Manchester Guardian, 14 November 1862.",
        "Parliamentary Papers, Report of the Poor Law Board, 1863.",
        "Arnold, R. Arthur. The History of the Cotton Famine. London: Saunders, Otley, 1864.",
        "Henderson, W. O. The Lancashire Cotton Famine, 1861–1865. Manchester: Manchester "
        "University Press, 1934.",
        "Anonymous. Beowulf.",
        "World Health Organization (2019) Microplastics in drinking-water. Geneva: WHO.",
        "National Records of Scotland",
    ]


def test_oscola_cases_and_legislation_headings(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\nBibliography\n\nCases\n\n"
                               "Ghaidan v Godin-Mendoza [2004] UKHL 30, [2004] 2 AC 557\n\n"
                               "Legislation\n\nHuman Rights Act 1998\n\nBooks\n\n"
                               "Kavanagh A, The Collaborative Constitution (CUP 2023)\n")
    assert [before for _, before, _ in changes(essay, "bibliography-subheadings")] == [
        "Cases", "Legislation", "Books"]
    assert items(essay) == ["Ghaidan v Godin-Mendoza [2004] UKHL 30, [2004] 2 AC 557",
                            "Human Rights Act 1998",
                            "Kavanagh A, The Collaborative Constitution (CUP 2023)"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Primary Sources", True), ("Secondary Sources", True), ("Archival Sources", True),
    ("Cases", True), ("Legislation", True), ("Books", True), ("Articles", True),
    ("Websites", True), ("Official documents", True), ("Newspapers", True), ("Cases:", True),
    ("Table of Cases", True),
    ("Anonymous. Beowulf.", False), ("World Health Organization (2019)", False),
    ("World Health Organization", False), ("National Records of Scotland", False),
    ("Human Rights Act 1998", False), ("Hansard", False), ("Books.", False),
    ("Primary Sources for the Study of 1795", False), ("The National Archives", False),
    ("National Archives", False),
])
def test_what_a_bibliography_subheading_is(line, expected):
    assert bibliography_subheading(line) is expected


def test_subheadings_outside_a_reference_section_stay_headings(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\nPrimary Sources\n\n{PARAGRAPH}\n")
    assert headings(essay) == [None, "Primary Sources"]
    assert changes(essay, "bibliography-subheadings") == []


# ---------------------------------------------------------------- 3. a table's row

def test_a_table_row_is_no_heading(tmp_path):
    row = "Study | Location | Species | % with microplastics"
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\nResults\n\n{PARAGRAPH}\n\n"
                               f"Table 1. Ingestion rates\n{row}\n[12] | River Thames, UK | 15 | 33"
                               f"\n\nDiscussion\n\n{PARAGRAPH}\n")
    assert headings(essay) == [None, "Results", "Discussion"]
    assert row in paragraphs(essay)
    assert is_heading(row) is False
    assert is_heading("Part One | The Setting") is True  # one bar is a heading's own


def test_tags_as_the_pages_last_line_are_dropped(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\nReferences\n\n{REFERENCE}\n\n"
                               "Tags: migration, climate\n")
    assert dropped(essay) == ["Tags: migration, climate"]
    assert len(items(essay)) == 1
