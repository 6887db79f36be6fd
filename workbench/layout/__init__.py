"""Layout analysis of plain-text copies of web pages, and the metadata a document shows.

A copy made with "select all, copy, paste" holds the article among menus, counters, captions,
related headlines, comments and footers. Every line gets signals that hold on any site and
language (length and shape, sentence punctuation, stop-word density, script, cue words,
counters and timestamps, repetition); the best-scoring run of prose is the body, and every other
line is labelled by its shape and position (title, byline, dateline, caption, navigation,
related, comments, advertising, footer, metadata), each with a readable ``reason``. The title,
author and role, section, date, outlet and original source are read from those blocks.

How the body is found (signals per line, language-agnostic, in ``_signals.py``; computed for
all lines of a page in one pass by ``_line_pass.py``):

1. every non-blank line gets a prose score: long lines with sentence punctuation
   score their length, short or title-like lines and page furniture (cue words,
   counters, dates, captions, bylines) score a small penalty;
2. cues that end an article (related links, comments, rights notices) cut the
   page into stretches; in each, the run of lines with the largest total score
   is found in one pass (maximum-sum run); the body is the first such run worth
   half the best one (prose after "Related" or "Comments" is teasers or
   comments), trimmed at a byline or dateline that opens it;
3. inside that run, scoring lines are body paragraphs, short lines between them
   headings, furniture keeps its own kind; outside it, lines are labelled by
   cue words, shape and position (title just above the body, lists of short
   lines, regions opened by "Comments" / "Related" cues, changes of script).
4. a learned model (``_model.py``: logistic regression over each line's signals and its
   context, trained on the extraction benchmarks' tuning parts) scores each line, and the
   best contiguous run of likely article lines is the story, bridging an interrupting box;
   shapes the rules recognise (cues, captions, counters, bylines) stay as the rules label them.
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
