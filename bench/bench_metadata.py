"""Metadata and HTML bodies on the extraction benchmarks, tuning and held-out parts apart.

    .venv/bin/python bench/bench_metadata.py [--sets dev,wcxb-dev] [--no-html] [--json out.json]

For each set under ../shared/bench/extraction/ (never copied into this repository) every
page goes through :func:`workbench.pipeline.process` twice, as a text copy and as saved HTML,
and is scored against the gold:

* metadata: title and author are right when the token F1 (lower-cased ``\\w+`` tokens) with the
  gold is >= 0.8, the date when it is the gold's day; accuracy is over pages whose gold has that
  field (``dev/`` has none, so only ``wcxb-dev/`` gives metadata figures). ``outlet`` and
  ``page_kind`` are counted (share of pages with a value / each kind), as no gold has them;
* HTML body: ``documents.text`` of the HTML path and ``trafilatura.extract(html)`` alone,
  scored with the benchmark's own ``score.py`` (4-token shingles);
* time: milliseconds per document of ``process`` for each path, and of trafilatura alone; of
  the metadata step of text copies (``layout.metadata_from_blocks`` on the rows ``process``
  made, timed again apart, its per-line caches emptied first) and of jusText on the same
  copies (``bench_extraction``'s reference), both in CPU time, with their ratio, the measure
  of issue 14's speed rule in one run.

Parts: the ids of a set sorted, the page at index ``i`` is held-out when ``i % 5 == 4``, tuning
otherwise. Nothing is tuned on the held-out part.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BENCH_DIR = ROOT.parent / "shared" / "bench" / "extraction"
SETS = ("dev", "wcxb-dev")
TOKEN = re.compile(r"\w+")
#: A title or author is right at this token F1 with the gold (the issue's measure).
MATCH_F1 = 0.8
NGRAM = 4


def load_scorer():
    spec = importlib.util.spec_from_file_location("extraction_score", BENCH_DIR / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parts(ids: list[str]) -> dict[str, str]:
    """Page id -> "tuning" or "held-out" (index % 5 == 4 of the sorted ids)."""
    return {i: ("held-out" if n % 5 == 4 else "tuning") for n, i in enumerate(sorted(ids))}


def read_html(set_dir: Path, page_id: str) -> str | None:
    for name in (f"{page_id}.html", f"{page_id}.html.gz"):
        path = set_dir / "html" / name
        if path.exists():
            data = path.read_bytes()
            if name.endswith(".gz"):
                data = gzip.decompress(data)
            return data.decode("utf-8", errors="replace")
    return None


def read_text(set_dir: Path, page_id: str) -> str | None:
    path = set_dir / "text" / f"{page_id}.txt"
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else None


def token_f1(a: str | None, b: str | None) -> float:
    from collections import Counter

    ta, tb = Counter(TOKEN.findall((a or "").lower())), Counter(TOKEN.findall((b or "").lower()))
    tp = sum((ta & tb).values())
    if not tp:
        return 0.0
    p, r = tp / sum(ta.values()), tp / sum(tb.values())
    return 2 * p * r / (p + r)


def same_day(pred, gold: str | None) -> bool:
    if pred is None or gold is None:
        return False
    try:
        import pandas as pd

        if pd.isna(pred):
            return False
        return pd.Timestamp(pred).strftime("%Y-%m-%d") == str(gold)[:10]
    except (ValueError, TypeError):
        return False


def metadata_right(doc: dict, gold: dict) -> dict:
    """Per field: True/False when the gold has the field, None when it has not."""
    out = {}
    for field in ("title", "author"):
        out[field] = None if not gold.get(field) else token_f1(doc.get(field), gold[field]) >= MATCH_F1
    out["date"] = None if not gold.get("published") else same_day(doc.get("published"), gold["published"])
    return out


def run_page(source, process) -> tuple[dict, float]:
    start = time.perf_counter()
    rows = process(source)
    return rows, time.perf_counter() - start


def _clear_line_caches() -> None:
    """Empty the per-line caches of the metadata reader: ``process`` just read the same lines,
    and a step timed on warm caches would look faster than it runs in ``process``."""
    from workbench.layout import _metadata_parse

    for value in vars(_metadata_parse).values():
        if hasattr(value, "cache_clear") and getattr(value, "__module__", "") == _metadata_parse.__name__:
            if value.__name__ != "given_names":  # loaded once per process, not per line
                value.cache_clear()


def time_metadata_step(rows: dict) -> float:
    """CPU seconds of the metadata step of a text copy, on the rows ``process`` made for it
    (CPU time: the machine the benchmark runs on is often shared)."""
    from workbench.layout import metadata_from_blocks

    _clear_line_caches()
    start = time.process_time()
    metadata_from_blocks(rows["blocks"], rows["documents"][0]["text"])
    return time.process_time() - start


def time_justext(text: str) -> float:
    """CPU seconds of jusText on a text copy (the speed reference of bench_extraction.py)."""
    from bench_extraction import extract_justext

    start = time.process_time()
    extract_justext(text)
    return time.process_time() - start


def bench_set(name: str, *, html: bool = True, limit: int | None = None) -> dict:
    """Every figure of one set: per path and part, metadata accuracy, body F1, ms per page."""
    from workbench.build._pipeline import process
    from workbench.ingest import Source

    set_dir = BENCH_DIR / name
    scorer = load_scorer()
    gold = scorer.load_gold(set_dir / "gold.jsonl")
    if limit:
        gold = gold[:limit]
    part_of = parts([g["id"] for g in gold])
    process(Source("warm-up", "warm-up.txt", "txt", "Warm up\nBy Jane Doe\nA sentence of prose here."))
    paths = ["text"] + (["html"] if html else [])
    per_page: dict[str, list[dict]] = {p: [] for p in paths + (["trafilatura"] if html else [])}
    outdirs = {p: Path(tempfile.mkdtemp(prefix=f"bench_meta_{p}_")) for p in per_page}
    for g in gold:
        for path in paths:
            raw = read_text(set_dir, g["id"]) if path == "text" else read_html(set_dir, g["id"])
            if raw is None:
                continue
            fmt = "txt" if path == "text" else "html"
            rows, seconds = run_page(Source(g["id"], f"{g['id']}.{fmt}", fmt, raw), process)
            doc = rows["documents"][0]
            if path == "text":
                steps = {"metadata_seconds": time_metadata_step(rows), "justext_seconds": time_justext(raw)}
            (outdirs[path] / f"{g['id']}.txt").write_text(doc["text"] or "", encoding="utf-8")
            per_page[path].append(
                {
                    "id": g["id"],
                    "part": part_of[g["id"]],
                    "seconds": seconds,
                    "outlet": doc.get("outlet"),
                    "page_kind": doc.get("page_kind"),
                    **(steps if path == "text" else {}),
                    **metadata_right(doc, g),
                }
            )
            if path == "html":
                import trafilatura

                start = time.perf_counter()
                body = trafilatura.extract(raw) or ""
                per_page["trafilatura"].append(
                    {"id": g["id"], "part": part_of[g["id"]], "seconds": time.perf_counter() - start}
                )
                (outdirs["trafilatura"] / f"{g['id']}.txt").write_text(body, encoding="utf-8")
    result: dict = {}
    for path, rows in per_page.items():
        result[path] = {}
        for part in ("tuning", "held-out", "all"):
            sel = [r for r in rows if part == "all" or r["part"] == part]
            ids = {r["id"] for r in sel}
            figures: dict = {
                "pages": len(sel),
                "ms_per_page": 1000 * sum(r["seconds"] for r in sel) / max(1, len(sel)),
            }
            if path == "text":
                for step in ("metadata", "justext"):
                    figures[f"{step}_ms_per_page"] = (
                        1000 * sum(r[f"{step}_seconds"] for r in sel) / max(1, len(sel))
                    )
            if path != "trafilatura":
                for field in ("title", "author", "date"):
                    known = [r[field] for r in sel if r[field] is not None]
                    figures[field] = sum(known) / len(known) if known else None
                    figures[f"{field}_pages"] = len(known)
                figures["outlet_share"] = sum(1 for r in sel if r["outlet"]) / max(1, len(sel))
                kinds: dict = {}
                for r in sel:
                    kinds[str(r["page_kind"])] = kinds.get(str(r["page_kind"]), 0) + 1
                figures["page_kinds"] = kinds
            if path != "text":
                summary, _ = scorer.evaluate_dir(
                    [g for g in gold if g["id"] in ids], outdirs[path], NGRAM, 0, 0
                )
                figures.update(
                    body_f1=summary["f1"], body_precision=summary["precision"], body_recall=summary["recall"]
                )
            result[path][part] = figures
    return result


def print_result(name: str, result: dict) -> None:
    print(f"\n== {name}")
    print(
        f"{'path':<12} {'part':<9} {'pages':>5} {'title':>6} {'author':>6} {'date':>6} "
        f"{'outlet%':>7} {'bodyF1':>6} {'P':>6} {'R':>6} {'ms/page':>8}  page kinds"
    )

    def f(x):
        return "     -" if x is None else f"{x:6.3f}"

    for path, by_part in result.items():
        for part, s in by_part.items():
            print(
                f"{path:<12} {part:<9} {s['pages']:>5} {f(s.get('title'))} {f(s.get('author'))} "
                f"{f(s.get('date'))} {f(s.get('outlet_share')):>7} {f(s.get('body_f1'))} "
                f"{f(s.get('body_precision'))} {f(s.get('body_recall'))} {s['ms_per_page']:8.1f}  "
                f"{s.get('page_kinds', '')}"
            )
    steps = result.get("text", {}).get("all", {})
    if steps.get("justext_ms_per_page"):
        meta, just = steps["metadata_ms_per_page"], steps["justext_ms_per_page"]
        print(
            f"metadata step of text copies: {meta:.2f} ms/page; jusText on the same copies "
            f"{just:.2f} ms/page; metadata / jusText time: {meta / just:.3f}"
        )
    traf = result.get("trafilatura", {}).get("all", {})
    if steps.get("metadata_ms_per_page") and traf.get("ms_per_page"):
        print(
            f"metadata step / trafilatura.extract time: {steps['metadata_ms_per_page'] / traf['ms_per_page']:.3f}"
        )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--no-html", action="store_true", help="text copies only")
    ap.add_argument("--limit", type=int, help="first N pages of each set (a quick look)")
    ap.add_argument("--json", help="write every figure to this JSON file")
    args = ap.parse_args(argv)
    if not BENCH_DIR.exists():
        print(f"no benchmark at {BENCH_DIR}", file=sys.stderr)
        return 2
    results = {}
    for name in args.sets.split(","):
        results[name] = bench_set(name, html=not args.no_html, limit=args.limit)
        print_result(name, results[name])
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
