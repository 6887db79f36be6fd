"""The metadata step's vectorised paths (issue 14): each gives what the path it replaced
gives, bit for bit, on written pages and on random ones."""

import dataclasses
import math
import re
import struct
from itertools import chain, repeat

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.layout import _metadata_cheap as cheap
from workbench.layout import _metadata_lines as ml
from workbench.layout import _metadata_parse as parse
from workbench.layout._metadata_page import CAP_CLASS, KIND_FEATURES, KIND_INDEX, Line, Scan, lines_of
from workbench.layout._metadata_parse import SCAN, TITLE_MIN_WORDS, given_names, is_counter
from workbench.layout._metadata_words import class_counts_of, float_rows


def cheap_features_by_columns(page, pos, zones):
    """:func:`cheap.cheap_features` as it was: the matrix filled column by column."""
    n_cols = len(cheap.CHEAP_FEATURES)
    if not pos:
        return np.zeros((0, n_cols)), np.zeros(0, bool)
    lines, seen, given = page.lines, page.seen, given_names()
    near: list[int] = []
    end = pos[0] - 1
    for i in pos:
        near += range(max(end, i - 1), i + 5)
        end = i + 5
    year, by = page.flag(near)
    scans = page.scans(pos)
    vocab = page.body_counts(set().union(*[sc.long for sc in scans])).keys()
    n_words = [len(sc.low_words) for sc in scans]
    rows = []
    for i, zone, sc, n in zip(pos, zones, scans, n_words):
        text, low, lw = sc.text, sc.low, sc.low_words
        b = by[i]
        long_words = sc.long
        name_at = 1 if b and n > 1 and len(lw[0]) <= 3 else 0
        rows.append(
            (
                " by " in low,
                n > name_at and lw[name_at].strip(".,:") in given,
                not cheap.ROLE_WORDS.isdisjoint(lw),
                text.rstrip("\"'”’»)").endswith(cheap.SENTENCE_END),
                "|" in text or " - " in text or " – " in text,
                TITLE_MIN_WORDS <= n <= cheap.TITLE_MAX_WORDS
                and len(lines[i].text) <= SCAN
                and not b
                and not is_counter(text)
                and not sc.aid
                and (zone in cheap.TITLE_ZONES or page.under_headline(i)),
                len(vocab & long_words) / len(long_words) if long_words else 0.0,
                seen[lines[i].text] > 1,
            )
        )
    text_cols = np.array(rows, dtype=float).reshape(len(rows), len(cheap.TEXT_COLUMNS))
    words = np.array(n_words, dtype=float)
    caps = np.array([sc.caps for sc in scans], dtype=float)
    base = pos[0] - 1
    span = range(base, pos[-1] + 5)
    flags_year = np.fromiter(map(year.get, span, repeat(False)), dtype=bool, count=len(span))
    flags_by = np.fromiter(map(by.get, span, repeat(False)), dtype=bool, count=len(span))
    P = np.asarray(pos)
    at = P - base
    either = flags_year | flags_by
    shaped = text_cols[:, cheap.TEXT_COLUMNS.index("shaped")] > 0
    first, last = page.first, page.last
    above = first - P
    rank = cheap.shaped_rank(shaped, P, first)
    X = np.zeros((len(pos), n_cols))
    X[:, 0] = np.log1p(words)
    X[:, 1] = (words >= 3) & (words <= 20)
    X[:, 2] = (words >= 1) & (words <= 5)
    X[:, 3] = words > 40
    np.divide(caps, words, out=X[:, 4], where=words > 0)
    X[:, 5] = [sc.digits for sc in scans]
    X[:, 6] = flags_year[at]
    X[:, 7] = flags_by[at]
    X[:, 8 : 8 + len(cheap.TEXT_COLUMNS)] = text_cols
    k = 8 + len(cheap.TEXT_COLUMNS)
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
    k = len(cheap.CHEAP_LINE)
    for c in cols:
        X[:, k] = c
        k += 1
    rows_at = np.arange(len(pos))
    X[rows_at, [k + cheap.ZONES.index(z) for z in zones]] = 1.0
    k += len(cheap.ZONES)
    kinds = np.array([KIND_INDEX.get(lines[i].kind, -1) for i in pos])
    known = kinds >= 0
    X[rows_at[known], k + kinds[known]] = 1.0
    return X, shaped


def window_both_ways(lines: list[Line]):
    """The window's matrix and shapes, then those of the column-by-column path (on a page of
    its own: the page keeps what it has read)."""
    win = ml.window(lines)
    first, last = ml.body_span(lines)
    page = ml.Page(lines, first, last)
    return (win.X, win.shaped), cheap_features_by_columns(page, win.pos, win.zones)


def assert_same(lines: list[Line]) -> None:
    (X, shaped), (want_X, want_shaped) = window_both_ways(lines)
    assert X.flags.c_contiguous
    assert X.shape == want_X.shape
    assert X.tobytes() == want_X.tobytes()  # bit for bit
    assert shaped.tolist() == want_shaped.tolist()


WRITTEN = [
    {"kind": "navigation", "raw": "Home\nNews\nHarbour Towns"},
    {"kind": "title", "raw": "Harbour Wall Repairs Delayed Again After Winter Storms"},
    {"kind": "byline", "raw": "By Milo Varga, Staff Writer"},
    {"kind": "dateline", "raw": "Published March 3, 2024 | Updated March 4, 2024"},
    {"kind": "metadata", "raw": "4 min read"},
    {
        "kind": "body",
        "raw": "The council voted on Tuesday to delay the repairs until 2025.\nRepairs began in 2019.",
    },
    {"kind": "body", "raw": "Residents said the delay was expected.\nThe harbour master agreed."},
    {"kind": "heading", "raw": "What Happens Next For The Harbour"},
    {"kind": "body", "raw": "by the end of the year the wall will be inspected again by engineers."},
    {"kind": "related", "raw": "Harbour Wall Repairs Delayed Again After Winter Storms"},
    {"kind": "footer", "raw": "© 2024 Coastal Ledger Media"},
]


def test_cheap_features_on_a_written_page():
    assert_same(lines_of(WRITTEN))
    # no body: the window is the copy's middle
    assert_same(lines_of([b for b in WRITTEN if b["kind"] != "body"]))
    assert_same(lines_of(WRITTEN[:1]))


PIECES = "By|by|Jane|Doe|Harbour|Wall|Repairs|2024|1999|March 3,|·|-|–||||Staff Writer|4 min read|the|vote|.|?".split(
    "|"
)
KINDS = [*KIND_FEATURES, "unknown"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(KINDS),
            st.lists(st.sampled_from(PIECES), min_size=1, max_size=14).map(" ".join),
        ),
        min_size=1,
        max_size=90,
    )
)
def test_cheap_features_on_random_pages(blocks):
    assert_same(lines_of([{"kind": k, "raw": t} for k, t in blocks]))


def float_rows_by_numpy(rows, width):
    """:func:`float_rows` as it was: numpy packing each value."""
    return np.fromiter(chain.from_iterable(rows), dtype=float, count=len(rows) * width).reshape(
        len(rows), width
    )


VALUES = st.one_of(
    st.booleans(), st.integers(-(2**40), 2**40), st.floats(allow_nan=True, allow_infinity=True)
)


@settings(max_examples=500, deadline=None)
@given(
    st.integers(1, 6).flatmap(
        lambda w: st.tuples(st.just(w), st.lists(st.tuples(*[VALUES] * w), max_size=30))
    )
)
def test_float_rows_packs_what_numpy_packed(case):
    width, rows = case
    got = float_rows(rows, width)
    want = float_rows_by_numpy(rows, width)
    assert got.shape == want.shape == (len(rows), width)
    assert got.dtype == want.dtype
    assert got.tobytes() == want.tobytes()  # bit for bit: -0.0, nan


def test_float_rows_on_written_rows():
    rows = [(True, False, 0.25, 3, math.log1p(3)), (False, True, -0.0, 0, 1e-300)]
    assert float_rows(rows, 5).tobytes() == float_rows_by_numpy(rows, 5).tobytes()
    assert float_rows([], 5).shape == (0, 5)
    with pytest.raises(ValueError):
        float_rows(rows, 4)
    with pytest.raises(struct.error):
        float_rows([(1.0, 2.0), (1.0,)], 2)  # a short row after the first


#: Characters of every class the first stage counts, white space of several kinds, and code
#: points past 0xFFFF (a digit and a capital among them).
CLASS_CHARS = "aZ9٣_ \t\u00a0\u2003.,ÉЖжß😀𝟘𝐀\u0130x"


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.text(alphabet=CLASS_CHARS, max_size=30), max_size=6))
def test_class_counts_of_counts_what_the_regexes_find(texts):
    classes = ((r"\d", False), (CAP_CLASS, True), (r"[a-z]", True), (r"\s", False))
    got = class_counts_of(texts, classes)
    for (char_class, word_start), counts in zip(classes, got):
        pattern = re.compile(("(?<!\\S)" if word_start else "") + char_class)
        assert counts == [len(pattern.findall(t)) for t in texts], char_class


def test_scans_set_every_field_the_class_has():
    lines = lines_of(WRITTEN)
    first, last = ml.body_span(lines)
    page = ml.Page(lines, first, last)
    for i, sc in zip(range(len(lines)), page.scans(list(range(len(lines))))):
        # every field set (an unset slot raises), each as the class would hold it
        values = {f.name: getattr(sc, f.name) for f in dataclasses.fields(Scan)}
        assert Scan(**values) == sc
        assert sc.text == lines[i].text[:SCAN]
        assert sc.low == sc.text.lower() and sc.low_words == sc.low.split()
        assert sc.long == [w for w in re.findall(r"\w+", sc.low) if len(w) > 3]
        assert (sc.by is not None) == (parse.BY.match(sc.text) is not None)
    assert any(sc.by is not None for sc in page.scans(list(range(len(lines)))))
