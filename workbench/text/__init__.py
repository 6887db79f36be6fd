"""Text utilities every later stage shares: sentences, repairs, language, dates, word lists.

A body paragraph is cut into sentences as character offsets (``sentence_spans``), with
run-in subheadings split off; repairs of the raw text (glued sentences, lost apostrophes,
contractions, mojibake) are each recorded, never applied to the raw text; the language of a
document and of each block is identified offline with py3langid's own model (batched over a
document's blocks); date expressions are found by one grammar; word lists are compiled as
tries, and the package's readable resources are read by one loader.
"""

from ._alternation import alternation
from ._dates import find_dates
from ._language import detect_block, detect_blocks, detect_document, main_script, n_letters
from ._language import preload as preload_language_model
from ._repair import REPAIR_KINDS, Repair, apply_repairs, build_evidence, repair_text
from ._segment import (
    abbreviations,
    read_resource,
    sentence_openers,
    sentence_spans,
    sentences,
    split_run_in_heading,
)
from ._stopwords import english as english_stop_words

__all__ = [
    "alternation",
    "find_dates",
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
    "sentence_openers",
    "sentence_spans",
    "sentences",
    "split_run_in_heading",
    "english_stop_words",
]
