"""Audit 17's header defect: a Spanish (and Portuguese) title page, a 'portada' of labelled
lines ('Curso:', 'Docente:', 'Estudiante:', 'Fecha:'), then the title, 'Resumen' and
'Palabras clave: …'.

Every essay is written here and every expectation by hand from the rules."""

from __future__ import annotations

import pytest

from essayconv import tree as T

from validators import authors, essay_of, headings, infos

PORTADA = ("Universidad de Santiago de Chile\nFacultad de Humanidades\n"
           "Curso: Políticas Educativas en América Latina (EDU-512)\n"
           "Docente: Dra. Carolina Fuentes Rojas\nEstudiante: Matías Andrés Soto Vergara\n"
           "Fecha: 15 de noviembre de 2023\n\n"
           "La Ley General de Educación y la equidad escolar en Chile\n\n")
BODY = ("Resumen\n\nEste ensayo examina los efectos de la ley sobre la equidad del sistema "
        "escolar chileno.\n\nPalabras clave: equidad educativa, segregación escolar, Chile\n\n"
        "Introducción\n\nLa ley marcó un punto de inflexión en la política educativa.\n\n"
        "Contexto de la reforma\n\nLa ley anterior fue objeto de intensas críticas.\n\n"
        "Conclusiones\n\nLa ley no logró por sí sola revertir la segregación.\n")


def title(essay) -> str:
    return T.find(essay, "meta/title").text


def levels(essay) -> list[str | None]:
    return [s.get("level") for s in T.findall(essay, "body/section")]


def test_a_spanish_portada_gives_title_author_and_facts(tmp_path):
    essay = essay_of(tmp_path, PORTADA + BODY)
    assert title(essay) == "La Ley General de Educación y la equidad escolar en Chile"
    assert authors(essay) == ["Matías Andrés Soto Vergara"]
    assert infos(essay) == [
        ("affiliation", "Universidad de Santiago de Chile"),
        ("affiliation", "Facultad de Humanidades"),
        ("course", "Curso: Políticas Educativas en América Latina (EDU-512)"),
        ("supervisor", "Docente: Dra. Carolina Fuentes Rojas"),
        ("date", "Fecha: 15 de noviembre de 2023"),
        ("keywords", "Palabras clave: equidad educativa, segregación escolar, Chile"),
    ]


def test_resumen_is_the_abstract_and_headings_stay_at_level_one(tmp_path):
    essay = essay_of(tmp_path, PORTADA + BODY)
    sections = T.findall(essay, "body/section")
    assert sections[0].get("role") == "abstract"
    assert headings(essay) == ["Resumen", "Introducción", "Contexto de la reforma",
                               "Conclusiones"]
    assert levels(essay) == [None, None, None, None]  # none pushed down to level 2


@pytest.mark.parametrize(("line", "name"), [
    ("Alumna: Matías Andrés Soto Vergara", "author"),
    ("Autor/a: Matías Andrés Soto Vergara", "author"),
    ("Profesora: Dra. Carolina Fuentes Rojas", "supervisor"),
    ("Tutor/a: Dra. Carolina Fuentes Rojas", "supervisor"),
    ("Directora: Dra. Carolina Fuentes Rojas", "supervisor"),
    ("Asignatura: Historia de Chile", "course"),
    ("Materia: Historia de Chile", "course"),
    ("Código: 2019-44871", "student-number"),
    ("Matrícula: 2019448710", "student-number"),
])
def test_each_spanish_label_is_read(tmp_path, line, name):
    text = ("Universidad de Chile\nEscuela de Historia\nCurso: Historia de Chile\n"
            f"{line}\nEstudiante: Ana Pérez\n\nLa reforma agraria chilena\n\n"
            "Introducción\n\nLa reforma agraria cambió el campo chileno.\n")
    text = text.replace("Curso: Historia de Chile\n", "") if name == "course" else text
    essay = essay_of(tmp_path, text)
    assert title(essay) == "La reforma agraria chilena"
    if name == "author":
        assert authors(essay) == ["Matías Andrés Soto Vergara", "Ana Pérez"]
    else:
        assert authors(essay) == ["Ana Pérez"]
        assert (name, line) in infos(essay)
    assert headings(essay) == ["Introducción"]


def test_a_portuguese_folha_de_rosto(tmp_path):
    essay = essay_of(tmp_path, "Universidade de São Paulo\nFaculdade de Educação\n"
                               "Disciplina: Políticas Educacionais\nProfessora: Dra. Ana Lima\n"
                               "Aluno: João Pedro Santos\nData: 10 de maio de 2023\n\n"
                               "A escola pública e a desigualdade no Brasil\n\nResumo\n\n"
                               "Este ensaio examina a escola pública brasileira.\n\n"
                               "Palavras-chave: escola, desigualdade\n\nIntrodução\n\n"
                               "A escola pública brasileira cresceu muito.\n")
    assert title(essay) == "A escola pública e a desigualdade no Brasil"
    assert authors(essay) == ["João Pedro Santos"]
    assert infos(essay) == [
        ("affiliation", "Universidade de São Paulo"),
        ("affiliation", "Faculdade de Educação"),
        ("course", "Disciplina: Políticas Educacionais"),
        ("supervisor", "Professora: Dra. Ana Lima"),
        ("date", "Data: 10 de maio de 2023"),
        ("keywords", "Palavras-chave: escola, desigualdade"),
    ]
    assert headings(essay) == ["Resumo", "Introdução"]
    assert T.findall(essay, "body/section")[0].get("role") == "abstract"


def test_an_english_cover_sheet_with_a_course_line_is_unchanged(tmp_path):
    """'Course:' is an English cover sheet's label: the English reading, not a title page's."""
    essay = essay_of(tmp_path, "Course: HIST 101\n\nThe Real Title\n\nAbstract\n\n"
                               "This essay looks at the harvest.\n\nKeywords: harvest, school\n\n"
                               "Introduction\n\nSchool holidays began as harvest breaks.\n\n"
                               "Context\n\nThe harvest needed children.\n\n"
                               "Aftermath\n\nThe breaks stayed.\n")
    assert title(essay) == "The Real Title"
    assert authors(essay) == []
    assert infos(essay) == [("course", "Course: HIST 101"),
                            ("keywords", "Keywords: harvest, school")]
    assert headings(essay) == ["Abstract", "Introduction", "Context", "Aftermath"]
    assert levels(essay) == [None, None, None, None]


UK_COVER = """University of Leeds
School of Education
Module: EDUC2001 Education and Society
Module tutor: Dr Helen Price
Student: Amira Hassan
Date: 12 March 2025

Inclusion and Its Limits in English Secondary Schools

Introduction

Inclusion has been a central aim of English education policy since the 1990s, and this essay
asks how far it has been achieved.
"""


def test_a_uk_cover_sheet_under_its_university_gives_title_author_and_facts(tmp_path):
    essay = essay_of(tmp_path, UK_COVER)
    assert title(essay) == "Inclusion and Its Limits in English Secondary Schools"
    assert authors(essay) == ["Amira Hassan"]
    assert infos(essay) == [("affiliation", "University of Leeds"),
                            ("affiliation", "School of Education"),
                            ("module", "Module: EDUC2001 Education and Society"),
                            ("module-tutor", "Module tutor: Dr Helen Price"),
                            ("date", "Date: 12 March 2025")]
    assert headings(essay) == ["Introduction"]


def test_a_title_naming_a_university_over_prose_stays_the_title(tmp_path):
    essay = essay_of(tmp_path, "University of Leeds Library and Its Readers, 1919–1939\n\n"
                     "The library opened its new reading room in 1936, and its readers changed "
                     "with it.\n\nA second paragraph follows here.\n")
    assert title(essay) == "University of Leeds Library and Its Readers, 1919–1939"
    assert infos(essay) == []
