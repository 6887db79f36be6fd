"""Click-through from charts: a bar (or point) picked by name is outlined in the redrawn chart,
and "Show in context" opens the passages behind it, highlighted and escaped, one after another."""

from __future__ import annotations

import html

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import workbench as wb  # noqa: E402
from workbench import ui  # noqa: E402
from workbench.ui._chart_pick import FADED, emphasise  # noqa: E402

MARK = '<mark style="background:#fde68a">'


def _pickers(corpus):
    """name -> a function making the picker as a notebook does."""
    return {
        "voice": lambda: ui.voice_picker(corpus),
        "anonymous": lambda: ui.anonymous_picker(corpus),
        "tone": lambda: ui.tone_picker(
            corpus, wb.by_voice(corpus, per_document=True), ["doc_id", "voice"], title="tone"
        ),
        "toward": lambda: _toward(corpus),
        "prevalence": lambda: ui.prevalence_picker(
            corpus, wb.TopicModel(candidates=(6,), random_state=wb.SEED).fit(corpus)
        ),
        "timeline": lambda: ui.timeline_picker(corpus, wb.timeline(corpus)),
        "distinctive": lambda: ui.CompareReports(corpus).bars,
        "topic_terms": lambda: ui.TopicExplorer(corpus).bars,
    }


def _toward(corpus):
    toward = wb.sentiment_toward(corpus, ui.top_entities(corpus, n=1)[0])
    return ui.tone_picker(corpus, toward.summary, ["entity", "doc_id"], sentences=toward.sentences)


NAMES = list(_pickers(None))


def _highlighted(corpus, passage) -> str:
    text = corpus.document(passage["doc_id"])["text"]
    return MARK + html.escape(text[int(passage["char_start"]) : int(passage["char_end"])]) + "</mark>"


@pytest.mark.parametrize("name", NAMES)
def test_a_picked_bar_opens_its_passages_highlighted(corpus5, name):
    picker = _pickers(corpus5)[name]()
    ids = set(corpus5.documents["doc_id"])
    assert picker.choices and all(label not in ids for label, _ in picker.bar.options)
    assert picker.show.disabled and picker.context.value == ""
    before = picker.chart.value
    # the bar with most passages, so previous/next have somewhere to go
    key = max(picker.choices, key=lambda k: len(picker._passages_of(k)))
    picker.pick(key)
    assert picker.chart.value.startswith("<img") and picker.chart.value != before  # outlined
    assert len(picker.passages) and not picker.show.disabled
    assert "behind this" in picker.where.value
    picker.show.click()
    first = picker.passages.iloc[0]
    assert picker.position == 0 and _highlighted(corpus5, first) in picker.context.value
    assert picker.previous.disabled and "passage 1 of" in picker.where.value
    if len(picker.passages) > 1:
        assert not picker.next.disabled
        picker.next.click()
        assert picker.position == 1 and _highlighted(corpus5, picker.passages.iloc[1]) in picker.context.value
        picker.previous.click()
        assert picker.position == 0
    picker.pick(None)
    assert picker.context.value == "" and picker.show.disabled


def test_the_passages_are_what_the_bar_counts(corpus5):
    voice = ui.voice_picker(corpus5)
    labels = ui.doc_labels(corpus5)
    quotes = corpus5.quotes.merge(corpus5.sources[["source_id", "name"]], on="source_id")
    doc, name = next((d, n) for d, n in voice.choices if n not in ("narrator", "other sources"))
    voice.pick((doc, name))
    doc_id = next(d for d, label in labels.items() if label == doc)
    said = quotes[(quotes["doc_id"] == doc_id) & (quotes["name"] == name)]
    assert sorted(voice.passages["char_start"]) == sorted(said["char_start"])
    timeline = ui.timeline_picker(corpus5, wb.timeline(corpus5))
    key = timeline.choices[0]
    timeline.pick(key)
    assert timeline.passages[["doc_id", "char_start", "char_end"]].iloc[0].tolist() == list(key[:3])
    terms = ui.CompareReports(corpus5).bars
    group, term = terms.choices[0]
    terms.pick((group, term))
    assert len(terms.passages) and set(terms.passages["doc_id"]) == {
        d for d, label in labels.items() if label == group
    }


def test_a_topic_term_opens_where_the_topic_leads(corpus5):
    x = ui.TopicExplorer(corpus5)
    topic, term = x.bars.choices[0]
    assert topic == 0 and term == x.model.terms_.sort_values(["topic", "rank"])["term"].iloc[0]
    x.bars.pick((topic, term))
    weights = x.model.transform(corpus5).set_index("para_id")[x.model.columns_]
    leads = set(weights.index[(weights.to_numpy().argmax(axis=1) == topic) & (weights.sum(axis=1) > 0)])
    paras = corpus5.paragraphs
    for r in x.bars.passages.itertuples():
        inside = paras[
            (paras["doc_id"] == r.doc_id)
            & (paras["char_start"] <= r.char_start)
            & (paras["char_end"] >= r.char_end)
        ]
        assert set(inside["para_id"]) & leads
    assert "<img" in x.static_html()  # the report keeps the chart


def test_bars_are_listed_in_reading_order(corpus5):
    """Top to bottom as the chart shows the reports (the first label at the top)."""
    picker = ui.voice_picker(corpus5)
    rows = list(dict.fromkeys(doc for doc, _ in picker.choices))
    assert rows == sorted(ui.doc_labels(corpus5).values())
    fig, (left, right) = plt.subplots(1, 2)
    bars = right.barh(["a", "b"], [1, 2])
    ui.mark(bars[0], "right", "a")
    ui.mark(bars[1], "right", "b")
    (point,) = left.plot([1], [1], "o")
    ui.mark(point, "left", 1)
    right.invert_yaxis()
    assert ui.marked(fig) == [("left", 1), ("right", "a"), ("right", "b")]
    plt.close(fig)


def test_emphasis_outlines_one_fades_the_rest_and_is_undone():
    fig, ax = plt.subplots()
    bars = ax.barh(["a", "b"], [1, 2], color="#0072B2")
    (point,) = ax.plot([1], [0], "o")
    for bar, key in zip(bars, "ab"):
        ui.mark(bar, key)
    ui.mark(point, "p")
    size = point.get_markersize()
    emphasise(fig, ("a",))
    assert bars[0].get_linewidth() == 2.0 and bars[0].get_edgecolor()[:3] == (0, 0, 0)
    assert bars[1].get_alpha() == FADED and point.get_alpha() == FADED
    emphasise(fig, ("p",))
    assert bars[0].get_linewidth() != 2.0 and bars[0].get_alpha() == FADED
    assert point.get_markersize() > size and point.get_alpha() is None
    emphasise(fig, None)
    assert point.get_markersize() == size and bars[1].get_alpha() is None
    plt.close(fig)


def test_pickers_build_on_one_document(corpus1):
    for name, make in _pickers(corpus1).items():
        picker = make()
        assert "text/html" in picker._repr_mimebundle_(), name
        if picker.choices:
            picker.pick(picker.choices[0])
            assert picker.show_passage(0) == picker.context.value


def test_a_picker_under_a_drawn_chart_shows_no_second_chart_until_a_pick(corpus5):
    picker = ui.voice_picker(corpus5)
    assert picker.chart.value == "" and "<img" not in picker.static_html()
    assert "In the notebook" in picker.static_html()
    picker.pick(picker.choices[0])
    picker.show_passage(0)
    page = picker.static_html()
    assert "<img" in page and MARK in page
