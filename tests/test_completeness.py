"""Rule dropped-reference-words: a word of a reference missing from its entry is reported."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from essayconv import tree as T
from essayconv.transforms.completeness import check_dropped_words

SAMPLE = Path(__file__).parent / "data" / "enriched-sample.xml"


def warnings(essay) -> list[tuple[str, str]]:
    return [(d.get("line"), d.text) for d in T.findall(essay, "diagnostics/diagnostic")
            if d.get("rule") == "dropped-reference-words"]


def test_complete_entries_give_no_warning():
    essay = etree.parse(str(SAMPLE)).getroot()
    check_dropped_words(essay)
    assert warnings(essay) == []


def test_a_word_left_out_of_an_entry_is_reported_with_the_note_line():
    essay = etree.parse(str(SAMPLE)).getroot()
    entry = essay.xpath("//e:entry[@work='desforges1999']/e:em", namespaces={"e": T.NS})[0]
    entry.text = "Leave none to tell the story"
    check_dropped_words(essay)
    assert warnings(essay) == [
        ("14", "desforges1999: the reference list entry leaves out: genocide, rwanda")]
