"""Lists: each item's typed marker read into attributes (its text without it), a new list
where the marker's kind changes or the numbering starts again, and real lists in every
format (ul/ol, JATS list-type, TEI rend, Word numbering).

Every expectation is written by hand from the rules, never copied from the program's output."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pypandoc
import pytest
from lxml import etree

from essayconv import tree as T
from essayconv.reader.lists import parse_marker, roman_value
from essayconv.validate import validate_bytes
from essayconv.writers import WriteOptions
from essayconv.writers.docx import DocxWriter
from essayconv.writers.html import HtmlWriter
from essayconv.writers.jats import JatsWriter
from essayconv.writers.tei import TeiWriter

from validators import enriched, essay_of

LISTS = """Garden Survey

Ana Reyes

Respondents were asked about:

- how often they visited;
- whom they spoke to.
1. count the beds
2. weigh the harvest
• contact between neighbours;
• fresh produce.

The phases ran in order:

i. planning the beds;
ii. planting them;
iii. harvesting.

Later steps:

3) sorting the seed;
4) storing it.

Letters run on:

h) eighth;
i) ninth;
j) tenth.

Twice over:

1. first round
2. second round
1. first again
2. second again
"""

HEADINGS = """Water Rights

Tom Hale

1. Introduction

Rivers matter to towns, and towns to rivers, as every survey of the valley shows [1].

2. Method

We surveyed two towns:

1. Upton
2. Downton

Notes

1. Hale, T. (2001) Rivers. London: Verso.
"""

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def items(essay) -> list[tuple[str, str, str, str | None, str]]:
    """(list, type, marker, value, text) of every list item in the body."""
    return [(p.get("list"), p.get("type"), p.get("marker"), p.get("value"), T.inline_text(p))
            for p in T.findall(essay, "body/section/p") if p.get("kind") == "item"]


# --- the reader ----------------------------------------------------------------------------
def test_markers_parsed():
    assert parse_marker("- how often")[1] == "how often"
    assert parse_marker("• item")[0].written == "•"
    marker, rest = parse_marker("12) twelfth")
    assert (marker.written, marker.label, rest) == ("12)", "12", "twelfth")
    assert parse_marker("iv. four")[0].label == "iv"
    assert parse_marker("etc. and so on") is None  # a word, not a marker
    assert parse_marker("-5 degrees") is None  # no space after the glyph
    assert [roman_value(r) for r in ("i", "iv", "ix", "xii", "iiii", "vx")] == \
        [1, 4, 9, 12, None, None]


def test_items_kinds_markers_and_lists(tmp_path: Path):
    found = items(essay_of(tmp_path, LISTS))
    assert found == [
        ("l1", "bullet", "-", None, "how often they visited;"),
        ("l1", "bullet", "-", None, "whom they spoke to."),
        ("l2", "decimal", "1.", "1", "count the beds"),  # a new kind: a new list
        ("l2", "decimal", "2.", "2", "weigh the harvest"),
        ("l3", "bullet", "•", None, "contact between neighbours;"),  # another glyph
        ("l3", "bullet", "•", None, "fresh produce."),
        ("l4", "lower-roman", "i.", "1", "planning the beds;"),
        ("l4", "lower-roman", "ii.", "2", "planting them;"),
        ("l4", "lower-roman", "iii.", "3", "harvesting."),
        ("l5", "decimal", "3)", "3", "sorting the seed;"),  # starts where the author's did
        ("l5", "decimal", "4)", "4", "storing it."),
        ("l6", "lower-alpha", "h)", "8", "eighth;"),  # 'i)' between 'h)' and 'j)' is a letter
        ("l6", "lower-alpha", "i)", "9", "ninth;"),
        ("l6", "lower-alpha", "j)", "10", "tenth."),
        ("l7", "decimal", "1.", "1", "first round"),
        ("l7", "decimal", "2.", "2", "second round"),
        ("l8", "decimal", "1.", "1", "first again"),  # numbering starting again: a new list
        ("l8", "decimal", "2.", "2", "second again"),
    ]


def test_numbered_headings_and_notes_stay(tmp_path: Path):
    essay = essay_of(tmp_path, HEADINGS)
    assert [h.text for h in T.findall(essay, "body/section/heading")] == \
        ["1. Introduction", "2. Method"]
    assert [(i[1], i[2], i[4]) for i in items(essay)] == \
        [("decimal", "1.", "Upton"), ("decimal", "2.", "Downton")]
    notes = T.findall(essay, "notes/note")
    assert [n.get("n") for n in notes] == ["1"]
    assert T.find(notes[0], "text").text.startswith("Hale, T. (2001) Rivers.")


def test_an_item_opening_with_a_note_marker(tmp_path: Path):
    essay = essay_of(tmp_path, "A Title\n\nJo Bloggs\n\nThe sources disagree:\n\n"
                     "- [1] says the weir is old;\n- [2] says it is new.\n\nNotes\n\n"
                     "1. Hale, T. (2001) Rivers. London: Verso.\n"
                     "2. Lowe, A. (2003) Weirs. Leeds: Moor Press.\n")
    found = [p for p in T.findall(essay, "body/section/p") if p.get("kind") == "item"]
    assert [(p.get("marker"), p.text, T.find(p, "cite").get("n")) for p in found] == \
        [("-", "", "1"), ("-", "", "2")]


def test_roman_restarts_and_an_unreadable_marker(tmp_path: Path):
    essay = essay_of(tmp_path, "Roman Again\n\nJo Bloggs\n\nFirst:\n\ni. one\nii. two\n"
                     "i. one again\nii. two again\n- a dash\niiii. odd\n- a dash again\n")
    assert [(i[0], i[1], i[3], i[4]) for i in items(essay)] == [
        ("l1", "lower-roman", "1", "one"), ("l1", "lower-roman", "2", "two"),
        ("l2", "lower-roman", "1", "one again"), ("l2", "lower-roman", "2", "two again"),
        ("l3", "bullet", None, "a dash"), ("l4", "bullet", None, "a dash again")]
    assert "iiii. odd" in [T.inline_text(p) for p in T.findall(essay, "body/section/p")]


def test_a_lone_marked_line_is_no_list(tmp_path: Path):
    essay = essay_of(tmp_path, "A Title\n\nJo Bloggs\n\nOne paragraph of prose runs here.\n\n"
                     "1. The survey then covered the upper valley farms in full.\n\n"
                     "Another paragraph of prose runs here.\n")
    assert items(essay) == []
    assert "1. The survey then covered the upper valley farms in full." in \
        [T.inline_text(p) for p in T.findall(essay, "body/section/p")]


def test_end_matter_questions_are_a_list(tmp_path: Path):
    essay = essay_of(tmp_path, "Gardens\n\nAna Reyes\n\nGardens help (Holloway, 2015).\n\n"
                     "References\n\nHolloway, S. (2015) Common Ground. Bristol: Policy Press.\n\n"
                     "Appendix A: Questionnaire\n\n1. How often do you visit?\n"
                     "2. Whom do you talk to?\n")
    found = [(p.get("type"), p.get("value"), T.inline_text(p))
             for p in essay.iter(T.q("p")) if p.get("kind") == "item"]
    assert found == [("decimal", "1", "How often do you visit?"),
                     ("decimal", "2", "Whom do you talk to?")]


# --- the writers ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def lists_essay(tmp_path_factory):
    return enriched(tmp_path_factory.mktemp("lists"), LISTS)


def test_html_lists(lists_essay):
    root = etree.fromstring(HtmlWriter().write(lists_essay, WriteOptions()).encode("utf-8"))
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    lists = root.xpath("//h:section//*[self::h:ul or self::h:ol]", namespaces=ns)
    shapes = [(etree.QName(x).localname, x.get("class"), x.get("type"), x.get("start"), len(x))
              for x in lists]
    assert shapes == [("ul", "items", None, None, 2), ("ol", "items decimal", "1", None, 2),
                      ("ul", "items", None, None, 2), ("ol", "items lower-roman", "i", None, 3),
                      ("ol", "items decimal", "1", "3", 2),
                      ("ol", "items lower-alpha", "a", "8", 3),
                      ("ol", "items decimal", "1", None, 2), ("ol", "items decimal", "1", None, 2)]
    assert "".join(lists[0][0].itertext()) == "how often they visited;"


def test_stylesheets_give_list_markers():
    import essayconv

    for name in ("html.css", "pdf.css", "epub.css"):
        css = (Path(essayconv.__file__).parent / "styles" / name).read_text(encoding="utf-8")
        assert "list-style: none" not in css.split("section.references")[0]
        assert "ol.lower-roman { list-style-type: lower-roman; }" in css


def test_jats_lists(lists_essay):
    data = JatsWriter().write(lists_essay, WriteOptions())
    root = etree.fromstring(data.encode("utf-8") if isinstance(data, str) else data)
    lists = root.findall(".//body//list")
    assert [x.get("list-type") for x in lists] == ["bullet", "order", "bullet", "roman-lower",
                                                    "order", "alpha-lower", "order", "order"]
    assert [x.findtext("label") for x in lists[4]] == ["3)", "4)"]  # no start attribute
    assert lists[0].find("list-item/label") is None
    assert lists[0].findtext("list-item/p") == "how often they visited;"
    assert validate_bytes(data, "jats") == []


def test_tei_lists(lists_essay):
    data = TeiWriter().write(lists_essay, WriteOptions())
    root = etree.fromstring(data.encode("utf-8") if isinstance(data, str) else data)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    lists = root.xpath("//t:body//t:list", namespaces=ns)
    assert [x.get("rend") for x in lists] == ["bulleted", "numbered", "bulleted", "numbered",
                                              "numbered", "numbered", "numbered", "numbered"]
    assert lists[3].get("style") == "list-style-type: lower-roman"
    assert [i.get("n") for i in lists[4]] == ["3)", "4)"]
    assert lists[0][0].text == "how often they visited;"
    assert validate_bytes(data, "tei") == []


def _docx_parts(data: bytes) -> tuple[etree._Element, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return (etree.fromstring(archive.read("word/document.xml")),
                etree.fromstring(archive.read("word/numbering.xml")))


def test_docx_numbering(lists_essay):
    data = DocxWriter().write(lists_essay, WriteOptions())
    document, numbering = _docx_parts(data)
    numbered = [p for p in document.iter(f"{W}p") if p.find(f"{W}pPr/{W}numPr") is not None]
    num_ids = [p.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val") for p in numbered]
    assert len(numbered) == 18
    assert [len(set(num_ids[a:b])) for a, b in ((0, 2), (2, 4), (14, 16), (16, 18))] == [1] * 4
    assert len(set(num_ids)) == 8  # one numbering instance a list: each restarts
    nums = {n.get(f"{W}numId"): n for n in numbering.iter(f"{W}num")}
    abstract = {a.get(f"{W}abstractNumId"): a for a in numbering.iter(f"{W}abstractNum")}

    def shape(num_id: str) -> tuple[str, str, str]:
        num = nums[num_id]
        level = abstract[num.find(f"{W}abstractNumId").get(f"{W}val")].find(f"{W}lvl")
        return (level.find(f"{W}numFmt").get(f"{W}val"), level.find(f"{W}lvlText").get(f"{W}val"),
                num.find(f"{W}lvlOverride/{W}startOverride").get(f"{W}val"))

    assert [shape(num_ids[k]) for k in (0, 2, 4, 6, 9, 11, 14, 16)] == [
        ("bullet", "•", "1"), ("decimal", "%1.", "1"), ("bullet", "•", "1"),
        ("lowerRoman", "%1.", "1"), ("decimal", "%1)", "3"), ("lowerLetter", "%1)", "8"),
        ("decimal", "%1.", "1"), ("decimal", "%1.", "1")]
    names = [etree.QName(child).localname for child in numbering]
    assert names.index("num") > max(k for k, n in enumerate(names) if n == "abstractNum")


def test_docx_read_back_by_pandoc(tmp_path: Path):
    essay = enriched(tmp_path, "Gardens\n\nAna Reyes\n\nAsked about:\n\n- how often;\n"
                     "- with whom.\n\nThen:\n\n1. count the beds\n2. weigh the harvest\n")
    text = pypandoc.convert_text(DocxWriter().write(essay, WriteOptions()), "markdown",
                                 format="docx", extra_args=["--wrap=none"])
    lines = [re.sub(r"\s+", " ", line) for line in text.splitlines() if line.strip()]
    assert lines[-6:] == ["Asked about:", "- how often;", "- with whom.", "Then:",
                          "1. count the beds", "2. weigh the harvest"]
