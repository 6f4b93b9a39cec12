"""Verse quotations (rule block-quote, reader/verse.py): their lines stay lines in the tree and
in every format; lists, headings, tables, addresses and prose quotations never become verse."""

from __future__ import annotations

import io
import re
import textwrap
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree
from pypdf import PdfReader

from essayconv import tree as T
from essayconv.pipeline import Options, convert, read
from essayconv.validate import validate_file
from essayconv.writers import WriteOptions, get

from validators import enriched

PROSE = ("Few lines of European poetry have been translated as often as the first tercet of the "
         "Inferno, and each translator must decide how to render three lines that seem artless.")
LATER = ("The inversion preserves the Italian word order at the cost of natural English, a "
         "choice the translator defended in his preface as a duty to the poet.")
LAST = ("All four translators, in their different ways, wager on the claim that genuine poetry "
        "can communicate before it is understood.")
NOTES = ("Notes\n"
         "[1] Dante Alighieri (1867) The Divine Comedy of Dante Alighieri, trans. H. W. "
         "Longfellow. Boston: Ticknor and Fields.\n"
         "[2] Dante Alighieri (1994) La Commedia secondo l'antica vulgata, ed. G. Petrocchi. "
         "Florence: Le Lettere.\n")
LONGFELLOW = ["Midway upon the journey of our life",
              "I found myself within a forest dark,",
              "For the straightforward pathway had been lost."]
DANTE = ["Nel mezzo del cammin di nostra vita",
         "mi ritrovai per una selva oscura,",
         "ché la diritta via era smarrita."]
PINSKY = ["Midway on our life's journey, I found myself",
          "In dark woods, the right road lost. To tell",
          "About those woods is hard—so tangled and rough"]


def essay(*blocks: str, notes: bool = True) -> str:
    """An essay: title, author, then the blocks apart by blank lines, then the notes."""
    return "\n\n".join(["Lost in the Dark Wood\nMarguerite Adeyemi-Holt", *blocks,
                        *([NOTES] if notes else [])]) + "\n"


def read_text(tmp_path: Path, text: str, name: str = "essay.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read(path)


def blocks(tree) -> list[tuple[str, str]]:
    """(kind, text) of each block of the body: headings 'heading', paragraphs by kind ('p'
    plain), a verse's lines apart by ' / ', markers as [n]."""
    out = []
    for section in T.findall(tree, "body/section"):
        for child in section:
            if child.tag == T.q("heading"):
                out.append(("heading", T.inline_text(child)))
            elif child.tag == T.q("table"):
                out.append(("table", ""))
            else:
                out.append((child.get("kind") or "p", _lines(child)))
    return out


def _lines(p) -> str:
    parts = [p.text or ""]
    for child in p:
        parts.append(" / " if child.tag == T.q("lb") else f"[{child.get('n')}]")
        parts.append(child.tail or "")
    return "".join(parts)


def verses(tree) -> list[str]:
    return [text for kind, text in blocks(tree) if kind == "verse"]


def changes(tree, rule: str) -> list[tuple[str, str, str]]:
    return [(c.get("line"), c[0].text or "", c[1].text or "")
            for c in T.findall(tree, "changes/change") if c.get("rule") == rule]


# ---------------------------------------------------------------- the reader: verse found
def test_unindented_verse_between_paragraphs_is_one_verse_quote_not_a_heading(tmp_path):
    tree = read_text(tmp_path, essay(
        "Longfellow's blank verse\n" + PROSE,
        "Longfellow abandoned rhyme entirely:",
        "\n".join(LONGFELLOW[:2] + [LONGFELLOW[2] + " [1]"]),
        LATER + " [2]"))
    assert blocks(tree) == [
        ("heading", "Longfellow’s blank verse"),
        ("p", PROSE),
        ("p", "Longfellow abandoned rhyme entirely:"),
        ("verse", "Midway upon the journey of our life / I found myself within a forest dark, "
                  "/ For the straightforward pathway had been lost. [1]"),
        ("p", LATER + " [2]")]
    verse = T.findall(tree, "body/section/p")[2]
    # the verse paragraph keeps its first line's number, each lb its own line's
    assert verse.get("line") == "9"
    assert [lb.get("line") for lb in verse.iter(T.q("lb"))] == ["10", "11"]
    assert [(c.get("n"), c.get("line")) for c in verse.iter(T.q("cite"))] == [("1", "11")]
    assert changes(tree, "block-quote") == [("9", LONGFELLOW[0], f"[verse] {LONGFELLOW[0]}")]


def test_indented_verse_keeps_its_lines_even_in_lower_case(tmp_path):
    quoted = "\n".join("    " + line for line in DANTE[:2] + [DANTE[2] + " [2]"])
    tree = read_text(tmp_path, essay(PROSE, "Dante opens with a figure who is Everyman:",
                                     quoted, LATER, LAST + " [1]"))
    assert verses(tree) == ["Nel mezzo del cammin di nostra vita / mi ritrovai per una selva "
                            "oscura, / ché la diritta via era smarrita. [2]"]
    assert [after for _, _, after in changes(tree, "block-quote")] == [
        "[verse] Nel mezzo del cammin di nostra vita", DANTE[1], DANTE[2] + " [2]"]


def test_indented_verse_with_a_sentence_breaking_inside_a_line(tmp_path):
    quoted = "\n".join("  " + line for line in PINSKY[:2] + [PINSKY[2] + " [1]"])
    tree = read_text(tmp_path, essay(PROSE, quoted, LATER, LAST + " [2]"))
    assert verses(tree) == [" / ".join(line.replace("'", "’") for line in PINSKY) + " [1]"]


def test_verse_marked_the_e_mail_way(tmp_path):
    quoted = "\n".join("> " + line for line in LONGFELLOW)
    tree = read_text(tmp_path, essay(PROSE, quoted, LATER, LAST, PROSE + " [1] [2]"))
    assert verses(tree) == [" / ".join(LONGFELLOW)]


def test_a_marker_alone_on_the_line_under_the_verse_is_its_last_lines_citation(tmp_path):
    tree = read_text(tmp_path, essay(PROSE, "\n".join([*LONGFELLOW, "[1]"]), LATER + " [2]"))
    assert verses(tree) == [" / ".join(LONGFELLOW) + " [1]"]
    verse = T.findall(tree, "body/section/p")[1]
    cite = verse.find(T.q("cite"))
    assert cite.get("note") == "n1" and cite.getprevious().get("line") == "8"
    assert ("9", "[1]", LONGFELLOW[2] + " [1]") in changes(tree, "block-quote")


def test_an_indented_marker_line_under_indented_verse(tmp_path):
    quoted = "\n".join("    " + line for line in [*DANTE, "[2]"])
    tree = read_text(tmp_path, essay(PROSE, quoted, LATER, LAST + " [1]", PROSE))
    assert verses(tree) == [" / ".join(DANTE) + " [2]"]


def test_two_stanzas_are_two_verse_quotes(tmp_path):
    first = ["Shall I compare thee to a summer's day?",
             "Thou art more lovely and more temperate:",
             "Rough winds do shake the darling buds of May,",
             "And summer's lease hath all too short a date."]
    second = ["Sometime too hot the eye of heaven shines,",
              "And often is his gold complexion dimm'd;",
              "And every fair from fair sometime declines,",
              "By chance or nature's changing course untrimm'd. [1]"]
    tree = read_text(tmp_path, essay(PROSE, "\n".join(first), "\n".join(second),
                                     LATER + " [2]"))
    assert [len(v.split(" / ")) for v in verses(tree)] == [4, 4]


def test_verse_in_a_hard_wrapped_body_is_never_joined(tmp_path):
    wide = ("This essay compares four English versions of the opening of the Inferno and argues "
            "that the choice between rhyme, metre and literal sense is not merely technical: it "
            "shapes the way the reader enters the poem's moral world, and it shows how each "
            "translator reads the original. [1]")
    tree = read_text(tmp_path, essay(
        textwrap.fill(wide, 72),
        textwrap.fill("Longfellow abandoned rhyme entirely, preferring fidelity of sense to "
                      "the music of the original:", 72),
        "\n".join(LONGFELLOW),
        textwrap.fill(wide.replace("[1]", "[2]"), 72)))
    assert verses(tree) == [" / ".join(LONGFELLOW)]
    assert [kind for kind, _ in blocks(tree)] == ["p", "p", "verse", "p"]
    joined = {int(line) for line, _, _ in changes(tree, "join-wrapped-lines")}
    assert joined and not joined & {11, 12, 13}  # the verse's lines (and the one under it)


# ---------------------------------------------------------------- the reader: no verse
EICHMANN = ("The trouble with Eichmann was precisely that so many were like him, and that the "
            "many were neither perverted nor sadistic, that they were, and still are, terribly "
            "and terrifyingly normal.")


@pytest.mark.parametrize("width", [76, 50], ids=["wide", "a-column"])
def test_an_indented_prose_quote_is_still_one_joined_paragraph(tmp_path, width):
    quoted = textwrap.indent(textwrap.fill(EICHMANN, width), "    ")
    tree = read_text(tmp_path, essay(PROSE, quoted, LATER, LAST, PROSE, notes=False))
    assert blocks(tree)[1] == ("quote", EICHMANN)


LIST_ITEMS = ["Raising the minimum wage for all workers",
              "Expanding child tax credits for families",
              "Funding public childcare in every town."]
LIST_COMMAS = ["Economic pressure on families,", "Political instability in the region,",
               "Limited access to clean water."]


@pytest.mark.parametrize("lines", [LIST_ITEMS, LIST_COMMAS], ids=["items", "commas"])
@pytest.mark.parametrize("apart", [True, False], ids=["lead-in-apart", "lead-in-over"])
def test_a_list_of_short_items_is_no_verse(tmp_path, lines, apart):
    lead_in = "The study proposed three measures:" + ("\n\n" if apart else "\n")
    tree = read_text(tmp_path, essay(PROSE, lead_in + "\n".join(lines), LATER, notes=False))
    assert verses(tree) == []


@pytest.mark.parametrize("lines", [
    ["Raising the minimum wage.", "Expanding the child tax credit.", "Funding public childcare."],
    ["- Raising the minimum wage", "- Expanding the child tax credit",
     "- Funding public childcare"],
    ["Economic pressure on families", "Political instability in the region",
     "Limited access to clean water"]], ids=["full-stops", "bullets", "bare"])
def test_an_indented_list_is_no_verse(tmp_path, lines):
    quoted = "\n".join("    " + line for line in lines)
    tree = read_text(tmp_path, essay(PROSE, quoted, LATER, LAST, PROSE, notes=False))
    assert verses(tree) == []


def test_short_line_headings_followed_by_prose_stay_headings(tmp_path):
    tree = read_text(tmp_path, essay(
        PROSE,
        "The Italian Original\n" + LATER,
        "Longfellow and the music of sense\n" + LAST,
        "A Note on the Slant Rhyme\n" + PROSE,
        "Conclusion", LATER, notes=False))
    assert verses(tree) == []
    assert [text for kind, text in blocks(tree) if kind == "heading"] == [
        "The Italian Original", "Longfellow and the music of sense",
        "A Note on the Slant Rhyme", "Conclusion"]


@pytest.mark.parametrize("lines", [
    ["Introduction to the Problem", "The Italian Original Text",
     "Longfellow's Blank Verse Translation", "Pinsky and the Slant Rhyme."],
    ["Introduction 1", "The Italian original 4", "Longfellow's blank verse 9",
     "Pinsky and the slant rhyme 14"],
    ["Department of History", "University of Leeds", "Leeds LS2 9JT"],
    ["Interviewer: How did you start working here, then?",
     "Respondent: My aunt worked in the mill before me,",
     "Interviewer: And what did she tell you about it."]],
    ids=["contents", "contents-with-pages", "address", "transcript"])
def test_a_table_of_contents_an_address_and_a_transcript_are_no_verse(tmp_path, lines):
    tree = read_text(tmp_path, essay(PROSE, "\n".join(lines), LATER, notes=False))
    assert verses(tree) == []


def test_a_table_stays_a_table(tmp_path):
    table = "Translator\tYear\tForm\nLongfellow\t1867\tBlank verse\nPinsky\t1994\tTerza rima"
    spaced = ("Translator     Year     Form\nLongfellow     1867     Blank verse\n"
              "Pinsky     1994     Slant rhyme")
    for rows in (table, spaced):
        tree = read_text(tmp_path, essay(PROSE, rows, LATER, notes=False))
        assert [kind for kind, _ in blocks(tree)] == ["p", "table", "p"], rows


def test_lines_before_the_first_paragraph_are_no_verse(tmp_path):
    """The front matter's lines (a subtitle, an affiliation, a course) never, even when they
    read like verse: verse stands between paragraphs of prose."""
    tree = read_text(tmp_path, "\n".join(["Lost in the Dark Wood", *LONGFELLOW, "", PROSE,
                                          "", LATER]) + "\n")
    assert verses(tree) == []


def test_lines_of_the_notes_are_no_verse(tmp_path):
    tree = read_text(tmp_path, essay(PROSE + " [1]", LATER + " [2]", LAST, notes=False) +
                     "\nNotes\n[1] Midway upon the journey of our life\n"
                     "I found myself within a forest dark,\n"
                     "For the straightforward pathway had been lost.\n[2] Ibid.\n")
    assert verses(tree) == []
    assert len(T.findall(tree, "notes/note")) == 2


def test_short_sentences_on_their_own_lines_are_no_verse(tmp_path):
    tree = read_text(tmp_path, essay(PROSE, "The results were clear.\nNobody expected them.\n"
                                            "The committee met again in May.", LATER,
                                     notes=False))
    assert verses(tree) == []


# ---------------------------------------------------------------- every format
VERSE_ESSAY = essay(
    "The Italian\n" + PROSE,
    "Dante opens with a figure who is both the poet and Everyman:",
    "\n".join("    " + line for line in [*DANTE[:2], DANTE[2] + " [2]"]),
    LATER,
    "Longfellow abandoned rhyme entirely:",
    "\n".join(LONGFELLOW[:2] + [LONGFELLOW[2] + " [1]"]),
    LAST)
FORMATS = ["xml", "html", "epub", "pdf", "docx", "tei", "jats"]


@pytest.fixture(scope="module", params=["author-date", "notes"])
def written(request, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp(f"verse-{request.param}")
    path = folder / "dante.txt"
    path.write_text(VERSE_ESSAY, encoding="utf-8")
    paths = convert(path, Options(formats=FORMATS, outdir=folder,
                                  write=WriteOptions(citations=request.param)))
    return {p.name.split(".", 1)[1]: p for p in paths}


@pytest.mark.parametrize("kind", ["xml", "html", "epub", "pdf", "docx", "tei.xml", "jats.xml"])
def test_every_output_is_valid(written, kind):
    assert validate_file(written[kind]) == []


def _html_verses(root) -> list[list[str]]:
    """Each blockquote.verse's lines: the text between its br elements."""
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    found = []
    for p in root.xpath("//h:blockquote[@class='verse']/h:p", namespaces=ns):
        lines = [p.text or ""]
        for child in p:
            if etree.QName(child).localname == "br":
                lines.append(child.tail or "")
            else:
                lines[-1] += "".join(child.itertext()) if child.get("class") != "footnote note" \
                    and not (child.get("role") or "").startswith("doc-foot") else ""
                lines[-1] += child.tail or ""
        found.append([line.strip() for line in lines])
    return found


def test_html_puts_a_br_between_the_lines(written):
    root = etree.parse(str(written["html"])).getroot()
    found = _html_verses(root)
    assert [len(lines) for lines in found] == [3, 3]
    assert found[0][:2] == DANTE[:2] and found[1][:2] == LONGFELLOW[:2]
    assert found[0][2].startswith("ché la diritta via era smarrita")
    assert found[1][2].startswith("For the straightforward pathway had been lost")


def test_epub_puts_a_br_between_the_lines(written):
    with zipfile.ZipFile(written["epub"]) as book:
        name = next(n for n in book.namelist() if n.endswith(".xhtml") and "nav" not in n)
        root = etree.fromstring(book.read(name))
    assert [len(lines) for lines in _html_verses(root)] == [3, 3]


def test_pdf_prints_each_line_on_its_own_line(written):
    text = "\n".join(page.extract_text() for page in PdfReader(written["pdf"]).pages)
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]
    for verse in (DANTE, LONGFELLOW):
        first = lines.index(verse[0])
        assert lines[first + 1] == verse[1]
        assert lines[first + 2].startswith(verse[2].rstrip("."))


def test_docx_breaks_the_lines_of_a_quote_paragraph(written):
    document = docx.Document(str(written["docx"]))
    quoted = [p for p in document.paragraphs if p.style.name == "Quote"]
    assert len(quoted) == 2
    for paragraph, verse in zip(quoted, (DANTE, LONGFELLOW), strict=True):
        assert len(paragraph._p.xpath(".//w:br")) == 2
        lines = paragraph.text.split("\n")
        assert lines[:2] == verse[:2] and lines[2].startswith(verse[2].rstrip("."))


def test_tei_quote_holds_a_line_group(written):
    root = etree.parse(str(written["tei.xml"])).getroot()
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    groups = root.xpath("//t:body//t:quote/t:lg", namespaces=ns)
    assert len(groups) == 2
    lines = groups[1].xpath("t:l", namespaces=ns)
    assert [line.text for line in lines[:2]] == LONGFELLOW[:2]
    assert lines[2].text.startswith("For the straightforward pathway had been lost")
    assert lines[2].xpath("t:ref | t:note", namespaces=ns)  # the citation stays one


def test_jats_disp_quote_holds_a_verse_group(written):
    root = etree.parse(str(written["jats.xml"])).getroot()
    groups = root.xpath("//body//disp-quote/verse-group")
    assert len(groups) == 2
    lines = groups[0].findall("verse-line")
    assert [line.text for line in lines[:2]] == DANTE[:2]
    assert lines[2].find("xref") is not None  # the citation stays one


def test_the_tree_validates_with_lb_only_in_verse(written):
    tree = etree.parse(str(written["xml"])).getroot()
    T.validate(tree, "test")
    heading = T.find(tree, "body/section/heading")
    heading.append(T.el("lb", line="3"))
    with pytest.raises(Exception, match="lb"):
        T.validate(tree, "test")


def test_writers_without_a_style_print_verse_lines(tmp_path):
    """No citation style (raw markers): the writers print the lines all the same."""
    tree = read_text(tmp_path, VERSE_ESSAY)
    html = get("html").write(tree, WriteOptions())
    assert html.count("<br/>") >= 4
    tei = get("tei").write(tree, WriteOptions())
    assert (tei if isinstance(tei, str) else tei.decode()).count("<l>") == 6
    data = get("docx").write(tree, WriteOptions())
    document = docx.Document(io.BytesIO(data))
    assert sum(len(p._p.xpath(".//w:br")) for p in document.paragraphs) == 4


def test_a_marker_in_verse_is_a_citation_in_enriched_trees(tmp_path):
    tree = enriched(tmp_path, VERSE_ESSAY)
    verse_cites = [c.get("n") for p in T.findall(tree, "body/section/p")
                   if p.get("kind") == "verse" for c in p.iter(T.q("cite"))]
    assert verse_cites == ["2", "1"]
    assert all(T.find(n, "rendered") is not None for n in T.findall(tree, "notes/note"))


def test_a_block_quotations_citation_follows_its_final_punctuation(written):
    # Harvard (and APA) put a block quotation's citation after its last full stop; only a
    # run-in citation moves before the punctuation
    root = etree.parse(str(written["html"])).getroot()
    found = _html_verses(root)
    last = found[1][2]
    if "(" in last:  # author-date: 'lost. (Alighieri, 1867)'
        assert last.startswith("For the straightforward pathway had been lost. (")
    else:  # notes: the mark after the stop
        assert last.startswith("For the straightforward pathway had been lost.")


def test_many_indented_verse_lines_beside_little_prose_stay_verse(tmp_path):
    # the share of indented text is counted in characters: four short quotations outnumber
    # the prose paragraphs in lines, never in words
    indented = lambda lines: "\n".join("    " + line for line in lines)  # noqa: E731
    tree = read_text(tmp_path, essay(PROSE, indented(DANTE), LATER, indented(LONGFELLOW), LAST,
                                     indented(PINSKY), notes=False))
    assert [v.replace("’", "'") for v in verses(tree)] == [
        " / ".join(DANTE), " / ".join(LONGFELLOW), " / ".join(PINSKY)]
