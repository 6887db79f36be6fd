"""Reports side by side: which statements they share, where each came from, and when.

``align_claims`` pairs each statement of one group of reports with the closest of the other
(TF-IDF over words blended with entity overlap) and labels it shared or only in one;
``provenance`` profiles each group (sources, voice, tone, translation evidence); ``timeline``
lists the dated events each report mentions, resolved against the report's own date.
"""

from ._align import (
    ENTITY_WEIGHT,
    LABELS,
    SHARED_THRESHOLD,
    WORD_WEIGHT,
    Scores,
    align_claims,
    alignment_scores,
    label_pairs,
)
from ._groups import make_groups, statements
from ._provenance import group_sentences, provenance
from ._timeline import timeline

__all__ = [
    "ENTITY_WEIGHT",
    "LABELS",
    "SHARED_THRESHOLD",
    "WORD_WEIGHT",
    "Scores",
    "align_claims",
    "alignment_scores",
    "group_sentences",
    "label_pairs",
    "make_groups",
    "provenance",
    "statements",
    "timeline",
]
