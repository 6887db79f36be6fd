"""Topic fit time and KWIC query time on a corpus of at least 10,000 paragraphs.

    .venv/bin/python bench/bench_topics.py [--paragraphs N]

The corpus is built at run time from the extraction dev set's text copies
(../shared/bench/extraction/dev/text/*.txt) and the two reports of data/raw, copied to a
temporary folder and repeated in a shuffled order (fixed seed) until it has enough
paragraphs; nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

import workbench as wb  # noqa: E402
from workbench.config import RAW_DIR, SEED  # noqa: E402
from workbench.topics import (  # noqa: E402
    KwicIndex,
    TopicModel,  # noqa: E402
    kwic,
)

DEV_TEXT = ROOT.parent / "shared" / "bench" / "extraction" / "dev" / "text"
#: The issue's size: "a corpus of at least 10,000 paragraphs".
N_PARAGRAPHS = 10_000
#: Topics fitted for the timing (a fixed number: choosing by coherence fits several models).
N_TOPICS = 10
#: Queries timed: a word, a frequent word, wildcards, phrases, a possessive, a miss.
PATTERNS = [
    "Kremlin",
    "the",
    "negotiat*",
    "track 1.5",
    "United States",
    "prisoner exchange",
    "nuclear weapon?",
    "Putin's",
    "secur* council",
    "zzzz",
]
#: Each query is repeated this often; the median and 95th percentile are reported.
REPEATS = 20


def _paragraphs_per_file(files: list[Path]) -> dict[Path, int]:
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            shutil.copy(f, Path(tmp, f.name))
        corpus = wb.load_corpus(tmp, cache=False, progress=False)
    counts = corpus.paragraphs.groupby("doc_id").size()
    return {f: int(counts.get(f.stem, 0)) for f in files}


def build_corpus(folder: Path, n_paragraphs: int = N_PARAGRAPHS, *, seed: int = SEED):
    """Copies of the dev set and the two reports in ``folder`` until ``n_paragraphs`` are loaded."""
    files = sorted(DEV_TEXT.glob("*.txt")) + sorted(RAW_DIR.glob("*.txt"))
    sizes = _paragraphs_per_file(files)
    rng, total, k, rounds = random.Random(seed), 0, 0, 0
    while total < n_paragraphs:
        batch = list(files)
        rng.shuffle(batch)
        for f in batch:
            # a copy differs from the last by trailing newlines only: the loader skips
            # byte-identical files, and blank lines change nothing in the article
            Path(folder, f"{k:05d}_{f.name}").write_bytes(f.read_bytes() + b"\n" * rounds)
            total += sizes[f]
            k += 1
            if total >= n_paragraphs:
                break
        rounds += 1
    return wb.load_corpus(folder, cache=False, progress=False)


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def bench_topics(n_paragraphs: int = N_PARAGRAPHS) -> dict:
    """Fit and query timings; seconds for fits and index, milliseconds for queries."""
    if not DEV_TEXT.is_dir():
        raise FileNotFoundError(f"no extraction dev set at {DEV_TEXT}")
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        corpus = build_corpus(Path(tmp), n_paragraphs)
        load = time.perf_counter() - start
    out = {
        "documents": len(corpus.documents),
        "paragraphs": len(corpus.paragraphs),
        "sentences": len(corpus.sentences),
        "load_seconds": load,
    }
    for method in ("nmf", "lda"):
        start = time.perf_counter()
        model = TopicModel(N_TOPICS, method=method, unit="paragraph", random_state=SEED).fit(corpus)
        out[f"fit_{method}_seconds"] = time.perf_counter() - start
        out[f"{method}_terms"] = len(model.vocabulary_)
    start = time.perf_counter()
    model = TopicModel(method="nmf", unit="paragraph", random_state=SEED).fit(corpus)
    out["fit_nmf_auto_seconds"] = time.perf_counter() - start
    out["nmf_auto_topics"] = model.n_topics_
    out["nmf_auto_tried"] = len(model.coherence_)
    start = time.perf_counter()
    KwicIndex.of(corpus)
    out["kwic_index_seconds"] = time.perf_counter() - start
    times, hits, per_pattern = [], {}, {}
    for pattern in PATTERNS:
        mine = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            result = kwic(corpus, pattern)
            mine.append((time.perf_counter() - start) * 1000)
        times += mine
        hits[pattern] = len(result)
        per_pattern[pattern] = statistics.median(mine)
    out["kwic_median_ms"] = statistics.median(times)
    out["kwic_p95_ms"] = _percentile(times, 0.95)
    out["kwic_max_ms"] = max(times)
    out["kwic_hits"] = hits
    out["kwic_pattern_median_ms"] = per_pattern
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paragraphs", type=int, default=N_PARAGRAPHS)
    args = parser.parse_args(argv)
    r = bench_topics(args.paragraphs)
    print(
        f"Topics and KWIC: {r['documents']} documents, {r['paragraphs']} paragraphs, "
        f"{r['sentences']} sentences (loaded in {r['load_seconds']:.1f} s)"
    )
    print(
        f"  TopicModel({N_TOPICS}, unit='paragraph') fit: NMF {r['fit_nmf_seconds']:.1f} s, "
        f"LDA {r['fit_lda_seconds']:.1f} s ({r['nmf_terms']} terms)"
    )
    print(
        f"  TopicModel(None) NMF, number chosen by stability over {r['nmf_auto_tried']} candidates: "
        f"{r['fit_nmf_auto_seconds']:.1f} s (chose {r['nmf_auto_topics']})"
    )
    print(
        f"  KWIC index built once in {r['kwic_index_seconds']:.2f} s; query over {len(PATTERNS)} patterns "
        f"x {REPEATS}: median {r['kwic_median_ms']:.1f} ms, p95 {r['kwic_p95_ms']:.1f} ms, "
        f"max {r['kwic_max_ms']:.1f} ms"
    )
    print(
        "  per pattern (hits, median ms): "
        + ", ".join(f"{p!r} {n} {r['kwic_pattern_median_ms'][p]:.1f}" for p, n in r["kwic_hits"].items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
