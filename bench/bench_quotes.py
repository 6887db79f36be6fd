"""Quote extraction speed: statements per second of :func:`workbench.quotes.extract_quotes`.

    .venv/bin/python bench/bench_quotes.py [DEV_DIR]

The text copies of the extraction dev set (../shared/bench/extraction/dev/text/*.txt,
read at run time, never copied here) are loaded with ``wb.load_corpus`` into a
temporary folder's worth of article text first; only ``extract_quotes`` over those
articles is timed (best of ``REPEATS`` runs, so a busy shared machine counts less).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

import workbench as wb  # noqa: E402
from workbench.quotes import extract_quotes  # noqa: E402
from workbench.quotes._mentions import forget_parses  # noqa: E402

DEFAULT_DEV_DIR = ROOT.parent / "shared" / "bench" / "extraction" / "dev"
#: Timed runs; the fastest is reported.
REPEATS = 3


def bench_quotes(dev_dir: Path = DEFAULT_DEV_DIR) -> dict:
    """``documents``, ``statements``, ``seconds`` (best run) and ``statements_per_second``
    of extract_quotes over the dev set's article text, with kinds counted."""
    folder = Path(dev_dir) / "text"
    corpus = wb.load_corpus(folder, cache=False, progress=False)
    docs = corpus.documents[["doc_id", "text"]]
    paras = {d: list(zip(g["char_start"], g["char_end"])) for d, g in corpus.paragraphs.groupby("doc_id")}
    sents = {d: list(zip(g["char_start"], g["char_end"])) for d, g in corpus.sentences.groupby("doc_id")}
    best, n, kinds = float("inf"), 0, {}
    for _ in range(REPEATS):
        forget_parses()  # the speaker phrases read in a pass are kept: each pass reads its own
        start = time.perf_counter()
        frames = [
            extract_quotes(
                text, doc_id=doc_id, paragraphs=paras.get(doc_id, []), sentences=sents.get(doc_id, [])
            )
            for doc_id, text in docs.itertuples(index=False)
        ]
        best = min(best, time.perf_counter() - start)
        n = sum(len(f) for f in frames)
        kinds = {}
        for f in frames:
            for k, c in f["kind"].value_counts().items():
                kinds[k] = kinds.get(k, 0) + int(c)
    return {
        "documents": len(docs),
        "statements": n,
        "seconds": best,
        "statements_per_second": n / best if best > 0 else float("nan"),
        "kinds": dict(sorted(kinds.items())),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev_dir", nargs="?", type=Path, default=DEFAULT_DEV_DIR)
    args = parser.parse_args(argv)
    if not (args.dev_dir / "text").is_dir():
        print(f"no text copies under {args.dev_dir}; nothing to measure", file=sys.stderr)
        return 2
    r = bench_quotes(args.dev_dir)
    print(
        f"Quotes: {r['statements']} statements in {r['documents']} documents, {r['seconds']:.2f} s: "
        f"{r['statements_per_second']:.0f} statements/s ({r['kinds']})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
