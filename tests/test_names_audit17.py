"""Audit 17: East Asian names written family name first, and Spanish organisations as authors."""

from __future__ import annotations

import pytest

from essayconv.references import parse_reference
from essayconv.references.names import parse_names


def _authors(ref: str) -> list[dict[str, str]]:
    return parse_reference(ref)["author"]


@pytest.mark.parametrize(("ref", "family", "given"), [
    ("Xi Jinping (2017) The governance of China. Beijing: Foreign Languages Press.",
     "Xi", "Jinping"),
    ("Yan Xuetong (2019a) Leadership and the rise of great powers. Princeton, NJ: Princeton "
     "University Press.", "Yan", "Xuetong"),
    ("Tanaka Akihiko (2017) Ajia no naka no Nihon. Tokyo: NTT Shuppan.", "Tanaka", "Akihiko"),
    ("Abe Shinzo (2015) Towards a beautiful country. Tokyo: Bungei Shunju.", "Abe", "Shinzo"),
    ("Mao Zedong (1949) Selected speeches. Beijing: Foreign Languages Press.", "Mao", "Zedong"),
    ("Kim Dae-jung (2000) Korea. Seoul: Hollym.", "Kim", "Dae-jung"),
])
def test_family_name_first(ref: str, family: str, given: str) -> None:
    assert _authors(ref) == [{"family": family, "given": given}]


@pytest.mark.parametrize(("ref", "expected"), [
    ("John Smith (2019) A book. London: Verso.", {"family": "Smith", "given": "John"}),
    ("Lee, J. (2020) A book. London: Verso.", {"family": "Lee", "given": "J."}),
    ("Van Dyke (2001) A book. London: Verso.", {"family": "Van Dyke"}),
    ("Long (2010) A book. London: Verso.", {"family": "Long"}),
])
def test_western_names_unchanged(ref: str, expected: dict[str, str]) -> None:
    assert _authors(ref) == [expected]


@pytest.mark.parametrize(("text", "family", "given"), [
    ("Zhang, L.", "Zhang", "L."),  # a comma: inverted as written
    ("Haruki Murakami", "Murakami", "Haruki"),  # the second word is the family name
    ("Kenji Tanaka", "Tanaka", "Kenji"),
    ("Abe Lincoln", "Lincoln", "Abe"),  # no Japanese given name
    ("Abe Mike", "Mike", "Abe"),  # an English name after it
    ("Yan Chen", "Chen", "Yan"),  # two family names: given name first, as English writes
])
def test_not_family_first(text: str, family: str, given: str) -> None:
    assert parse_names(text)[0] == [{"family": family, "given": given}]


@pytest.mark.parametrize("body", [
    "Organización para la Cooperación y el Desarrollo Económicos",
    "Organisation de coopération et de développement économiques",
    "Bundesministerium für Bildung und Forschung",
    "Banco Central de Chile",
    "Departamento de Estadística",
    "Ministère de l'Éducation nationale",
])
def test_european_organisations(body: str) -> None:
    assert parse_names(body)[0] == [{"literal": body}]


def test_spanish_organisation_reference() -> None:
    ref = parse_reference("Organización para la Cooperación y el Desarrollo Económicos. (2017). "
                          "Revisión de políticas nacionales de educación: Educación en Chile. "
                          "OECD Publishing.")
    assert ref["author"] == [
        {"literal": "Organización para la Cooperación y el Desarrollo Económicos"}]
    assert ref["issued"] == {"date-parts": [[2017]]}
    ref = parse_reference("Ministerio de Educación [MINEDUC]. (2020). Informe anual. Santiago.")
    assert ref["author"] == [{"literal": "Ministerio de Educación [MINEDUC]"}]


def test_spanish_people_still_split() -> None:
    names = parse_names("García, J. y López, M.")[0]
    assert names == [{"family": "García", "given": "J."}, {"family": "López", "given": "M."}]
