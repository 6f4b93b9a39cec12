"""Golden tests: the seed's TEI and JATS, canonicalised (pytest --update-golden rewrites them)."""

from __future__ import annotations

import pytest
from lxml import etree

from essayconv.pipeline import enrich, read
from essayconv.writers import WriteOptions, get

from conftest import GOLDEN, SEED


@pytest.fixture(scope="module")
def seed():
    return enrich(read(SEED), WriteOptions())


def canonical(data: str | bytes) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    parser = etree.XMLParser(remove_blank_text=True, load_dtd=False, resolve_entities=False)
    return etree.tostring(etree.fromstring(data, parser), method="c14n2").decode("utf-8")


@pytest.mark.parametrize("name", ["tei", "jats"])
def test_seed_output_matches_golden(seed, name, update_golden):
    writer = get(name)
    actual = canonical(writer.write(seed, WriteOptions()))
    golden = GOLDEN / f"never-again-yet-again.{writer.extension}"
    if update_golden or not golden.exists():
        golden.write_text(actual + "\n", encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8").rstrip("\n")
