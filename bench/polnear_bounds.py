"""Boundary classes of PolNeAR false positives that overlap a gold statement left unmatched
("gold free" in polnear_fp.py): where our span starts and ends against the gold's (too
early / too late, and what the extra or missing text holds: attribution, a quotation
mark, a sentence end, a comma), counted per class with examples (tuning aid; reads
../shared at run time through polnear_fp's dump, copies nothing).

    .venv/bin/python bench/polnear_fp.py --split train --dump /tmp/fp.json
    .venv/bin/python bench/polnear_bounds.py /tmp/fp.json [--split train] [--show CLASS] [-n 8]
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from bench_polnear import QUOTES_BENCH, base_tables, split_inputs, split_parser

MARKS = '"\u201c\u201d'
#: a sentence end inside a stretch of text
SENT_END = re.compile(r"[.!?][\"\u201d\u2019)]?\s+[\"\u201c]?[A-Z]")
CUE_WORDS = re.compile(
    r"\b(?:said|says|say|told|tells|according|added|adds|stated|wrote|writes|argued|argues|explained|"
    r"noted|insisted|claimed|asked|announced|declared|warned|pledged|promised|vowed|suggested)\b",
    re.I,
)


def stretch_kind(s: str) -> str:
    """What a stretch of text between the two spans' edges holds."""
    t = s.strip()
    if not t:
        return "blank"
    tags = []
    if (
        SENT_END.search(" " + t + " A")
        and len(t) > 3
        and re.search(r"[.!?]", t[:-1] if t[-1] in ".!?" else t)
    ):
        tags.append("sentence end")
    if any(c in MARKS for c in t):
        tags.append("quote mark")
    if CUE_WORDS.search(t):
        tags.append("cue")
    if not tags and t[0] in ",;:" or t[-1:] in ",;:":
        tags.append("punct clause")
    n = len(t.split())
    size = "1-3w" if n <= 3 else ("4-10w" if n <= 10 else ">10w")
    return ("+".join(tags) or "words") + f" ({size})"


def classify(p: dict, text: str) -> str:
    ps, pe = p["parts"][0][0], p["parts"][-1][1]
    gsp = [tuple(x) for x in p["gold_spans"]]
    gs, ge = min(a for a, _ in gsp), max(b for _, b in gsp)
    tol = 2
    if ps < gs - tol:
        start = "start early: " + stretch_kind(text[ps:gs])
    elif ps > gs + tol:
        start = "start late: " + stretch_kind(text[gs:ps])
    else:
        start = "start ok"
    if pe > ge + tol:
        end = "end late: " + stretch_kind(text[ge:pe])
    elif pe < ge - tol:
        end = "end early: " + stretch_kind(text[pe:ge])
    else:
        end = "end ok"
    pieces = ""
    if len(gsp) > 1 and len(p["parts"]) == 1:
        pieces = " | gold in pieces"
    elif len(p["parts"]) > 1 and len(gsp) == 1:
        pieces = " | ours in pieces"
    return f"{p['kind']} | {start} | {end}{pieces}"


def main(argv=None) -> int:
    ap = split_parser()
    ap.add_argument("dump", type=Path)
    ap.add_argument("--show", default="")
    ap.add_argument("--coarse", action="store_true", help="start/end direction only")
    ap.add_argument("-n", type=int, default=8)
    args = ap.parse_args(argv)
    texts, _paras, _sents = split_inputs(base_tables(QUOTES_BENCH / "polnear" / args.split, args.tables))
    preds = json.loads(args.dump.read_text(encoding="utf-8"))
    free = [p for p in preds if not p["matched"] and p.get("gold_spans")]
    print(f"{len(free)} unmatched predictions overlapping a free gold statement")
    keys = {}
    for p in free:
        k = classify(p, texts[p["doc"]])
        if args.coarse:
            k = " | ".join(x.split(":")[0] for x in k.split(" | "))
        keys[p["i"]] = k
    for k, n in Counter(keys.values()).most_common():
        print(f"{n:5d}  {k}")
    if args.show:
        shown = 0
        for p in free:
            if args.show not in keys[p["i"]] or shown >= args.n:
                continue
            shown += 1
            t = texts[p["doc"]]
            ps, pe = p["parts"][0][0], p["parts"][-1][1]
            gsp = p["gold_spans"]
            gs, ge = min(a for a, _ in gsp), max(b for _, b in gsp)
            lo, hi = max(0, min(ps, gs) - 80), max(pe, ge) + 60
            print(
                f"\n[{keys[p['i']]}] cue {p['cue']!r}\n  OURS: {p['text'][:300]!r}\n  GOLD: {p['gold'][:300]!r}"
            )
            print(f"  CTX: {t[lo:hi]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
