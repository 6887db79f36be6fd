"""Regression floor for quote extraction on the independent gold set (tests/data/quotes/).

Runs ``extract_quotes`` over all 14 gold articles and the ``heldout/``, ``heldout2/``,
``heldout3/``, ``heldout4/``, ``heldout5/`` and ``heldout6/`` articles (raw file text; all
but heldout6 are development data now)
and the two seed reports
(``corpus.quotes`` of ``wb.load_corpus()``, offsets projected from ``documents.text``) and
scores them with ``bench/score_quotes.py``. Fails when a figure drops more than
``TOLERANCE`` below what was measured when the rules were last tuned.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from workbench.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[2]
QUOTES_DIR = ROOT / "tests" / "data" / "quotes"

# Measured on 2026-11-22 (issue 3, speaker-resolution pass) with bench/score_quotes.py: all
# 14 gold articles, 105 gold quotes, and the seeds. All 14 articles were development data for
# this pass (before it: quote F1 0.971, speaker accuracy 0.922, exact F1 0.905), so these are
# not held-out figures. Re-measured unchanged after the generalisation pass below.
MEASURED_ARTICLES_QUOTE_F1 = 0.995
MEASURED_ARTICLES_SPEAKER_ACCURACY = 1.0
MEASURED_ARTICLES_EXACT_F1 = 0.957
# Measured on 2026-11-22 (issue 3, generalisation pass) on tests/data/quotes/heldout/: 10
# articles, 93 gold quotes, written independently of the rules. Before this pass it measured
# quote F1 0.913, speaker accuracy 0.823, exact F1 0.844; the pass used its failures to find
# general mechanisms, so it is development data now too, not a held-out figure.
# Re-measured after the round-4 pass below (was 0.955 / 0.941 / 0.888), and after the
# issue-3 round-2 speaker pass (was 0.961 / 0.988 / 0.894).
MEASURED_HELDOUT_QUOTE_F1 = 0.967
MEASURED_HELDOUT_SPEAKER_ACCURACY = 1.0
MEASURED_HELDOUT_EXACT_F1 = 0.911
# Measured on 2026-11-22 (issue 3, round 4) on tests/data/quotes/heldout2/: 10 articles, 104
# gold quotes, written independently of the rules. Held out before this pass it measured quote
# F1 0.951, speaker accuracy 0.875, exact F1 0.861; the pass used its failures (cataphora by
# role, relatives, "of" in organisation names, possessives, salience), so it is development
# data now, not a held-out figure.
# Re-measured after the heldout3 speaker pass below (was 0.966 / 1.0 / 0.868), and after the
# issue-3 round-3 pass (was 0.976 / 1.0 / 0.879: a quote that ends a narration sentence no longer
# takes the next sentence's cue).
MEASURED_HELDOUT2_QUOTE_F1 = 0.976
MEASURED_HELDOUT2_SPEAKER_ACCURACY = 1.0
MEASURED_HELDOUT2_EXACT_F1 = 0.889
# Measured on tests/data/quotes/heldout3/: 10 articles, 90 gold quotes, written independently.
# Its earlier figures (quote F1 0.949, speaker accuracy 0.869, exact F1 0.927) were the honest
# held-out measurement before the issue-3 speaker pass; that pass used its failures (participial
# openers, ages and nationalities as nouns, appositive roles in cataphora, post-modified ledes,
# possessors as salient persons), so heldout3 is development data from now on, not a held-out
# figure. Re-measured after the issue-3 round-2 speaker pass (was 0.955 / 0.965 / 0.933): a
# descriptor now keeps its participle clause ("customs officer currently working at
# Saltmere"), the 3 speakers the scorer had read by the head noun "working".
MEASURED_HELDOUT3_QUOTE_F1 = 0.961
MEASURED_HELDOUT3_SPEAKER_ACCURACY = 1.0
MEASURED_HELDOUT3_EXACT_F1 = 0.939
# tests/data/quotes/heldout4/: 10 articles, 114 required gold quotes, written blind to the
# extractor and the other sets. First scored untouched at quote F1 0.931, speaker accuracy
# 0.891, exact F1 0.876: the honest held-out figure of issue 3 round 1. Development data from
# round 2 on (its failures led to the round-2 rules), so the figures below are not held out.
# Its 2 remaining wrong speakers are "Dean" (gold: the given name the article gives), whom the
# relative rule names "Dean Ashworth" as heldout2's gold names "Ewan Calloway".
MEASURED_HELDOUT4_QUOTE_F1 = 0.987
MEASURED_HELDOUT4_SPEAKER_ACCURACY = 0.982
MEASURED_HELDOUT4_EXACT_F1 = 0.943
# tests/data/quotes/heldout5/: 10 articles, 118 required gold quotes, written blind to the
# extractor and the other sets. First scored untouched after issue-3 round 2 at quote F1 0.933,
# speaker accuracy 0.856, exact F1 0.870: the honest held-out figure of round 2. Development
# data from round 3 on (its failures led to the round-3 rules), so the figures below are not
# held out. Its 2 remaining wrong speakers are "Daniel" (gold: the given name the article
# gives), whom the relative rule names "Daniel Osei-Lind", as with heldout4's "Dean".
MEASURED_HELDOUT5_QUOTE_F1 = 0.933
MEASURED_HELDOUT5_SPEAKER_ACCURACY = 0.981
MEASURED_HELDOUT5_EXACT_F1 = 0.897
# tests/data/quotes/heldout6/: 10 articles, 114 required gold quotes (5 optional), written blind
# to the extractor and the other sets. Scored untouched after issue-3 round 3: the honest
# held-out figure of round 3. No rule has been tuned on it.
MEASURED_HELDOUT6_QUOTE_F1 = 0.908
MEASURED_HELDOUT6_SPEAKER_ACCURACY = 0.909
MEASURED_HELDOUT6_EXACT_F1 = 0.817
MEASURED_SEEDS_QUOTE_F1 = 0.933
MEASURED_SEEDS_SPEAKER_ACCURACY = 1.0
MEASURED_SEEDS_EXACT_F1 = 0.933
#: a figure may fall this far below the measurement before the test fails (one or two quotes)
TOLERANCE = 0.02


def _scorer():
    spec = importlib.util.spec_from_file_location("score_quotes", ROOT / "bench" / "score_quotes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _goldkit():
    """tests/data/quotes/goldkit.py: the one loader and checker of the gold sets."""
    spec = importlib.util.spec_from_file_location("goldkit", QUOTES_DIR / "goldkit.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["goldkit"] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


GOLDKIT = _goldkit()


def _prediction(row) -> dict:
    speaker = (
        row["speaker_name"]
        if isinstance(row["speaker_name"], str) and row["speaker_name"]
        else row["speaker"]
    )
    return {
        "start": int(row["char_start"]),
        "end": int(row["char_end"]),
        "speaker": speaker if isinstance(speaker, str) else None,
        "kind": str(row["kind"]),
        "anonymous": bool(row["anonymous"]),
    }


@pytest.fixture(scope="module")
def sq():
    return _scorer()


@pytest.mark.parametrize(
    "folder, n_files, quote_f1, speaker_accuracy, exact_f1",
    [
        (".", 14, MEASURED_ARTICLES_QUOTE_F1, MEASURED_ARTICLES_SPEAKER_ACCURACY, MEASURED_ARTICLES_EXACT_F1),
        (
            "heldout",
            10,
            MEASURED_HELDOUT_QUOTE_F1,
            MEASURED_HELDOUT_SPEAKER_ACCURACY,
            MEASURED_HELDOUT_EXACT_F1,
        ),
        (
            "heldout2",
            10,
            MEASURED_HELDOUT2_QUOTE_F1,
            MEASURED_HELDOUT2_SPEAKER_ACCURACY,
            MEASURED_HELDOUT2_EXACT_F1,
        ),
        (
            "heldout3",
            10,
            MEASURED_HELDOUT3_QUOTE_F1,
            MEASURED_HELDOUT3_SPEAKER_ACCURACY,
            MEASURED_HELDOUT3_EXACT_F1,
        ),
        (
            "heldout4",
            10,
            MEASURED_HELDOUT4_QUOTE_F1,
            MEASURED_HELDOUT4_SPEAKER_ACCURACY,
            MEASURED_HELDOUT4_EXACT_F1,
        ),
        (
            "heldout5",
            10,
            MEASURED_HELDOUT5_QUOTE_F1,
            MEASURED_HELDOUT5_SPEAKER_ACCURACY,
            MEASURED_HELDOUT5_EXACT_F1,
        ),
        (
            "heldout6",
            10,
            MEASURED_HELDOUT6_QUOTE_F1,
            MEASURED_HELDOUT6_SPEAKER_ACCURACY,
            MEASURED_HELDOUT6_EXACT_F1,
        ),
    ],
)
def test_gold_articles(sq, folder, n_files, quote_f1, speaker_accuracy, exact_f1):
    gold = GOLDKIT.SETS["gold" if folder == "." else folder]
    files = [rec["file"] for rec in GOLDKIT.load(gold.name)]
    assert len(files) == n_files
    preds = {}
    for name in files:
        text = (gold.folder / name).read_text(encoding="utf-8")
        preds[name] = [_prediction(r) for r in extract_quotes(text).to_dict("records")]
    res = sq.score(preds, gold.path)
    assert res["quote"]["f1"] >= quote_f1 - TOLERANCE, res["quote"]
    assert res["speaker_accuracy"] >= speaker_accuracy - TOLERANCE, res["speaker_accuracy"]
    assert res["exact"]["f1"] >= exact_f1 - TOLERANCE, res["exact"]


def test_seed_reports(sq, corpus):
    q = corpus.quotes
    preds, texts = {}, {}
    for doc_id, text in zip(corpus.documents["doc_id"], corpus.documents["text"]):
        preds[doc_id] = [_prediction(r) for r in q[q["doc_id"] == doc_id].to_dict("records")]
        texts[doc_id] = text
    res = sq.score(preds, QUOTES_DIR / "seeds_gold.jsonl", pred_texts=texts)
    assert res["quote"]["f1"] >= MEASURED_SEEDS_QUOTE_F1 - TOLERANCE, res["quote"]
    assert res["speaker_accuracy"] >= MEASURED_SEEDS_SPEAKER_ACCURACY - TOLERANCE, res["speaker_accuracy"]
    assert res["exact"]["f1"] >= MEASURED_SEEDS_EXACT_F1 - TOLERANCE, res["exact"]


@pytest.mark.parametrize("name", sorted(GOLDKIT.SETS))
def test_gold_sets_are_sound(name):
    # text == file_text[start:end], the schema, text order, the scorer's own check
    assert GOLDKIT.check_set(name) == []
