"""The reader on other essay shapes (hand-made fixtures in tests/fixtures/shapes)."""

from __future__ import annotations

from pathlib import Path

from essayconv import tree as T
from essayconv.pipeline import read
from essayconv.reader.language import guess_language

SHAPES = Path(__file__).parent / "fixtures" / "shapes"


def test_two_authors_keywords_numbered_headings_and_a_numbered_list():
    essay = read(SHAPES / "numbered-headings-two-authors.txt")
    assert [T.find(a, "name").text for a in T.findall(essay, "meta/author")] == [
        "Ana Ruiz", "Tom Becker"]
    info = {i.get("name"): i.text for i in T.findall(essay, "meta/info")}
    assert info["keywords"] == "Keywords: migration, memory, oral history"
    headings = [T.find(s, "heading").text for s in T.findall(essay, "body/section")]
    assert headings == ["1. Introduction", "2. Findings", "Conclusion"]
    kinds = [p.get("kind") for p in T.findall(essay, "body/section/p")]
    assert kinds == [None, None, "item", "item", "item", None, None]
    assert [n.get("n") for n in T.findall(essay, "notes/note")] == ["1", "2"]
    dropped = [c[0].text for c in T.findall(essay, "changes/change")
               if c.get("rule") == "drop-web-junk"]
    assert dropped == ["3 min read", "Share"]


def test_french_essay_gets_its_language_and_french_quotes():
    essay = read(SHAPES / "french.txt")
    assert essay.get(T.XML_LANG) == "fr"
    paragraph = T.inline_text(T.findall(essay, "body/section/p")[0])
    assert "Le «\u202fquartier du port\u202f» est" in paragraph
    assert "lieux d’arrivée" in paragraph


def test_language_guess():
    assert guess_language("The state of the world and the future of it") == "en"
    assert guess_language("Die Geschichte der Stadt und das Leben mit den Menschen") == "de"
    assert guess_language("") == "en"
