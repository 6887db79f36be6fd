"""The features and the arithmetic of the learned-filter study (bench/quote_filter_features.py,
bench/train_quote_filter.py): what each statement is described by, what is never dropped, and
the scorer's F1 after a drop. Sentences written for these tests."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import quote_filter_features as qf  # noqa: E402
import train_quote_filter as tq  # noqa: E402

from workbench.quotes import quote_records  # noqa: E402
from workbench.quotes._doc import default_paragraphs  # noqa: E402
from workbench.text import sentence_spans  # noqa: E402

TEXT = (
    "Harbour Board Weighs New Ferry Route\n\n"
    "The harbour board met on Tuesday to discuss a second ferry route. "
    '"We cannot wait another winter," Maria Lenz, the board chair, said after the vote.\n\n'
    "Lenz believes that the town will grow by a third.\n\n"
    "Officials pledged to repair the old pier before the summer."
)


def _described(text):
    ps = default_paragraphs(text)
    ss = [(p + a, p + b) for p, e in ps for a, b in sentence_spans(text[p:e])]
    records = quote_records(text, paragraphs=ps, sentences=ss)
    x = qf.features(text, ps, ss, records, {"say": 0})
    return records, [
        {qf.FEATURES[i] if i < len(qf.FEATURES) else "lemma:say" for i in row.nonzero()[0]} for row in x
    ]


def test_a_quotation_is_described_by_its_marks_and_speaker_after_it():
    records, named = _described(TEXT)
    assert [r["kind"] for r in records] == ["direct", "indirect", "indirect"]
    assert {"kind:direct", "marks:inside", "speaker:after", "form:say:past", "lemma:say"} <= named[0]
    assert "marks:inside" not in named[1] and "kind:indirect" in named[1]


def test_no_feature_measures_the_statements_length():
    # the benchmark keeps statements of four words or more; a length feature would learn that
    assert not [f for f in qf.FEATURES if "word" in f or "length" in f or "long" in f]


def _record(text, start, end, cue, lemma, kind="indirect"):
    return {
        "kind": kind,
        "cue": cue,
        "cue_lemma": lemma,
        "source_type": "person",
        "anonymous": False,
        "speaker": "the mayor",
        "speaker_start": 0,
        "speaker_name": "mayor",
        "role": None,
        "source_key": "mayor",
        "parts": f"{start}-{end}",
        "char_start": start,
        "char_end": end,
    }


def test_the_words_before_the_cue_give_its_shape():
    for text, shape in (
        ("The mayor did not say that the budget would pass.", "shape:negated"),
        ("The mayor would say that the budget was sound.", "shape:conditional"),
        ("The mayor is expected to say that the budget will pass.", "shape:future"),
        ("The mayor said that the budget would pass.", None),
    ):
        start = text.index("the budget")
        rec = _record(text, start, len(text) - 1, "say" if " say " in text else "said", "say")
        row = qf.features(text, [(0, len(text))], [(0, len(text))], [rec], {})[0]
        shapes = {f for f, v in zip(qf.FEATURES, row) if v and f.startswith("shape:")}
        assert shapes == ({shape} if shape else set()), text


def test_guideline_statements_are_never_dropped():
    records, _ = _described(TEXT)
    quotation, belief, promise = records
    for level in ("guidelines", "quotations"):
        assert qf.protected(quotation, level)
    # a belief and a promise: our guidelines annotate them, PolNeAR mostly does not
    assert qf.protected(belief) and qf.protected(promise)
    assert not qf.protected(belief, "quotations") and not qf.protected(promise, "quotations")
    assert not qf.protected(quotation, "none")


def test_crossed_features_follow_their_names():
    records, _ = _described(TEXT)
    ps = default_paragraphs(TEXT)
    ss = [(p + a, p + b) for p, e in ps for a, b in sentence_spans(TEXT[p:e])]
    x = qf.crossed(qf.features(TEXT, ps, ss, records, {"say": 0}))
    names = qf.feature_names(["say"])
    assert x.shape == (3, len(names))
    row = dict(zip(names, x[0]))
    assert row["direct*marks:inside"] == 1.0 and row["indirect*marks:inside"] == 0.0


def test_f1_after_a_drop_counts_lost_recall():
    y = np.array([1.0, 1.0, 0.0, 0.0])
    none = np.zeros(4, bool)
    assert tq.f1_after(y, none, 4) == (0.5, 0.5, 0.5)
    f, p, r = tq.f1_after(y, np.array([False, False, True, True]), 4)
    assert (p, r) == (1.0, 0.5) and abs(f - 2 / 3) < 1e-12
    f, p, r = tq.f1_after(y, np.array([True, False, True, True]), 4)
    assert (p, r) == (1.0, 0.25)


def test_the_threshold_drops_only_unprotected_unlikely_statements():
    y = np.array([1.0, 1.0, 0.0, 0.0])
    prob = np.array([0.9, 0.8, 0.1, 0.05])
    t, f = tq.best_threshold(prob, y, np.zeros(4, bool), 4)
    assert 0.1 < t <= 0.8 and abs(f - 2 / 3) < 1e-12
    # protected, nothing can be dropped: no threshold
    t, f = tq.best_threshold(prob, y, np.ones(4, bool), 4)
    assert t == 0.0 and f == 0.5
