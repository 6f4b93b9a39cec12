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
