"""Names outside ASCII English: accented initials and organisations in European languages."""

from __future__ import annotations

import pytest

from essayconv.references import parse_reference
from essayconv.references.names import is_initials, is_organisation, parse_names

# an accented or non-ASCII initial is an initial: it keeps its full stop and stays with its
# family name, however many authors the list has
NAMES = [
    ("Çelik, Ö., Smith, J. and Jones, L.", [{"family": "Çelik", "given": "Ö."},
                                            {"family": "Smith", "given": "J."},
                                            {"family": "Jones", "given": "L."}]),
    ("Kaiser, Ł., Smith, J. and Jones, L.", [{"family": "Kaiser", "given": "Ł."},
                                             {"family": "Smith", "given": "J."},
                                             {"family": "Jones", "given": "L."}]),
    ("Ávila, Á., Smith, J. and Jones, L.", [{"family": "Ávila", "given": "Á."},
                                            {"family": "Smith", "given": "J."},
                                            {"family": "Jones", "given": "L."}]),
    ("Smith, J., Çelik, Ö. and Jones, L.", [{"family": "Smith", "given": "J."},
                                            {"family": "Çelik", "given": "Ö."},
                                            {"family": "Jones", "given": "L."}]),
    ("Çelik, Ö.", [{"family": "Çelik", "given": "Ö."}]),
    ("Hansen, Ø.A. and Berg, K.", [{"family": "Hansen", "given": "Ø.A."},
                                   {"family": "Berg", "given": "K."}]),
    ("Şahin, Ü. and Türeci, Ö.", [{"family": "Şahin", "given": "Ü."},
                                  {"family": "Türeci", "given": "Ö."}]),
    # Vancouver initials without full stops, non-ASCII too
    ("Dahl ØA, Berg K", [{"family": "Dahl", "given": "Ø. A."}, {"family": "Berg", "given": "K"}]),
    # a slash between names before an accented capital (German and Polish lists)
    ("Nowak, Jan/Łuczak, Ewa", [{"family": "Nowak", "given": "Jan"},
                                {"family": "Łuczak", "given": "Ewa"}]),
    # organisations, whatever their language
    ("Direcção Nacional de Águas", [{"literal": "Direcção Nacional de Águas"}]),
    ("Instituto Nacional de Estadística", [{"literal": "Instituto Nacional de Estadística"}]),
    ("Bundesministerium für Gesundheit", [{"literal": "Bundesministerium für Gesundheit"}]),
    ("Statistisches Bundesamt", [{"literal": "Statistisches Bundesamt"}]),
    ("Université de Montréal", [{"literal": "Université de Montréal"}]),
    ("Fundação Getulio Vargas", [{"literal": "Fundação Getulio Vargas"}]),
    ("Robert Koch-Institut", [{"literal": "Robert Koch-Institut"}]),
    ("Max-Planck-Gesellschaft", [{"literal": "Max-Planck-Gesellschaft"}]),
    ("Ministère de la Santé", [{"literal": "Ministère de la Santé"}]),
    ("Deutscher Ethikrat", [{"literal": "Deutscher Ethikrat"}]),
    ("The Lancet", [{"literal": "The Lancet"}]),
    ("The Boston Consulting Group", [{"literal": "The Boston Consulting Group"}]),
    ("Meta AI", [{"literal": "Meta AI"}]),
    ("Google DeepMind", [{"literal": "Google DeepMind"}]),
    ("Google LLC", [{"literal": "Google LLC"}]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_parse_names(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text)[0] == expected


REFERENCES = [
    ("Çelik, Ö., Smith, J. and Jones, L. (2020) Title. London: Verso.",
     [{"family": "Çelik", "given": "Ö."}, {"family": "Smith", "given": "J."},
      {"family": "Jones", "given": "L."}]),
    ("Kaiser, Ł., Smith, J. and Jones, L. (2020) Title. London: Verso.",
     [{"family": "Kaiser", "given": "Ł."}, {"family": "Smith", "given": "J."},
      {"family": "Jones", "given": "L."}]),
    ("Ávila, Á., Smith, J. and Jones, L. (2020) Title. London: Verso.",
     [{"family": "Ávila", "given": "Á."}, {"family": "Smith", "given": "J."},
      {"family": "Jones", "given": "L."}]),
    ("Smith, J., Çelik, Ö. and Jones, L. (2020) Title. London: Verso.",
     [{"family": "Smith", "given": "J."}, {"family": "Çelik", "given": "Ö."},
      {"family": "Jones", "given": "L."}]),
    ("Çelik, Ö. (2020) Title. London: Verso.", [{"family": "Çelik", "given": "Ö."}]),
    ("Hansen, Ø.A. and Berg, K. (2019) Title. Oslo: Universitetsforlaget.",
     [{"family": "Hansen", "given": "Ø.A."}, {"family": "Berg", "given": "K."}]),
    ("Direcção Nacional de Águas (2004) Relatório anual. Lisboa: DNA.",
     [{"literal": "Direcção Nacional de Águas"}]),
    ("Instituto Nacional de Estadística (2021) Encuesta de población activa. Madrid: INE.",
     [{"literal": "Instituto Nacional de Estadística"}]),
    ("Bundesministerium für Gesundheit (2020) Bericht. Berlin: BMG.",
     [{"literal": "Bundesministerium für Gesundheit"}]),
    ("Statistisches Bundesamt (2020) Bevölkerung. Wiesbaden: Destatis.",
     [{"literal": "Statistisches Bundesamt"}]),
    ("Université de Montréal (2018) Rapport annuel. Montréal: UdeM.",
     [{"literal": "Université de Montréal"}]),
    ("The Lancet (2020) Editorial: COVID-19: too little, too late? The Lancet, 395(10226), "
     "p. 755.", [{"literal": "The Lancet"}]),
    ("Meta AI (2022) Introducing OPT. Available at: https://ai.facebook.com "
     "(Accessed: 1 May 2023).", [{"literal": "Meta AI"}]),
    ("Google DeepMind (2023) Gemini. Available at: https://deepmind.google "
     "(Accessed: 1 May 2023).", [{"literal": "Google DeepMind"}]),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCES)
def test_parse_reference_authors(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_reference(text)["author"] == expected


def test_non_ascii_initials() -> None:
    assert all(is_initials(w) for w in ("Ö.", "Ł.", "Á.", "Ø.A.", "É.-M.", "ÅB"))
    assert not any(is_initials(w) for w in ("Çelik", "Ó", "Ávila"))


# people stay people: particles, double family names, Vancouver initials, Irish 'Ó', and
# names that look like organisation words or brands
PEOPLE = [
    ("García Márquez, G.", [{"family": "García Márquez", "given": "G."}]),
    ("van der Berg, J.", [{"family": "van der Berg", "given": "J."}]),
    ("Nguyễn, V.A.", [{"family": "Nguyễn", "given": "V.A."}]),
    ("Ortega y Gasset, J.", [{"family": "Ortega y Gasset", "given": "J."}]),
    ("de la Cruz, M.", [{"family": "de la Cruz", "given": "M."}]),
    ("Smith AB, Jones CD", [{"family": "Smith", "given": "A. B."},
                            {"family": "Jones", "given": "C. D."}]),
    ("Smith AB.", [{"family": "Smith", "given": "A. B."}]),
    ("Ó Gráda, C.", [{"family": "Ó Gráda", "given": "C."}]),
    ("Julia Kammer", [{"family": "Kammer", "given": "Julia"}]),
    ("Murat, K.", [{"family": "Murat", "given": "K."}]),
    ("Leonardo DiCaprio", [{"family": "DiCaprio", "given": "Leonardo"}]),
    ("Jeff VanderMeer", [{"family": "VanderMeer", "given": "Jeff"}]),
    ("Robert Service", [{"family": "Service", "given": "Robert"}]),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people_stay_people(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text)[0] == expected
    assert not is_organisation(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("García Márquez, G. (1967) Cien años de soledad. Buenos Aires: Sudamericana.",
     [{"family": "García Márquez", "given": "G."}]),
    ("Ortega y Gasset, J. (1930) La rebelión de las masas. Madrid: Revista de Occidente.",
     [{"family": "Ortega y Gasset", "given": "J."}]),
    ("Smith AB, Jones CD. Effects of X. Lancet. 2010;375(9):100-5.",
     [{"family": "Smith", "given": "A. B."}, {"family": "Jones", "given": "C. D."}]),
])
def test_people_stay_people_in_references(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_reference(text)["author"] == expected
