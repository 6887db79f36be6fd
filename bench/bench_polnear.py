"""Quotes on real news annotated by others: PolNeAR train and dev, scored by the shared scorer.

    .venv/bin/python bench/bench_polnear.py [--split train|dev|both] [-v] [--fast]

Runs ``../shared/bench/quotes/score_attributions.py`` (its matching and speaker rule, not
ours) on each split and prints F1, precision, recall, recall of marked (quotation-mark)
and unmarked (reported) statements and speaker accuracy. The articles are read from
../shared at run time, never copied here.

By default the scorer runs as its own process with this interpreter, so it builds each
split through ``workbench.load_corpus`` exactly as it documents. ``--fast`` (for working
on the extractor) builds the documents, paragraphs and sentences once, keeps them in a
temporary folder (``--tables``), re-extracts only the quotes through
:func:`workbench.quotes.quote_records` (what the build calls per document) and scores them with the scorer's own ``score``;
the figures are the same as the scorer's own run as long as only quote code changed.
``-v`` passes the scorer's list of misses and wrong speakers through.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUOTES_BENCH = ROOT.parent / "shared" / "bench" / "quotes"
SCORER = QUOTES_BENCH / "score_attributions.py"
SPLITS = ("train", "dev")
FIGURES = (
    ("f1", "F1"),
    ("precision", "P"),
    ("recall", "R"),
    ("recall_marked", "marked"),
    ("recall_unmarked", "unmarked"),
    ("speaker_accuracy", "speaker"),
)


def load_scorer():
    """The shared scorer as a module (its ``score`` and ``words``)."""
    spec = importlib.util.spec_from_file_location("score_attributions", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_gold(split_dir: Path) -> list[dict]:
    lines = (split_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def run_scorer(split_dir: Path, *, verbose: bool = False) -> dict:
    """The scorer's figures for one split, from its own process (it builds the corpus)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp, "figures.json")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "WORKBENCH_PROCESSED_DIR": tmp}
        cmd = [sys.executable, str(SCORER), str(split_dir), "--json", str(out)]
        if verbose:
            cmd.append("-v")
        start = time.perf_counter()
        subprocess.run(cmd, check=True, env=env, cwd=ROOT)
        figures = json.loads(out.read_text())
        figures["seconds"] = time.perf_counter() - start
    return figures


def base_tables(split_dir: Path, tables_dir: Path):
    """Documents, paragraphs and sentences of a split, built once and kept as parquet."""
    import pandas as pd

    import workbench as wb

    folder = tables_dir / split_dir.name
    names = ("documents", "paragraphs", "sentences")
    if not all((folder / f"{n}.parquet").exists() for n in names):
        corpus = wb.load_corpus(split_dir / "text", cache=False, progress=False, n_jobs=1)
        folder.mkdir(parents=True, exist_ok=True)
        for n in names:
            getattr(corpus, n).to_parquet(folder / f"{n}.parquet")
    return {n: pd.read_parquet(folder / f"{n}.parquet") for n in names}


def split_parser() -> argparse.ArgumentParser:
    """The analysis scripts' parser: ``--split`` (train unless told) and ``--tables`` (the
    folder :func:`base_tables` keeps its tables in)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train")
    ap.add_argument("--tables", type=Path, default=Path(tempfile.gettempdir()) / "polnear_tables")
    return ap


def split_inputs(tables: dict) -> tuple[dict, dict, dict]:
    """Texts, paragraph spans and sentence spans by doc_id, from :func:`base_tables`' tables."""

    def spans(frame):
        return {d: list(zip(g["char_start"], g["char_end"])) for d, g in frame.groupby("doc_id")}

    texts = dict(tables["documents"][["doc_id", "text"]].itertuples(index=False))
    return texts, spans(tables["paragraphs"]), spans(tables["sentences"])


def fast_predictions(tables: dict) -> tuple[list[dict], float]:
    """The scorer's prediction records from the quotes of prebuilt tables, and the seconds taken."""
    from workbench.quotes import quote_records

    texts, paras, sents = split_inputs(tables)
    docs = list(texts.items())
    start = time.perf_counter()
    records = [
        (doc_id, quote_records(text, paragraphs=paras.get(doc_id, []), sentences=sents.get(doc_id, [])))
        for doc_id, text in docs
    ]
    seconds = time.perf_counter() - start
    preds = []
    for doc_id, rows in records:
        for r in rows:
            speaker = " ".join(str(r[k]) for k in ("speaker", "speaker_name") if isinstance(r[k], str))
            preds.append(
                {
                    "doc": doc_id,
                    "text": r["text"],
                    "speaker": speaker,
                    "start": r["char_start"],
                    "end": r["char_end"],
                    "kind": r["kind"],
                    "cue": r["cue"],
                }
            )
    return preds, seconds


def run_fast(split_dir: Path, tables_dir: Path, *, verbose: bool = False) -> dict:
    scorer = load_scorer()
    tables = base_tables(split_dir, tables_dir)
    preds, seconds = fast_predictions(tables)
    figures = scorer.score(load_gold(split_dir), preds, verbose)
    figures["seconds"] = seconds
    figures["statements_per_second"] = len(preds) / seconds if seconds else float("nan")
    return figures


def line(name: str, r: dict) -> str:
    vals = ", ".join(f"{label} {r[key]:.3f}" for key, label in FIGURES)
    return (
        f"PolNeAR {name:5s}: {vals} (speaker over {r['speaker_n']}; {r['gold']} gold, "
        f"{r['predicted']} predicted, {r['articles']} articles; {r['seconds']:.1f} s)"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "both"), default="both")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--fast", action="store_true", help="rebuild only the quotes of cached tables")
    parser.add_argument("--tables", type=Path, default=Path(tempfile.gettempdir()) / "polnear_tables")
    parser.add_argument("--json", type=Path, help="write the figures of every split here")
    args = parser.parse_args(argv)
    if not SCORER.exists():
        print(f"no scorer at {SCORER}; nothing to measure", file=sys.stderr)
        return 2
    splits = SPLITS if args.split == "both" else (args.split,)
    results = {}
    for name in splits:
        split_dir = QUOTES_BENCH / "polnear" / name
        if args.fast:
            results[name] = run_fast(split_dir, args.tables, verbose=args.verbose)
        else:
            results[name] = run_scorer(split_dir, verbose=args.verbose)
    for name, r in results.items():
        print(line(name, r))
    if len(results) == 2:
        gap = results["train"]["f1"] - results["dev"]["f1"]
        print(f"F1 train - dev: {gap:+.3f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
