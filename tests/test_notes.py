"""Splitting notes into citations: full/short forms, locators and remarks (hand-written cases)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from essayconv.references.notes import parse_note, split_citations

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
SEED = ROOT / "input" / "never-again-yet-again.txt"


def seed_notes() -> dict[int, str]:
    """Note number → text, from the seed's Works Cited; ``… [7] …`` lines split at the marker."""
    tail = SEED.read_text(encoding="utf-8").split("\nWorks Cited\n", 1)[1]
    notes: dict[int, str] = {}
    for line in tail.splitlines():
        for m in re.finditer(r"\[(\d+)\]\s*(.*?)(?=\s*\[\d+\]\s|$)", line.strip()):
            notes[int(m.group(1))] = m.group(2).strip()
    return notes


EXPECTED = json.loads((DATA / "seed_notes.json").read_text(encoding="utf-8"))
NOTES = seed_notes()


# --- splitting -------------------------------------------------------------------------

SPLITS = [
    ("plain", "A (2000), p. 1; B (2001), p. 2.", ["A (2000), p. 1", "B (2001), p. 2."]),
    ("semicolon in double-quoted title",
     'Smith, J. (2000) "Peace; war". London: X; Brown (2001)',
     ['Smith, J. (2000) "Peace; war". London: X', "Brown (2001)"]),
    ("semicolon in curly-quoted title",
     "Smith, J. (2000) “Peace; war”, Journal, 1(2), pp. 3–4; Brown (2001)",
     ["Smith, J. (2000) “Peace; war”, Journal, 1(2), pp. 3–4", "Brown (2001)"]),
    ("semicolon in single-quoted title, apostrophes elsewhere",
     "Smith, J. (2000) 'Rwanda's war; peace', Journal, 2; N'Sele (1990)",
     ["Smith, J. (2000) 'Rwanda's war; peace', Journal, 2", "N'Sele (1990)"]),
    ("semicolon in parentheses",
     "UN (1999) Report (annexes I; II). New York: UN; Prunier (1997), p. 3",
     ["UN (1999) Report (annexes I; II). New York: UN", "Prunier (1997), p. 3"]),
    ("unclosed quote does not glue the note",
     "Smith (2000) p. 3 “never closed; Brown (2001), p. 4",
     ["Smith (2000) p. 3 “never closed", "Brown (2001), p. 4"]),
    ("apostrophe after a space-less word is not a quote",
     "Prunier (1997), p. 1; Rwanda's (2001) text; C (2002)",
     ["Prunier (1997), p. 1", "Rwanda's (2001) text", "C (2002)"]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in SPLITS], ids=[c[0] for c in SPLITS])
def test_split_citations(text: str, expected: list[str]) -> None:
    assert split_citations(text) == expected


# --- single citations -------------------------------------------------------------------

def one(text: str) -> dict:
    (cit,) = parse_note(text)
    return cit


CASES = [
    # text, form, authors, year, locator, label, remark
    ("Prunier (1997), pp. 61–62", "short", "Prunier", "1997", "pp. 61–62", "page", None),
    ("United Nations (1999), p. 3 (executive summary quote slightly adapted for precision).",
     "short", "United Nations", "1999", "p. 3", "page",
     "(executive summary quote slightly adapted for precision)"),
    ("Bellamy (2009), pp. 145–170", "short", "Bellamy", "2009", "pp. 145–170", "page", None),
    ("Dal Borgo (2016).", "short", "Dal Borgo", "2016", None, None, None),
    ("Ober, Perry (2014) 209-11.", "short", "Ober, Perry", "2014", "209-11", "page", None),
    ("Kahneman (2011) 310-21, 255-65", "short", "Kahneman", "2011", "310-21, 255-65", "page",
     None),
    ("Smith (2001a), para. 4", "short", "Smith", "2001a", "para. 4", "paragraph", None),
    ("Kahneman, Tversky (2000) 36 “The overestimation of rare events.”", "short",
     "Kahneman, Tversky", "2000", "36", "page", "“The overestimation of rare events.”"),
    ("Macleod (1983) 52-54, on the rhetorical form", "short", "Macleod", "1983", "52-54",
     "page", "on the rhetorical form"),
    ("Macleod (1983) 58, σωτηρία/ ἀσφάλεια are “key-words”.", "short", "Macleod", "1983", "58",
     "page", "σωτηρία/ ἀσφάλεια are “key-words”"),
    ("declassified U.S. Department of State memoranda (1994), released under Freedom of "
     "Information Act.", "short", "declassified U.S. Department of State memoranda", "1994",
     None, None, "released under Freedom of Information Act"),
    ("Prunier, G. (1997) The Rwanda crisis: history of a genocide. London: Hurst & Company, "
     "pp. 23–40.", "full", "Prunier", "1997", "pp. 23–40", "page", None),
    ("Straus, S. (2006) The order of genocide. Ithaca: Cornell University Press, pp. 41–50 "
     "(on revised death estimates);", "full", "Straus", "2006", "pp. 41–50", "page",
     "(on revised death estimates)"),
    ("United Nations General Assembly (2005) World Summit Outcome Document (A/RES/60/1), "
     "paras. 138–139;", "full", "United Nations General Assembly", "2005", "paras. 138–139",
     "paragraph", None),
    ("UNHCR (1996) The state of the world's refugees. Oxford: Oxford University Press "
     "(chapter on Great Lakes crisis);", "full", "UNHCR", "1996",
     "(chapter on Great Lakes crisis)", "chapter", None),
    ("Power, S. (2002) \"A problem from hell\": America and the age of genocide. New York: "
     "Basic Books (comparative chapter)", "full", "Power", "2002", "(comparative chapter)",
     "chapter", None),
    ("Human Rights Watch (1999) Leave none to tell the story (updated sections on Turquoise).",
     "full", "Human Rights Watch", "1999", "(updated sections on Turquoise)", "section", None),
    ("Millwood, D. (ed.) (1996) The international response. Copenhagen: Steering Committee "
     "(Synthesis Report notes over $1 million per day at peak in late 1994).", "full",
     "Millwood", "1996", None, None,
     "(Synthesis Report notes over $1 million per day at peak in late 1994)"),
    ("World Bank (1994) Rwanda: emergency demobilization and reintegration program "
     "(internal report, declassified excerpts).", "full", "World Bank", "1994", None, None,
     "(internal report, declassified excerpts)"),
    ("ICTR (2015) Completion Strategy Report (total budget figures).", "full", "ICTR", "2015",
     None, None, "(total budget figures)"),
    ("Straus, S. and Waldorf, L. (eds.) (2011) Remaking Rwanda. Madison: University of "
     "Wisconsin Press, pp. 3–30.", "full", "Straus and Waldorf", "2011", "pp. 3–30", "page",
     None),
    ("Durch, W. J. et al. (2003) The Brahimi Report. Washington, DC: Henry L. Stimson Center.",
     "full", "Durch et al.", "2003", None, None, None),
    ("United Nations (n.d.) Outreach Programme: historical background.", "full",
     "United Nations", "n.d.", None, None, None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_parse_citation(case: tuple) -> None:
    text, form, authors, year, locator, label, remark = case
    cit = one(text)
    assert (cit["form"], cit["authors"], cit["year"]) == (form, authors, year)
    assert (cit["locator"], cit["label"], cit["remark"]) == (locator, label, remark)
    assert cit["text"] == text.rstrip(";").strip()


PART_OF_REFERENCE = [
    # a parenthetical after the title, or one not at the end, stays in the reference
    "French Parliamentary Inquiry (1998) Rapport d'information sur les opérations militaires "
    "menées par la France au Rwanda (Mission Quilès).",
    "Millwood, D. (ed.) (1996) The international response to conflict and genocide: lessons "
    "from the Rwanda experience (Synthesis Report).",
    "United Nations Peace Agreements Database (1993) Arusha Peace Agreement (referencing "
    "N'Sele Ceasefire). Available at: relevant UN archives.",
    "United Nations (2000) Report of the Panel on United Nations Peace Operations (Brahimi "
    "Report, A/55/305–S/2000/809).",
    "United Nations Economic and Social Council (1993) Report by Mr. B.W. Ndiaye, Special "
    "Rapporteur, on his mission to Rwanda from 8 to 17 April 1993 (E/CN.4/1994/7/Add.1), "
    "11 August 1993.",
    "United Nations Security Council Resolution 872 (1993), 5 October 1993.",
    "Smith, J. (2010) Title. London: X. Available at: https://example.org (Accessed: 1 May "
    "2020).",
]


@pytest.mark.parametrize("text", PART_OF_REFERENCE, ids=[t[:40] for t in PART_OF_REFERENCE])
def test_parenthetical_kept_in_reference(text: str) -> None:
    cit = one(text)
    assert cit["form"] == "full"
    assert (cit["locator"], cit["remark"]) == (None, None)
    assert cit["reference"] == text


def test_updated_edition_stays_before_locator() -> None:
    cit = one("Human Rights Watch (1999) Leave none to tell the story: genocide in Rwanda "
              "(updated edition), pp. 721–750.")
    assert cit["locator"] == "pp. 721–750"
    assert cit["reference"] == ("Human Rights Watch (1999) Leave none to tell the story: "
                                "genocide in Rwanda (updated edition).")


def test_article_pages_are_not_a_locator() -> None:
    text = ("Gifkins, J. (2016) 'R2P in the UN Security Council: Darfur, Libya and beyond', "
            "Cooperation and Conflict, 51(4), pp. 446–464.")
    cit = one(text)
    assert (cit["form"], cit["locator"], cit["reference"]) == ("full", None, text)


def test_chapter_pages_are_not_a_locator() -> None:
    text = "Smith, J. (2001) A chapter. In: Brown, K. (ed.) A book. London: X, pp. 3–20."
    assert one(text)["locator"] is None


def test_short_reference_text() -> None:
    assert one("Prunier (1997), pp. 61–62")["reference"] == "Prunier (1997)."


def test_two_years_for_one_author() -> None:
    cits = parse_note("Varoufakis (1997), (2014).")
    assert [(c["authors"], c["year"], c["form"]) for c in cits] == [
        ("Varoufakis", "1997", "short"), ("Varoufakis", "2014", "short")]


def test_no_author_year_is_other() -> None:
    assert one("CT 3.221.")["form"] == "other"


# --- the seed essay: all 67 notes --------------------------------------------------------

def test_seed_has_67_notes() -> None:
    assert sorted(NOTES) == list(range(1, 68))
    assert NOTES[7].startswith("Des Forges, A. (1999)")
    assert NOTES[20].startswith("United Nations (1999), pp. 20–22")


@pytest.mark.parametrize("number", range(1, 68))
def test_seed_note_citations(number: int) -> None:
    got = [{k: c[k] for k in ("form", "locator", "label", "remark")}
           for c in parse_note(NOTES[number])]
    want = [{k: c[k] for k in ("form", "locator", "label", "remark")}
            for c in EXPECTED[str(number)]]
    assert got == want


@pytest.mark.parametrize(("text", "prefix", "authors", "locator"), [
    ("see Prunier (1997), pp. 3–4", "see", "Prunier", "pp. 3–4"),
    ("cf. Ober, Perry (2014) 209-11", "cf.", "Ober, Perry", "209-11"),
    ("esp. Hobbes (1629) To the Readers", "esp.", "Hobbes", None),
    ("See, e.g., Prunier (1997), p. 3", "See, e.g.,", "Prunier", "p. 3"),
    ("see also e.g. Melvern (2000)", "see also e.g.", "Melvern", None),
    ("Seeley (1883) 12", None, "Seeley", "12"),  # a name that starts like a signal word
    ("Also, S. (2001), p. 4", None, "Also, S.", "p. 4"),  # a surname spelt like a signal word
    ("See, J. (2010), p. 9", None, "See, J.", "p. 9"),
])
def test_signal_word_becomes_prefix(text: str, prefix: str | None, authors: str,
                                    locator: str | None) -> None:
    (cit,) = parse_note(text)
    assert (cit["prefix"], cit["authors"], cit["locator"], cit["text"]) == (
        prefix, authors, locator, text)


def test_full_citation_reread_as_short_keeps_the_rest_as_remark() -> None:
    from essayconv.references.notes import as_short

    (cit,) = parse_note("esp. Hobbes (1629) To the Readers: Thucydides “introduceth the "
                        "Athenian generals”.")
    assert cit["form"] == "full"
    short = as_short(cit)
    assert (short["form"], short["prefix"], short["reference"]) == ("short", "esp.",
                                                                    "Hobbes (1629).")
    assert short["remark"] == "To the Readers: Thucydides “introduceth the Athenian generals”"


def test_full_citation_reread_as_short_keeps_its_locator() -> None:
    from essayconv.references.notes import as_short

    (cit,) = parse_note("Prunier, G. (1997) The Rwanda crisis. London: Hurst, pp. 61–62 "
                        "(on the refugee camps).")
    short = as_short(cit)
    assert (short["locator"], short["label"]) == ("pp. 61–62", "page")
    assert short["remark"] == "The Rwanda crisis. London: Hurst; (on the refugee camps)"


# --- notes-style (Chicago) citations --------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Gaddis, The Long Peace, 12.", ("short", "Gaddis", "The Long Peace", "12", None)),
    ("Westad, Global Cold War, 8–10.", ("short", "Westad", "Global Cold War", "8–10", None)),
    ("Smith and Jones, “A Title,” pp. 4–5, on the point.",
     ("short", "Smith and Jones", "A Title", "pp. 4–5", "on the point")),
    ("Gaddis, Long Peace.", ("short", "Gaddis", "Long Peace", None, None)),
    # a title with commas, up to the page cited; never 'and …' words taken for a remark
    ("Tilly, Coercion, Capital, and European States, 70.",
     ("short", "Tilly", "Coercion, Capital, and European States", "70", None)),
    # no title-like words, or a locus that is no page: other, as before
    ("CT 3.221.", ("other", None, None, None, None)),
    ("Thuc. 5.89.", ("other", None, None, None, None)),
])
def test_author_and_short_title(text: str, expected: tuple) -> None:
    c = one(text)
    assert (c["form"], c["authors"], c.get("title"), c["locator"], c["remark"]) == expected
    assert c["year"] is None


@pytest.mark.parametrize(("text", "locator"), [
    ("Ibid.", None), ("Ibid., 45.", "45"), ("ibid., pp. 4-5.", "pp. 4-5"), ("Ibidem, 7.", "7"),
])
def test_ibid(text: str, locator: str | None) -> None:
    c = one(text)
    assert (c["form"], c.get("ibid"), c["locator"]) == ("short", True, locator)


@pytest.mark.parametrize(("text", "locator", "reference"), [
    # a bare page after the publication statement in parentheses is the page cited
    ("John Lewis Gaddis, The Long Peace (New York: Oxford University Press, 1987), 215–45.",
     "215–45", "John Lewis Gaddis, The Long Peace (New York: Oxford University Press, 1987)."),
    # after a journal article's own range
    ("Mary Smith, “A Paper,” Journal of Things 12, no. 3 (1999): 45–67, 50.", "50",
     "Mary Smith, “A Paper,” Journal of Things 12, no. 3 (1999): 45–67."),
    # the article's own range alone, and Harvard's 'Journal, 12(3), 45–67', stay in the reference
    ("Mary Smith, “A Paper,” Journal of Things 12, no. 3 (1999): 45–67.", None,
     "Mary Smith, “A Paper,” Journal of Things 12, no. 3 (1999): 45–67."),
    ("Smith, J. (2001) Title. Journal, 12(3), 45–67.", None,
     "Smith, J. (2001) Title. Journal, 12(3), 45–67."),
])
def test_pages_cited_after_a_notes_style_reference(text, locator, reference) -> None:
    c = one(text)
    assert (c["form"], c["locator"], c["reference"]) == ("full", locator, reference)


@pytest.mark.parametrize(("text", "expected"), [
    # one author before a one-word title, or a title with 'and' in it
    ("Said, Orientalism, 45.", ("short", "Said", "Orientalism", "45", None)),
    ("Jervis, Perception and Misperception, 6.",
     ("short", "Jervis", "Perception and Misperception", "6", None)),
    ("Smith, Jones, and Brown, A Title, 4.",
     ("short", "Smith, Jones, and Brown", "A Title", "4", None)),
    # a signal word before a notes-style short form is its prefix
    ("See Gaddis, Long Peace, 12.", ("short", "Gaddis", "Long Peace", "12", "See")),
    ("See ibid., 45.", ("short", None, None, "45", "See")),
    # a year inside the short title; a year outside it is a full reference
    ("Kershaw, Hitler 1889–1936, 45.", ("short", "Kershaw", "Hitler 1889–1936", "45", None)),
    ("Smith, John. Title. Publisher, 2001.", ("full", None, None, None, None)),
    # words that only look like 'Id.' or 'Ibid.'
    ("Id, ego and superego are Freud’s terms.", ("other", None, None, None, None)),
    ("Id est, the same.", ("other", None, None, None, None)),
    ("Ibid is a Latin abbreviation.", ("other", None, None, None, None)),
])
def test_notes_style_look_alikes(text: str, expected: tuple) -> None:
    c = one(text)
    assert (c["form"], c["authors"], c.get("title"), c["locator"], c["prefix"]) == expected


@pytest.mark.parametrize(("text", "prefix", "authors"), [
    # words before the name are the citation's prefix, never lost, never an author
    ("Compare the similar argument in Jones (2001), 12–15.", "Compare the similar argument in",
     "Jones"),
    ("the report of the United Nations (1999), p. 3.", "the report of the", "United Nations"),
    ("van der Berg (2001), p. 3.", None, "van der Berg"),
])
def test_words_before_the_name(text: str, prefix: str | None, authors: str) -> None:
    c = one(text)
    assert (c["form"], c["prefix"], c["authors"]) == ("short", prefix, authors)


@pytest.mark.parametrize(("text", "prefix", "reference"), [
    ("See Miguel Angel Centeno, Blood and Debt (University Park: Penn State Press, 2002), 1–26.",
     "See", "Miguel Angel Centeno, Blood and Debt (University Park: Penn State Press, 2002)."),
    ("Cf. Jeffrey Herbst, States and Power in Africa (Princeton: Princeton UP, 2000), 11.",
     "Cf.", "Jeffrey Herbst, States and Power in Africa (Princeton: Princeton UP, 2000)."),
    ("On this point, see Brian M. Downing, The Military Revolution (Princeton: Princeton UP, "
     "1992), 9.", "On this point, see",
     "Brian M. Downing, The Military Revolution (Princeton: Princeton UP, 1992)."),
    ("For a review, see Hendrik Spruyt, The Sovereign State (Princeton: Princeton UP, 1994), 18.",
     "For a review, see", "Hendrik Spruyt, The Sovereign State (Princeton: Princeton UP, 1994)."),
])
def test_a_signal_before_a_full_note_is_its_prefix(text: str, prefix: str, reference: str):
    """The signal never becomes part of the author's name: the reference starts after it."""
    c = one(text)
    assert (c["form"], c["prefix"], c["reference"]) == ("full", prefix, reference)


def test_signal_words_go_lower_case_inside_author_date_brackets():
    from essayconv import tree as T
    from essayconv.transforms.rendering import _cite

    citation = T.el("citation", work="centeno2002", prefix="See also")
    assert _cite(citation)["prefix"] == "see also "
    assert _cite(citation, notes=True)["prefix"] == "See also "  # a footnote's first word
    citation.set("prefix", "Compare the argument in")
    assert _cite(citation)["prefix"] == "compare the argument in "


@pytest.mark.parametrize(("text", "expected"), [
    # a lead-in without a comma before the signal; German and French signals
    ("On rumour see Georges Lefebvre, The Great Fear of 1789, trans. Joan White (New York: "
     "Pantheon Books, 1973), 137–56.", [("full", "On rumour see", None, "137–56")]),
    ("Vgl. Jürgen Tietz, Das Tor (Berlin: Verlag Bauwesen, 1999), S. 12–15.",
     [("full", "Vgl.", None, "S. 12–15")]),
    ("Voir Annie Fourcaut, Banlieue rouge (Paris: Autrement, 1992), p. 5.",
     [("full", "Voir", None, "p. 5")]),
    # 'Compare A …, with B …': two citations, the joining word kept as the second's prefix
    ("Compare Bohstedt, Riots and Community Politics, 220–23, with Wells, Wretched Faces, 130.",
     [("short", "Compare", "Bohstedt", "220–23"), ("short", "with", "Wells", "130")]),
    # 'op. cit.', 'a.a.O.': the author's work; 'Ebd.' is German 'Ibid.'
    ("Cupers, op. cit., p. 250.", [("short", None, "Cupers", "p. 250")]),
    ("Reichel, a.a.O., S. 238.", [("short", None, "Reichel", "S. 238")]),
    ("Ebd., S. 131.", [("short", None, None, "S. 131")]),
    # words after a page that are no citation stay the remark
    ("Smith (2001) p. 4, with some changes.", [("short", None, "Smith", "p. 4")]),
])
def test_more_signals_and_short_forms(text: str, expected: list) -> None:
    assert [(c["form"], c["prefix"], c["authors"], c["locator"]) for c in parse_note(text)] == \
        expected


def test_op_cit_links_to_the_authors_one_work(tmp_path):
    from essayconv import tree as T

    from validators import enriched

    essay = enriched(tmp_path, "Towns\nAnne Roy\n\nSuburbs grew.1 Then they changed.2\n\n"
                     "Notes\n\n1. Kenny Cupers, The Social Project (Minneapolis: University of "
                     "Minnesota Press, 2014), 12.\n2. Cupers, op. cit., p. 250.\n")
    assert [c.get("work") for c in T.findall(essay, "notes/note/citation")] == [
        "cupers2014", "cupers2014"]


def test_a_volume_before_the_publication_statement_is_the_works():
    (c,) = parse_note("Arthur Young, ed., Annals of Agriculture, vol. 24 (Bury St Edmunds: "
                      "J. Rackham, 1795), 46–52.")
    assert (c["form"], c["locator"], c["label"], c["remark"]) == ("full", "46–52", "page", None)
    assert c["reference"] == ("Arthur Young, ed., Annals of Agriculture, vol. 24 (Bury St "
                              "Edmunds: J. Rackham, 1795).")


def test_a_dated_remark_after_the_page_leaves_the_page_cited():
    (c,) = parse_note("A. Smith, The Long Peace (London: Penguin, 2001), p. 45 (first published "
                      "1932).")
    assert (c["locator"], c["remark"]) == ("p. 45", "(first published 1932)")


@pytest.mark.parametrize(("text", "locator", "reference"), [
    # a chapter's range then the page cited inside it: the range is the work's
    ("Anna Smith, “Ports,” in Harbours, ed. Tom Jones (London: Routledge, 2001), 5–20, 10.",
     "10", "Anna Smith, “Ports,” in Harbours, ed. Tom Jones (London: Routledge, 2001), 5–20."),
    ("X. Roe, Title (London: Verso, 2001), 215–45, 230.", "230",
     "X. Roe, Title (London: Verso, 2001), 215–45."),
    # two pages cited, not a range and a page in it
    ("X. Roe, Title (London: Verso, 2001), 12, 45.", "12, 45", "X. Roe, Title (London: Verso, "
     "2001)."),
])
def test_a_chapter_range_then_the_page_cited(text: str, locator: str, reference: str):
    (c,) = parse_note(text)
    assert (c["locator"], c["reference"]) == (locator, reference)


@pytest.mark.parametrize(("text", "remark", "prefix", "reference", "locator"), [
    ("It is worth noting that this view has older roots in the theology of penance, though few "
     "acknowledge the debt. See Nicholas Tavuchis, Mea Culpa: A Sociology of Apology and "
     "Reconciliation (Stanford: Stanford University Press, 1991), 13–17.",
     "It is worth noting that this view has older roots in the theology of penance, though "
     "few acknowledge the debt.", "See",
     "Nicholas Tavuchis, Mea Culpa: A Sociology of Apology and Reconciliation (Stanford: "
     "Stanford University Press, 1991).", "13–17"),
    ("For a sceptical account of the fourth stage, which the author regards as a disguised "
     "merits review, see Tom Hickman, Public Law after the Human Rights Act (Hart Publishing "
     "2010) 172.",
     "For a sceptical account of the fourth stage, which the author regards as a disguised "
     "merits review", "see",
     "Tom Hickman, Public Law after the Human Rights Act (Hart Publishing 2010).", "172"),
])
def test_a_notes_prose_before_a_signal_is_its_remark(text, remark, prefix, reference, locator):
    """The prose is kept verbatim as the remark, never read as the work's title."""
    c = one(text)
    assert (c["form"], c["remark"], c["prefix"], c["reference"], c["locator"]) == (
        "full", remark, prefix, reference, locator)


def test_oscola_pinpoint_after_the_publication_statement():
    c = one("Paul Craig, Administrative Law (8th edn, Sweet & Maxwell 2016) 640.")
    assert (c["form"], c["locator"], c["reference"]) == (
        "full", "640", "Paul Craig, Administrative Law (8th edn, Sweet & Maxwell 2016).")


@pytest.mark.parametrize(("text", "form", "authors", "year", "locator", "remark"), [
    ("Prunier 1997, 61.", "short", "Prunier", "1997", "61", None),
    ("Des Forges 1999: 93–96.", "short", "Des Forges", "1999", "93–96", None),
    ("Smith and Jones 2001a, p. 4.", "short", "Smith and Jones", "2001a", "p. 4", None),
    ("Elazar Barkan, The Guilt of Nations (New York: Norton, 2000), xvi–xix.", "full", None,
     None, "xvi–xix", None),
    ("Jeremy Waldron, \"Superseding Historic Injustice,\" Ethics 103, no. 1 (1992): 4–28, 19. "
     "Waldron does not discuss apology directly, but his argument applies to it with equal "
     "force.", "full", None, None, "19",
     "Waldron does not discuss apology directly, but his argument applies to it with equal "
     "force"),
])
def test_pinpoints_and_sentences_after_a_citation(text, form, authors, year, locator, remark):
    """Author-date without brackets, roman pinpoints, the author's sentence after a full
    citation (kept verbatim as its remark, never folded into the reference)."""
    c = one(text)
    got = (c["form"], c["locator"], c["remark"])
    if form == "short":
        got += (c["authors"], c["year"])
    assert got == (form, locator, remark) + ((authors, year) if form == "short" else ())
    assert "Waldron does" not in c["reference"]


def test_a_url_after_the_pages_stays_in_the_reference():
    c = one("Smith, J. (2001) Book. London: Verso, pp. 23-40. Available at: https://x.org "
            "(Accessed: 1 May 2020).")
    assert c["remark"] is None and "https://x.org" in c["reference"]


@pytest.mark.parametrize(("text", "locator", "label"), [
    ("Ibid., f. 23.", "f. 23", "folio"),
    ("Ibid., fol. 211.", "fol. 211", "folio"),
    ("Ibid., reel 4.", "reel 4", "other"),  # no CSL label: printed as written
    ("Prunier (1997), box 4.", "box 4", "other"),
])
def test_archive_locators(text: str, locator: str, label: str) -> None:
    c = one(text)
    assert (c["form"], c["locator"], c["label"]) == ("short", locator, label)


def test_a_title_with_years_is_no_author_date_head():
    c = one("Duclert et al., La France, le Rwanda et le génocide des Tutsi (1990–1994): Rapport "
            "remis au Président de la République (Paris: Armand Colin, 2021), 972.")
    assert (c["form"], c["locator"], c["year"]) == ("full", "972", None)


@pytest.mark.parametrize(("text", "locator", "reference"), [
    ("C. A. Bayly, Imperial Meridian: The British Empire and the World, 1780–1830 (London: "
     "Longman, 1989), 45.", "45",
     "C. A. Bayly, Imperial Meridian: The British Empire and the World, 1780–1830 (London: "
     "Longman, 1989)."),
    # OSCOLA: the pinpoint after '(Publisher Year)', no comma
    ("Aileen Kavanagh, Constitutional Review under the UK Human Rights Act (CUP 2009) 45", "45",
     "Aileen Kavanagh, Constitutional Review under the UK Human Rights Act (CUP 2009)."),
])
def test_the_page_cited_after_a_forename_first_or_oscola_book(text, locator, reference):
    c = one(text)
    assert (c["form"], c["locator"], c["label"], c["reference"]) == (
        "full", locator, "page", reference)


@pytest.mark.parametrize(("text", "short"), [
    # 'Surname, NUMBER, page': the number may be a short title; the works decide (linking)
    ("Bolaño, 2666, 52.", ("Bolaño", "2666", "52")),
    ("Orwell, 1984, 15.", ("Orwell", "1984", "15")),
    ("Orwell, 1984.", ("Orwell", "1984", None)),
    ("See Orwell, 1984, 15.", ("Orwell", "1984", "15")),
])
def test_a_number_that_may_be_a_short_title(text: str, short: tuple) -> None:
    alt = one(text)["numeric_title"]
    assert (alt["form"], alt["authors"], alt["title"], alt["locator"], alt["year"]) == (
        "short", *short, None)


@pytest.mark.parametrize("text", [
    "Prunier 1997, 61.", "Prunier (1997), 61.", "Gaddis, The Long Peace, 12.", "Ibid., 45.",
    "Orwell, 1984, and other essays on totalitarianism.",
])
def test_no_number_title_where_none_can_be(text: str) -> None:
    assert "numeric_title" not in one(text)


@pytest.mark.parametrize(("text", "expected"), [
    # Chicago's 'See, for example,' and 'for instance' are signals, never an author's name
    ("See, for example, Benjamin Ziemann, War Experiences in Rural Germany, 1914–1923, trans. "
     "Alex Skinner (Oxford: Berg, 2007), 3–4.",
     [("full", "See, for example,", None, "3–4")]),
    ("See, for instance, Prunier (1997), 61.", [("short", "See, for instance,", "Prunier", "61")]),
    # a later citation of the note opened by 'and'
    ("See Thompson, Making of the English Working Class, 211; and Colley, Britons, 290–92.",
     [("short", "See", "Thompson", "211"), ("short", "and", "Colley", "290–92")]),
    ("See Gray, Famine, Land and Politics, 331; Kinealy, This Great Calamity, 353–54; and "
     "Donnelly, Great Irish Potato Famine, 101.",
     [("short", "See", "Gray", "331"), ("short", None, "Kinealy", "353–54"),
      ("short", "and", "Donnelly", "101")]),
    # Irish surnames with their particle
    ("Ó Gráda, Black '47, 84–90.", [("short", None, "Ó Gráda", "84–90")]),
    ("Mokyr and Ó Gráda, “Famine Disease,” 25.", [("short", None, "Mokyr and Ó Gráda", "25")]),
])
def test_chicago_signals_joined_citations_and_irish_names(text: str, expected: list) -> None:
    got = [(c["form"], c["prefix"], c["authors"], c["locator"]) for c in parse_note(text)]
    assert got == expected


def test_a_short_title_ending_in_a_span_of_years() -> None:
    c = one("Kennan, Memoirs, 1925–1950, 361.")
    assert (c["form"], c["authors"], c["title"], c["locator"], c["year"]) == (
        "short", "Kennan", "Memoirs, 1925–1950", "361", None)
    # one year after a short title is no title's: a reference with its year, as before
    assert one("Kennan, Memoirs, 1967, 361.")["form"] == "full"


def test_a_semicolon_inside_a_volumes_title_splits_no_citation() -> None:
    (c,) = parse_note("Kennan to Secretary of State, February 22, 1946, in Foreign Relations of "
                      "the United States, 1946, vol. 6, Eastern Europe; The Soviet Union "
                      "(Washington, DC: Government Printing Office, 1969), 696–709.")
    assert (c["form"], c["locator"]) == ("full", "696–709")
    assert c["reference"].endswith("Eastern Europe; The Soviet Union (Washington, DC: "
                                   "Government Printing Office, 1969).")
    # two citations, the first with its publication statement, stay two
    assert len(parse_note("Smith, A Book (London: Verso, 2001), in passim; Jones, Another "
                          "(London: Verso, 2002), 4.")) == 2


def test_a_semicolon_before_another_authors_citation_still_splits():
    cits = parse_note("Smith, 'The Essay', in Collected Papers; Jones, The Book (London: Verso, "
                      "1990), 12.")
    assert len(cits) == 2
    assert cits[1]["form"] == "full" and cits[1]["reference"].startswith("Jones, The Book")
    assert "Jones" not in cits[0]["text"]


def test_for_example_is_a_signal_only_before_a_name():
    (prose,) = parse_note("For example, Britain and France disagreed about the mandate.")
    assert not prose.get("prefix")
    (cited,) = parse_note("For instance, Smith (1999), p. 4.")
    assert cited["prefix"] == "For instance," and cited["form"] == "short"


@pytest.mark.parametrize("text", [
    "Britain and France disagreed about the mandate in 1994.",
    "For example, Britain and France disagreed about the mandate in 1994.",
    "This was confirmed by later inquiries in 1998 and 2000.",
    "The figure rose to 800,000 by July 1994.",
])
def test_a_sentence_with_a_year_is_the_authors_prose_not_a_reference(text):
    (citation,) = parse_note(text)
    assert citation["form"] == "other"


@pytest.mark.parametrize("text", [
    "Keegan, J. 1993. A history of modern warfare in the twentieth century. Hutchinson.",
    "Keegan, John. A History of Warfare. Hutchinson, 1993.",
    "Keegan, John. A History of Warfare. London: Hutchinson, 1993.",
])
def test_a_reference_without_brackets_stays_full(text):
    (citation,) = parse_note(text)
    assert citation["form"] == "full"


@pytest.mark.parametrize("text", [
    "Report of the Secretary-General on the situation in Rwanda, 31 May 1994.",
    "Minutes of the cabinet meeting held on 12 March 1956.",
    "Speech by the President to the nation on the state of the economy, 4 July 1995.",
    "Interview with a former UNAMIR officer, conducted in Kigali in 2004.",
])
def test_a_document_described_in_words_is_a_reference_not_prose(text):
    (citation,) = parse_note(text)
    assert citation["form"] == "full"
