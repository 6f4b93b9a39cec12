"""Nothing is lost: every word of the input is in the tree's text or in its change log."""

from __future__ import annotations

import re

import pytest

from essayconv import tree as T
from essayconv.pipeline import read

from conftest import CORPUS, SEED

WORD = re.compile(r"\w+")


def tree_words(essay) -> set[str]:
    words: set[str] = set()
    for node in essay.iter():
        for text in (node.text, node.tail):
            if text:
                words.update(WORD.findall(text))
        if node.tag == T.q("cite"):
            words.add(node.get("n"))
        if node.tag == T.q("note"):
            words.add(node.get("n"))
        if node.get("label"):  # an affiliation's mark: '² School of Law' has label 2
            words.add(node.get("label"))
        if node.get("marker"):  # a list item's typed marker ('1.', 'b)'), out of its text
            words.update(WORD.findall(node.get("marker")))
        if node.get("heading"):
            words.update(WORD.findall(node.get("heading")))
    return words


@pytest.mark.parametrize("path", [SEED, *CORPUS], ids=lambda p: p.name)
def test_every_input_word_survives(path):
    essay = read(path)
    kept = tree_words(essay)
    lost = [w for w in WORD.findall(path.read_text(encoding="utf-8")) if w not in kept]
    assert lost == []


def test_the_check_catches_a_loss():
    essay = read(SEED)
    paragraph = T.findall(essay, "body/section/p")[0]
    paragraph.text = paragraph.text.replace("Rwanda simmered", "Rwanda")
    assert "simmered" not in tree_words(essay)


@pytest.mark.parametrize("name", ["seed-notes", "seed"])
def test_every_remark_is_printed(name):
    """A note's remark ('(on aid diversion and militarization)') is in its footnote: in
    notes mode after the citation, in author-date mode as a footnote of its own."""
    from essayconv.writers.view import cite_view

    from validators import trees

    essay = trees()[name]
    for cite in T.find(essay, "body").iter(T.q("cite")):
        view = cite_view(essay, cite)
        printed = "".join(view.footnote.itertext()) if view.footnote is not None else ""
        note = T.find(essay, f"notes/note[@id='{cite.get('note')}']")
        for remark in T.findall(note, "citation/remark") if note is not None else ():
            words = re.findall(r"\w+", remark.text.lower())
            assert set(words) <= set(re.findall(r"\w+", printed.lower())), (name, remark.text)
