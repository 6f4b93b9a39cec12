"""Shared test fixtures: paths, the seed and dev essays read once, the golden-update flag."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "input" / "never-again-yet-again.txt"
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
GOLDEN = ROOT / "tests" / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seed_tree():
    from essayconv.pipeline import read

    return read(SEED)


@pytest.fixture(scope="session")
def corpus_trees():
    from essayconv.pipeline import read

    return {path.name: read(path) for path in CORPUS}
