"""Wrong speakers on PolNeAR: every matched statement whose speaker the scorer counts wrong,
with the gold source, our speaker as written and resolved, the cue and the sentence around
the gold source (tuning aid; reads ../shared at run time, copies nothing).

    .venv/bin/python bench/polnear_speakers.py [--split train] [--out FILE]

Uses the tables that ``bench_polnear.py --fast`` keeps and the shared scorer's matching
and speaker rule, so "wrong" means what the scorer counts as wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench_polnear import QUOTES_BENCH, base_tables, load_gold, load_scorer, split_inputs, split_parser
from polnear_misses import offset_map, scorer_pairs, where

from workbench.quotes._extract import quote_records


def overlaps_any(a: dict, b: dict) -> bool:
    """Whether two gold items' content spans overlap (a nested or a sibling attribution)."""
    return any(x < w and v < y for x, y in a["content_spans"] for v, w in b["content_spans"])


def main(argv=None) -> int:
    ap = split_parser()
    ap.add_argument("--out", type=Path, help="write the listing here (stdout unless told)")
    args = ap.parse_args(argv)
    split_dir = QUOTES_BENCH / "polnear" / args.split
    scorer = load_scorer()
    gold = load_gold(split_dir)
    texts, paras, sents = split_inputs(base_tables(split_dir, args.tables))
    preds = []
    for doc_id, text in texts.items():
        for r in quote_records(text, paragraphs=paras.get(doc_id, []), sentences=sents.get(doc_id, [])):
            speaker = " ".join(str(r[k]) for k in ("speaker", "speaker_name") if isinstance(r[k], str))
            preds.append({**r, "doc": doc_id, "speaker_joined": speaker, "i": len(preds)})
    _used_g, _used_p, pairs, _by_doc = scorer_pairs(scorer, gold, preds)
    match: dict = {}
    taken: set = set()
    for _j, gi, pi in sorted(pairs, reverse=True):
        if gi not in match and pi not in taken:
            match[gi] = pi
            taken.add(pi)
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    n = wrong = 0
    maps: dict = {}
    for gi, pi in sorted(match.items()):
        g, p = gold[gi], preds[pi]
        gs = scorer.words(g["source"]) - scorer.DROP
        if not gs:
            continue
        n += 1
        if gs & scorer.words(p["speaker_joined"]):
            continue
        wrong += 1
        d = g["doc"]
        text = texts[d]
        if d not in maps:
            maps[d] = offset_map((split_dir / "text" / f"{d}.txt").read_text(encoding="utf-8"), text)
        spans = sents.get(d, [])
        src = g.get("source_spans") or []
        lo = maps[d](src[0][0]) if src else -1
        s_src = where(lo, spans) if lo >= 0 else -1
        s_pred = where(int(p["char_start"]), spans)
        print(f"== {d} gold {g['source']!r} (cue {g['cue']!r})", file=out)
        print(f"   ours {p['speaker']!r} / {p['speaker_name']!r} cue {p['cue']!r} kind {p['kind']}", file=out)
        print(f"   ours text: {' '.join(str(p['text']).split())[:160]}", file=out)
        print(f"   gold text: {' '.join(g['content'].split())[:160]}", file=out)
        others = [o for o in gold if o["doc"] == d and o is not g and overlaps_any(o, g)]
        for o in others:
            print(
                f"   other gold {o['source']!r} ({o['cue']!r}): {' '.join(o['content'].split())[:100]}",
                file=out,
            )
        for k in sorted({s_src, s_pred} - {-1}):
            a, b = spans[k]
            print(f"   [{k}] {' '.join(text[a:b].split())}", file=out)
    print(f"{wrong} wrong of {n} ({1 - wrong / max(1, n):.4f})", file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
