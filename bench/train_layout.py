"""Train the layout model (workbench/resources/layout_model.json) on the tuning parts.

    .venv/bin/python bench/train_layout.py [--out PATH] [--compare]

Reads the tuning parts (sorted index % 5 != 4) of both extraction sets in
../shared/bench/extraction (dev/ and wcxb-dev/; the held-out parts are never read here),
labels each non-blank line of each text copy as article text when most of its 4-token
shingles (or, for a line of 1-3 tokens, its token sequence) occur in the gold body, and fits
a logistic regression over :func:`workbench.layout_model.line_features`. The run offset and
the keep threshold of the sequence step are chosen on out-of-fold predictions (5 folds by
page). ``--compare`` also cross-validates gradient boosting and prints both (the shipped
model is the logistic regression unless boosting scores clearly better).

Deterministic: fixed folds, lbfgs, parameters rounded to 8 significant digits, so running
it twice writes the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent

import bench_extraction as be  # noqa: E402

from workbench.layout import _analysis as layout  # noqa: E402
from workbench.layout import _model as layout_model  # noqa: E402
from workbench.layout._line_pass import line_infos  # noqa: E402

FOLDS = 5
#: Grid of the sequence step's two numbers (log-odds units).
RUN_OFFSETS = (0.0, 0.5, 1.0, 1.5, 2.0)
KEEP_THRESHOLDS = (-2.0, -1.5, -1.0, -0.5, 0.0)
#: The story starts and ends on a line the model finds more likely article than not (p 0.5):
#: a doubtful line touching the run (subscription box, section label) stays outside.
EDGE_THRESHOLDS = (0.0,)
#: Inverse regularisation strength of the logistic regression.
C = 1.0
#: A line's sample weight: its tokens (the score counts shingles), capped so one huge
#: line does not dominate.
MAX_LINE_WEIGHT = 0
#: dev/ has 48 tuning pages against 567 of wcxb-dev/: its lines weigh this much more so the
#: hand-made gold counts.
DEV_WEIGHT = 4.0
SIG = 8


def ngram_sets(tokens: list[str]) -> dict[int, set]:
    return {k: {tuple(tokens[i : i + k]) for i in range(len(tokens) - k + 1)} for k in (1, 2, 3, 4)}


def page_data(text: str, gold: str, scorer):
    """Lines, feature matrix, article labels and token counts of one text copy."""
    lines = layout.split_lines(text)
    infos = line_infos(lines)
    scores = [layout.prose_score(i) for i in infos]
    labels = layout.rule_labels(infos, scores)
    X = layout_model.line_features(infos, scores, labels)
    grams = ngram_sets(scorer.tokens(gold))
    y, w, raws = [], [], []
    for info in infos:
        raw = lines[info.number - 1].strip()
        toks = scorer.tokens(raw)
        if not toks:
            y.append(0)
        elif len(toks) < 4:
            y.append(int(tuple(toks) in grams[len(toks)]))
        else:
            sh = [tuple(toks[i : i + 4]) for i in range(len(toks) - 3)]
            y.append(int(sum(s in grams[4] for s in sh) * 2 > len(sh)))
        w.append(min(len(toks), MAX_LINE_WEIGHT) + 1)
        raws.append(raw)
    rule = np.array([lab[0] in layout.ARTICLE_KINDS for lab in labels])
    return {
        "X": X,
        "y": np.array(y),
        "w": np.array(w, dtype=float),
        "raws": raws,
        "fixed": layout.fixed_lines(X, labels),
        "toks": [scorer.tokens(r) for r in raws],
        "rule": rule,
        "gold_shingles": scorer.shingles(scorer.tokens(gold), be.NGRAM),
    }


def load_tuning(scorer) -> list[dict]:
    pages = []
    for set_name, set_dir in be.SETS.items():
        gold = {g["id"]: g["body"] for g in scorer.load_gold(set_dir / "gold.jsonl")}
        texts = be.read_pages(set_dir)
        for page_id in be.split_ids(gold)["tuning"]:
            d = page_data(texts.get(page_id, ""), gold[page_id], scorer)
            d.update(set=set_name, id=page_id)
            pages.append(d)
    return pages


def page_scores(scorer, d, mask) -> dict:
    """score.py's page_scores of the lines in mask (gold shingles counted once per page)."""
    toks = [t for ts, m in zip(d["toks"], mask) if m for t in ts]
    g, p = d["gold_shingles"], scorer.shingles(toks, be.NGRAM)
    tp = sum((g & p).values())
    fp, fn = sum(p.values()) - tp, sum(g.values()) - tp
    prec = tp / (tp + fp) if tp + fp else None
    rec = tp / (tp + fn) if tp + fn else None
    f1 = 2 * prec * rec / (prec + rec) if prec and rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "exact": 0.0}


def page_f1(scorer, pages, masks) -> dict[str, float]:
    """Per set, score.py's headline F1 of the extractions given by the masks."""
    rows: dict[str, list] = {}
    for d, mask in zip(pages, masks):
        rows.setdefault(d["set"], []).append(page_scores(scorer, d, mask))
    return {s: scorer.summarise(r)["f1"] for s, r in rows.items()}


def fit_lr(pages):
    from sklearn.linear_model import LogisticRegression

    X = np.vstack([d["X"] for d in pages])
    y = np.concatenate([d["y"] for d in pages])
    w = np.concatenate([d["w"] * (DEV_WEIGHT if d["set"] == "dev" else 1.0) for d in pages])
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=C, max_iter=2000)
    clf.fit((X - mean) / scale, y, sample_weight=w)
    return {"mean": mean, "scale": scale, "coef": clf.coef_[0], "intercept": float(clf.intercept_[0])}


def predict_lr(model, X):
    return layout_model.log_odds(X, model)


def fit_gb(pages):
    from sklearn.ensemble import HistGradientBoostingClassifier

    X = np.vstack([d["X"] for d in pages])
    y = np.concatenate([d["y"] for d in pages])
    w = np.concatenate([d["w"] * (DEV_WEIGHT if d["set"] == "dev" else 1.0) for d in pages])
    clf = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.1, random_state=0)
    clf.fit(X, y, sample_weight=w)
    return clf


def predict_gb(clf, X):
    return clf.decision_function(X)


def out_of_fold(pages, fit, predict) -> list[np.ndarray]:
    """Log-odds of every tuning line from a model that did not see its page."""
    z = [None] * len(pages)
    for fold in range(FOLDS):
        train = [d for k, d in enumerate(pages) if k % FOLDS != fold]
        model = fit(train)
        for k, d in enumerate(pages):
            if k % FOLDS == fold:
                z[k] = predict(model, d["X"]) if len(d["X"]) else np.zeros(0)
    return z


def tune_sequence(scorer, pages, z) -> tuple[dict, dict]:
    """The sequence step's numbers with the best mean F1 over the two sets, and those F1."""
    best = None
    for off in RUN_OFFSETS:
        for thr in KEEP_THRESHOLDS:
            for edge in EDGE_THRESHOLDS:
                params = {"run_offset": off, "keep_threshold": thr, "edge_threshold": edge}
                masks = [
                    layout_model.article_lines(zz, **params, fixed=d["fixed"]) for zz, d in zip(z, pages)
                ]
                f1 = page_f1(scorer, pages, masks)
                key = sum(f1.values()) / len(f1)
                if best is None or key > best[0]:
                    best = (key, params, f1)
    return best[1], best[2]


def rounded(a) -> list[float]:
    return [float(f"{x:.{SIG}g}") for x in np.asarray(a, dtype=float)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(layout_model.MODEL_FILE))
    ap.add_argument("--compare", action="store_true", help="cross-validate gradient boosting too")
    args = ap.parse_args(argv)
    scorer = be.load_scorer(be.DEFAULT_DEV_DIR)
    pages = load_tuning(scorer)
    print(f"{len(pages)} tuning pages, {sum(len(d['y']) for d in pages)} lines")
    print("rules alone (tuning):", page_f1(scorer, pages, [d["rule"] for d in pages]))
    z = out_of_fold(pages, fit_lr, predict_lr)
    seq, f1 = tune_sequence(scorer, pages, z)
    print(f"logistic regression, out of fold: {f1} ({seq})")
    if args.compare:
        zg = out_of_fold(pages, fit_gb, predict_gb)
        gseq, gf1 = tune_sequence(scorer, pages, zg)
        print(f"gradient boosting, out of fold: {gf1} ({gseq})")
    model = fit_lr(pages)
    out = {
        "about": "Layout model of workbench (bench/train_layout.py): logistic regression over "
        "workbench.layout_model.FEATURES, trained on the tuning parts of the extraction "
        "benchmark (dev: Scrapinghub article-extraction-benchmark, MIT; wcxb-dev: WCXB, "
        "Murrough Foley, CC BY 4.0).",
        "features": list(layout_model.FEATURES),
        "mean": rounded(model["mean"]),
        "scale": rounded(model["scale"]),
        "coef": rounded(model["coef"]),
        "intercept": rounded([model["intercept"]])[0],
        **seq,
    }
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    for name, c in sorted(zip(layout_model.FEATURES, out["coef"]), key=lambda t: -abs(t[1])):
        print(f"  {name:<24} {c:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
