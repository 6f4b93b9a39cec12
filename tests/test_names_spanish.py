"""Spanish names and roles: a catalogue's 'A [et al.]; B (compilador)', two surnames written
forename first, 'Apellido Apellido, Nombre, Título, Lugar, Editorial, año.', and names
written forename first ('E.R. Montero') linking to their inverted form. Expectations written
by hand."""

from __future__ import annotations

from typing import Any

import pytest

from essayconv.references import parse_reference
from essayconv.references.linking import link_citations
from essayconv.references.matching import surnames_moved
from essayconv.references.names import parse_names
from essayconv.references.notes import parse_note

CATALOGUE = ("8026. Ecuador indígena: sincretismo e identidad en las culturas nativas de la "
             "sierra norte, Carlos Alberto Coba Andrade [et al.]; Hernán Jaramillo Cisneros "
             "(compilador), 1ª ed. Quito: Ediciones Abya-Yala, 1991. 217 p.")


def test_catalogue_authors_then_marked_editor() -> None:
    item = parse_reference(CATALOGUE)
    assert item["author"] == [{"family": "Coba Andrade", "given": "Carlos Alberto"},
                              {"literal": "others"}]
    assert item["editor"] == [{"family": "Jaramillo Cisneros", "given": "Hernán"}]
    assert item["publisher"] == "Ediciones Abya-Yala"


@pytest.mark.parametrize("role", ["(compilador)", "(comp.)", "(coord.)", "(compiladora)"])
def test_only_the_marked_name_is_editor(role: str) -> None:
    item = parse_reference("Historia de la ciudad, Ana María López Vidal; Jorge Ruiz Soto "
                           f"{role}, Quito: Ediciones Abya-Yala, 1995.")
    assert item["author"] == [{"family": "López Vidal", "given": "Ana María"}]
    assert item["editor"] == [{"family": "Ruiz Soto", "given": "Jorge"}]


def test_singular_ed_marks_only_its_name() -> None:
    item = parse_reference("Clark, Mary Anne; Wood, John (ed.) (1995) The Later Letters. "
                           "London: Verso.")
    assert item["author"] == [{"family": "Clark", "given": "Mary Anne"}]
    assert item["editor"] == [{"family": "Wood", "given": "John"}]


def test_plural_role_names_everyone_before_it() -> None:
    item = parse_reference("Smith, J.; Jones, K. (eds.) (2001) A Book. London: Verso.")
    assert "author" not in item
    assert [n["family"] for n in item["editor"]] == ["Smith", "Jones"]


@pytest.mark.parametrize(("text", "surnames", "expected"), [
    ("Carlos Alberto Coba Andrade", 2, {"family": "Coba Andrade", "given": "Carlos Alberto"}),
    ("Hernán Jaramillo Cisneros", 2, {"family": "Jaramillo Cisneros", "given": "Hernán"}),
    ("J.L. Pérez Gómez", 2, {"family": "Pérez Gómez", "given": "J.L."}),
    ("María de la Fuente", 2, {"family": "de la Fuente", "given": "María"}),
    ("José Ortega y Gasset", 2, {"family": "Ortega y Gasset", "given": "José"}),
    ("John Henry Newman", 1, {"family": "Newman", "given": "John Henry"}),
    ("J. Robert Oppenheimer", 1, {"family": "Oppenheimer", "given": "J. Robert"}),
])
def test_two_surnames_forename_first(text: str, surnames: int, expected: dict[str, str]
                                     ) -> None:
    assert parse_names(text, surnames)[0] == [expected]


def test_spanish_y_between_names_means_two_surnames() -> None:
    item = parse_reference("E.R. Montero y J.L. Pérez Gómez, Archivos y poder "
                           "(Madrid: Cátedra, 2001).")
    assert item["author"] == [{"family": "Montero", "given": "E.R."},
                              {"family": "Pérez Gómez", "given": "J.L."}]


def test_english_three_word_name_keeps_one_surname() -> None:
    item = parse_reference("John Henry Newman, The Idea of a University (London: "
                           "Longmans, 1907).")
    assert item["author"] == [{"family": "Newman", "given": "John Henry"}]


# --- names written forename first in notes, inverted in the reference list ---------------

@pytest.mark.parametrize("name", ["E.R. Montero", "E. R. Montero"])
def test_initials_first_note_name(name: str) -> None:
    (cit,) = parse_note(f"{name}, *Archivos y poder* (Madrid: Cátedra, 2001), 45.")
    item = parse_reference(cit["reference"])
    assert item["author"] == [{"family": "Montero", "given": name.split(" Montero")[0]}]
    assert cit["locator"] == "45"


def test_forename_and_initial_note_name() -> None:
    (cit,) = parse_note("Maria E. Montero, *Archivos y poder* (Madrid: Cátedra, 2001), 45.")
    assert parse_reference(cit["reference"])["author"] == [
        {"family": "Montero", "given": "Maria E."}]


def test_initials_glued_to_surname() -> None:
    item = parse_reference("E.R.Montero, Archivos y poder (Madrid: Cátedra, 2001).")
    assert item["author"] == [{"family": "Montero", "given": "E.R."}]


def _works(*notes: str) -> list[dict[str, Any]]:
    linked = link_citations([(str(i + 1), parse_note(t)) for i, t in enumerate(notes)],
                            listed=1)
    return linked.works


@pytest.mark.parametrize(("note_name", "list_name"), [
    ("E.R. Montero", "Montero, E.R."),
    ("E. R. Montero", "Montero, E.R."),
    ("E.R. Montero", "Montero, E. R."),
])
def test_note_and_reference_list_are_one_work(note_name: str, list_name: str) -> None:
    works = _works(f"{list_name} (2001) Archivos y poder. Madrid: Cátedra.",
                   f"{note_name}, *Archivos y poder* (Madrid: Cátedra, 2001), 45.",
                   "Montero, *Archivos y poder*, 46.")
    assert len(works) == 1
    assert works[0]["author"][0]["family"] == "Montero"
    assert works[0]["id"] == "montero2001"


# --- 'Apellido Apellido, Nombre, Título, Lugar, Editorial, año.' --------------------------

@pytest.mark.parametrize(("text", "author", "title", "place"), [
    ("García Márquez, Gabriel, Cien años de soledad, Buenos Aires, Sudamericana, 1967.",
     {"family": "García Márquez", "given": "Gabriel"}, "Cien años de soledad", "Buenos Aires"),
    ("Vargas Llosa, Mario, La ciudad y los perros, Barcelona, Seix Barral, 1963.",
     {"family": "Vargas Llosa", "given": "Mario"}, "La ciudad y los perros", "Barcelona"),
    ("Ortega y Gasset, José, La rebelión de las masas, Madrid, Revista de Occidente, 1930.",
     {"family": "Ortega y Gasset", "given": "José"}, "La rebelión de las masas", "Madrid"),
])
def test_two_surnames_given_unquoted_title(text: str, author: dict[str, str], title: str,
                                           place: str) -> None:
    item = parse_reference(text)
    assert item["author"] == [author]
    assert item["title"] == title
    assert item["publisher-place"] == place


def test_forename_first_author_before_english_title_is_kept() -> None:
    item = parse_reference("Margaret Hollis, Grain, Debt, and Credit in Provincial Towns, "
                           "London, Northgate, 2004.")
    assert item["author"] == [{"family": "Hollis", "given": "Margaret"}]
    assert item["title"] == "Grain, Debt, and Credit in Provincial Towns"


@pytest.mark.parametrize("role", ["(compilador)", "(comp.)", "(coordinadora)"])
def test_spanish_role_at_the_head_names_editors(role: str) -> None:
    item = parse_reference(f"Jaramillo Cisneros, Hernán {role} (1991) Ecuador indígena. "
                           "Quito: Abya-Yala.")
    assert "author" not in item
    assert item["editor"] == [{"family": "Jaramillo Cisneros", "given": "Hernán"}]


def test_inverted_two_surnames_two_forenames_among_spanish_names() -> None:
    item = parse_reference("Coba Andrade, Carlos Alberto y Hernán Jaramillo Cisneros (1991) "
                           "Ecuador indígena. Quito: Abya-Yala.")
    assert item["author"] == [{"family": "Coba Andrade", "given": "Carlos Alberto"},
                              {"family": "Jaramillo Cisneros", "given": "Hernán"}]


def test_inverted_two_surnames_with_spanish_role() -> None:
    item = parse_reference("Coba Andrade, Carlos Alberto (compilador) (1991) Ecuador "
                           "indígena. Quito: Abya-Yala.")
    assert item["editor"] == [{"family": "Coba Andrade", "given": "Carlos Alberto"}]


def test_two_forename_first_people_stay_two_without_a_spanish_cue() -> None:
    assert parse_names("Cédric Durand, Tristan Auvray")[0] == [
        {"family": "Durand", "given": "Cédric"}, {"family": "Auvray", "given": "Tristan"}]


@pytest.mark.parametrize(("note_name", "list_name", "work_id"), [
    ("Gabriel García Márquez", "García Márquez, G.", "garciamarquez1967"),
    ("Gabriel García Márquez", "García Márquez, Gabriel", "garciamarquez1967"),
    ("Carlos Alberto Coba Andrade", "Coba Andrade, C. A.", "cobaandrade1967"),
])
def test_forename_first_two_surnames_link_to_inverted(note_name: str, list_name: str,
                                                     work_id: str) -> None:
    works = _works(f"{list_name} (1967) Cien años de soledad. Buenos Aires: Sudamericana.",
                   f"{note_name}, Cien años de soledad (Buenos Aires: Sudamericana, 1967), 45.")
    assert [w["id"] for w in works] == [work_id]


@pytest.mark.parametrize(("a", "b", "same"), [
    ({"family": "Márquez", "given": "Gabriel García"}, {"family": "García Márquez", "given": "G."},
     True),
    ({"family": "Andrade", "given": "Carlos Alberto Coba"},
     {"family": "Coba Andrade", "given": "Carlos Alberto"}, True),
    ({"family": "Márquez", "given": "Gabriel García"}, {"family": "García Márquez", "given": "J."},
     False),
    ({"family": "Márquez", "given": "Ana García"},
     {"family": "García Márquez", "given": "Ana María"}, False),
    ({"family": "Márquez", "given": "Gabriel"}, {"family": "Márquez", "given": "G."}, False),
])
def test_surnames_moved(a: dict[str, str], b: dict[str, str], same: bool) -> None:
    assert surnames_moved(a, b) is same


@pytest.mark.parametrize(("text", "author", "title"), [
    ("García Márquez, Gabriel (1967) Cien años de soledad. Buenos Aires: Sudamericana.",
     {"family": "García Márquez", "given": "Gabriel"}, "Cien años de soledad"),
    ("Vargas Llosa, Mario (1963) La ciudad y los perros. Barcelona: Seix Barral.",
     {"family": "Vargas Llosa", "given": "Mario"}, "La ciudad y los perros"),
])
def test_two_surnames_given_before_date(text: str, author: dict[str, str], title: str
                                        ) -> None:
    item = parse_reference(text)
    assert item["author"] == [author]
    assert item["title"] == title
