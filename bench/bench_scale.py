"""Scale and speed (issue 7): build, reopen, filter and grow a generated corpus, against targets.

    python bench/bench_scale.py [--sizes 1000,5000] [--sample 200] [--json out.json]
                                [--plot reports/scale.png] [--no-ratios]

For each size N a corpus of N varied text copies (bench/corpus_generator.py) is written
to a temporary folder, then measured, each build in its own child process so that its
peak memory is its own:

* cold build: ``wb.load_corpus(folder, cache_dir=<empty>, progress=False)`` on every core,
  documents/s and MB/s, and how much of it is the corpus-level ``analyse`` step;
* warm reopen of the same corpus from the cache, in a fresh process;
* widget filter latency: ``filter_sentences`` over ~50 varied ``Filters`` with
  a ``SentenceIndex`` built once (as the widgets do), median and p95;
* incremental: one file added to the built corpus, rebuilt (documents processed, seconds);
* peak memory (max RSS) of the building process and of its largest worker.

Once per run: each per-document stage timed single-process over a sample of the
generated documents; a parallel build compared table by table with a one-process build;
and three side-by-side ratios (HTML path vs trafilatura, sentiment vs vaderSentiment,
layout vs jusText). Figures are printed with PASS/MISS beside the issue's targets, and
the load average, since other processes share this machine's two cores.

A cold build here runs at 105-120 documents/s (December 2026): the 10,000-document build of
the default sizes takes about 1.5 minutes on two cores. ``--sizes 1000,10000,50000``
measures the issue's full range in about 11 minutes (the 50,000 build about 7 of them,
peak memory about 1.7 GiB).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: A child process imports the workbench from this snapshot (taken when the run starts), so
#: that edits to the tree during a long run neither change the code measured nor, through
#: the cache's code fingerprint, turn a warm reopen into a rebuild.
CODE_ENV = "BENCH_SCALE_CODE"
if os.environ.get(CODE_ENV):
    sys.path.insert(0, os.environ[CODE_ENV])

import corpus_generator  # noqa: E402
import numpy as np  # noqa: E402
from scale_report import plot, print_report, targets  # noqa: E402
from scale_stages import DEFAULT_SAMPLE, SENTIMENT_SENTENCES, identical_tables, side_by_side, stage_times  # noqa: E402

from workbench.config import SEED  # noqa: E402

#: Sizes of `make bench`: chosen so the run stays near 15 minutes on this 2-core machine.
DEFAULT_SIZES = (1000, 10_000)
#: Filters timed on each built corpus.
N_FILTERS = 50
#: Documents in the parallel-vs-one-process check; well past workbench.corpus.PARALLEL_MIN_DOCS.
IDENTITY_DOCS = 48


# --------------------------------------------------------------------------- child processes


def _peak_rss() -> dict:
    """Max RSS in bytes of this process and of its largest (waited-for) child."""
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"rss_self": self_kb * 1024, "rss_worker": children_kb * 1024}


def _document_files(cache_mod, cache_dir: str) -> set[str]:
    """The per-document rows in the cache: one file for each document processed (by any worker)."""
    return {p.name for p in (Path(cache_dir) / "documents").glob("*/*.rows")}


def _child_build(folder: str, cache_dir: str, n_jobs: int | None) -> dict:
    """Build (or rebuild) in this process: seconds, the analyse step's share, documents processed."""
    import workbench as wb
    from workbench import corpus as corpus_mod
    from workbench.build import _cache as cache_mod

    timings = {"analyse": 0.0}
    analyse = corpus_mod.analyse

    def timed_analyse(tables):
        start = time.perf_counter()
        out = analyse(tables)
        timings["analyse"] += time.perf_counter() - start
        return out

    corpus_mod.analyse = timed_analyse
    before = _document_files(cache_mod, cache_dir)
    try:
        start = time.perf_counter()
        corpus = wb.load_corpus(folder, cache_dir=cache_dir, progress=False, n_jobs=n_jobs)
        seconds = time.perf_counter() - start
    finally:
        corpus_mod.analyse = analyse
    return {
        "seconds": seconds,
        "analyse_seconds": timings["analyse"],
        "processed": len(_document_files(cache_mod, cache_dir) - before),
        "documents": len(corpus.documents),
        "sentences": len(corpus.sentences),
        "quotes": len(corpus.quotes),
        "entities": len(corpus.entities),
        **_peak_rss(),
    }


def varied_filters(corpus, sources, *, n: int = N_FILTERS, random_state: int = SEED) -> list:
    """``n`` Filters of every kind a widget sets: documents, sources, sentiment, search, and mixes."""
    from workbench.filters import Filters

    rng = np.random.default_rng(random_state)
    docs = corpus.documents["doc_id"].tolist()
    source_ids = sources["source_id"].value_counts().index.tolist()
    words = [
        w
        for w in corpus.sentences["text"]
        .head(5000)
        .str.split()
        .explode()
        .dropna()
        .str.strip(".,;:'\"()")
        .tolist()
        if len(w) > 3
    ]
    words = words or ["the"]

    def some_docs():
        k = int(rng.choice([1, 10, 100, 1000]))
        return tuple(rng.choice(docs, size=min(k, len(docs)), replace=False).tolist())

    def some_sources():
        k = int(rng.choice([1, 3, 10]))
        return tuple(rng.choice(source_ids, size=min(k, len(source_ids)), replace=False).tolist())

    def a_range():
        lo = float(rng.uniform(-1, 0.5))
        return (round(lo, 2), round(float(rng.uniform(lo, 1)), 2))

    def a_word():
        return str(words[int(rng.integers(len(words)))])

    makers = [
        lambda: Filters(doc_ids=some_docs()),
        lambda: Filters(source_ids=some_sources()),
        lambda: Filters(sentiment=a_range()),
        lambda: Filters(search=a_word()),
        lambda: Filters(doc_ids=some_docs(), source_ids=some_sources(), sentiment=a_range(), search=a_word()),
    ]
    return [makers[k % len(makers)]() for k in range(n)]


def _child_warm(folder: str, cache_dir: str) -> dict:
    """Reopen from the cache, then time the widget filter on the reopened corpus."""
    start = time.perf_counter()
    # what a notebook's first cell has done before it opens the corpus: import the libraries
    import pyarrow.feather  # noqa: F401

    import workbench as wb
    from workbench import corpus as _  # noqa: F401
    from workbench.build import _cache as cache_mod
    from workbench.filters import SentenceIndex, filter_sentences, sentence_sources

    imports = time.perf_counter() - start

    before = _document_files(cache_mod, cache_dir)
    start = time.perf_counter()
    corpus = wb.load_corpus(folder, cache_dir=cache_dir, progress=False)
    warm = time.perf_counter() - start
    rebuilt = _document_files(cache_mod, cache_dir) - before
    start = time.perf_counter()
    sources = sentence_sources(corpus)
    index = SentenceIndex.of(corpus, sources=sources)  # built once per widget, as the widgets do
    sources_seconds = time.perf_counter() - start
    latencies = []
    for f in varied_filters(corpus, sources):
        start = time.perf_counter()
        filter_sentences(corpus, f, index=index)
        latencies.append(time.perf_counter() - start)
    return {
        "seconds": warm,
        "imports_seconds": imports,
        "rebuilt": len(rebuilt),
        "sentence_sources_seconds": sources_seconds,
        "filter_median": float(np.median(latencies)),
        "filter_p95": float(np.percentile(latencies, 95)),
        "filter_max": float(np.max(latencies)),
        "n_filters": len(latencies),
        **_peak_rss(),
    }


def _run_child(mode: str, *, code: Path | None = None, **kwargs) -> dict:
    """Run ``mode`` in a fresh Python process (importing the workbench from ``code``)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps([mode, kwargs])]
    env = {**os.environ, CODE_ENV: str(code)} if code else None
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{mode} child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _child_main(spec: str) -> int:
    mode, kwargs = json.loads(spec)
    fn = {"build": _child_build, "warm": _child_warm}[mode]
    print(json.dumps(fn(**kwargs)))
    return 0


# --------------------------------------------------------------------------- measurements


def measure_size(
    n: int, work: Path, *, pages: list[str], random_state: int = SEED, code: Path | None = None
) -> dict:
    """Generate N documents and measure cold build, warm reopen, filters and one added file."""
    folder, cache_dir = work / f"corpus_{n}", work / f"cache_{n}"
    paths = corpus_generator.generate(folder, n, random_state=random_state, pages=pages)
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    cold = _run_child("build", code=code, folder=str(folder), cache_dir=str(cache_dir), n_jobs=None)
    warm = _run_child("warm", code=code, folder=str(folder), cache_dir=str(cache_dir))
    corpus_generator.generate(folder, 1, random_state=random_state, pages=pages, start=n)
    added = _run_child("build", code=code, folder=str(folder), cache_dir=str(cache_dir), n_jobs=None)
    return {
        "n": n,
        "megabytes": megabytes,
        "cold": cold,
        "warm": warm,
        "incremental": added,
        "docs_per_second": cold["documents"] / cold["seconds"],
        "mb_per_second": megabytes / cold["seconds"],
        "peak_rss": max(cold["rss_self"], cold["rss_worker"]),
        "load_average": os.getloadavg(),
    }


def bench_scale(
    sizes=DEFAULT_SIZES,
    *,
    sample: int = DEFAULT_SAMPLE,
    ratios: bool = True,
    identity_docs: int = IDENTITY_DOCS,
    random_state: int = SEED,
    sentiment_sentences: int = SENTIMENT_SENTENCES,
    json_path: str | None = None,
) -> dict:
    """Every figure of the run, as a dict (what --json writes)."""
    load_start = os.getloadavg()
    pages = corpus_generator.base_pages()
    result: dict = {
        "machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "load_start": [round(x, 2) for x in load_start],
    }
    with tempfile.TemporaryDirectory(prefix="bench_scale_") as tmp:
        work = Path(tmp)
        sample_paths = corpus_generator.generate(
            work / "sample", max(sample, identity_docs), random_state=random_state, pages=pages
        )
        result["stages"] = stage_times(sample_paths, sample=sample, random_state=random_state)
        identity_dir = work / "identity"
        identity_dir.mkdir()
        for p in sample_paths[:identity_docs]:
            (identity_dir / p.name).write_bytes(p.read_bytes())
        identical, detail = identical_tables(identity_dir) if identity_docs else (None, "")
        result["identical"], result["identity_detail"] = identical, detail
        result["ratios"] = side_by_side(sentences=sentiment_sentences) if ratios else None
        code = work / "code"
        shutil.copytree(ROOT / "workbench", code / "workbench", ignore=shutil.ignore_patterns("__pycache__"))
        result["sizes"] = []
        for n in sorted(sizes):
            result["sizes"].append(measure_size(n, work, pages=pages, random_state=random_state, code=code))
            if json_path:  # a long run keeps what it has measured so far
                Path(json_path).write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")
    result["load_end"] = [round(x, 2) for x in os.getloadavg()]
    result["targets"] = targets(result["sizes"], result["identical"])
    return result


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return _child_main(argv[1])
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="comma-separated corpus sizes (the issue's range: 1000,10000,50000)",
    )
    ap.add_argument("--docs", type=int, help="measure one size only (overrides --sizes)")
    ap.add_argument("--sample", type=int, default=DEFAULT_SAMPLE, help="documents timed per stage")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    ap.add_argument(
        "--plot",
        default=str(ROOT / "reports" / "scale.png"),
        help="log-log plot of the figures by size ('' for none)",
    )
    ap.add_argument("--no-ratios", action="store_true", help="skip the side-by-side ratios")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    sizes = [args.docs] if args.docs else [int(x) for x in args.sizes.split(",") if x.strip()]
    result = bench_scale(
        sizes, sample=args.sample, ratios=not args.no_ratios, random_state=args.seed, json_path=args.json
    )
    print_report(result)
    if args.plot and len(result["sizes"]) > 1:
        print(f"\nplot: {plot(result['sizes'], Path(args.plot))}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
