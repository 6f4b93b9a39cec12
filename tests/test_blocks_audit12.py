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


APPENDIX_ESSAY = """Community Gardens

Priya Nandakumar

Gardens support wellbeing (Holloway, 2015).

References

Holloway, S. (2015) Common Ground: Allotments and Neighbourhoods. Bristol: Policy Press.

Word count: 1,012

{appendices}
"""
TWO = """Appendices

Appendix 1 – Questionnaire

1. How often do you visit the garden?
2. Whom do you usually talk to there?

APPENDIX B

The consent form was signed by every participant."""


def _appendix_tree(tmp_path, appendices: str):
    from validators import enriched
    return enriched(tmp_path, APPENDIX_ESSAY.format(appendices=appendices))


def test_appendices_after_the_references_are_sections_of_their_own(tmp_path):
    essay = _appendix_tree(tmp_path, TWO)
    assert [T.inline_text(i)[:9] for i in T.findall(essay, "sources/item")] == ["Holloway,"]
    assert [p.text for p in T.findall(essay, "endmatter/p")] == ["Word count: 1,012"]
    group = T.find(essay, "appendices")
    assert group.get("heading") == "Appendices"
    found = [(s.get("role"), T.find(s, "heading").text,
              [(p.get("kind"), T.inline_text(p)) for p in T.findall(s, "p")])
             for s in T.findall(group, "section")]
    assert found == [
        ("appendix", "Appendix 1 – Questionnaire",
         [("item", "How often do you visit the garden?"),
          ("item", "Whom do you usually talk to there?")]),
        ("appendix", "APPENDIX B",
         [(None, "The consent form was signed by every participant.")])]


def test_a_sentence_about_an_appendix_heads_nothing():
    from essayconv.reader.appendix import appendix_heading
    assert appendix_heading("Appendix A: Questionnaire")
    assert appendix_heading("Appendix")
    assert not appendix_heading("Appendix. The questions were asked in the order below, "
                                "one by one, to every participant who came.")
    # in the body, before the references, an appendix line is a heading as any other
    essay = read_text(["Gardens", "", "Ana Silva", "", "Appendix A shows the questions.", "",
                       "References", "", "Holloway, S. (2015) Common Ground. Bristol: "
                       "Policy Press."], "essay.txt")
    assert T.find(essay, "appendices") is None and T.find(essay, "endmatter") is None


def test_every_writer_puts_the_appendix_after_the_references(tmp_path):
    import io

    import docx
    from lxml import etree

    from essayconv import validate as V
    from essayconv.writers import WriteOptions, get

    essay = _appendix_tree(tmp_path, "Appendix A: Questionnaire\n\n1. How often?\n2. Why?")
    jats = get("jats").write(essay, WriteOptions())
    assert V.validate_bytes(jats, "jats") == []
    back = etree.fromstring(jats).find("back")
    assert [c.tag for c in back] == ["ref-list", "app-group", "notes"]
    assert back.findtext("app-group/app/title") == "Appendix A: Questionnaire"
    assert len(back.findall("app-group/app/list/list-item")) == 2
    tei = get("tei").write(essay, WriteOptions())
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    div = etree.fromstring(tei if isinstance(tei, bytes) else tei.encode()).xpath(
        "//t:back/t:div[@type='appendix']", namespaces=ns)
    assert [d.findtext("t:head", namespaces=ns) for d in div] == ["Appendix A: Questionnaire"]
    html = get("html").write(essay, WriteOptions())
    root = etree.fromstring(html.encode() if isinstance(html, str) else html)
    xh = {"h": "http://www.w3.org/1999/xhtml"}
    sections = root.xpath("//h:article/h:section", namespaces=xh)
    classes = [s.get("class") for s in sections]
    assert classes.index("appendix") > classes.index("references")
    assert root.xpath("//h:section[@role='doc-appendix']/h:h2/text()", namespaces=xh) == [
        "Appendix A: Questionnaire"]
    document = docx.Document(io.BytesIO(get("docx").write(essay, WriteOptions())))
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Heading 1", "Appendix A: Questionnaire") in styled
    at = styled.index(("Heading 1", "Appendix A: Questionnaire"))
    # after the reference list and the word count (end matter), its questions under it
    assert [style for style, _ in styled[at - 2:at]] == ["Bibliography", "End Matter"]
    assert [text for _, text in styled[at + 1:]] == ["1. How often?", "2. Why?"] or \
        [text for _, text in styled[at + 1:]] == ["How often?", "Why?"]  # a Word list


def test_an_indented_whole_entry_under_a_complete_one_is_an_entry_of_its_own():
    # a paste that lost the first entry's indent: the indented lines are entries, not a
    # hanging indent
    lines = ["Brown, A. 2018. Rivers. London: Verso.",
             "\tJones, K. 2020. Tides. Oxford: OUP.",
             "\tSmith, J. 2019. Floods. London: Verso."]
    assert _joined(lines) == [line.strip() for line in lines]
    lines = ["Brown, Anna. Rivers. Verso, 2018.", "  Jones, Kate. Tides. Oxford UP, 2020.",
             "  Smith, John. Floods. Verso, 2019."]
    assert _joined(lines) == [line.strip() for line in lines]
    # a name and year under an open line still go on ('…, and' / '  Jones, K. (2020) …')
    assert _joined(["Brown, A. and", "    Jones, K. (2020) Tides. Oxford: OUP."]) == [
        "Brown, A. and Jones, K. (2020) Tides. Oxford: OUP."]
    # and a publisher's line under a complete one still goes on
    assert _joined(["Okafor, Lena. The Selective Archive.", "    U of Minnesota P, 2016."]) == [
        "Okafor, Lena. The Selective Archive. U of Minnesota P, 2016."]
