"""Each repair rule on the hand-written fixture cases in tests/fixtures/repairs.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from essayconv import tree as T
from essayconv.repairs import RULES

FIXTURES = Path(__file__).parent / "fixtures" / "repairs.txt"
RULES_BY_NAME = {rule.NAME: rule for rule in RULES}


def load_cases() -> list[dict[str, str]]:
    cases: list[dict[str, str]] = []
    for block in FIXTURES.read_text(encoding="utf-8").split("\n### ")[1:]:
        title, *lines = block.strip("\n").split("\n")
        case = {"title": title}
        for line in lines:
            key, _, value = line.partition(": ")
            case[key] = value
        cases.append(case)
    return cases


def mini_essay(context: str, text: str):
    essay = T.el("essay")
    essay.set(T.XML_LANG, "en")
    T.sub(T.sub(essay, "meta"), "title", "A title", line=1)
    section = T.sub(T.sub(essay, "body"), "section", id="s1")
    T.sub(section, "p", context, line=2)
    T.sub(section, "p", text, line=3)
    T.sub(essay, "changes")
    return essay


def with_notes(essay, *numbers: int) -> None:
    """Give a mini essay a notes list with these note numbers."""
    notes = T.el("notes", heading="Notes", line=4)
    T.find(essay, "changes").addprevious(notes)
    for n in numbers:
        T.sub(T.sub(notes, "note", id=f"n{n}", n=n, line=4 + n), "text", f"Note {n}.")


@pytest.mark.parametrize("case", load_cases(), ids=lambda case: case["title"])
def test_repair_fixture(case):
    essay = mini_essay(case.get("context", "."), case["input"])
    RULES_BY_NAME[case["rule"]].apply(essay)
    T.validate(essay, case["rule"])
    assert T.findall(essay, "body/section/p")[1].text == case["expected"]
    changes = T.findall(essay, "changes/change")
    if case["input"] == case["expected"]:
        assert changes == []
    else:
        assert changes and all(c.get("rule") == case["rule"] for c in changes)
        assert all(c.get("line") == "3" for c in changes)


def test_merged_notes_are_split_and_logged():
    essay = mini_essay(".", ".")
    notes = T.sub(essay, "notes", heading="Notes", line=4)
    essay.append(T.find(essay, "changes"))
    note = T.sub(notes, "note", id="n6", n=6, line=5)
    text = "Smith (2001), p. 4; background. [7] Jones, B. (2002) A book. [8] Lee (2003)."
    T.sub(note, "text", text)
    RULES_BY_NAME["split-merged-notes"].apply(essay)
    T.validate(essay, "split")
    texts = [(n.get("n"), T.find(n, "text").text) for n in T.findall(essay, "notes/note")]
    assert texts == [("6", "Smith (2001), p. 4; background."),
                     ("7", "Jones, B. (2002) A book."), ("8", "Lee (2003).")]
    assert len(T.findall(essay, "changes/change")) == 2


def test_unresolved_marker_is_an_error_and_uncited_note_a_warning():
    essay = mini_essay(".", "Text")
    paragraph = T.findall(essay, "body/section/p")[1]
    T.sub(paragraph, "cite", note="n9", n="9", line=3)
    notes = T.el("notes", heading="Notes", line=4)
    T.find(essay, "changes").addprevious(notes)
    T.sub(T.sub(notes, "note", id="n1", n=1, line=5), "text", "A note.")
    RULES_BY_NAME["check-markers"].apply(essay)
    found = [(d.get("level"), d.get("line")) for d in T.findall(essay, "diagnostics/diagnostic")]
    assert found == [("error", "3"), ("warning", "5")]


def test_empty_note_is_a_warning():
    essay = mini_essay(".", "Text")
    paragraph = T.findall(essay, "body/section/p")[1]
    notes = T.el("notes", heading="Notes", line=4)
    T.find(essay, "changes").addprevious(notes)
    for n, text in ((1, "A note."), (2, ""), (3, "???")):
        T.sub(paragraph, "cite", note=f"n{n}", n=str(n), line=3)
        T.sub(T.sub(notes, "note", id=f"n{n}", n=n, line=4 + n), "text", text)
    RULES_BY_NAME["check-markers"].apply(essay)
    found = [(d.get("line"), d.text) for d in T.findall(essay, "diagnostics/diagnostic")]
    assert found == [("6", "note 2 is empty: it gives no reference"),
                     ("7", "note 3 is empty: it gives no reference")]


def test_bare_note_numbers_become_markers_in_order():
    essay = mini_essay("Thucydides wrote a History.1 The dialogue (5.84-116) has 2 parts,",
                       "as in 5.88 and 5.105, 103, often cited (1.70), 2 but later.3")
    with_notes(essay, 1, 2, 3)
    RULES_BY_NAME["bare-markers"].apply(essay)
    T.validate(essay, "bare-markers")
    found = [(c.getparent().get("line"), c.get("n")) for c in essay.iter(T.q("cite"))]
    # "has 2 parts" counts parts (a number before a noun): never a call; "(1.70), 2 but"
    # is note 2; "5.88", "5.105, 103" are never markers.
    assert found == [("2", "1"), ("3", "2"), ("3", "3")]
    first, second = T.findall(essay, "body/section/p")
    assert "".join(first.itertext()).endswith("has 2 parts,")
    assert second.text == "as in 5.88 and 5.105, 103, often cited (1.70), "


def test_a_note_number_after_a_straight_quote_is_a_marker():
    essay = mini_essay('He wrote "debt was the sinew of war."1 The students\' 2 cars,',
                       "and 'so it was'2 then.3")
    with_notes(essay, 1, 2, 3)
    RULES_BY_NAME["bare-markers"].apply(essay)
    # right after a straight closing quote: a call; after a quote and a space: a number
    assert [(c.getparent().get("line"), c.get("n")) for c in essay.iter(T.q("cite"))] == [
        ("2", "1"), ("3", "2"), ("3", "3")]
    assert "students' 2 cars" in "".join(T.findall(essay, "body/section/p")[0].itertext())


def test_superscript_note_numbers_become_markers():
    essay = mini_essay("Deterrence held.\u00b9 Others disagree,\u00b2 and 10\u00b3 troops "
                       "came.\u00b3", "in an area of 5 km\u00b2 of land stayed.\u00b9\u2070")
    with_notes(essay, 1, 2, 3, 10)
    RULES_BY_NAME["bare-markers"].apply(essay)
    T.validate(essay, "bare-markers")
    found = [c.get("n") for c in essay.iter(T.q("cite"))]
    # a power ('10³') and a unit ('5 km²') are no note calls; '¹⁰' is note 10, not 1 then 0
    assert found == ["1", "2", "3", "10"]
    assert "10\u00b3 troops" in "".join(T.findall(essay, "body/section/p")[0].itertext())
    assert "5 km\u00b2 of land" in "".join(T.findall(essay, "body/section/p")[1].itertext())
    before = [c.find(T.q("before")).text for c in T.findall(essay, "changes/change")]
    assert before[0].endswith("held.\u00b9") and before[1].endswith("disagree,\u00b2")


def test_bare_markers_do_nothing_when_bracketed_markers_exist(seed_tree):
    assert not [c for c in T.findall(seed_tree, "changes/change")
                if c.get("rule") == "bare-markers"]


def test_a_citation_goes_before_the_punctuation_closing_its_clause():
    from essayconv.transforms.placement import place_citations

    essay = mini_essay(".", "")
    p = T.findall(essay, "body/section/p")[1]
    p.text = "Camps held ex-government forces, "
    for n, tail in ((1, " sustained by aid: "), (2, " as in the camps, etc. "),
                    (3, " Then e.g. "), (4, " later i.e. "), (5, " end")):
        T.sub(p, "cite", n=n, note=f"n{n}", line=3).tail = tail
    place_citations(essay)
    texts = [p.text] + [c.tail for c in p.iter(T.q("cite"))]
    # 'forces, [1]' → 'forces [1],'; 'aid: [2]' → 'aid [2]:'; a sentence ending in 'etc.'
    # keeps the abbreviation's stop and gets its own after the citation; a stop before a
    # word in lower case ends no sentence: 'e.g. [4] later' stays
    assert texts == ["Camps held ex-government forces ", ", sustained by aid ",
                     ": as in the camps, etc. ", ". Then e.g. ", " later i.e. ", " end"]


def test_a_footnote_mark_hugs_its_word_in_both_modes(tmp_path):
    """'alone. [1] Then' prints 'alone.¹ Then': the space before a footnote mark goes (notes
    mode, and an explanatory note's mark in author-date mode); an author-date citation
    stays apart from its word."""
    from essayconv.writers import WriteOptions

    from validators import enriched

    text = ("Cairo\nAnn Lee\n\nIntroduction\n\nNo garrison could hold it by force alone. [1]"
            " Churchill inherited the bill and the blame. [2] Then came the budget.\n\nNotes\n\n"
            "[1] Cox's telegram of 3 October 1920 is the clearest statement of the cost, and it"
            " was read aloud in Cabinet by the Secretary of State for War himself.\n"
            "[2] Dodge, T. (2003) Inventing Iraq. London: Hurst.\n")
    for mode, expected in (("notes", ["alone.", " Churchill inherited the bill and the blame.",
                                      " Then came the budget."]),
                           ("author-date", ["alone.", " Churchill inherited the bill and the "
                                            "blame ", ". Then came the budget."])):
        essay = enriched(tmp_path, text, WriteOptions(citations=mode))
        p = next(p for p in essay.iter(T.q("p")) if "garrison" in "".join(p.itertext()))
        texts = [p.text.split()[-1]] + [c.tail for c in p.iter(T.q("cite"))]
        assert texts == expected, mode
        logged = [c for c in T.findall(essay, "changes/change")
                  if c.get("rule") == "hug-footnote-marks"]
        assert len(logged) == (2 if mode == "notes" else 1)


def test_a_note_number_called_nowhere_does_not_stop_the_ones_after_it():
    essay = mini_essay("It was compatible with Article 8.7 Lord N agreed.8",
                       "Lady H dissented.9 Université Paris 1 held a view.10")
    with_notes(essay, 7, 8, 9, 10)
    RULES_BY_NAME["bare-markers"].apply(essay)
    # '8.7' is no call of note 7 (after a digit): 7 is skipped, 8, 9 and 10 still found
    assert [c.get("n") for c in essay.iter(T.q("cite"))] == ["8", "9", "10"]


def test_a_number_after_a_space_gives_way_to_a_glued_one_further_on():
    essay = mini_essay("Université Paris 1 Panthéon-Sorbonne", "The city from its edges.1 Then.2")
    with_notes(essay, 1, 2)
    RULES_BY_NAME["bare-markers"].apply(essay)
    assert [(c.getparent().get("line"), c.get("n")) for c in essay.iter(T.q("cite"))] == [
        ("3", "1"), ("3", "2")]
    assert T.findall(essay, "body/section/p")[0].text == "Université Paris 1 Panthéon-Sorbonne"


def test_a_note_number_after_a_years_full_stop():
    essay = mini_essay("The canal opened.1 It carried 2,500 cusecs in 1915.2 The region grew.3",
                       "In 1915.4 was the year of 1915.5 nothing.")
    with_notes(essay, 1, 2, 3)
    RULES_BY_NAME["bare-markers"].apply(essay)
    # '1915.2' before a new sentence is note 2, found by the note sequence; not '1915.5' after
    assert [c.get("n") for c in essay.iter(T.q("cite"))] == ["1", "2", "3"]


def _with_sources(*lines: str):
    """A mini essay with an unnumbered reference list of these lines."""
    essay = mini_essay(".", ".")
    sources = T.el("sources", heading="References", line=4)
    T.find(essay, "changes").addprevious(sources)
    for n, line in enumerate(lines, start=1):
        T.sub(sources, "item", line, id=f"r{n}", line=4 + n)
    return essay


def test_an_author_date_entry_glued_to_the_one_before_is_its_own():
    essay = _with_sources(
        "Jones, D. (2015) ‘Rewilding’, Geoforum, 65, pp. 482–488.MacKay, A.F.D. (2013) Places "
        "of Possibility. Chichester: Wiley. Sen, A., Bhatt, R. and Lee, K. (2020a) Heat. Delhi: "
        "IIHS.",
        "Zhou, L. (n.d.) Notes.")
    RULES_BY_NAME["split-merged-entries"].apply(essay)
    T.validate(essay, "split")
    items = [(i.get("id"), i.get("line"), i.text) for i in T.findall(essay, "sources/item")]
    assert items == [
        ("r1", "5", "Jones, D. (2015) ‘Rewilding’, Geoforum, 65, pp. 482–488."),
        ("r2", "5", "MacKay, A.F.D. (2013) Places of Possibility. Chichester: Wiley."),
        ("r3", "5", "Sen, A., Bhatt, R. and Lee, K. (2020a) Heat. Delhi: IIHS."),
        ("r4", "6", "Zhou, L. (n.d.) Notes.")]
    changes = T.findall(essay, "changes/change")
    assert [c.get("rule") for c in changes] == ["split-merged-entries"] * 2


@pytest.mark.parametrize("line", [
    # a chapter's editors with their year, after 'in': one entry
    "Lee, K. (2001) ‘A chapter’, in Smith, J. (ed.) A book. London: Verso, pp. 1–9.",
    # a review names the reviewed book after a colon: one entry
    "Park, S. (2019) Review of: Brown, K. (1998) Old Roads. Antiquity, 93, p. 4.",
    # an entry of another style (no year in brackets after the name) is never cut
    "Lee, Kim. A Book. Verso, 2001. Smith, J. (1999) Another. London: Verso.",
])
def test_one_entry_is_not_cut(line):
    essay = _with_sources(line)
    RULES_BY_NAME["split-merged-entries"].apply(essay)
    assert [i.text for i in T.findall(essay, "sources/item")] == [line]
    assert T.findall(essay, "changes/change") == []
