"""Rule bare-markers, numbered reference lists pasted from the web (audit 13): glued lists
and ranges ('States.1,2', 'services.4-5'), caret calls ('mortality.^4'), later calls of a
reference already called; a number that counts ('Roughly 1 in 4') is never a call."""

from __future__ import annotations

import pytest

from essayconv import tree as T
from essayconv.repairs import bare_markers

from validators import enriched


def _essay(*paragraphs: str, notes: int = 5, heading: str = "References", marked: bool = False):
    """A small essay with these paragraphs and a numbered list of ``notes`` entries."""
    essay = T.el("essay")
    essay.set(T.XML_LANG, "en")
    T.sub(T.sub(essay, "meta"), "title", "A title", line=1)
    section = T.sub(T.sub(essay, "body"), "section", id="s1")
    if marked:  # a paragraph with a bracketed marker already
        T.sub(T.sub(section, "p", "Known ", line=2), "cite", note="n1", n=1, line=2).tail = "."
    for line, text in enumerate(paragraphs, start=3):
        T.sub(section, "p", text, line=line)
    listing = T.sub(essay, "notes", heading=heading, line=20)
    for n in range(1, notes + 1):
        T.sub(T.sub(listing, "note", id=f"n{n}", n=n, line=20 + n), "text", f"Ref {n}.")
    T.sub(essay, "changes")
    bare_markers.apply(essay)
    T.validate(essay, "bare-markers")
    return essay


def _cites(essay) -> list[str]:
    return [c.get("n") for c in essay.iter(T.q("cite"))]


def _texts(essay) -> list[str]:
    return [T.inline_text(p) for p in T.findall(essay, "body/section/p")]


def test_glued_lists_and_ranges_are_calls_and_a_count_is_not():
    essay = _essay("Heart failure leads admissions in the United States.1,2 Roughly 1 in 4 "
                   "patients is readmitted within 30 days,3 and CHWs link patients with "
                   "services.4-5")
    assert _cites(essay) == ["1", "2", "3", "4", "5"]
    assert _texts(essay) == ["Heart failure leads admissions in the United States.[1][2] Roughly "
                             "1 in 4 patients is readmitted within 30 days,[3] and CHWs link "
                             "patients with services.[4][5]"]
    logged = [(c.findtext(T.q("before")), c.findtext(T.q("after")))
              for c in T.findall(essay, "changes/change")]
    assert logged[0] == (" United States.1,2", " United States.[1, 2]")
    assert logged[-1] == (" with services.4-5", " with services.[4, 5]")


@pytest.mark.parametrize("text", [
    "Roughly 1 in 4 patients were seen.",
    "Patients were split in 2 groups, then 3 of them left.",
    "The trial had 2 arms and about 3 sites (n = 3).",
    "This gave 1 result and 2 more.",
])
def test_a_number_that_counts_is_never_a_call(text):
    essay = _essay(text, notes=3)
    assert _cites(essay) == []
    assert _texts(essay) == [text]


@pytest.mark.parametrize("text", [
    "Levels of CO2 rose in 2019.",  # a formula, a year after a space
    "The dose was 3.5 mg and Python 3.11 ran it.",  # decimals, a version
    "COVID-19 cases fell, as Fig.2 shows.",  # inside a name, after a label
    "Each room had 12 m2 of floor.",  # a unit
    "It rose to values,1,40 of them.",  # a list naming no reference (40)
])
def test_glued_numbers_that_are_no_calls(text):
    essay = _essay("Heart failure is common.1", text, notes=3)
    assert _cites(essay) == ["1"]
    assert _texts(essay)[1] == text


def test_caret_calls_are_calls_of_the_numbered_list():
    essay = _essay("Readmission means higher mortality.^1 Programs cost less,^2,3 and more^4-5.")
    assert _cites(essay) == ["1", "2", "3", "4", "5"]
    assert _texts(essay) == ["Readmission means higher mortality.[1] Programs cost less,[2][3] "
                             "and more[4][5]."]
    logged = [c.findtext(T.q("after")) for c in T.findall(essay, "changes/change")]
    assert logged[0] == "gher mortality.[1]"


@pytest.mark.parametrize("text", [
    "A dose of 10^3 cells in x^2 terms, per m^2 of skin.",  # powers and a unit's
    "A call of no reference.^9",
    "Cost grows as (x+y)^2 and as t^0.5 over time.",  # a bracket's power, a decimal
    "The penalty max(0, V - V^max)^2 was added.^2",  # a paragraph writing a formula
])
def test_a_caret_that_is_a_power_or_names_no_reference_stays(text):
    essay = _essay("It is common.1", text, notes=3)
    assert _cites(essay) == ["1"]
    assert _texts(essay)[1] == text


def test_a_caret_call_beside_bracketed_markers():
    essay = _essay("Later work agrees.^2", notes=3, marked=True)
    assert _cites(essay) == ["1", "2"]
    assert _texts(essay)[1] == "Later work agrees.[2]"


def test_caret_and_glued_calls_in_one_essay_keep_their_order():
    essay = _essay("First.^1 Then a glued one.2 And another,3 then more.^4")
    assert _cites(essay) == ["1", "2", "3", "4"]
    assert _texts(essay) == ["First.[1] Then a glued one.[2] And another,[3] then more.[4]"]


def test_a_reference_called_again_later_in_a_numbered_list():
    essay = _essay("Readmission is common.1,2 Costs are high.3", "As noted before,1 and "
                   "again.2,3 Table 1 and Fig.2 show it.", notes=3)
    assert _cites(essay) == ["1", "2", "3", "1", "2", "3"]
    assert _texts(essay)[1] == "As noted before,[1] and again.[2][3] Table 1 and Fig.2 show it."


def test_a_footnote_is_not_called_twice():
    """Notes (not a reference list) are called once each: a later glued number stays."""
    essay = _essay("Readmission is common.1 Costs are high.2", "As noted before,1 it was.",
                   notes=2, heading="Notes")
    assert _cites(essay) == ["1", "2"]
    assert _texts(essay)[1] == "As noted before,1 it was."


def test_the_ama_paragraph_through_the_pipeline(tmp_path):
    essay = enriched(tmp_path, "Heart Failure Readmission\n\nHeart failure is the leading "
                     "cause of admission in the United States.1,2 Roughly 1 in 4 patients is "
                     "readmitted within 30 days,3 with higher mortality.^4\n\nReferences\n"
                     "1. Hollister MK, Ahn J. Heart failure hospitalizations. JAMA Cardiol. "
                     "2021;6(9):1023-1031.\n"
                     "2. Trent AL, Gomez R. Epidemiology of heart failure. Circulation. "
                     "2019;140(4):201-215.\n"
                     "3. Okoye CN, Lund E. Thirty-day readmission. JAMA. 2020;323(5):456-467.\n"
                     "4. Brandt S, Molina P. Readmission and mortality. N Engl J Med. "
                     "2018;378(22):2104-2112.\n")
    assert _cites(essay) == ["1", "2", "3", "4"]
    text = "".join(T.find(essay, "body").itertext())
    assert "Roughly 1 in 4 patients" in text and "^" not in text
    assert not [d for d in T.findall(essay, "diagnostics/diagnostic")
                if d.get("rule") == "check-markers"]


def test_spaced_calls_before_a_lowercase_word_after_a_name_or_opening_a_phrase():
    # a PDF's spaced note numbers in a sentence's middle: after a name or a title's word,
    # or before a phrase; a counting number ('These 2 maps', '1 in 4') stays text
    essay = _essay("Critics such as Moreau 1 deny that the plan existed. The Harbour Plan 2 "
                   "remains the model. The debate continues 3 in the journals. These 2 maps "
                   "and 1 in 4 towns agree.", notes=3, heading="Notes")
    assert _cites(essay) == ["1", "2", "3"]
    assert _texts(essay) == ["Critics such as Moreau [1] deny that the plan existed. The "
                             "Harbour Plan [2] remains the model. The debate continues [3] in "
                             "the journals. These 2 maps and 1 in 4 towns agree."]
