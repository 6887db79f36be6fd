"""Rebuild ``workbench/resources/metadata_model.json``: which line is the headline, byline, dateline.

    .venv/bin/python bench/train_metadata.py [--check]

Trains one logistic regression per field (scikit-learn, seeded, deterministic) on the lines of
the text copies of the *tuning* part of ``../shared/bench/extraction/wcxb-dev`` (sorted ids,
index % 5 != 4; ``dev/`` has no metadata gold). A line is a positive example when what
:mod:`workbench.metadata_lines` reads from it matches the gold (token F1 >= 0.8 for title and
author, same day for the date). The byline and dateline thresholds are chosen on the tuning
part too (many pages show neither). Prints tuning and held-out accuracy of the picked lines.
``--check`` rebuilds into memory and says whether the shipped file is the same.
Only weights, means and scales are written: no text of the pages.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

import numpy as np  # noqa: E402
from bench_metadata import BENCH_DIR, parts, read_text, token_f1  # noqa: E402

from workbench.layout import _metadata_lines as ml  # noqa: E402
from workbench.layout import label_blocks  # noqa: E402

FIELDS = ("title", "author", "date")
#: Weight of the L2 penalty of the conditional logit (per page, on standardised features).
L2 = 0.01
SEED = 0


def page_rows(text: str, gold: dict) -> dict:
    """Candidates of one page: features and, per field, whether each line gives the gold value."""
    return block_rows([{"kind": b.kind, "raw": b.raw} for b in label_blocks(text)], gold)


def block_rows(blocks: list[dict], gold: dict) -> dict:
    """:func:`page_rows` of a page's labelled blocks."""
    cand = ml.candidates(ml.lines_of(blocks))
    texts = cand.texts
    labels = {
        "title": [
            bool(gold.get("title")) and token_f1(ml.clean_headline(t), gold["title"]) >= 0.8 for t in texts
        ],
        "author": [
            bool(gold.get("author")) and token_f1(ml.byline_name(t)[0], gold["author"]) >= 0.8 for t in texts
        ],
        "date": [
            bool(gold.get("published")) and str(ml.find_date(t)) == str(gold["published"])[:10] for t in texts
        ],
    }
    return {"texts": texts, "pos": cand.pos, "X": cand.X, "ok": cand.ok, "labels": labels, "gold": gold}


def with_title(pages: list[dict], params: dict) -> None:
    """Add the features relative to the headline the title model picks (as at run time)."""
    for page in pages:
        k, _ = page_choice("title", page, params)
        title = page["pos"][k] if k is not None else None
        page["X_t"] = np.hstack([page["X"], ml.title_columns(page["pos"], title)])


def page_choice(field: str, page: dict, params: dict) -> tuple[int | None, float]:
    """The candidate the model scores best among those the field may take (no threshold)."""
    X = page["X" if field == "title" else "X_t"]
    return ml.pick(field, ml.score(field, X, params), page["ok"][field], params, threshold=-np.inf)


def accuracy(field: str, pages: list[dict], params: dict, threshold: float) -> tuple[float, float]:
    """(share right among pages whose gold has the field, share right over all pages)."""
    key = {"date": "published"}.get(field, field)
    right_known = known = right_all = 0
    for page in pages:
        k, p = page_choice(field, page, params)
        chosen = k if k is not None and p >= threshold else None
        has = bool(page["gold"].get(key))
        ok = (chosen is not None and page["labels"][field][chosen]) if has else chosen is None
        known += has
        right_known += ok and has
        right_all += ok
    return right_known / max(1, known), right_all / max(1, len(pages))


def fit(field: str, pages: list[dict]) -> dict:
    """A conditional logit over each page's lines: the weights that give the gold line the
    highest score of its page (L2-regularised, L-BFGS, deterministic). The byline and dateline
    compete with "no such line" (score 0), so pages that show none are learned from too."""
    from scipy.optimize import minimize

    key = "X" if field == "title" else "X_t"
    names = list(ml.FEATURES if field == "title" else ml.FEATURES + ml.TITLE_FEATURES)
    gold_key = {"date": "published"}.get(field, field)
    X_all = np.vstack([pg[key] for pg in pages if len(pg[key])])
    mean, scale = X_all.mean(axis=0), X_all.std(axis=0)
    scale[scale == 0] = 1.0
    groups = []
    for pg in pages:
        if not len(pg[key]):
            continue
        # only the lines the field may take compete, as at run time
        ok = pg["ok"][field]
        X = ((pg[key] - mean) / scale)[ok]
        pos = np.array(pg["labels"][field], dtype=bool)[ok]
        has_gold = bool(pg["gold"].get(gold_key))
        if field == "title":
            if not pos.any():
                continue
            groups.append((X, pos, False))
        elif pos.any():
            groups.append((X, pos, True))
        elif not has_gold and len(X):
            groups.append((X, None, True))  # the right answer is "none"
    d = len(names)

    def loss(w):
        b, coef = w[0], w[1:]
        total, grad = L2 * coef @ coef, np.concatenate([[0.0], 2 * L2 * coef])
        for X, pos, null in groups:
            z = X @ coef + b
            top = max(z.max(), 0.0) if null else z.max()
            e = np.exp(z - top)
            denom = e.sum() + (np.exp(-top) if null else 0.0)
            p = e / denom
            if pos is None:
                target = np.zeros_like(p)
                num = np.exp(-top)
            else:
                target = np.where(pos, e, 0.0) / e[pos].sum()
                num = e[pos].sum()
            total -= np.log(num / denom)
            diff = p - target
            grad[0] += diff.sum()
            grad[1:] += X.T @ diff
        return total / len(groups), grad / len(groups)

    w = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x
    return {
        "features": names,
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [round(float(v), 6) for v in w[1:]],
        "intercept": round(float(w[0]), 6),
        "threshold": 0.0 if field != "title" else -1e9,
    }


def build(pages_by_part: dict) -> dict:
    params = {
        "source": "WCXB development set, tuning part (CC BY 4.0); bench/train_metadata.py",
        "title": fit("title", pages_by_part["tuning"]),
    }
    # A headline is trusted above the score of all but the lowest 1% of right picks on the
    # tuning pages: a copy whose best line scores less shows no headline of its own.
    right = [
        z
        for pg in pages_by_part["tuning"]
        for k, z in [page_choice("title", pg, params["title"])]
        if k is not None and pg["labels"]["title"][k]
    ]
    params["title"]["threshold"] = round(float(np.percentile(right, 1)), 3)
    for pages in pages_by_part.values():
        with_title(pages, params["title"])
    for field in FIELDS[1:]:
        params[field] = fit(field, pages_by_part["tuning"])
    return params


def load_pages() -> dict[str, list[dict]]:
    set_dir = BENCH_DIR / "wcxb-dev"
    gold = [
        json.loads(x) for x in (set_dir / "gold.jsonl").read_text(encoding="utf-8").split("\n") if x.strip()
    ]
    part_of = parts([g["id"] for g in gold])
    out: dict[str, list[dict]] = {"tuning": [], "held-out": []}
    for g in sorted(gold, key=lambda g: g["id"]):
        text = read_text(set_dir, g["id"])
        if text is not None:
            out[part_of[g["id"]]].append(page_rows(text, g))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--pages", help="reuse (or write) the pages' features in this scratch file")
    args = ap.parse_args(argv)
    if args.pages and Path(args.pages).exists():
        import pickle  # a scratch file this script wrote itself, never shipped

        pages = pickle.loads(Path(args.pages).read_bytes())
    else:
        pages = load_pages()
        if args.pages:
            import pickle

            Path(args.pages).write_bytes(pickle.dumps(pages))
    params = build(pages)
    for field in FIELDS:
        for part in ("tuning", "held-out"):
            known, overall = accuracy(field, pages[part], params[field], params[field]["threshold"])
            print(f"{field:<7} {part:<9} right {known:.3f} (pages with gold), {overall:.3f} (all pages)")
    text = json.dumps(params, indent=1, sort_keys=True) + "\n"
    if args.check:
        same = ml.MODEL_FILE.exists() and ml.MODEL_FILE.read_text(encoding="utf-8") == text
        print("shipped model is", "the same" if same else "DIFFERENT")
        return 0 if same else 1
    ml.MODEL_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {ml.MODEL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
