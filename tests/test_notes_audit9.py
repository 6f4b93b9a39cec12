"""Note splitting, short forms and locators a user audit found misread: French and German
short forms ('art. cit.', an initial before the surname), 'Id.' as the author before it,
note markers glued to the note before, pages cited after a work's own range ('at 28',
'hier S. 170'), roman pages, 'sq.'/'ff.' kept in the locator, Latin, French and German
signals and the lead-ins before them (expectations written by hand from the rules)."""

from __future__ import annotations

import pytest

from essayconv import tree as T

from validators import enriched

# --- 3. a note marker glued to the note before it -------------------------------------------

def _notes_of(tmp_path, notes_block: str, cited: int):
    body = " ".join(f"Sentence {i}. [{i}]" for i in range(1, cited + 1))
    essay = enriched(tmp_path, f"Heat\nAnne Test\n\nIntroduction\n{body}\n\nNotes\n"
                               f"{notes_block}\n")
    texts = {n.get("n"): T.find(n, "text").text for n in T.findall(essay, "notes/note")}
    errors = [d.text for d in T.findall(essay, "diagnostics/diagnostic")
              if d.get("level") == "error"]
    return texts, errors


def test_a_glued_marker_splits_like_a_spaced_one(tmp_path):
    texts, errors = _notes_of(tmp_path, (
        "[1] World Health Organization (2018) Heat and health. Geneva: WHO.\n"
        "[2] Chen, M. and Vanek, J. (2013) 'Informal employment revisited', Indian Journal of "
        "Industrial Relations, 48(3), pp. 390–401.[3] India Meteorological Department (IMD) "
        "(2021) Gridded daily temperature data set [dataset]. Pune: IMD."), 3)
    assert errors == []
    assert texts["2"].endswith("pp. 390–401.")
    assert texts["3"].startswith("India Meteorological Department (IMD) (2021)")


@pytest.mark.parametrize("line", [
    # not the next number: note 2 is missing, '[3]' is the reference's own
    "[1] Smith, J. (2001) A report [online].[3] Available at: https://x.org.",
    # glued to a word, not after a full stop or a closing bracket
    "[1] Smith, J. (2001) Vol. 3[2] of the series. London: Verso.",
])
def test_a_bracketed_number_that_is_no_next_note_stays(tmp_path, line):
    texts, _ = _notes_of(tmp_path, line, 1)
    assert texts == {"1": line[4:]}
