"""ordered_map: results in input order, on workers only when there are enough items."""

from __future__ import annotations

import pytest

import workbench as wb
from workbench.build import _parallel as parallel
from workbench.config import RAW_DIR

from ..conftest import write


def _square(x: int) -> int:
    return x * x


class _NoPool:
    def __init__(self, *args, **kwargs):
        raise AssertionError("no worker should have been started")


@pytest.mark.parametrize("n", [0, 1, 7, 8])
def test_few_items_run_here(monkeypatch, n):
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", _NoPool)
    assert list(parallel.ordered_map(_square, range(n), n_jobs=2, min_items=8)) == [x * x for x in range(n)]


def test_many_items_keep_their_order():
    items = list(range(100))
    assert list(parallel.ordered_map(_square, items, n_jobs=2, min_items=8)) == [x * x for x in items]


def test_adding_a_file_to_a_built_corpus_starts_no_worker(tmp_path, monkeypatch):
    seeds = sorted(RAW_DIR.glob("*.txt"))
    folder, cache = tmp_path / "raw", tmp_path / "cache"
    for i in range(30):
        write(folder, f"copy{i:02d}.txt", seeds[i % 2].read_text(encoding="utf-8") + f"\nLine {i}\n")
    built = wb.load_corpus(folder, cache_dir=cache, progress=False)
    write(folder, "aa-first.txt", seeds[0].read_text(encoding="utf-8") + "\nAdded\n")
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", _NoPool)
    grown = wb.load_corpus(folder, cache_dir=cache, progress=False)
    assert len(grown.documents) == len(built.documents) + 1
    assert grown.documents["doc_id"].iloc[0] == "aa-first"
