"""Which line of a text copy is the headline, the byline, the dateline: a small learned scorer.

The lines near the article body the layout found that some field could take (a headline-shaped
line, a byline with a name, a line with a date) are described by a few numbers (shape, place
relative to the body, block kind, cue words), one row per line of a matrix built per document,
and scored by a conditional logit per field; the best-scoring line wins (the byline and the
dateline only above a threshold, since many pages show neither). The weights are plain JSON
(``resources/metadata_model.json``), rebuilt by ``bench/train_metadata.py`` from the tuning
part of the extraction benchmark.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..config import RESOURCES_DIR
from ._metadata_parse import (
    BY,
    COUNTER,
    DIGIT,
    NAME_LINK,
    NAME_WORD,
    ROLE,
    SCAN,
    YEAR,
    byline_name,
    clean_headline,
    find_date,
    given_names,
    headline_shaped,
    reading_aid,
)

__all__ = [
    "byline_name",
    "candidates",
    "clean_headline",
    "find_date",
    "given_names",
    "headline_shaped",
    "read",
]

MODEL_FILE = RESOURCES_DIR / "metadata_model.json"
WORD = re.compile(r"\w+")
#: The words a headline shares with the body: longer than three characters.
LONG_WORD = re.compile(r"\w{4,}")
#: Cue words of a line, looked up in the set of its lower-cased words (one set per line
#: instead of a case-blind regex search per cue).
DATE_WORDS = frozenset(
    "published updated posted modified publicado atualizado actualizado publié veröffentlicht "
    "aktualisiert pubblicato aggiornato gepubliceerd опубликовано обновлено".split()
)
#: "Updated May 6, 2025": a later day than the one the article was published on.
UPDATED_WORDS = frozenset(
    "updated modified revised atualizado actualizado aktualisiert aggiornato bijgewerkt обновлено".split()
)
PUBLISHED_WORDS = frozenset(
    "published posted publicado publié veröffentlicht pubblicato gepubliceerd опубликовано".split()
)
#: Words that say a line names a writer by role ("Staff writer", "Reporter", "Redakteurin").
ROLE_WORDS = frozenset(
    "writer reporter correspondent editor contributor contributors columnist columnists journalist "
    "author periodista jornalista journaliste analyst producer contributing senior chief freelance".split()
)
ROLE_PREFIXES = ("redakt", "redac")
COPYRIGHT_HINTS = ("©", "copyright", "all rights reserved")
COPYRIGHT_C = re.compile(r"\(c\)\s*\d{4}")
#: "Edited by", "Reviewed by", "Fact-checked by": a name, but not the writer's.
NOT_AUTHOR = re.compile(
    r"(?i)^\W{0,3}(?:edited|reviewed|fact[- ]checked|medically reviewed|photos?|"
    r"illustrations?|images?|video)\s+by\b"
)
BREADCRUMB = re.compile(r"\s[>»/›]\s|^\s*[>»/›]")
CUE_AFTER = re.compile(
    r"(?i)^(?:related|more (?:from|stories|news)|read (?:more|next|also)|latest|recommended|"
    r"trending|popular|you may also like|comments?|leave a (?:reply|comment)|share)\b"
)
#: Whitespace-delimited words shaped like parts of a name, and the particles between them
#: (one regex over the line instead of one per word).
NAME_TOKEN = re.compile(r"(?<!\S)[A-ZÀ-ÞА-ЯЁ][\w'’.\-]*(?!\S)")
LINK_TOKEN = re.compile(r"(?<!\S)(?:" + "|".join(re.escape(w) for w in sorted(NAME_LINK)) + r")(?!\S)")
KIND_FEATURES = (
    "title",
    "heading",
    "body",
    "byline",
    "dateline",
    "metadata",
    "related",
    "navigation",
    "other",
    "caption",
    "footer",
    "comments",
    "advertising",
)
KIND_SET = frozenset(KIND_FEATURES)


@dataclass
class Line:
    """One non-blank line of a text copy, with the kind of the block it lies in."""

    text: str
    kind: str
    pos: int  # index among the copy's non-blank lines


def lines_of(blocks: list[dict]) -> list[Line]:
    """Lines of labelled block rows (``kind`` and ``raw``), in file order."""
    out: list[Line] = []
    for b in blocks:
        for piece in (b.get("raw") or b.get("text") or "").split("\n"):
            piece = piece.strip()
            if piece:
                out.append(Line(piece, b["kind"], len(out)))
    return out


def body_span(lines: list[Line]) -> tuple[int, int]:
    """First and last line of the body (the whole copy's middle when the layout found none)."""
    body = [x.pos for x in lines if x.kind == "body"]
    if body:
        return body[0], body[-1]
    return len(lines) // 3, len(lines) // 3


# --- which lines are looked at

#: Lines this far (in non-blank lines) above the body's start, or below its end, are not
#: looked at: a headline or byline sits near the article; far lines are menus and footers.
WINDOW_ABOVE, WINDOW_BELOW = 60, 12
#: Inside the article, lines the layout did not call body are looked at in its first and last
#: lines; between them (subheadings, captions, boxes) only short ones (a name, a dateline) and
#: dated ones: a headline is never in the middle of the article.
BODY_HEAD, BODY_TAIL, INNER_WORDS = 10, 12, 6
#: Lines up to this far above the body are "near" it (see :func:`_acceptable`).
NEAR_ABOVE = 15
BYLINE_KINDS = frozenset(("byline", "dateline", "metadata"))
#: A headline has at most this many words (the longest gold headline of the tuning pages has 24).
TITLE_MAX_WORDS = 30
FIELDS = ("title", "author", "date")


def _window(lines: list[Line], first: int, last: int) -> list[int]:
    """Positions of the lines worth scoring: near the body, by the cheap checks above."""
    lo, hi = max(0, first - WINDOW_ABOVE), min(len(lines), last + WINDOW_BELOW + 1)
    out = []
    for i in range(lo, hi):
        x = lines[i]
        if first + 3 <= i <= last - 2:
            if x.kind == "body":
                continue
            if first + BODY_HEAD < i < last - BODY_TAIL:
                text = x.text[:SCAN]
                if len(text.split()) > INNER_WORDS and not YEAR.search(text):
                    continue
        out.append(i)
    # a line the layout calls a byline or dateline is looked at wherever it is (the body the
    # layout found may be a teaser list far from the article's own lines)
    far = [i for i in range(len(lines)) if (i < lo or i >= hi) and lines[i].kind in ("byline", "dateline")]
    return sorted(out + far) if far else out


@dataclass
class Candidates:
    """The lines of one copy some field may take, with their feature matrix."""

    pos: list[int]  # positions among the copy's non-blank lines
    X: np.ndarray  # one row per line, columns FEATURES
    ok: dict[str, np.ndarray]  # per field: whether the field may take the line at all
    texts: list[str]


def _acceptable(line: Line, zone: str) -> tuple[bool, bool, bool]:
    """Whether the headline, the byline and the dateline may be read from the line. ``zone``:
    "near" (just above the body or at its start), "far" (further above), "mid" (the middle of
    the body), "tail" (its end and below). A headline is never in the body; a one-word name (a
    menu item more often than a pen name) only near the body or after "By"; in the middle of
    the body (title-case subheadings) only a name the layout calls a byline, after "By", or one
    that starts with a common given name."""
    text = line.text
    title = zone in ("near", "far") and len(text.split()) <= TITLE_MAX_WORDS and headline_shaped(text)
    # a lone word far above the body is a menu item unless "By" says otherwise
    name = None if zone == "far" and " " not in text.strip() else byline_name(text)[0]
    if name is None:
        author = False
    elif zone == "mid":
        author = line.kind in BYLINE_KINDS or BY.match(text) is not None or _given(name)
    else:
        author = zone != "far" or " " in name or BY.match(text) is not None
    return title, author, find_date(text) is not None


def _given(name: str) -> bool:
    return name.split()[0].lower() in given_names()


def candidates(lines: list[Line]) -> Candidates:
    """The lines near the body that some field may take, and their features."""
    if not lines:
        return Candidates([], np.zeros((0, len(FEATURES))), {f: np.zeros(0, bool) for f in FIELDS}, [])
    first, last = body_span(lines)
    pos, oks = [], []
    for i in _window(lines, first, last):
        zone = (
            "far"
            if i < first - NEAR_ABOVE
            else "near"
            if i <= first + BODY_HEAD
            else "tail"
            if i >= last - BODY_TAIL
            else "mid"
        )
        ok = _acceptable(lines[i], zone)
        if any(ok):
            pos.append(i)
            oks.append(ok)
    okm = np.array(oks, dtype=bool).reshape(-1, 3)
    X = _features(lines, pos, first, last, okm[:, 0])
    return Candidates(pos, X, {f: okm[:, k] for k, f in enumerate(FIELDS)}, [lines[i].text for i in pos])


# --- features

#: Per-line features, in the order :func:`_line_row` gives them.
LINE_FEATURES = (
    "given_name",
    "name_2_4",
    "name_1",
    "name_role",
    "log_words",
    "words_3_20",
    "words_1_5",
    "long",
    "headline_shape",
    "title_case",
    "name_share",
    "name_share_rest",
    "lower_elsewhere",
    "ends_sentence",
    "ends_question",
    "digits",
    "reading_aid",
    "counter",
    "pipe",
    "breadcrumb",
    "body_overlap",
    "body_tf",
    "repeated",
    "by",
    "not_author",
    "role",
    "date",
    "date_word",
    "updated_only",
    "copyright",
    "cue_after",
    "upper",
    "at_sign",
    # neighbours
    "prev_date",
    "next_date",
    "aid_below",
    "after_furniture",
    "meta_below",
    "prev_by",
    "next_by",
    "longer_than_neighbours",
    "next_role",  # "Jane Doe" over "Senior Reporter": a name + role pair of lines
    "prev_by_label",  # "Written by" alone, the name on the line below
)
#: Features of a line's place, computed for all candidates at once.
PLACE_FEATURES = (
    "above",
    "log_above",
    "log_below_end",
    "inside_body",
    "near_above",
    "rel_page",
    "ovl_rel",
    # the headline is the nearest headline-shaped line above the article, often repeated in a
    # "Headline | Site" line
    "nearest_above",
    "log_rank_above",
    "echoed",
)
FEATURES = LINE_FEATURES + PLACE_FEATURES + tuple("kind_" + k for k in KIND_FEATURES)
#: Features relative to the chosen headline (for the byline and the dateline).
TITLE_FEATURES = ("after_title_1_4", "after_title_5_12", "before_title", "is_title", "log_dist_title")
FURNITURE = frozenset(("navigation", "related", "metadata"))


def _name_share(words: list[str]) -> float:
    """Share of words shaped like parts of a name (capitalised, or a particle between two)."""
    if not words:
        return 0.0
    return sum(1 for w in words if NAME_WORD.match(w) or w.lower() in NAME_LINK) / len(words)


class _Page:
    """What the features of one copy's lines look up: the body's words, the page's lowercase
    words, repeated lines, and per-line flags computed once (neighbours read them too)."""

    def __init__(self, lines: list[Line], first: int, last: int, pos: list[int]):
        self.lines = lines
        body = "\n".join(x.text[:SCAN] for x in lines[first : last + 1] if x.kind == "body")
        self.body_counts = Counter(LONG_WORD.findall(body.lower()))
        # the page's words as written (a name's are capitalised everywhere, others are
        # lowercase somewhere): one pass, \w+ never spans the newline between lines
        self.tokens = set(WORD.findall("\n".join(x.text[:SCAN] for x in lines)))
        self.seen = Counter(x.text for x in lines)
        near = {k for i in pos for k in range(i - 1, i + 5) if 0 <= k < len(lines)}
        self.dated = {k: find_date(lines[k].text) is not None for k in near}
        self.by = {k: BY.match(lines[k].text[:SCAN]) is not None for k in near}
        self.aid = {k: reading_aid(lines[k].text[:SCAN]) for k in near}

    def n_words(self, k: int) -> int:
        return len(self.lines[k].text.split())


def _line_row(page: _Page, i: int) -> tuple:
    """The LINE_FEATURES of line ``i``."""
    lines, n_lines = page.lines, len(page.lines)
    text = lines[i].text[:SCAN]
    words = text.split()
    n = len(words)
    low = text.lower()
    toks = WORD.findall(low)
    cues = set(toks)
    counts = [page.body_counts.get(t, 0) for t in toks if len(t) > 3]
    overlap = sum(1 for c in counts if c) / len(counts) if counts else 0.0
    tf = sum(map(math.log1p, counts)) / len(counts) if counts else 0.0
    by = BY.match(text) if page.by[i] else None
    head = (text[by.end() :].split() if by else words)[:6]
    lower = 0
    for w in head:
        w = w.lower().strip(".,")
        lower += w in page.tokens and w.islower()
    caps = [w[0].isupper() for w in words if len(w) > 3 and w[0].isalpha()]
    name, role = byline_name(lines[i].text)
    name_words = name.split() if name else []
    stripped = text.rstrip()
    prev, nxt = i > 0, i + 1 < n_lines
    updated = bool(cues & UPDATED_WORDS) or "mis à jour" in low
    dated, by_line, aid = page.dated, page.by, page.aid
    below = range(i + 1, min(n_lines, i + 5))
    return (
        bool(name_words) and name_words[0].lower() in given_names(),
        2 <= len(name_words) <= 4,
        len(name_words) == 1,
        bool(name) and role is not None,
        math.log1p(n),
        3 <= n <= 20,
        1 <= n <= 5,
        n > 40,
        4 <= n <= 25 and not stripped.endswith((".", ":")),
        sum(caps) / len(caps) if caps else 0.0,
        (len(NAME_TOKEN.findall(text)) + len(LINK_TOKEN.findall(text))) / n if n else 0.0,
        _name_share(head),
        lower / max(1, len(head)),
        text.rstrip("\"'”’»)").endswith((".", "!", "?", ":", "…")),
        stripped.endswith("?"),
        len(DIGIT.findall(text)) / max(1, len(text)),
        aid[i],
        COUNTER.match(text) is not None,
        "|" in text or " - " in text or " – " in text,
        any(c in text for c in ">»/›") and BREADCRUMB.search(text) is not None,
        overlap,
        tf,
        math.log1p(page.seen[lines[i].text] - 1),
        by is not None,
        NOT_AUTHOR.match(text) is not None,
        bool(cues & ROLE_WORDS) or any(p in low for p in ROLE_PREFIXES),
        dated[i],
        bool(cues & DATE_WORDS) or "mis à jour" in low,
        updated and not cues & PUBLISHED_WORDS,
        any(h in low for h in COPYRIGHT_HINTS) or ("(c)" in low and COPYRIGHT_C.search(low) is not None),
        CUE_AFTER.match(text) is not None,
        text.isupper(),
        "@" in text or "http" in text,
        prev and dated[i - 1],
        nxt and dated[i + 1],
        any(aid[k] for k in below),
        prev and lines[i - 1].kind in FURNITURE,
        any(dated[k] or by_line[k] for k in below),
        prev and by_line[i - 1],
        nxt and by_line[i + 1],
        (not prev or n > page.n_words(i - 1)) and (not nxt or n > page.n_words(i + 1)),
        nxt and _role_line(lines[i + 1].text),
        prev and _by_label(lines[i - 1].text),
    )


def _features(lines: list[Line], pos: list[int], first: int, last: int, shaped: np.ndarray) -> np.ndarray:
    """The FEATURES matrix of the candidates at ``pos`` (``shaped``: headline-shaped ones)."""
    X = np.zeros((len(pos), len(FEATURES)))
    if not pos:
        return X
    page = _Page(lines, first, last, pos)
    nl = len(LINE_FEATURES)
    X[:, :nl] = np.array([_line_row(page, i) for i in pos], dtype=float)
    P = np.asarray(pos)
    above = first - P
    overlap = X[:, LINE_FEATURES.index("body_overlap")]
    short = np.array([page.n_words(i) <= 30 for i in pos])
    max_overlap = overlap[short].max() if short.any() else 0.0
    heads = shaped & (P < first)
    rank = np.where(heads, np.cumsum(heads[::-1])[::-1], 0)  # 1 = the nearest above the body
    place = {
        "above": above > 0,
        "log_above": np.log1p(np.maximum(0, above)),
        "log_below_end": np.log1p(np.maximum(0, P - last)),
        "inside_body": (P >= first) & (P <= last),
        "near_above": (above > 0) & (above <= 3),
        "rel_page": P / max(1, len(lines)),
        "ovl_rel": overlap / max_overlap if max_overlap else np.zeros(len(pos)),
        "nearest_above": rank == 1,
        "log_rank_above": np.log1p(rank),
        "echoed": _echoed(lines, pos, P < first),
    }
    for k, name in enumerate(PLACE_FEATURES):
        X[:, nl + k] = place[name]
    kind_col = {k: nl + len(PLACE_FEATURES) + n for n, k in enumerate(KIND_FEATURES)}
    for r, i in enumerate(pos):
        col = kind_col.get(lines[i].kind)
        if col is not None:
            X[r, col] = 1.0
    return X


def title_columns(pos, title: int | None) -> np.ndarray:
    """TITLE_FEATURES of every candidate at once (``title``: the headline's position)."""
    pos = np.asarray(pos)
    d = pos - title if title is not None else np.full(len(pos), 99)
    cols = (
        (d > 0) & (d <= 4),
        (d > 4) & (d <= 12),
        (d >= -3) & (d < 0),
        d == 0,
        np.log1p(np.abs(d)),
    )
    return np.column_stack(cols).astype(float) if len(pos) else np.zeros((0, len(TITLE_FEATURES)))


def _role_line(text: str) -> bool:
    """A short line naming a job ("Senior Reporter", "Managing Director, Research")."""
    head = text[:80]
    return len(head.split()) <= 8 and ROLE.search(head) is not None and not DIGIT.search(head)


def _by_label(text: str) -> bool:
    """A byline opener with no name after it ("Written by", "Author:")."""
    m = BY.match(text)
    return m is not None and not text[m.end() :].strip(" :|-–—")


def _echoed(lines: list[Line], pos: list[int], above: np.ndarray) -> np.ndarray:
    """Candidates above the article whose words recur, in order, inside another candidate
    above it ("Headline" and "Headline | Site")."""
    keys = [" ".join(WORD.findall(lines[i].text[:SCAN].lower())) if a else "" for i, a in zip(pos, above)]
    # keys hold no NUL: a key occurs in the joined keys once per key equal to it, more when
    # another key contains it
    joined = "\0".join(keys)
    same = Counter(keys)
    return np.array([len(k) >= 12 and joined.count(k) > same[k] for k in keys], dtype=bool)


# --- the scorer


@lru_cache(maxsize=1)
def model() -> dict:
    """The shipped weights: per field, feature names, means, scales, coefficients, threshold."""
    try:
        return json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


_FOLDED: dict = {}


def _folded(params: dict) -> tuple[np.ndarray, float, np.ndarray]:
    """Weights on the raw features (standardisation folded in), the intercept, and the
    columns of FEATURES + TITLE_FEATURES they go with."""
    key = id(params)
    if key not in _FOLDED:
        coef, mean, scale = (np.asarray(params[k], dtype=float) for k in ("coef", "mean", "scale"))
        names = FEATURES + TITLE_FEATURES
        cols = np.array([names.index(n) for n in params["features"]])
        _FOLDED[key] = (params, coef / scale, float(params["intercept"] - (coef * mean / scale).sum()), cols)
    _, w, b, cols = _FOLDED[key]
    return w, b, cols


def score(field: str, X: np.ndarray, params: dict | None = None, *, title_cols=None) -> np.ndarray:
    """Score per candidate that it is the line carrying ``field`` (a conditional logit: the
    page's best line wins; "no such line" scores 0). ``title_cols``: :func:`title_columns`."""
    params = params if params is not None else model().get(field)
    if not params or not len(X):
        return np.zeros(len(X))
    w, b, cols = _folded(params)
    if title_cols is not None:
        X = np.hstack([X, title_cols])
    elif cols.max() >= X.shape[1]:
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
    masked = np.where(ok, scores, -np.inf)
    k = int(np.argmax(masked))
    best = float(masked[k])
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
    cand = candidates(lines_of(blocks))
    out: dict = {"title": None, "author": None, "author_role": None, "published": None}
    if not cand.pos:
        return out
    k, _ = pick("title", score("title", cand.X), cand.ok["title"])
    if k is not None:
        out["title"] = clean_headline(cand.texts[k])
    extra = title_columns(cand.pos, cand.pos[k] if k is not None else None)
    k, _ = pick("author", score("author", cand.X, title_cols=extra), cand.ok["author"])
    if k is not None:
        out["author"], out["author_role"] = byline_name(cand.texts[k])
        out["author_line"] = cand.texts[k]
    scores = score("date", cand.X, title_cols=extra)
    k, _ = pick("date", scores, cand.ok["date"])
    if k is not None:
        k = _published_over_updated(cand, scores, k)
        out["published"], out["date_line"] = find_date(cand.texts[k]), cand.texts[k]
    return out
