"""Why the metadata scorer misses a page's title: classes of the misses on the tuning part.

    .venv/bin/python bench/title_misses.py [--pages SCRATCH] [-v]

The headline of each page of the *tuning* part of ``../shared/bench/extraction/wcxb-dev``
(sorted ids, index % 5 != 4; the held-out part is never read) is picked as in
``bench/train_metadata.py --cv``: both stages fit on the other four folds. Each page whose
gold has a title falls in one class (:func:`miss_class`):

* ``right``: the headline read from the line picked has token F1 >= 0.8 with the gold;
* ``cut``: the line picked holds the gold's words (token recall >= 0.8) but with others
  ("Headline - Tag line" cut wrong, a kicker or breadcrumb glued on, a reworded headline);
* ``unreachable``: no line of the copy gives the gold (after :func:`clean_headline`): the
  ceiling of a text copy (a ``<title>`` the page's body does not show);
* ``not looked at`` / ``not headline-shaped`` / ``not kept``: a line gives it, but it is
  outside the lines looked at, not headline-shaped, or not among those the first stage keeps;
* ``other wins`` / ``none trusted``: a candidate gives it, but another scores higher, or the
  best scores under the headline threshold.

Prints the counts and the ceilings (pages with a line that gives the gold: any line, after
cleaning or raw; among the second stage's candidates); ``-v`` lists each miss (on the
terminal only: nothing of the pages is written).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from bench_metadata import TOKEN, token_f1
from train_metadata import FOLDS, cv_picks, tuning_pages

from workbench.layout import _metadata_lines as ml

#: A line gives the gold title at this token F1 (train_metadata's and bench_metadata's measure).
MATCH_F1 = 0.8
CLASSES = (
    "right",
    "cut",
    "unreachable",
    "not looked at",
    "not headline-shaped",
    "not kept",
    "other wins",
    "none trusted",
)


def recall(text: str, gold: str) -> float:
    """Share of the gold's tokens (with their counts) that ``text`` holds."""
    have, want = Counter(TOKEN.findall(text.lower())), Counter(TOKEN.findall(gold.lower()))
    return sum((have & want).values()) / max(1, sum(want.values()))


def miss_class(
    gold: str,
    lines: list[str],
    looked: set[int],
    shaped: set[int],
    cands: set[int],
    chosen: int | None,
) -> str:
    """The class (CLASSES) of one page: ``lines`` the copy's non-blank lines, ``looked`` the
    positions looked at, ``shaped`` those headline-shaped, ``cands`` those the second stage may
    take as the headline, ``chosen`` the position picked (None: none trusted)."""
    if chosen is not None and token_f1(ml.clean_headline(lines[chosen]), gold) >= MATCH_F1:
        return "right"
    if chosen is not None and recall(lines[chosen], gold) >= MATCH_F1:
        return "cut"
    good = {i for i, t in enumerate(lines) if token_f1(ml.clean_headline(t), gold) >= MATCH_F1}
    if not good:
        return "unreachable"
    if good & cands:
        return "other wins" if chosen is not None else "none trusted"
    if not good & looked:
        return "not looked at"
    return "not kept" if good & shaped else "not headline-shaped"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", help="reuse (or write) the pages' lines in this scratch file")
    ap.add_argument("-v", action="store_true", help="list each miss")
    args = ap.parse_args(argv)
    tuning = tuning_pages(args.pages)
    picks = cv_picks(tuning, "title")
    counts: Counter = Counter()
    clean = raw_or_clean = 0
    for n, pg in enumerate(tuning):
        gold = pg["gold"].get("title")
        if not gold:
            continue
        texts = [x.text for x in pg["lines"]]
        win = pg["win"]
        shaped = {p for p, s in zip(win.pos, win.shaped) if s}
        chosen, cands = picks[n]
        cls = miss_class(gold, texts, set(win.pos), shaped, cands, chosen)
        counts[cls] += 1
        cleaned = [token_f1(ml.clean_headline(t), gold) >= MATCH_F1 for t in texts]
        clean += any(cleaned)
        raw_or_clean += any(cleaned) or any(token_f1(t, gold) >= MATCH_F1 for t in texts)
        if args.v and cls != "right":
            print(f"{n:4d} {cls:<20} gold: {gold[:90]}")
            print(f"{'':25} picked: {texts[chosen][:90] if chosen is not None else None}")
    total = sum(counts.values())
    print(f"tuning pages with a gold title: {total} ({FOLDS}-fold CV picks)")
    for cls in CLASSES:
        print(f"  {cls:<20} {counts[cls]:4d}  {counts[cls] / max(1, total):.3f}")
    in_cands = counts["right"] + counts["other wins"] + counts["none trusted"]
    print(f"ceiling: a line gives the gold (cleaned) on {clean / max(1, total):.3f} of pages")
    print(f"         a line gives it raw or cleaned on {raw_or_clean / max(1, total):.3f}")
    print(f"         a title candidate gives it on at least {in_cands / max(1, total):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
