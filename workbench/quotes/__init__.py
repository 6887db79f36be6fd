"""Attributed statements of news articles, their speakers, and the sources across a corpus.

Quotation marks are paired per article (across paragraphs, around an interrupting
attribution); each quoted passage is attributed to the speaker its cue names (a reporting verb
or phrase before, inside or after it), and sentences without marks are read for unmarked
verbatim speech ("..., the former official said.") and for reported speech ("X said that ...",
"according to X, ..."). Speakers are parsed into names, roles and descriptors and resolved
within the document (pronouns, surnames, descriptors); ``build_sources`` merges them by name
across documents. Reporting verbs are a readable list in ``resources/reporting_verbs.txt``.
"""

from ._extract import QUOTE_COLUMNS, extract_quotes, quote_records, reporting_verb_forms
from ._marks import QUOTE_CHARS, QuotedSpan, has_quote_marks, quoted_spans
from ._sources import (
    NARRATOR,
    SOURCE_COLUMNS,
    build_sources,
    reporting_verbs,
    share_of_voice,
    source_entities,
    sources_table,
)
from ._table import quotes_table

__all__ = [
    "QUOTE_COLUMNS",
    "extract_quotes",
    "quote_records",
    "reporting_verb_forms",
    "QUOTE_CHARS",
    "QuotedSpan",
    "has_quote_marks",
    "quoted_spans",
    "NARRATOR",
    "SOURCE_COLUMNS",
    "build_sources",
    "reporting_verbs",
    "share_of_voice",
    "source_entities",
    "sources_table",
    "quotes_table",
]
