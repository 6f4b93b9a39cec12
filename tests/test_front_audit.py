"""Defects of a user's audit: a page's footer after the author's bio, a breadcrumb trail one
segment a line, a kicker or journal line in the header, a function word glued to the next.

Every essay is written here and every expectation by hand from the rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from essayconv import tree as T
from essayconv.reader.front import breadcrumb_trail
from essayconv.reader.lines import is_breadcrumb, is_web_junk
from essayconv.repairs import glued_words
from test_front_matter import authors, infos
from test_web_furniture import changes, dropped, essay_of, headings, paragraphs

PARAGRAPH = "The essay begins here, with a first paragraph that is long enough to be one."
CLAIMS = "First claim about the committee.[1] Second claim about the convention.[2]"
NOTE_1 = ("[1] McAdam, J. (2012) Climate Change, Forced Migration, and International Law. "
          "Oxford: Oxford University Press, p. 40.")
NOTE_2 = ("[2] Betts, A. (2013) Survival Migration: Failed Governance and the Crisis of "
          "Displacement. Ithaca: Cornell University Press, p. 5.")
BIO = ("Jane Doe is a final-year LLB student at Queen’s University Belfast. Her research "
       "interests include migration law and the law of the sea.")
FOOTER = ["Share this article", "Like 14", "Comments (2)", "Reading time: 7 minutes",
          "Posted on 3 June 2024 in Global Politics", "Facebook Twitter LinkedIn Copy link"]


def title(essay) -> str:
    return T.find(essay, "meta/title").text


def note_texts(essay) -> list[str]:
    return [T.find(note, "text").text for note in T.findall(essay, "notes/note")]


def bio(essay) -> str | None:
    node = T.find(essay, "meta/author/bio")
    return node.text if node is not None else None


def with_notes(footer: list[str]) -> str:
    return (f"A Title\nJane Doe\n\nIntroduction\n{CLAIMS}\n\nNotes\n{NOTE_1}\n{NOTE_2}\n\n"
            f"{BIO}\n\n" + "\n".join(footer) + "\n")


# ---------------------------------------------------------------- 1. the footer after a bio

def test_footer_after_a_closing_bio_leaves_the_notes_and_the_bio_alone(tmp_path):
    essay = essay_of(tmp_path, with_notes(FOOTER))
    assert note_texts(essay) == [NOTE_1[4:], NOTE_2[4:]]
    assert T.find(essay, "sources") is None  # never a bibliography with 'Comments (n.d.)'
    assert bio(essay) == BIO
    assert dropped(essay) == FOOTER
    assert changes(essay, "join-note-lines") == []


@pytest.mark.parametrize("line", FOOTER)
def test_each_footer_line_alone_after_the_bio(tmp_path, line):
    essay = essay_of(tmp_path, with_notes([line]))
    assert note_texts(essay) == [NOTE_1[4:], NOTE_2[4:]]
    assert bio(essay) == BIO
    assert dropped(essay) == [line]


COUNTERS = ("Like 14", "Comments (2)", "Likes: 1,204")  # ('14 likes' alone: junk, as ever)


@pytest.mark.parametrize("line", [*(f for f in FOOTER if f not in COUNTERS), "7-minute read",
                                  "Share this post:"])
def test_footer_lines_are_junk_anywhere(tmp_path, line):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n{line}\n\n"
                               f"{PARAGRAPH}\n")
    assert paragraphs(essay) == [PARAGRAPH] * 3
    assert dropped(essay) == [line]


@pytest.mark.parametrize("line", COUNTERS)
def test_a_counter_alone_in_the_body_may_be_the_essays_data(tmp_path, line):
    # a counter is furniture beside other furniture or at the page's end, not on its own
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\n{line}\n\n{PARAGRAPH}\n")
    assert dropped(essay) == []
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\nShare this article\n{line}\n\n"
                               f"{PARAGRAPH}\n")
    assert dropped(essay) == ["Share this article", line]


@pytest.mark.parametrize("line", [
    "Share this article with your students, who will find its argument useful.",
    "Like 14 other states, Kenya applied the OAU definition to drought.",
    "Comments (2) and (3) of the General Comment deal with climate.",
    "Reading time: 7 minutes was the average among the students we asked.",
    "Posted on 3 June 2024 in Global Politics, the piece drew a long reply.",
])
def test_a_paragraph_opening_like_a_footer_stays(tmp_path, line):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\n{line}\n\n{PARAGRAPH}\n")
    assert paragraphs(essay) == [PARAGRAPH, line, PARAGRAPH]
    assert dropped(essay) == []


@pytest.mark.parametrize("heading", ["Share of the Vote", "Likes and Dislikes",
                                     "Reading Time and Memory", "Views on Immigration",
                                     "Comments"])
def test_a_heading_with_a_footer_word_stays(tmp_path, heading):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n{heading}\n\n"
                               f"{PARAGRAPH}\n")
    assert headings(essay) == [None, heading]
    assert dropped(essay) == []


def test_a_posted_line_with_a_category_under_the_byline_gives_the_date(tmp_path):
    """The blog's category goes (logged), its date is the header's as 'Posted on …' alone."""
    essay = essay_of(tmp_path, "A Title\nWritten by Jonas Ebbesen\n"
                               "Posted on 2 November 2023 in Global Politics\n"
                               f"Reading time: 7 minutes\n\n{PARAGRAPH}\n")
    assert authors(essay) == ["Jonas Ebbesen"]
    assert infos(essay) == [("date", "Posted on 2 November 2023")]
    assert changes(essay, "drop-web-junk") == [
        (4, "Reading time: 7 minutes", ""),
        (3, "Posted on 2 November 2023 in Global Politics", "Posted on 2 November 2023")]
    assert paragraphs(essay) == [PARAGRAPH]
    assert headings(essay) == [None]


def test_a_posted_line_with_a_category_and_an_author(tmp_path):
    essay = essay_of(tmp_path, "A Title\nPosted on 2 May 2024 in Cities by Amara Lindqvist\n\n"
                               f"{PARAGRAPH}\n")
    assert authors(essay) == ["Amara Lindqvist"]
    assert infos(essay) == [("date", "Posted on 2 May 2024")]


# ---------------------------------------------------------------- 2. breadcrumbs

def test_a_breadcrumb_one_segment_a_line_over_the_title(tmp_path):
    text = ("Home\nEssays\nEnvironment\n"
            "Climate Refugees Who Are Not Refugees: Displacement and the Law\n"
            "Aoife Brennan-Mistry\nJun 3, 2024\n12 min read\nShare this article\n"
            f"Facebook Twitter LinkedIn Copy link\n\n{PARAGRAPH}\n\nWho counts?\n"
            f"{PARAGRAPH}\n")
    essay = essay_of(tmp_path, text)
    assert title(essay) == "Climate Refugees Who Are Not Refugees: Displacement and the Law"
    assert authors(essay) == ["Aoife Brennan-Mistry"]
    assert infos(essay) == [("date", "Jun 3, 2024")]
    assert headings(essay) == [None, "Who counts?"]
    assert paragraphs(essay) == [PARAGRAPH, PARAGRAPH]
    assert sorted(changes(essay, "drop-web-junk")) == [
        (1, "Home", ""), (2, "Essays", ""), (3, "Environment", ""), (7, "12 min read", ""),
        (8, "Share this article", ""), (9, "Facebook Twitter LinkedIn Copy link", "")]


def test_a_trail_from_a_section_and_a_short_title_over_the_byline(tmp_path):
    essay = essay_of(tmp_path, f"Blog\nClimate & Energy\nBelonging\nJane Doe\n\n{PARAGRAPH}\n")
    assert title(essay) == "Belonging"  # over the byline: the title, never a segment
    assert authors(essay) == ["Jane Doe"]
    assert dropped(essay) == ["Blog", "Climate & Energy"]


@pytest.mark.parametrize("text", [
    f"Home\nJane Doe\n\n{PARAGRAPH}\n",  # an essay called 'Home'
    f"Home\n\nEssays\n\n{PARAGRAPH}\n",  # apart by blank lines: no trail
    f"Home\nBelonging\n\n{PARAGRAPH}\n",  # the second line over the body: no trail
])
def test_home_as_a_title_stays_the_title(tmp_path, text):
    essay = essay_of(tmp_path, text)
    assert title(essay) == "Home"
    assert dropped(essay) == []


def test_what_a_trail_one_segment_a_line_is():
    lines = list(enumerate(["Home", "Essays", "Environment", "A Long Title: And Its Subtitle",
                            "Jane Doe"], start=1))
    assert breadcrumb_trail(lines) == 3
    assert breadcrumb_trail(lines[1:]) == 2  # from a site's section, 'Essays'
    assert breadcrumb_trail(lines[2:]) == 0  # 'Environment' is no section: a title
    # a segment is never a figure, punctuation or a person's name
    for second in ("2024", "Essays, Reviews", "Jane Doe"):
        assert breadcrumb_trail([(1, "Home"), (2, second), (3, "A Long Title Here")]) == 0


@pytest.mark.parametrize(("line", "expected"), [
    ("Home / Essays / Environment", True), ("Home/Essays/Environment", True),
    ("Home > Environment", True), ("Politics > Europe > Climate", True),
    ("Home › Essays", True), ("You are here: Home / Blog / Cities", True),
    ("Home / Away", False), ("Home/Away", False), ("Israel/Palestine", False),
    ("Land / Water / Air", False), ("Less > More", False), ("Opinion | Why the Left Lost", False),
    ("Policy Brief | Sustainable Futures Student Network", False),
])
def test_what_a_breadcrumb_on_one_line_is(line, expected):
    assert is_breadcrumb(line) is expected


@pytest.mark.parametrize("title_line", ["Land / Water / Air", "Israel/Palestine: One State?",
                                        "Home / Away: Football and Migration"])
def test_a_title_with_a_slash_stays_the_title(tmp_path, title_line):
    essay = essay_of(tmp_path, f"{title_line}\nJane Doe\n\n{PARAGRAPH}\n")
    assert title(essay) == title_line
    assert authors(essay) == ["Jane Doe"]
    assert dropped(essay) == []


def test_a_dated_byline_is_no_junk_at_the_top_but_furniture_below():
    assert not is_web_junk("Posted on 3 June 2024 in Global Politics")
    assert is_web_junk("Posted in Global Politics") is False  # tags: only where they stand


# ---------------------------------------------------------------- 3. kicker and journal lines

def test_a_kicker_between_the_title_and_the_byline(tmp_path):
    essay = essay_of(tmp_path, "Renewable Energy in the European Union: Progress and Gaps\n"
                               "Policy Brief | Sustainable Futures Student Network\n"
                               "Daniel Ferreira Costa, Ines Kowalczyk\n4 min read\n"
                               f"Updated: 18 January 2024\n\n{PARAGRAPH}\n")
    assert authors(essay) == ["Daniel Ferreira Costa", "Ines Kowalczyk"]
    assert infos(essay) == [("publication", "Policy Brief | Sustainable Futures Student Network"),
                            ("updated", "Updated: 18 January 2024")]
    assert paragraphs(essay) == [PARAGRAPH]
    assert dropped(essay) == ["4 min read"]


def test_a_journal_line_under_the_byline_is_a_header_fact(tmp_path):
    essay = essay_of(tmp_path, "Does the Minimum Wage Cost Jobs?\n"
                               "Tomasz Wiśniewski and Priya Raman\n"
                               "Economics Society Review · Issue 7 · Spring 2024\n\n"
                               f"Abstract\n{PARAGRAPH}\n")
    assert authors(essay) == ["Tomasz Wiśniewski", "Priya Raman"]
    assert infos(essay) == [("publication", "Economics Society Review · Issue 7 · Spring 2024")]
    assert headings(essay) == ["Abstract"]
    assert paragraphs(essay) == [PARAGRAPH]


def test_a_kicker_after_a_blank_line_over_the_byline(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\nWorking Paper | Green Futures\nJane Doe\n\n"
                               f"{PARAGRAPH}\n")
    assert authors(essay) == ["Jane Doe"]
    assert infos(essay) == [("publication", "Working Paper | Green Futures")]


def test_a_barred_heading_after_a_blank_line_is_no_kicker(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\nPart One | The Setting\n{PARAGRAPH}\n")
    assert infos(essay) == []
    assert headings(essay) == ["Part One | The Setting"]


def test_a_barred_heading_right_over_its_paragraph_is_no_kicker(tmp_path):
    essay = essay_of(tmp_path, f"A Title\nPart One | The Setting\n{PARAGRAPH}\n")
    assert infos(essay) == []
    assert headings(essay) == ["Part One | The Setting"]


def test_a_tables_first_row_under_the_title_is_no_kicker(tmp_path):
    rows = ["Study | Location | Species", "Thames | UK | 15", "Seine | France | 9"]
    essay = essay_of(tmp_path, "A Title\n" + "\n".join(rows) + f"\n\n{PARAGRAPH}\n")
    assert infos(essay) == []
    assert rows[0] in paragraphs(essay) + headings(essay)


def test_a_barred_sentence_under_the_title_is_no_kicker(tmp_path):
    line = "Policy brief | read this first."
    essay = essay_of(tmp_path, f"A Title\n{line}\n\n{PARAGRAPH}\n")
    assert infos(essay) == []
    assert paragraphs(essay) == [line, PARAGRAPH]


# ---------------------------------------------------------------- 4. glued function words

def glued(tmp_path: Path, sentence: str, elsewhere: str = PARAGRAPH):
    essay = essay_of(tmp_path, f"A Title\n\n{elsewhere}\n\n{sentence}\n")
    return paragraphs(essay)[-1], [(before, after) for _, before, after in
                                   changes(essay, "glued-words")]


@pytest.mark.parametrize(("sentence", "elsewhere", "expected"), [
    ("TheUNHCR has preferred another phrase.", PARAGRAPH,
     "The UNHCR has preferred another phrase."),  # an acronym after 'The'
    ("TheUNHCR's phrase is preferred.", PARAGRAPH, "The UNHCR’s phrase is preferred."),
    ("TheInternal Displacement Monitoring Centre counted them.",
     "Most moves are internal to one country, and they are many.",
     "The Internal Displacement Monitoring Centre counted them."),  # 'internal' stands alone
    ("InJanuary the committee decided.", "It met again in January and in March.",
     "In January the committee decided."),
    ("A report ofNATO and of the EU.", "NATO met.", "A report of NATO and of the EU."),
    ("ForNGOs the rule is harsh.", "Some NGOs agreed.", "For NGOs the rule is harsh."),
])
def test_a_function_word_glued_to_the_next_is_split(tmp_path, sentence, elsewhere, expected):
    text, logged = glued(tmp_path, sentence, elsewhere)
    assert text == expected
    assert len(logged) == 1


@pytest.mark.parametrize(("sentence", "elsewhere"), [
    ("Ronald McDonald and LeBron James met DeVos.", PARAGRAPH),  # a name's own capital
    ("She sold her iPhone to TheatreWorks.", PARAGRAPH),
    ("ASEAN and AIDS policy were discussed.", PARAGRAPH),  # all capitals: no 'A SEAN'
    ("ABrief was never filed.", PARAGRAPH),  # 'Brief' stands nowhere alone
    ("InSAR measures subsidence.", PARAGRAPH),  # an acronym never alone, not after 'The'
    ("We used InDesign, and InDesign again.", "Design matters."),  # written so twice: a name
    ("AnOther magazine.", PARAGRAPH),  # 'Other' stands nowhere alone
    # names spelt so, although their parts stand alone elsewhere (from the review)
    ("InSAR measures subsidence.", "The SAR satellite passed over."),
    ("InVision made the prototype.", "Their Vision statement was long."),
    ("FromSoftware released a game.", "The Software industry grew."),
    ("TheFacebook launched in 2004.", "Facebook grew fast."),
])
def test_names_and_words_that_look_glued_stay(tmp_path, sentence, elsewhere):
    text, logged = glued(tmp_path, sentence, elsewhere)
    assert text == sentence.replace("'", "’")
    assert logged == []


def test_the_rule_is_the_glued_words_rule():
    assert glued_words.NAME == "glued-words"


# --- from the review: counters in the essay's own data, a kicker, a standfirst ----------

def test_counters_in_the_essays_own_data_stay(tmp_path):
    data = ["Likes: 1,204", "Shares: 310", "Comments: 87", "Views: 45,000"]
    essay = essay_of(tmp_path, "Going Viral\n\nBy Jane Doe\n\n" + PARAGRAPH + "\n\n"
                     + "\n".join(data) + "\n\n" + PARAGRAPH + "\n\nShare this article\nLike 14\n"
                     "Comments (2)\n")
    assert dropped(essay) == ["Share this article", "Like 14", "Comments (2)"]
    body = " ".join(T.inline_text(el) for el in T.findall(essay, "body/section/*"))
    assert all(line in body for line in data)


def test_a_section_kicker_and_a_standfirst_over_the_byline(tmp_path):
    essay = essay_of(tmp_path, "Opinion\nThe Coming Water Wars\nWhy Rivers Divide Nations\n"
                               "By Jane Doe\n\n" + PARAGRAPH + "\n")
    assert title(essay) == "The Coming Water Wars"
    assert authors(essay) == ["Jane Doe"]
    assert ("section", "Opinion") in infos(essay)
    assert ("subtitle", "Why Rivers Divide Nations") in infos(essay)
    assert dropped(essay) == []
    assert paragraphs(essay) == [PARAGRAPH]


def test_a_first_paragraph_under_the_title_is_no_standfirst(tmp_path):
    essay = essay_of(tmp_path, "The Coming Water Wars\n" + PARAGRAPH + "\n\n" + PARAGRAPH + "\n")
    assert not any(name == "subtitle" for name, _ in infos(essay))


def test_a_standfirst_is_the_docx_subtitle_under_the_title(tmp_path):
    import docx

    from essayconv.pipeline import Options, convert

    path = tmp_path / "water.txt"
    path.write_text("Opinion\nThe Coming Water Wars\nWhy Rivers Divide Nations\nBy Jane Doe\n\n"
                    + PARAGRAPH + "\n", encoding="utf-8")
    [written] = convert(path, Options(formats=["docx"], outdir=tmp_path / "out"))
    styled = [(p.style.name, p.text) for p in docx.Document(str(written)).paragraphs[:4]]
    assert styled[:3] == [("Title", "The Coming Water Wars"),
                          ("Subtitle", "Why Rivers Divide Nations"), ("Author", "Jane Doe")]
    assert ("Front Matter", "Opinion") in styled
