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


# ---------------------------------------------------------------- 2. abstract and keywords labels

@pytest.mark.parametrize(("lead", "label"), [
    ("Resumen: Este artículo examina la crisis.", "Resumen"),
    ("Riassunto: Il saggio esamina la ricezione.", "Riassunto"),
    ("Resumo: Este artigo examina a crise.", "Resumo"),
    ("Samenvatting: Dit artikel onderzoekt de crisis.", "Samenvatting"),
    ("Zusammenfassung: Der Aufsatz untersucht die Krise.", "Zusammenfassung"),
    ("Résumé : Cet article examine la crise.", "Résumé"),
])
def test_an_abstract_label_in_another_language(tmp_path, lead, label):
    essay = essay_of(tmp_path, f"A Title\nJane Doe\n\n{lead}\n\nIntroduction\n\n{PARAGRAPH}\n")
    abstract = T.findall(essay, "body/section")[0]
    assert abstract.get("role") == "abstract"
    assert T.find(abstract, "heading").text == label
    assert paragraphs(essay)[0] == lead.split(":", 1)[1].strip()
    assert [before for _, before, _ in changes(essay, "abstract-label")] == [lead]


@pytest.mark.parametrize("keywords", [
    "Palabras clave: Junta de Comercio, crédito, Cataluña",
    "Parole chiave: Manzoni, scuola, lettura",
    "Palavras-chave: comércio, crédito",
    "Schlüsselwörter: Handel, Kredit",
    "Mots-clés : commerce, crédit",
    "Trefwoorden: handel, krediet",
])
def test_a_keywords_line_in_another_language_closes_the_abstract(tmp_path, keywords):
    essay = essay_of(tmp_path, "A Title\nJane Doe\n\nResumen: Este artículo examina la crisis "
                               f"crediticia de 1787.\n\n{keywords}\n\nIntroducción\n\n"
                               f"{PARAGRAPH}\n")
    assert ("keywords", keywords) in infos(essay)
    assert headings(essay) == ["Resumen", "Introducción"]


def test_foreign_keywords_are_jats_kwds_without_their_label(tmp_path):
    essay = essay_of(tmp_path, "A Title\nJane Doe\n\nResumen: Este artículo examina la crisis "
                               "crediticia de 1787.\n\nPalabras clave: crédito, Cataluña\n\n"
                               f"Introducción\n\n{PARAGRAPH}\n")
    jats = get("jats").write(enrich(essay, WriteOptions()), WriteOptions())
    text = jats if isinstance(jats, str) else jats.decode("utf-8")
    assert "<kwd>crédito</kwd>" in text and "<kwd>Cataluña</kwd>" in text
    assert "Palabras clave" not in text.split("<kwd-group")[1].split("</kwd-group>")[0]


def test_a_summary_sentence_is_no_abstract(tmp_path):
    line = "Summary: the committee met twice and agreed on nothing at all."
    essay = essay_of(tmp_path, f"A Title\n\n{line}\n\n{PARAGRAPH}\n")
    assert T.find(essay, "body/section[@role='abstract']") is None
    assert paragraphs(essay)[0] == line


# ---------------------------------------------------------------- 3. reference headings

NOTES = ("[1] G. Bellandi, Il romanzo e la nazione, Torino, Einaudi, 1987, pp. 45-52.\n"
         "[2] Ivi, p. 48.\n")


def test_the_italian_note_heading_opens_the_notes(tmp_path):
    essay = essay_of(tmp_path, "Titolo di prova\n\ndi Chiara Valsecchi\n\nPremessa\n\n"
                               "Il romanzo divenne un testo scolastico.[1] Fu letto nelle "
                               f"scuole.[2]\n\nNote\n\n{NOTES}")
    notes = T.find(essay, "notes")
    assert notes.get("heading") == "Note"
    assert [n.get("n") for n in T.findall(notes, "note")] == ["1", "2"]
    assert headings(essay) == ["Premessa"]


@pytest.mark.parametrize("under", [
    "Note that the survey covered only two regions, both of them rural.",
    "The figures below are rounded to the nearest thousand, as the ministry gave them.",
    "2 The second table gives the same figures by region.",
])
def test_note_over_anything_but_the_first_note_stays_the_essays(tmp_path, under):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\nNote\n\n{under}\n\n{PARAGRAPH}\n")
    assert T.find(essay, "notes") is None
    assert "Note" in headings(essay) + paragraphs(essay)
    assert under in paragraphs(essay) + headings(essay)


@pytest.mark.parametrize("heading", [
    "Bibliografia", "Riferimenti bibliografici", "Notas", "Referencias", "Referências",
    "Referências bibliográficas", "Noten", "Literatuur", "Obras citadas", "Fonti",
    "Bibliografie", "Endnoten",
])
def test_reference_headings_in_other_languages(tmp_path, heading):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\n{heading}\n\n{NOTES}")
    assert T.find(essay, "notes").get("heading") == heading
    assert headings(essay) == [None]


# ---------------------------------------------------------------- 4. bibliography subheadings

SPANISH = ("Ortells, Francisco de Paula, Memoria sobre el estado del comercio de Cataluña, "
           "Barcelona, Fundación Noguera, 1999.")
GERMAN = "Feldman, Gerald D., Die Große Inflation, Berlin, de Gruyter, 1993."


@pytest.mark.parametrize(("heading", "first", "second"), [
    ("Bibliografía", "Fuentes primarias", "Fuentes secundarias"),
    ("Bibliography", "Primary Sources", "Secondary Sources"),
    ("Bibliography", "Archival sources", "Printed sources"),
    ("Bibliographie", "Sources primaires", "Sources secondaires"),
    ("Bibliografia", "Fonti primarie", "Studi"),
    ("Literaturverzeichnis", "Quellen", "Literatur"),
    ("Literaturverzeichnis", "Gedruckte Quellen", "Sekundärliteratur"),
    ("Referências", "Fontes primárias", "Fontes secundárias"),
    ("Literatuur", "Primaire bronnen", "Secundaire literatuur"),
])
def test_subheadings_inside_a_bibliography_in_other_languages(tmp_path, heading, first,
                                                              second):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\n{heading}\n\n{first}\n\n{SPANISH}\n\n"
                               f"{second}\n\n{GERMAN}\n")
    assert T.find(essay, "sources").get("heading") == heading
    assert [item.text for item in T.findall(essay, "sources/item")] == [SPANISH, GERMAN]
    assert changes(essay, "bibliography-subheadings") == [(7, first, ""), (11, second, "")]


def test_sources_after_numbered_notes_is_the_bibliography(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}[1]\n\nNotes\n\n"
                               f"1. Feldman, Die Große Inflation, p. 4.\n\nSources\n\n{GERMAN}\n")
    assert T.find(essay, "notes").get("heading") == "Notes"
    assert T.find(essay, "sources").get("heading") == "Sources"
    assert [item.text for item in T.findall(essay, "sources/item")] == [GERMAN]
    assert changes(essay, "bibliography-subheadings") == []
