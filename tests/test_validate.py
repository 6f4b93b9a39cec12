"""Validators for the text exports and HTML, and no dangling link for a marker without note."""

from __future__ import annotations

from pathlib import Path

import pytest

from essayconv.pipeline import Options, convert
from essayconv.validate import validate_bytes, validate_file

from conftest import SEED


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("out")
    written = convert(SEED, Options(formats=["html", "csl.json", "bib", "ris"], outdir=folder))
    return {path.name.split(".", 1)[1]: path for path in written}


@pytest.mark.parametrize("kind", ["html", "csl.json", "bib", "ris"])
def test_seed_exports_are_valid(outputs, kind):
    assert validate_file(outputs[kind]) == []


def test_broken_exports_are_caught(outputs):
    html = outputs["html"].read_text(encoding="utf-8").replace('id="ref-prunier1997"', "", 1)
    assert any("#ref-prunier1997 has no target" in p for p in validate_bytes(html, "html"))
    ris = outputs["ris"].read_text(encoding="utf-8").rsplit("ER  - ", 1)[0]
    assert validate_bytes(ris, "ris") == ["document.ris: the last record has no ER"]
    bib = outputs["bib"].read_text(encoding="utf-8") + "\n@book{broken, title = {x\n"
    assert validate_bytes(bib, "bib")
    duplicated = outputs["csl.json"].read_text(encoding="utf-8").replace(
        '"id": "desforges1999"', '"id": "prunier1997"')
    assert validate_bytes(duplicated, "csljson")


def test_unknown_kind_is_reported(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("x")
    assert validate_file(path) == ["notes.txt: no validator for this kind of file"]


def test_marker_without_note_prints_plain_text_and_no_dangling_link(tmp_path):
    essay = tmp_path / "broken.txt"
    essay.write_text("Essay With Broken Marker\nJane Doe\nA claim that needs support. [3]\n"
                     "Another claim. [1]\nReferences\n[1] Doe, J. (2001) A book. London: Press.\n",
                     encoding="utf-8")
    written = convert(essay, Options(formats=["html", "docx", "tei", "jats"], outdir=tmp_path))
    for path in written:
        assert validate_file(path) == [], path.name
    html = (tmp_path / "broken.html").read_text(encoding="utf-8")
    assert "support <cite>[3]</cite>." in html and 'href="#note-3"' not in html
