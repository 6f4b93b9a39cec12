"""OSCOLA: a judgment known by its ECLI, a law review's first page and pinpoint, and an
author-date citation of a case with a pinpoint keeps the report."""

from __future__ import annotations

from essayconv.references.legal import read_citation
from essayconv.references.matching import names_work
from essayconv.references.parser import parse_reference

GOOGLE = ("Case C-131/12 Google Spain SL v Agencia Española de Protección de Datos [2014] "
          "ECLI:EU:C:2014:317")


def test_an_ecli_case_is_a_case_with_its_ecli() -> None:
    item = parse_reference(GOOGLE + ".")
    assert item["type"] == "legal_case"
    assert item["title"] == ("Case C-131/12 Google Spain SL v Agencia Española de Protección "
                             "de Datos")
    assert item["number"] == "[2014] ECLI:EU:C:2014:317"
    assert item["issued"] == {"date-parts": [[2014]]}
    assert names_work("Google Spain", item)  # 'Google Spain (n 1) para 93'


def test_an_ecli_case_with_a_pinpoint() -> None:
    found = read_citation(GOOGLE + ", para 93")
    assert (found["kind"], found["locator"], found["label"]) == ("full", "93", "paragraph")
    assert found["reference"] == GOOGLE + "."


def test_a_law_review_first_page_and_pinpoint() -> None:
    found = read_citation("Jane Roe, 'A Title of Some Length' (2019) 135 LQR 1, 14")
    assert (found["locator"], found["label"]) == ("14", "page")
    item = parse_reference(found["reference"])
    assert (item["page"], item["volume"], item["container-title"]) == ("1", "135", "LQR")
