"""The layout's faster paths (issue 14, speed, second round) give what the plain ones give.

Pages here are written for the test; each helper is compared with the per-line rule it
replaces.
"""

import dataclasses
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.ingest import Block
from workbench.layout import _analysis, _columns, _line_dates, _line_pass, _model, _runs, _signals
from workbench.layout._line_pass import line_infos, line_table

from .test_lspd17 import PAGE


def test_grouped_blocks_equal_blocks_made_by_their_constructor():
    infos = line_infos(PAGE)
    blocks = _analysis.group_blocks(PAGE, infos, _analysis.label_lines(infos))
    assert blocks
    for b in blocks:
        made = Block(b.line_start, b.line_end, b.raw, b.kind, b.reason)
        assert type(b) is Block and b == made and hash(b) == hash(made) and repr(b) == repr(made)
        assert vars(b) == dataclasses.asdict(made)


#: Pieces of names and what borders them, so random lines meet NAME_RE's edges.
NAME_PIECES = ["Jane", "DOE", "O'Neil", "Ann-Marie", "Ёлкин", "Édith", "jo", "Mr.", "’s", "_", "1", "×"]
NAME_PIECES += [" ", "  ", "\t", "\u00a0", "\u2028", ",", ", Reuters", "\x1c"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), min_size=1, max_size=10).map("".join))
def test_possessive_name_pattern_matches_where_the_greedy_one_does(text):
    word = r"[A-ZÀ-ÞА-ЯЁ][\w'’.\-]*"
    greedy = re.compile(rf"{word}(?:\s+{word}){{1,3}}")
    for part in (text, text.split(",", 1)[0].strip()):
        assert (_signals.NAME_RE.fullmatch(part) is None) == (greedy.fullmatch(part) is None)


#: Line ends and shapes the model's columns tell apart, so random lines meet them.
COLUMN_PIECES = [*".…)”’» \t", "...", "..", "Jane Doe", ", Reuters", "Related", "Comments", "Home", "By "]
COLUMN_PIECES += ["Photo: Agency", "12", "Nov 19", "Updated", "Паром", "渡轮", "x" * 1999, "headlineSummary"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(COLUMN_PIECES), max_size=6).map("".join), max_size=10))
def test_columns_of_the_line_pass_equal_the_columns_of_the_line_infos(lines):
    infos, cols = line_table(lines)
    if not infos:
        assert cols is None
        return
    reference = _columns.from_infos(infos)
    assert list(cols) == list(reference)
    for name in reference:
        assert cols[name].dtype == reference[name].dtype, name
        assert cols[name].tolist() == reference[name].tolist(), name


# --- the layout model's features


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


def stacked_features(infos, scores, labels, columns=None):
    """The features as _model.line_features made them before it wrote into one matrix: a list
    of columns, stacked (the reference)."""
    n = len(infos)
    if n == 0:
        return np.zeros((0, len(_model.FEATURES)))
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
    script_change = _model._script_change(col["script"], col["no_script"], weight)
    kinds = [lab[0] for lab in labels]
    rule_body = np.array([k == "body" for k in kinds], dtype=float)
    rule_heading = np.array([k == "heading" for k in kinds], dtype=float)
    rule_article = rule_body + rule_heading
    idx = np.arange(n)
    far = max(n, _model.NO_CUE_LINES)  # a missing cue: as far as the page is long, at least NO_CUE_LINES
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
        _window_mean(long, _model.WINDOW),
        _window_mean((1 - long) * (1 - sentence_end), _model.WINDOW),
        _window_mean(positive, _model.WINDOW),
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


@pytest.mark.parametrize("lines", [PAGE, PAGE[::-1], PAGE * 3, PAGE[:2], ["x"], PAGE[5:9]])
def test_features_written_into_one_matrix_equal_the_stacked_columns(lines):
    infos, cols = line_table(lines)
    scores = _runs.prose_scores(cols)
    for labels in (
        _analysis.rule_labels(infos, scores),
        [("body", "")] * len(infos),
        [("other", "")] * len(infos),
    ):
        expected = stacked_features(infos, scores, labels, cols)
        got = _model.line_features(infos, scores, labels, cols)
        assert got.tobytes() == expected.tobytes() and got.shape == expected.shape
        assert _model.line_features(infos, scores, labels).tobytes() == expected.tobytes()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(COLUMN_PIECES), max_size=6).map("".join), max_size=14))
def test_features_of_random_lines_equal_the_stacked_columns(lines):
    infos, cols = line_table(lines)
    if infos:
        scores = _runs.prose_scores(cols)
        labels = _analysis.rule_labels(infos, scores)
        assert (
            _model.line_features(infos, scores, labels, cols).tobytes()
            == stacked_features(infos, scores, labels, cols).tobytes()
        )


# --- dates of short lines

#: Pieces of dates and times, white space ASCII and not, words of both cases.
DATE_BITS = [*"0123456789:./-, \t\x0b\x1c\u00a0_aZé", "de ", "NOV", "nov.", "Sept", "May ", "março", "мая"]
DATE_BITS += ["年", "12:30", "2021", " ago", "hrs", "Minutes", "UPDATED", "posted", "Ted", "x5"]
DATE_BITS += ["5 de NOV", "1 de\tmaio"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.sampled_from(DATE_BITS), max_size=10).map("".join), max_size=10))
def test_dated_lines_are_the_lines_is_dated_finds(lines):
    lines = [t.replace("\n", " ") for t in lines]
    digit = [j for j, t in enumerate(lines) if any(c.isdigit() for c in t)]
    relative = {j for j, t in enumerate(lines) if any(g in t.casefold() for g in _line_dates.RELATIVE_GATES)}
    expected = {j for j, t in enumerate(lines) if _signals.is_dated(t)}
    assert _line_dates.dated_lines(lines, digit, relative) == expected


def test_dated_lines_on_written_lines():
    lines = ["Nov 19, 2019", "19 de novembro", "8:03 am", "Posted 5 hours ago", "Updated", "Room 12"]
    lines += ["x5 min ago", "12.03.2021", "2019年11月19日", "4 955", "Ted Lasso"]
    digit = [j for j, t in enumerate(lines) if any(c.isdigit() for c in t)]
    relative = {j for j, t in enumerate(lines) if any(g in t.casefold() for g in _line_dates.RELATIVE_GATES)}
    assert _line_dates.dated_lines(lines, digit, relative) == {0, 1, 2, 3, 4, 7, 8}


# --- captions

CAPTION_BITS = [*"():/.…| \t1", "...", "Image", "photo", "Credit", "source", "AP", "Reuters", "Getty Images"]
CAPTION_BITS += ["©", "Foto", "Фото", "de", "of", "slide", "x", "İmage", "ımage", "(AP Photo/x)", "(Reuters)"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(CAPTION_BITS), max_size=12).map("".join))
def test_caption_parts_need_what_the_line_pass_tests_first(text):
    text = text.strip()
    for (_, rx), need in zip(_line_pass.CAPTION_PART_RES, _line_pass.CAPTION_PART_NEEDS):
        if need is not None and rx.search(text):
            assert need(text), (rx.pattern, text)
    assert _line_pass.captions([text]) == [_signals.is_caption(text)]


def test_scanned_caption_hints_leave_out_only_hints_holding_another():
    left_out = set(_signals.CAPTION_HINTS) - set(_line_pass.CAPTION_SCAN)
    assert left_out == {"imagem"}


# --- scripts


def test_script_classes_do_not_overlap():
    everything = "".join(map(chr, range(0x10000)))
    seen = np.zeros(0x10000, dtype=int)
    for _, rx in _signals.SCRIPTS:
        seen[[m.start() for m in rx.finditer(everything)]] += 1
    assert seen.max() == 1


MIXED = ["ab ΓΔ", "abc ΓΔ", "Ёж и ab", "漢字 ab", "é", "éa", "שלום ab", "नमस्ते ab", "🎉 Ж"]


@pytest.mark.parametrize("text", [*MIXED, "x" * 2100 + " Ж", "Ж" + "x" * 2100])
def test_scripts_by_character_counts_are_script_of(text):
    assert line_infos([text, "plain"])[0].script == _signals.script_of(text)


# --- labels


LABEL_PIECES = COLUMN_PIECES + ["© 2021 Example", "4 955", "Read more", "(Reporting by Jo Roe)"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(LABEL_PIECES), max_size=6).map("".join), max_size=12))
def test_furniture_labels_from_the_columns_are_furniture_label(lines):
    infos, cols = line_table(lines)
    if infos:
        expected = [_analysis.furniture_label(i) for i in infos]
        assert _analysis.furniture_labels(infos, cols) == expected == _analysis.furniture_labels(infos)
