"""A heading over "By..." prose is no headline, and the byline model learns relative to the
gold headline (lines written for these tests)."""

import numpy as np

from workbench.layout import _metadata_lines as ml
from workbench.layout._metadata_page import BY_LINE_WORDS, Line, Page

HEADING = "How to Keep Tomatoes Healthy Through a Dry Summer"
PROSE = (
    "By watering the beds early in the morning, before the sun climbs over the fence, gardeners "
    "lose far less water to the air and the roots have the whole day to drink what they were given."
)


def page_of(texts: list[str], kinds: list[str] | None = None) -> Page:
    kinds = kinds or ["body"] * len(texts)
    lines = [Line(t, k, n) for n, (t, k) in enumerate(zip(texts, kinds))]
    return Page(lines, 0, len(lines) - 1)


def test_heading_over_by_prose_is_no_headline():
    assert len(PROSE.split()) > BY_LINE_WORDS
    page = page_of([HEADING, PROSE, "The second paragraph says more about mulch."])
    assert page.over_byline(0)  # the line opens with "By"
    assert not page.under_headline(0)  # but it runs on: prose, no byline


def test_heading_over_byline_still_a_headline():
    assert page_of([HEADING, "By Jane Doe and Tom Reed", PROSE]).under_headline(0)
    # exactly BY_LINE_WORDS words is still a byline (a long list of contributors)
    names = "By " + " ".join(["Ann"] * (BY_LINE_WORDS - 1))
    assert page_of([HEADING, names, PROSE]).under_headline(0)
    # a line the layout calls a byline or dateline counts whatever its length
    assert page_of([HEADING, PROSE, PROSE], ["body", "byline", "body"]).under_headline(0)
    assert not page_of([HEADING, "The second paragraph.", PROSE]).under_headline(0)


def test_byline_learns_relative_to_gold_headline(trainer):
    # three candidates; the title model (shipped) scores all alike, so it picks the first;
    # the gold headline is the third: the byline's rows are relative to it, not to the pick
    X = np.zeros((3, len(ml.FEATURES)))
    page = {
        "pos": [10, 14, 20],
        "X": X,
        "ok": {"title": np.array([True, True, True])},
        "labels": {"title": [False, False, True]},
    }
    params = ml.model()["title"]
    trainer.with_title([page], params)
    trainer.with_title([page], params, gold=True, key="X_g")
    is_title = len(ml.FEATURES) + ml.TITLE_FEATURES.index("is_title")
    assert page["X_t"][:, is_title].tolist() == [1.0, 0.0, 0.0]
    assert page["X_g"][:, is_title].tolist() == [0.0, 0.0, 1.0]
    # no gold line among the candidates: the pick, as at run time
    page["labels"]["title"] = [False, False, False]
    trainer.with_title([page], params, gold=True, key="X_g")
    assert page["X_g"][:, is_title].tolist() == [1.0, 0.0, 0.0]


def test_shipped_dateline_model_goes_without_the_headline():
    model = ml.model()
    assert not set(ml.TITLE_FEATURES) & set(model["date"]["features"])
    assert set(ml.TITLE_FEATURES) <= set(model["author"]["features"])
