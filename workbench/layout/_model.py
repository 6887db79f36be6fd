"""A learned decision on top of the layout signals: which lines belong to the article.

:func:`line_features` turns the per-line signals of :mod:`workbench.layout_signals` and the
rule labels of :mod:`workbench.layout` into a feature matrix with context (neighbouring
lines, position relative to the rules' body and to stop cues, list density, teaser shape,
script change). A logistic regression, trained by ``bench/train_layout.py`` on the tuning
parts of the extraction benchmark and shipped as plain numbers in
``resources/layout_model.json``, gives each line a log-odds of being article text;
:func:`article_lines` then takes the best contiguous run of those log-odds (gaps bridged
when the story goes on after a box) and drops the lines inside it the model rejects.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..config import RESOURCES_DIR
from . import _columns, _runs
from ._signals import LineInfo

MODEL_FILE = RESOURCES_DIR / "layout_model.json"
#: Lines around each line for the windowed densities.
WINDOW = 5
#: Distance in lines counted to a stop cue when there is none before/after a line: the page's
#: length, but at least this, so the lines of a short report do not look close to a cue
#: (issue 14: the last paragraph of a two-paragraph report was dropped).
NO_CUE_LINES = 50
FEATURES = (
    "prose",
    "log_weight",
    "long",
    "sentence_end",
    "inner_sentence",
    "title_like",
    "cue_stop",
    "cue_other",
    "counter",
    "dated",
    "caption",
    "byline",
    "repeated",
    "name_like",
    "glued",
    "truncated",
    "script_change",
    "rule_body",
    "rule_heading",
    "rule_article_prev",
    "rule_article_next",
    "prose_prev",
    "prose_next",
    "prose_prev2",
    "prose_next2",
    "long_share_window",
    "short_share_window",
    "prose_density_window",
    "after_stop_cue",
    "log_since_stop_cue",
    "stop_cue_ahead",
    "log_to_stop_cue",
    "rel_position",
    "before_rule_body",
    "after_rule_body",
    "log_dist_rule_body",
    "prev_title_like",
    "next_long",
    "prev_name_or_date",
    "cum_prose_share",
    "in_rule_span",
    "before_short",
    "after_short",
    "log_total_prose",
)


#: Column of each feature.
AT = {name: j for j, name in enumerate(FEATURES)}
#: Signal columns (:mod:`workbench.layout._columns`) that are features as they are (the
#: column "inner" is the feature "inner_sentence").
SIGNALS = (
    "sentence_end",
    "inner_sentence",
    "cue_stop",
    "cue_other",
    "counter",
    "dated",
    "caption",
    "byline",
    "repeated",
    "name_like",
    "glued",
    "truncated",
)


def rule_masks(labels) -> tuple[np.ndarray, np.ndarray]:
    """Which labels are body and which heading (one walk over the labels, read by numpy)."""
    code = np.frombuffer(bytes([(lab[0] == "body") + 2 * (lab[0] == "heading") for lab in labels]), np.uint8)
    return code == 1, code == 2


def _script_change(script: np.ndarray, no_script: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """1.0 for a line whose script is neither "none" nor the page's main script: the one with
    the largest total weight (the first seen of a tie); ``script`` indexes in order of first sight."""
    totals = np.bincount(script, weights=weight)  # summed in line order, as a loop would
    main = int(np.argmax(totals))  # first maximum: the first seen
    return ((script != main) & (no_script == 0)).astype(float)


def _window_means(rows: np.ndarray, half: int) -> np.ndarray:
    """Mean of each row of ``rows`` over i-half..i+half (clipped at the ends), as columns."""
    n = rows.shape[1]
    c = np.empty((len(rows), n + 1))
    c[:, 0] = 0.0
    np.add.accumulate(rows, axis=1, out=c[:, 1:])  # each row summed in order, as a 1-d cumsum
    idx = np.arange(n)
    lo, hi = np.maximum(idx - half, 0), np.minimum(idx + half + 1, n)
    return ((c.take(hi, axis=1) - c.take(lo, axis=1)) / (hi - lo)).T


def line_features(infos: list[LineInfo], scores, labels, columns=None, *, rule=None) -> np.ndarray:
    """Feature matrix (lines x FEATURES) from the signals, prose scores and rule labels;
    ``columns`` are the signals as :mod:`workbench.layout._columns` arrays and ``rule`` the
    labels' :func:`rule_masks` when the caller has them (made from ``infos`` and ``labels``
    otherwise). Each feature is written into its column of one matrix (zeros where a shifted
    one runs out), where a list of 44 columns was stacked."""
    n = len(infos)
    X = np.zeros((n, len(FEATURES)))
    if n == 0:
        return X
    col = _columns.from_infos(infos) if columns is None else columns
    body, heading = rule_masks(labels) if rule is None else rule
    weight, n_words = col["weight"], col["n_words"]
    long = (weight >= 70).astype(float)
    for name in SIGNALS:
        X[:, AT[name]] = col["inner" if name == "inner_sentence" else name]
    prose = np.clip(np.array(scores, dtype=float) / 100.0, -1.0, 5.0)
    furniture = np.maximum.reduce(
        [col["cue_any"], col["counter"], col["caption"], col["byline"], col["dated"]]
    )
    title_like = (
        (n_words >= 3) & (n_words <= 25) & (col["inner"] == 0) & (col["period_end"] == 0) & (furniture == 0)
    ).astype(float)
    rule_body, rule_heading = body.astype(float), heading.astype(float)
    rule_article = rule_body + rule_heading
    X[:, AT["prose"]] = prose
    X[:, AT["log_weight"]] = np.log1p(weight)
    X[:, AT["long"]] = long
    X[:, AT["title_like"]] = title_like
    X[:, AT["script_change"]] = _script_change(col["script"], col["no_script"], weight)
    X[:, AT["rule_body"]] = rule_body
    X[:, AT["rule_heading"]] = rule_heading
    X[1:, AT["rule_article_prev"]] = rule_article[:-1]
    X[:-1, AT["rule_article_next"]] = rule_article[1:]
    X[1:, AT["prose_prev"]] = prose[:-1]
    X[:-1, AT["prose_next"]] = prose[1:]
    X[2:, AT["prose_prev2"]] = prose[:-2]
    X[:-2, AT["prose_next2"]] = prose[2:]
    positive = np.clip(prose, 0, None)
    short = (1 - long) * (1 - col["sentence_end"])
    first = AT["long_share_window"]  # and the next two: short_share_window, prose_density_window
    X[:, first : first + 3] = _window_means(np.array([long, short, positive]), WINDOW)
    idx = np.arange(n)
    far = max(n, NO_CUE_LINES)  # a missing cue: as far as the page is long, at least NO_CUE_LINES
    # stop cues: lines since the last one before, lines to the next one after
    stops = np.flatnonzero(col["cue_stop"])
    if len(stops):
        prev_pos = np.searchsorted(stops, idx, side="left") - 1
        since = np.where(prev_pos >= 0, idx - stops[np.maximum(prev_pos, 0)], far)
        next_pos = np.searchsorted(stops, idx, side="right")
        to_next = np.where(next_pos < len(stops), stops[np.minimum(next_pos, len(stops) - 1)] - idx, far)
    else:
        since = to_next = np.full(n, far)
    X[:, AT["after_stop_cue"]] = since < far
    X[:, AT["log_since_stop_cue"]] = np.log1p(since)
    X[:, AT["stop_cue_ahead"]] = to_next < far
    X[:, AT["log_to_stop_cue"]] = np.log1p(to_next)
    X[:, AT["rel_position"]] = idx / max(1, n - 1)
    article_idx = np.flatnonzero(rule_article)
    if len(article_idx):
        first, last = article_idx[0], article_idx[-1]
        before_body = (idx < first).astype(float)
        after_body = (idx > last).astype(float)
        dist = np.maximum(first - idx, idx - last).clip(min=0)
    else:  # no body by the rules: every line is "before" it, as the rules label them
        before_body, after_body = np.ones(n), np.zeros(n)
        dist = np.full(n, n)
    X[:, AT["before_rule_body"]] = before_body
    X[:, AT["after_rule_body"]] = after_body
    X[:, AT["log_dist_rule_body"]] = np.log1p(dist)
    X[1:, AT["prev_title_like"]] = title_like[:-1]
    X[:-1, AT["next_long"]] = long[1:]
    X[1:, AT["prev_name_or_date"]] = np.maximum(col["name_like"][:-1], col["dated"][:-1])
    total = positive.sum() or 1.0
    X[:, AT["cum_prose_share"]] = (np.cumsum(positive) - positive) / total  # the prose before the line
    X[:, AT["in_rule_span"]] = (1 - before_body) * (1 - after_body)
    X[:, AT["before_short"]] = before_body * (1 - long)
    X[:, AT["after_short"]] = after_body * (1 - long)
    X[:, AT["log_total_prose"]] = np.log1p(positive.sum())
    return X


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_FILE) -> dict | None:
    """The shipped parameters as numpy arrays, or None when the file is absent."""
    if not Path(path).exists():
        return None
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    if tuple(raw["features"]) != FEATURES:
        return None  # parameters of another feature set: use the rules
    return {
        "mean": np.array(raw["mean"]),
        "scale": np.array(raw["scale"]),
        "coef": np.array(raw["coef"]),
        "intercept": float(raw["intercept"]),
        "run_offset": float(raw["run_offset"]),
        "keep_threshold": float(raw["keep_threshold"]),
        "edge_threshold": float(raw["edge_threshold"]),
    }


def log_odds(features: np.ndarray, model: dict) -> np.ndarray:
    """Per line, the model's log-odds of being article text."""
    return ((features - model["mean"]) / model["scale"]) @ model["coef"] + model["intercept"]


def best_run(scores: np.ndarray) -> tuple[int, int] | None:
    """(first, last) of the contiguous run with the largest positive sum (Kadane)."""
    return _runs.best_run(scores.tolist())


def article_lines(
    z: np.ndarray,
    *,
    run_offset: float,
    keep_threshold: float,
    edge_threshold: float,
    fixed: np.ndarray | None = None,
) -> np.ndarray:
    """Boolean mask of article lines from per-line log-odds ``z``.

    The story is the best contiguous run of ``z + run_offset`` (so a box of a few doubtful
    lines inside it is bridged and the article goes on after it); the run is trimmed at
    both ends to lines with log-odds at least ``edge_threshold`` (a section label or a
    subscription line touching it), and lines inside with log-odds under
    ``keep_threshold`` (the box itself) are left out. Lines marked in ``fixed`` (furniture
    the rules are sure of) are never article.
    """
    mask = np.zeros(len(z), dtype=bool)
    span = best_run(z + run_offset)
    if span is None:
        return mask
    first, last = span
    while first < last and z[first] < edge_threshold:
        first += 1
    while last > first and z[last] < edge_threshold:
        last -= 1
    mask[first : last + 1] = z[first : last + 1] >= keep_threshold
    if fixed is not None:
        mask &= ~fixed
    return mask


def top_features(features: np.ndarray, model: dict, k: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """For each row, the indices of the k features that pushed its log-odds most (either way)
    and their contributions, strongest first."""
    contrib = (features - model["mean"]) / model["scale"] * model["coef"]
    size = np.abs(contrib)
    if k > 2 or not np.isfinite(size).all():
        order = np.argsort(-size, axis=1, kind="stable")[:, :k]
        return order, np.take_along_axis(contrib, order, axis=1)
    # the first k of a stable sort by size, largest first: argmax (the first largest) k times,
    # each found one then set below every size (a full sort of each row cost more than the rest)
    rows, picks = np.arange(len(size)), []
    for _ in range(k):
        picks.append(size.argmax(axis=1))
        size[rows, picks[-1]] = -1.0
    order = np.stack(picks, axis=1) if picks else np.zeros((len(size), 0), dtype=np.intp)
    return order, np.take_along_axis(contrib, order, axis=1)


def fixed_mask(features: np.ndarray) -> np.ndarray:
    """Lines that are furniture by their own shape (cue word, caption, counter, byline, a short
    dated line): the same lines :func:`workbench.layout._analysis.furniture_label` names."""
    col = {name: features[:, AT[name]] for name in ("cue_stop", "cue_other", "caption", "counter", "byline")}
    dated, long = features[:, AT["dated"]], features[:, AT["long"]]
    return (
        col["cue_stop"]
        + col["cue_other"]
        + col["caption"]
        + col["counter"]
        + col["byline"]
        + dated * (1 - long)
    ) > 0
