"""Where reported clauses end: for each ", WORD" inside the content of a reported statement
(kind "indirect") that workbench.quotes finds on a PolNeAR split, whether the overlapping
gold statement ends at that comma or goes on, counted per WORD (tuning aid; reads ../shared
at run time, copies nothing). Gives the counts of ``resources/reported_clause_ends.txt``.

    .venv/bin/python bench/polnear_clause_ends.py [--split train] [--min 5]
"""

from __future__ import annotations

import re
from collections import Counter

from bench_polnear import QUOTES_BENCH, base_tables, load_gold, split_inputs, split_parser
from polnear_misses import offset_map

from workbench.quotes._extract import quote_records

_COMMA_RE = re.compile(r",\s+([A-Za-z]+)")
_QUOTES = '"\u201c\u201d'


def main(argv=None) -> int:
    ap = split_parser()
    ap.add_argument("--min", type=int, default=5)
    args = ap.parse_args(argv)
    split_dir = QUOTES_BENCH / "polnear" / args.split
    gold = load_gold(split_dir)
    tables = base_tables(split_dir, args.tables)

    texts, paras, sents = split_inputs(tables)
    gold_by_doc: dict = {}
    for g in gold:
        gold_by_doc.setdefault(g["doc"], []).append(g)
    ends: Counter = Counter()
    goes_on: Counter = Counter()
    for d, text in texts.items():
        gs = gold_by_doc.get(d, [])
        if not gs:
            continue
        raw = (split_dir / "text" / f"{d}.txt").read_text(encoding="utf-8")
        m = offset_map(raw, text)
        gspans = [(m(g["content_spans"][0][0]), m(g["content_spans"][-1][1])) for g in gs]
        for r in quote_records(text, paragraphs=paras.get(d, []), sentences=sents.get(d, [])):
            if r["kind"] != "indirect":
                continue
            a, b = r["char_start"], r["char_end"]
            over = [(s, e) for s, e in gspans if s < b and a < e and abs(s - a) <= 40]
            if not over:
                continue
            s, e = min(over, key=lambda se: abs(se[0] - a))
            for mc in _COMMA_RE.finditer(text, a, b):
                if sum(text.count(q, a, mc.start()) for q in _QUOTES) % 2:
                    continue
                word = mc.group(1).lower()
                if e <= mc.start() - 3:
                    break  # the gold clause ended earlier
                if e <= mc.start() + 1:
                    ends[word] += 1
                    break
                goes_on[word] += 1
    print("# word  ends  goes_on")
    for w in sorted(set(ends) | set(goes_on), key=lambda w: -(ends[w] + goes_on[w])):
        if ends[w] + goes_on[w] >= args.min:
            print(f"{w:14s} {ends[w]:5d} {goes_on[w]:5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
