"""The reader on other essay shapes (hand-made fixtures in tests/fixtures/shapes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from essayconv import tree as T
from essayconv.pipeline import enrich, read
from essayconv.reader.language import guess_language
from essayconv.writers import WriteOptions

from validators import enriched, text

SHAPES = Path(__file__).parent / "fixtures" / "shapes"


def test_two_authors_keywords_numbered_headings_and_a_numbered_list():
    essay = read(SHAPES / "numbered-headings-two-authors.txt")
    assert [T.find(a, "name").text for a in T.findall(essay, "meta/author")] == [
        "Ana Ruiz", "Tom Becker"]
    info = {i.get("name"): i.text for i in T.findall(essay, "meta/info")}
    assert info["keywords"] == "Keywords: migration, memory, oral history"
    headings = [T.find(s, "heading").text for s in T.findall(essay, "body/section")]
    assert headings == ["1. Introduction", "2. Findings", "Conclusion"]
    kinds = [p.get("kind") for p in T.findall(essay, "body/section/p")]
    assert kinds == [None, None, "item", "item", "item", None, None]
    assert [n.get("n") for n in T.findall(essay, "notes/note")] == ["1", "2"]
    dropped = [c[0].text for c in T.findall(essay, "changes/change")
               if c.get("rule") == "drop-web-junk"]
    assert dropped == ["3 min read", "Share"]


def test_french_essay_gets_its_language_and_french_quotes():
    essay = read(SHAPES / "french.txt")
    assert essay.get(T.XML_LANG) == "fr"
    paragraph = T.inline_text(T.findall(essay, "body/section/p")[0])
    assert "Le «\u202fquartier du port\u202f» est" in paragraph
    assert "lieux d’arrivée" in paragraph


def test_language_guess():
    assert guess_language("The state of the world and the future of it") == "en"
    assert guess_language("Die Geschichte der Stadt und das Leben mit den Menschen") == "de"
    assert guess_language("") == "en"
    # 'et al.' in an English citation is no French 'et'; a short piece needs three words
    assert guess_language("Wellbeing improves after six months (Okoro et al., 2021).",
                          at_least=3) == "en"
    assert guess_language("Les jardins de Paris", at_least=3) == "en"
    assert guess_language("Les jardins de Paris") == "fr"
    # Spanish's commonest word is 'de', which Portuguese shares: Spanish's own words decide
    assert guess_language("La historiografía ha presentado la década de 1780 como un periodo "
                          "de expansión del comercio de Barcelona") == "es"
    assert guess_language("A historiografia apresentou a década de 1780 como um período de "
                          "expansão do comércio da cidade") == "pt"
    # and French's commonest word is 'de' too: a short French paragraph stays French
    assert guess_language("La politique de la ville date de la fin des années soixante-dix. "
                          "Elle répond à la crise de la banlieue et à la montée du chômage de "
                          "masse. Les plans de rénovation de quartier se sont succédé.") == "fr"


def test_a_chicago_notes_essay_becomes_harvard():
    """Superscript note calls, full notes with cited pages, short 'Author, Title' forms, Ibid."""
    essay = enrich(read(SHAPES / "chicago-notes.txt"), WriteOptions())
    assert [c.get("n") for c in essay.iter(T.q("cite"))] == [str(n) for n in range(1, 9)]
    found = []
    for note in T.findall(essay, "notes/note"):
        citation = T.find(note, "citation")
        locator = T.find(citation, "locator")
        found.append((citation.get("form"), citation.get("work"),
                      locator.text if locator is not None else None,
                      T.find(note, "rendered").text))
    assert found == [
        ("full", "gaddis1987", "215–45", "(Gaddis, 1987, pp. 215–245)"),
        ("full", "ikenberry2001", "163", "(Ikenberry, 2001, p. 163)"),
        ("short", "gaddis1987", "12", "(Gaddis, 1987, p. 12)"),
        ("full", "westad2005", "396", "(Westad, 2005, p. 396)"),
        ("short", "westad2005", "8–10", "(Westad, 2005, pp. 8–10)"),
        ("short", "westad2005", "3", "(Westad, 2005, p. 3)"),  # Ibid., 3
        ("full", "jervis1988", "83", "(Jervis, 1988, p. 83)"),
        # an ancient work cited by its name alone: kept as written, never guessed
        ("other", None, None, "(Thucydides, History of the Peloponnesian War, 1.23)"),
    ]
    works = {w.get("id"): w for w in T.findall(essay, "works/work")}
    fields = {f.get("name"): f.text for f in works["gaddis1987"].iter(T.q("field"))}
    assert (fields["publisher-place"], fields["publisher"]) == ("New York",
                                                               "Oxford University Press")
    assert "page" not in fields  # the pages cited are the note's, not the book's
    jervis = {f.get("name"): f.text for f in works["jervis1988"].iter(T.q("field"))}
    assert (jervis["volume"], jervis["issue"], jervis["page"]) == ("13", "2", "80–90")
    assert [d.text for d in T.findall(essay, "diagnostics/diagnostic")] == []


def test_chicago_notes_with_a_bibliography():
    """Plain-digit note calls; the last body line ends in one, so it is no heading (and the
    line before it is); notes and bibliography entries of one work are one work."""
    essay = enrich(read(SHAPES / "chicago-bibliography.txt"), WriteOptions())
    headings = [T.find(s, "heading") for s in T.findall(essay, "body/section")]
    assert [h.text for h in headings if h is not None] == ["Strangers and citizens"]
    links = [(c.get("form"), c.get("work")) for c in essay.iter(T.q("citation"))]
    assert links == [("full", "terpstra2015"), ("full", "naphy1994"), ("short", "terpstra2015"),
                     ("full", "pettegree1986"), ("short", "pettegree1986")]
    assert sorted(w.get("id") for w in T.findall(essay, "works/work")) == [
        "naphy1994", "pettegree1986", "terpstra2015"]
    assert [i.get("work") for i in T.findall(essay, "sources/item")] == [
        "naphy1994", "pettegree1986", "terpstra2015"]


def test_an_apa_essay_links_its_citations_and_raises_nothing():
    """Author-date citations in the text link to the list; a four-author work printed
    'Twenge, J.M. et al.' by the style is no dropped-words warning."""
    essay = enrich(read(SHAPES / "apa-author-date.txt"), WriteOptions())
    assert [(x.get("work"), x.text) for x in essay.iter(T.q("xref"))] == [
        ("hale2015", "Hale & Guan, 2015"), ("twenge2017", "Twenge et al., 2017"),
        ("hale2015", "Hale and Guan (2015)"), ("orben2019", "Orben & Przybylski, 2019, p. 175")]
    entry = [e for e in T.findall(essay, "bibliography/entry") if e.get("work") == "twenge2017"]
    assert "et al." in T.inline_text(entry[0])
    assert [d.text for d in T.findall(essay, "diagnostics/diagnostic")] == []


def test_an_mla_essay_links_author_page_citations():
    """MLA cites '(Morrison 44)', '(Morrison, Beloved 43)' and, after the author's name in
    the sentence, '(569)'; the Works Cited entries keep their pages."""
    essay = enrich(read(SHAPES / "mla-works-cited.txt"), WriteOptions())
    assert [(x.get("work"), x.text) for x in essay.iter(T.q("xref"))] == [
        ("morrison1987", "Morrison 44"), ("rushdy1992", "Rushdy 568"),
        ("krumholz1992", "Krumholz 395"), ("rushdy1992", "569"),
        ("morrison1987", "Morrison, Beloved 43")]
    pages = {w.get("id"): [f.text for f in w.iter(T.q("field")) if f.get("name") == "page"]
             for w in T.findall(essay, "works/work")}
    assert pages == {"krumholz1992": ["395–408"], "morrison1987": [], "rushdy1992": ["567–97"]}
    assert [d.get("rule") for d in T.findall(essay, "diagnostics/diagnostic")] == [
        "missing-place"]  # MLA leaves out the place; Harvard asks for it


def test_mla_header_block_before_the_title(tmp_path):
    essay = read(SHAPES / "mla-header.txt")
    assert T.find(essay, "meta/title").text == "Memory and Monument in Beloved"
    assert [T.find(a, "name").text for a in T.findall(essay, "meta/author")] == ["Priya Nair"]
    assert [(i.get("name"), i.text) for i in T.findall(essay, "meta/info")] == [
        ("instructor", "Professor Hall"), ("course", "English 210"), ("date", "14 March 2025")]
    # title, author, date: no instructor, so no MLA block
    plain = tmp_path / "plain.txt"
    plain.write_text("Memory Matters\nHannah Weber\n4 May 2025\n\nIntroduction\n\n"
                     "A first paragraph of the essay, long enough to be a paragraph.\n",
                     encoding="utf-8")
    other = read(plain)
    assert T.find(other, "meta/title").text == "Memory Matters"
    assert [T.find(a, "name").text for a in T.findall(other, "meta/author")] == ["Hannah Weber"]
    # title, author, course, date: the second line is a bare name, no instructor
    plain.write_text("Urban Heat Islands\nMaria Lopez\nGEOG 101\n2 May 2024\n\nIntroduction\n\n"
                     "A first paragraph of the essay, long enough to be a paragraph.\n",
                     encoding="utf-8")
    assert T.find(read(plain), "meta/title").text == "Urban Heat Islands"


def test_notes_numbered_in_superscript_under_a_french_heading(tmp_path):
    text = (SHAPES / "chicago-bibliography.txt").read_text(encoding="utf-8")
    for n, sup in enumerate("\u00b9\u00b2\u00b3\u2074\u2075", 1):
        text = text.replace(f"\n{n}. ", f"\n{sup} ")
    path = tmp_path / "superscript-notes.txt"
    path.write_text(text.replace("\nBibliography\n", "\nBibliographie\n"), encoding="utf-8")
    essay = read(path)
    assert [n.get("n") for n in T.findall(essay, "notes/note")] == ["1", "2", "3", "4", "5"]
    assert T.find(essay, "notes/note/text").text.startswith("Nicholas Terpstra, Religious")
    assert T.find(essay, "sources").get("heading") == "Bibliographie"
    assert len(T.findall(essay, "sources/item")) == 3


def test_a_french_essays_reference_list_is_headed_in_french():
    essay = enrich(read(SHAPES / "french.txt"), WriteOptions())
    assert T.find(essay, "bibliography").get("heading") == "Bibliographie"


def test_a_sentence_ending_in_its_note_call_is_no_heading():
    from essayconv.reader.lines import is_heading

    assert [is_heading(t) for t in ("Yet tolerance had limits.5", "Deterrence held.\u00b9",
                                    "After Sept. 11", "Vol. 2", "Strangers and citizens")] == [
        False, False, True, True, True]


def test_restyled_citations_follow_the_style_and_keep_the_authors_words():
    """--restyle-citations: MLA '(Morrison 44)' reads '(Morrison, 1987, p. 44)' in Harvard;
    the author's words stay in @written and every rewrite is in the change log."""
    essay = enrich(read(SHAPES / "mla-works-cited.txt"), WriteOptions(restyle_citations=True))
    found = [(x.get("written"), x.text) for x in essay.iter(T.q("xref"))]
    assert found == [("Morrison 44", "Morrison, 1987, p. 44"),
                     ("Rushdy 568", "Rushdy, 1992, p. 568"),
                     ("Krumholz 395", "Krumholz, 1992, p. 395"), ("569", "1992, p. 569"),
                     ("Morrison, Beloved 43", "Morrison, 1987, p. 43")]
    changes = [(c[0].text, c[1].text) for c in T.findall(essay, "changes/change")
               if c.get("rule") == "restyle-citations"]
    assert changes == found
    paragraph = "".join(T.findall(essay, "body/section/p")[0].itertext())
    assert "(Rushdy, 1992, p. 568; Krumholz, 1992, p. 395)" in paragraph


def test_without_the_option_the_authors_citations_stay_as_written():
    essay = enrich(read(SHAPES / "mla-works-cited.txt"), WriteOptions())
    assert [x.text for x in essay.iter(T.q("xref"))][:2] == ["Morrison 44", "Rushdy 568"]
    assert [x.get("written") for x in essay.iter(T.q("xref"))] == [None] * 5


def test_references_cut_at_the_line_width_are_joined():
    essay = enrich(read(SHAPES / "wrapped-references.txt"), WriteOptions())
    items = [(i.get("line"), i.get("work"), i.text) for i in T.findall(essay, "sources/item")]
    assert [(line, work) for line, work, _ in items] == [("7", "jones2021"), ("9", "smith2019")]
    assert items[1][2].endswith("Oxford: Oxbow Books.")
    assert [d.text for d in T.findall(essay, "diagnostics/diagnostic")] == []


def _joined(lines: list[str] | list[tuple[int, str]]) -> list[str]:
    from essayconv.reader.wrapped import join_reference_lines

    essay = T.el("essay")
    T.sub(essay, "changes")
    numbered = [x if isinstance(x, tuple) else (n, x) for n, x in enumerate(lines, 1)]
    return [text for _, text in join_reference_lines(essay, numbered)]


def test_references_that_end_open_are_not_joined_to_the_next_reference():
    lines = ["Smith, J. (2019) Eroding Pasts. Oxford: Oxbow Books",
             "UNESCO 2003 Convention for the Safeguarding of the Intangible Cultural Heritage",
             "World Bank. 2019. Coastal Risk. Washington, DC: World Bank",
             "van der Berg, K. (2001) Dunes",
             "Available at:", "https://example.org/dunes",
             "Jones, K. (2001) Shores, pp. 1-20 and", "pp. 30-40."]
    assert _joined(lines) == lines[:3] + [
        "van der Berg, K. (2001) Dunes Available at: https://example.org/dunes",
        "Jones, K. (2001) Shores, pp. 1-20 and pp. 30-40."]


def test_names_in_any_script_or_case_start_their_own_reference():
    lines = ["Smith, J. (2019) Eroding Pasts. Oxford: Oxbow Books.",
             "bell hooks (1994) Teaching to Transgress. New York: Routledge.",
             "boyd, d. (2014) It's Complicated. New Haven: Yale University Press",
             "Łukasiewicz, J. (1951) Aristotle's Syllogistic. Oxford: Clarendon",
             "Šmíd, M. (2003) Title. Praha: Academia",
             "al-Azmeh, A. (1993) Islams and Modernities. London: Verso",
             "iRobot Corporation (2020) Annual Report. Bedford: iRobot",
             "1) Numbered, A. (2001) One. London: X",
             "Doe, J. (2020) Data. DOI: 10.1000/xyz",
             "Roe, K. (2021) Things. example.org/things",
             "Poe, E. (1845) The Raven. New York: Wiley and Putnam"]
    assert _joined(lines) == lines


def test_a_forced_ending_joins_whatever_comes_next_but_never_across_a_blank_line():
    assert _joined(["Power, S. (2002) A Problem from Hell. New York:", "Basic Books, 2002.",
                    "Smith, K. (2001) 'Shores', Journal of", "Coastal Heritage, 14(2), 1-20."]) == [
        "Power, S. (2002) A Problem from Hell. New York: Basic Books, 2002.",
        "Smith, K. (2001) 'Shores', Journal of Coastal Heritage, 14(2), 1-20."]
    assert _joined([(1, "UNESCO (2003) Convention for"), (3, "eBay Inc. (2015) Report.")]) == [
        "UNESCO (2003) Convention for", "eBay Inc. (2015) Report."]


CSL = Path(__file__).parent / "data" / "csl"


def test_a_note_style_prints_the_remarks_in_author_date_mode_too():
    from conftest import SEED

    essay = enrich(read(SEED), WriteOptions(style=str(CSL / "notes-mini.csl")))
    rendered = [T.inline_text(T.find(n, "rendered")) for n in T.findall(essay, "notes/note")
                if "aid diversion" in (T.find(n, "text").text or "")]
    assert rendered and all("(on aid diversion and militarization)" in r for r in rendered)


@pytest.mark.parametrize("kind", ["numeric", "note"])
def test_restyling_needs_an_author_date_style(tmp_path, kind):
    if kind == "numeric":
        style = tmp_path / "numeric.csl"
        style.write_text((CSL / "apa-mini.csl").read_text(encoding="utf-8").replace(
            "</id>", '</id><category citation-format="numeric"/>', 1), encoding="utf-8")
    else:
        style = CSL / "notes-mini.csl"
    essay = enrich(read(SHAPES / "mla-works-cited.txt"),
                   WriteOptions(style=str(style), restyle_citations=True))
    assert [x.text for x in essay.iter(T.q("xref"))][:2] == ["Morrison 44", "Rushdy 568"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # what citeproc cannot say is left as the author wrote it
    ("It matters (Smith 2019, emphasis added).", "(Smith 2019, emphasis added)"),
    ("Reynolds’ (2002) view differs.", "Reynolds’ (2002)"),
    ("Smith (2019, 2020) made it twice.", "Smith (2019, 2020)"),
    ("It matters (Smith 2019, ch. 4).", "(Smith, 2019, ch. 4)"),
    ("It matters (Smith 2019, xii).", "(Smith, 2019, p. xii)"),
    ("It matters (Smith 2019, pp. 3, 7).", "(Smith, 2019, pp. 3, 7)"),
])
def test_restyling_keeps_what_the_style_cannot_say(tmp_path, sentence, expected):
    path = tmp_path / "essay.txt"
    path.write_text("A Title\nAna Silva\n\n" + sentence + " More (Smith 2019).\n\nReferences\n"
                    "Reynolds, K. (2002) Coasts. London: Verso.\n"
                    "Smith, J. (2019) Eroding Pasts. Oxford: Oxbow Books.\n"
                    "Smith, J. (2020) Eroding Futures. Oxford: Oxbow Books.\n", encoding="utf-8")
    essay = enrich(read(path), WriteOptions(restyle_citations=True))
    assert expected in "".join(T.findall(essay, "body/section/p")[0].itertext())


def test_explanatory_notes_stay_footnotes_and_make_no_works():
    """An author-date essay with its own reference list and notes that explain: prose is no
    work and stays a footnote as written; a reference the list forgot is added, with a
    warning."""
    essay = enrich(read(SHAPES / "explanatory-notes.txt"), WriteOptions())
    rendered = [(T.find(n, "rendered").get("as"), T.inline_text(T.find(n, "rendered")))
                for n in T.findall(essay, "notes/note")]
    assert rendered == [
        ("footnote", "I use “village” loosely here, for settlements of under 500 people."),
        ("footnote", "Interviews were conducted in 2021; see Smith (2019), p. 4, for a "
                     "comparable method."),
        (None, "(Jones, 2001, p. 4)")]
    assert [w.get("id") for w in T.findall(essay, "works/work")] == ["smith2019", "jones2001"]
    assert [(d.get("rule"), d.get("line")) for d in T.findall(essay, "diagnostics/diagnostic")] \
        == [("unlisted-reference", "9")]
    from essayconv.writers.html import HtmlWriter

    html = HtmlWriter().write(essay, WriteOptions())
    assert "(I use" not in html and 'class="footnote note"' in html


def test_reference_notes_beside_a_reference_list_keep_their_works():
    """Notes citing works the list lacks keep them (with a warning); 'Smith 2019, p. 45'
    becomes a short form of the listed work; 'Ibid.' follows; an explaining note is a
    footnote whose mark stays after the full stop."""
    essay = enrich(read(SHAPES / "notes-and-reference-list.txt"), WriteOptions())
    found = [(T.find(n, "citation").get("work"), T.inline_text(T.find(n, "rendered")))
             for n in T.findall(essay, "notes/note")]
    assert found == [("environmentagency2018", "(Environment Agency, 2018, p. 3)"),
                     ("environmentagency2018", "(Environment Agency, 2018, p. 5)"),
                     ("smith2019", "(Smith, 2019, p. 45)"), ("stow1598", "(Stow, 1598, p. 45)"),
                     (None, "I use “flood” loosely here, for any tide above the wall.")]
    assert sorted(w.get("id") for w in T.findall(essay, "works/work")) == [
        "environmentagency2018", "smith2019", "stow1598"]
    body = T.findall(essay, "body/section/p")[0]
    assert "".join(body.itertext()).endswith("Again.")  # the footnote mark after the stop
    assert [c.get("n") for c in body.iter(T.q("cite"))][-1] == "5"
    assert body[-1].tail in (None, "")


def test_wrapped_lines_that_can_only_go_on():
    assert _joined(["Smith, J., Brown, P., Green, A.", "and White, R. (2019) Floods. London: X.",
                    "Smith, J. (2019) ‘Memories of the flood",
                    "in Norfolk after 1953’, Journal of Floods, 3, 1-9.",
                    "Smith, J. (2019) Report. Available at: https://example.org/reports/",
                    "coastal-erosion (Accessed: 3 May 2020).",
                    "Smith, J. (2019) Eroding Pasts. Oxford: Oxbow Books. Series A",
                    "Jones, K. (2001) Shores. London: Verso."]) == [
        "Smith, J., Brown, P., Green, A. and White, R. (2019) Floods. London: X.",
        "Smith, J. (2019) ‘Memories of the flood in Norfolk after 1953’, Journal of Floods, 3, "
        "1-9.",
        "Smith, J. (2019) Report. Available at: https://example.org/reports/coastal-erosion "
        "(Accessed: 3 May 2020).",
        "Smith, J. (2019) Eroding Pasts. Oxford: Oxbow Books. Series A",
        "Jones, K. (2001) Shores. London: Verso."]
    # a publisher cut after its first word; a press as an author starts its own reference
    assert _joined(["Terpstra, N. (2015) Religious Refugees. Cambridge",
                    "University Press, 2015.",
                    "Oxford University Press (2019) Annual Report. Oxford: OUP."]) == [
        "Terpstra, N. (2015) Religious Refugees. Cambridge University Press, 2015.",
        "Oxford University Press (2019) Annual Report. Oxford: OUP."]
    # a journal's name cut before its volume; a line ending in a year or 'pp.' goes on; an
    # access date under its web address
    assert _joined(["Barocas, S. (2016) ‘Big data’, California Law",
                    "Review, 104(3), pp. 671-732.",
                    "Raghavan, M. (2020) ‘Hiring’, in Proceedings of the 2020",
                    "Conference on Fairness. New York: ACM, pp.",
                    "469-481.",
                    "Sweeney, L. (2013) Discrimination. Available at: https://example.org/ads",
                    "(Accessed: 1 May 2024).",
                    "Smith, J. (2019) Floods 2",
                    "Jones, K. (2001) Shores. London: Verso."]) == [
        "Barocas, S. (2016) ‘Big data’, California Law Review, 104(3), pp. 671-732.",
        "Raghavan, M. (2020) ‘Hiring’, in Proceedings of the 2020 Conference on Fairness. "
        "New York: ACM, pp. 469-481.",
        "Sweeney, L. (2013) Discrimination. Available at: https://example.org/ads "
        "(Accessed: 1 May 2024).",
        "Smith, J. (2019) Floods 2",
        "Jones, K. (2001) Shores. London: Verso."]
    # a DOI's closing full stop ends the reference; OSCOLA's cases and statutes, which end in
    # no full stop, each start their own
    apart = ["Smith, J. (2020) Title. Nature, 1, pp. 189–200. doi:10.1038/s43017-020-9.",
             "WRAP (2022) Textiles market situation report. Banbury: WRAP.",
             "Ghaidan v Godin-Mendoza [2004] UKHL 30, [2004] 2 AC 557",
             "R (Nicklinson) v Ministry of Justice [2014] UKSC 38",
             "Human Rights Act 1998",
             "Retained EU Law (Revocation and Reform) Act 2023",
             "Smith, J. (2019) Eroding Pasts. Oxford: Oxbow Books, pp. 3-9",
             "“Rising Tides: Fiction and Climate” (2020) The Economist."]
    assert _joined(apart) == apart


def test_a_parliamentary_record_is_no_explanation():
    from essayconv.transforms.rendering import explanatory

    note = T.el("note")
    citation = T.sub(note, "citation", form="other")
    T.sub(citation, "source", "Hansard HC Deb 12 March 2019, vol. 656, col. 200.")
    assert not explanatory(note)


def test_a_reprint_note_links_to_its_bibliography_entry(tmp_path):
    path = tmp_path / "reprint.txt"
    path.write_text(
        "The Craft\nHannah Weber\n\nHistory is a craft.1\n\nNotes\n\n1. Marc Bloch, The "
        "Historian’s Craft, trans. Peter Putnam (1954; repr., Manchester: Manchester University "
        "Press, 1992), 20.\n\nBibliography\n\nBloch, Marc. The Historian’s Craft. Translated by "
        "Peter Putnam. Manchester: Manchester University Press, 1992.\n", encoding="utf-8")
    essay = enrich(read(path), WriteOptions())
    assert [w.get("id") for w in T.findall(essay, "works/work")] == ["bloch1992"]
    assert T.find(essay, "notes/note/citation").get("work") == "bloch1992"
    assert "unlisted-reference" not in [d.get("rule") for d in
                                        T.findall(essay, "diagnostics/diagnostic")]


def test_a_bare_ibid_repeats_the_page_too(tmp_path):
    essay = enriched(
        tmp_path, "Sovereignty\nHannah Weber\n\nStates won.1 They were not alone.2 Others "
        "lost.3\n\nNotes\n\n1. Hendrik Spruyt, The Sovereign State and Its Competitors "
        "(Princeton: Princeton University Press, 1994), 18.\n2. Ibid.\n3. Ibid., 30.\n")
    found = [(c.get("work"), T.find(c, "locator").text if T.find(c, "locator") is not None
              else None) for c in T.findall(essay, "notes/note/citation")]
    # Chicago's bare 'Ibid.' means the same work at the same page
    assert found == [("spruyt1994", "18"), ("spruyt1994", "18"), ("spruyt1994", "30")]


def test_a_long_note_naming_no_work_stays_a_footnote(tmp_path):
    essay = enriched(
        tmp_path, "Bread Riots\nHannah Weber\n\nThe mayor wrote to London.1 Classical authors "
        "agreed.2 Historians followed.3\n\n"
        "Notes\n\n1. John Mansfield to the Duke of Portland, August 8, 1795, HO 42/35, fol. 211, "
        "The National Archives, Kew.\n2. Thucydides, History of the Peloponnesian War, 1.23.\n"
        "3. E. P. Thompson, Customs in Common (London: Merlin Press, 1991), 185.\n\n"
        "Bibliography\n\nThompson, E. P. Customs in Common. London: Merlin Press, 1991.\n")
    # beside a bibliography, an archival source no author-date citation can say is a
    # footnote, as written; a short classical reference stays in the text
    assert [T.find(n, "rendered").get("as") for n in T.findall(essay, "notes/note")] == [
        "footnote", None, None]


PROSE_NOTES = """Prose Notes
By A Writer

Apology has old roots.1 Courts differ.2

Notes

1. It is worth noting that this view has older roots in the theology of penance, though few \
acknowledge the debt. See Nicholas Tavuchis, Mea Culpa: A Sociology of Apology and \
Reconciliation (Stanford: Stanford University Press, 1991), 13–17.
2. For a sceptical account of the fourth stage, which the author regards as a disguised merits \
review, see Tom Hickman, Public Law after the Human Rights Act (Hart Publishing 2010) 172.
"""


@pytest.mark.parametrize(("mode", "expected"), [
    ("author-date", ["(see Tavuchis, 1991, pp. 13–17)", "(see Hickman, 2010, p. 172)"]),
    ("notes", [
        "It is worth noting that this view has older roots in the theology of penance, "
        "though few acknowledge the debt. See Tavuchis, N. (1991) Mea Culpa: A Sociology of "
        "Apology and Reconciliation. Stanford: Stanford University Press, pp. 13–17.",
        "For a sceptical account of the fourth stage, which the author regards as a "
        "disguised merits review, see Hickman, T. (2010) Public Law after the Human Rights "
        "Act. Hart Publishing, p. 172."]),
])
def test_a_notes_prose_before_its_citation_is_never_a_work(tmp_path, mode, expected):
    """The works are Tavuchis and Hickman; the prose stays the author's: before the citation
    (notes), or in a footnote beside the citation in the text (author-date)."""
    from essayconv.writers.html import HtmlWriter

    essay = enriched(tmp_path, PROSE_NOTES, WriteOptions(citations=mode))
    assert [w.get("id") for w in T.findall(essay, "works/work")] == [
        "tavuchis1991", "hickman2010"]
    assert [T.inline_text(T.find(n, "rendered")) for n in T.findall(essay, "notes/note")] \
        == expected
    html = HtmlWriter().write(essay, WriteOptions(citations=mode))
    assert "though few acknowledge the debt." in html
    assert "regards as a disguised merits review" in html


def test_an_ibid_that_names_no_work_stays_the_authors_footnote(tmp_path):
    essay = enriched(tmp_path, """Archives
Ann Lee

The files are thin.1 They say little.2 Others agree.3

Notes

1. A conversation with the archivist, who asked not to be named.
2. Ibid., 710.
3. Prunier (1997), p. 4.

References

Prunier, G. (1997) The Rwanda crisis. London: Hurst.
""")
    rendered = [(T.find(n, "rendered").get("as"), T.inline_text(T.find(n, "rendered")))
                for n in T.findall(essay, "notes/note")]
    assert rendered[1:] == [("footnote", "Ibid., 710."), (None, "(Prunier, 1997, p. 4)")]
    assert [(d.get("rule"), d.get("line")) for d in T.findall(essay, "diagnostics/diagnostic")
            if d.get("level") == "warning"] == [("unresolved-short-form", "9")]


SENTENCE_NOTES = """Remarks
By A Writer

Critics object.1

Notes

1. See Jeremy Waldron, "Superseding Historic Injustice," Ethics 103, no. 1 (1992): 4–28, 19. \
Waldron does not discuss apology directly, but his argument applies to it with equal force.
"""


def test_the_authors_sentence_after_a_citation_is_kept_in_both_modes(tmp_path):
    from essayconv.writers.html import HtmlWriter

    for mode in ("n", "a"):
        (tmp_path / mode).mkdir()
    notes = enriched(tmp_path / "n", SENTENCE_NOTES, WriteOptions(citations="notes"))
    assert T.inline_text(T.find(notes, "notes/note/rendered")) == (
        "See Waldron, J. (1992) ‘Superseding Historic Injustice’, Ethics, 103(1), pp. 4–28, "
        "p. 19. Waldron does not discuss apology directly, but his argument applies to it with "
        "equal force.")
    essay = enriched(tmp_path / "a", SENTENCE_NOTES)
    assert T.inline_text(T.find(essay, "notes/note/rendered")) == "(see Waldron, 1992, p. 19)"
    assert "his argument applies to it with equal force" in HtmlWriter().write(
        essay, WriteOptions())


def test_an_indented_or_marked_block_quote(tmp_path):
    essay = enriched(tmp_path, """Quotes
Ann Lee

Introduction

As Arendt wrote in her report on the trial, the banality is the point of it all:

    The trouble with Eichmann was precisely that so many were like him, and that
    the many were neither perverted nor sadistic.

That sentence has been quoted ever since, and often misread as a claim of innocence.

> A second quotation, marked the e-mail way.

The end of the essay is here, with a final paragraph of plain prose.
""")
    found = [(p.get("kind"), T.inline_text(p)) for p in T.findall(essay, "body/section/p")]
    assert found[1] == ("quote", "The trouble with Eichmann was precisely that so many were "
                                 "like him, and that the many were neither perverted nor sadistic.")
    assert found[3] == ("quote", "A second quotation, marked the e-mail way.")
    assert [T.find(s, "heading").text for s in T.findall(essay, "body/section")] == [
        "Introduction"]


def test_a_transcripts_speaker_lines_are_no_headings():
    essay = read(Path(__file__).parent / "fixtures" / "ordinary" / "interview.txt")
    headings = [T.find(s, "heading").text for s in T.findall(essay, "body/section")]
    assert headings[0] == "The First Interview"
    assert not any(h.startswith(("Interviewer:", "Respondent")) for h in headings)


def test_an_appendix_and_a_word_count_after_the_references_are_no_references():
    essay = read(SHAPES / "appendix-after-references.txt")
    assert [T.inline_text(i)[:10] for i in T.findall(essay, "sources/item")] == ["Wilson, J."]
    # the appendix is a section of its own; the word count stays end matter
    assert [p.text for p in T.findall(essay, "endmatter/p")] == ["Word count: 1,012"]
    (appendix,) = T.findall(essay, "appendices/section")
    assert appendix.get("role") == "appendix"
    assert T.find(appendix, "heading").text == "Appendix A: Interview questions"
    items = T.findall(appendix, "p")
    assert [p.get("kind") for p in items] == ["item", "item"]
    assert items[0].get("marker") == "1." and items[0].get("type") == "decimal"
    assert items[0].text.startswith("How many volunteers")  # its marker out of its text


def test_a_heading_over_a_subheading_and_a_sentence_about_a_table(tmp_path):
    essay = enriched(tmp_path, """Sleep and Memory
Maria L. Castillo

Literature Review

Experimental Studies

Laboratory studies that restrict sleep find slower working memory, and the effect grows.

Table 1 lists the planned measures for the study, one for each night of the week.

Method

Participants

I plan to recruit 120 first-year students through the participant pool this spring.
""")
    assert [T.find(s, "heading").text for s in T.findall(essay, "body/section")] == [
        "Literature Review", "Experimental Studies", "Method", "Participants"]
    assert [p.get("kind") for p in T.findall(essay, "body/section/p")] == [None, None, None]


def test_a_note_of_prose_with_a_year_stays_a_footnote_never_a_reference(tmp_path):
    from essayconv.pipeline import enrich, read
    from essayconv.writers import WriteOptions

    path = tmp_path / "prose.txt"
    path.write_text("Peacekeeping\n\nJo Bloggs\n\nIntroduction\n\nThe mandate was weak [1]. "
                    "Others agree [2].\n\nNotes\n[1] Britain and France disagreed about the "
                    "mandate in 1994.\n[2] Prunier, G. (1997) The Rwanda crisis. London: "
                    "Hurst.\n", encoding="utf-8")
    essay = enrich(read(path), WriteOptions())
    entries = [T.inline_text(e) for e in T.findall(essay, "bibliography/entry")]
    assert entries == ["Prunier, G. (1997) The Rwanda crisis. London: Hurst."]


def test_an_ibid_footnote_no_longer_after_its_note_is_spelt_out(tmp_path):
    # in author-date mode the notes that become citations leave the footnotes; an 'Ibid.'
    # that stays one would name the wrong note (or none), so it gives its note's words
    essay = enriched(
        tmp_path, "Bread Riots\nHannah Weber\n\nThe historians agree.1 The ambassador wrote.2 "
        "He wrote again.3 Later still.4\n\nNotes\n\n"
        "1. E. P. Thompson, Customs in Common (London: Merlin Press, 1991), 185.\n"
        "2. Kirkpatrick to Makins, 10 September 1956, FO 800/740, TNA.\n3. Ibid.\n"
        "4. Ibid., fol. 3.\n\n"
        "Bibliography\n\nThompson, E. P. Customs in Common. London: Merlin Press, 1991.\n")
    rendered = [(n.get("as"), text(n)) for n in T.findall(essay, "notes/note/rendered")]
    assert rendered[0] == (None, "(Thompson, 1991, p. 185)")
    assert rendered[2] == ("footnote",
                           "Kirkpatrick to Makins, 10 September 1956, FO 800/740, TNA.")
    assert rendered[3][0] == "footnote"  # right after the footnote it repeats: 'Ibid.' stays
    assert rendered[3][1] == "Ibid., fol. 3."


def test_an_ibid_with_a_page_after_a_note_of_two_works_stays_as_written(tmp_path):
    # 'Ebd., S. 272.' after a note citing two works names neither: it is not spelt out as
    # the first note's words with the new page glued on, it stays as the author wrote it
    essay = enriched(
        tmp_path, "Inflation\nHannah Weber\n\nPrices rose.1 Wages lagged.2 Then came 1923.3\n"
        "\nNotes\n\n1. Kirkpatrick to Makins, 10 September 1956, FO 800/740, TNA; Dixon to "
        "Lloyd, 12 September 1956, FO 371/118, TNA.\n2. Ebd., S. 272.\n3. Ibid.\n")
    rendered = [(n.get("as"), text(n)) for n in T.findall(essay, "notes/note/rendered")]
    assert rendered[1][1] == "Ebd., S. 272."
