"""Quote speakers on real pages of other kinds: the shapes of the speakers the quote rules give
on the text copies of wcxb-dev's tuning part (2025 web pages, one per domain: guides, reviews,
company blogs, health and science news), which no quote rule was written for and no one
annotated for quotes. A tuning aid, not a score: each record whose speaker as written has a
shape no subject has falls in one bucket, with counts and a few examples on the terminal only
(nothing of the pages is written).

    PYTHONPATH=. .venv/bin/python bench/quote_speaker_shapes.py [-n 8]

Buckets, first that applies: no speaker; opens with a preposition ("with many companies");
longer than six words (a clause read as a subject); holds a word in -ed after its first; holds
a digit (mostly survey shares, "42% of consumers", which are right); starts in lower case other
than a pronoun (plural groups, "experts", are right; "its name" is not).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict

from bench_metadata import BENCH_DIR, parts, read_text

from workbench.layout import article_text, label_blocks
from workbench.quotes import quote_records

PREPOSITIONS = frozenset("of in at for on by with from to about over after before into".split())
PRONOUNS = frozenset("he she they it we i you who which".split())
BUCKETS = (
    "no speaker",
    "opens with a preposition",
    "longer than six words",
    "holds an -ed word",
    "holds a digit",
    "lower-case start",
)


def bucket(speaker: str) -> str | None:
    """The first bucket a speaker as written falls in, or None for an ordinary shape."""
    words = speaker.split()
    if not words:
        return "no speaker"
    if words[0].lower() in PREPOSITIONS:
        return "opens with a preposition"
    if len(words) > 6:
        return "longer than six words"
    if any(re.fullmatch(r"[a-z]+ed", w) for w in words[1:]):
        return "holds an -ed word"
    if re.search(r"\d", speaker):
        return "holds a digit"
    if speaker[0].islower() and speaker.lower() not in PRONOUNS:
        return "lower-case start"
    return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=8, help="examples per bucket")
    args = ap.parse_args(argv)
    set_dir = BENCH_DIR / "wcxb-dev"
    gold = [
        json.loads(x) for x in (set_dir / "gold.jsonl").read_text(encoding="utf-8").split("\n") if x.strip()
    ]
    part_of = parts([g["id"] for g in gold])
    counts: Counter = Counter()
    examples = defaultdict(list)
    records = pages = 0
    for page_id in sorted(g["id"] for g in gold if part_of[g["id"]] == "tuning"):
        text = read_text(set_dir, page_id)
        if text is None:
            continue
        pages += 1
        for r in quote_records(article_text(label_blocks(text))):
            records += 1
            speaker = str(r["speaker"] or "")
            found = bucket(speaker)
            if found:
                counts[found] += 1
                examples[found].append((speaker, r["cue"]))
    print(f"{records} quote records on {pages} tuning pages of wcxb-dev")
    for name in BUCKETS:
        print(f"{counts[name]:5d}  {name}")
        for speaker, cue in examples[name][: args.n]:
            print(f"         {speaker!r} / {cue!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
