"""The explorers on five documents and on one: defaults, names, honest choices, plain status
lines, "no matches", Save CSV (with formula cells neutralised) and "show in context"."""

from __future__ import annotations

import pandas as pd
import pytest

from workbench import ui

EXPLORERS = [
    ui.CorpusBrowser,
    ui.QuoteBrowser,
    ui.SentimentExplorer,
    ui.TopicExplorer,
    ui.CompareReports,
    ui.KwicExplorer,
    ui.CompareExplorer,
    ui.SearchAll,
]


def test_csv_safe_neutralises_formulas_and_keeps_numbers():
    frame = pd.DataFrame(
        {
            "text": ['=HYPERLINK("x")', "+1", "-cmd", "@SUM(A1)", "plain", None, "\tTab"],
            "score": [-0.5, 1.0, -2.0, 0.0, 3.0, 4.0, 5.0],
        }
    )
    safe = ui.csv_safe(frame)
    assert safe["text"].tolist()[:5] == ['\'=HYPERLINK("x")', "'+1", "'-cmd", "'@SUM(A1)", "plain"]
    assert safe["text"].iloc[6] == "'\tTab" and safe["text"].isna().iloc[5]
    assert safe["score"].tolist() == frame["score"].tolist()  # negative numbers are not text
    assert frame["text"].iloc[0] == '=HYPERLINK("x")'  # the input is not changed


def test_save_csv_writes_a_named_file_with_safe_cells(tmp_path):
    from datetime import datetime, timezone

    frame = pd.DataFrame({"text": ["=1+1", "fine"]})
    path = ui.save_csv(
        frame,
        notebook="02-sources",
        what="statements",
        out_dir=tmp_path,
        now=datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
    )
    assert path.name == "02-sources-statements-20240102-030405.csv"
    assert pd.read_csv(path)["text"].tolist() == ["'=1+1", "fine"]


@pytest.mark.parametrize("cls", EXPLORERS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("size", ["corpus5", "corpus1"])
def test_every_explorer_builds_with_a_plain_status_and_saves(cls, size, request, tmp_path):
    corpus = request.getfixturevalue(size)
    x = cls(corpus)
    assert x.status.value and "<" not in x.status.value
    path = x.save_csv(out_dir=tmp_path)
    assert path.exists() and str(path) in x.saved.value and "base64," in x.saved.value
    assert "text/html" in x._repr_mimebundle_()  # the report shows this when widgets cannot run
    ids = set(corpus.documents["doc_id"])
    for control in x.children:
        for option in getattr(control, "options", ()):
            label = option[0] if isinstance(option, tuple) else option
            assert label not in ids or label in ui.doc_labels(corpus).values()


def test_explorers_start_at_their_defaults(corpus5):
    first = ui.QuoteBrowser(corpus5)
    first.kinds.value = ("indirect",)
    second = ui.QuoteBrowser(corpus5)
    assert second.kinds.value == second.kinds.options and len(second.table) == len(corpus5.quotes)


@pytest.mark.parametrize(
    "cls, control",
    [
        (ui.CorpusBrowser, "search"),
        (ui.QuoteBrowser, "search"),
        (ui.KwicExplorer, "term"),
        (ui.SearchAll, "query"),
        (ui.SentimentExplorer, "entity"),
    ],
)
def test_an_empty_result_says_no_matches(corpus5, cls, control):
    x = cls(corpus5)
    getattr(x, control).value = "zzzzqq"
    assert x.status.value == "no matches" and "No matches" in x.view.value
    assert x.passage.options == (("—", None),)


def test_names_not_ids_in_the_document_lists(corpus5):
    labels = ui.doc_labels(corpus5)
    assert len(set(labels.values())) == len(labels) == 5
    browser = ui.CorpusBrowser(corpus5)
    assert [o[0] for o in browser.document.options] == [labels[d] for d in sorted(labels)]
    assert all("_" not in name for name in labels.values())  # no file-name ids


def test_label_column_wins_when_the_corpus_has_one(corpus5):
    from types import SimpleNamespace

    docs = corpus5.documents.assign(label=["A", "B", "C", "C", ""])
    fake = SimpleNamespace(documents=docs, sentences=corpus5.sentences)
    assert list(ui.doc_labels(fake).values())[:4] == ["A", "B", "C", "C (2)"]


def test_named_replaces_ids_in_columns_index_and_headers(corpus5):
    labels = ui.doc_labels(corpus5)
    wide = corpus5.quotes.groupby(["doc_id", "kind"]).size().unstack(fill_value=0)
    out = ui.named(wide, corpus5)
    assert out.index.name == "document" and set(out.index) == {labels[d] for d in wide.index}
    flat = ui.named(corpus5.sources[["source_id", "doc_ids"]], corpus5)
    assert list(flat.columns) == ["source", "documents"]
    assert not flat["documents"].str.contains("_").any()


def test_group_picker_never_offers_a_equal_to_b(corpus5, corpus1):
    pick = ui.GroupPicker(corpus5)
    ids = sorted(corpus5.documents["doc_id"])
    assert (pick.a, pick.b) == (ids[0], ids[1])
    pick.group_a.value = ids[1]
    assert pick.b != pick.a and pick.a not in [v for _, v in pick.group_b.options]
    pick.grouping.value = "sources"
    assert pick.b != pick.a and len(pick.groups) == 2
    counts = [len(pick.all[v]) for _, v in pick.group_a.options]
    assert counts == sorted(counts, reverse=True)  # most quoted first
    single = ui.GroupPicker(corpus1)
    assert single.grouping.value == "sources" and single.a != single.b and single.b is not None


def test_topic_choices_are_what_the_corpus_carries(corpus1):
    x = ui.TopicExplorer(corpus1, n_topics=9)
    offered = [v for _, v in x.n_topics.options if v is not None]
    limit = x.limit("paragraph")
    assert offered == list(range(2, limit + 1)) and limit < 9
    assert "at most" in x.note.value and "9 asked" in x.note.value
    assert x.model.n_topics_ <= max(limit, 1)


def test_show_in_context_highlights_the_passage(corpus5):
    x = ui.KwicExplorer(corpus5, term="barrier")
    hit = x.hits.iloc[0]
    page = x.show_in_context(0)
    doc_text = corpus5.document(hit["doc_id"])["text"]
    assert f'<mark style="background:#fde68a">{doc_text[hit["char_start"] : hit["char_end"]]}</mark>' in page


def test_search_all_groups_hits(corpus5):
    x = ui.SearchAll(corpus5, query="Harrow")
    assert set(x.table["what"]) >= {"statement", "sentence", "source"}
    assert "statements" in x.status.value and "<h4>" in x.view.value
    assert "<mark" in x.show_in_context(0)


def test_context_html_escapes_document_text(tmp_path):
    import workbench as wb

    (tmp_path / "a.txt").write_text(
        "Harbour vote\n\nThe council <script>alert(1)</script> met on Tuesday to vote on the wall.\n",
        encoding="utf-8",
    )
    c = wb.load_corpus(tmp_path, cache=False, progress=False)
    s = c.sentences.iloc[-1]
    page = ui.context_html(c, s["doc_id"], int(s["char_start"]), int(s["char_end"]))
    assert "<script>" not in page and "&lt;script&gt;" in page


class _Timed(ui.Explorer):
    """An explorer whose update takes ``seconds``."""

    def __init__(self, corpus, seconds: float):
        import ipywidgets as w

        self.seconds = seconds
        self._setup([w.Label("timed")], corpus=corpus)

    def _update(self) -> None:
        import time

        time.sleep(self.seconds)
        self.table = pd.DataFrame({"a": [1]})


@pytest.mark.parametrize("seconds, busy", [(0.0, False), (0.9, True)])
def test_busy_shows_only_for_slow_updates(corpus1, seconds, busy):
    from workbench.ui._panel import BUSY, BUSY_AFTER

    x = _Timed(corpus1, seconds)
    seen: list[str] = []
    x.status.observe(lambda change: seen.append(change["new"]), names="value")
    x.refresh()
    assert (BUSY in seen) is busy and x.status.value == "1 row(s)"  # cleared when done
    assert (x.last_seconds > BUSY_AFTER) is busy
    if busy:
        assert seen.index(BUSY) < seen.index("1 row(s)")


def test_a_slow_chart_pick_shows_busy_then_its_count(corpus1, monkeypatch):
    import time

    from workbench.ui import _chart_pick
    from workbench.ui._panel import BUSY

    picker = ui.anonymous_picker(corpus1)
    slow = _chart_pick.figure_html
    monkeypatch.setattr(_chart_pick, "figure_html", lambda fig: (time.sleep(0.8), slow(fig))[1])
    seen: list[str] = []
    picker.where.observe(lambda change: seen.append(change["new"]), names="value")
    picker.pick(picker.choices[0])
    assert seen[0] == BUSY and "behind this" in picker.where.value
