"""Audit 10's reader defects: bylines in other languages and with degrees, abstract and
keywords labels in other languages, reference headings and bibliography subheadings in
other languages, and a Medium page's header and footer pasted whole.

Every expectation is written by hand from the input, never copied from the program's output."""

from __future__ import annotations

from pathlib import Path

import pytest

from essayconv import tree as T
from essayconv.pipeline import enrich, read
from essayconv.reader.bylines import byline_names, read_byline
from essayconv.writers import WriteOptions, get

PARAGRAPH = "The essay begins here, with a first paragraph that is long enough to be one."


def essay_of(tmp_path: Path, text: str):
    """The essay tree read from text written to a file."""
    path = tmp_path / "essay.txt"
    path.write_text(text, encoding="utf-8")
    return read(path)


def authors(essay) -> list[str]:
    return [T.find(a, "name").text for a in T.findall(essay, "meta/author")]


def infos(essay) -> list[tuple[str, str]]:
    return [(i.get("name"), i.text) for i in T.findall(essay, "meta/info")]


def headings(essay) -> list[str | None]:
    return [h.text if (h := T.find(s, "heading")) is not None else None
            for s in T.findall(essay, "body/section")]


def paragraphs(essay) -> list[str]:
    return [T.inline_text(p) for p in T.findall(essay, "body/section/p")]


def changes(essay, rule: str) -> list[tuple[int, str, str]]:
    return [(int(c.get("line")), c[0].text, c[1].text or "")
            for c in T.findall(essay, "changes/change") if c.get("rule") == rule]


# ---------------------------------------------------------------- 1. bylines

@pytest.mark.parametrize(("line", "label", "names"), [
    ("Por María Teresa Alcázar Ruiz", "Por ", ["María Teresa Alcázar Ruiz"]),
    ("por Lucas dos Santos", "por ", ["Lucas dos Santos"]),
    ("di Chiara Valsecchi", "di ", ["Chiara Valsecchi"]),
    ("Par Camille Lefèvre", "Par ", ["Camille Lefèvre"]),
    ("Von Anna Schmidt und Jonas Weber", "Von ", ["Anna Schmidt", "Jonas Weber"]),
    ("Door Pieter de Vries en Sanne Bakker", "Door ", ["Pieter de Vries", "Sanne Bakker"]),
    # a surname of its own, never a label: 'Di Chiara', 'Von Braun'
    ("Di Chiara Valsecchi", "", ["Di Chiara Valsecchi"]),
    ("Von Braun", "", ["Von Braun"]),
    # 'y' joins two names, and is a name's own in 'José Ortega y Gasset'
    ("María Pérez y Juan Gómez", "", ["María Pérez", "Juan Gómez"]),
    ("José Ortega y Gasset", "", ["José Ortega y Gasset"]),
    ("Chiara Valsecchi e Marco Rossi", "", ["Chiara Valsecchi", "Marco Rossi"]),
])
def test_a_bylines_label_in_another_language(line, label, names):
    assert read_byline(line)[:2] == (label, names)


@pytest.mark.parametrize(("line", "names"), [
    ("Por favor", []), ("di notte", []), ("Von Neumann's Legacy", []),
    ("Par Avion", ["Par Avion"]),  # two capitalised words: a name, its first word kept
])
def test_a_label_without_a_name_after_it_is_no_label(line, names):
    assert read_byline(line)[:2] == ("", names)


@pytest.mark.parametrize(("line", "names", "degrees"), [
    ("Aisha N. Okafor, MPH¹, Tomasz Wierzbicki, MD, PhD², and Lindiwe Mahlangu, RN, MSc¹",
     ["Aisha N. Okafor", "Tomasz Wierzbicki", "Lindiwe Mahlangu"],
     ["MPH", "MD", "PhD", "RN", "MSc"]),
    ("Jane Doe, M.D., and Al Roe, DrPH", ["Jane Doe", "Al Roe"], ["M.D.", "DrPH"]),
    ("Sarah Okoye BSc, FRCP", ["Sarah Okoye"], ["BSc", "FRCP"]),
    ("Lin Zhou RN and Jack Ma", ["Lin Zhou", "Jack Ma"], ["RN"]),  # 'Ma' is a surname
    ("Hannah Whitfield¹, Tomasz Kowalczyk²,³", ["Hannah Whitfield", "Tomasz Kowalczyk"], []),
])
def test_degrees_and_affiliation_marks_after_the_names(line, names, degrees):
    assert read_byline(line)[1:] == (names, degrees)


def test_a_degree_alone_is_no_name():
    assert byline_names("MD, PhD") == []
    assert byline_names("MPH, Jane Doe") == []


def test_a_spanish_byline_and_its_university(tmp_path):
    essay = essay_of(tmp_path, "La Junta de Comercio de Barcelona y la crisis de 1787\n\n"
                               "Por María Teresa Alcázar Ruiz\nUniversidad de Zaragoza\n\n"
                               "Introducción\n\nLa historiografía ha presentado la década de "
                               "1780 como un periodo de expansión del comercio.\n")
    assert authors(essay) == ["María Teresa Alcázar Ruiz"]
    assert infos(essay) == [("affiliation", "Universidad de Zaragoza")]
    assert headings(essay) == ["Introducción"]
    assert changes(essay, "byline-label") == [
        (3, "Por María Teresa Alcázar Ruiz", "María Teresa Alcázar Ruiz")]


def test_an_italian_byline_and_its_university(tmp_path):
    essay = essay_of(tmp_path, "Leggere Manzoni nella Milano postunitaria\n\n"
                               "di Chiara Valsecchi\nUniversità degli Studi di Pavia\n\n"
                               "Premessa\n\nNegli anni successivi all’Unità il romanzo divenne "
                               "un’istituzione della scuola e della nazione.\n")
    assert authors(essay) == ["Chiara Valsecchi"]
    assert infos(essay) == [("affiliation", "Università degli Studi di Pavia")]
    assert headings(essay) == ["Premessa"]


def test_a_vancouver_byline_with_degrees_and_numbered_affiliations(tmp_path):
    first = "¹ School of Public Health, University of the Western Cape, Bellville, South Africa"
    second = "² Department of Internal Medicine, Medical University of Gdańsk, Poland"
    byline = ("Aisha N. Okafor, MPH¹, Tomasz Wierzbicki, MD, PhD², and Lindiwe Mahlangu, RN, "
              "MSc¹")
    essay = essay_of(tmp_path, "Community health workers and hypertension control: a "
                               f"narrative review\n\n{byline}\n{first}\n{second}\n\n"
                               f"Introduction\n\n{PARAGRAPH}\n")
    assert authors(essay) == ["Aisha N. Okafor", "Tomasz Wierzbicki", "Lindiwe Mahlangu"]
    assert infos(essay) == [("affiliation", first), ("affiliation", second)]
    assert headings(essay) == ["Introduction"]
    assert paragraphs(essay) == [PARAGRAPH]
    assert changes(essay, "byline-label") == [
        (3, byline, "Aisha N. Okafor, Tomasz Wierzbicki, Lindiwe Mahlangu")]


def test_the_degrees_bylines_authors_are_jats_contribs(tmp_path):
    essay = essay_of(tmp_path, "Community health workers\n\nAisha N. Okafor, MPH¹, and Tomasz "
                               "Wierzbicki, MD, PhD²\n\n" f"Introduction\n\n{PARAGRAPH}\n")
    jats = get("jats").write(enrich(essay, WriteOptions()), WriteOptions())
    text = jats if isinstance(jats, str) else jats.decode("utf-8")
    assert text.count('<contrib contrib-type="author">') == 2
    assert "<surname>Okafor</surname>" in text and "<given-names>Aisha N.</given-names>" in text
    assert "<surname>Wierzbicki</surname>" in text
    assert "MPH" not in text and "PhD" not in text
