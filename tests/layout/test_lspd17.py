"""The layout's vectorised helpers equal a plain computation line by line (issue 14, speed).

Every page here is written for the test: menus, headlines, bylines, dates, captions, prose in
several scripts, with lines repeated, so the distinct-line shortcuts meet repeats.
"""

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.layout import _analysis, _chars, _columns, _line_dates, _model, _runs, _signals
from workbench.layout._line_pass import line_infos, line_table

PAGE = [
    "Home | Markets | Weather",
    "Ferry timetable changes for the winter",
    "Ferry timetable changes for the winter",
    "By Tomas Ek",
    "Mar 4, 2022 08:30",
    "",
    "The island ferry will sail twice a day from next month, the operator said on Monday.",
    "Passengers asked for an earlier boat.Officials said they would look at it in spring.",
    "Photo: Example Agency",
    "Tomas Ek",
    "portHarbourNews today",
    "Паром будет ходить дважды в день, сообщил оператор.",
    "渡轮每天往返两次。",
    "—",
    "12",
    "Related stories",
    "Home | Markets | Weather",
    "Weather warning for the coast...",
    "© 2022 Example Harbour Gazette",
]


def plain_columns(infos):
    """The model's columns computed line by line in plain Python (the reference)."""
    scripts = {}
    for i in infos:
        scripts.setdefault(i.script, len(scripts))
    row = []
    for i in infos:
        text = i.text.rstrip()
        named = 2 <= i.n_words <= 6 and i.text[:1].isupper() and _analysis.looks_like_name(i.text)
        row.append(
            {
                "weight": i.weight,
                "n_words": i.n_words,
                "sentence_end": i.sentence_end,
                "inner": i.inner_sentence,
                "counter": i.counter,
                "dated": i.dated,
                "caption": i.caption,
                "byline": i.byline,
                "repeated": i.repeats > 1,
                "cue_stop": i.cue in ("related", "comments", "footer"),
                "cue_other": i.cue in ("advertising", "navigation", "teaser"),
                "cue_any": bool(i.cue),
                "period_end": text.endswith("."),
                "truncated": text.endswith(("...", "…")),
                "name_like": named,
                "glued": _columns.GLUED_RE.search(i.text) is not None,
                "script": scripts[i.script],
                "no_script": i.script == "none",
            }
        )
    return {name: np.array([float(r[name]) for r in row]) for name in _columns.NAMES}


@pytest.mark.parametrize(
    "lines",
    [PAGE, PAGE[::-1], PAGE[5:9] + PAGE[:3], ["x"], ["", "  "], ["Updated\n5 min ago", "By Tomas Ek"]],
)
def test_columns_of_distinct_lines_equal_a_plain_line_by_line_computation(lines):
    infos, cols = line_table(lines)
    assert infos == line_infos(lines)
    if not infos:
        assert cols is None
        return
    expected = plain_columns(infos)
    assert list(cols) == list(_columns.NAMES)
    for name in _columns.NAMES:
        assert cols[name].tolist() == expected[name].tolist(), name
    reference = _columns.from_infos(infos)
    assert all(np.array_equal(cols[k], v) for k, v in reference.items())


def test_features_from_the_line_table_equal_features_from_the_infos():
    lines = PAGE * 2
    infos, cols = line_table(lines)
    scores = [_analysis.prose_score(i) for i in infos]
    labels = _analysis.rule_labels(infos, scores)
    got = _model.line_features(infos, scores, labels, cols)
    assert np.array_equal(got, _model.line_features(infos, scores, labels))
    assert got[:, _model.FEATURES.index("glued")].tolist() == [
        float("portHarbourNews" in i.text) for i in infos
    ]


def test_inner_parts_make_up_the_inner_sentence_pattern():
    mark, closer, space, capital, newline = _chars.INNER_PARTS
    assert (space, newline) == (r"[^\S\n]", r"\n")  # the joined text's \s, and what ends it
    assert _signals.INNER_SENTENCE_RE.pattern == rf"{mark}{closer}?(?:\s+|(?={capital}))\S"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="a.?!。”)'\" \t\u00a0\u2003AЁя1\n", max_size=14), min_size=1, max_size=8))
def test_inner_points_find_the_lines_the_inner_sentence_regex_finds(texts):
    """The numpy walk over a page's flags marks exactly the lines INNER_SENTENCE_RE matches."""
    texts = [t.replace("\n", " ") or "x" for t in texts]
    joined = "\n".join(texts)
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    inner = _chars.class_counts(joined, starts).inner.tolist()
    assert inner == [_signals.INNER_SENTENCE_RE.search(t) is not None for t in texts]


def test_inner_points_on_written_lines():
    texts = ["It rained. Then it stopped", "Ends here.", "“Yes.” She left", "A.b", "Mr.Smith", "Wait .  \t"]
    joined = "\n".join(texts)
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    assert _chars.class_counts(joined, starts).inner.tolist() == [True, False, True, False, True, False]


#: Pieces of dates and times and what borders them, so random lines hit the patterns' edges.
DATE_PIECES = [*"0123456789:./- \t\u00a0aZ_é٣", "de ", "Nov", "março", "May ", "мая", "年", "12:30", "2021"]
DATE_PIECES += ["月", "日", "월", "min", "Hours ", "ago", "sept", "\x1c", "ſept", "Nov. ", " 19", "MAYO 3"]


#: The signals' date shapes one by one: those led by a digit, and the month-first one.
_MONTHS = "(?:" + _signals.MONTHS + ")"
DIGIT_SHAPES = [
    _signals.TIME_RE,
    _signals.NUM_DATE_RE,
    re.compile(rf"(?i)\b\d{{1,2}}\.?\s+(?:de\s+)?{_MONTHS}\b"),
    _signals.CJK_DATE_RE,
    re.compile(r"(?i)\b\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?)\s+ago\b"),
]
MONTH_FIRST = re.compile(rf"(?i)\b{_MONTHS}\.?\s+\d{{1,2}}\b")


def test_date_shapes_make_up_the_signals_patterns():
    assert _signals.MONTH_DATE_RE.pattern == MONTH_FIRST.pattern + "|" + DIGIT_SHAPES[2].pattern[4:]
    assert _signals.RELATIVE_TIME_RE.pattern.startswith(DIGIT_SHAPES[4].pattern + "|")


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=14).map("".join))
def test_date_forms_match_where_the_signals_patterns_do(text):
    """The digit-led and month-first searches of _line_dates find a date in exactly the lines
    the signals' patterns do (the ASCII forms in ASCII lines)."""
    forms = [_line_dates.FORMS] + ([_line_dates.ASCII_FORMS] if text.isascii() else [])
    for f in forms:
        assert (f.digit_led.search(text) is None) == all(rx.search(text) is None for rx in DIGIT_SHAPES), text
        assert (f.month_first.search(text) is None) == (MONTH_FIRST.search(text) is None), text


def test_date_forms_on_written_lines():
    dated = ["12:45", "Nov 19, 2019", "3 May 2020", "19.11.2019", "2019-11-19", "5 de março"]
    dated += ["Updated 2 hours ago", "nov.  5", "Jan\t7", "5 мая", "2019年11月"]
    undated = ["a12:45", "123:45", "x2019-11-19", "a3 May", "Room 12", "4 955", "dec 123", "xnov 5"]
    assert [_signals.is_dated(t) for t in dated + undated] == [True] * len(dated) + [False] * len(undated)
    digit = list(range(len(dated + undated)))
    assert _line_dates.dated_lines(dated + undated, digit, set()) == set(range(len(dated)))


@pytest.mark.parametrize("seed", range(5))
def test_top_features_are_the_first_of_a_stable_sort(seed):
    """Two argmax passes give the two strongest features of each row as a stable sort does,
    ties (here made on purpose by rounding) to the lower index."""
    rng = np.random.default_rng(seed)
    n = len(_model.FEATURES)
    model = {"mean": np.zeros(n), "scale": np.ones(n), "coef": rng.choice([-1.0, 1.0], n)}
    features = np.round(rng.normal(size=(40, n)), 0)
    features[0] = 0.0  # every contribution equal
    for k in (1, 2):
        order, contrib = _model.top_features(features, model, k=k)
        size = np.abs(features * model["coef"])
        expected = np.argsort(-size, axis=1, kind="stable")[:, :k]
        assert order.tolist() == expected.tolist()
        assert contrib.tolist() == np.take_along_axis(features * model["coef"], expected, axis=1).tolist()


@pytest.mark.parametrize(
    "lines", [PAGE, PAGE[::-1], PAGE * 2, ["x"], ["Home", "News", "Sport", "A long line."]]
)
def test_scores_and_list_runs_from_columns_equal_the_per_line_rules(lines):
    infos, cols = line_table(lines)
    scores = [_analysis.prose_score(i) for i in infos]
    assert _runs.prose_scores(cols) == scores
    sizes = _runs.short_run_sizes(scores, cols["weight"])
    assert sizes == _analysis.list_runs(infos, scores)
    assert all(type(s) is int for s in sizes)


def test_short_run_sizes_on_written_scores():
    weight = np.array([10.0, 10.0, 200.0, 10.0, 10.0, 10.0, 100.0])
    assert _runs.short_run_sizes([-20, -20, -20, 5, -40, -20, 90], weight) == [2, 2, 0, 0, 2, 2, 0]
    assert _runs.short_run_sizes([], np.zeros(0)) == []


def plain_group(lines, infos, labels):
    """Blocks the plain way: walk the lines, close a block where the next one cannot join."""
    out, start = [], 0
    for i in range(1, len(infos) + 1):
        if (
            i < len(infos)
            and infos[i].number == infos[i - 1].number + 1
            and labels[i] == labels[start]
            and labels[i][0] not in ("body", "title")
        ):
            continue
        a, b = infos[start].number, infos[i - 1].number
        out.append((a, b, "\n".join(lines[a - 1 : b]), *labels[start]))
        start = i
    return out


@pytest.mark.parametrize("lines", [PAGE, PAGE[::-1], PAGE * 2, ["x"], ["", "a", "", "b", "c"]])
def test_group_blocks_equal_a_plain_walk(lines):
    infos = line_infos(lines)
    for labels in (
        _analysis.label_lines(infos),
        [("navigation", "r")] * len(infos),
        [("body", "r")] * len(infos),
        [("title" if k % 3 else "related", "r") for k in range(len(infos))],
    ):
        got = [
            (b.line_start, b.line_end, b.raw, b.kind, b.reason)
            for b in _analysis.group_blocks(lines, infos, labels)
        ]
        assert got == plain_group(lines, infos, labels)
