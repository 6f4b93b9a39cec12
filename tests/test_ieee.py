"""IEEE references (audit 11): the publication run 'vol. 3, no. 3, pp. 518–527, Jul. 2012,
doi: …' is the work's own, never a locator; conference papers, article numbers, reports,
standards, preprints, '[Online]. Available:' and organisations as authors."""

from __future__ import annotations

import pytest

from essayconv.references import parse_note, parse_reference
from essayconv.references.ieee import own_statement


def _parsed(text: str) -> dict:
    """The note's one full citation, parsed (what the pipeline does with a numbered entry)."""
    citations = parse_note(text)
    assert [(c["form"], c["locator"], c["remark"]) for c in citations] == [("full", None, None)]
    return parse_reference(citations[0]["reference"])


def test_journal_run_is_the_articles_own():
    item = _parsed("Q. Varga, L. Osei, and M. T. Brandvold, “Feeder voltage under heavy "
                   "rooftop solar,” IEEE Trans. Power Del., vol. 7, no. 4, pp. 611–620, "
                   "Oct. 2016, doi: 10.1109/TPWRD.2016.1234567.")
    assert item["type"] == "article-journal"
    assert item["container-title"] == "IEEE Trans. Power Del."
    assert (item["volume"], item["issue"], item["page"]) == ("7", "4", "611–620")
    assert item["issued"] == {"date-parts": [[2016, 10]]}
    assert item["DOI"] == "10.1109/TPWRD.2016.1234567"


@pytest.mark.parametrize(("core", "own"), [
    ("X, “T,” J. Y, vol. 3, no. 3, pp. 518–527, Jul. 2012, doi: 10.1109/T.2012.1", True),
    ("X, “T,” in Proc. Z, Paris, France, 2019, pp. 1–6", True),
    ("X, “T,” J. Y, vol. 118, Art. no. 105762, Jun. 2020", True),
    ("X, “T,” J. Y, vol. 9, pp. 120345–120358, 2021, doi: 10.1109/A.2021.1", True),
    # a book's volume and the page cited: no year in the run
    ("Smith, Book (London: Hurst, 1990), vol. 2, p. 45", False),
    ("Jones, The Long Peace, 12", False),
])
def test_own_statement(core, own):
    assert own_statement(core) is own


def test_conference_paper_keeps_its_acronym_and_pages():
    item = _parsed("P. Okafor and D. Lind, “Peak shaving with shared batteries,” in Proc. IEEE "
                   "Int. Conf. Smart Grid Commun. (SmartGridComm), Aachen, Germany, 2021, "
                   "pp. 1–6.")
    assert item["type"] == "paper-conference"
    assert item["container-title"] == \
        "Proc. IEEE Int. Conf. Smart Grid Commun. (SmartGridComm)"
    assert "publisher" not in item
    assert item["event-place"] == "Aachen, Germany"
    assert item["page"] == "1–6"


def test_presented_at_is_the_event():
    item = _parsed("T. Quill, “Fair curtailment in rural feeders,” presented at the CIRED "
                   "Workshop, Berlin, Germany, Jun. 2020, Paper 0345.")
    assert item["type"] == "paper-conference"
    assert item["event-title"] == "CIRED Workshop"
    assert "container-title" not in item
    assert item["number"] == "Paper 0345"


def test_article_number_is_no_issue():
    item = _parsed("R. Amsel et al., “Loss-aware dispatch,” Int. J. Elect. Power Energy Syst., "
                   "vol. 121, Art. no. 105999, Jun. 2021.")
    assert item["number"] == "105999"
    assert "issue" not in item
    assert item["volume"] == "121"


def test_book_with_edition():
    item = _parsed("H. Ferreira, Power Electronics, 3rd ed. New York, NY, USA: Wiley, 2015.")
    assert item["type"] == "book"
    assert (item["edition"], item["publisher"], item["publisher-place"]) == \
        ("3", "Wiley", "New York, NY, USA")


def test_standard_and_preprint_and_report():
    standard = _parsed("IEEE Standard for Grid Forming Inverters, IEEE Std 2800-2022, 2022.")
    assert (standard["type"], standard["number"]) == ("standard", "IEEE Std 2800-2022")
    preprint = _parsed("K. Nwosu and J. Hale, “Auction rules for home batteries,” 2023, "
                       "arXiv:2301.04567.")
    assert (preprint["type"], preprint["number"]) == ("article", "arXiv:2301.04567")
    report = _parsed("BrightVolt Energy, “Inverter manual, version 2.1,” BrightVolt Energy "
                     "GmbH, Hamburg, Germany, Tech. Rep. BV-TM-007, 2020.")
    assert report["type"] == "report"
    assert report["author"] == [{"literal": "BrightVolt Energy"}]
    assert (report["number"], report["genre"]) == ("BV-TM-007", "Tech. Rep.")
    assert report["publisher"] == "BrightVolt Energy GmbH"


def test_organisations_as_authors_and_online():
    item = _parsed("North Sea Power Networks, “Heat pump trial: Findings,” Aberdeen, U.K., "
                   "Rep. NSPN-4, 2018. [Online]. Available: https://example.org/trial/")
    assert item["author"] == [{"literal": "North Sea Power Networks"}]
    assert item["URL"] == "https://example.org/trial/"
    assert "note" not in item
    tool = _parsed("Grid Modelling Research Institute. FeederSim. (2022). [Online]. "
                   "Available: https://example.org/feedersim/")
    assert tool["author"] == [{"literal": "Grid Modelling Research Institute"}]
    assert tool["title"] == "FeederSim"
    assert tool["issued"] == {"date-parts": [[2022]]}
    assert tool["URL"] == "https://example.org/feedersim/"


def test_accessed_date():
    item = _parsed("Harbour Analytics. “Feeder map.” [Online]. Available: "
                   "https://example.org/map/ (accessed Mar. 3, 2021).")
    assert item["accessed"] == {"date-parts": [[2021, 3, 3]]}
    assert item["URL"] == "https://example.org/map/"


def test_person_initials_stay_a_person():
    item = _parsed("A. Power and B. Energy, “On grids,” IEEE Access, vol. 2, pp. 1–9, 2014.")
    assert item["author"] == [{"family": "Power", "given": "A."},
                              {"family": "Energy", "given": "B."}]
