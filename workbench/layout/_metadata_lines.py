"""Which line of a text copy is the headline, the byline, the dateline: a small learned scorer.

Two stages. The lines near the article body the layout found are first ranked per field by a
few cheap numbers (shape, place relative to the body, block kind; no name or date is read), and
only the best few per field are kept. Those are then read (a name, a date, a headline shape)
and described in full (cue words, neighbours, overlap with the body, place relative to the
headline), one row per line of a matrix built per document, and scored by a conditional logit
per field; the best-scoring line wins (the byline and the dateline only above a threshold,
since many pages show neither). The weights of both stages are plain JSON
(``resources/metadata_model.json``), rebuilt by ``bench/train_metadata.py`` from the tuning
part of the extraction benchmark.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..config import RESOURCES_DIR
from ._metadata_cheap import CHEAP_FEATURES, cheap_features, shaped_rank
from ._metadata_dates import ambiguous_slash, month_first
from ._metadata_features import FEATURES, TITLE_FEATURES, full_features, title_columns
from ._metadata_page import META_KINDS, OVER_BYLINE, Line, Page, body_span, lines_of
from ._metadata_parse import (
    BY,
    byline_name,
    clean_headline,
    find_date,
    given_names,
    headline_shaped,
)

__all__ = [
    "byline_name",
    "candidates",
    "clean_headline",
    "find_date",
    "given_names",
    "headline_shaped",
    "month_first",
    "read",
]

MODEL_FILE = RESOURCES_DIR / "metadata_model.json"
FIELDS = ("title", "author", "date")

# --- which lines are looked at

#: Lines this far (in non-blank lines) above the body's start, or below its end, are not
#: looked at: a headline or byline sits near the article; far lines are menus and footers.
WINDOW_ABOVE, WINDOW_BELOW = 60, 12
#: Inside the article, lines the layout did not call body are looked at in its first and last
#: lines; between them (subheadings, captions, boxes) only short ones (a name, a dateline) and
#: dated ones: a headline is never in the middle of the article.
BODY_HEAD, BODY_TAIL, INNER_WORDS = 10, 12, 6
#: Lines up to this far above the body are "near" it (see :func:`_author_ok`).
NEAR_ABOVE = 15
BYLINE_KINDS = frozenset(("byline", "dateline", "metadata"))


@dataclass
class Window:
    """The lines of one copy looked at, with their cheap (first-stage) features."""

    pos: list[int]  # positions among the copy's non-blank lines
    zones: list[str]  # "far", "near", "mid" or "tail" (see :func:`_author_ok`)
    X: np.ndarray  # one row per line, columns CHEAP_FEATURES
    shaped: np.ndarray  # headline-shaped lines above the body or at its start
    page: Page  # what the features look up


def _zone(i: int, first: int, last: int) -> str:
    if i < first - NEAR_ABOVE:
        return "far"
    if i <= first + BODY_HEAD:
        return "near"
    return "tail" if i >= last - BODY_TAIL else "mid"


#: A name inside a line is written after one of these ("October 3, 2024 by Jane Doe").
BY_INSIDE_HINTS = ("by", "por", "par", "von", "author:", "autor:")


def _may_name_mid(kind: str, text: str, by_match=BY.match) -> bool:
    """Whether :func:`_author_ok` may take a line in the middle of the body (a cheap test that
    passes at least those): a byline block, "By", a "by" inside, or a common given name first.
    ``by_match``: BY.match, or the page's, which knows the lines' answers already."""
    if kind in BYLINE_KINDS or by_match(text):
        return True
    low = text.lower()
    # BY_INSIDE_HINTS as a chain of tests: a generator per line costs ~4x as much
    return (
        "by" in low
        or "por" in low
        or "par" in low
        or "von" in low
        or "author:" in low
        or "autor:" in low
        or low.split(None, 1)[0].strip(".,:") in given_names()
    )


def window(lines: list[Line]) -> Window:
    """The lines worth scoring: near the body, by the cheap checks above."""
    first, last = body_span(lines)
    page = Page(lines, first, last)
    lo, hi = max(0, first - WINDOW_ABOVE), min(len(lines), last + WINDOW_BELOW + 1)
    head_end, tail_start, far_end = first + BODY_HEAD, last - BODY_TAIL, first - NEAR_ABOVE
    # the body's own lines from its fourth to its last but one are passed over but for those
    # at its start or end that open as a byline ("by Jane Doe, Senior Editor": where a writer
    # is named): only the others are walked one by one
    inner_lo, inner_hi = max(lo, first + 3), min(hi, last - 1)
    if inner_lo < inner_hi:
        look = [*range(lo, inner_lo)]
        look += [
            i
            for i, x in enumerate(lines[inner_lo:inner_hi], inner_lo)
            if x.kind != "body" or ((i <= head_end or i >= tail_start) and page.by_head(i))
        ]
        look += range(inner_hi, hi)
    else:
        look = [*range(lo, hi)]
    pos = []
    # the middle lines' year flags at once (each is asked first below)
    year = page.flag([i for i in look if head_end < i < tail_start])[0]
    for i in look:
        x = lines[i]
        if head_end < i < tail_start:
            # the middle of the article: a dateline, or a short line that may name the writer
            text = page.heads[i]
            if (
                not year[i]
                and (
                    len(text.split(None, INNER_WORDS)) > INNER_WORDS
                    or not _may_name_mid(x.kind, text, page.by_match)
                )
                and not page.over_byline(i)
            ):
                continue
        elif i < far_end and " " not in x.text and not page.has_year(i):
            continue  # a lone word far above the body: a menu item, no headline, name or date
        pos.append(i)
    # a line the layout calls a byline or dateline is looked at wherever it is (the body the
    # layout found may be a teaser list far from the article's own lines)
    far = [i for i, x in enumerate(lines[:lo]) if x.kind in META_KINDS]
    far += [i for i, x in enumerate(lines[hi:], hi) if x.kind in META_KINDS]
    if far:
        # with the lines just above them: the article's own headline when the body the
        # layout found starts elsewhere
        near_far = {k for i in far for k in range(i - OVER_BYLINE, i + 1) if k >= 0 and not lo <= k < hi}
        pos = sorted(set(pos) | near_far)
    zones = [_zone(i, first, last) for i in pos]
    X, shaped = cheap_features(page, pos, zones)
    return Window(pos, zones, X, shaped, page)


def cheap_masks(win: Window) -> dict[str, np.ndarray]:
    """Per field, the lines of the window it may take as far as the cheap features tell: a
    headline-shaped line, a line with a year, any line but a lone word far above the body."""
    # the zone's and the word count's columns, not a loop over the rows
    lone = (win.X[:, CHEAP_FEATURES.index("zone_far")] > 0) & (win.X[:, 0] <= math.log1p(1))
    return {
        "title": win.shaped,
        "author": ~lone if len(win.pos) else np.zeros(0, bool),
        "date": win.X[:, CHEAP_FEATURES.index("year")] > 0,
    }


def first_stage(win: Window, params: dict | None = None) -> dict[str, np.ndarray]:
    """Per field, the lines of the window kept for the full scorer: the ``keep`` best by the
    first-stage score among those :func:`cheap_masks` allows (all of them without a model)."""
    params = params if params is not None else model().get("first", {})
    out = {}
    for field, mask in cheap_masks(win).items():
        p = params.get(field)
        if not p or not len(win.pos):
            out[field] = mask
            continue
        scores = np.where(mask, score(field, win.X, p, names=CHEAP_FEATURES), -np.inf)
        best = np.argsort(-scores, kind="stable")[: p["keep"]]
        kept = np.zeros(len(win.pos), bool)
        kept[best] = True
        out[field] = kept & mask
    return out


# --- which field may take a kept line


@dataclass
class Candidates:
    """The lines of one copy some field may take, with their feature matrix."""

    pos: list[int]  # positions among the copy's non-blank lines
    X: np.ndarray  # one row per line, columns FEATURES
    ok: dict[str, np.ndarray]  # per field: whether the field may take the line at all
    texts: list[str]


def _author_ok(line: Line, zone: str, by_match=BY.match) -> bool:
    """Whether the byline may be read from the line. ``zone``: "near" (just above the body or
    at its start), "far" (further above), "mid" (the middle of the body), "tail" (its end and
    below). A one-word name (a menu item more often than a pen name) only near the body or
    after "By"; in the middle of the body (title-case subheadings) only a name the layout calls
    a byline, after "By", or one that starts with a common given name. ``by_match``: as for
    :func:`_may_name_mid`."""
    text = line.text
    # a lone word far above the body is a menu item unless "By" says otherwise
    name = None if zone == "far" and " " not in text.strip() else byline_name(text)[0]
    if name is None:
        return False
    if zone == "mid":
        return line.kind in BYLINE_KINDS or by_match(text) is not None or _given(name)
    return zone != "far" or " " in name or by_match(text) is not None


def _given(name: str) -> bool:
    return name.split()[0].lower() in given_names()


def candidates(lines: list[Line], first: dict | None = None) -> Candidates:
    """The lines near the body that some field may take, among those the first stage keeps
    (``first``: its parameters, the shipped ones by default), and their features. A headline
    is read from a headline-shaped line, a byline from one :func:`_author_ok` allows, a
    dateline from one with a full date."""
    win = window(lines)
    kept = first_stage(win, first)
    rows, oks = [], []
    # as lists: one bool per row without a numpy scalar each
    kept_title, kept_author, kept_date = (kept[f].tolist() for f in FIELDS)
    for r, (i, zone) in enumerate(zip(win.pos, win.zones)):
        title, author, date = kept_title[r], kept_author[r], kept_date[r]
        if not (title or author or date):
            continue
        ok = (
            bool(title),
            bool(author) and _author_ok(lines[i], zone, win.page.by_match),
            bool(date) and find_date(win.page.heads[i]) is not None,  # its first SCAN characters
        )
        if any(ok):
            rows.append(r)
            oks.append(ok)
    okm = np.array(oks, dtype=bool).reshape(-1, 3)
    at = [win.pos[r] for r in rows]
    rank = shaped_rank(win.shaped, np.asarray(win.pos), win.page.first)[rows]
    X = full_features(win.page, at, rank, [kept_author[r] for r in rows])
    return Candidates(at, X, {f: okm[:, k] for k, f in enumerate(FIELDS)}, [lines[i].text for i in at])


# --- the scorer


@lru_cache(maxsize=1)
def model() -> dict:
    """The shipped weights: per field, feature names, means, scales, coefficients, threshold;
    under "first", the first stage's per field, with how many lines it keeps."""
    try:
        return json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


_FOLDED: dict = {}
#: The columns of a candidate matrix with the headline's (what the byline and dateline read).
ALL_FEATURES = FEATURES + TITLE_FEATURES


def _folded(params: dict, names: tuple) -> tuple[np.ndarray, float, np.ndarray, int]:
    """Weights on the raw features (standardisation folded in), the intercept, the columns of
    ``names`` they go with and the highest of them."""
    # keyed by identity (hashing the ~80 names cost more than the scoring): the entry keeps
    # params and names, so that an id is never another object's
    key = (id(params), id(names))
    entry = _FOLDED.get(key)
    if entry is None or entry[0] is not params or entry[1] is not names:
        coef, mean, scale = (np.asarray(params[k], dtype=float) for k in ("coef", "mean", "scale"))
        cols = np.array([names.index(n) for n in params["features"]])
        w, b = coef / scale, float(params["intercept"] - (coef * mean / scale).sum())
        entry = _FOLDED[key] = (params, names, w, b, cols, int(cols.max()))
    return entry[2:]


def score(
    field: str, X: np.ndarray, params: dict | None = None, *, title_cols=None, names: tuple | None = None
) -> np.ndarray:
    """Score per candidate that it is the line carrying ``field`` (a conditional logit: the
    page's best line wins; "no such line" scores 0). ``title_cols``: :func:`title_columns`;
    ``names``: the columns of ``X`` (FEATURES, then TITLE_FEATURES, by default)."""
    params = params if params is not None else model().get(field)
    if not params or not len(X):
        return np.zeros(len(X))
    w, b, cols, top = _folded(params, names or ALL_FEATURES)
    if title_cols is not None:
        X = np.hstack([X, title_cols])
    elif top >= X.shape[1]:
        raise ValueError(f"the {field} model needs title_cols")
    return X[:, cols] @ w + b


def pick(
    field: str,
    scores: np.ndarray,
    ok: np.ndarray,
    params: dict | None = None,
    *,
    threshold: float | None = None,
) -> tuple[int | None, float]:
    """Index of the best candidate for ``field`` among those ``ok`` allows (the first of equal
    scores), if it clears the field's threshold (or ``threshold``); and its score."""
    params = params if params is not None else model().get(field)
    if not params or not ok.any():
        return None, -math.inf
    if threshold is None:
        threshold = params.get("threshold", 0.0)
    # the first best among those allowed, as argmax over the scores masked with -inf: a loop over
    # ~24 floats, not three numpy calls
    k, best = -1, -math.inf
    for j, (z, allowed) in enumerate(zip(scores.tolist(), ok.tolist())):
        if allowed and z > best:
            k, best = j, z
    if k < 0:  # every allowed score -inf: argmax's first line
        k = 0
    return (k if best >= threshold else None), best


#: A published day is looked for this many lines around an "Updated" dateline.
UPDATED_REACH = 3


def _published_over_updated(cand: Candidates, scores: np.ndarray, k: int) -> int:
    """The dateline to read: when the best one only says "Updated", the best-scoring dated line
    close to it that does not, with a day no later (the day the article came out)."""
    col = FEATURES.index("updated_only")
    if not cand.X[k, col]:
        return k
    day, at = find_date(cand.texts[k]), cand.pos[k]
    near = [
        j
        for j in range(len(cand.pos))
        if cand.ok["date"][j]
        and not cand.X[j, col]
        and abs(cand.pos[j] - at) <= UPDATED_REACH
        and find_date(cand.texts[j]) <= day
    ]
    return max(near, key=lambda j: (scores[j], -j)) if near else k


def read(blocks: list[dict]) -> dict:
    """Headline, author (and role) and date of a text copy from its labelled block rows (``kind``
    and ``raw`` or ``text``); None where the copy shows none the scorer trusts."""
    lines = lines_of(blocks)
    cand = candidates(lines)
    out: dict = {"title": None, "author": None, "author_role": None, "published": None}
    if not cand.pos:
        return out
    k, _ = pick("title", score("title", cand.X), cand.ok["title"])
    if k is not None:
        out["title"] = clean_headline(cand.texts[k])
    # the candidates' features with those relative to the headline, stacked once for both fields
    XT = np.hstack([cand.X, title_columns(cand.pos, cand.pos[k] if k is not None else None)])
    k, _ = pick("author", score("author", XT), cand.ok["author"])
    if k is not None:
        out["author"], out["author_role"] = byline_name(cand.texts[k])
        out["author_line"] = cand.texts[k]
    scores = score("date", XT)
    k, _ = pick("date", scores, cand.ok["date"])
    if k is not None:
        k = _published_over_updated(cand, scores, k)
        line = cand.texts[k]
        # "8/1/2025" is read the way the page writes its other dates (looked at only then)
        order = ambiguous_slash(line) and month_first(x.text for x in lines)
        out["published"], out["date_line"] = find_date(line, order), line
    return out
