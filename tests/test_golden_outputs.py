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


def epub_parts(data: bytes) -> str:
    """Every part of an EPUB, XML parts canonicalised, the modification date masked."""
    import io
    import re
    import zipfile

    lines = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in sorted(archive.namelist()):
            content = archive.read(name)
            text = canonical(content) if name.endswith((".xhtml", ".opf", ".xml")) else \
                content.decode("utf-8")
            text = re.sub(r'(property="dcterms:modified">)[^<]*', r"\1[modified]", text)
            lines.append(f"=== {name}\n{text}")
    return "\n".join(lines)


def test_seed_epub_parts_match_golden(seed, update_golden):
    actual = epub_parts(get("epub").write(seed, WriteOptions()))
    golden = GOLDEN / "never-again-yet-again.epub.parts"
    if update_golden or not golden.exists():
        golden.write_text(actual + "\n", encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8").rstrip("\n")
