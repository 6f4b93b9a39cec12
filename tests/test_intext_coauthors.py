"""In-text citations name a work by all its authors: a single-author work and a co-authored
one of the same first author and year are told apart; ABNT's forms link too."""

from __future__ import annotations

from typing import Any

import pytest

from test_intext import linked

SOUZA: list[dict[str, Any]] = [
    {"id": "souza2020a", "type": "book", "author": [{"family": "Souza", "given": "M."}],
     "issued": {"date-parts": [[2020]]}, "title": "Águas e democracia"},
    {"id": "souza2020b", "type": "article-journal",
     "author": [{"family": "Souza", "given": "M."}, {"family": "Lima", "given": "R."}],
     "issued": {"date-parts": [[2020]]}, "title": "Participação e poder"},
    {"id": "souza2020c", "type": "book",
     "author": [{"family": "Souza", "given": "M."}, {"family": "Lima", "given": "R."},
                {"family": "Costa", "given": "T."}],
     "issued": {"date-parts": [[2020]]}, "title": "Terceira obra"},
    {"id": "abers2013", "type": "book",
     "author": [{"family": "Abers", "given": "R."}, {"family": "Keck", "given": "M."}],
     "issued": {"date-parts": [[2013]]}, "title": "Practical authority"},
    {"id": "martins2018", "type": "article-journal",
     "author": [{"family": "Martins"}, {"family": "Oliveira"}, {"family": "Castro"}],
     "issued": {"date-parts": [[2018]]}, "title": "Protocolo"},
    {"id": "ana2021", "type": "report",
     "author": [{"literal": "ANA – AGÊNCIA NACIONAL DE ÁGUAS E SANEAMENTO BÁSICO"}],
     "issued": {"date-parts": [[2021]]}, "title": "Conjuntura"},
    {"id": "brasil1988", "type": "legislation", "author": [{"literal": "BRASIL"}],
     "issued": {"date-parts": [[1988]]}, "title": "Constituição"},
]


@pytest.mark.parametrize(("text", "refs"), [
    ("Contested (Souza, 2020).", [("souza2020a", "Souza, 2020")]),
    ("Weak (Souza and Lima, 2020).", [("souza2020b", "Souza and Lima, 2020")]),
    ("Weak (Souza & Lima 2020, p. 4).", [("souza2020b", "Souza & Lima 2020, p. 4")]),
    ("Many (Souza et al., 2020).", [("souza2020c", "Souza et al., 2020")]),
    ("Segundo Souza (2020), o Estado domina.", [("souza2020a", "Souza (2020)")]),
    ("Como Souza e Lima (2020, p. 52) mostram.", [("souza2020b", "Souza e Lima (2020, p. 52)")]),
    ("Abers e Keck (2013) tratam do tema.", [("abers2013", "Abers e Keck (2013)")]),
    ("Conforme Martins, Oliveira e Castro (2018).",
     [("martins2018", "Martins, Oliveira e Castro (2018)")]),
    ("Selon Souza et Lima (2020).", [("souza2020b", "Souza et Lima (2020)")]),
    ("Laut Souza und Lima (2020).", [("souza2020b", "Souza und Lima (2020)")]),
    # ABNT: names in capitals, ';' between the authors of one work, bodies by their acronym
    ("Dados (SOUZA, 2020, p. 45).", [("souza2020a", "SOUZA, 2020, p. 45")]),
    ("Dados (SOUZA; LIMA, 2020).", [("souza2020b", "SOUZA; LIMA, 2020")]),
    ("Dados (ABERS; KECK, 2013, p. 140).", [("abers2013", "ABERS; KECK, 2013, p. 140")]),
    ("Dados (ANA, 2021) e (BRASIL, 1988).", [("ana2021", "ANA, 2021"),
                                              ("brasil1988", "BRASIL, 1988")]),
    ("Três (MARTINS; OLIVEIRA; CASTRO, 2018, p. 77).",
     [("martins2018", "MARTINS; OLIVEIRA; CASTRO, 2018, p. 77")]),
    ("Dois (ABERS; KECK, 2013; SOUZA, 2020).", [("abers2013", "ABERS; KECK, 2013"),
                                                 ("souza2020a", "SOUZA, 2020")]),
])
def test_coauthors_tell_works_apart(text: str, refs: list[tuple[str, str]]) -> None:
    got, warnings, after = linked(text, items=SOUZA)
    assert (got, warnings, after) == (refs, [], text)


def test_a_narrative_citation_that_links_nothing_warns() -> None:
    _, warnings, _ = linked("Como Sousa (2020) mostra.", items=SOUZA)
    assert warnings == ["'Sousa (2020)' refers to no entry of the reference list; closest: "
                        "Souza (2020) [souza2020a], Souza (2020) [souza2020b], "
                        "Souza (2020) [souza2020c]"]
    # a dated phrase like no author's name is no citation
    assert linked("The Paris Agreement (2015) holds.", items=SOUZA)[1] == []
