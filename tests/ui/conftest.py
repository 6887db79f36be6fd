"""Corpora for the notebook tests: the seeds plus the three self-written articles of
tests/data/corpus5 (five documents), and one of those articles alone (one document)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workbench.config import PROJECT_DIR

SEEDS = PROJECT_DIR / "data" / "raw"
ARTICLES = Path(__file__).resolve().parent.parent / "data" / "corpus5"


def make_corpus(folder: Path, *, seeds: bool = True, articles: int = 3) -> Path:
    """A raw folder under ``folder``: the seeds (copied from data/raw, never stored twice) and
    the first ``articles`` self-written ones."""
    raw = folder / "raw"
    raw.mkdir(parents=True)
    if seeds:
        for path in sorted(SEEDS.glob("*.txt")):
            shutil.copy(path, raw / path.name)
    for path in sorted(ARTICLES.glob("*.txt"))[:articles]:
        shutil.copy(path, raw / path.name)
    return raw


@pytest.fixture(scope="session")
def corpus5_dir(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus5"))


@pytest.fixture(scope="session")
def corpus1_dir(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus1"), seeds=False, articles=1)


@pytest.fixture(scope="session")
def corpus5(corpus5_dir):
    import workbench as wb

    return wb.load_corpus(corpus5_dir, cache_dir=corpus5_dir.parent / "cache", progress=False)


@pytest.fixture(scope="session")
def corpus1(corpus1_dir):
    import workbench as wb

    return wb.load_corpus(corpus1_dir, cache_dir=corpus1_dir.parent / "cache", progress=False)


@pytest.fixture(scope="session")
def corpus2(tmp_path_factory):
    import workbench as wb

    raw = make_corpus(tmp_path_factory.mktemp("corpus2"), articles=0)
    return wb.load_corpus(raw, cache_dir=raw.parent / "cache", progress=False)
