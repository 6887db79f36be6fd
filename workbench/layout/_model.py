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


def _shift(a: np.ndarray, k: int, fill: float = 0.0) -> np.ndarray:
    """a shifted by k places (a[i - k] at i), padded with fill."""
    out = np.full_like(a, fill)
    if k > 0:
        out[k:] = a[:-k]
    elif k < 0:
        out[:k] = a[-k:]
    else:
        out[:] = a
    return out


def _window_mean(a: np.ndarray, half: int) -> np.ndarray:
    """Mean of a over i-half..i+half (clipped at the ends)."""
    c = np.concatenate([[0.0], np.cumsum(a)])
    n = len(a)
    idx = np.arange(n)
    lo, hi = np.maximum(idx - half, 0), np.minimum(idx + half + 1, n)
    return (c[hi] - c[lo]) / (hi - lo)


def _script_change(script: np.ndarray, no_script: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """1.0 for a line whose script is neither "none" nor the page's main script: the one with
    the largest total weight (the first seen of a tie); ``script`` indexes in order of first sight."""
    totals = np.bincount(script, weights=weight)  # summed in line order, as a loop would
    main = int(np.argmax(totals))  # first maximum: the first seen
    return ((script != main) & (no_script == 0)).astype(float)


def line_features(infos: list[LineInfo], scores: list[float], labels, columns=None) -> np.ndarray:
    """Feature matrix (lines x FEATURES) from the signals, prose scores and rule labels;
    ``columns`` are the signals as :mod:`workbench.layout._columns` arrays when the caller has
    them (made from ``infos`` otherwise)."""
    n = len(infos)
    if n == 0:
        return np.zeros((0, len(FEATURES)))
    col = _columns.from_infos(infos) if columns is None else columns
    weight, n_words, inner, long = (
        col["weight"],
        col["n_words"],
        col["inner"],
        (col["weight"] >= 70).astype(float),
    )
    sentence_end, counter, dated, caption, byline = (
        col[k] for k in ("sentence_end", "counter", "dated", "caption", "byline")
    )
    cue_stop, cue_other, name_like = col["cue_stop"], col["cue_other"], col["name_like"]
    prose = np.clip(np.array(scores, dtype=float) / 100.0, -1.0, 5.0)
    furniture = np.maximum.reduce([col["cue_any"], counter, caption, byline, dated])
    title_like = (
        (n_words >= 3) & (n_words <= 25) & (inner == 0) & (col["period_end"] == 0) & (furniture == 0)
    ).astype(float)
    script_change = _script_change(col["script"], col["no_script"], weight)
    kinds = [lab[0] for lab in labels]
    rule_body = np.array([k == "body" for k in kinds], dtype=float)
    rule_heading = np.array([k == "heading" for k in kinds], dtype=float)
    rule_article = rule_body + rule_heading
    idx = np.arange(n)
    far = max(n, NO_CUE_LINES)  # a missing cue: as far as the page is long, at least NO_CUE_LINES
    # stop cues: lines since the last one before, lines to the next one after
    stops = np.flatnonzero(cue_stop)
    if len(stops):
        prev_pos = np.searchsorted(stops, idx, side="left") - 1
        since = np.where(prev_pos >= 0, idx - stops[np.maximum(prev_pos, 0)], far)
        next_pos = np.searchsorted(stops, idx, side="right")
        to_next = np.where(next_pos < len(stops), stops[np.minimum(next_pos, len(stops) - 1)] - idx, far)
    else:
        since = to_next = np.full(n, far)
    after_stop = (since < far).astype(float)
    article_idx = np.flatnonzero(rule_article)
    if len(article_idx):
        first, last = article_idx[0], article_idx[-1]
        before_body = (idx < first).astype(float)
        after_body = (idx > last).astype(float)
        dist = np.maximum(first - idx, idx - last).clip(min=0)
    else:  # no body by the rules: every line is "before" it, as the rules label them
        before_body, after_body = np.ones(n), np.zeros(n)
        dist = np.full(n, n)
    in_span = (1 - before_body) * (1 - after_body)
    positive = np.clip(prose, 0, None)
    total = positive.sum() or 1.0
    cols = [
        prose,
        np.log1p(weight),
        long,
        sentence_end,
        inner,
        title_like,
        cue_stop,
        cue_other,
        counter,
        dated,
        caption,
        byline,
        col["repeated"],
        name_like,
        col["glued"],
        col["truncated"],
        script_change,
        rule_body,
        rule_heading,
        _shift(rule_article, 1),
        _shift(rule_article, -1),
        _shift(prose, 1),
        _shift(prose, -1),
        _shift(prose, 2),
        _shift(prose, -2),
        _window_mean(long, WINDOW),
        _window_mean((1 - long) * (1 - sentence_end), WINDOW),
        _window_mean(positive, WINDOW),
        after_stop,
        np.log1p(since),
        (to_next < far).astype(float),
        np.log1p(to_next),
        idx / max(1, n - 1),
        before_body,
        after_body,
        np.log1p(dist),
        _shift(title_like, 1),
        _shift(long, -1),
        np.maximum(_shift(name_like, 1), _shift(dated, 1)),
        (np.cumsum(positive) - positive) / total,  # the prose before the line, not its own
        in_span,
        before_body * (1 - long),
        after_body * (1 - long),
        np.full(n, np.log1p(positive.sum())),
    ]
    return np.column_stack(cols)


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
    col = {name: features[:, j] for j, name in enumerate(FEATURES)}
    return (
        col["cue_stop"]
        + col["cue_other"]
        + col["caption"]
        + col["counter"]
        + col["byline"]
        + col["dated"] * (1 - col["long"])
    ) > 0
