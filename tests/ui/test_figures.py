"""Every figure drawn on two documents (the seeds) and on five: no piece of text overlaps
another, and all of it lies inside the figure."""

from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.text import Text  # noqa: E402

import workbench as wb  # noqa: E402
from workbench import ui  # noqa: E402

#: Pixels two boxes may share (antialiasing at the edges) before they count as overlapping.
SLACK = 1.0


def _figures(corpus):
    """name -> a function drawing that figure as a notebook does."""
    sov = wb.share_of_voice(corpus)
    co = ui.named(wb.cooccurrence(corpus.quotes, corpus.entities), corpus)
    top = co.groupby("entity")["n"].sum().sort_values(ascending=False, kind="stable").head(10).index
    matrix = (
        co[co["entity"].isin(top)]
        .pivot_table(index="source", columns="entity", values="n", aggfunc="sum", fill_value=0)
        .astype(int)
    )
    model = wb.TopicModel(candidates=(6,), random_state=wb.SEED).fit(corpus)
    table = ui.named(wb.distinctive_terms(corpus, by="doc_id"), corpus, rename=False)
    themes = list(dict.fromkeys(table.groupby("group").head(2)["term"]))[:4]
    groups = ui.GroupPicker(corpus).groups
    toward = wb.sentiment_toward(corpus, ui.top_entities(corpus, n=1)[0]).summary
    return {
        "kinds": lambda: ui.kinds_per_document(corpus),
        "share_of_voice": lambda: ui.share_of_voice_chart(ui.named(sov, corpus, rename=False)),
        "named_vs_anonymous": lambda: ui.named_vs_anonymous_chart(
            ui.named(corpus.quotes, corpus, rename=False)
        ),
        "heatmap": lambda: ui.source_entity_heatmap(matrix),
        "topic_terms": lambda: ui.topic_terms(model),
        "topic_prevalence": lambda: ui.topic_prevalence(
            ui.named(model.prevalence(corpus), corpus, rename=False)
        ),
        "scatter": lambda: ui.distinctive_scatter(table, sorted(table["group"].unique())[0]),
        "bars": lambda: ui.distinctive_bars(table),
        "positions": lambda: ui.term_positions_chart(
            ui.named(wb.term_positions(corpus, themes, bins=10), corpus, rename=False)
        ),
        "tone_along": lambda: ui.tone_along(
            wb.by_position(corpus), labels=ui.doc_labels(corpus), colours=ui.doc_colours(corpus)
        ),
        "tone_by_voice": lambda: ui.tone_by_group(
            ui.named(wb.by_voice(corpus, per_document=True), corpus, rename=False),
            ["doc_id", "voice"],
            title="Sentence tone per report and voice",
        ),
        "tone_toward": lambda: ui.tone_by_group(
            ui.named(toward, corpus, rename=False), ["entity", "doc_id"], title="Sentences mentioning"
        ),
        "hedging": lambda: ui.hedging_bars(wb.hedging(corpus), by="voice"),
        "profile": lambda: ui.profile_figure(corpus, groups),
        "timeline": lambda: ui.timeline_figure(
            wb.timeline(corpus), labels=ui.doc_labels(corpus), colours=ui.doc_colours(corpus)
        ),
    }


def text_problems(fig) -> list[str]:
    """Texts outside the figure, and pairs of texts whose boxes overlap."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    page = fig.bbox
    undrawn = set()  # labels of ticks beyond the axis limits exist but are not drawn
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            lo, hi = sorted(axis.get_view_interval())
            eps = (hi - lo) * 1e-6
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not lo - eps <= tick.get_loc() <= hi + eps:
                    undrawn.update({id(tick.label1), id(tick.label2)})
    boxes = []
    for t in fig.findobj(Text):
        if id(t) in undrawn:
            continue
        if not t.get_visible() or not t.get_text().strip() or t.axes is not None and not t.axes.get_visible():
            continue
        box = t.get_window_extent(renderer)
        if box.width == 0 or box.height == 0:
            continue
        boxes.append((t.get_text(), box))
    found = []
    for text, box in boxes:
        if (
            box.x0 < page.x0 - SLACK
            or box.y0 < page.y0 - SLACK
            or box.x1 > page.x1 + SLACK
            or box.y1 > page.y1 + SLACK
        ):
            found.append(f"outside: {text!r}")
    for (ta, a), (tb, b) in itertools.combinations(boxes, 2):
        w = min(a.x1, b.x1) - max(a.x0, b.x0)
        h = min(a.y1, b.y1) - max(a.y0, b.y0)
        if w > SLACK and h > SLACK:
            found.append(f"overlap: {ta!r} / {tb!r}")
    return found


@pytest.fixture(scope="module", params=["corpus2", "corpus5"])
def drawn(request):
    corpus = request.getfixturevalue(request.param)
    return request.param, _figures(corpus)


NAMES = [
    "kinds",
    "share_of_voice",
    "named_vs_anonymous",
    "heatmap",
    "topic_terms",
    "topic_prevalence",
    "scatter",
    "bars",
    "positions",
    "tone_along",
    "tone_by_voice",
    "tone_toward",
    "hedging",
    "profile",
    "timeline",
]


@pytest.mark.parametrize("name", NAMES)
def test_figure_text_is_inside_and_apart(drawn, name):
    size, figures = drawn
    fig = figures[name]()
    try:
        assert text_problems(fig) == [], f"{name} on {size}"
    finally:
        plt.close(fig)
