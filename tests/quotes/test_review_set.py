"""The review sentences and their saved records (bench/review_diff.py) stay a matching pair."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import review_diff  # noqa: E402


def test_every_review_sentence_has_saved_records():
    saved = json.loads((review_diff.REVIEW_DIR / "records.json").read_text(encoding="utf-8"))
    texts = review_diff.sentences()
    assert len(texts) == len(set(texts)) > 700
    assert sorted(saved) == sorted(texts)


def test_changed_lists_only_the_sentences_whose_records_differ():
    old = {"A said it.": [["it", "A", "A", "person", "said"]], "B spoke.": []}
    new = {
        "A said it.": [["it", "A", "A", "person", "said"]],
        "B spoke.": [["x", "B", "B", "person", "spoke"]],
    }
    assert review_diff.changed(old, new) == ["B spoke."]


def test_records_read_a_sentence_as_the_quote_rules_do():
    text = "The coach said the team had played well."
    (row,) = review_diff.records([text])[text]
    assert row[:2] == ["the team had played well", "The coach"]


def test_a_literal_line_break_in_a_review_text_is_read_as_one():
    text = "Intro.\\n\\nThe coach said the team had played well."
    (row,) = review_diff.records([text])[text]
    assert row[0] == "the team had played well"
