"""Review 13's regressions: each essay written here, each expectation by hand."""

from __future__ import annotations

import pytest

from essayconv import tree as T

from validators import essay_of, infos


def _authors(essay) -> list[str]:
    return [T.find(a, "name").text for a in T.findall(essay, "meta/author")]


# ------------------------------------- a co-author 'Professor …' under an affiliation
@pytest.mark.parametrize("title", ["Professor", "Dr"])
def test_a_professor_under_the_first_authors_institution_is_a_co_author(tmp_path, title):
    essay = essay_of(tmp_path, f"""Tides and Towns: Planning for Rising Water

Dr Maria Lopez
School of Geography, University of Hull
{title} Alan Reeve
University of Exeter

Coastal towns have planned for the sea for centuries, and the records of their harbour
boards show how each generation weighed its defences against its purse.
""")
    assert len(_authors(essay)) == 2
    assert _authors(essay)[1].endswith("Alan Reeve")
    assert not [value for name, value in infos(essay) if name == "instructor"]
    assert ("affiliation", "University of Exeter") in infos(essay)


def test_a_professor_under_the_course_line_is_still_the_instructor(tmp_path):
    essay = essay_of(tmp_path, """Tides and Towns: Planning for Rising Water

Maria Lopez
GEOG 210: Coastal Management
Professor Alan Reeve

Coastal towns have planned for the sea for centuries, and the records of their harbour
boards show how each generation weighed its defences against its purse.
""")
    assert _authors(essay) == ["Maria Lopez"]
    assert ("instructor", "Professor Alan Reeve") in infos(essay)
