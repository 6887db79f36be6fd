"""workbench.sources: sources across the corpus, share of voice, reporting verbs; the
quote browser and the source charts."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest

import workbench as wb
from workbench.filters import Filters, filter_quotes
from workbench.quotes import (
    NARRATOR,
    SOURCE_COLUMNS,
    build_sources,
    quotes_table,
    reporting_verbs,
    share_of_voice,
    source_entities,
    sources_table,
)
from workbench.quotes._sources import slug
from workbench.ui import QuoteBrowser, quotes_html
from workbench.ui import _source_plots as source_plots

from ..conftest import MT, VIEW, write

matplotlib.use("Agg")


@pytest.fixture(scope="module")
def seed_quotes(corpus):
    return quotes_table(corpus)


def test_sources_of_the_two_reports(corpus, seed_quotes):
    s = sources_table(corpus, quotes=seed_quotes).set_index("source_id")
    assert list(s.reset_index().columns) == SOURCE_COLUMNS
    assert {"elena-suponina", "dmitry-peskov", "sergei-ryabkov", "dmitry-suslov"} <= set(s.index)
    official = s[s["doc_ids"] == MT]
    assert len(official) == 1 and official["anonymous"].all()
    assert official["name"].iloc[0] == "former United States official"
    assert official["n_quotes"].iloc[0] == 26
    assert s.loc["elena-suponina", "role"] == "political scientist, RIAC expert"
    assert not s.loc["elena-suponina", "anonymous"]
    assert s.loc["dmitry-suslov", "doc_ids"] == VIEW
    assert s["n_words"].sum() == seed_quotes["n_words"].sum()


def test_build_sources_does_not_change_its_input(seed_quotes):
    before = seed_quotes.copy()
    build_sources(seed_quotes)
    pd.testing.assert_frame_equal(seed_quotes, before)


def _q(doc, name, anon, key, n=5, role=pd.NA, cue="say"):
    return {
        "doc_id": doc,
        "speaker_name": name,
        "anonymous": anon,
        "source_key": key,
        "n_words": n,
        "role": role,
        "cue_lemma": cue,
    }


def test_merging_across_documents():
    quotes = pd.DataFrame(
        [
            _q("a", "Elena Suponina", False, "name:Elena Suponina", role="political scientist"),
            _q("b", "Suponina", False, "name:Suponina"),
            _q("a", "senior official", True, "anon:senior official"),
            _q("b", "senior official", True, "anon:senior official"),
            _q("b", "former official", True, "anon:former official in Kyiv", cue="claim"),
        ]
    )
    sources, q = build_sources(quotes)
    s = sources.set_index("source_id")
    assert s.loc["elena-suponina", "doc_ids"] == "a|b" and s.loc["elena-suponina", "n_quotes"] == 2
    assert s.loc["anon-senior-official", "doc_ids"] == "a|b"  # identical descriptors merge
    assert s.loc["anon-former-official-in-kyiv", "name"] == "former official"
    assert list(q["source_id"]) == [
        "elena-suponina",
        "elena-suponina",
        "anon-senior-official",
        "anon-senior-official",
        "anon-former-official-in-kyiv",
    ]
    verbs = reporting_verbs(q)
    assert verbs.set_index(["source_id", "cue_lemma"]).loc[("elena-suponina", "say"), "n"] == 2


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Elena Suponina", "elena-suponina"),
        ("Émile Zola", "emile-zola"),
        ("", "unknown"),
        ("U.S. official", "u-s-official"),
    ],
)
def test_slug(name, expected):
    assert slug(name) == expected


def test_share_of_voice_sums_to_one_and_includes_narrator(corpus, seed_quotes):
    sov = share_of_voice(corpus, quotes=seed_quotes)
    assert list(sov.columns) == ["doc_id", "source_id", "name", "n_words", "share"]
    sums = sov.groupby("doc_id")["share"].sum()
    assert ((sums - 1).abs() < 1e-9).all()
    assert (sov["source_id"] == NARRATOR).sum() == len(corpus.documents)
    mt = sov[sov["doc_id"] == MT].set_index("source_id")
    # one voice besides the narrator's carries close to half of the report
    assert len(mt) == 2 and mt["share"].drop(NARRATOR).iloc[0] > 0.4


def test_share_of_voice_of_a_document_without_quotes(tmp_path):
    write(tmp_path, "plain.txt", "The council met on Tuesday and approved the budget for next year.\n")
    c = wb.load_corpus(tmp_path, cache=False, progress=False)
    sov = share_of_voice(c)
    assert list(sov["source_id"]) == [NARRATOR] and sov["share"].iloc[0] == 1.0


def test_reporting_verbs_per_source(seed_quotes):
    verbs = reporting_verbs(seed_quotes)
    suslov = verbs[verbs["source_id"] == "dmitry-suslov"].set_index("cue_lemma")["n"]
    assert suslov["say"] >= 3 and suslov["believe"] == 1 and suslov["explain"] == 1


def test_source_entities_counts_mentions_inside_statements(seed_quotes):
    text_start = seed_quotes[seed_quotes["source_id"] == "dmitry-peskov"].iloc[0]
    ents = pd.DataFrame(
        {
            "doc_id": [VIEW, VIEW],
            "entity": ["Peskov-topic", "Outside"],
            "label": ["ORG", "GPE"],
            "char_start": [text_start["char_start"], 0],
            "char_end": [text_start["char_start"] + 3, 3],
        }
    )
    co = source_entities(seed_quotes, ents)
    assert co.to_dict("records") == [
        {"source_id": "dmitry-peskov", "entity": "Peskov-topic", "label": "ORG", "n": 1}
    ]


def test_quote_browser_headless(corpus, seed_quotes):
    b = QuoteBrowser(corpus, seed_quotes)
    assert len(b.table) == len(seed_quotes)
    b.reports.value = (VIEW,)
    b.sources.value = ("dmitry-suslov",)
    assert set(b.table["source_id"]) == {"dmitry-suslov"} and len(b.table) >= 5
    b.kinds.value = ("indirect",)
    assert b.table.empty and "No matches" in b.view.value
    b.kinds.value = b.kinds.options  # every kind selected: no kind filter
    b.search.value = "Putin-Biden summit"
    assert len(b.table) == 1 and "<mark" in b.view.value and "Dmitry Suslov" in b.view.value
    assert "1 statement(s)" in b.status.value
    b.search.value = ""
    b.filters.sentiment.value = (0.5, 1.0)  # the shared panel's sentiment range applies too
    assert all(corpus.sentences.set_index("sent_id").loc[b.table["sent_id"], "sentiment"] >= 0.5)


def test_quotes_html_escapes_document_text(tmp_path):
    write(
        tmp_path,
        "x.txt",
        'The council met today.\n\n"We <script>alert(1)</script> will win," said Anna Berg.\n',
    )
    c = wb.load_corpus(tmp_path, cache=False, progress=False)
    q = quotes_table(c)
    html = quotes_html(c, q)
    assert "<script>" not in html and "&lt;script&gt;" in html and "Anna Berg" in html


def test_filter_quotes_search_is_plain_text(seed_quotes):
    assert filter_quotes(seed_quotes, Filters(search="[a-z]+")).empty
    assert (
        len(filter_quotes(seed_quotes, Filters(search="RIAC")))
        == (seed_quotes["source_id"] == "elena-suponina").sum()
    )


def test_charts_return_figures(corpus, seed_quotes):
    fig = source_plots.share_of_voice_chart(share_of_voice(corpus, quotes=seed_quotes))
    assert len(fig.axes[0].patches) >= 5
    fig2 = source_plots.named_vs_anonymous_chart(seed_quotes)
    assert fig2.axes[0].get_xlabel() == "statements"
    m = pd.DataFrame([[1, 0], [2, 3]], index=["a", "b"], columns=["x", "y"])
    fig3 = source_plots.source_entity_heatmap(m)
    assert [t.get_text() for t in fig3.axes[0].get_xticklabels()] == ["x", "y"]
