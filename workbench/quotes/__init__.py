"""Attributed statements of news articles, their speakers, and the sources across a corpus.

Quotation marks are paired per article (across paragraphs, around an interrupting
attribution); each quoted passage is attributed to the speaker its cue names (a reporting verb
or phrase before, inside or after it), and sentences without marks are read for unmarked
verbatim speech ("..., the former official said.") and for reported speech ("X said that ...",
"according to X, ..."). Speakers are parsed into names, roles and descriptors and resolved
within the document (pronouns, surnames, descriptors); ``build_sources`` merges them by name
across documents. Reporting verbs are a readable list in ``resources/reporting_verbs.txt``.

How statements are found (rules only, no model):

1. Quoted passages come from the quotation marks (``_marks``), across paragraphs.
   A passage is a statement (``direct``) when an attribution with a reporting verb
   follows it (``"...," said X``, ``"..." X believes.``) or precedes it (``X continues,
   "..."``, ``X said: "..."``), or when it is a sentence-long passage that continues the
   previous statement's speaker. A quoted phrase with no speaker (a scare quote, a
   title, a slogan: ``so-called "peace plan"``) is not a statement; inside reported
   speech it makes that statement ``mixed``.
2. ``"A," he said, "B."`` is ONE statement (``text`` is A and B joined, ``parts`` gives
   each piece's offsets); ``"A," he said. "B."`` is two (B continues the speaker).
3. Sentences outside quotation marks are statements when they carry an attribution:
   ``X said (that) ...``, ``according to X, ...``, ``..., according to X``, ``...,
   X said.``, ``A, X said, B``, ``X stated: ...``. Such speech is ``unmarked`` (verbatim
   speech whose marks were lost) in a copy without any quotation marks, unless the
   cue is in the perfect tense ("has confirmed") or introduces a that-clause, which are
   ``indirect``; in a copy with quotation marks it is ``indirect``. In a copy without
   marks, a following sentence in the first person or with spoken contractions ("we",
   "don't") continues the last unmarked statement.
4. Speakers are resolved within the document (``_speakers.resolve``).
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
