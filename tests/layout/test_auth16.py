"""The dateline model does not depend on the byline reader (lines written for these tests)."""

import numpy as np

from workbench.layout import _metadata_features as mf
from workbench.layout import _metadata_lines as ml
from workbench.layout._metadata_page import Line

PROSE = (
    "The ferry company said on Monday that the winter timetable would keep two crossings a day, "
    "one fewer than last year, while the new boat is fitted out at the yard."
)


def lines_of(texts):
    kinds = ["navigation"] * 3 + ["title", "byline", "body"] + ["body"] * (len(texts) - 6)
    return [Line(t, k, n) for n, (t, k) in enumerate(zip(texts, kinds))]


def date_scores():
    lines = lines_of(
        [
            "Home",
            "Travel",
            "Islands",
            "Island ferry keeps two winter crossings a day",
            "By Tomas Berg, March 3, 2024",
            PROSE,
            PROSE,
            "Posted on March 4, 2024 by Ilse Marr",
            PROSE,
        ]
    )
    cand = ml.candidates(lines)
    scores = ml.score("date", cand.X)
    return {p: s for p, s, ok in zip(cand.pos, scores, cand.ok["date"]) if ok}


def test_date_scores_do_not_depend_on_the_byline_reader(monkeypatch):
    found = date_scores()
    assert len(found) == 2  # both dated lines, one of them a byline too
    # a reader that finds no name anywhere: the byline's candidates change, the dates' not
    nobody = lambda text: (None, None)  # noqa: E731
    monkeypatch.setattr(ml, "byline_name", nobody)
    monkeypatch.setattr(mf, "byline_name", nobody)
    assert date_scores() == found


def test_shipped_date_model_reads_no_name():
    features = set(ml.model()["date"]["features"])
    assert features.isdisjoint(("given_name", "name_2_4", "name_1", "name_role", "ovl_rel", "echoed"))


def toy_pages(extra: float) -> list[dict]:
    """Pages of three candidates: a headline, a dateline (right), another dated line; and a
    row only the byline may take, its features all ``extra``."""
    rng = np.random.default_rng(5)
    pages = []
    for n in range(12):
        X = rng.normal(size=(4, len(ml.FEATURES)))
        X[3] = extra
        pages.append(
            {
                "gold": {"published": "2024-03-03"},
                "X": X,
                "X_t": X,
                "ok": {
                    "title": np.array([True, False, False, False]),
                    "author": np.array([False, False, False, True]),
                    "date": np.array([False, True, True, False]),
                },
                "labels": {"date": [False, n % 3 != 0, n % 3 == 0, False]},
            }
        )
    return pages


def test_date_model_standardised_without_the_byline_rows(trainer):
    # a row only the byline may take moves neither the dateline's standardisation nor weights
    assert trainer.fit("date", toy_pages(0.0)) == trainer.fit("date", toy_pages(40.0))
