"""Why marked PolNeAR statements are missed: each missed gold statement with a quotation
mark in one bucket, with counts (tuning aid; reads ../shared at run time, copies nothing).

    .venv/bin/python bench/polnear_misses.py [--split train] [--show BUCKET] [-n 20]

Uses the tables that ``bench_polnear.py --fast`` keeps (``--tables``) and the shared
scorer's matching, so "missed" means what the scorer counts as missed.
"""

from __future__ import annotations

import bisect
import difflib
from collections import Counter

from bench_polnear import QUOTES_BENCH, base_tables, load_gold, load_scorer, split_inputs, split_parser

from workbench.quotes._cues import reporting_verb_forms
from workbench.quotes._doc import is_headline
from workbench.quotes._extract import quote_records
from workbench.quotes._marks import quoted_spans

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}
MARKS = '"\u201c\u201d\u00ab\u00bb\u201e'


def offset_map(raw: str, text: str):
    """Gold offsets (into the file as written) to offsets into the built document's text,
    which may differ (title line, blank and dropped lines, NBSPs): lines matched by
    difflib on their words, offsets carried over within a matched line."""
    if raw == text:
        return lambda k: k

    def lines(t):
        out, k = [], 0
        for line in t.split("\n"):
            out.append((k, line))
            k += len(line) + 1
        return out

    rl, tl = lines(raw), lines(text)
    key = lambda line: " ".join(line.split())  # noqa: E731
    sm = difflib.SequenceMatcher(None, [key(x) for _, x in rl], [key(x) for _, x in tl], autojunk=False)
    starts = {}
    for a, b, n in sm.get_matching_blocks():
        for i in range(n):
            starts[a + i] = tl[b + i][0]
    rstarts = [k for k, _ in rl]

    def to_text(k: int) -> int:
        i = bisect.bisect_right(rstarts, k) - 1
        while i >= 0 and i not in starts:
            i -= 1
        return -1 if i < 0 else starts[i] + (k - rstarts[i])

    return to_text


def overlaps(spans_a, spans_b) -> bool:
    return any(a < d and c < b for a, b in spans_a for c, d in spans_b)


def where(k: int, spans) -> int:
    """Index of the span holding offset ``k`` (nearest before when none does)."""
    best = -1
    for n, (a, b) in enumerate(spans):
        if a <= k:
            best = n
        if a <= k < b:
            return n
    return best


def bucket(g, text, preds, matched_pred, qspans, paras, sents, words, forms) -> str:
    spans = [tuple(s) for s in g["content_spans"]]
    c0 = spans[0][0]
    p_idx = where(c0, paras)
    if p_idx == 0 or (0 <= p_idx and is_headline(text[paras[p_idx][0] : paras[p_idx][1]])):
        return "headline/title line"
    over = [p for p in preds if overlaps(spans, p["parts"])]
    if over:
        gw = words(g["content"])
        best = max(over, key=lambda p: len(gw & words(p["text"])) / max(1, len(gw | words(p["text"]))))
        pw = words(best["text"])
        if best["i"] in matched_pred:
            return "overlap: prediction matched to another gold (merged)"
        if len(pw) > len(gw) * 1.5:
            return "overlap: prediction much longer (merged/boundary)"
        if len(pw) * 1.5 < len(gw):
            return "overlap: prediction much shorter (split/partial)"
        return "overlap: boundaries differ (Jaccard < 0.5)"
    q_over = [q for q in qspans if overlaps(spans, [(q.start, q.end)])]
    if not q_over:
        return "no quoted span overlaps (pairing)"
    gw = words(g["content"])
    qw = set().union(*(words(text[q.start : q.end]) for q in q_over))
    if len(gw & qw) < 0.5 * len(gw):
        kind = "scare quote inside narrated/reported clause"
        cue = g["cue"].lower().split()
        known = any(w in forms for w in cue)
        return f"{kind} (cue {'known' if known else 'not in list'})"
    # span found, nothing kept: where is the source?
    src = g.get("source_spans") or []
    cue_words = g["cue"].lower().split()
    known = any(w in forms for w in cue_words) or g["cue"].lower() in ("according to",)
    cue_tag = "" if known else ", cue not in list"
    if not src:
        return "span found, no attribution: no source annotated"
    s0 = src[0][0]
    source = g["source"].lower()
    pron = " (pronoun)" if source in PRONOUNS else ""
    cs, ss = where(c0, sents), where(s0, sents)
    cp, sp = where(c0, paras), where(s0, paras)
    if cs == ss:
        loc = "same sentence"
    elif cp == sp:
        loc = "previous sentence" if ss < cs else "next sentence"
    elif sp == cp - 1:
        loc = "previous paragraph"
    elif sp == cp + 1:
        loc = "next paragraph"
    else:
        loc = "farther paragraph"
    return f"span found, no attribution: source in {loc}{pron}{cue_tag}"


def scorer_pairs(scorer, gold: list, preds: list) -> tuple[set, set, list, dict]:
    """The scorer's greedy matching (word Jaccard >= 0.5, best first): the gold indexes and
    prediction indexes it paired, every candidate pair ``(jaccard, gold i, pred i)`` and the
    predictions by document."""
    by_doc: dict = {}
    for p in preds:
        by_doc.setdefault(p["doc"], []).append(p)
    words = scorer.words
    pairs = []
    for gi, g in enumerate(gold):
        gw = words(g["content"])
        for p in by_doc.get(g["doc"], []):
            pw = words(p["text"])
            j = len(gw & pw) / max(1, len(gw | pw))
            if j >= 0.5:
                pairs.append((j, gi, p["i"]))
    used_g, used_p = set(), set()
    for _j, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return used_g, used_p, pairs, by_doc


def main(argv=None) -> int:
    ap = split_parser()
    ap.add_argument("--show", default="", help="print examples of buckets containing this")
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
            speaker = " ".join(str(r[k]) for k in ("speaker", "speaker_name") if isinstance(r[k], str))
            preds.append(
                {
                    "doc": doc_id,
                    "text": r["text"],
                    "speaker": speaker,
                    "i": len(preds),
                    "parts": parts or [(r["char_start"], r["char_end"])],
                }
            )
    # the scorer's matching, to know which gold items and predictions it paired
    used_g, used_p, pairs, by_doc = scorer_pairs(scorer, gold, preds)
    words = scorer.words
    forms = reporting_verb_forms()
    qcache: dict = {}
    maps: dict = {}
    counts: Counter = Counter()
    examples: dict = {}
    n_marked = 0
    for gi, g in enumerate(gold):
        if not g["marked"]:
            continue
        n_marked += 1
        if gi in used_g:
            continue
        d = g["doc"]
        if d not in texts:
            counts["document not in the corpus (a duplicate the build dropped)"] += 1
            continue
        text = texts[d]
        if d not in maps:
            raw = (split_dir / "text" / f"{d}.txt").read_text(encoding="utf-8")
            maps[d] = offset_map(raw, text)
        g = dict(
            g,
            content_spans=[[maps[d](a), maps[d](b)] for a, b in g["content_spans"]],
            source_spans=[[maps[d](a), maps[d](b)] for a, b in g.get("source_spans") or []],
        )
        if d not in qcache:
            qcache[d] = quoted_spans(text, paras.get(d, []))
        b = bucket(
            g, text, by_doc.get(d, []), used_p, qcache[d], paras.get(d, []), sents.get(d, []), words, forms
        )
        counts[b] += 1
        g = dict(
            g, preds=[p["text"][:200] for p in by_doc.get(d, []) if overlaps(g["content_spans"], p["parts"])]
        )
        examples.setdefault(b, []).append(g)
    missed = sum(counts.values())
    print(f"{args.split}: {n_marked} marked gold, {missed} missed ({missed / n_marked:.1%})")
    for b, n in counts.most_common():
        print(f"{n:6d}  {n / missed:6.1%}  {b}")
    if args.show:
        for b, gs in examples.items():
            if args.show in b:
                print(f"\n== {b}")
                for g in gs[: args.n]:
                    text = texts[g["doc"]]
                    a, e = g["content_spans"][0][0], g["content_spans"][-1][1]
                    ctx = text[max(0, a - 250) : min(len(text), e + 120)].replace("\n", " | ")
                    print(
                        f"- [{g['cue']}] {g['source']!r} GOLD: {g['content'][:200]}\n    PRED: {g['preds']}\n    CTX: {ctx}\n"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
