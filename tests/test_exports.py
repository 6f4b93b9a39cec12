"""CSL-JSON, BibLaTeX and RIS exports of the works list (hand-written sample tree)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from essayconv import tree as T
from essayconv.works import work_element, work_item
from essayconv.writers import WriteOptions, get

SAMPLE = Path(__file__).parent / "data" / "enriched-sample.xml"


@pytest.fixture()
def sample():
    return etree.parse(str(SAMPLE)).getroot()


def test_csl_json_holds_every_work_with_its_fields(sample):
    items = json.loads(get("csl.json").write(sample, WriteOptions()))
    assert [item["id"] for item in items] == ["desforges1999", "prunier1997", "unitednations1999"]
    assert items[1] == {
        "id": "prunier1997", "type": "book",
        "author": [{"family": "Prunier", "given": "G."}],
        "issued": {"date-parts": [[1997]]},
        "title": "The Rwanda crisis: history of a genocide",
        "publisher": "Hurst & Company", "publisher-place": "London",
    }
    assert items[2]["author"] == [{"literal": "United Nations"}]


def test_ris_records(sample):
    ris = get("ris").write(sample, WriteOptions())
    records = ris.strip().split("\r\n\r\n")
    assert len(records) == 3
    assert records[1].split("\r\n") == [
        "TY  - BOOK", "ID  - prunier1997", "AU  - Prunier, G.", "PY  - 1997",
        "TI  - The Rwanda crisis: history of a genocide", "PB  - Hurst & Company",
        "CY  - London", "ER  - ",
    ]
    assert records[2].startswith("TY  - RPRT")


def test_biblatex_entries(sample):
    bib = get("bib").write(sample, WriteOptions())
    assert "@book{prunier1997," in bib
    assert "author = {Prunier, G.}" in bib and "address = {London}" in bib
    assert "publisher = {Hurst \\& Company}" in bib
    assert "author = {{United Nations}}" in bib


def test_undated_work_has_no_empty_date(sample):
    work = sample.xpath("//e:work[@id='prunier1997']/e:date", namespaces={"e": T.NS})[0]
    del work.attrib["year"]
    work.set("literal", "n.d.")
    bib = get("bib").write(sample, WriteOptions())
    entry = bib.split("@book{prunier1997,")[1].split("\n}")[0]
    assert "date" not in entry
    assert "PY  - n.d." in get("ris").write(sample, WriteOptions())


@pytest.mark.parametrize(("kind", "ris_type"), [
    ("post-weblog", "BLOG"), ("motion_picture", "MPCT"), ("treaty", "LEGAL"),
    ("thesis", "THES"), ("webpage", "ELEC")])
def test_ris_type_of_each_csl_type(sample, kind, ris_type):
    sample.xpath("//e:work[@id='prunier1997']", namespaces={"e": T.NS})[0].set("type", kind)
    records = get("ris").write(sample, WriteOptions()).strip().split("\r\n\r\n")
    assert records[1].startswith(f"TY  - {ris_type}\r\n")


@pytest.mark.parametrize("issued", [
    {"date-parts": [[1991], [2008]]}, {"date-parts": [[1991, 3, 4]]}, {"literal": "n.d."}])
def test_dates_survive_the_tree(issued):
    item = {"id": "x", "type": "book", "issued": issued, "title": "T"}
    assert work_item(work_element(item)) == item


def test_ris_full_and_accessed_dates_and_translators():
    from essayconv.writers.ris import ris_record

    lines = ris_record({"id": "x", "type": "article-newspaper", "title": "Floods",
                        "issued": {"date-parts": [[2019, 10, 12]]},
                        "accessed": {"date-parts": [[2024, 5, 1]]},
                        "translator": [{"family": "White", "given": "J."}]})
    assert "PY  - 2019" in lines and "DA  - 2019/10/12/" in lines  # the day stays
    assert "Y2  - 2024/05/01/" in lines and "A4  - White, J." in lines


def test_biblatex_names_and_titles_read_as_written(tmp_path):
    from validators import enriched

    essay = enriched(tmp_path, """Names
Ann Lee

Text (al-Khatib and el-Sayed, 2017; Ibn Khaldun, 1967; Ortega, 2001).

References

al-Khatib, S. and el-Sayed, H. (2017) Water and the state. London: Verso.
Ibn Khaldun (1967) The Muqaddimah. Princeton: Princeton University Press.
Ortega, J. (2001) La soledad en la novela caribeña. Madrid: Alianza.
""")
    bib = get("bib").write(essay, WriteOptions())
    assert "author = {{al-Khatib}, S. and {el-Sayed}, H.}" in bib  # never 'al- Khatib'
    assert "author = {{Ibn Khaldun}}" in bib  # never 'Ibn' as a given name
    assert "title = {La soledad en la novela caribeña}" in bib  # no English title case
    assert "langid" not in bib


def test_et_al_is_biblatex_and_others_and_no_ris_author(tmp_path):
    """'et al.' is CSL's literal name 'others': BibLaTeX's keyword 'and others' (braced, it
    would be a person called Others), and no RIS AU line."""
    from validators import enriched

    essay = enriched(tmp_path, """Heat
Ann Lee

Text (Somanathan et al., 2021).

References

Somanathan, E. et al. (2021) The impact of temperature on productivity. Chicago: BFI.
""")
    bib = get("bib").write(essay, WriteOptions())
    assert "author = {Somanathan, E. and others}" in bib
    ris = get("ris").write(essay, WriteOptions())
    assert [ln for ln in ris.split("\r\n") if ln.startswith("AU")] == ["AU  - Somanathan, E."]


def test_approximate_year_and_volume_title_survive_the_tree(tmp_path):
    """'(c. 1450)' and 'Vol. 1, 1768–1846' go through the tree to CSL-JSON and the entry."""
    from essayconv.pipeline import enrich, read

    path = tmp_path / "circa.txt"
    path.write_text(
        "Medieval Devotion\n\nJo Bloggs\n\nIntroduction\n"
        "Kempe dictated her book [1]. The empire grew [2].\n\nReferences\n"
        "[1] Anon. (c. 1450) The Book of Margery Kempe. London: British Library.\n"
        "[2] Bayly, C. A. Imperial Meridian. Vol. 1, 1768–1846. London: Longman, 1989.\n",
        encoding="utf-8")
    essay = enrich(read(path), WriteOptions())
    items = {i["id"]: i for i in json.loads(get("csl.json").write(essay, WriteOptions()))}
    kempe = next(i for k, i in items.items() if k.startswith("anon"))
    assert kempe["issued"] == {"date-parts": [[1450]], "circa": True}
    assert work_item(work_element(kempe))["issued"]["circa"] is True
    entries = [T.inline_text(e) for e in T.findall(essay, "bibliography/entry")]
    assert any(e.startswith("Anon. (c. 1450) ") for e in entries)
    assert any("vol. 1: 1768–1846" in e for e in entries)
    diagnostics = [d.text or "" for d in essay.iter(T.q("diagnostic"))]
    assert not [d for d in diagnostics if "leaves out" in d]
