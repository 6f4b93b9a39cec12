"""Audit 15's header and page-furniture defects: German, French and Italian title pages, a
pasted table of contents, worded page numbers, an APA paper's Word page numbers and an arXiv
paper's header as pdftotext gives it.

Every essay is written here and every expectation by hand from the rules."""

from __future__ import annotations

import pytest

from essayconv import tree as T
from essayconv.reader.pagenumbers import worded_page
from essayconv.reader.titlepage import title_page

from validators import authors, essay_of, headings, infos


def title(essay) -> str:
    return T.find(essay, "meta/title").text


def first_block(essay) -> str:
    """The text of the body's first heading or paragraph."""
    node = T.find(essay, "body/section")[0]
    return "".join(node.itertext())


def dropped(essay, rule: str) -> list[str]:
    return [c[0].text for c in T.findall(essay, "changes/change") if c.get("rule") == rule]


def links(essay) -> list[tuple[str, list[str]]]:
    by_id = {i.get("id"): i.text for i in T.findall(essay, "meta/info") if i.get("id")}
    return [(T.find(a, "name").text, [by_id[i] for i in (a.get("aff") or "").split()])
            for a in T.findall(essay, "meta/author")]


def body_texts(essay) -> list[str]:
    return ["".join(p.itertext()) for p in T.findall(essay, "body/section/p")]


# ---------------------------------------------------------------- a2. title pages
GERMAN = """Ruprecht-Karls-Universität Heidelberg
Historisches Seminar
Hauptseminar: Erinnerungskultur in der Bundesrepublik
Dozent: Prof. Dr. Martin Berger

Die Trümmerfrauen im kollektiven Gedächtnis

Hausarbeit
vorgelegt von Lena Hoffmann
Matrikelnummer: 3456789
Geschichte (B.A.), 5. Fachsemester
Datum: 15. März 2023

1. Einleitung

Kaum ein Bild der Nachkriegszeit ist so bekannt wie das der Trümmerfrau (Treber, 2014).

Literaturverzeichnis

Treber, Leonie (2014): Mythos Trümmerfrauen. Essen: Klartext.
"""


def test_a_german_title_page_gives_title_author_and_facts(tmp_path):
    essay = essay_of(tmp_path, GERMAN)
    assert title(essay) == "Die Trümmerfrauen im kollektiven Gedächtnis"
    assert authors(essay) == ["Lena Hoffmann"]
    assert infos(essay) == [
        ("affiliation", "Ruprecht-Karls-Universität Heidelberg"),
        ("affiliation", "Historisches Seminar"),
        ("course", "Hauptseminar: Erinnerungskultur in der Bundesrepublik"),
        ("supervisor", "Dozent: Prof. Dr. Martin Berger"),
        ("genre", "Hausarbeit"),
        ("student-number", "Matrikelnummer: 3456789"),
        ("programme", "Geschichte (B.A.), 5. Fachsemester"),
        ("date", "Datum: 15. März 2023"),
    ]
    assert headings(essay) == ["1. Einleitung"]
    assert dropped(essay, "byline-label") == ["vorgelegt von Lena Hoffmann"]


def test_a_french_title_page_splits_the_genre_from_the_author(tmp_path):
    essay = essay_of(tmp_path, """Université Paris 1 Panthéon-Sorbonne
UFR d'Histoire
Master 2 Histoire des sociétés occidentales contemporaines

La presse de province face à la censure sous le Second Empire

Mémoire de master présenté par Camille Durand
Sous la direction de M. Jean-Pierre Lefèvre
Année universitaire 2021-2022

Introduction

La politique impériale à l'égard des journaux fut longtemps décrite (Feyel, 2007).

Bibliographie

FEYEL, Gilles, La presse en France des origines à 1944, Paris, Ellipses, 2007.
""")
    assert title(essay) == "La presse de province face à la censure sous le Second Empire"
    assert authors(essay) == ["Camille Durand"]
    assert infos(essay) == [
        ("affiliation", "Université Paris 1 Panthéon-Sorbonne"),
        ("affiliation", "UFR d’Histoire"),  # the typographic apostrophe of the repairs
        ("programme", "Master 2 Histoire des sociétés occidentales contemporaines"),
        ("genre", "Mémoire de master"),
        ("supervisor", "Sous la direction de M. Jean-Pierre Lefèvre"),
        ("term", "Année universitaire 2021-2022"),
    ]
    assert first_block(essay) == "Introduction"


def test_an_italian_title_page_with_a_two_line_title(tmp_path):
    essay = essay_of(tmp_path, """UNIVERSITÀ DEGLI STUDI DI BOLOGNA
Corso di Laurea in Lettere

Il paesaggio urbano nella narrativa di Italo Calvino
Da Marcovaldo alle Città invisibili

Tesina di Letteratura italiana contemporanea
Relatore: Prof.ssa Giulia Rinaldi
Studente: Marco Bianchi
Matricola: 0000912345

Introduzione

La città è, per Calvino, il luogo in cui si misura il mondo (Belpoliti, 1996).

Bibliografia

Belpoliti M., L'occhio di Calvino, Einaudi, Torino 1996.
""")
    assert title(essay) == ("Il paesaggio urbano nella narrativa di Italo Calvino: "
                            "Da Marcovaldo alle Città invisibili")
    assert authors(essay) == ["Marco Bianchi"]
    assert infos(essay) == [
        ("affiliation", "UNIVERSITÀ DEGLI STUDI DI BOLOGNA"),
        ("course", "Corso di Laurea in Lettere"),
        ("genre", "Tesina di Letteratura italiana contemporanea"),
        ("supervisor", "Relatore: Prof.ssa Giulia Rinaldi"),
        ("student-number", "Matricola: 0000912345"),
    ]
    assert headings(essay) == ["Introduzione"]


def test_an_english_cover_sheet_is_no_foreign_title_page():
    """An English cover sheet's labels alone mark no German, French or Italian page: the
    English reader keeps it ('Tutor:' stays the 'tutor' fact there)."""
    lines = list(enumerate(["University of Leeds", "Tutor: Dr Ruth Okafor", "",
                            "Why Exams Fail", "", "Name: Jane Doe", "Date: 3 May 2024", "",
                            "Introduction"], start=1))
    assert title_page([line for line in lines if line[1]]) is None


def test_a_german_essay_without_a_title_page_keeps_its_byline(tmp_path):
    essay = essay_of(tmp_path, "Die Trümmerfrauen im Gedächtnis\n\nVon Lena Hoffmann\n\n"
                               "Einleitung\n\nKaum ein Bild der Nachkriegszeit ist so bekannt "
                               "wie das der Trümmerfrau, und doch ist es ein Mythos.\n")
    assert title(essay) == "Die Trümmerfrauen im Gedächtnis"
    assert authors(essay) == ["Lena Hoffmann"]
    assert headings(essay) == ["Einleitung"]


# ---------------------------------------------------------------- a9. table of contents
TOC_BODY = """1. Einleitung

Kaum ein Bild der Nachkriegszeit ist so bekannt wie das der Trümmerfrau (Treber, 2014).

2. Fazit

Die Trümmerfrau ist eine Erinnerungsfigur, kein Bild der Wirklichkeit.

Literaturverzeichnis

Treber, Leonie (2014): Mythos Trümmerfrauen. Essen: Klartext.
"""


@pytest.mark.parametrize("label", ["Inhaltsverzeichnis", "Table des matières", "Indice",
                                   "Sommario", "Table of Contents", "Contents"])
def test_a_pasted_table_of_contents_is_dropped(tmp_path, label):
    essay = essay_of(tmp_path, f"Die Trümmerfrauen im kollektiven Gedächtnis\n\nLena Hoffmann"
                               f"\n\n{label}\n1. Einleitung ........................ 3\n"
                               "2. Fazit ........................... 9\n"
                               "Literaturverzeichnis ............... 10\n\n" + TOC_BODY)
    assert headings(essay) == ["1. Einleitung", "2. Fazit"]
    assert dropped(essay, "drop-page-furniture") == [
        label, "1. Einleitung ........................ 3",
        "2. Fazit ........................... 9", "Literaturverzeichnis ............... 10"]


def test_a_table_of_contents_without_leaders_needs_the_headings_repeated(tmp_path):
    essay = essay_of(tmp_path, "Die Trümmerfrauen im kollektiven Gedächtnis\n\nLena Hoffmann"
                               "\n\nInhalt\n1. Einleitung 3\n2. Fazit 9\n\n" + TOC_BODY)
    assert headings(essay) == ["1. Einleitung", "2. Fazit"]
    assert dropped(essay, "drop-page-furniture") == ["Inhalt", "1. Einleitung 3", "2. Fazit 9"]


def test_a_table_with_spaced_columns_is_no_table_of_contents(tmp_path):
    rows = "Ort   Anzahl   12\nKöln   Anzahl   14\nBonn   Anzahl   9\n"
    essay = essay_of(tmp_path, "Trümmer in Zahlen\n\nLena Hoffmann\n\nEinleitung\n\n"
                               "Die Zahlen zeigen, wie viele Frauen tatsächlich arbeiteten.\n\n"
                               + rows + "\nDas ist wenig, verglichen mit den Männern.\n")
    assert dropped(essay, "drop-page-furniture") == []


# ---------------------------------------------------------------- a11. page lines
@pytest.mark.parametrize("line", ["Seite 5", "Seite 5 von 12", "- 12 -", "– 3 –", "Pagina 7 di 10",
                                  "Página 3 de 9", "Page 5", "Page 2 sur 8", "p. 5 / 12",
                                  "arXiv:2401.01234v2 [cs.CL] 5 Jan 2024"])
def test_worded_page_lines(line):
    assert worded_page(line)


@pytest.mark.parametrize("line", ["S. 5", "12", "1984", "Seite an Seite", "p. 5",
                                  "Part 2", "- Item one"])
def test_no_worded_page_line(line):
    assert not worded_page(line)


def test_worded_page_numbers_are_dropped_anywhere_in_the_body(tmp_path):
    essay = essay_of(tmp_path, """La presse de province sous le Second Empire

Camille Durand

Introduction

La politique impériale à l'égard des journaux fut longtemps décrite comme répression.

- 12 -

Le cadre législatif

Le décret organique du 17 février 1852 instaure le régime de l'autorisation préalable.

Seite 5

Les rédacteurs apprirent rapidement à écrire entre les lignes.

Pagina 7 di 10

Conclusion

La presse de province ne fut ni entièrement muselée ni réellement libre.
""")
    assert headings(essay) == ["Introduction", "Le cadre législatif", "Conclusion"]
    assert dropped(essay, "drop-page-furniture") == ["- 12 -", "Seite 5", "Pagina 7 di 10"]
    assert "Les rédacteurs apprirent rapidement à écrire entre les lignes." in body_texts(essay)


# ---------------------------------------------------------------- b2. APA page numbers
APA_PAGE = """Sleep Duration and Academic Performance

Maya R. Thompson

Department of Psychology, University of Northern Colorado

PSY 310: Research Methods in Psychology

Dr. Karen L. Ostrowski

October 14, 2024

2

Sleep Duration and Academic Performance

Many first-year students accumulate a sleep debt (Walker, 2017). This paper asks why.

3

Discussion

Shorter sleep goes with lower grades (Walker, 2017).

References

Walker, M. (2017). Why we sleep: Unlocking the power of sleep and dreams. Scribner.
"""
APA_FACTS = [("affiliation", "Department of Psychology, University of Northern Colorado"),
             ("course", "PSY 310: Research Methods in Psychology"),
             ("instructor", "Dr. Karen L. Ostrowski"), ("date", "October 14, 2024")]


def test_word_page_number_over_an_apa_title_page(tmp_path):
    essay = essay_of(tmp_path, "1\n\n" + APA_PAGE)
    assert title(essay) == "Sleep Duration and Academic Performance"
    assert authors(essay) == ["Maya R. Thompson"]
    assert infos(essay) == APA_FACTS
    assert headings(essay) == ["Sleep Duration and Academic Performance", "Discussion"]
    assert dropped(essay, "drop-page-furniture") == ["1", "2", "3"]


def test_apa_page_numbers_without_the_first_count_through_the_repeated_title(tmp_path):
    essay = essay_of(tmp_path, APA_PAGE)
    assert title(essay) == "Sleep Duration and Academic Performance"
    assert infos(essay) == APA_FACTS
    assert headings(essay) == ["Sleep Duration and Academic Performance", "Discussion"]
    assert dropped(essay, "drop-page-furniture") == ["2", "3"]


def test_bare_point_numbers_with_no_page_evidence_stay(tmp_path):
    essay = essay_of(tmp_path, "Two Harbours\nLiam Costa\n\nDiscussion\n\nThe first point is "
                               "about place, and the harbour is deep.\n\n2\n\nThe second point "
                               "is about time.\n\n3\n\nThe third point is about memory.\n")
    assert dropped(essay, "drop-page-furniture") == []


# ---------------------------------------------------------------- b9. arXiv header
ARXIV = """Scaling Behaviour of Small Language Models on
Low-Resource Machine Translation
Anna Kowalska1 , Rahul Mehta2 , and Jonas Berg1
1
Department of Computer Science, University of Helsinki
2
Indian Institute of Technology Bombay
{anna.kowalska,jonas.berg}@helsinki.fi, rmehta@cse.iitb.ac.in

arXiv:2401.01234v2 [cs.CL] 5 Jan 2024

Abstract
We study how translation quality scales with model size for small language models.

1 Introduction
Neural machine translation has improved dramatically since the introduction of the Transformer.

arXiv:2401.01234v2 [cs.CL] 5 Jan 2024

2 Conclusion
Scaling model size alone yields diminishing returns for low-resource translation.
"""


def test_an_arxiv_header_links_marks_alone_on_their_lines(tmp_path):
    essay = essay_of(tmp_path, ARXIV)
    assert title(essay) == ("Scaling Behaviour of Small Language Models on Low-Resource "
                            "Machine Translation")
    helsinki = "Department of Computer Science, University of Helsinki"
    bombay = "Indian Institute of Technology Bombay"
    assert links(essay) == [("Anna Kowalska", [helsinki]), ("Rahul Mehta", [bombay]),
                            ("Jonas Berg", [helsinki])]
    assert ("email", "{anna.kowalska,jonas.berg}@helsinki.fi, rmehta@cse.iitb.ac.in") \
        in infos(essay)
    labels = [i.get("label") for i in T.findall(essay, "meta/info[@name='affiliation']")]
    assert labels == ["1", "2"]
    assert headings(essay)[:2] == ["Abstract", "1 Introduction"]
    assert dropped(essay, "drop-page-furniture") == ["arXiv:2401.01234v2 [cs.CL] 5 Jan 2024"] * 2
    assert not any(text.strip() in ("1", "2") for text in body_texts(essay))


def test_a_lone_figure_with_no_mark_in_the_byline_is_not_joined(tmp_path):
    essay = essay_of(tmp_path, "A Title of Some Length\nAnna Kowalska\n\n1\nDepartment of "
                               "History\n\nThe first paragraph goes on for a while here.\n")
    assert dropped(essay, "join-wrapped-lines") == []
