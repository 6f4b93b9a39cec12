"""Audit 14: Harvard's secondary citations link the work read, not the original; a body's
name with lower-case words links whole in a narrative citation."""

from __future__ import annotations

from lxml import etree

from essayconv import tree as T
from essayconv.writers import WriteOptions
from essayconv.writers.html import html_document

from validators import enriched, text

HARVARD = """Solitude in Old Age

{body}

Reference list
Drummond, A.K. (2016) 'Solitude and company in later life', in Fraser, B. (ed.) Handbook of \
ageing. Leeds: Northgate, pp. 210-230.
Ostrander, P., Kaye, L. and Mills, R. (2011) The social lives of the old. Bristol: Harbour Press.
Campaign to Quiet Streets (2019) Who is alone. London: Campaign to Quiet Streets.
"""


def _links(essay: etree._Element) -> list[tuple[str, str | None, str | None]]:
    """(words, work, locator) of each in-text link."""
    return [(x.text or "", x.get("work"), x.get("locator")) for x in essay.iter(T.q("xref"))]


def _warnings(essay: etree._Element) -> str:
    return " | ".join(d.text or "" for d in T.findall(essay, "diagnostics/diagnostic"))


def _paragraph(essay: etree._Element, start: str) -> str:
    html = etree.fromstring(html_document(essay, WriteOptions()).encode())
    return next(text(p) for p in html.xpath("//*[local-name()='p']")
                if text(p).startswith(start))


def test_a_secondary_citation_links_the_work_read(tmp_path):
    essay = enriched(tmp_path, HARVARD.format(body=(
        "Solitude is chosen, loneliness is not (Brennan and Hale 1979, cited in Drummond "
        "2016, p. 214). Garside (1962, cited in Ostrander et al. 2011, p. 9) saw it first.")))
    assert _links(essay) == [("Drummond 2016, p. 214", "drummond2016", "p. 214"),
                             ("Ostrander et al. 2011, p. 9", "ostrander2011", "p. 9")]
    warnings = _warnings(essay)
    # the originals are not listed on purpose; the works read are cited
    assert "Brennan" not in warnings and "Garside" not in warnings
    assert "drummond2016" not in warnings and "ostrander2011" not in warnings
    # the original stays as written before the link
    assert _paragraph(essay, "Solitude is").startswith(
        "Solitude is chosen, loneliness is not (Brennan and Hale 1979, cited in Drummond 2016, "
        "p. 214). Garside (1962, cited in Ostrander et al. 2011, p. 9)")


def test_as_cited_in_and_quoted_in_are_secondary_too(tmp_path):
    essay = enriched(tmp_path, HARVARD.format(body=(
        "One view (Brennan 1979, as cited in Drummond 2016) and another (Garside 1962 quoted "
        "in Ostrander et al. 2011, p. 9).")))
    assert [w for _, w, _ in _links(essay)] == ["drummond2016", "ostrander2011"]
    assert "refers to no entry" not in _warnings(essay)


def test_an_unlisted_work_without_cited_in_is_still_a_warning(tmp_path):
    essay = enriched(tmp_path, HARVARD.format(body=(
        "Solitude is chosen (Brennan and Hale 1979) but not always (Drummond 2016).")))
    assert "'Brennan and Hale 1979' refers to no entry" in _warnings(essay)


def test_a_secondary_citation_that_names_no_listed_work_read_is_a_warning(tmp_path):
    essay = enriched(tmp_path, HARVARD.format(body=(
        "Solitude is chosen (Brennan 1979, cited in Whitcombe 2003). So Drummond (2016) and "
        "Ostrander et al. (2011).")))
    assert "'Whitcombe 2003' refers to no entry" in _warnings(essay)
    assert "Brennan" not in _warnings(essay)


def test_restyled_secondary_citation_is_cite_them_right(tmp_path):
    essay = enriched(tmp_path, HARVARD.format(body=(
        "Solitude is chosen (Brennan and Hale 1979, cited in Drummond 2016, p. 214).")),
        WriteOptions(restyle_citations=True))
    assert _paragraph(essay, "Solitude is") == (
        "Solitude is chosen (Brennan and Hale, 1979, cited in Drummond, 2016, p. 214).")


def test_a_bodys_name_with_lower_case_words_links_whole(tmp_path):
    essay = enriched(tmp_path, HARVARD.format(body=(
        "The Campaign to Quiet Streets (2019) disagrees, as do Drummond (2016) and Ostrander "
        "et al. (2011).")))
    assert _links(essay)[0][:2] == ("Campaign to Quiet Streets (2019)",
                                    "campaigntoquietstreets2019")


def test_a_partial_bodys_name_is_no_whole_name(tmp_path):
    # 'Some Quiet Streets' is not the body's name: only the year links, as before
    essay = enriched(tmp_path, HARVARD.format(body=(
        "Some Quiet Streets (2019) groups disagree, as do Drummond (2016) and Ostrander "
        "et al. (2011).")))
    assert "Campaign to Quiet Streets (2019)" not in [w for w, _, _ in _links(essay)]
    assert not any(w.startswith("Some") for w, _, _ in _links(essay))
