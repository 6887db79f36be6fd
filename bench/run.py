"""`make bench`: print the workbench's benchmark figures.

Extraction quality on ../shared/bench/extraction (text copies and HTML), and build speed
on a corpus made of the dev set's text copies and the two reports. The pages are read
from ../shared at run time and written only to a temporary folder.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

import bench_extraction  # noqa: E402

import workbench as wb  # noqa: E402
from workbench.config import RAW_DIR  # noqa: E402

DEV = bench_extraction.DEFAULT_DEV_DIR


def score_html(dev_dir: Path = DEV) -> dict[str, dict]:
    """F1 of the workbench's HTML path and of trafilatura alone on a whole set, and pages per second."""
    res = bench_extraction.score_set(dev_dir, ("workbench_html", "trafilatura"))
    out = {}
    for label, name in (("workbench HTML path", "workbench_html"), ("trafilatura alone", "trafilatura")):
        out[label] = dict(res[name]["all"], pages_per_second=res[name]["all"]["pages"] / res[name]["seconds"])
    return out


def build_speed(dev_dir: Path = DEV) -> dict:
    """Cold build and warm reopen of the dev text copies plus the two reports."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus_dir, cache_dir = Path(tmp, "corpus"), Path(tmp, "cache")
        corpus_dir.mkdir()
        for f in sorted((dev_dir / "text").glob("*.txt")):
            shutil.copy(f, corpus_dir / f.name)
        for f in sorted(RAW_DIR.glob("*.txt")):
            shutil.copy(f, corpus_dir / f.name)
        size = sum(f.stat().st_size for f in corpus_dir.iterdir())
        start = time.perf_counter()
        corpus = wb.load_corpus(corpus_dir, cache_dir=cache_dir, progress=False)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        wb.load_corpus(corpus_dir, cache_dir=cache_dir, progress=False)
        warm = time.perf_counter() - start
    n = len(corpus.documents)
    return {
        "documents": n,
        "megabytes": size / 1e6,
        "cold_seconds": cold,
        "warm_seconds": warm,
        "docs_per_second": n / cold,
        "mb_per_second": size / 1e6 / cold,
    }


def main(argv=None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args(argv)
    if not DEV.is_dir():
        print(f"no extraction dev set at {DEV}; nothing to measure", file=sys.stderr)
        return 1
    print("Extraction (4-gram shingle F1 of ../shared/bench/extraction/score.py; held-out = every")
    print("fifth page by sorted id, never tuned on; wcxb-dev: WCXB, CC BY 4.0)")
    for set_name, set_dir in bench_extraction.SETS.items():
        if (set_dir / "gold.jsonl").exists():
            bench_extraction.print_table(
                set_name, bench_extraction.score_set(set_dir, tuple(bench_extraction.EXTRACTORS))
            )
    b = build_speed(DEV)
    print(
        f"\nBuild: {b['documents']} documents, {b['megabytes']:.2f} MB: cold {b['cold_seconds']:.2f} s "
        f"({b['docs_per_second']:.1f} documents/s, {b['mb_per_second']:.2f} MB/s), "
        f"warm reopen {b['warm_seconds'] * 1000:.0f} ms"
    )
    # Each capability's own benchmark prints its figures.
    import bench_entities
    import bench_quotes
    import bench_sentiment
    import bench_topics

    for module in (bench_quotes, bench_entities, bench_sentiment, bench_topics):
        print(f"\n== {module.__name__}")
        module.main([])
    return 0


if __name__ == "__main__":
    sys.exit(main())
