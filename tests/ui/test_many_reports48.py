"""Per-report figures on many reports: at most ``MAX_ROWS`` rows, the ones the figure's
criterion picks, and a caption that says how many are drawn; on few reports, every report as
before. The tables are built here (48 self-made reports), so no corpus is loaded."""

from __future__ import annotations

from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from workbench import ui  # noqa: E402
from workbench.quotes import NARRATOR  # noqa: E402
from workbench.ui._many import MAX_ROWS  # noqa: E402

MANY = 48
#: The tallest a capped figure may be, in inches (the timeline's rows are the tallest, 0.9 in).
MAX_HEIGHT = 1.4 + 0.9 * MAX_ROWS


def _ids(n: int) -> list[str]:
    return [f"doc{k:02d}" for k in range(n)]


def _texts(fig) -> str:
    """Every text of the figure: titles, captions, legend titles."""
    return "\n".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))


def _rows(ax) -> list[str]:
    return [t.get_text() for t in ax.get_yticklabels()]


def sov_table(n: int) -> pd.DataFrame:
    """doc k: narrator 100 words, one source with k + 1 words (later reports quote more)."""
    rows = []
    for k, doc in enumerate(_ids(n)):
        rows += [(doc, "narrator", NARRATOR, 100), (doc, f"s{k}", f"Source {k}", k + 1)]
    t = pd.DataFrame(rows, columns=["doc_id", "source_id", "name", "n_words"])
    return t.assign(share=t["n_words"] / t.groupby("doc_id")["n_words"].transform("sum"))


def quotes_table(n: int) -> pd.DataFrame:
    """doc k: k + 1 statements, every third anonymous."""
    rows = [(doc, j % 3 == 0) for k, doc in enumerate(_ids(n)) for j in range(k + 1)]
    return pd.DataFrame(rows, columns=["doc_id", "anonymous"])


def prevalence_table(n: int, topics: int = 4) -> pd.DataFrame:
    """doc k leans to topic k % topics, more so for larger k."""
    rows = []
    for k, doc in enumerate(_ids(n)):
        lead = 0.3 + 0.6 * k / n
        for t in range(topics):
            share = lead if t == k % topics else (1 - lead) / (topics - 1)
            rows.append((doc, t, f"topic {t}", share))
    return pd.DataFrame(rows, columns=["doc_id", "topic", "label", "share"])


def positions_table(n: int, terms=("alpha", "beta", "gamma", "delta")) -> pd.DataFrame:
    """doc k: each term k times in its first part."""
    rows = [
        (term, doc, b, k if b == 0 else 0)
        for term in terms
        for k, doc in enumerate(_ids(n))
        for b in range(4)
    ]
    return pd.DataFrame(rows, columns=["term", "doc_id", "bin", "count"])


def tone_table(n: int) -> pd.DataFrame:
    """Two voices per report; doc k has 10 + k sentences of narration and 2 quoted."""
    rows = []
    for k, doc in enumerate(_ids(n)):
        rows += [(doc, "narration", 10 + k, 0.1, 0.0, 0.2), (doc, "quoted", 2, -0.1, -0.4, 0.2)]
    return pd.DataFrame(rows, columns=["doc_id", "voice", "n", "mean", "ci_low", "ci_high"])


def events_table(n: int) -> pd.DataFrame:
    """doc k: k % 5 + 1 dated events (one a day apart) and one whose year is unknown."""
    rows = []
    for k, doc in enumerate(_ids(n)):
        for j in range(k % 5 + 1):
            day = pd.Timestamp(2020, 1, 1) + pd.Timedelta(days=30 * j + k)
            rows.append((doc, str(day.date()), day, day, "an event"))
        rows.append((doc, "March 3", pd.NaT, pd.NaT, "no year"))
    return pd.DataFrame(rows, columns=["doc_id", "date", "start", "end", "gist"])


def stub_corpus(n: int) -> SimpleNamespace:
    """Enough of a corpus for the kinds chart: doc k has 50 body lines and k navigation lines."""
    ids = _ids(n)
    blocks = []
    for k, doc in enumerate(ids):
        blocks += [(doc, "body", 1, 50), (doc, "navigation", 51, 51 + k)]
    return SimpleNamespace(
        documents=pd.DataFrame({"doc_id": ids, "label": [f"Report {d}" for d in ids]}),
        sentences=pd.DataFrame({"doc_id": ids, "order": 0, "text": "A sentence."}),
        blocks=pd.DataFrame(blocks, columns=["doc_id", "kind", "line_start", "line_end"]),
    )


#: name -> (draw the figure for n reports, the rows the criterion picks among MANY reports)
LAST = _ids(MANY)[-MAX_ROWS:]  # each table above makes later reports weigh more
FIGURES = {
    "kinds_per_document": (
        lambda n: ui.kinds_per_document(stub_corpus(n)),
        [f"Report {d}" for d in LAST],
    ),
    "share_of_voice_chart": (lambda n: ui.share_of_voice_chart(sov_table(n)), LAST),
    "named_vs_anonymous_chart": (lambda n: ui.named_vs_anonymous_chart(quotes_table(n)), LAST),
    "tone_by_group": (
        lambda n: ui.tone_by_group(tone_table(n), ["doc_id", "voice"], title="Tone"),
        [f"{d} · {v}" for d in _ids(MANY)[-MAX_ROWS // 2 :] for v in ("narration", "quoted")],
    ),
}


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_many_reports_are_capped_and_named(name):
    draw, expected = FIGURES[name]
    fig = draw(MANY)
    rows = _rows(fig.axes[0])
    assert fig.get_figheight() <= MAX_HEIGHT
    assert len(rows) <= MAX_ROWS
    assert [r.split(" (n=")[0].replace("\n", " ") for r in rows] == expected
    reports = len(expected) if name != "tone_by_group" else len(expected) // 2
    assert f"{reports} of {MANY} reports: those with the most" in _texts(fig).replace("\n", " ")


@pytest.mark.parametrize("name", sorted(FIGURES))
@pytest.mark.parametrize("n", [2, MAX_ROWS])
def test_few_reports_are_all_drawn_without_a_caption(name, n):
    draw, _ = FIGURES[name]
    fig = draw(n)
    assert len(_rows(fig.axes[0])) == (2 * n if name == "tone_by_group" else n)
    assert ": those with" not in _texts(fig)


def test_tone_by_group_without_reports_keeps_the_groups_with_most_sentences():
    table = tone_table(MANY).rename(columns={"doc_id": "entity"})
    fig = ui.tone_by_group(table, ["entity", "voice"])
    assert len(_rows(fig.axes[0])) == MAX_ROWS
    assert f"{MAX_ROWS} of {2 * MANY} groups: those with the most sentences" in _texts(fig)


def test_topic_prevalence_keeps_each_topics_strongest_reports():
    fig = ui.topic_prevalence(prevalence_table(MANY))
    rows = _rows(fig.axes[0])
    assert rows == sorted(_ids(MANY)[-MAX_ROWS:])  # the strongest leaders of all four topics
    assert fig.get_figheight() <= MAX_HEIGHT
    assert f"{MAX_ROWS} of {MANY} reports" in _texts(fig)
    assert _rows(ui.topic_prevalence(prevalence_table(2)).axes[0]) == _ids(2)


def test_term_positions_share_the_bound_between_terms():
    fig = ui.term_positions_chart(positions_table(MANY))
    per_panel = MAX_ROWS // 4
    assert len(fig.axes) == 4
    assert all(_rows(ax) == _ids(MANY)[-per_panel:] for ax in fig.axes)
    assert fig.get_figheight() <= MAX_HEIGHT
    assert f"{per_panel} of {MANY} reports: those with the most occurrences" in _texts(fig)
    few = ui.term_positions_chart(positions_table(2))
    assert all(_rows(ax) == _ids(2) for ax in few.axes) and ": those with" not in _texts(few)


def test_timeline_keeps_the_reports_with_most_dated_events():
    fig = ui.timeline_figure(events_table(MANY))
    rows = _rows(fig.axes[0])
    assert len(rows) == MAX_ROWS and fig.get_figheight() <= MAX_HEIGHT
    # nine or more reports have five, four, three dated events: the ties go by name
    counts = {d: k % 5 + 1 for k, d in enumerate(_ids(MANY))}
    expected = sorted(sorted(counts, key=lambda d: (-counts[d], d))[:MAX_ROWS])
    assert rows == expected
    assert f"{MAX_ROWS} of {MANY} reports: those with the most dated events" in _texts(fig).replace("\n", " ")
    few = ui.timeline_figure(events_table(2))
    assert _rows(few.axes[0]) == _ids(2) and ": those with" not in _texts(few)
