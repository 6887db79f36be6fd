"""Dates in the text: patterns, resolution against the publication date, the gist."""

import pandas as pd
import pytest

from workbench.compare import _timeline as tl
from workbench.text import date_expressions, parse_date_expression, resolve_date

from ..conftest import MT, VIEW

PUB = pd.Timestamp("2022-11-20 09:00", tz="UTC")
T = pd.Timestamp


@pytest.mark.parametrize(
    "text, found",
    [
        ("back on February 21, at a meeting", "February 21"),
        ("However, on November 11, Russian", "November 11"),
        ("the return of the pilot in April.", "April"),
        ("annexed the territories in September 2022 following", "September 2022"),
        ("the region which Russia annexed in 2014.", "2014"),
        ("will be held in Cairo in late November – early December.", "late November – early December"),
        ("our negotiations in early 2022, prior to", "early 2022"),
        ("build-up at the borders in 2021 a tactic", "2021"),
        ("on 21 February 2023 the talks", "21 February 2023"),
        ("on Sept. 3, 2021, they met", "Sept. 3, 2021"),
        ("It may rain tomorrow.", None),
        ("He sent 2000 troops.", None),
        ("April is a name here", None),
        ("the 1,500 officials", None),
    ],
)
def test_find_dates(text, found):
    got = [t for _s, _e, t, _x in date_expressions(text)]
    assert got == ([found] if found else [])


@pytest.mark.parametrize(
    "text, published, start, end, how",
    [
        ("February 21", PUB, T("2022-02-21"), T("2022-02-21"), "resolved against published"),
        ("November 11", PUB, T("2022-11-11"), T("2022-11-11"), "resolved against published"),
        (
            "November 25",
            PUB,
            T("2021-11-25"),
            T("2021-11-25"),
            "resolved against published",
        ),  # not after publication
        ("in April", PUB, T("2022-04-01"), T("2022-04-30"), "resolved against published"),
        ("in December", PUB, T("2021-12-01"), T("2021-12-31"), "resolved against published"),
        (
            "late November – early December",
            PUB,
            T("2022-11-21"),
            T("2022-12-10"),
            "resolved against published",
        ),
        ("September 2022", None, T("2022-09-01"), T("2022-09-30"), "absolute"),
        ("in 2014", None, T("2014-01-01"), T("2014-12-31"), "absolute"),
        ("early 2022", None, T("2022-01-01"), T("2022-04-30"), "absolute"),
        ("late 2021", PUB, T("2021-09-01"), T("2021-12-31"), "absolute"),
        ("mid-March 2020", None, T("2020-03-11"), T("2020-03-20"), "absolute"),
        ("February 29, 2024", None, T("2024-02-29"), T("2024-02-29"), "absolute"),
        ("November – December 2022", None, T("2022-11-01"), T("2022-12-31"), "absolute"),
        ("February 21", None, pd.NaT, pd.NaT, "relative"),
        ("in April", None, pd.NaT, pd.NaT, "relative"),
        ("late November – early December", None, pd.NaT, pd.NaT, "relative"),
    ],
)
def test_resolve(text, published, start, end, how):
    got = resolve_date(parse_date_expression(text), published=published)
    assert got[2] == how
    assert (got[0] is pd.NaT and start is pd.NaT) or got[0] == start
    assert (got[1] is pd.NaT and end is pd.NaT) or got[1] == end


@pytest.mark.parametrize(
    "sentence, date, expected",
    [
        (
            "Crimea remains contentious, as Ukraine asserts its intent to reclaim the region which Russia annexed in 2014.",
            "2014",
            "which Russia annexed in 2014",
        ),
        (
            "The meeting will be held in Cairo in late November – early December.",
            "late November",
            "The meeting will be held in Cairo in late November – early December.",
        ),
    ],
)
def test_gist_is_the_clause_around_the_date(sentence, date, expected):
    s = sentence.index(date)
    g = tl.gist(sentence, s, s + len(date))
    assert expected.strip(".") in g or g in expected
    assert date in g


def test_timeline_of_the_seeds(corpus):
    t = tl.timeline(corpus)
    mt, view = t[t["doc_id"] == MT], t[t["doc_id"] == VIEW]
    assert list(mt["date"]) == ["2021", "early 2022", "2014", "September 2022"]
    assert (mt["resolution"] == "absolute").all()
    assert list(view["date"]) == ["February 21", "November 11", "late November – early December", "April"]
    assert (view["resolution"] == "relative").all() and view["start"].isna().all()
    for r in t.itertuples():
        text = corpus.documents.set_index("doc_id").at[r.doc_id, "text"]
        assert text[r.char_start : r.char_end] == r.date
        assert r.date in r.sentence
    pd.testing.assert_frame_equal(t, tl.timeline(corpus))


def test_timeline_resolves_against_the_published_date(tmp_path):
    import json

    import workbench as wb

    record = {
        "id": "x",
        "title": "Talks resume",
        "published": "2022-11-20T09:00:00Z",
        "text": "The envoys first met on February 21 in Geneva. They will meet again in late November "
        "– early December, officials said. The pilot was freed in April. The war began in 2014.",
    }
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    c = wb.load_corpus(tmp_path, cache=False, progress=False)
    t = tl.timeline(c).set_index("date")
    assert t.at["February 21", "start"] == T("2022-02-21")
    assert t.at["late November – early December", "end"] == T("2022-12-10")
    assert t.at["April", "start"] == T("2022-04-01")
    assert t.at["2014", "resolution"] == "absolute"
    assert (t.loc[["February 21", "April"], "resolution"] == "resolved against published").all()
