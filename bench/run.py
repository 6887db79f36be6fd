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
import trafilatura  # noqa: E402

import workbench as wb  # noqa: E402
from workbench.ingest import _html as htmlpage  # noqa: E402
from workbench.config import RAW_DIR  # noqa: E402

DEV = bench_extraction.DEFAULT_DEV_DIR


def html_article(html: str) -> str:
    """What the workbench keeps of a saved page: headings and paragraphs, in order."""
    page = htmlpage.parse(html)
    out, last = [], None
    for head, para in page.paragraphs:
        if head and head != last:
            out.append(head)
            last = head
        out.append(para)
    return "\n\n".join(out)


def score_html(dev_dir: Path = DEV) -> dict[str, dict]:
    """F1 of the workbench's HTML path and of trafilatura alone, and pages per second of each."""
    scorer = bench_extraction.load_scorer(dev_dir)
    gold = scorer.load_gold(dev_dir / "gold.jsonl")
    pages = {f.stem: f.read_text(encoding="utf-8", errors="replace")
             for f in sorted((dev_dir / "html").glob("*.html"))}
    results = {}
    for name, fn in [("workbench HTML path", html_article),
                     ("trafilatura alone", lambda h: trafilatura.extract(h) or "")]:
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            for stem, html in pages.items():
                Path(tmp, f"{stem}.txt").write_text(fn(html), encoding="utf-8")
            seconds = time.perf_counter() - start
            summary, _ = scorer.evaluate_dir(gold, tmp, 4, 0, 0)
        summary["pages_per_second"] = len(pages) / seconds
        results[name] = summary
    return results


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
    return {"documents": n, "megabytes": size / 1e6, "cold_seconds": cold, "warm_seconds": warm,
            "docs_per_second": n / cold, "mb_per_second": size / 1e6 / cold}


def main(argv=None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args(argv)
    if not DEV.is_dir():
        print(f"no extraction dev set at {DEV}; nothing to measure", file=sys.stderr)
        return 1
    print("Extraction on the dev set's 60 pages (4-gram shingle F1, ../shared/bench/extraction/score.py)")
    print(f"{'extractor':<44} {'F1':>6} {'prec':>6} {'recall':>6} {'pages/s':>8}")
    text = bench_extraction.score_text_copies(DEV, references=True)
    for name, s in text.items():
        pps = s.get("pages_per_second")
        print(f"{name + ' (text copy)':<44} {s['f1']:>6.3f} {s['precision']:>6.3f} {s['recall']:>6.3f}"
              f" {'' if pps is None else format(pps, '.1f'):>8}")
    for name, s in score_html(DEV).items():
        print(f"{name + ' (HTML)':<44} {s['f1']:>6.3f} {s['precision']:>6.3f} {s['recall']:>6.3f}"
              f" {s['pages_per_second']:>8.1f}")
    b = build_speed(DEV)
    print(f"\nBuild: {b['documents']} documents, {b['megabytes']:.2f} MB: cold {b['cold_seconds']:.2f} s "
          f"({b['docs_per_second']:.1f} documents/s, {b['mb_per_second']:.2f} MB/s), "
          f"warm reopen {b['warm_seconds'] * 1000:.0f} ms")
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
