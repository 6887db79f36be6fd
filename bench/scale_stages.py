"""Once-per-run measurements of bench/bench_scale.py: each per-document stage timed single-process,
a parallel build compared table by table with a one-process build, and the side-by-side ratios."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from scale_report import STAGES

from workbench.config import SEED

#: Documents timed stage by stage (single process); enough for stable per-document means.
DEFAULT_SAMPLE = 200
#: Sentences in the sentiment ratio (bench_sentiment's own floor is 50,000; fewer keep the run short).
SENTIMENT_SENTENCES = 20_000


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
