"""Document and block language: scripts, short lines, article blocks."""

from __future__ import annotations

import pytest

from workbench.text import detect_block, detect_document, main_script

ENGLISH = (
    "The talks were held in secret over several months, according to people familiar "
    "with the matter, and neither government has confirmed that they took place."
)
RUSSIAN = (
    "Переговоры велись тайно в течение нескольких месяцев, сообщили источники, знакомые "
    "с ситуацией, и ни одно из правительств не подтвердило, что они состоялись."
)


@pytest.mark.parametrize(
    "text, script",
    [
        (ENGLISH, "LATIN"),
        (RUSSIAN, "CYRILLIC"),
        ("Ça coûte très cher, déclare-t-il.", "LATIN"),
        ("12 345 — 678", None),
        ("東京で会談が行われた", "HIRAGANA"),
    ],
)
def test_main_script(text, script):
    assert main_script(text) == script


def test_document_language():
    assert detect_document(ENGLISH) == "en"
    assert detect_document(RUSSIAN) == "ru"
    assert detect_document("2026 — 11 — 22") is None


def test_article_block_takes_the_document_language():
    # a short article line says too little for the identifier; the document's language holds
    assert detect_block("Update", document_language="en", document_script="LATIN", in_article=True) == "en"
    assert detect_block(ENGLISH, document_language="en", document_script="LATIN", in_article=True) == "en"


def test_block_in_another_script_is_identified():
    assert detect_block(RUSSIAN, document_language="en", document_script="LATIN", in_article=True) == "ru"
    assert detect_block(RUSSIAN, document_language="en", document_script="LATIN") == "ru"


@pytest.mark.parametrize("in_article", [True, False])
def test_block_without_letters_has_no_language(in_article):
    assert (
        detect_block("12:45 | 1,024", document_language="en", document_script="LATIN", in_article=in_article)
        is None
    )
    # digits past the sample the short path reads, then one letter: still too few letters
    assert (
        detect_block("1 " * 300 + "a", document_language="en", document_script="LATIN", in_article=in_article)
        is None
    )
    assert (
        detect_block(
            "1 " * 300 + "ab", document_language="en", document_script="LATIN", in_article=in_article
        )
        is not None
    )


# ---------------------------------------------------------------- the identifier, in batches

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from workbench.config import RAW_DIR  # noqa: E402
from workbench.text._langid_batch import MAX_DEPTH, BatchClassifier  # noqa: E402
from workbench.text._language import _identifier  # noqa: E402

MIXED = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=32, max_codepoint=126),
        st.characters(min_codepoint=0x400, max_codepoint=0x4FF),
        st.characters(blacklist_categories=("Cc",)),
    ),
    max_size=300,
)


@pytest.mark.parametrize("restricted", [False, True])
@settings(max_examples=60, deadline=None)
@given(texts=st.lists(MIXED, max_size=12))
def test_batch_classifier_equals_classify(restricted, texts):
    ident = _identifier(restricted)
    assert BatchClassifier(ident).classify(texts) == [ident.classify(t) for t in texts]


def test_batch_classifier_on_real_lines():
    lines = [
        line[:400]
        for p in sorted(RAW_DIR.glob("*.txt"))
        for line in p.read_text(encoding="utf-8").splitlines()
    ]
    assert len(lines) > 100
    lines += [ENGLISH, RUSSIAN, ENGLISH.upper(), "", "  ", "a"]
    for restricted in (False, True):
        ident = _identifier(restricted)
        assert BatchClassifier(ident).classify(lines) == [ident.classify(t) for t in lines]


def test_automaton_is_no_deeper_than_the_batch_walk_reads():
    """Walking the last MAX_DEPTH bytes gives every state only if no state lies deeper."""
    import numpy as np

    ident = _identifier(False)
    nextmove = np.frombuffer(ident.tk_nextmove, dtype=np.uint32)
    rowbase = np.asarray(ident.tk_row, dtype=np.int64) << 8
    depth = np.full(len(rowbase), -1)
    depth[0], frontier, d = 0, np.array([0]), 0
    while len(frontier):  # breadth first: a state's depth is the length of its n-gram
        reached = np.unique(nextmove[(rowbase[frontier][:, None] + np.arange(256)).ravel()])
        frontier = reached[depth[reached] < 0]
        d += 1
        depth[frontier] = d
    assert (depth >= 0).all() and depth.max() <= MAX_DEPTH


def test_preload_and_a_caller_load_the_model_once(monkeypatch):
    from py3langid.langid import LanguageIdentifier

    from workbench.text import _language as language

    loads = []
    real = LanguageIdentifier.from_modelpath.__func__

    def counted(cls, *args, **kwargs):
        loads.append(1)
        return real(cls, *args, **kwargs)

    monkeypatch.setattr(LanguageIdentifier, "from_modelpath", classmethod(counted))
    language._load_identifier.cache_clear()
    language._classifier.cache_clear()
    try:
        thread = language.preload()
        assert language.detect_document(ENGLISH) == "en"  # meanwhile, on this thread
        thread.join()
        assert loads == [1]
        assert language._classifier(True).identifier is language._identifier(True)
    finally:  # later tests get a model loaded the ordinary way
        language._load_identifier.cache_clear()
        language._classifier.cache_clear()


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("ab Z.,1") + list("\u2019\u201c\u2014\u00e9\u00aa\u00b2\u0436\u4e2d\u3042\u05d0")
        ),
        max_size=60,
    )
)
def test_main_script_shortcuts_agree_with_counting(text):
    """main_script's shortcuts give what counting every script's letters gives."""
    from workbench.text._language import LATIN_LETTER, LETTER, SCRIPTS

    letters = LETTER.findall(text)
    if not letters:
        want = None
    elif 2 * len(LATIN_LETTER.findall(text)) > len(letters):
        want = "LATIN"
    else:
        counts = {name: len(rx.findall(text)) for name, rx in SCRIPTS.items()}
        want = max(counts, key=lambda k: counts[k]) if max(counts.values()) else None
        if want in ("HIRAGANA", "KATAKANA") or (want == "CJK" and (counts["HIRAGANA"] or counts["KATAKANA"])):
            want = "HIRAGANA"
    assert main_script(text) == want
