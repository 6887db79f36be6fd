"""The cue inventory of PolNeAR train: which words and patterns introduce its statements.

    .venv/bin/python bench/polnear_cues.py [--split train] [--min 2]

Reads ``gold.jsonl``'s ``cue`` field of a split (train only when tuning: dev is held out)
and prints, with counts: the head word of each cue folded to a lemma (auxiliaries, adverbs,
days and trailing prepositions dropped: "has repeatedly said" -> say), the cue's shape
(verb, participle "saying"/"adding", colon "said:", phrase "according to", noun-phrase
"in a statement"), and the whole multiword cues. The reviewed, general English part of
this inventory is what ``workbench/resources/reporting_verbs.txt`` keeps with its counts;
nothing from the articles themselves is kept.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "bench" / "quotes" / "polnear"

SKIP = set(
    "has have had 's ’s was were is are be been being will would also later then further first "
    "just now since initially repeatedly previously earlier again recently once often publicly "
    "privately reportedly went on to even only still already never always quickly flatly "
    "sarcastically simply directly".split()
)
DAYS = set("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())
TAIL = set("of about for to on at with in that: : -".split())
IRREGULAR = {
    "said": "say",
    "says": "say",
    "saying": "say",
    "told": "tell",
    "tells": "tell",
    "telling": "tell",
    "wrote": "write",
    "writes": "write",
    "writing": "write",
    "written": "write",
    "thought": "think",
    "read": "read",
    "reads": "read",
    "put": "put",
    "shot": "shoot",
    "went": "go",
    "found": "find",
    "spoke": "speak",
    "began": "begin",
}


def lemma(word: str) -> str:
    """A rough English verb lemma, enough to group a cue list's forms."""
    w = word.lower().strip(':,."“”')
    if w in IRREGULAR:
        return IRREGULAR[w]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ying", "y")):
        if w.endswith(suffix) and len(w) > 4:
            return w[: -len(suffix)] + repl
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            if suffix in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]
            if suffix in ("ed", "ing") and stem.endswith(
                ("at", "ot", "ut", "is", "ar", "ir", "ur", "iz", "us", "as", "lv", "rv", "at", "ag", "ud")
            ):
                stem += "e"
            if suffix == "es" and not stem.endswith(("ss", "sh", "ch", "x", "z")):
                stem += "e"
            return stem
    return w


def head(cue: str) -> str | None:
    """The reporting word of a cue: its first word that is not an auxiliary or adverb."""
    words = [w for w in re.findall(r"[\w’']+|:", cue.lower())]
    words = [w for w in words if w not in SKIP and w not in DAYS]
    while words and words[-1] in TAIL:
        words.pop()
    return words[0] if words else None


def shape(cue: str) -> str:
    c = cue.strip().lower()
    if c.endswith(":"):
        return "colon"
    if c.startswith("according to"):
        return "according to"
    if re.search(r"\bstatement|interview|release|tweet\b|post\b|letter|memo|report\b", c) and " " in c:
        return "noun phrase"
    w = head(c) or ""
    if w.endswith("ing"):
        return "participle"
    return "verb"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--min", type=int, default=2)
    args = parser.parse_args(argv)
    path = POLNEAR / args.split / "gold.jsonl"
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    cues = Counter(g["cue"].strip().lower() for g in gold)
    lemmas, forms, shapes, multi = Counter(), {}, Counter(), Counter()
    for cue, n in cues.items():
        h = head(cue)
        shapes[shape(cue)] += n
        if h is None:
            continue
        lem = lemma(h)
        lemmas[lem] += n
        forms.setdefault(lem, Counter())[h] += n
        if len(cue.split()) > 1:
            multi[re.sub(r"\b(?:" + "|".join(DAYS) + r")\b", "DAY", cue)] += n
    print(f"{len(gold)} statements, {len(cues)} distinct cues")
    print("shapes:", ", ".join(f"{k} {v}" for k, v in shapes.most_common()))
    print("\nlemmas (count: forms)")
    for lem, n in lemmas.most_common():
        if n >= args.min:
            print(f"{n:5d} {lem:14s} " + " ".join(f"{f}:{c}" for f, c in forms[lem].most_common()))
    print("\nmultiword cues")
    for cue, n in multi.most_common():
        if n >= args.min:
            print(f"{n:5d} {cue}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
