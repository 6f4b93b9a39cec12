"""Review 15, items 5 and 9: a source that is only a web address gets a title made from the
address and a missing-title warning; a numbered entry no marker calls but the text cites by
author and year prints once, as a reference list entry.

Every expectation is written by hand from the input, never copied from the program's output."""

from __future__ import annotations

import json

from essayconv import tree as T
from essayconv.references import parse_reference
from essayconv.references.urlonly import address, title_from
from essayconv.writers import WriteOptions, get

from validators import enriched

# ---------------------------------------------------------------- 5. a bare web address

BARE = """Remote Work and Cities

Priya Nair

Barrero, Bloom and Davis (2021) estimate that 20% of workdays will be from home. Calgary \
converts offices to housing.

Sources

1. https://www.nber.org/papers/w28731
2. Barrero, J. M., Bloom, N., & Davis, S. J. (2021). Why Working from Home Will Stick. NBER \
Working Paper 28731.
3. https://www.calgary.ca/development/downtown/office-conversion.html
"""


def warnings(essay, rule: str) -> list[str]:
    return [d.text for d in T.findall(essay, "diagnostics/diagnostic")
            if d.get("level") == "warning" and d.get("rule") == rule]


def test_a_title_is_the_readable_last_segment_else_the_host():
    assert title_from("https://www.calgary.ca/development/downtown/office-conversion.html") == \
        "Office conversion"
    assert title_from("https://www.nber.org/papers/w28731") == "nber.org"
    assert title_from("https://www.bls.gov/") == "bls.gov"
    assert title_from("www.bls.gov/news.release/empsit.nr0.htm") == "bls.gov"
    assert title_from("https://example.org/blog/index.html") == "example.org"
    assert title_from("https://data.gov.uk/dataset/road_safety_data") == "Road safety data"


def test_only_a_whole_address_is_a_bare_address():
    assert address("https://www.bls.gov/cps/.") == "https://www.bls.gov/cps/"
    assert address("<www.bls.gov>") == "www.bls.gov"
    assert address("Smith (2020) https://example.org/a") is None
    assert address("https://doi.org/10.1000/xyz123") is None  # a DOI is no web page


def test_a_bare_address_parses_as_a_titled_web_page():
    assert parse_reference("https://www.nber.org/papers/w28731") == {
        "type": "webpage", "title": "nber.org", "URL": "https://www.nber.org/papers/w28731"}


def test_bare_addresses_in_a_sources_list_print_with_a_title_and_warn(tmp_path):
    essay = enriched(tmp_path, BARE)
    items = {item["URL"]: item for item in json.loads(get("csl.json").write(essay, WriteOptions()))
             if item.get("URL")}
    nber = items["https://www.nber.org/papers/w28731"]
    calgary = items["https://www.calgary.ca/development/downtown/office-conversion.html"]
    assert (nber["type"], nber["title"]) == ("webpage", "nber.org")
    assert (calgary["type"], calgary["title"]) == ("webpage", "Office conversion")
    entries = [T.inline_text(e) for e in T.findall(essay, "bibliography/entry")]
    nber_entry = next(e for e in entries if "nber.org/papers/w28731" in e)
    assert nber_entry.startswith("nber.org (")
    assert not any(e.startswith("(") for e in entries)  # no entry opens on its date
    assert not any("n.d.-a" in e or "n.d.-b" in e for e in entries)
    titled = warnings(essay, "missing-title")
    assert len(titled) == 2
    assert all("add the page's title" in w for w in titled)
    assert any("'nber.org'" in w for w in titled) and any("'Office conversion'" in w
                                                          for w in titled)


def test_a_titled_web_reference_gives_no_missing_title(tmp_path):
    essay = enriched(tmp_path, "A Title\n\nKastle Systems (2023) tracks office use.\n\n"
                               "Reference list\n\nKastle Systems (2023) Getting America Back to "
                               "Work. Available at: https://www.kastle.com/back-to-work/ "
                               "(Accessed: 3 March 2024).\n")
    assert warnings(essay, "missing-title") == []


# ---------------------------------------------------------------- 9. [n] cited by name

ARXIV = """Scaling Laws for Translation

Anna Kowalska

Kaplan et al. [1] fitted power laws for language models. All models use the same BPE \
vocabulary of 32k tokens (Sennrich et al., 2016).

References

[1] Jared Kaplan, Sam McCandlish, Tom Henighan, and Dario Amodei. 2020. Scaling laws for \
neural language models. arXiv preprint arXiv:2001.08361.
[2] Rico Sennrich, Barry Haddow, and Alexandra Birch. 2016. Neural machine translation of \
rare words with subword units. In Proceedings of the 54th Annual Meeting of the Association \
for Computational Linguistics, pages 1715–1725, Berlin, Germany.
"""


def test_an_entry_cited_by_author_and_year_prints_once(tmp_path):
    essay = enriched(tmp_path, ARXIV)
    html = get("html").write(essay, WriteOptions())
    assert "Notes not cited in the text" not in html
    assert html.count("subword units") == 1  # the reference list entry only
    assert "[2] Rico Sennrich" not in html
    for target in ("tei", "jats"):
        written = get(target).write(essay, WriteOptions()).decode()
        assert "Rico Sennrich, Barry Haddow" not in written
    works = [w.get("id") for w in T.findall(essay, "works/work")]
    assert "sennrich2016" in works
    assert [x.get("work") for x in essay.iter(T.q("xref"))] == ["sennrich2016"]


def test_an_entry_cited_by_author_and_year_is_not_reported_uncited(tmp_path):
    essay = enriched(tmp_path, ARXIV)
    assert not any("note 2 is never cited" in w for w in warnings(essay, "check-markers"))


def test_an_entry_neither_called_nor_named_is_still_printed_and_reported(tmp_path):
    essay = enriched(tmp_path, ARXIV.replace(" (Sennrich et al., 2016)", ""))
    assert any("note 2 is never cited" in w for w in warnings(essay, "check-markers"))
    html = get("html").write(essay, WriteOptions())
    assert "Notes not cited in the text" in html
    assert "[2] Rico Sennrich" in html
