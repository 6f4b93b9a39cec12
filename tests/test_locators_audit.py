"""Locators a user audit found misread: decimal paragraphs, annexes and chains of locators,
lists of paragraphs, canto and line loci, a work's own page range against the page cited,
and a UN document symbol as a short form (expectations written by hand from the rules)."""

from __future__ import annotations

from typing import Any

import pytest

from essayconv.references.notes import parse_note

from conftest import SEED


def one(text: str) -> dict[str, Any]:
    (cit,) = parse_note(text)
    return cit


def _essay(tmp_path, notes: list[str], citations: str = "author-date"):
    """Rendered notes, reference-list entries, citations' remarks and diagnostics of an
    essay citing ``notes`` in turn."""
    from essayconv import tree as T
    from essayconv.pipeline import enrich, read
    from essayconv.writers import WriteOptions

    body = " ".join(f"Sentence {i} [{i}]." for i in range(1, len(notes) + 1))
    listed = "\n".join(f"[{i}] {n}" for i, n in enumerate(notes, 1))
    path = tmp_path / "essay.txt"
    path.write_text(f"An Essay on Locators\n\n{body}\n\nNotes\n{listed}\n", encoding="utf-8")
    essay = enrich(read(path), WriteOptions(citations=citations))

    def text(el) -> str:
        return " ".join("".join(el.itertext()).split())

    return ([text(n) for n in T.findall(essay, "notes/note/rendered")],
            [text(e) for e in T.findall(essay, "bibliography/entry")],
            [r.text for r in T.findall(essay, "notes/note/citation/remark")],
            [(d.get("rule"), d.text) for d in T.findall(essay, "diagnostics/diagnostic")])


# --- 1. decimal paragraphs, annexes, sections, articles: locators, also after Ibid. -------

@pytest.mark.parametrize(("text", "locator", "label"), [
    ("Ibid., para. 9.11.", "para. 9.11", "paragraph"),
    ("Ibid., paras 9.11–9.12.", "paras 9.11–9.12", "paragraph"),
    ("Ibid., Annex 2, para. 5.", "Annex 2, para. 5", "appendix"),  # a chain: one locator
    ("Ibid., Annex II.", "Annex II", "appendix"),
    ("Ibid., section 3.2.", "section 3.2", "section"),
    ("Ibid., Section 3.2.", "Section 3.2", "section"),  # a word label in any case
    ("Ibid., art. 6(1).", "art. 6(1)", "article-locator"),
    ("Ibid., Chapter 4.", "Chapter 4", "chapter"),
    ("Ibid., I.4–6.", "I.4–6", None),  # a canto and its lines, no label
])
def test_ibid_with_a_locator(text: str, locator: str, label: str | None) -> None:
    c = one(text)
    assert (c["form"], c.get("ibid"), c["locator"], c["label"], c["remark"]) == (
        "short", True, locator, label, None)


@pytest.mark.parametrize(("text", "locator", "label"), [
    ("Human Rights Committee (2020), para. 9.12.", "para. 9.12", "paragraph"),
    ("Human Rights Committee (2020), Annex 2, para. 5.", "Annex 2, para. 5", "appendix"),
    ("Gibbon (1776), vol. 2, p. 45.", "vol. 2, p. 45", "volume"),
    ("Dante Alighieri (1867), I.1–3.", "I.1–3", None),
])
def test_short_form_with_a_locator(text: str, locator: str, label: str | None) -> None:
    c = one(text)
    assert (c["form"], c["locator"], c["label"], c["remark"]) == ("short", locator, label, None)
    assert c["reference"] == text.split(",")[0].rstrip(".") + "."


# --- 4. a list of paragraphs; a canto and its lines ----------------------------------------

def test_a_list_of_paragraphs_is_one_locator() -> None:
    c = one("UN Security Council (2011) Resolution 1970 (2011). S/RES/1970 (2011), 26 February, "
            "paras 4–5, 9, 17.")
    assert (c["form"], c["locator"], c["label"], c["remark"]) == (
        "full", "paras 4–5, 9, 17", "paragraph", None)
    assert c["reference"] == ("UN Security Council (2011) Resolution 1970 (2011). S/RES/1970 "
                              "(2011), 26 February.")


@pytest.mark.parametrize(("text", "locator", "reference"), [
    ("Dante Alighieri (1867) The Divine Comedy of Dante Alighieri, trans. H. W. Longfellow. "
     "Vol. 1: Inferno. Boston: Ticknor and Fields, I.1–3.", "I.1–3",
     "Dante Alighieri (1867) The Divine Comedy of Dante Alighieri, trans. H. W. Longfellow. "
     "Vol. 1: Inferno. Boston: Ticknor and Fields."),
    # the volume is the work's, the book of the poem and its lines the place cited
    ("Dante Alighieri (1994) La Commedia secondo l'antica vulgata, ed. G. Petrocchi. 2nd edn. "
     "Florence: Le Lettere, vol. 2, Inf. I.1–3.", "Inf. I.1–3",
     "Dante Alighieri (1994) La Commedia secondo l'antica vulgata, ed. G. Petrocchi. 2nd edn. "
     "Florence: Le Lettere, vol. 2."),
])
def test_a_locus_after_the_publisher_is_the_locator(text: str, locator: str,
                                                    reference: str) -> None:
    c = one(text)
    assert (c["form"], c["locator"], c["label"], c["reference"]) == (
        "full", locator, None, reference)


@pytest.mark.parametrize("text", [
    "CT 3.221.",  # a classical locus with no author-date head stays a citation of its own
])
def test_a_locus_alone_is_no_citation_of_a_work(text: str) -> None:
    assert one(text)["form"] == "other"


def test_a_date_with_full_stops_is_no_locus() -> None:
    text = "Smith, J. (2020) Report on ports. London: Port Authority, 12.03.2020."
    c = one(text)
    assert (c["locator"], c["reference"]) == (None, text)


# --- 3. a work's own page range against the page cited --------------------------------------

@pytest.mark.parametrize(("text", "locator", "reference"), [
    # a chapter in an edited book: its range is the work's, the bracketed page the one cited
    ("Benjamin, W. (1968) 'The task of the translator', trans. H. Zohn, in Arendt, H. (ed.) "
     "Illuminations. New York: Schocken Books, pp. 69–82 (p. 78).", "p. 78",
     "Benjamin, W. (1968) 'The task of the translator', trans. H. Zohn, in Arendt, H. (ed.) "
     "Illuminations. New York: Schocken Books, pp. 69–82."),
    # a chapter in the author's own collection, no editor
    ("Eliot, T. S. (1932) 'Dante', in Selected Essays, 1917–1932. London: Faber and Faber, "
     "pp. 237–277 (p. 238).", "p. 238",
     "Eliot, T. S. (1932) 'Dante', in Selected Essays, 1917–1932. London: Faber and Faber, "
     "pp. 237–277."),
    # a journal article: the page cited after 'at', after a comma, in brackets
    ("Smith, J. (2000) 'Ports', Journal of Harbours, 12(3), pp. 45–67, at p. 50.", "p. 50",
     "Smith, J. (2000) 'Ports', Journal of Harbours, 12(3), pp. 45–67."),
    ("Smith, J. (2000) 'Ports', Journal of Harbours, 12(3), pp. 45–67, p. 50.", "p. 50",
     "Smith, J. (2000) 'Ports', Journal of Harbours, 12(3), pp. 45–67."),
    ("Smith, J. (2000) 'Ports', Journal of Harbours, 12(3), pp. 45–67 (at p. 50).", "p. 50",
     "Smith, J. (2000) 'Ports', Journal of Harbours, 12(3), pp. 45–67."),
    # legislation in the Official Journal: its pages are the act's, the article the one cited
    # (read as a legal citation: a plain article number is kept as the value, as 'art 8')
    ("Council of the European Union (2022) Council Regulation (EU) 2022/2577 laying down a "
     "framework. Official Journal of the European Union, L 335, 29 December, pp. 36–44, "
     "art. 3.", "3",
     "Council of the European Union (2022) Council Regulation (EU) 2022/2577 laying down a "
     "framework. Official Journal of the European Union, L 335, 29 December, pp. 36–44."),
])
def test_the_works_range_stays_and_the_page_cited_is_the_locator(text: str, locator: str,
                                                                 reference: str) -> None:
    c = one(text)
    assert (c["form"], c["locator"], c["remark"], c["reference"]) == (
        "full", locator, None, reference)


@pytest.mark.parametrize("text", [
    "Pinsky, R. (2001) 'The Inferno: translator's note', in Hawkins, P. S. and Jacoff, R. "
    "(eds) The Poets' Dante: Twentieth-Century Responses. New York: Farrar, Straus and "
    "Giroux, pp. 323–330.",
    "Heaney, S. (1985) 'Envies and identifications: Dante and the modern poet', Irish "
    "University Review, 15(1), pp. 5–19.",
    "European Parliament and Council (2009) Directive 2009/28/EC on the promotion of the use "
    "of energy from renewable sources. Official Journal of the European Union, L 140, 5 June, "
    "pp. 16–62.",
])
def test_a_chapters_or_articles_range_alone_is_no_locator(text: str) -> None:
    c = one(text)
    assert (c["form"], c["locator"], c["remark"], c["reference"]) == ("full", None, None, text)


@pytest.mark.parametrize(("text", "locator", "remark"), [
    # a book's range is the pages cited (the seed's many notes), an edited book's too
    ("Prunier, G. (1997) The Rwanda crisis: history of a genocide. London: Hurst & Company, "
     "pp. 23–40.", "pp. 23–40", None),
    ("Havely, N. (ed.) (1998) Dante's Modern Afterlife: Reception and Response from Blake to "
     "Heaney. Basingstoke: Macmillan, pp. 1–14.", "pp. 1–14", None),
    ("Straus, S. and Waldorf, L. (eds.) (2011) Remaking Rwanda: state building and human rights "
     "after mass violence. Madison: University of Wisconsin Press, pp. 3–30.", "pp. 3–30", None),
    ("Hawkins, P. S. and Jacoff, R. (eds) (2001) The Poets' Dante: Twentieth-Century Responses. "
     "New York: Farrar, Straus and Giroux, pp. xi–xvii.", "pp. xi–xvii", None),
    # a title with 'in' and no comma before it is no chapter's container
    ("Des Forges, A. (1999) Leave none to tell the story: genocide in Rwanda. New York: Human "
     "Rights Watch, pp. 31–40.", "pp. 31–40", None),
    # a book's range, then a remark: as before
    ("Straus, S. (2006) The order of genocide. Ithaca: Cornell University Press, pp. 41–50 "
     "(on revised death estimates).", "pp. 41–50", "(on revised death estimates)"),
])
def test_a_books_range_is_the_pages_cited(text: str, locator: str, remark: str | None) -> None:
    c = one(text)
    assert (c["form"], c["locator"], c["label"], c["remark"]) == ("full", locator, "page", remark)
    assert locator not in c["reference"]


def test_the_seeds_notes_keep_their_page_ranges_as_locators() -> None:
    """Every 'pp. x–y' at the end of a seed citation is still its locator (the seed cites
    books and reports; its two articles give no page cited)."""
    import re

    from test_notes import NOTES

    assert SEED.exists()
    ranges = 0
    for text in NOTES.values():
        for c in parse_note(text):
            m = re.search(r"pp\. \d+–\d+(?= \(|$)", c["text"].rstrip(".;"))
            if m is None or "Cooperation and Conflict" in c["text"] or \
                    "International Security" in c["text"]:
                continue
            ranges += 1
            assert c["locator"] == m.group(0), c["text"]
    assert ranges > 50


# --- through the pipeline --------------------------------------------------------------------

def test_ibid_with_decimal_paragraphs_and_annexes_links_and_renders(tmp_path) -> None:
    notes, _, remarks, diagnostics = _essay(tmp_path, [
        "Human Rights Committee (2020) Views adopted by the Committee. CCPR/C/127/D/2728/2016, "
        "7 January.",
        "Ibid., para. 9.11.",
        "Ibid., paras 9.11–9.12.",
        "Human Rights Committee (2020), para. 9.12.",
        "Ibid., Annex 2, para. 5.",
        "Ibid., section 3.2.",
        "Ibid.",
    ])
    assert notes == [
        "(Human Rights Committee, 2020)",
        "(Human Rights Committee, 2020, para. 9.11)",
        "(Human Rights Committee, 2020, paras. 9.11–9.12)",
        "(Human Rights Committee, 2020, para. 9.12)",
        "(Human Rights Committee, 2020, Annex 2, para. 5)",
        "(Human Rights Committee, 2020, sect. 3.2)",
        "(Human Rights Committee, 2020, sect. 3.2)",  # a bare Ibid.: the same place
    ]
    assert remarks == []  # nothing left over for a footnote
    assert not [d for d in diagnostics if d[0].endswith("short-form")]


def test_a_document_symbol_with_its_year_is_a_short_form_of_that_document(tmp_path) -> None:
    notes, bib, remarks, diagnostics = _essay(tmp_path, [
        "UN Security Council (2011) Resolution 1973 (2011). S/RES/1973 (2011), 17 March, "
        "para. 4.",
        "UN Security Council (2011) Resolution 1970 (2011). S/RES/1970 (2011), 26 February, "
        "paras 4–5, 9, 17.",
        "S/RES/1973 (2011), para. 6.",
        "S/RES/1970 (2011).",
    ])
    assert notes == ["(UN Security Council, 2011b, para. 4)",
                     "(UN Security Council, 2011a, paras. 4–5, 9, 17)",
                     "(UN Security Council, 2011b, para. 6)",
                     "(UN Security Council, 2011a)"]
    assert len(bib) == 2 and remarks == []
    assert not [d for d in diagnostics if d[0].endswith("short-form")]


def test_a_symbol_of_no_document_here_still_warns(tmp_path) -> None:
    notes, _, _, diagnostics = _essay(tmp_path, [
        "UN Security Council (2011) Resolution 1973 (2011). S/RES/1973 (2011), 17 March.",
        "S/RES/1970 (2011), para. 4.",  # another resolution, never given in full
        "S/RES/1973 (2012), para. 4.",  # another year
    ])
    assert [rule for rule, _ in diagnostics if rule.endswith("short-form")] == [
        "unresolved-short-form", "unresolved-short-form"]


def test_a_chapters_range_is_in_the_reference_list_and_the_page_cited_in_the_text(tmp_path):
    notes, bib, remarks, _ = _essay(tmp_path, [
        "Benjamin, W. (1968) 'The task of the translator', in Arendt, H. (ed.) Illuminations. "
        "New York: Schocken Books, pp. 69–82 (p. 78).",
        "Venuti, L. (1995) The Translator's Invisibility. London: Routledge, pp. 20–21.",
    ])
    assert notes == ["(Benjamin, 1968, p. 78)", "(Venuti, 1995, pp. 20–21)"]
    assert remarks == []
    benjamin = next(e for e in bib if e.startswith("Benjamin"))
    assert benjamin.endswith("pp. 69–82.")
    venuti = next(e for e in bib if e.startswith("Venuti"))
    assert "20" not in venuti


def test_a_canto_and_its_lines_are_the_locator(tmp_path) -> None:
    notes, bib, remarks, _ = _essay(tmp_path, [
        "Dante Alighieri (1867) The Divine Comedy of Dante Alighieri, trans. H. W. Longfellow. "
        "Boston: Ticknor and Fields, I.1–3.",
        "Ibid., I.4–6.",
    ])
    assert notes == ["(Alighieri, 1867, I.1–3)", "(Alighieri, 1867, I.4–6)"]
    assert remarks == [] and not any("I.1" in e for e in bib)


def test_locators_citeproc_cannot_read_are_printed_as_text() -> None:
    from essayconv.citations import plain_text, render

    works = [{"id": "hrc", "type": "report", "author": [{"literal": "Human Rights Committee"}],
              "title": "Views", "issued": {"date-parts": [[2020]]}}]
    cases = [("9.11", "paragraph", "para. 9.11"), ("4–5, 9, 17", "paragraph", "paras. 4–5, 9, 17"),
             ("6(1)", "section", "sect. 6(1)"), ("3.221", "page", "3.221"),
             ("2, p. 45", "volume", "vol. 2, p. 45"), ("45, n. 3", "page", "p. 45, n. 3")]
    for mode, form in (("author-date", "(Human Rights Committee, 2020, {})"),
                       ("notes", "Human Rights Committee (2020), {}.")):
        out = render(works, [[{"id": "hrc", "locator": "1", "label": "page"}]] +
                     [[{"id": "hrc", "locator": loc, "label": label}] for loc, label, _ in cases],
                     mode=mode)
        assert [plain_text(c) for c in out.clusters[1:]] == [form.format(x) for *_, x in cases]


def test_an_authors_sentence_after_an_article_locator_is_printed_once(tmp_path) -> None:
    sentence = "This provision has been read broadly by the Committee."
    rendered, _, _, _ = _essay(tmp_path, [
        "International Covenant on Civil and Political Rights (1966) 999 UNTS 171, art. 6. "
        + sentence], "notes")
    assert rendered[0].count(sentence) == 1
    assert rendered[0].startswith("International Covenant on Civil and Political Rights")


def test_a_chicago_notes_one_page_of_an_article_is_the_locator() -> None:
    c = one('Joan W. Scott, "Gender: A Useful Category of Historical Analysis," American '
            'Historical Review 91, no. 5 (1986): 1067.')
    assert (c["locator"], c["label"]) == ("1067", "page")
    assert c["reference"].endswith("91, no. 5 (1986).")
    c = one('Scott, Joan W. "Gender: A Useful Category of Historical Analysis." American '
            'Historical Review 91, no. 5 (1986): 1053–75.')
    assert c["locator"] is None  # the bibliography's range is the article's


@pytest.mark.parametrize(("text", "locator"), [("ibid p. 52.", "p. 52"), ("Ibid p 52.", "p 52")])
def test_ibid_without_its_comma(text: str, locator: str) -> None:
    c = one(text)
    assert (c["form"], c.get("ibid"), c["locator"]) == ("short", True, locator)


def test_quoted_in_is_a_signal_before_the_work_quoted_from() -> None:
    c = one("Quoted in Kyle, Suez, 136.")
    assert (c["prefix"], c["authors"], c["locator"]) == ("Quoted in", "Kyle", "136")
    c = one("Quoted in Peter Hennessy, Having It So Good: Britain in the Fifties (London: Allen "
            "Lane, 2006), 432.")
    assert c["prefix"] == "Quoted in" and c["reference"].startswith("Peter Hennessy")


@pytest.mark.parametrize(("text", "locator", "label"), [
    ("Ministry of Justice, The Governance of Britain (Cm 7170, 2007) paras 24–41.",
     "paras 24–41", "paragraph"),
    ("Law Commission, Administrative Redress: Public Bodies and the Citizen (Law Com No 322, "
     "2010) para 4.112.", "para 4.112", "paragraph"),
    ("Andrew Ashworth, Principles of Criminal Law (6th edn, OUP 2009) ch 4.", "ch 4", "chapter"),
    ("Case of Proclamations (1611) 12 Co Rep 74, 76.", "76", "page"),
])
def test_oscola_pinpoints_after_the_bracket_with_no_comma(text: str, locator: str,
                                                          label: str) -> None:
    c = one(text)
    assert (c["form"], c["locator"], c["label"]) == ("full", locator, label)
    assert locator not in c["reference"]
