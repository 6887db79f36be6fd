"""The first stage of the metadata scorer: cheap features of every line looked at.

Shape, place relative to the body, block kind, a few cue words: no name or date is read, so
every line near the article can be ranked per field, and only the best few are read in full
(:mod:`workbench.layout._metadata_features`).
"""

from __future__ import annotations

import re
import struct
from itertools import repeat

import numpy as np

from ._metadata_features import ROLE_WORDS, SENTENCE_END
from ._metadata_page import CAP_CLASS, KIND_FEATURES, KIND_INDEX, Page
from ._metadata_parse import SCAN, TITLE_MIN_WORDS, given_names, is_counter
from ._metadata_words import float_rows

#: Where a line lies: "far" above the body, "near" (just above it or at its start), "mid" (the
#: middle of the body), "tail" (its end and below).
ZONES = ("far", "near", "mid", "tail")
#: What a line shows without reading a name or a date, in the order :func:`cheap_features` gives.
CHEAP_LINE = (
    "log_words",
    "words_3_20",
    "words_1_5",
    "long",
    "caps_share",
    "digits",
    "year",
    "by",
    "by_inside",
    "given_first",
    "role",
    "ends_sentence",
    "pipe",
    "shaped",
    "body_overlap",
    "repeated",
    "prev_year",
    "next_year",
    "prev_by",
    "next_by",
    "meta_below",
)
#: The CHEAP_LINE values the loop in :func:`cheap_features` reads from a line's text, in its
#: order (the others are columns of counts and flags).
TEXT_COLUMNS = CHEAP_LINE[CHEAP_LINE.index("by_inside") : CHEAP_LINE.index("repeated") + 1]
if CHEAP_LINE[8 : 8 + len(TEXT_COLUMNS)] != TEXT_COLUMNS:
    raise ValueError("TEXT_COLUMNS must follow CHEAP_LINE's order")
CHEAP_PLACE = ("above", "log_above", "log_below_end", "inside_body", "near_above", "rel_page")
CHEAP_FEATURES = (
    CHEAP_LINE
    + CHEAP_PLACE
    + ("nearest_above", "log_rank_above")
    + tuple("zone_" + z for z in ZONES)
    + tuple("kind_" + k for k in KIND_FEATURES)
)
#: A headline has at most this many words (the longest gold headline of the tuning pages has
#: 24) and fits in the SCAN characters looked at.
TITLE_MAX_WORDS = 30
TITLE_ZONES = frozenset(("near", "far"))
#: Each zone's index in ZONES, and the one-hot rows of the zones and the kinds (KIND_FEATURES,
#: then a zero row for a kind not among them).
ZONE_CODE = {z: n for n, z in enumerate(ZONES)}
ZONE_HOT = np.eye(len(ZONES))
KIND_HOT = np.vstack([np.eye(len(KIND_FEATURES)), np.zeros(len(KIND_FEATURES))])
if CHEAP_FEATURES[-len(KIND_FEATURES) - len(ZONES) :] != tuple("zone_" + z for z in ZONES) + tuple(
    "kind_" + k for k in KIND_FEATURES
):
    raise ValueError("CHEAP_FEATURES must end with the zones, then the kinds")
#: The start of a capitalised word (one regex call per line instead of a test per word).
CAP_START = re.compile(rf"(?<!\S){CAP_CLASS}")


def shaped_rank(shaped: np.ndarray, pos: np.ndarray, first: int) -> np.ndarray:
    """Per line, 1 for the headline-shaped line nearest above the body, 2 for the next one up,
    ...; 0 for the others."""
    heads = shaped & (pos < first)
    return np.where(heads, np.cumsum(heads[::-1])[::-1], 0)


def cheap_features(page: Page, pos: list[int], zones: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The CHEAP_FEATURES matrix of the lines at ``pos`` (sorted, as a Window's; in ``zones``),
    and which of them are headline-shaped (the only ones a headline is read from: above the
    body or at its start)."""
    n_cols = len(CHEAP_FEATURES)
    if not pos:
        return np.zeros((0, n_cols)), np.zeros(0, bool)
    lines, seen, given = page.lines, page.seen, given_names()
    # the lines from one above to four below each (pos is sorted: each range starts where the
    # last one ended, no line twice)
    near: list[int] = []
    end = pos[0] - 1
    for i in pos:
        near += range(max(end, i - 1), i + 5)
        end = i + 5
    year, by = page.flag(near)
    scans = page.scans(pos)
    # the body's words, counted once a page (their keys: every word of the body)
    vocab = page.body_counts().keys()
    n_words = [len(sc.low_words) for sc in scans]
    rows = []
    # one pass per line for what only its text tells (this runs on every line looked at); the
    # counts and the neighbours' flags are columns below; what the second stage reads again
    # is kept on the page (Page.scans)
    for i, zone, sc, n in zip(pos, zones, scans, n_words):
        text, low, lw = sc.text, sc.low, sc.low_words
        b = by[i]
        long_words = sc.long
        name_at = 1 if b and n > 1 and len(lw[0]) <= 3 else 0  # "By Jane Doe": the word after "By"
        rows.append(
            (
                " by " in low,
                n > name_at and lw[name_at].strip(".,:") in given,
                not ROLE_WORDS.isdisjoint(lw),
                text.rstrip("\"'”’»)").endswith(SENTENCE_END),
                "|" in text or " - " in text or " – " in text,
                TITLE_MIN_WORDS <= n <= TITLE_MAX_WORDS
                and len(lines[i].text) <= SCAN
                and not b
                and not is_counter(text)
                and not sc.aid
                # below the article's start only over a byline (looked at last: the costliest)
                and (zone in TITLE_ZONES or page.under_headline(i)),
                len(vocab & long_words) / len(long_words) if long_words else 0.0,
                seen[lines[i].text] > 1,
            )
        )
    text_cols = float_rows(rows, len(TEXT_COLUMNS))
    n = len(pos)
    # the per-line numbers as arrays by one struct pack each (numpy converts a list's numbers
    # one by one at about twice the cost), floats and integers: the word counts, the capitalised
    # words, the digits' shares; the positions, the zones and the kinds (KIND_FEATURES' index,
    # one past them for an unknown kind)
    floats = np.frombuffer(
        struct.pack(f"{3 * n}d", *n_words, *[sc.caps for sc in scans], *[sc.digits for sc in scans]),
        dtype=float,
    )
    words, caps = floats[:n], floats[n : 2 * n]
    codes = np.frombuffer(
        struct.pack(
            f"{3 * n}q",
            *pos,
            *[ZONE_CODE[z] for z in zones],
            *[KIND_INDEX.get(lines[i].kind, len(KIND_FEATURES)) for i in pos],
        ),
        dtype=np.int64,
    )
    # the year and "By" flags from one above the first line to four below the last, as
    # arrays: a line's and its neighbours' are read by offsets, not per row (lines between
    # the flagged ranges are never read)
    base = pos[0] - 1
    span = range(base, pos[-1] + 5)
    flags_year = np.fromiter(map(year.get, span, repeat(False)), dtype=bool, count=len(span))
    flags_by = np.fromiter(map(by.get, span, repeat(False)), dtype=bool, count=len(span))
    P = codes[:n]
    at = P - base
    either = flags_year | flags_by
    shaped = text_cols[:, TEXT_COLUMNS.index("shaped")] > 0
    first, last = page.first, page.last
    above = first - P
    rank = shaped_rank(shaped, P, first)
    X = np.zeros((n, n_cols))
    X[:, 0] = np.log1p(words)
    X[:, 1] = (words >= 3) & (words <= 20)
    X[:, 2] = (words >= 1) & (words <= 5)
    X[:, 3] = words > 40
    # sc.caps / n per row, 0 for no words (the same division, elementwise)
    np.divide(caps, words, out=X[:, 4], where=words > 0)
    X[:, 5] = floats[2 * n :]
    X[:, 6] = flags_year[at]
    X[:, 7] = flags_by[at]
    X[:, 8 : 8 + len(TEXT_COLUMNS)] = text_cols
    k = 8 + len(TEXT_COLUMNS)
    X[:, k] = flags_year[at - 1]
    X[:, k + 1] = flags_year[at + 1]
    X[:, k + 2] = flags_by[at - 1]
    X[:, k + 3] = flags_by[at + 1]
    X[:, k + 4] = either[at + 1] | either[at + 2] | either[at + 3] | either[at + 4]
    cols = (
        above > 0,
        np.log1p(np.maximum(0, above)),
        np.log1p(np.maximum(0, P - last)),
        (P >= first) & (P <= last),
        (above > 0) & (above <= 3),
        P / max(1, len(lines)),
        rank == 1,
        np.log1p(rank),
    )
    k = len(CHEAP_LINE)
    for c in cols:  # into X: a column_stack would build another matrix first
        X[:, k] = c
        k += 1
    # one-hot: the rows of an identity matrix (a zero row for an unknown kind)
    X[:, k : k + len(ZONES)] = ZONE_HOT[codes[n : 2 * n]]
    k += len(ZONES)
    X[:, k:] = KIND_HOT[codes[2 * n :]]
    return X, shaped
