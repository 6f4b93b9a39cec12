"""Creators in the structured exports: a name's suffix and 'et al.' (TEI, JATS, RIS, bib)."""

from __future__ import annotations

import pytest
from lxml import etree

from essayconv.writers import WriteOptions
from essayconv.writers.biblatex import BibLatexWriter
from essayconv.writers.jats import JatsWriter
from essayconv.writers.ris import RisWriter
from essayconv.writers.tei import TeiWriter

from validators import enriched

TEI = {"t": "http://www.tei-c.org/ns/1.0"}
ESSAY = """Rights and Floods
Jane Doe

Some waited (King, 1964). Others wrote (Smith et al., 2015).

References

King, M. L., Jr. (1964) Why we can't wait. New York: Harper & Row.
Smith, J. et al. (2015) Floods and fictions. Oxford: Oxford University Press.
"""


@pytest.fixture(scope="module")
def essay(tmp_path_factory):
    return enriched(tmp_path_factory.mktemp("creators"), ESSAY)


def test_tei_suffix_and_et_al(essay):
    tei = etree.fromstring(TeiWriter().write(essay, WriteOptions()))
    (king,) = tei.xpath("//t:biblStruct[@xml:id='king1964']//t:persName", namespaces=TEI)
    assert [(c.tag.split("}")[1], c.text) for c in king] == [
        ("surname", "King"), ("forename", "M. L."), ("addName", "Jr.")]
    authors = tei.xpath("//t:biblStruct[@xml:id='smith2015']//t:author", namespaces=TEI)
    assert [a.findtext("t:persName/t:surname", namespaces=TEI) or a.text for a in authors] == [
        "Smith", "et al."]  # never an organisation called 'others'


def test_jats_suffix_and_et_al(essay):
    jats = etree.fromstring(JatsWriter().write(essay, WriteOptions()))
    (king,) = jats.xpath("//ref[@id='king1964']//name")
    assert [(c.tag, c.text) for c in king] == [
        ("surname", "King"), ("given-names", "M. L."), ("suffix", "Jr.")]
    group = jats.xpath("//ref[@id='smith2015']//person-group")[0]
    assert [c.tag for c in group] == ["name", "etal"]


def test_ris_suffix(essay):
    ris = RisWriter().write(essay, WriteOptions())
    text = ris.decode() if isinstance(ris, bytes) else ris
    assert "AU  - King, M. L., Jr." in text.splitlines()


def test_biblatex_suffix_is_its_own_name_part(essay):
    bib = BibLatexWriter().write(essay, WriteOptions())
    assert "author = {King, Jr., M. L.}" in bib  # not 'King Jr.' as the family name


ETAL_EDITORS = """Apology
Ann Lee

Text (Gibney et al., 2008; Calliari, 2019).

References

Gibney, M. et al. (eds) (2008) The age of apology. Philadelphia: University of Pennsylvania Press.
Calliari, E. (2019) 'Loss and damage', in Mechler, R. et al. (eds) Loss and damage from climate \
change. Cham: Springer, pp. 1-20.
"""


def test_the_editors_et_al_is_theirs(tmp_path):
    """'et al.' after an editor cuts the editors' list, never the authors'."""
    from essayconv.works import works_of

    essay = enriched(tmp_path, ETAL_EDITORS)
    works = {w["id"]: w for w in works_of(essay)}
    assert works["gibney2008"]["editor"] == [{"family": "Gibney", "given": "M."},
                                             {"literal": "others"}]
    assert "author" not in works["gibney2008"]
    assert works["calliari2019"]["author"] == [{"family": "Calliari", "given": "E."}]
    assert works["calliari2019"]["editor"][-1] == {"literal": "others"}
    ris = RisWriter().write(essay, WriteOptions())
    assert "ED  - others" not in ris and "AU  - others" not in ris
    jats = etree.fromstring(JatsWriter().write(essay, WriteOptions()))
    group = jats.xpath("//ref[@id='gibney2008']//person-group[@person-group-type='editor']")[0]
    assert [c.tag for c in group] == ["name", "etal"]
