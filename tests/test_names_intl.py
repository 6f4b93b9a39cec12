"""Names outside ASCII English: accented initials and organisations in European languages."""

from __future__ import annotations

import pytest

from essayconv.references import parse_reference
from essayconv.references.names import family_first, is_initials, is_organisation, parse_names

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


# Vietnamese, Chinese and Korean names written in their own order, family name first and no
# comma, keep that order; Ngũgĩ wa Thiong'o is filed whole, as he and libraries file him
FAMILY_FIRST = [
    ("Nguyễn Văn An", [{"family": "Nguyễn", "given": "Văn An"}]),
    ("Nguyen Van An", [{"family": "Nguyen", "given": "Van An"}]),
    ("Nguyễn Thị Minh Khai", [{"family": "Nguyễn", "given": "Thị Minh Khai"}]),
    ("Lê Văn Lương", [{"family": "Lê", "given": "Văn Lương"}]),
    # written with its tone marks or without, Hồ is the family name libraries file him under
    ("Hồ Chí Minh", [{"family": "Hồ", "given": "Chí Minh"}]),
    ("Ho Chi Minh", [{"family": "Ho", "given": "Chi Minh"}]),
    ("Zhang Wei", [{"family": "Zhang", "given": "Wei"}]),
    ("Li Wei", [{"family": "Li", "given": "Wei"}]),
    ("Liu Yang", [{"family": "Liu", "given": "Yang"}]),
    ("Lu Xun", [{"family": "Lu", "given": "Xun"}]),
    ("Han Kang", [{"family": "Han", "given": "Kang"}]),
    ("Mao Tse-tung", [{"family": "Mao", "given": "Tse-tung"}]),
    ("Chiang Kai-shek", [{"family": "Chiang", "given": "Kai-shek"}]),
    ("Wong Kar-wai", [{"family": "Wong", "given": "Kar-wai"}]),
    ("Sun Yat-sen", [{"family": "Sun", "given": "Yat-sen"}]),
    ("Bong Joon-ho", [{"family": "Bong", "given": "Joon-ho"}]),
    ("Kim Ji-won", [{"family": "Kim", "given": "Ji-won"}]),
    ("Kim Ji-Won", [{"family": "Kim", "given": "Ji-Won"}]),
    ("Park Chan-wook", [{"family": "Park", "given": "Chan-wook"}]),
    ("Kim Dae Jung", [{"family": "Kim", "given": "Dae Jung"}]),
    ("Lee Kuan Yew", [{"family": "Lee", "given": "Kuan Yew"}]),
    ("Tan Twan Eng", [{"family": "Tan", "given": "Twan Eng"}]),
    ("Zhang Wei and Li Na", [{"family": "Zhang", "given": "Wei"},
                             {"family": "Li", "given": "Na"}]),
    ("Zhang Wei, Li Na and Wang Fang", [{"family": "Zhang", "given": "Wei"},
                                        {"family": "Li", "given": "Na"},
                                        {"family": "Wang", "given": "Fang"}]),
    ("Ngũgĩ wa Thiong'o", [{"family": "Ngũgĩ wa Thiong'o"}]),
    ("Mũkoma wa Ngũgĩ", [{"family": "Mũkoma wa Ngũgĩ"}]),
]


@pytest.mark.parametrize(("text", "expected"), FAMILY_FIRST)
def test_family_name_first(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text)[0] == expected


# given name first, family name last, as before: a Western name beginning with a word that is
# also an East Asian family name, an East Asian name in Western order, and every 'Family,
# Given' name with its comma
GIVEN_FIRST = [
    ("Lee Smith", [{"family": "Smith", "given": "Lee"}]),
    ("Kim Stanley Robinson", [{"family": "Robinson", "given": "Kim Stanley"}]),
    ("Ma Rainey", [{"family": "Rainey", "given": "Ma"}]),
    ("Lee Child", [{"family": "Child", "given": "Lee"}]),
    ("Kim Wilde", [{"family": "Wilde", "given": "Kim"}]),
    ("Lee Ann Womack", [{"family": "Womack", "given": "Lee Ann"}]),
    ("Lee Dean", [{"family": "Dean", "given": "Lee"}]),
    ("Sun Ra", [{"family": "Ra", "given": "Sun"}]),
    ("Chan Marshall", [{"family": "Marshall", "given": "Chan"}]),
    ("Chen Robinson", [{"family": "Robinson", "given": "Chen"}]),
    ("Le Corbusier", [{"family": "Le Corbusier"}]),
    ("Wei Zhang", [{"family": "Zhang", "given": "Wei"}]),
    ("Yang Liu", [{"family": "Liu", "given": "Yang"}]),
    ("Vu Tran", [{"family": "Tran", "given": "Vu"}]),
    ("Xiaoming Wang", [{"family": "Wang", "given": "Xiaoming"}]),
    ("Ji-won Kim", [{"family": "Kim", "given": "Ji-won"}]),
    ("Nguyễn, V.A.", [{"family": "Nguyễn", "given": "V.A."}]),
    ("Nguyễn, Văn An", [{"family": "Nguyễn", "given": "Văn An"}]),
    ("Zhang, W.", [{"family": "Zhang", "given": "W."}]),
    ("Wang, Wei", [{"family": "Wang", "given": "Wei"}]),
    ("Kim, J.-W.", [{"family": "Kim", "given": "J.-W."}]),
    ("Kim, Ji-won", [{"family": "Kim", "given": "Ji-won"}]),
    ("Kim JW", [{"family": "Kim", "given": "J. W."}]),
]


@pytest.mark.parametrize(("text", "expected"), GIVEN_FIRST)
def test_given_name_first(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nguyễn Văn An (2019) Integration and its discontents. Hanoi: Thế Giới Publishers.",
     [{"family": "Nguyễn", "given": "Văn An"}]),
    ("Zhang Wei (2021) The China wave. Hackensack: World Century.",
     [{"family": "Zhang", "given": "Wei"}]),
    ("Ngũgĩ wa Thiong'o (1986) Decolonising the mind. London: James Currey.",
     [{"family": "Ngũgĩ wa Thiong'o"}]),
    ("Ho Chi Minh (1960) Selected works. Hanoi: Foreign Languages Publishing House.",
     [{"family": "Ho", "given": "Chi Minh"}]),
    ("Bong Joon-ho (2019) Parasite. [Film]. Seoul: CJ Entertainment.",
     [{"family": "Bong", "given": "Joon-ho"}]),
    ("Lee Smith (2010) Title. London: Verso.", [{"family": "Smith", "given": "Lee"}]),
    ("Kim Stanley Robinson (1993) Red Mars. London: HarperCollins.",
     [{"family": "Robinson", "given": "Kim Stanley"}]),
    ("Nguyễn, V.A. (2019) Integration. Hanoi: Thế Giới.",
     [{"family": "Nguyễn", "given": "V.A."}]),
    ("Zhang, W. (2021) Title. London: Verso.", [{"family": "Zhang", "given": "W."}]),
    ("Kim, J.-W. (2020) Title. Seoul: Press.", [{"family": "Kim", "given": "J.-W."}]),
])
def test_family_name_first_in_references(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_reference(text)["author"] == expected


def test_family_first_rule() -> None:
    """The rule on its own, for other parsers of names (a film's 'Directed by Bong Joon-ho')."""
    assert family_first(["Bong", "Joon-ho"]) == {"family": "Bong", "given": "Joon-ho"}
    assert family_first(["Lee", "Smith"]) is None
    assert family_first(["Kim", "J."]) is None
