"""Why unmarked (reported) PolNeAR statements are missed, and where the unmatched
predictions come from: each missed gold statement without a quotation mark in one bucket
by cue form and source place, and each false positive by kind and cue (tuning aid; reads
../shared at run time, copies nothing).

    .venv/bin/python bench/polnear_unmarked.py [--split train] [--show BUCKET] [-n 20] [--fp]

Uses the tables that ``bench_polnear.py --fast`` keeps and the shared scorer's matching.
"""

from __future__ import annotations

from collections import Counter

from bench_polnear import QUOTES_BENCH, base_tables, load_gold, load_scorer, split_inputs, split_parser
from polnear_misses import offset_map, overlaps, scorer_pairs, where

from workbench.quotes._cues import reporting_verb_forms
from workbench.quotes._extract import quote_records

AUX = {"is", "was", "were", "are", "been", "be", "being", "has", "have", "had"}
MODAL = {"would", "will", "could", "can", "may", "might", "should", "must", "did", "does", "do"}
NEG = {"not", "n't", "never", "declined", "refused", "wouldn't", "won't", "didn't", "doesn't"}


def cue_class(cue: str, forms) -> str:
    ws = cue.lower().replace("’", "'").split()
    if not ws:
        return "no cue"
    if "according" in ws:
        return "according to"
    known = [w for w in ws if w in forms]
    if not known:
        return "cue not a listed verb"
    if any(w in NEG for w in ws) or any(w.endswith("n't") for w in ws):
        return "negated cue"
    if any(w in MODAL for w in ws):
        return "modal cue"
    if any(w in AUX for w in ws) and any(w.endswith("ed") or w in ("said", "told") for w in known):
        return "passive/perfect cue"
    if len(ws) > 1:
        return "multiword verb cue"
    return "one-word verb cue"


def main(argv=None) -> int:
    ap = split_parser()
    ap.add_argument("--show", default="", help="print examples of buckets containing this")
    ap.add_argument("--cues", action="store_true", help="count the cues of unlisted-cue misses")
    ap.add_argument("--fp", action="store_true", help="bucket unmatched predictions")
    ap.add_argument("-n", type=int, default=15)
    args = ap.parse_args(argv)
    split_dir = QUOTES_BENCH / "polnear" / args.split
    scorer = load_scorer()
    gold = load_gold(split_dir)
    tables = base_tables(split_dir, args.tables)

    texts, paras, sents = split_inputs(tables)
    preds = []
    for doc_id, text in texts.items():
        for r in quote_records(text, paragraphs=paras.get(doc_id, []), sentences=sents.get(doc_id, [])):
            parts = [tuple(map(int, p.split("-"))) for p in r["parts"].split(";")] if r["parts"] else []
            preds.append(
                {
                    "doc": doc_id,
                    "text": r["text"],
                    "kind": r["kind"],
                    "cue": r["cue"] if isinstance(r["cue"], str) else "",
                    "i": len(preds),
                    "parts": parts or [(r["char_start"], r["char_end"])],
                }
            )
    used_g, used_p, pairs, by_doc = scorer_pairs(scorer, gold, preds)
    words = scorer.words
    forms = reporting_verb_forms()
    maps: dict = {}
    counts: Counter = Counter()
    cue_counts: Counter = Counter()
    examples: dict = {}
    n_un = 0
    gold_by_doc: dict = {}

    def mapped(g):
        d = g["doc"]
        if d not in maps:
            raw = (split_dir / "text" / f"{d}.txt").read_text(encoding="utf-8")
            maps[d] = offset_map(raw, texts[d])
        m = maps[d]
        return dict(
            g,
            content_spans=[[m(a), m(b)] for a, b in g["content_spans"]],
            source_spans=[[m(a), m(b)] for a, b in g.get("source_spans") or []],
        )

    for gi, g in enumerate(gold):
        if g["doc"] not in texts:
            continue
        gold_by_doc.setdefault(g["doc"], []).append((gi, mapped(g)))
    for gi, g in enumerate(gold):
        if g["marked"]:
            continue
        n_un += 1
        if gi in used_g or g["doc"] not in texts:
            continue
        d = g["doc"]
        g = mapped(g)
        spans_g = [tuple(s) for s in g["content_spans"]]
        over = [p for p in by_doc.get(d, []) if overlaps(spans_g, p["parts"])]
        if over:
            gw = words(g["content"])
            best = max(over, key=lambda p: len(gw & words(p["text"])) / max(1, len(gw | words(p["text"]))))
            pw = words(best["text"])
            if best["i"] in used_p:
                b = "overlap: prediction matched to another gold"
            elif len(pw) > len(gw) * 1.5:
                b = "overlap: prediction much longer"
            elif len(pw) * 1.5 < len(gw):
                b = "overlap: prediction much shorter"
            else:
                b = "overlap: boundaries differ"
        else:
            cls = cue_class(g["cue"], forms)
            src = g["source_spans"]
            c0 = spans_g[0][0]
            ss = sents.get(d, [])
            if not src:
                loc = "no source"
            else:
                s0 = src[0][0]
                if where(c0, ss) != where(s0, ss):
                    loc = "source in other sentence"
                elif s0 > spans_g[-1][1]:
                    loc = "source after"
                else:
                    loc = "source before"
            b = f"none: {cls}, {loc}"
            if cls == "cue not a listed verb":
                cue_counts[g["cue"].lower()] += 1
        counts[b] += 1
        examples.setdefault(b, []).append(
            dict(
                g,
                preds=[
                    p["text"][:160] for p in by_doc.get(d, []) if overlaps(g["content_spans"], p["parts"])
                ],
            )
        )
    missed = sum(counts.values())
    print(f"{args.split}: {n_un} unmarked gold, {missed} missed ({missed / n_un:.1%})")
    for b, n in counts.most_common():
        print(f"{n:6d}  {n / missed:6.1%}  {b}")
    if args.cues:
        print("\nunlisted cues:")
        for c, n in cue_counts.most_common(60):
            print(f"{n:5d}  {c}")
    if args.fp:
        fp: Counter = Counter()
        fp_ex: dict = {}
        for p in preds:
            if p["i"] in used_p:
                continue
            gs = [g for _gi, g in gold_by_doc.get(p["doc"], []) if overlaps(g["content_spans"], p["parts"])]
            kind = "overlaps gold" if gs else "no gold"
            cue = p["cue"].lower().split()[-1] if p["cue"] else "-"
            key = f"{p['kind']}: {kind}: {cue}"
            fp[key] += 1
            fp_ex.setdefault(key, []).append(p)
        print(f"\nfalse positives: {sum(fp.values())}")
        for k, n in fp.most_common(50):
            print(f"{n:6d}  {k}")
        if args.show:
            for k, ps in fp_ex.items():
                if args.show in k:
                    print(f"\n== {k}")
                    for p in ps[: args.n]:
                        text = texts[p["doc"]]
                        a, e = p["parts"][0][0], p["parts"][-1][1]
                        print(f"- PRED: {p['text'][:200]}\n    CTX: {text[max(0, a - 200) : e + 80]!r}\n")
    if args.show and not args.fp:
        for b, gs in examples.items():
            if args.show in b:
                print(f"\n== {b}")
                for g in gs[: args.n]:
                    text = texts[g["doc"]]
                    a, e = g["content_spans"][0][0], g["content_spans"][-1][1]
                    ctx = text[max(0, a - 200) : min(len(text), e + 120)].replace("\n", " | ")
                    print(
                        f"- [{g['cue']}] {g['source']!r} GOLD: {g['content'][:200]}\n    PRED: {g['preds']}\n    CTX: {ctx}\n"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
