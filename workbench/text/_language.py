"""Language of documents and blocks, offline (py3langid ships its model)."""

from __future__ import annotations

import copy
import re
import threading
from functools import cache

from ._langid_batch import BatchClassifier
from ._resources import resource_lines

#: Below this many letters a line says too little to name a language.
MIN_LETTERS = 2
#: Normalised probability above which a block's own guess is trusted.
MIN_PROBABILITY = 0.5

#: Where the identifier is unsure, a script names its most likely language.
SCRIPT_LANGUAGE = {
    "CYRILLIC": "ru",
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "CJK": "zh",
    "ARABIC": "ar",
    "GREEK": "el",
    "HEBREW": "he",
    "THAI": "th",
    "DEVANAGARI": "hi",
}


#: Held while a model loads: preload() may be loading it on another thread.
_MODEL_LOCK = threading.RLock()


@cache
def _classifier(restricted: bool) -> BatchClassifier:
    return BatchClassifier(_identifier(restricted))


def preload() -> threading.Thread:
    """Start loading the language models on another thread. Most of the time goes into
    decompressing py3langid's model, which releases the GIL: a build reads and prepares its
    first documents meanwhile instead of waiting ~0.4 s for it."""
    thread = threading.Thread(target=_classifier, args=(True,), name="workbench-language-model", daemon=True)
    thread.start()
    return thread


def _identifier(restricted: bool):
    with _MODEL_LOCK:  # once, whichever thread asks first
        return _load_identifier(restricted)


@cache
def _load_identifier(restricted: bool):
    if restricted:
        # a copy of the full model restricted to our languages: it shares the model's
        # arrays, and loading the model again would take another half second per process
        ident = copy.copy(_identifier(False))
        ident.set_languages(resource_lines("languages.txt"))
        return ident
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


#: Letters of the scripts news is written in, as regex classes (Unicode blocks), in a fixed
#: order so ties resolve the same way everywhere. Regexes count them in one scan instead of
#: a look-up of each character's name (bench/bench_scale.py times the language stage).
SCRIPTS = {
    "LATIN": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "CYRILLIC": re.compile(r"[\u0400-\u052f]"),
    "GREEK": re.compile(r"[\u0370-\u03ff]"),
    "ARABIC": re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),
    "HEBREW": re.compile(r"[\u0590-\u05ff]"),
    "DEVANAGARI": re.compile(r"[\u0900-\u097f]"),
    "THAI": re.compile(r"[\u0e00-\u0e7f]"),
    "HANGUL": re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"),
    "HIRAGANA": re.compile(r"[\u3040-\u309f]"),
    "KATAKANA": re.compile(r"[\u30a0-\u30ff]"),
    "CJK": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"),
}
LETTER = re.compile(r"[^\W\d_]")
#: a letter outside ASCII
NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
#: runs of what is not a letter: deleting them counts letters in one pass instead of finding each
NOT_LETTERS = re.compile(r"[\W\d_]+")
#: the letters below U+0250 (Latin, with its supplements and extensions), counted in one scan
LATIN_LETTER = re.compile(
    "[" + "".join(re.escape(chr(i)) for i in range(0x250) if LETTER.match(chr(i))) + "]"
)
#: Blocks shorter than this, written in the document's script, take the document's language:
#: an identifier guesses wildly on a few words ("Update" comes out Swedish).
MIN_LETTERS_TO_IDENTIFY = 40
#: Characters of a document, and of a block, the identifier reads; more changes nothing
#: but the time (its cost grows with the text's length): on 809 documents (the dev set's
#: copies, the seeds, generated variants) 2,000 characters gave the same language as 5,000
#: for every one, in 0.8 ms instead of 1.5.
DOCUMENT_SAMPLE = 2000
BLOCK_SAMPLE = 400


def main_script(text: str) -> str | None:
    """The script most letters of ``text`` are written in (None when it has none of these)."""
    if text.isascii() or not NON_ASCII_LETTER.search(text):
        # most lines of English news (curly quotes and dashes are no letters): every letter
        # is Latin, so Latin if there is one at all
        return "LATIN" if LETTER.search(text) else None
    letters = n_letters(text)
    if not letters:
        return None
    if 2 * (len(text) - len(LATIN_LETTER.sub("", text))) > letters:
        return "LATIN"  # the common case, decided without scanning every script
    best, best_n = None, 0
    for name, pattern in SCRIPTS.items():
        n = len(pattern.findall(text))
        if n > best_n:
            best, best_n = name, n
    if (
        best == "HIRAGANA"
        or best == "KATAKANA"
        or (best == "CJK" and (SCRIPTS["HIRAGANA"].search(text) or SCRIPTS["KATAKANA"].search(text)))
    ):
        return "HIRAGANA"  # Japanese mixes kana with kanji
    return best


def n_letters(text: str) -> int:
    return len(NOT_LETTERS.sub("", text))


def _has_letters(text: str, n: int) -> bool:
    """``text`` has at least ``n`` letters (scanning only as far as it takes to see them)."""
    for i, _ in enumerate(LETTER.finditer(text), start=1):
        if i >= n:
            return True
    return n <= 0


def detect_document(text: str) -> str | None:
    """ISO 639-1 code of a document's text, or None when it has no letters."""
    if not _has_letters(text, MIN_LETTERS):
        return None
    return _classifier(False).classify([text[:DOCUMENT_SAMPLE]])[0][0]


def detect_block(
    text: str,
    *,
    document_language: str | None = None,
    document_script: str | None = None,
    in_article: bool = False,
) -> str | None:
    """Language of one block; short, unsure lines take the document's or their script's.

    ``in_article``: the block is part of the article, whose language the document's is
    (unless it is written in another script).
    """
    return detect_blocks(
        [text], [in_article], document_language=document_language, document_script=document_script
    )[0]


def detect_blocks(
    texts: list[str],
    in_article: list[bool],
    *,
    document_language: str | None = None,
    document_script: str | None = None,
) -> list[str | None]:
    """:func:`detect_block` for each of a document's blocks; the identifier reads those it
    must read all at once (several times faster than one by one)."""
    out: list = []
    unsure: list[tuple[int, str | None]] = []  # (block, its script) for the identifier
    for i, (text, article) in enumerate(zip(texts, in_article)):
        lang, script = _without_identifier(text, document_language, document_script, article)
        out.append(lang)
        if lang is _IDENTIFY:
            unsure.append((i, script))
    guesses = _classifier(True).classify([texts[i][:BLOCK_SAMPLE] for i, _ in unsure])
    for (i, block_script), (lang, prob) in zip(unsure, guesses):
        if prob >= MIN_PROBABILITY:
            out[i] = lang
        elif document_language and block_script == document_script:
            out[i] = document_language
        else:
            out[i] = SCRIPT_LANGUAGE.get(block_script or "", lang)
    return out


_IDENTIFY = object()  # a block only the identifier can name


def _without_identifier(
    text: str, document_language: str | None, document_script: str | None, in_article: bool
) -> tuple:
    """(language, script) of a block the rules name, or (_IDENTIFY, its script)."""
    if in_article and document_language:
        # an article block in the document's script is in its language: only whether the
        # block has letters at all matters, not how many (cheaper on long paragraphs)
        if not _has_letters(text, MIN_LETTERS):
            return None, None
        if main_script(text[:BLOCK_SAMPLE]) == document_script:
            return document_language, document_script
    letters = n_letters(text[:BLOCK_SAMPLE])  # only compared with thresholds below the sample's
    if letters < MIN_LETTERS_TO_IDENTIFY and len(text) > BLOCK_SAMPLE:
        letters = n_letters(text)
    if letters < MIN_LETTERS:
        return None, None
    block_script = main_script(text[:BLOCK_SAMPLE])
    if (
        document_language
        and block_script == document_script
        and (in_article or letters < MIN_LETTERS_TO_IDENTIFY)
    ):
        return document_language, block_script
    return _IDENTIFY, block_script
