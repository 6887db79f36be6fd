"""Which words link a quotation to the clause before it on PolNeAR train: for every quoted
passage that opens after a comma or colon ('..., X VERB on Monday, "..."'), the last word
of the clause before the mark that is no adverb, preposition or name, with how often
PolNeAR annotates the passage as a statement (tuning aid; reads ../shared, copies nothing).

    .venv/bin/python bench/polnear_links.py [--split train] [--min 3]

Counts over every such passage, not over the misses only, so a word kept is one that
introduces statements in general, not one that introduced the few we missed.
"""

from __future__ import annotations

import re
from collections import Counter

from bench_polnear import QUOTES_BENCH, base_tables, load_gold, split_parser
from polnear_misses import offset_map

from workbench.quotes._marks import quoted_spans

#: words passed over when looking back for the linking word (adverbs, prepositions, articles)
SKIP = set(
    "on in at to of for with from by about into over after before during the a an his her their its "
    "our my this that these those last this next again also then later only once now just even "
    "back out up down all both".split()
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def link_word(head: str) -> str | None:
    """The linking word of a head clause ending in a comma or colon: the last lower-case word
    that is neither skipped nor a number (the verb, mostly), within the last six words."""
    words = _WORD_RE.findall(head)[-6:]
    for w in reversed(words):
        if w.lower() in SKIP or not w[:1].islower():
            continue
        return w.lower()
    return None


def main(argv=None) -> int:
    ap = split_parser()
    ap.add_argument("--min", type=int, default=3)
    args = ap.parse_args(argv)
    split_dir = QUOTES_BENCH / "polnear" / args.split
    gold = load_gold(split_dir)
    tables = base_tables(split_dir, args.tables)
    texts = dict(tables["documents"][["doc_id", "text"]].itertuples(index=False))
    paras = {d: list(zip(g["char_start"], g["char_end"])) for d, g in tables["paragraphs"].groupby("doc_id")}
    sents = {d: list(zip(g["char_start"], g["char_end"])) for d, g in tables["sentences"].groupby("doc_id")}
    by_doc: dict = {}
    for g in gold:
        if g["marked"]:
            by_doc.setdefault(g["doc"], []).append(g)
    seen, annotated = Counter(), Counter()
    for d, text in texts.items():
        raw = (split_dir / "text" / f"{d}.txt").read_text(encoding="utf-8")
        to_text = offset_map(raw, text)
        golds = [(to_text(a), to_text(b)) for g in by_doc.get(d, []) for a, b in g["content_spans"]]
        starts = [a for a, _ in sents.get(d, [])]
        for sp in quoted_spans(text, paras.get(d, [])):
            if sp.open_mark is None:
                continue
            s = max([a for a in starts if a <= sp.open_mark], default=0)
            head = text[s : sp.open_mark].rstrip()
            if not head.endswith((",", ":")) or any(c in head for c in '"\u201c\u201d'):
                continue
            w = link_word(head[:-1])
            if w is None:
                continue
            seen[w] += 1
            if any(a < sp.end and sp.start < b for a, b in golds):
                annotated[w] += 1
    print("# word  passages  annotated")
    for w, n in seen.most_common():
        if n >= args.min:
            print(f"{w:16s} {n:5d} {annotated[w]:5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
