"""Audit 12: a reference wrapped after its year or under a hanging indent is one entry; one
indented paragraph among unindented ones is a block quotation; an appendix after the reference
list is a section of its own. Expectations hand-written from the rules."""

from __future__ import annotations

from essayconv import tree as T
from essayconv.reader import read_text
from essayconv.reader.wrapped import join_reference_lines


def _joined(lines: list[str]) -> list[str]:
    essay = T.el("essay")
    T.sub(essay, "changes")
    return [text for _, text in join_reference_lines(essay, list(enumerate(lines, 1)))]


def test_a_reference_cut_after_its_year_goes_on_with_its_title():
    assert _joined(["Holloway, S. (2015)",
                    "Common Ground: Allotments and Neighbourhoods. Bristol: Policy Press."]) == [
        "Holloway, S. (2015) Common Ground: Allotments and Neighbourhoods. Bristol: Policy "
        "Press."]
    assert _joined(["Holloway, S. (2015).", "Common Ground. Bristol: Policy Press."]) == [
        "Holloway, S. (2015). Common Ground. Bristol: Policy Press."]


def test_a_reference_with_its_title_keeps_the_next_entry_apart():
    # the line above has more than its author and year: the next line is an entry of its own
    lines = ["Holloway, S. (2015) Common Ground. Bristol: Policy Press",
             "Smith, J. (2019) Floods. London: Verso."]
    assert _joined(lines) == lines
    # under a bare author and year, a line opening like a reference is one
    lines = ["Holloway, S. (2015)", "Smith, J. (2019) Floods. London: Verso."]
    assert _joined(lines) == lines


def test_a_hanging_indent_line_goes_on_the_entry_above():
    lines = ["Okafor, Lena. The Selective Archive: Memory and Power. U of Minnesota",
             "     P, 2016.",
             "Smith, Jane. Floods. Verso, 2019."]
    assert _joined(lines) == [
        "Okafor, Lena. The Selective Archive: Memory and Power. U of Minnesota P, 2016.",
        "Smith, Jane. Floods. Verso, 2019."]
    # after a complete line too: the indent says it goes on
    assert _joined(["Okafor, Lena. The Selective Archive.", "\tU of Minnesota P, 2016."]) == [
        "Okafor, Lena. The Selective Archive. U of Minnesota P, 2016."]


def test_lines_all_indented_alike_or_after_a_blank_are_entries_of_their_own():
    lines = ["  Okafor, Lena. The Selective Archive. U of Minnesota P, 2016.",
             "  Smith, Jane. Floods. Verso, 2019."]
    assert _joined(lines) == [line.strip() for line in lines]
    essay = T.el("essay")
    T.sub(essay, "changes")
    items = [(1, "Okafor, Lena. The Selective Archive. U of Minnesota P, 2016."),
             (3, "    Smith, Jane. Floods. Verso, 2019.")]
    assert [t for _, t in join_reference_lines(essay, items)] == [
        "Okafor, Lena. The Selective Archive. U of Minnesota P, 2016.",
        "Smith, Jane. Floods. Verso, 2019."]
    # an indented ditto dash or numbered line is a new entry
    lines = ["Smith, Jane. Floods. Verso, 2019.", "    ---. Tides. Verso, 2020."]
    assert _joined(lines) == ["Smith, Jane. Floods. Verso, 2019.", "---. Tides. Verso, 2020."]


_QUOTE = ("    Some things you forget. Other things you never do. Places, places are still "
          "there. If a house burns down, it is gone, but the place stays, out there, in the "
          "world, where it was before any of us came. (Morrison 36)")


def _kinds(lines: list[str]) -> list[str | None]:
    essay = read_text(["Memory Work", "", "Jordan Alvarez", "", *lines], "essay.txt")
    return [p.get("kind") for p in T.findall(essay, "body/section/p")]


def test_one_long_indented_paragraph_in_a_short_piece_is_a_block_quote():
    # the quotation holds most of the characters, but one paragraph of three
    assert _kinds(["Morrison's narrator insists on the persistence of place:", "", _QUOTE, "",
                   "The passage turns memory into geography (Henderson 64)."]) == [
        None, "quote", None]
    # two quotations among three flush paragraphs
    assert _kinds(["Morrison's narrator insists:", "", _QUOTE, "", "And again, later:", "",
                   _QUOTE, "", "The passage turns memory into geography (Henderson 64)."]) == [
        None, "quote", None, "quote", None]


def test_an_essay_indenting_every_paragraph_has_no_quotes():
    para = ("    The archive selects what it keeps and forgets the rest, as every reader of "
            "the novel comes to learn in its closing chapters.")
    lines = ["Introduction", "", para, "", para, "", "Archives", "", para, "", "Conclusion",
             "", para]
    assert _kinds(lines) == [None] * 4


def test_an_essay_indenting_all_but_the_first_paragraph_of_a_section_has_no_quotes():
    # the typographic habit: the paragraph under a heading flush, the next ones indented
    flush = ("The archive selects what it keeps and forgets the rest, as every reader of the "
             "novel comes to learn in its closing chapters.")
    lines = []
    for heading in ("Introduction", "Archives", "Conclusion"):
        lines += [heading, "", flush, "", "    " + flush, "", "    " + flush, ""]
    assert _kinds(lines) == [None] * 9
