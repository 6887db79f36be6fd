"""Where PolNeAR's unmatched predictions (false positives) come from, by sentence shape:
every prediction's share annotated per kind, cue, shape (question, headline, caption,
modal / negated / future / infinitive / intent cue), and for each false positive whether a
gold statement overlaps it (a boundary problem) or none does (tuning aid; reads ../shared
at run time, copies nothing).

    .venv/bin/python bench/polnear_fp.py [--split train] [--show SHAPE] [-n 20] [--dump FILE]

Uses the tables that ``bench_polnear.py --fast`` keeps and the shared scorer's matching.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from pathlib import Path

from bench_polnear import QUOTES_BENCH, base_tables, load_gold, load_scorer, split_inputs, split_parser
from polnear_misses import offset_map, overlaps, scorer_pairs

from workbench.quotes._cue_precision import cue_form, cue_key
from workbench.quotes._doc import is_headline
from workbench.quotes._extract import quote_records

#: belief verbs (the gold keeps statements of speech only)
BELIEF = {"believe", "think", "expect"}

#: the words just before a cue that give its shape (checked in this order)
SHAPES = [
    (
        "negated",
        re.compile(
            r"\b(?:not|never|n't|declined to|refused to|won't|wouldn't|didn't|doesn't|don't)\W+(?:\w+\W+){0,2}$",
            re.I,
        ),
    ),
    ("conditional", re.compile(r"\b(?:would|could|might|may|should|must|can)\W+(?:\w+\W+){0,1}$", re.I)),
    (
        "future",
        re.compile(
            r"\b(?:will|'ll|going to|is to|are to|expected to|plans? to|set to|about to)\W+(?:\w+\W+){0,1}$",
            re.I,
        ),
    ),
    (
        "intent",
        re.compile(
            r"\b(?:wants? to|wanted to|tried to|tries to|trying to|seeks? to|sought to|hopes? to|hoped to|aims? to|attempts? to|attempted to)\W+$",
            re.I,
        ),
    ),
    ("infinitive", re.compile(r"\bto\W+$", re.I)),
    (
        "if/when clause",
        re.compile(r"\b(?:if|unless|whether|when|as|while|before|after|once)\b[^,.;]*$", re.I),
    ),
    ("relative", re.compile(r"\b(?:who|which|that|whom)\W+(?:\w+\W+){0,1}$", re.I)),
]


def shape_of(text: str, sent: tuple[int, int], para: tuple[int, int], cue_at: int | None) -> str:
    a, b = sent
    s = text[a:b].rstrip()
    if is_headline(text[para[0] : para[1]]):
        return "headline"
    if re.search(r"\b(?:Photo|Getty Images|AP Photo|Reuters/|Image:|Credit:)", text[para[0] : para[1]]):
        return "caption"
    if s.endswith("?") or s.endswith('?"') or s.endswith("?\u201d"):
        return "question"
    if cue_at is not None:
        before = text[max(a, cue_at - 60) : cue_at]
        for name, rx in SHAPES:
            if rx.search(before):
                return name
    return "plain"


def main(argv=None) -> int:
    ap = split_parser()
    ap.add_argument("--show", default="", help="print false positives of shapes/keys containing this")
    ap.add_argument("--dump", type=Path, help="write every prediction with its features (JSON)")
    ap.add_argument("-n", type=int, default=15)
    args = ap.parse_args(argv)
    split_dir = QUOTES_BENCH / "polnear" / args.split
    scorer = load_scorer()
    gold = load_gold(split_dir)
    tables = base_tables(split_dir, args.tables)

    texts, paras, sents = split_inputs(tables)
    preds = []
    for doc_id, text in texts.items():
        ss, ps = sents.get(doc_id, []), paras.get(doc_id, [])
        for r in quote_records(text, paragraphs=ps, sentences=ss):
            parts = [tuple(map(int, p.split("-"))) for p in r["parts"].split(";")] if r["parts"] else []
            parts = parts or [(r["char_start"], r["char_end"])]
            cue = r["cue"] if isinstance(r["cue"], str) else ""
            k = max(0, bisect.bisect_right([x for x, _ in ss], parts[0][0]) - 1)
            sent = ss[k] if ss else (0, len(text))
            j = max(0, bisect.bisect_right([x for x, _ in ps], parts[0][0]) - 1)
            para = ps[j] if ps else (0, len(text))
            s0 = r["speaker_start"]
            s0 = None if s0 is None or s0 != s0 else int(s0)
            cue_at = None
            if cue:
                # the cue's occurrence nearest the speaker (or the statement) within the sentence
                lo, hi = sent[0], max(sent[1], parts[-1][1])
                anchor = s0 if s0 is not None else parts[0][0]
                hits = [m.start() for m in re.finditer(re.escape(cue), text[lo:hi])]
                if hits:
                    cue_at = lo + min(hits, key=lambda h: abs(lo + h - anchor))
            preds.append(
                {
                    "doc": doc_id,
                    "text": r["text"],
                    "kind": r["kind"],
                    "cue": cue,
                    "i": len(preds),
                    "parts": parts,
                    "shape": shape_of(text, sent, para, cue_at),
                    "cue_at": cue_at,
                    "speaker": r["speaker"] if isinstance(r["speaker"], str) else "",
                    "speaker_start": s0,
                    "sent": list(sent),
                }
            )
    used_g, used_p, _pairs, _by_doc = scorer_pairs(scorer, gold, preds)
    maps: dict = {}
    gold_by_doc: dict = {}
    for gi, g in enumerate(gold):
        d = g["doc"]
        if d not in texts:
            continue
        if d not in maps:
            raw = (split_dir / "text" / f"{d}.txt").read_text(encoding="utf-8")
            maps[d] = offset_map(raw, texts[d])
        m = maps[d]
        gold_by_doc.setdefault(d, []).append((gi, [(m(a), m(b)) for a, b in g["content_spans"]]))
        g["mapped"] = [(m(a), m(b)) for a, b in g["content_spans"]]
    for p in preds:
        p["matched"] = p["i"] in used_p
        gs = [gi for gi, sp in gold_by_doc.get(p["doc"], []) if overlaps(sp, p["parts"])]
        p["overlap"] = (
            "none" if not gs else ("gold free" if any(gi not in used_g for gi in gs) else "gold taken")
        )
        free = [gi for gi in gs if gi not in used_g]
        if free and not p["matched"]:
            p["gold"], p["gold_spans"] = gold[free[0]]["content"], gold[free[0]]["mapped"]
    n_fp = sum(not p["matched"] for p in preds)
    print(f"{args.split}: {len(preds)} predicted, {n_fp} unmatched")
    # the gold keeps statements of speech with at least four words (README of the bench):
    # shorter ones and beliefs ("X believes ...", which our own guidelines annotate) can't match
    words = scorer.words
    outside = [
        p
        for p in preds
        if len(words(p["text"])) < 4 or (p["kind"] != "direct" and cue_key(p["cue"]) in BELIEF)
    ]
    kept = [p for p in preds if p not in outside]
    print(
        f"outside the gold's selection (under 4 words, belief cues): {len(outside)}, "
        f"{sum(p['matched'] for p in outside)} matched; precision without them "
        f"{sum(p['matched'] for p in kept) / max(1, len(kept)):.4f}"
    )

    def table(title, key, min_fp=3):
        tot, hit = Counter(), Counter()
        for p in preds:
            k = key(p)
            tot[k] += 1
            hit[k] += p["matched"]
        print(f"\n{title}: predicted, annotated, share, false positives")
        for k, n in tot.most_common():
            if n - hit[k] >= min_fp:
                print(f"{n:6d}  {hit[k]:6d}  {hit[k] / n:5.0%}  {n - hit[k]:5d}  {k}")

    table("kind", lambda p: p["kind"])
    table(
        "kind x overlap (false positives: overlap with gold)",
        lambda p: f"{p['kind']}: {p['overlap']}" if not p["matched"] else f"{p['kind']}: matched",
    )
    table("shape", lambda p: p["shape"], min_fp=0)
    table("kind x shape", lambda p: f"{p['kind']}: {p['shape']}", min_fp=0)
    table(
        "reported statements by cue form (resources/reported_cue_form_counts.txt)",
        lambda p: (cue_form(p["cue"]) or "-") if p["kind"] == "indirect" else "-",
    )
    table("kind x cue (last word)", lambda p: f"{p['kind']}: {(p['cue'].lower().split() or ['-'])[-1]}")
    if args.dump:
        for p in preds:
            text = texts[p["doc"]]
            a, b = p["sent"]
            p["sentence"] = text[a:b]
        args.dump.write_text(json.dumps(preds), encoding="utf-8")
    if args.show:
        for p in preds:
            if p["matched"] or args.show not in f"{p['kind']}: {p['shape']}: {p['cue']}":
                continue
            args.n -= 1
            if args.n < 0:
                break
            text = texts[p["doc"]]
            a, b = p["sent"]
            print(
                f"- [{p['kind']} {p['shape']} {p['cue']!r} {p['overlap']}] {p['text'][:160]!r}\n    SENT: {text[a:b][:300]!r}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
