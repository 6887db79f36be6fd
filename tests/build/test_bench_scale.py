"""bench/corpus_generator.py and bench/bench_scale.py's measuring functions on a tiny corpus.

Nothing here is timed against a threshold: the figures are only checked to be there and sane.
"""

import bench_scale  # noqa: E402
import corpus_generator  # noqa: E402
import pytest
import scale_report  # noqa: E402

from workbench.config import RAW_DIR

PAGE = "\n".join(
    [
        "Home",
        "World",
        "Politics",
        "",
        "Talks resume in Geneva",
        "By Jane Roe",
        "The two delegations met on Monday for the first time since the spring, officials said.",
        '"We are ready to talk," the foreign minister told reporters after the first session.',
        "Analysts said the meeting was a modest but welcome step after months of silence.",
        "",
        "Related",
        "Markets fall",
        "Storm hits coast",
        "Election results",
    ]
)


@pytest.fixture(scope="module")
def pages():
    return [PAGE] + [p.read_text(encoding="utf-8") for p in sorted(RAW_DIR.glob("*.txt"))]


def test_generator_is_deterministic_for_a_seed(tmp_path, pages):
    a = corpus_generator.generate(tmp_path / "a", 12, random_state=1, pages=pages)
    b = corpus_generator.generate(tmp_path / "b", 12, random_state=1, pages=pages)
    c = corpus_generator.generate(tmp_path / "c", 12, random_state=2, pages=pages)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in c]


def test_generator_writes_n_files_and_a_smaller_corpus_is_a_prefix(tmp_path, pages):
    big = corpus_generator.generate(tmp_path / "big", 10, random_state=3, pages=pages)
    small = corpus_generator.generate(tmp_path / "small", 4, random_state=3, pages=pages)
    assert len(list((tmp_path / "big").glob("*.txt"))) == 10
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in big[:4]]


def test_varied_copies_keep_the_pages_lines_and_vary_length(pages):
    import numpy as np

    copies = [corpus_generator.vary(pages[1], np.random.default_rng([5, k])) for k in range(20)]
    lines = set(pages[1].split("\n"))
    assert all(set(c.rstrip("\n").split("\n")) <= lines for c in copies)
    assert len({len(c) for c in copies}) > 5


def test_base_pages_names_a_missing_folder(tmp_path):
    with pytest.raises(FileNotFoundError):
        corpus_generator.base_pages(tmp_path / "none", tmp_path / "none")


@pytest.fixture(scope="module")
def tiny(tmp_path_factory, pages):
    folder = tmp_path_factory.mktemp("tiny")
    paths = corpus_generator.generate(folder / "corpus", 3, random_state=4, pages=pages)
    return folder, paths


def test_stage_times_covers_every_stage(tiny):
    _, paths = tiny
    out = bench_scale.stage_times(paths, sample=3)
    assert out["documents"] == 3
    assert set(out["seconds"]) == {*scale_report.STAGES, "process"}
    assert all(t > 0 for t in out["seconds"].values())
    assert sum(out["share"].values()) == pytest.approx(1)


def test_build_warm_and_incremental_figures(tiny, pages):
    folder, _ = tiny
    corpus_dir, cache_dir = str(folder / "corpus"), str(folder / "cache")
    cold = bench_scale._child_build(corpus_dir, cache_dir, 1)
    assert (cold["documents"], cold["processed"]) == (3, 3)
    assert 0 < cold["analyse_seconds"] < cold["seconds"]
    assert cold["rss_self"] > 0
    warm = bench_scale._child_warm(corpus_dir, cache_dir)
    assert warm["rebuilt"] == 0
    assert warm["n_filters"] == bench_scale.N_FILTERS
    assert 0 < warm["filter_median"] <= warm["filter_p95"] <= warm["filter_max"]
    corpus_generator.generate(folder / "corpus", 1, random_state=4, pages=pages, start=3)
    added = bench_scale._child_build(corpus_dir, cache_dir, 1)
    assert (added["documents"], added["processed"]) == (4, 1)


def test_varied_filters_are_of_every_kind(corpus):
    from workbench.filters import Filters, sentence_sources

    filters = bench_scale.varied_filters(corpus, sentence_sources(corpus), n=10)
    assert len(filters) == 10 and all(isinstance(f, Filters) for f in filters)
    assert any(f.doc_ids for f in filters) and any(f.source_ids for f in filters)
    assert any(f.sentiment for f in filters) and any(f.search for f in filters)


def _size(n, docs_per_second, warm, p95, rss, processed=1):
    return {
        "n": n,
        "docs_per_second": docs_per_second,
        "peak_rss": rss,
        "warm": {"seconds": warm, "filter_p95": p95},
        "incremental": {"processed": processed},
    }


@pytest.mark.parametrize(
    "sizes, identical, expected",
    [
        (
            [_size(10_000, 150, 0.5, 0.05, 1 * 2**30), _size(50_000, 120, 2.0, 0.3, 3 * 2**30)],
            True,
            [True, True, True, True, True, True],
        ),
        (
            [_size(10_000, 20, 1.5, 0.2, 1 * 2**30, processed=2)],
            False,
            [False, False, False, None, False, False],
        ),
        ([_size(1000, 20, 0.1, 0.01, 1 * 2**30)], None, [False, None, None, None, True, None]),
    ],
)
def test_targets_pass_miss_and_not_measured(sizes, identical, expected):
    assert [ok for _, _, ok in bench_scale.targets(sizes, identical)] == expected
