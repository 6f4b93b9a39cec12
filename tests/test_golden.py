"""Golden test: the seed's whole essay tree, canonicalised (pytest --update-golden rewrites it)."""

from __future__ import annotations

from lxml import etree

from essayconv import tree as T
from essayconv.pipeline import enrich, read
from essayconv.writers import WriteOptions

from conftest import GOLDEN, SEED


def canonical(data: bytes) -> str:
    parser = etree.XMLParser(remove_blank_text=True)
    return etree.tostring(etree.fromstring(data, parser), method="c14n2").decode("utf-8")


def test_seed_tree_matches_golden(update_golden):
    essay = enrich(read(SEED), WriteOptions())
    T.validate(essay, "golden")
    actual = canonical(T.dump(essay))
    golden = GOLDEN / "never-again-yet-again.xml"
    if update_golden or not golden.exists():
        golden.write_text(actual + "\n", encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8").rstrip("\n")
