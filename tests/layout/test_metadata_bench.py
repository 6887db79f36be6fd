"""Held-out figures of the metadata scorer and the HTML path on the extraction benchmarks
(real pages read from ../shared at run time; skipped where the benchmark is absent). Each
figure is kept at its measured value (bench/bench_metadata.py) minus 0.02."""

import gzip
import importlib.util
import json

import pytest

from workbench.config import PROJECT_DIR
from workbench.ingest._html import parse
from workbench.layout import label_blocks, metadata_from_blocks

BENCH = PROJECT_DIR.parent / "shared" / "bench" / "extraction"
#: Measured on the held-out parts (index % 5 == 4 of the sorted ids), December 2026. The
#: two-stage scorer measures title 0.766 (kept at the earlier 0.780: a floor is never lowered
#: silently), author 0.645 (author-box and list features; 0.626 before), date 0.725. With the
#: byline forms of test_metadata_s23 (round 23): title 0.759, author 0.654, date 0.717 (only
#: the author's floor raised; the others never lowered). With the byline model learnt relative
#: to the gold headline (5 December, chosen by CV on the tuning part): title 0.759, author
#: 0.645 (69 of 107, one page fewer), date 0.708 (floors not lowered). With the dateline
#: model untied from the byline reader (6 December, CV-chosen): title 0.759, author 0.645,
#: date 0.750 (the date's floor raised).
MEASURED = {"title": 0.780, "author": 0.654, "date": 0.750}
HTML_MEASURED = {"dev": 0.973, "wcxb-dev": 0.924}
SLACK = 0.02


def held_out(name):
    gold = [
        json.loads(x)
        for x in (BENCH / name / "gold.jsonl").read_text(encoding="utf-8").split("\n")
        if x.strip()
    ]
    ids = sorted(g["id"] for g in gold)
    keep = {i for n, i in enumerate(ids) if n % 5 == 4}
    return [g for g in gold if g["id"] in keep]


def token_f1(a, b):
    import re
    from collections import Counter

    ta, tb = (Counter(re.findall(r"\w+", (x or "").lower())) for x in (a, b))
    tp = sum((ta & tb).values())
    return 2 * tp / (sum(ta.values()) + sum(tb.values())) if tp else 0.0


@pytest.mark.skipif(not (BENCH / "wcxb-dev" / "gold.jsonl").exists(), reason="no wcxb-dev set")
def test_text_copy_metadata_on_held_out_pages():
    right = {k: [] for k in MEASURED}
    for g in held_out("wcxb-dev"):
        text = (BENCH / "wcxb-dev" / "text" / f"{g['id']}.txt").read_text(encoding="utf-8", errors="replace")
        blocks = [
            {"order": n, "kind": b.kind, "raw": b.raw, "text": b.raw}
            for n, b in enumerate(label_blocks(text), start=1)
        ]
        meta = metadata_from_blocks(blocks, "\n\n".join(b["raw"] for b in blocks if b["kind"] == "body"))
        if g.get("title"):
            right["title"].append(token_f1(meta["title"], g["title"]) >= 0.8)
        if g.get("author"):
            right["author"].append(token_f1(meta["author"], g["author"]) >= 0.8)
        if g.get("published"):
            day = meta["published"]
            right["date"].append(day is not None and day.strftime("%Y-%m-%d") == g["published"][:10])
    for field, hits in right.items():
        assert sum(hits) / len(hits) >= MEASURED[field] - SLACK, field


@pytest.mark.parametrize("name", ["dev", "wcxb-dev"])
def test_html_body_on_held_out_pages(name, tmp_path):
    if not (BENCH / name / "gold.jsonl").exists():
        pytest.skip(f"no {name} set")
    spec = importlib.util.spec_from_file_location("extraction_score", BENCH / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = held_out(name)
    for g in gold:
        path = BENCH / name / "html" / f"{g['id']}.html"
        data = (
            path.read_bytes() if path.exists() else gzip.decompress(path.with_suffix(".html.gz").read_bytes())
        )
        page = parse(data.decode("utf-8", errors="replace"))
        (tmp_path / f"{g['id']}.txt").write_text("\n\n".join(p for _, p in page.paragraphs), encoding="utf-8")
    summary, _ = scorer.evaluate_dir(gold, tmp_path, 4, 0, 0)
    assert summary["f1"] >= HTML_MEASURED[name] - SLACK
