"""Language of documents and blocks, offline (py3langid ships its model)."""
from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

from .config import RESOURCES_DIR

#: Below this many letters a line says too little to name a language.
MIN_LETTERS = 2
#: Normalised probability above which a block's own guess is trusted.
MIN_PROBABILITY = 0.5

#: Where the identifier is unsure, a script names its most likely language.
SCRIPT_LANGUAGE = {
    "CYRILLIC": "ru", "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja", "CJK": "zh",
    "ARABIC": "ar", "GREEK": "el", "HEBREW": "he", "THAI": "th", "DEVANAGARI": "hi",
}


@lru_cache(maxsize=None)
def _identifier(restricted: bool):
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    if restricted:
        lines = (RESOURCES_DIR / "languages.txt").read_text(encoding="utf-8").splitlines()
        ident.set_languages([x.strip() for x in lines if x.strip() and not x.startswith("#")])
    return ident


def script(ch: str) -> str | None:
    """The Unicode script of a letter, coarsely (first word of its name)."""
    if not ch.isalpha():
        return None
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return None
    first = name.split(" ", 1)[0]
    return "CJK" if first.startswith("CJK") else first


def main_script(text: str) -> str | None:
    """The script most letters of ``text`` are written in."""
    counts = Counter(s for s in map(script, text) if s)
    return counts.most_common(1)[0][0] if counts else None


def n_letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def detect_document(text: str) -> str | None:
    """ISO 639-1 code of a document's text, or None when it has no letters."""
    if n_letters(text) < MIN_LETTERS:
        return None
    return _identifier(False).classify(text)[0]


def detect_block(text: str, *, document_language: str | None = None,
                 document_script: str | None = None) -> str | None:
    """Language of one block; short, unsure lines take the document's or their script's."""
    if n_letters(text) < MIN_LETTERS:
        return None
    lang, prob = _identifier(True).classify(text)
    if prob >= MIN_PROBABILITY:
        return lang
    block_script = main_script(text)
    if document_language and block_script == document_script:
        return document_language
    return SCRIPT_LANGUAGE.get(block_script or "", lang)
