"""Layout analysis of plain-text copies of web pages, and the metadata a document shows.

A copy made with "select all, copy, paste" holds the article among menus, counters, captions,
related headlines, comments and footers. Every line gets signals that hold on any site and
language (length and shape, sentence punctuation, stop-word density, script, cue words,
counters and timestamps, repetition); the best-scoring run of prose is the body, and every other
line is labelled by its shape and position (title, byline, dateline, caption, navigation,
related, comments, advertising, footer, metadata), each with a readable ``reason``. The title,
author and role, section, date, outlet and original source are read from those blocks.
"""

from ._analysis import ARTICLE_KINDS, KINDS, article_text, label_blocks, split_lines
from ._metadata import document_label, original_source, parse_date, split_byline, unique_labels
from ._metadata import from_blocks as metadata_from_blocks
from ._page_kind import classify as page_kind

__all__ = [
    "ARTICLE_KINDS",
    "KINDS",
    "article_text",
    "label_blocks",
    "split_lines",
    "metadata_from_blocks",
    "original_source",
    "parse_date",
    "split_byline",
    "document_label",
    "unique_labels",
    "page_kind",
]
