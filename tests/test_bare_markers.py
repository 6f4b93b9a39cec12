"""Rule bare-markers: a note call glued to a whole number ('Resolution 918.3 The', 'in April
1994.6' ending the paragraph) is taken when the note sequence needs it, never a decimal or a
section's number."""

from __future__ import annotations

import pytest

from essayconv import tree as T
from essayconv.repairs import bare_markers


def _essay(*paragraphs: str, notes: tuple[int, ...]):
    essay = T.el("essay")
    essay.set(T.XML_LANG, "en")
    T.sub(T.sub(essay, "meta"), "title", "A title", line=1)
    section = T.sub(T.sub(essay, "body"), "section", id="s1")
    for line, text in enumerate(paragraphs, start=2):
        T.sub(section, "p", text, line=line)
    listing = T.sub(essay, "notes", heading="Notes", line=20)
    for n in notes:
        T.sub(T.sub(listing, "note", id=f"n{n}", n=n, line=20 + n), "text", f"Note {n}.")
    T.sub(essay, "changes")
    bare_markers.apply(essay)
    T.validate(essay, "bare-markers")
    return essay


def _cites(essay) -> list[tuple[str, str]]:
    return [(c.getparent().get("line"), c.get("n")) for c in essay.iter(T.q("cite"))]


def _text(essay, index: int) -> str:
    return "".join(T.findall(essay, "body/section/p")[index].itertext())


def test_the_audits_paragraph_calls_every_note():
    essay = _essay("The embargo was imposed in May 1994.1 Critics made similar claims2 about "
                   "the G20 and the agreement reached at COP21, and about Resolution 918.3 "
                   "The mission had 2,548 troops.4 Prunier disagrees with these figures.5 The "
                   "Security Council met 12 times in April 1994.6", notes=(1, 2, 3, 4, 5, 6))
    assert [n for _, n in _cites(essay)] == ["1", "2", "3", "4", "5", "6"]
    text = _text(essay, 0)
    assert "Resolution 918. The mission" in text and text.endswith("in April 1994.")
    befores = [c.find(T.q("before")).text for c in T.findall(essay, "changes/change")]
    assert "Resolution 918.3" in befores and " in April 1994.6" in befores


@pytest.mark.parametrize("text", [
    "The council adopted Resolution 918.2 The embargo followed.3",
    "The council adopted Resolution 918.2 “The embargo” followed.3",
])
def test_a_call_glued_to_a_whole_number_before_a_sentence(text):
    essay = _essay("The war began.1", text, notes=(1, 2, 3))
    assert _cites(essay) == [("2", "1"), ("3", "2"), ("3", "3")]


def test_a_call_glued_to_a_year_ends_the_paragraph():
    essay = _essay("The war began.1", "The council met in April 1994.2", "It ended.3",
                   notes=(1, 2, 3))
    assert _cites(essay) == [("2", "1"), ("3", "2"), ("4", "3")]
    assert _text(essay, 1) == "The council met in April 1994."


@pytest.mark.parametrize(("text", "kept"), [
    # decimals
    ("The rate rose to 5.88 per cent, and to 3.5 Then it fell.3", "to 3.5 Then it fell."),
    # a section's number
    ("As Section 2.3 The scope shows, it fell.3", "Section 2.3 The scope"),
    ("As Section 101.2 The scope shows, it fell.3", "Section 101.2 The scope"),
    ("As Article 918.2 The parties agree, it fell.3", "Article 918.2 The parties"),
    # a grouped number, an amount, a decimal's digits
    ("The total reached 2,548.2 Then it fell.3", "2,548.2 Then"),
    ("The cost was £918.2 Then it fell.3", "£918.2 Then"),
    ("Paragraph 5.105.2 The parties agree, it fell.3", "5.105.2 The parties"),
    # no sentence after it; the paragraph's end after no year; two digits only
    ("The rate was 918.2 per cent, and it fell.3", "918.2 per cent"),
    ("The index stood at 94.2 Then it fell.3", "94.2 Then"),
])
def test_no_call_in_a_decimal_or_a_sections_number(text, kept):
    essay = _essay("The war began.1", text, notes=(1, 2, 3))
    # note 2 stays uncited (check-markers will say so), its digits in the text; 3 is called
    assert _cites(essay) == [("2", "1"), ("3", "3")]
    assert kept in _text(essay, 1)


def test_no_call_at_a_paragraphs_end_after_a_whole_number_that_is_no_year():
    essay = _essay("The war began.1", "The council adopted Resolution 918.2", "It ended.3",
                   notes=(1, 2, 3))
    assert _cites(essay) == [("2", "1"), ("4", "3")]
    assert _text(essay, 1) == "The council adopted Resolution 918.2"


def test_a_whole_number_call_comes_before_the_next_notes():
    essay = _essay("The war began.1", "The embargo followed.3 Resolution 918.2 The talks ended.",
                   notes=(1, 2, 3))
    # '918.2' after note 3's call would break the order: note 2 is never cited
    assert [n for _, n in _cites(essay)] == ["1", "3"]
    assert "Resolution 918.2 The talks" in _text(essay, 1)


def test_a_glued_call_elsewhere_wins_over_a_whole_number():
    essay = _essay("The war began.1 Resolution 918.2 The talks ended.", "They failed.2 Then.3",
                   notes=(1, 2, 3))
    assert _cites(essay) == [("2", "1"), ("3", "2"), ("3", "3")]
    assert "Resolution 918.2 The talks" in _text(essay, 0)
