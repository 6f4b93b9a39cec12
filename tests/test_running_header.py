"""An MLA paper's running header ('Alvarez 1' over the header block, 'Alvarez 2' at a page
break) is page furniture: dropped and logged; the header block is read without it.

Every expectation is written from the rules, never copied from the program's output."""

from __future__ import annotations

import pytest

from essayconv import tree as T

from validators import authors, essay_of, headings, infos

FIRST = "The house remembers what its people forget, and the novel keeps that memory."
SECOND = "The passage turns memory into geography, as the critics have long observed."
BLOCK = "Jordan Alvarez\n\nProfessor Miriam Castellanos\n\nENGL 2140\n\n12 March 2024\n\n"


def paper(top: str, page_break: str, block: str = BLOCK) -> str:
    """An MLA paper pasted with blank lines between its paragraphs."""
    return (f"{top}{block}Memory Work\n\n{FIRST}\n\n{page_break}{SECOND}\n\nWorks Cited\n\n"
            "Morrison, Toni. Beloved. Knopf, 1987.\n")


def dropped(essay) -> list[str]:
    return [c[0].text for c in T.findall(essay, "changes/change")
            if c.get("rule") == "drop-page-furniture"]


def paragraphs(essay) -> list[str]:
    return [T.inline_text(p) for p in T.findall(essay, "body/section/p")]


@pytest.mark.parametrize(("top", "page_break", "gone"), [
    ("Alvarez 1\n\n", "Alvarez 2\n\n", ["Alvarez 1", "Alvarez 2"]),
    ("Alvarez 1\n\n", "", ["Alvarez 1"]),
    ("", "Alvarez 2\n\n", ["Alvarez 2"]),  # the first page's header not copied
    ("    Alvarez 1\n", "Alvarez  2\n", ["    Alvarez 1", "Alvarez  2"]),  # right-aligned
])
def test_the_running_header_is_page_furniture(tmp_path, top, page_break, gone):
    essay = essay_of(tmp_path, paper(top, page_break))
    assert T.find(essay, "meta/title").text == "Memory Work"
    assert authors(essay) == ["Jordan Alvarez"]
    assert infos(essay) == [("instructor", "Professor Miriam Castellanos"),
                            ("course", "ENGL 2140"), ("date", "12 March 2024")]
    assert paragraphs(essay) == [FIRST, SECOND]
    assert dropped(essay) == gone


def test_a_surname_of_two_words(tmp_path):
    block = BLOCK.replace("Jordan Alvarez", "Lucía García Márquez")
    essay = essay_of(tmp_path, paper("García Márquez 1\n\n", "García Márquez 2\n\n", block))
    assert authors(essay) == ["Lucía García Márquez"]
    assert dropped(essay) == ["García Márquez 1", "García Márquez 2"]


@pytest.mark.parametrize("line", ["Castellanos 2", "Jordan 2", "Alvarez 1"])
def test_a_line_naming_no_author_or_counting_no_page_up_stays(tmp_path, line):
    # another name, the given name alone, or a page number not past the last one
    essay = essay_of(tmp_path, paper("Alvarez 1\n\n", f"{line}\n\n"))
    assert dropped(essay) == ["Alvarez 1"]
    assert line in paragraphs(essay) + headings(essay)


def test_another_name_over_the_header_block_stays(tmp_path):
    essay = essay_of(tmp_path, paper("Castellanos 1\n\n", "Castellanos 2\n\n"))
    assert dropped(essay) == []


def test_without_an_mla_header_block_the_line_stays(tmp_path):
    # a byline alone, no instructor, course or date: no running header to drop
    essay = essay_of(tmp_path, f"Memory Work\n\nJordan Alvarez\n\nIntroduction\n\n{FIRST}\n\n"
                               f"Alvarez 2\n\n{SECOND}\n")
    assert dropped(essay) == []
    assert "Alvarez 2" in paragraphs(essay) + headings(essay)
