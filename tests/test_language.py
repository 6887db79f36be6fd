"""Document and block language: scripts, short lines, article blocks."""
from __future__ import annotations

import pytest

from workbench.language import detect_block, detect_document, main_script

ENGLISH = ("The talks were held in secret over several months, according to people familiar "
           "with the matter, and neither government has confirmed that they took place.")
RUSSIAN = ("Переговоры велись тайно в течение нескольких месяцев, сообщили источники, знакомые "
           "с ситуацией, и ни одно из правительств не подтвердило, что они состоялись.")


@pytest.mark.parametrize("text, script", [
    (ENGLISH, "LATIN"), (RUSSIAN, "CYRILLIC"), ("Ça coûte très cher, déclare-t-il.", "LATIN"),
    ("12 345 — 678", None), ("東京で会談が行われた", "HIRAGANA"),
])
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
    assert detect_block("12:45 | 1,024", document_language="en", document_script="LATIN",
                        in_article=in_article) is None
    # digits past the sample the short path reads, then one letter: still too few letters
    assert detect_block("1 " * 300 + "a", document_language="en", document_script="LATIN",
                        in_article=in_article) is None
    assert detect_block("1 " * 300 + "ab", document_language="en", document_script="LATIN",
                        in_article=in_article) is not None
