"""Review 15: the reader's rules merged for audit 15 kept to what they are for. Dot-leader
lines with no label are a table of contents only at the top and only when they repeat the
essay's headings; a line of hashtags between paragraphs, and a lone 'Partager' over its
section's text, are the essay's; a long '### heading' with commas is a heading. Every
expectation is written by hand from the input."""

from __future__ import annotations

from pathlib import Path

from essayconv import tree as T
from essayconv.pipeline import read
from essayconv.reader.lines import lone_button


def essay_of(tmp_path: Path, text: str):
    path = tmp_path / "essay.txt"
    path.write_text(text, encoding="utf-8")
    return read(path)


def dropped(essay, rule: str) -> list[str]:
    return [c[0].text for c in T.findall(essay, "changes/change") if c.get("rule") == rule]


def body_texts(essay) -> list[str]:
    return [T.inline_text(node) for node in T.findall(essay, "body/section/*")]


def headings(essay) -> list[str]:
    return [T.inline_text(h) for h in T.findall(essay, "body/section/heading")]


# ---------------------------------------------------------------- item 2: dot leaders
MEDALS = """Medal Counts and National Pride

Jane Doe

Introduction

The final medal table of the 2012 Games shows how concentrated success is (Smith, 2019):

1. United States ........ 104
2. China ........ 88
3. Great Britain ........ 65
4. Russia ........ 68

Discussion

The top three countries won a third of all medals.

References

Smith, B. (2019). Sport and nation. Sage.
"""


def test_a_medal_table_with_dot_leaders_in_the_body_stays(tmp_path):
    essay = essay_of(tmp_path, MEDALS)
    assert dropped(essay, "drop-page-furniture") == []
    text = " ".join(body_texts(essay))
    for row in ("United States ........ 104", "China ........ 88", "Great Britain ........ 65",
                "Russia ........ 68"):
        assert row in text


def test_leader_lines_at_the_top_that_name_no_heading_stay(tmp_path):
    text = ("Prices in Vienna\n\nJane Doe\n\nCoffee ........ 3\nTea ........ 2\n"
            "Cake ........ 4\n\nIntroduction\n\n"
            "The prices above come from one café in the first district, in 2023 (Lim, 2020).\n")
    essay = essay_of(tmp_path, text)
    assert dropped(essay, "drop-page-furniture") == []


UNLABELLED_TOC = """Die Trümmerfrauen im kollektiven Gedächtnis

Lena Hoffmann

1. Einleitung ........................ 3
2. Fazit ........................... 9
Literaturverzeichnis ............... 10

1. Einleitung

Kaum ein Bild der Nachkriegszeit ist so bekannt wie das der Trümmerfrau (Treber, 2014).

2. Fazit

Die Trümmerfrau ist eine Erinnerungsfigur, kein Bild der Wirklichkeit.

Literaturverzeichnis

Treber, Leonie (2014): Mythos Trümmerfrauen. Essen: Klartext.
"""


def test_an_unlabelled_table_of_contents_repeating_the_headings_is_dropped(tmp_path):
    essay = essay_of(tmp_path, UNLABELLED_TOC)
    assert dropped(essay, "drop-page-furniture") == [
        "1. Einleitung ........................ 3", "2. Fazit ........................... 9",
        "Literaturverzeichnis ............... 10"]
    assert headings(essay) == ["1. Einleitung", "2. Fazit"]


def test_headings_without_their_numbers_are_matched(tmp_path):
    text = UNLABELLED_TOC.replace("\n1. Einleitung\n\nKaum", "\nEinleitung\n\nKaum").replace(
        "\n2. Fazit\n\nDie", "\nFazit\n\nDie")
    essay = essay_of(tmp_path, text)
    assert len(dropped(essay, "drop-page-furniture")) == 3
    assert headings(essay) == ["Einleitung", "Fazit"]


def test_the_same_lines_after_a_paragraph_stay(tmp_path):
    text = UNLABELLED_TOC.replace(
        "Lena Hoffmann\n\n",
        "Lena Hoffmann\n\nDiese Arbeit fragt, wie ein Bild der Nachkriegszeit entstand.\n\n", 1)
    essay = essay_of(tmp_path, text)
    assert dropped(essay, "drop-page-furniture") == []


# ---------------------------------------------------------------- item 3: hashtags
HASHTAGS = """Online Activism and the Law

Jane Doe

Introduction

Online campaigns changed how harassment is reported (Smith, 2019).

#MeToo began in 2017 as a hashtag on Twitter and soon spread to other platforms (Smith, 2019).

#MeToo #TimesUp #BlackLivesMatter

The three hashtags above were the most used in our sample.

References

Smith, B. (2019). Hashtag activism. MIT Press.
"""


def test_a_hashtag_line_between_paragraphs_stays(tmp_path):
    essay = essay_of(tmp_path, HASHTAGS)
    assert dropped(essay, "drop-web-junk") == []
    texts = body_texts(essay)
    index = texts.index("#MeToo #TimesUp #BlackLivesMatter")
    assert texts[index + 1] == "The three hashtags above were the most used in our sample."


def test_a_hashtag_line_after_the_last_paragraph_is_dropped(tmp_path):
    text = HASHTAGS.replace("#MeToo #TimesUp #BlackLivesMatter\n\n", "").replace(
        "in our sample.\n", "in our sample.\n\n#Activism #Law #SocialMedia\n")
    essay = essay_of(tmp_path, text)
    assert dropped(essay, "drop-web-junk") == ["#Activism #Law #SocialMedia"]


def test_a_hashtag_line_after_the_references_is_dropped(tmp_path):
    essay = essay_of(tmp_path, HASHTAGS.replace("#MeToo #TimesUp #BlackLivesMatter\n\n", "")
                     + "\n#Activism #Law\n")
    assert dropped(essay, "drop-web-junk") == ["#Activism #Law"]
    assert [item.text for item in T.findall(essay, "sources/item")] == [
        "Smith, B. (2019). Hashtag activism. MIT Press."]


def test_a_hashtag_line_beside_a_share_button_mid_body_is_dropped(tmp_path):
    text = HASHTAGS.replace("#MeToo #TimesUp #BlackLivesMatter\n",
                            "#MeToo #TimesUp #BlackLivesMatter\nShare on Facebook\n")
    essay = essay_of(tmp_path, text)
    assert dropped(essay, "drop-web-junk") == ["#MeToo #TimesUp #BlackLivesMatter",
                                               "Share on Facebook"]


# ---------------------------------------------------------------- item 4: a lone button word
PARTAGER = """Partager le pouvoir : la cohabitation en France

Camille Durand

Introduction

La cohabitation oblige le président et le Premier ministre à partager le pouvoir (Duhamel, 2011).

Partager

Partager le pouvoir n'est jamais simple.

Bibliographie

DUHAMEL, Olivier, Droit constitutionnel, Paris, Seuil, 2011.
"""


def test_lone_button_words():
    assert lone_button("Partager") and lone_button("Teilen") and lone_button("Condividi")
    assert not lone_button("Partager le pouvoir") and not lone_button("Share on Facebook")
    assert not lone_button("Lire la suite")  # a button of three words is no heading


def test_a_lone_partager_over_its_section_is_a_heading(tmp_path):
    essay = essay_of(tmp_path, PARTAGER)
    assert dropped(essay, "drop-web-junk") == []
    assert headings(essay) == ["Introduction", "Partager"]


def test_a_partager_beside_other_buttons_is_dropped(tmp_path):
    text = PARTAGER.replace("Partager\n\nPartager le", "Partager\nImprimer\n\nPartager le")
    essay = essay_of(tmp_path, text)
    assert dropped(essay, "drop-web-junk") == ["Partager", "Imprimer"]
    assert headings(essay) == ["Introduction"]


def test_a_partager_above_the_first_paragraph_is_dropped(tmp_path):
    text = PARTAGER.replace("Camille Durand\n\n", "Camille Durand\n\nPartager\n\n")
    essay = essay_of(tmp_path, text)
    assert dropped(essay, "drop-web-junk") == ["Partager"]


# ---------------------------------------------------------------- item 11: Markdown headings
def test_a_long_markdown_heading_with_commas_is_a_heading(tmp_path):
    line = "### a colon in a time, a verse, a web address or before a lower-case word stays"
    text = ("A Title\n\nThe essay begins here, with a first paragraph that is long enough to "
            f"be one.\n\n{line}\n\nThe time 10:30 keeps its colon.\n")
    essay = essay_of(tmp_path, text)
    assert headings(essay) == [
        "a colon in a time, a verse, a web address or before a lower-case word stays"]


def test_every_heading_of_the_repairs_fixture_loses_its_hashes(tmp_path):
    fixture = Path(__file__).parent / "fixtures" / "repairs.txt"
    hashed = [line for line in fixture.read_text(encoding="utf-8").splitlines()
              if line.startswith("### ")]
    essay = read(fixture)
    assert dropped(essay, "markdown-heading") == hashed
