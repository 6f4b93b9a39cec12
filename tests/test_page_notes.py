"""Page-bottom footnotes in a paper pasted from a PDF: each page's block of footnotes ends at
the next page's furniture ('Mensah 2', a running title in capitals, a bare page number) or
where a finished note meets the next page's text; the body of every page stays body."""

from __future__ import annotations

from essayconv import tree as T
from essayconv.pipeline import read

from validators import enriched

TURABIAN = """Salt Roads and River Markets: Trade on the Upper Niger, 1850–1900

Joseph K. Mensah

HIST 210: African Economic History

Professor Ruth Adeyemi

March 3, 2024

The salt caravans that crossed the Sahara have long been studied as a desert trade,
cut off from the river towns that bought their loads. The customs registers of Segou
show instead that salt moved upriver in canoes as often as on camels.1 Merchants who
handled it were townsmen with houses and wives in the markets they supplied.2 This
essay follows them from the desert edge to the river and
1. Amadou Traore, Salt and Gold in the Western Sudan (Bamako: Editions Jamana,
1994), 55–60.
2. Claire Dumont, "River Merchants of the Niger," Journal of African History 31, no.
2 (1990): 201.
Mensah 2
SALT ROADS AND RIVER MARKETS
back again, across three decades of war in the region after 1861.3 The canoe men were
hired by the season and paid in salt, which they sold in the villages downstream.4
3. Traore, Salt and Gold, 71.
4. Ibid., 74.
Mensah 3
SALT ROADS AND RIVER MARKETS
Canoes and Camels
The registers record every load that passed the customs post between the years
of the war and the coming of the French, and they name the canoe owners.5
5. Dumont, "River Merchants," 209.
Mensah 4
Bibliography
Dumont, Claire. "River Merchants of the Niger." Journal of African History 31, no. 2
(1990): 195–214.
Traore, Amadou. Salt and Gold in the Western Sudan. Bamako: Editions Jamana, 1994.
"""


def _write(tmp_path, text: str):
    path = tmp_path / "essay.txt"
    path.write_text(text, encoding="utf-8")
    return read(path)


def _changes(essay, rule: str) -> list[str]:
    return [c[0].text for c in T.findall(essay, "changes/change") if c.get("rule") == rule]


def _notes(essay) -> list[tuple[str, str]]:
    return [(n.get("n"), T.find(n, "text").text) for n in T.findall(essay, "notes/note")]


def _paragraphs(essay) -> list[str]:
    return [T.inline_text(p) for p in T.findall(essay, "body/section/p")]


def test_each_pages_footnotes_end_at_the_next_pages_furniture(tmp_path):
    essay = _write(tmp_path, TURABIAN)
    assert _changes(essay, "drop-page-furniture") == [
        "Mensah 2", "SALT ROADS AND RIVER MARKETS", "Mensah 3",
        "SALT ROADS AND RIVER MARKETS", "Mensah 4"]
    # a note wrapped over two lines is one, even after 'no.' at a line's end
    assert _notes(essay) == [
        ("1", "Amadou Traore, Salt and Gold in the Western Sudan (Bamako: Editions Jamana, "
              "1994), 55–60."),
        ("2", "Claire Dumont, “River Merchants of the Niger,” Journal of African History 31, "
              "no. 2 (1990): 201."),
        ("3", "Traore, Salt and Gold, 71."),
        ("4", "Ibid., 74."),
        ("5", "Dumont, “River Merchants,” 209.")]
    # the sentence the page break cut is whole again; every page's text stays in the body
    assert _paragraphs(essay) == [
        "The salt caravans that crossed the Sahara have long been studied as a desert trade, "
        "cut off from the river towns that bought their loads. The customs registers of Segou "
        "show instead that salt moved upriver in canoes as often as on camels.[1] Merchants "
        "who handled it were townsmen with houses and wives in the markets they supplied.[2] "
        "This essay follows them from the desert edge to the river and back again, across "
        "three decades of war in the region after 1861.[3] The canoe men were hired by the "
        "season and paid in salt, which they sold in the villages downstream.[4]",
        "The registers record every load that passed the customs post between the years of "
        "the war and the coming of the French, and they name the canoe owners.[5]"]
    assert [T.find(s, "heading").text for s in T.findall(essay, "body/section")
            if T.find(s, "heading") is not None] == ["Canoes and Camels"]


def test_the_footnotes_cite_the_bibliography(tmp_path):
    essay = enriched(tmp_path, TURABIAN)
    works = [c.get("work") for c in essay.iter(T.q("citation"))]
    assert works == ["traore1994", "dumont1990", "traore1994", "traore1994", "dumont1990"]


SHORT = """Salt Roads and River Markets

Joseph K. Mensah

The salt caravans that crossed the Sahara have long been studied as a desert trade,
cut off from the river towns that bought their loads. The customs registers of Segou
show instead that salt moved upriver in canoes as often as on camels.1 Merchants who
handled it were townsmen with houses and wives in the markets they supplied.2
1. Amadou Traore, Salt and Gold in the Western Sudan (Bamako: Editions Jamana, 1994), 55.
2. Claire Dumont, "River Merchants of the Niger," Journal of African History 31 (1990): 201.
{page2}
The canoe men were hired by the season and paid in salt, which they sold in the
villages downstream, and their owners kept the profit of the trade to themselves.3
3. Traore, Salt and Gold, 71.
{page3}
Bibliography
Dumont, Claire. "River Merchants of the Niger." Journal of African History 31 (1990): 195–214.
Traore, Amadou. Salt and Gold in the Western Sudan. Bamako: Editions Jamana, 1994.
"""


def test_bare_page_numbers_right_above_the_next_page(tmp_path):
    """One-line footnotes, longer than the body's lines, a bare page number right above the
    next page's text, calls at a line's end: the notes, the numbers and the wrapping are
    found all the same."""
    essay = _write(tmp_path, SHORT.format(page2="2", page3="3"))
    assert _changes(essay, "drop-page-furniture") == ["2", "3"]
    assert [n for n, _ in _notes(essay)] == ["1", "2", "3"]
    assert _paragraphs(essay) == [
        "The salt caravans that crossed the Sahara have long been studied as a desert trade, "
        "cut off from the river towns that bought their loads. The customs registers of Segou "
        "show instead that salt moved upriver in canoes as often as on camels.[1] Merchants "
        "who handled it were townsmen with houses and wives in the markets they supplied.[2]",
        "The canoe men were hired by the season and paid in salt, which they sold in the "
        "villages downstream, and their owners kept the profit of the trade to themselves.[3]"]


def test_a_running_head_and_title_in_a_short_paste(tmp_path):
    """'Mensah 2' / a running title in capitals, pages a few lines apart."""
    essay = _write(tmp_path, SHORT.format(page2="Mensah 2\nSALT ROADS AND RIVER MARKETS",
                                          page3="Mensah 3"))
    assert _changes(essay, "drop-page-furniture") == [
        "Mensah 2", "SALT ROADS AND RIVER MARKETS", "Mensah 3"]
    assert [n for n, _ in _notes(essay)] == ["1", "2", "3"]
    assert len(_paragraphs(essay)) == 2


SWALLOW = """Salt Roads and River Markets

Joseph K. Mensah

The customs registers of Segou show that salt moved upriver in canoes as often as on
camels.1 The merchants who handled it were townsmen with houses in the markets, and
1. Amadou Traore, Salt and Gold in the Western Sudan (Bamako: Editions Jamana,
the river towns bought their salt by the canoe load and sold it on to the villages
of the interior, where it fetched twice the price it had cost at the desert edge,
while the canoe men were hired by the season and paid in salt, which they sold in
the villages downstream, and their owners kept the profit of the trade to themselves
although nothing in the registers suggests that the caravan masters ever saw the
river, and the merchants who met them at the edge of the desert never crossed it.
"""


def test_a_note_that_would_swallow_the_body_is_not_moved(tmp_path):
    """A footnote left unfinished with the body running on under it: the rule would move
    most of the essay's words into one note, so it moves nothing and warns."""
    essay = _write(tmp_path, SWALLOW)
    assert _notes(essay) == []
    assert _changes(essay, "page-footnotes") == []
    warnings = [d for d in T.findall(essay, "diagnostics/diagnostic")
                if d.get("rule") == "page-footnotes"]
    assert len(warnings) == 1 and warnings[0].get("level") == "warning"
    body = " ".join(_paragraphs(essay))
    assert "the merchants who met them at the edge of the desert never crossed it" in body


def test_a_numbered_list_without_calls_stays_in_the_body(tmp_path):
    """Numbered points under a paragraph that calls no note (a decimal, 'G7', 'COVID-19'
    are no calls), text going on under them: no footnotes, no furniture."""
    essay = _write(tmp_path, """Paying for the Pandemic
Ann Lee

The G7 agreed in 2021 that the cost of COVID-19 would be shared. Debt rose to 2.1 per
cent of output in the poorest members, and three measures were proposed:
1. A levy on the largest firms, collected by each member state.
2. A fund for the poorest members, paid out over ten years.
3
The measures were never adopted, and the debt is still being paid.
""")
    assert T.find(essay, "notes") is None
    assert _changes(essay, "page-footnotes") == []
    assert _changes(essay, "drop-page-furniture") == []


def test_a_capitals_heading_under_the_footnotes_stays(tmp_path):
    """A heading in capitals at the next page's top that is not the essay's title stays a
    heading; only the page number goes."""
    essay = _write(tmp_path, SHORT.format(page2="2\nCANOES AND CAMELS", page3="3"))
    assert _changes(essay, "drop-page-furniture") == ["2", "3"]
    headings = [T.find(s, "heading") for s in T.findall(essay, "body/section")]
    assert [h.text for h in headings if h is not None] == ["CANOES AND CAMELS"]


def test_a_single_running_head_under_the_footnotes_goes(tmp_path):
    """A two-page paper: 'Mensah 2' stands once, under the first page's footnotes; it goes
    (the same line with no footnotes above it stays: see test_running_header)."""
    essay = _write(tmp_path, SHORT.format(page2="Mensah 2", page3=""))
    assert _changes(essay, "drop-page-furniture") == ["Mensah 2"]
    assert [n for n, _ in _notes(essay)] == ["1", "2", "3"]
    assert len(_paragraphs(essay)) == 2
