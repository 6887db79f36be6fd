"""Where PolNeAR joins or splits two of our neighbouring quoted pieces: every pair of
statements with quotation marks next to each other (and every statement of several parts),
the shape of the words between the two pieces, and whether the gold has one statement over
both pieces (joins) or one over each (splits) (tuning aid; reads ../shared at run time,
copies nothing).

    .venv/bin/python bench/polnear_joins.py --dump DUMP [--show SHAPE] [-n 20]

DUMP is ``polnear_fp.py --dump`` of the split.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from bench_polnear import QUOTES_BENCH, base_tables, load_gold, split_parser
from polnear_misses import offset_map, overlaps

QUOTE_RE = re.compile('["\u201c\u201d]')
CUE_RE = re.compile(
    r"\b(?:said|says|say|told|added|asked|wrote|writes|continued|explained|noted|argued|stated|insisted|"
    r"declared|recalled|tweeted|according)\b",
    re.I,
)


def gap_shape(text: str, a: int, b: int) -> str:
    """The shape of the words ``text[a:b]`` between two quoted pieces."""
    gap = text[a:b]
    core = QUOTE_RE.sub("", gap).strip()
    para = "\n" in gap
    sent_break = bool(re.search(r"[.!?][\"\u201d\u2019]?\s", gap))
    cue = bool(CUE_RE.search(gap))
    pre = "para " if para else ("next sentence " if sent_break else "")
    if not para and re.search(r"[\"\u201c]\s*[A-Z][^\"\u201c\u201d]{0,60}[\"\u201d]", gap.strip()[1:-1]):
        pre += "with title "
    if not para and re.search(r",\s+(?:adding|saying|noting|asking|showing|giving|explaining)\b", gap):
        pre += "with participle "
    if not core:
        return pre + "marks only"
    if core in {",", ", and", "and", ", or", "or", "; and", ";"} or core.lower() in {"and", ", and"}:
        return pre + f"'{core}'"
    if core.endswith(":"):
        return pre + ("cue colon" if cue else "colon")
    if re.fullmatch(r"[-\u2013\u2014]+", core) or core.startswith(("\u2014", "--", "(", "[")):
        return pre + "dash/aside"
    if cue:
        return pre + ("cue" if len(core.split()) <= 8 else "cue long")
    return pre + ("words" if len(core.split()) <= 8 else "narration")


def main(argv=None) -> int:
    ap = split_parser()
    ap.add_argument("--dump", type=Path, required=True)
    ap.add_argument("--show", default="")
    ap.add_argument("-n", type=int, default=10)
    ap.add_argument("--max-gap", type=int, default=600)
    args = ap.parse_args(argv)
    split_dir = QUOTES_BENCH / "polnear" / args.split
    gold = load_gold(split_dir)
    tables = base_tables(split_dir, args.tables)
    texts = dict(tables["documents"][["doc_id", "text"]].itertuples(index=False))
    preds = json.loads(args.dump.read_text(encoding="utf-8"))
    gold_by_doc: dict = {}
    for g in gold:
        d = g["doc"]
        if d not in texts:
            continue
        raw = (split_dir / "text" / f"{d}.txt").read_text(encoding="utf-8")
        m = offset_map(raw, texts[d])
        gold_by_doc.setdefault(d, []).append([(m(a), m(b)) for a, b in g["content_spans"]])
    by_doc: dict = {}
    for p in preds:
        if p["kind"] in ("direct", "mixed"):
            by_doc.setdefault(p["doc"], []).append(p)
    tally: dict = {}
    shown: Counter = Counter()

    def verdict(doc, x, y):
        gs = gold_by_doc.get(doc, [])
        gx = [i for i, g in enumerate(gs) if overlaps(g, x)]
        gy = [i for i, g in enumerate(gs) if overlaps(g, y)]
        if set(gx) & set(gy):
            return "joins"
        if gx and gy:
            return "splits"
        return "-"

    def note(kind, doc, x, y, shape, ours):
        v = verdict(doc, x, y)
        if v == "-":
            return
        key = f"{ours} | {kind} | {shape}"
        tally.setdefault(key, Counter())[v] += 1
        if args.show and args.show in key and shown[key + v] < args.n:
            shown[key + v] += 1
            text = texts[doc]
            lo, hi = x[0][0], y[-1][1]
            print(f"[{key} -> {v}] {text[max(0, lo - 80) : hi + 40]!r}\n")

    for doc, ps in by_doc.items():
        text = texts[doc]
        ps.sort(key=lambda p: p["parts"][0][0])
        for p in ps:  # our joins: pieces of one statement
            for (a, b), (c, d) in zip(p["parts"], p["parts"][1:]):
                note(p["kind"], doc, [(a, b)], [(c, d)], gap_shape(text, b, c), "ours joined")
        for p, q in zip(ps, ps[1:]):  # our splits: neighbouring statements
            b, c = p["parts"][-1][1], q["parts"][0][0]
            if c < b or c - b > args.max_gap:
                continue
            same = "same speaker" if p["speaker"] and p["speaker"] == q["speaker"] else "other speaker"
            s0 = q["speaker_start"]
            own = "q continues" if not q["cue"] else ("q tail" if s0 is not None and s0 > c else "q head")
            note(
                f"{p['kind']}+{q['kind']} {same} {own}",
                doc,
                p["parts"],
                q["parts"],
                gap_shape(text, b, c),
                "ours split",
            )
    print("ours | kinds | shape: gold joins, gold splits")
    for key, c in sorted(tally.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{c['joins']:5d} {c['splits']:5d}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
