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
    # a book's page cited after its year, Italian and Spanish notes: never the work's own
    ("G. Ruffo, Il lago, Torino, Einaudi, 1987, pp. 45-52", False),
    ("G. H. Pell, Merchants, Cambridge, Cambridge University Press, 1992, pp. 88-94", False),
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


# --- numeric calls (audit 11): '[2]–[4]', '[2], [5]', '[5, Ch. 4]', 'Olsen et al. [6]' ---

ESSAY = """Heat Pumps on Weak Feeders
Tomas Berg

Heat pumps raise the evening peak [2]–[4]. Two studies agree [2], [5]. Losses grow as I^2 \
[5, Ch. 4]. Brightwater and Kolde [1] measured it. The limits of [6] apply. Hourly data \
[1, Fig. 3] and [5, p. 12] confirm it.

REFERENCES

[1] M. Brightwater and A. Kolde, “Heat pump diversity on rural feeders,” IEEE Trans. Power \
Del., vol. 30, no. 2, pp. 801–809, Apr. 2015.
[2] S. Varga, “Evening peaks in electrified homes,” in Proc. IEEE PES Gen. Meeting (PESGM), \
Denver, CO, USA, 2018, pp. 1–5.
[3] L. Quist et al., “Peak demand of heat pumps,” Energy Build., vol. 140, Art. no. 100211, \
Mar. 2017.
[4] N. Oduya and P. Lenz, “Feeder loading with heat pumps,” IEEE Access, vol. 6, pp. \
4410–4418, 2018.
[5] R. Haldane, Power System Losses, 2nd ed. London, U.K.: Springer, 2010.
[6] IEEE Standard for Heat Pump Grid Interfaces, IEEE Std 9999-2020, 2020.
"""


@pytest.fixture(scope="module")
def numeric(tmp_path_factory):
    from validators import enriched

    return enriched(tmp_path_factory.mktemp("ieee"), ESSAY)


def _body(essay) -> str:
    from lxml import etree

    from essayconv.writers import WriteOptions
    from essayconv.writers.html import html_document

    html = etree.fromstring(html_document(essay, WriteOptions()).encode())
    p = html.xpath("//*[local-name()='p'][contains(., 'Heat pumps raise')]")[0]
    return " ".join("".join(p.itertext()).split())


def test_range_cites_every_note_and_list_is_one_citation(numeric):
    from essayconv import tree as T

    assert [c.get("n") for c in numeric.iter(T.q("cite"))][:5] == ["2", "3", "4", "2", "5"]
    assert "never cited" not in " ".join(d.text or "" for d in
                                         T.findall(numeric, "diagnostics/diagnostic"))
    assert _body(numeric).startswith(
        "Heat pumps raise the evening peak (Varga, 2018; Quist et al., 2017; Oduya and Lenz, "
        "2018). Two studies agree (Varga, 2018; Haldane, 2010).")


def test_located_call_is_a_cite_with_its_locator(numeric):
    from essayconv import tree as T

    located = [(c.get("n"), c.get("locator")) for c in numeric.iter(T.q("cite"))
               if c.get("locator")]
    assert located == [("5", "Ch. 4"), ("1", "Fig. 3"), ("5", "p. 12")]
    body = _body(numeric)
    assert "I^2 (Haldane, 2010, ch. 4)." in body
    assert "Hourly data (Brightwater and Kolde, 2015, fig. 3) and (Haldane, 2010, p. 12)" \
        in body
    assert "[5, Ch. 4]" not in body


def test_author_named_before_marker_prints_the_year_only(numeric):
    body = _body(numeric)
    assert "Brightwater and Kolde (2015) measured it." in body
    # a marker that is a noun of the sentence: the narrative form
    assert "The limits of IEEE Standard for Heat Pump Grid Interfaces (2020) apply." in body


def test_numeric_markers_leave_other_brackets():
    import tempfile
    from pathlib import Path

    from essayconv.pipeline import read

    text = ("Title\n\nAuthor\n\nThe interval [0, 1] and [1, see above] stay, as does [9, p. 3]."
            " [1]\n\nREFERENCES\n\n[1] A. Brook, Tides, 2nd ed. London, U.K.: Hale, 2001.\n")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "e.txt"
        path.write_text(text, encoding="utf-8")
        essay = read(path)
    from essayconv import tree as T

    cites = [(c.get("n"), c.get("locator")) for c in essay.iter(T.q("cite"))]
    assert cites == [("1", None)]


def test_located_call_in_notes_mode_keeps_its_place(tmp_path):
    from essayconv import tree as T
    from essayconv.writers import WriteOptions
    from essayconv.writers.view import cite_view

    from validators import enriched

    essay = enriched(tmp_path, ESSAY, WriteOptions(citations="notes"))
    cites = [c for c in essay.iter(T.q("cite")) if c.get("locator") == "Ch. 4"]
    view = cite_view(essay, cites[0])
    assert "".join(view.footnote.itertext()).endswith("Springer, Ch. 4.")
