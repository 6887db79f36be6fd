"""Entity recognition: quality on the hand-marked gold set, speed on the extraction dev set.

    .venv/bin/python bench/bench_entities.py [DEV_DIR] [--errors]

Quality: precision, recall and F1 per label (span and label both right) and the share of found
mentions whose canonical entity is right, on ``tests/data/entities``: the self-written articles
(each through :func:`workbench.extract_entities`; ``a*.md`` were used while writing the rules,
``b*.md`` and then ``c*.md`` were written afterwards and scored before the rules saw them: F1
0.89 and 0.88 then, P 0.91 R 0.86 F1 0.88 together) and the two seed reports (through
:func:`workbench.entities_table` on ``data/raw``, so variants are joined across them).
Speed: :func:`workbench.entities_table` over the dev set's text copies (read from
``../shared/bench/extraction/dev/text`` at run time, never copied), documents and entities per
second on one core; the corpus is loaded first and not timed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

import pandas as pd  # noqa: E402
from entity_eval import parse_marked, score  # noqa: E402

import workbench as wb  # noqa: E402
from workbench.entities import entities_table, extract_entities  # noqa: E402

GOLD_DIR = ROOT / "tests" / "data" / "entities"
DEFAULT_DEV_DIR = ROOT.parent / "shared" / "bench" / "extraction" / "dev"
#: Timed repetitions; the best is reported (the machine is shared).
REPEATS = 3


def gold_articles(pattern: str = "[abc]*.md", gold_dir: Path = GOLD_DIR) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Gold and predicted mentions of the self-written articles."""
    golds, preds = [], []
    for f in sorted(gold_dir.glob(pattern)):
        text, gold = parse_marked(f.read_text(encoding="utf-8"))
        golds.append(gold.assign(doc_id=f.stem))
        preds.append(extract_entities(text, doc_id=f.stem))
    return pd.concat(golds, ignore_index=True), pd.concat(preds, ignore_index=True)


def gold_seeds(gold_dir: Path = GOLD_DIR, corpus=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Gold and predicted mentions of the two seed reports (their text must match the gold)."""
    corpus = corpus if corpus is not None else wb.load_corpus(progress=False)
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    golds = []
    for f in sorted(gold_dir.glob("seed_*.md")):
        doc_id = f.stem[len("seed_") :]
        text, gold = parse_marked(f.read_text(encoding="utf-8"))
        if text.rstrip("\n") != texts.get(doc_id):
            raise ValueError(f"{f.name}: the marked text differs from documents.text of {doc_id}")
        golds.append(gold.assign(doc_id=doc_id))
    pred = entities_table(corpus)
    return pd.concat(golds, ignore_index=True), pred[pred["doc_id"].isin(texts)]


def speed(dev_dir: Path = DEFAULT_DEV_DIR) -> dict:
    corpus = wb.load_corpus(dev_dir / "text", cache=False, progress=False)
    lang = corpus.documents["language"]
    n_docs = int((lang.isna() | (lang == "en")).sum())
    best, ents = float("inf"), None
    for _ in range(REPEATS):
        start = time.perf_counter()
        ents = entities_table(corpus)
        best = min(best, time.perf_counter() - start)
    return {
        "documents": n_docs,
        "entities": len(ents),
        "seconds": best,
        "docs_per_second": n_docs / best,
        "entities_per_second": len(ents) / best,
    }


def errors(gold: pd.DataFrame, pred: pd.DataFrame) -> pd.DataFrame:
    cols = ["doc_id", "char_start", "char_end", "label"]
    m = gold.merge(
        pred[cols + ["text", "entity"]], on=cols, how="outer", suffixes=("", "_pred"), indicator=True
    )
    wrong = m[(m["_merge"] != "both") | (m["entity"] != m["entity_pred"])]
    return wrong.sort_values(["doc_id", "char_start"])[
        ["doc_id", "char_start", "label", "text", "entity", "text_pred", "entity_pred", "_merge"]
    ]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dev_dir", nargs="?", type=Path, default=DEFAULT_DEV_DIR)
    ap.add_argument("--errors", action="store_true", help="list the gold set's errors")
    args = ap.parse_args(argv)
    pd.set_option("display.width", 200)
    for name, (gold, pred) in [
        ("self-written articles, development (tests/data/entities/a*.md)", gold_articles("a*.md")),
        ("self-written articles, held out (tests/data/entities/[bc]*.md)", gold_articles("[bc]*.md")),
        ("seed reports (tests/data/entities/seed_*.md)", gold_seeds()),
    ]:
        print(f"Entities on {name}: {len(gold)} gold mentions")
        print(score(gold, pred).round(3).to_string(index=False))
        if args.errors:
            print(errors(gold, pred).to_string(index=False))
        print()
    if args.dev_dir.is_dir():
        s = speed(args.dev_dir)
        print(
            f"Speed: {s['documents']} English dev documents, {s['entities']} entities in "
            f"{s['seconds']:.2f} s: {s['docs_per_second']:.0f} documents/s, "
            f"{s['entities_per_second']:.0f} entities/s (best of {REPEATS})"
        )
    else:
        print(f"no extraction dev set at {args.dev_dir}; speed not measured", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
