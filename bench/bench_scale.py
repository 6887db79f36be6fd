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

from workbench.config import SEED  # noqa: E402

#: Sizes of `make bench`: chosen so the run stays near 15 minutes on this 2-core machine.
DEFAULT_SIZES = (1000, 10_000)
#: Documents timed stage by stage (single process); enough for stable per-document means.
DEFAULT_SAMPLE = 200
#: Filters timed on each built corpus.
N_FILTERS = 50
#: Documents in the parallel-vs-one-process check; well past workbench.corpus.PARALLEL_MIN_DOCS.
IDENTITY_DOCS = 48
#: Sentences in the sentiment ratio (bench_sentiment's own floor is 50,000; fewer keep the run short).
SENTIMENT_SENTENCES = 20_000
#: The issue's targets on this machine.
TARGET_DOCS_PER_SECOND = 100
TARGET_WARM_SECONDS = 1.0
TARGET_WARM_AT = 10_000
TARGET_FILTER_P95_SECONDS = 0.100
TARGET_FILTER_AT = 10_000
TARGET_MEMORY_BYTES = 4 * 2**30
TARGET_MEMORY_AT = 50_000
STAGES = ("read", "layout", "repair", "segment", "sentiment", "metadata", "language", "quotes", "entities")


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


def stage_times(paths: list[Path], *, sample: int = DEFAULT_SAMPLE, random_state: int = SEED) -> dict:
    """Seconds spent in each per-document stage over a seeded sample of ``paths``, one process.

    Each stage's own function runs on what the stage before it produced, as in
    ``workbench.pipeline.process``; ``process`` itself is timed too, over the whole sample
    after the stages (so that no per-text cache the stages filled serves it), and what the
    stages leave out (building rows) shows as the difference.
    """
    from workbench.build import _pipeline as pipeline
    from workbench.entities import document_entities
    from workbench.ingest import discover, read_file
    from workbench.layout import label_blocks
    from workbench.layout._metadata import from_blocks
    from workbench.quotes import quote_records
    from workbench.sentiment import polarity_scores
    from workbench.text import _language as language
    from workbench.text import build_evidence, repair_text, sentence_spans

    rng = np.random.default_rng(random_state)
    chosen = sorted(rng.choice(len(paths), size=min(sample, len(paths)), replace=False).tolist())
    seconds = dict.fromkeys((*STAGES, "process"), 0.0)
    n_docs = n_bytes = 0
    # Lexicons, language models and gazetteers load once, outside the timing.
    pipeline.warm_up()  # as a build worker does

    def timed(stage, fn, *args, **kwargs):
        start = time.perf_counter()
        out = fn(*args, **kwargs)
        seconds[stage] += time.perf_counter() - start
        return out

    sources = []
    for k in chosen:
        item = discover(paths[k])[0]
        result = timed("read", read_file, item)
        if not result.sources:
            continue
        src = result.sources[0]
        sources.append(src)
        n_docs, n_bytes = n_docs + 1, n_bytes + result.bytes
        blocks = timed("layout", label_blocks, src.text)
        content = [b for b in blocks if b.kind in pipeline.CONTENT_KINDS]

        def repair_all():
            evidence = build_evidence([b.raw for b in content])
            return [repair_text(b.raw.strip(), evidence=evidence)[0] for b in content]

        repaired = timed("repair", repair_all)
        body = [t for b, t in zip(content, repaired) if b.kind == "body" and t]
        spans = timed("segment", lambda: [sentence_spans(t) for t in body])
        timed("sentiment", lambda: [polarity_scores(t[a:b]) for t, ss in zip(body, spans) for a, b in ss])
        text = pipeline.PARAGRAPH_SEP.join(body)
        rows = [
            {"order": n, "kind": b.kind, "text": t}
            for n, (b, t) in enumerate(zip(content, repaired), start=1)
        ]
        timed("metadata", from_blocks, rows, text)

        def detect_languages():
            lang = language.detect_document(text) if text else None
            script = language.main_script(text[:2000]) if text else None
            return language.detect_blocks(
                [pipeline._plain(b.raw) for b in blocks],
                [b.kind in ("body", "heading", "title") for b in blocks],
                document_language=lang,
                document_script=script,
            )

        timed("language", detect_languages)
        paragraphs, sentences, offset = [], [], 0
        for t, ss in zip(body, spans):
            paragraphs.append((offset, offset + len(t)))
            sentences += [(offset + a, offset + b) for a, b in ss]
            offset += len(t) + len(pipeline.PARAGRAPH_SEP)
        # what the build runs: rows, no frame
        timed("quotes", quote_records, text, paragraphs=paragraphs, sentences=sentences)
        timed(
            "entities",
            document_entities,
            text,
            sentences,
            [f"s{i}" for i in range(len(sentences))],
            doc_id="d",
        )
    for src in sources:
        timed("process", pipeline.process, src)
    total = sum(seconds[s] for s in STAGES)
    return {
        "documents": n_docs,
        "megabytes": n_bytes / 1e6,
        "seconds": seconds,
        "docs_per_second": {s: n_docs / t if t else float("inf") for s, t in seconds.items()},
        "share": {s: seconds[s] / total for s in STAGES},
    }


def identical_tables(folder: Path) -> tuple[bool, str]:
    """Whether a parallel build (2 processes) gives the same tables as a one-process build."""
    import pandas as pd

    import workbench as wb

    one = wb.load_corpus(folder, cache=False, progress=False, n_jobs=1)
    two = wb.load_corpus(folder, cache=False, progress=False, n_jobs=2)
    for name, table in one.tables().items():
        try:
            pd.testing.assert_frame_equal(table, two.tables()[name])
        except AssertionError as err:
            return False, f"{name}: {str(err).splitlines()[0]}"
    return True, f"{len(one.documents)} documents, every table equal"


def side_by_side(*, sentences: int = SENTIMENT_SENTENCES) -> dict:
    """The three reference ratios (>1: the workbench is faster)."""
    import bench_extraction
    import bench_sentiment
    import run

    out = {}
    html = run.score_html(bench_extraction.DEFAULT_DEV_DIR)
    ours, theirs = html["workbench HTML path"], html["trafilatura alone"]
    out["html"] = {
        "workbench_pages_per_second": ours["pages_per_second"],
        "trafilatura_pages_per_second": theirs["pages_per_second"],
        "workbench_f1": ours["f1"],
        "trafilatura_f1": theirs["f1"],
        "speed_ratio": ours["pages_per_second"] / theirs["pages_per_second"],
    }
    s = bench_sentiment.bench_sentiment(sentences)
    out["sentiment"] = {
        "workbench_per_second": s["score_sentences_per_second"],
        "vader_per_second": s["vader_per_second"],
        "speed_ratio": s["speedup"],
        "all_equal": s["all_equal"],
        "unique_speed_ratio": s["unique_speedup"],
    }
    pages = bench_extraction.read_pages(bench_extraction.DEFAULT_DEV_DIR)
    per_second = {}
    for name in ("layout", "justext"):
        fn = bench_extraction.EXTRACTORS[name][1]
        fn(next(iter(pages.values())))  # stoplists and models load outside the timing
        start = time.perf_counter()
        for text in pages.values():
            fn(text)
        per_second[name] = len(pages) / (time.perf_counter() - start)
    out["layout"] = {
        "workbench_pages_per_second": per_second["layout"],
        "justext_pages_per_second": per_second["justext"],
        "speed_ratio": per_second["layout"] / per_second["justext"],
    }
    return out


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


# --------------------------------------------------------------------------- report


def _verdict(ok: bool | None) -> str:
    return "n/a " if ok is None else ("PASS" if ok else "MISS")


def targets(sizes: list[dict], identical: bool | None) -> list[tuple[str, str, bool | None]]:
    """(target, measured, verdict) for each of the issue's targets; None where not measured."""
    at = {s["n"]: s for s in sizes}
    biggest = max(sizes, key=lambda s: s["n"]) if sizes else None

    def size_at(n):
        if n in at:
            return at[n], ""
        return biggest, f" (at {biggest['n']:,}, not {n:,})" if biggest else ""

    rows = []
    slowest = min((s["docs_per_second"] for s in sizes), default=None)
    rows.append(
        (
            f"cold build >= {TARGET_DOCS_PER_SECOND} documents/s",
            "-" if slowest is None else f"{slowest:.1f} documents/s (slowest size)",
            None if slowest is None else slowest >= TARGET_DOCS_PER_SECOND,
        )
    )
    s, note = size_at(TARGET_WARM_AT)
    rows.append(
        (
            f"warm reopen of {TARGET_WARM_AT:,} <= {TARGET_WARM_SECONDS:.0f} s",
            "-" if s is None else f"{s['warm']['seconds']:.2f} s{note}",
            None if s is None or note else s["warm"]["seconds"] <= TARGET_WARM_SECONDS,
        )
    )
    s, note = size_at(TARGET_FILTER_AT)
    rows.append(
        (
            f"filter p95 <= {TARGET_FILTER_P95_SECONDS * 1000:.0f} ms at {TARGET_FILTER_AT:,}",
            "-" if s is None else f"{s['warm']['filter_p95'] * 1000:.0f} ms{note}",
            None if s is None or note else s["warm"]["filter_p95"] <= TARGET_FILTER_P95_SECONDS,
        )
    )
    s, note = size_at(TARGET_MEMORY_AT)
    rows.append(
        (
            f"memory <= {TARGET_MEMORY_BYTES / 2**30:.0f} GiB at {TARGET_MEMORY_AT:,}",
            "-" if s is None else f"{s['peak_rss'] / 2**30:.2f} GiB{note}",
            None if s is None or note else s["peak_rss"] <= TARGET_MEMORY_BYTES,
        )
    )
    inc = [s for s in sizes if s["incremental"]["processed"] != 1]
    rows.append(
        (
            "adding one file rebuilds one document",
            "-" if not sizes else ", ".join(f"{s['incremental']['processed']} at {s['n']:,}" for s in sizes),
            None if not sizes else not inc,
        )
    )
    rows.append(
        ("parallel build identical to one process", "-" if identical is None else str(identical), identical)
    )
    return rows


def print_report(result: dict) -> None:
    print(
        f"Machine: {result['machine']}; load average at start {result['load_start']}, "
        f"end {result['load_end']}"
    )
    st = result.get("stages")
    if st:
        print(
            f"\nPer-document stages, one process, {st['documents']} sampled documents "
            f"({st['megabytes']:.2f} MB):"
        )
        print(f"{'stage':<10} {'ms/doc':>8} {'docs/s':>9} {'share':>6}")
        for s in STAGES:
            print(
                f"{s:<10} {st['seconds'][s] / st['documents'] * 1000:>8.2f} "
                f"{st['docs_per_second'][s]:>9.1f} {st['share'][s]:>6.1%}"
            )
        print(
            f"{'process()':<10} {st['seconds']['process'] / st['documents'] * 1000:>8.2f} "
            f"{st['docs_per_second']['process']:>9.1f}   (workbench.pipeline.process"
            " itself, as the build runs it per document)"
        )
    if result["sizes"]:
        print("\nBy size (cold/added: every core; warm and filters in a fresh process):")
        print(
            f"{'N':>7} {'MB':>6} {'cold s':>8} {'docs/s':>7} {'MB/s':>6} {'analyse s':>9} "
            f"{'warm s':>7} {'filt med':>8} {'filt p95':>8} {'srcs s':>7} {'add1 s':>7} "
            f"{'rebuilt':>7} {'RSS GiB':>8} {'worker':>7}"
        )
        for s in result["sizes"]:
            c, w, a = s["cold"], s["warm"], s["incremental"]
            print(
                f"{s['n']:>7,} {s['megabytes']:>6.1f} {c['seconds']:>8.1f} "
                f"{s['docs_per_second']:>7.1f} {s['mb_per_second']:>6.3f} "
                f"{c['analyse_seconds']:>9.1f} {w['seconds']:>7.2f} "
                f"{w['filter_median'] * 1000:>6.1f}ms {w['filter_p95'] * 1000:>6.1f}ms "
                f"{w['sentence_sources_seconds']:>7.2f} {a['seconds']:>7.1f} {a['processed']:>7} "
                f"{c['rss_self'] / 2**30:>8.2f} {c['rss_worker'] / 2**30:>7.2f}"
            )
            print(
                "        (warm: load_corpus in a process that has already imported the workbench, "
                "pandas and pyarrow, as after a notebook's first cell)"
            )
            if w["rebuilt"]:
                print(f"        (the warm reopen rebuilt {w['rebuilt']} documents: not a cache hit)")
    r = result.get("ratios")
    if r:
        print("\nSide by side (ratio > 1: the workbench is faster):")
        h = r["html"]
        print(
            f"  HTML path {h['workbench_pages_per_second']:.1f} vs trafilatura alone "
            f"{h['trafilatura_pages_per_second']:.1f} pages/s: x{h['speed_ratio']:.2f} "
            f"(F1 {h['workbench_f1']:.3f} vs {h['trafilatura_f1']:.3f})"
        )
        s = r["sentiment"]
        print(
            f"  sentiment {s['workbench_per_second']:,.0f} vs vaderSentiment "
            f"{s['vader_per_second']:,.0f} sentences/s: x{s['speed_ratio']:.2f} "
            f"(distinct only x{s['unique_speed_ratio']:.2f}; scores equal: {s['all_equal']})"
        )
        lay = r["layout"]
        print(
            f"  layout {lay['workbench_pages_per_second']:.1f} vs jusText "
            f"{lay['justext_pages_per_second']:.1f} pages/s: x{lay['speed_ratio']:.2f}"
        )
    print("\nTargets:")
    for name, measured, ok in result["targets"]:
        print(f"  {_verdict(ok)}  {name:<44} {measured}")
    if result.get("identity_detail"):
        print(f"  (identity check: {result['identity_detail']})")


def plot(sizes: list[dict], path: Path) -> Path:
    """Log-log plot of each figure against N, saved to ``path``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ns = [s["n"] for s in sizes]
    panels = [
        ("cold build (s)", [s["cold"]["seconds"] for s in sizes]),
        ("warm reopen (s)", [s["warm"]["seconds"] for s in sizes]),
        ("filter p95 (s)", [s["warm"]["filter_p95"] for s in sizes]),
        ("add one file (s)", [s["incremental"]["seconds"] for s in sizes]),
        ("peak RSS (GiB)", [s["peak_rss"] / 2**30 for s in sizes]),
    ]
    fig, axes = plt.subplots(1, len(panels), figsize=(4 * len(panels), 3.6))
    for ax, (title, ys) in zip(axes, panels):
        ax.loglog(ns, ys, "o-")
        ax.set_title(title)
        ax.set_xlabel("documents")
        ax.grid(True, which="both", alpha=0.3)
    fig.suptitle("workbench scale benchmark (2 cores)")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


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
