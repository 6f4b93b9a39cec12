"""Numeric styles' grouped markers: '[1, 2]', '[6–8]' are one marker a note, printed as one
author-date citation '(A, 2019; B, 2020)' in every writer."""

from __future__ import annotations

import pytest
from lxml import etree

from essayconv import tree as T
from essayconv.pipeline import read
from essayconv.writers import WriteOptions
from essayconv.writers.html import html_document
from essayconv.writers.jats import JatsWriter

from validators import enriched

ESSAY = """Microplastics in Rivers
Ana Silva

Fish ingest fibres [1, 2]. Studies have grown [2–4]. One survey stands apart [3].

References

[1] Li, J. (2020) Microplastics in freshwater. Water Research, 155, pp. 410–422.
[2] Horton, A. (2017) Microplastics in soils. Science of the Total Environment, 586, pp. 127–141.
[3] Napper, I. (2016) Release of fibres. Marine Pollution Bulletin, 112, pp. 39–45.
[4] Kole, P. (2017) Wear and tear of tyres. Environmental Research, 14, pp. 1265–1276.
"""


@pytest.fixture(scope="module")
def essay(tmp_path_factory):
    return enriched(tmp_path_factory.mktemp("numeric"), ESSAY)


def test_a_grouped_marker_is_one_cite_a_note(essay):
    assert [c.get("n") for c in essay.iter(T.q("cite"))] == ["1", "2", "2", "3", "4", "3"]
    assert "never cited" not in " ".join(d.text or "" for d in
                                         T.findall(essay, "diagnostics/diagnostic"))


def test_glued_cites_print_as_one_citation(essay):
    html = etree.fromstring(html_document(essay, WriteOptions()).encode())
    p = html.xpath("//*[local-name()='p'][contains(., 'Fish ingest')]")[0]
    text = " ".join("".join(p.itertext()).split())
    assert text.startswith("Fish ingest fibres (Li, 2020; Horton, 2017). Studies have grown "
                           "(Horton, 2017; Napper, 2016; Kole, 2017). One survey stands apart "
                           "(Napper, 2016).")
    jats = etree.fromstring(JatsWriter().write(essay, WriteOptions()))
    first = jats.xpath("//body//p")[0]
    assert " ".join("".join(first.itertext()).split()).startswith(
        "Fish ingest fibres (Li, 2020; Horton, 2017).")
    assert [x.get("rid") for x in first.iter("xref")][:2] == ["li2020", "horton2017"]


@pytest.mark.parametrize(("inside", "numbers"), [
    ("12", ["12"]), ("1, 2", ["1", "2"]), ("6–8", ["6", "7", "8"]),
    ("2, 6-8", ["2", "6", "7", "8"]),
    ("8-6", []), ("1-99", []),  # backwards or too long a range: no marker
])
def test_marker_numbers(inside: str, numbers: list[str]) -> None:
    from essayconv.reader import _marker_numbers

    assert _marker_numbers(inside) == numbers


def test_brackets_that_are_no_notes_stay_text(tmp_path):
    path = tmp_path / "interval.txt"
    path.write_text("Ranges\nAna Silva\n\nValues lie in the interval [0, 1] and range [10–20]; "
                    "see [3, 5] and the study [1, 2].\n\nReferences\n\n"
                    "[1] Li, J. (2020) Rivers. London: Verso.\n"
                    "[2] Horton, A. (2017) Soils. London: Verso.\n"
                    "[3] Napper, I. (2016) Fibres. London: Verso.\n", encoding="utf-8")
    essay = read(path)
    p = T.findall(essay, "body/section/p")[0]
    # only a group whose every number is a note's becomes markers
    assert [c.get("n") for c in p.iter(T.q("cite"))] == ["1", "2"]
    assert "the interval [0, 1] and range [10–20]; see [3, 5]" in "".join(p.itertext())


def test_a_glued_run_moves_before_the_full_stop_as_one(tmp_path):
    text = ("Erosion\nAna Silva\n\nErosion was studied widely.[1, 2]\n\nReferences\n\n"
            "[1] Li, J. (2020) Rivers. London: Verso.\n"
            "[2] Horton, A. (2017) Soils. London: Verso.\n")
    essay = enriched(tmp_path, text)
    html = etree.fromstring(html_document(essay, WriteOptions()).encode())
    p = html.xpath("//*[local-name()='p'][contains(., 'Erosion was')]")[0]
    assert " ".join("".join(p.itertext()).split()) == \
        "Erosion was studied widely (Li, 2020; Horton, 2017)."
    notes = enriched(tmp_path, text, WriteOptions(citations="notes"))
    html = etree.fromstring(html_document(notes, WriteOptions(citations="notes")).encode())
    p = html.xpath("//*[local-name()='p'][contains(., 'Erosion was')]")[0]
    assert "".join(p.itertext()).startswith("Erosion was studied widely.1,2")  # never '12'


def test_a_remark_of_a_glued_citation_follows_the_closing_bracket(tmp_path):
    essay = enriched(tmp_path, "Storms\nAna Silva\n\nStorms grew worse [1, 2] in the north.\n\n"
                     "Notes\n\n[1] Li, W. (2020) Storms. London: Penguin, p. 4, which argues "
                     "that storms worsen every year.\n[2] Horton, R. (2017) Floods. Oxford: "
                     "OUP.\n")
    html = etree.fromstring(html_document(essay, WriteOptions()).encode())
    p = html.xpath("//*[local-name()='p'][contains(., 'Storms grew')]")[0]
    assert " ".join("".join(p.itertext()).split()).startswith(
        "Storms grew worse (Li, 2020, p. 4; Horton, 2017)1 in the north")
