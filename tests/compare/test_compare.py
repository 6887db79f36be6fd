"""Side-by-side comparison: groups, provenance, claim alignment, the explorer widget.

The alignment fixture (tests/data/compare/claims, described in its README.md) holds three
hand-written paraphrase pairs and six unrelated statements."""

from pathlib import Path

import pandas as pd
import pytest

import workbench as wb
from workbench.compare._align import (
    SHARED_THRESHOLD,
    align_claims,
    alignment_scores,
    label_pairs,
    similarity,
    stem,
)
from workbench.compare._groups import make_groups, statements
from workbench.compare._provenance import provenance, translation_evidence
from workbench.ui import CompareExplorer, alignment_html

from ..conftest import MT, VIEW, write

CLAIMS = Path(__file__).parents[1] / "data" / "compare" / "claims"
PARAPHRASES = [
    ("report_a:s0001", "report_b:s0001"),
    ("report_a:s0002", "report_b:s0002"),
    ("report_a:s0005", "report_b:s0003"),
]
ONLY_A = ["report_a:s0003", "report_a:s0004", "report_a:s0006"]
ONLY_B = ["report_b:s0004", "report_b:s0005", "report_b:s0006"]


@pytest.fixture(scope="module")
def claims():
    return wb.load_corpus(CLAIMS, cache=False, progress=False)


@pytest.fixture(scope="module")
def aligned(claims):
    g = make_groups(claims)
    return align_claims(claims, a=g["report_a"], b=g["report_b"])


@pytest.mark.parametrize("a_id, b_id", PARAPHRASES)
def test_paraphrase_pairs_are_shared(aligned, a_id, b_id):
    row = aligned[(aligned["a_id"] == a_id) & (aligned["b_id"] == b_id)]
    assert list(row["label"]) == ["shared"]
    assert row["score"].iloc[0] >= SHARED_THRESHOLD


@pytest.mark.parametrize(
    "sid, label, side",
    [(s, "only in A", "a_id") for s in ONLY_A] + [(s, "only in B", "b_id") for s in ONLY_B],
)
def test_unrelated_statements_are_not_shared(aligned, sid, label, side):
    rows = aligned[aligned[side] == sid]
    assert list(rows["label"]) == [label]
    assert rows["score"].iloc[0] < SHARED_THRESHOLD


def test_alignment_columns_and_shared_entities(aligned):
    assert list(aligned.columns) == [
        "label",
        "a_id",
        "a_doc_id",
        "a_text",
        "b_id",
        "b_doc_id",
        "b_text",
        "score",
        "words",
        "entities",
        "shared_entities",
    ]
    lemaire = aligned[aligned["a_id"] == "report_a:s0005"].iloc[0]
    assert "Bruno Lemaire" in lemaire["shared_entities"].split("|")
    assert aligned["score"].between(0, 1).all()


def test_alignment_is_deterministic_and_leaves_inputs_alone(claims):
    g = make_groups(claims)
    before = claims.sentences.copy()
    first = align_claims(claims, a=g["report_a"], b=g["report_b"])
    second = align_claims(claims, a=g["report_a"], b=g["report_b"])
    pd.testing.assert_frame_equal(first, second)
    pd.testing.assert_frame_equal(claims.sentences, before)


def test_threshold_moves_pairs_between_labels(claims):
    g = make_groups(claims)
    scores = alignment_scores(claims, a=g["report_a"], b=g["report_b"])
    pd.testing.assert_frame_equal(
        label_pairs(scores, threshold=0.2),
        align_claims(claims, a=g["report_a"], b=g["report_b"], threshold=0.2),
    )
    none = align_claims(claims, a=g["report_a"], b=g["report_b"], threshold=1.01)
    assert "shared" not in set(none["label"])
    assert (none["label"] == "only in A").sum() == 6 and (none["label"] == "only in B").sum() == 6


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("Talks between France and Germany began.", "Negotiations between France and Germany began.", True),
        ("The minister refused to sign the treaty.", "The minister declined to sign the agreement.", True),
        ("Prices of milk fell in Brittany.", "A striker joined a club in Manchester.", False),
    ],
)
def test_similarity_folds_synonyms_and_inflections(a, b, expected):
    score, words, _ents = similarity([a], [b])
    assert bool(words[0, 0] >= SHARED_THRESHOLD) is expected


@pytest.mark.parametrize(
    "word, expected",
    [
        ("negotiating", "negoti"),
        ("negotiation", "negoti"),
        ("negotiated", "negoti"),
        ("talk", "talk"),
        ("refused", "refus"),
    ],
)
def test_stem(word, expected):
    assert stem(word) == expected


def test_groups_by_document_outlet_and_source(corpus):
    by_doc = make_groups(corpus, by="doc_id")
    assert by_doc == {MT: frozenset({MT}), VIEW: frozenset({VIEW})}
    by_outlet = make_groups(corpus, by="outlet")
    assert by_outlet == {"The Moscow Times": frozenset({MT}), "VIEW": frozenset({VIEW})}
    by_source = make_groups(corpus, by="source_id")
    assert "narrator" in by_source and "elena-suponina" in by_source
    st = statements(corpus, by_source["elena-suponina"], unit="quote")
    assert len(st) == 5 and set(st["doc_id"]) == {VIEW}
    sentences = statements(corpus, by_source["elena-suponina"], unit="sentence")
    assert len(sentences) > len(st)  # her quotes run over several sentences
    narrated = statements(corpus, by_source["narrator"], unit="sentence")
    assert not set(narrated["id"]) & set(sentences["id"])
    with pytest.raises(ValueError):
        make_groups(corpus, by="author")


def test_provenance_of_the_seeds(corpus):
    g = make_groups(corpus)
    prov = provenance(corpus, g).set_index("field")
    assert prov.at["original source", MT] == "The Moscow Times"
    assert prov.at["original source", VIEW] == "VIEW"
    assert prov.at["translation", MT] == "unknown"
    assert prov.at["translation", VIEW].startswith("likely")
    assert prov.at["sources named", MT] == "0"
    assert prov.at["sources anonymous", MT].startswith("1:")
    assert "Elena Suponina" in prov.at["sources named", VIEW]
    assert prov.at["sentences", MT] == str((corpus.sentences["doc_id"] == MT).sum())
    assert prov.at["mean tone [95% CI]", VIEW].count("[") == 1
    pd.testing.assert_frame_equal(prov, provenance(corpus, g).set_index("field"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Translated from the Russian by our staff. The talks went on.", "yes"),
        ("Translation by Anna Smith. The talks went on.", "yes"),
        ("The minister spoke of a translation error in the treaty.", "unknown"),  # a mention, not a credit
        ("The talks went on all week in Geneva.", "unknown"),
    ],
)
def test_translation_cues(tmp_path, text, expected):
    write(
        tmp_path, "doc.txt", "A headline here\n\n" + text + " The delegates met again on Friday and agreed.\n"
    )
    c = wb.load_corpus(tmp_path, cache=False, progress=False)
    assert translation_evidence(c, c.documents["doc_id"].iloc[0]).startswith(expected)


def test_alignment_html_escapes_document_text():
    table = pd.DataFrame(
        [
            {
                "label": "only in A",
                "a_id": "x:s1",
                "a_text": "<script>alert(1)</script>",
                "b_id": "y:s1",
                "b_text": '<img src=x onerror="alert(2)">',
                "score": 0.1,
                "shared_entities": "<b>",
            }
        ]
    )
    out = alignment_html(table, names=("<A>", "B"))
    assert "<script>" not in out and "<img" not in out and "<b>" not in out and "<A>" not in out
    assert "&lt;script&gt;" in out and "&lt;img" in out


def test_explorer_headless(corpus):
    x = CompareExplorer(corpus)
    assert (x.group_a.value, x.group_b.value) == (MT, VIEW)
    full = len(x.table)
    assert full == len(x.alignment) > 0
    x.threshold.value = 0.0
    assert set(x.alignment["label"]) == {"shared"}
    x.labels.value = ("only in A",)
    assert len(x.table) == 0 and "no matches" in x.status.value
    x.threshold.value = 1.0
    assert len(x.table) == (corpus.sentences["doc_id"] == MT).sum()
    x.grouping.value = "sources"
    assert x.group_a.value in x.picker.all and x.group_a.value != x.group_b.value
    x.unit.value = "quote"
    assert set(x.alignment["a_id"].dropna()) <= set(corpus.quotes["quote_id"])


def test_explorer_escapes_a_hostile_document(tmp_path):
    write(
        tmp_path, "a.txt", "Headline one\n\nThe talks in Geneva <script>alert(1)</script> went on for days.\n"
    )
    write(
        tmp_path,
        "b.txt",
        "Headline two\n\nThe talks in Geneva <img src=x onerror=alert(2)> went on for days.\n",
    )
    c = wb.load_corpus(tmp_path, cache=False, progress=False)
    x = CompareExplorer(c)
    x.threshold.value = 1.0
    assert "<script>" not in x.view.value and "<img" not in x.view.value
