"""Where reported clauses end, beyond commas: for each boundary candidate inside the content
of a reported statement (kind "indirect"/"unmarked") that workbench.quotes finds on a
PolNeAR split - a coordinated verb of the same subject ("... and called", "... and has
vowed"), a dash, a subordinator ("after", "because"), a participle after a comma - whether the
overlapping gold statement ends there or goes on, counted per boundary key (tuning aid; reads
../shared at run time, copies nothing).

    .venv/bin/python bench/polnear_span_ends.py [--split train] [--min 5]
"""

from __future__ import annotations

import re
from collections import Counter

from bench_polnear import QUOTES_BENCH, base_tables, load_gold, split_inputs, split_parser
from polnear_misses import offset_map

from workbench.quotes._extract import quote_records

_BOUNDARY_RE = re.compile(
    r"(?P<cl>,\s+(?P<conj>(?:and|but|yet|so)\s+)?(?P<subj>he|she|they|it|I|we|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
    r"|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:also\s+|still\s+|never\s+|not\s+)?"
    r"(?:is|are|was|were|has|have|had|would|will|could|can|did|does|[a-z]+ed|said|told|won|lost|made|took|got|came|went)\b)"
    r"|"
    r"(?P<sep>,?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:(?P<aux>has|had|have|is|was)\s+)?)(?P<w1>[a-z]+)\b"
    r"|(?P<dash>\s+(?:\u2014|\u2013|--)\s+)"
    r"|(?P<sub>,?\s+(?:after|because|before|as|when|while|since|until|if|although|though|where|amid|despite)\s)"
    r"|(?P<ing>,\s+[a-z]+ing\b)"
)
_QUOTES = '"\u201c\u201d'


def key_of(m: re.Match, verbs: set) -> str | None:
    if m.group("w1"):
        w = m.group("w1")
        sep = "," if m.group("sep").startswith(",") else ""
        aux = "+aux" if m.group("aux") else ""
        if w in verbs:
            return f"{sep}and/but VERB{aux}"
        if w.endswith("ed") and len(w) > 4:
            return f"{sep}and/but -ed{aux}"
        if re.fullmatch(r"[a-z]+[^s]s", w) and not aux:
            return f"{sep}and/but -s"
        return None
    if m.group("dash"):
        return "dash"
    if m.group("sub"):
        return "sub " + m.group("sub").strip(", ").strip()
    if m.group("ing"):
        return ", -ing"
    if m.group("cl"):
        subj = m.group("subj")
        if m.group(0).split()[-1] in verbs:
            return ", NP say"
        t = (
            "pron"
            if subj in ("he", "she", "they", "it", "I", "we")
            else "the"
            if subj.startswith("the")
            else "Cap"
        )
        return f", {'conj ' if m.group('conj') else ''}{t} VERB"
    return None


def main(argv=None) -> int:
    ap = split_parser()
    ap.add_argument("--min", type=int, default=5)
    ap.add_argument("--show", default="")
    args = ap.parse_args(argv)
    from workbench.quotes._cues import reporting_verb_forms

    verbs = set(reporting_verb_forms())
    split_dir = QUOTES_BENCH / "polnear" / args.split
    gold = load_gold(split_dir)
    tables = base_tables(split_dir, args.tables)

    texts, paras, sents = split_inputs(tables)
    gold_by_doc: dict = {}
    for g in gold:
        gold_by_doc.setdefault(g["doc"], []).append(g)
    ends: Counter = Counter()
    goes_on: Counter = Counter()
    ex: dict = {}
    for d, text in texts.items():
        gs = gold_by_doc.get(d, [])
        if not gs:
            continue
        raw = (split_dir / "text" / f"{d}.txt").read_text(encoding="utf-8")
        m = offset_map(raw, text)
        gspans = [(m(g["content_spans"][0][0]), m(g["content_spans"][-1][1])) for g in gs if not g["marked"]]
        for r in quote_records(text, paragraphs=paras.get(d, []), sentences=sents.get(d, [])):
            if r["kind"] not in ("indirect", "unmarked"):
                continue
            a, b = r["char_start"], r["char_end"]
            over = [(s, e) for s, e in gspans if s < b and a < e and abs(s - a) <= 40]
            if not over:
                continue
            s, e = min(over, key=lambda se: abs(se[0] - a))
            for mc in _BOUNDARY_RE.finditer(text, max(a, s), b):
                if sum(text.count(q, a, mc.start()) for q in _QUOTES) % 2:
                    continue
                k = key_of(mc, verbs)
                if k is None:
                    continue
                if e <= mc.start() - 3:
                    break
                if e <= mc.start() + 2:
                    ends[k] += 1
                    ex.setdefault(("end", k), []).append(text[max(a, mc.start() - 80) : mc.end() + 40])
                    break
                goes_on[k] += 1
                ex.setdefault(("on", k), []).append(text[max(a, mc.start() - 80) : mc.end() + 40])
    print("# key  ends  goes_on")
    for w in sorted(set(ends) | set(goes_on), key=lambda w: -(ends[w] + goes_on[w])):
        if ends[w] + goes_on[w] >= args.min:
            print(f"{w:24s} {ends[w]:5d} {goes_on[w]:5d}")
    if args.show:
        for (kind, k), xs in ex.items():
            if k == args.show:
                print(f"\n== {kind} {k}")
                for x in xs[:25]:
                    print("  ", x.replace("\n", " | "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
