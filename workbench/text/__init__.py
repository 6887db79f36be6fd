"""Text utilities every later stage shares: sentences, repairs, language, dates, word lists.

A body paragraph is cut into sentences as character offsets (``sentence_spans``), with
run-in subheadings split off; repairs of the raw text (glued sentences, lost apostrophes,
contractions, mojibake) are each recorded, never applied to the raw text; the language of a
document and of each block is identified offline with py3langid's own model (batched over a
document's blocks); date expressions are found by one grammar; words are counted by one
tokenizer; whose voice each word is in (a source's statement or the narrator's) is read from
the ``quotes`` table in one place; word lists are compiled as tries, and the package's
readable resources are read by one loader.
"""

from ._alternation import alternation
from ._dates import (
    MONTHS,
    RESOLUTIONS,
    DateExpr,
    date_expressions,
    find_dates,
    find_full_dates,
    month_number,
    parse_date_expression,
    resolve_date,
)
from ._glued_breaks import glued_breaks, run_in_breaks, stop_mark_breaks
from ._language import detect_block, detect_blocks, detect_document, main_script, n_letters
from ._language import preload as preload_language_model
from ._repair import REPAIR_KINDS, Repair, apply_repairs, build_evidence, repair_text
from ._resources import read_resource, resource_lines, resource_path
from ._segment import (
    abbreviations,
    reporting_forms,
    sentence_openers,
    sentence_spans,
    sentences,
    split_run_in_heading,
)
from ._stopwords import english as english_stop_words
from ._voice import (
    MIN_QUOTED_SHARE,
    NARRATOR,
    SPEECH_KINDS,
    VERBATIM_KINDS,
    cooccurrence,
    owners,
    sentence_voices,
    statement_spans,
    word_voices,
)
from ._words import count_words, word_spans, words

__all__ = [
    "alternation",
    "MONTHS",
    "find_dates",
    "DateExpr",
    "date_expressions",
    "parse_date_expression",
    "resolve_date",
    "RESOLUTIONS",
    "find_full_dates",
    "month_number",
    "glued_breaks",
    "run_in_breaks",
    "stop_mark_breaks",
    "detect_block",
    "detect_blocks",
    "detect_document",
    "main_script",
    "n_letters",
    "preload_language_model",
    "REPAIR_KINDS",
    "Repair",
    "apply_repairs",
    "build_evidence",
    "repair_text",
    "abbreviations",
    "read_resource",
    "resource_lines",
    "resource_path",
    "count_words",
    "word_spans",
    "words",
    "reporting_forms",
    "sentence_openers",
    "sentence_spans",
    "sentences",
    "split_run_in_heading",
    "english_stop_words",
    "MIN_QUOTED_SHARE",
    "NARRATOR",
    "SPEECH_KINDS",
    "VERBATIM_KINDS",
    "cooccurrence",
    "owners",
    "sentence_voices",
    "statement_spans",
    "word_voices",
]
