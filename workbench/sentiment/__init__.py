"""Tone: VADER scores of every sentence, their explanation word by word, and aggregates.

Sentences are scored with VADER's lexicon and rules (the same scores as vaderSentiment's own,
computed faster); ``explain_sentiment`` shows which words moved a score. Aggregates per report,
position, voice (narration or quoted speech) and topic come with bootstrap intervals;
``sentiment_toward`` reads the sentences that mention an entity; hedging and certainty markers
come from ``resources/hedges.txt``; ``caveats`` lists sentences where VADER is likely to mislead.
"""

from ._explain import explain_sentiment, token_spans
from ._tone import (
    by_document,
    by_position,
    by_topic,
    by_voice,
    caveats,
    hedge_lexicon,
    hedge_markers,
    hedges_in,
    hedging,
    positions,
    sentiment_toward,
    summarise,
    voices,
)
from ._vader import (
    SCORE_COLUMNS,
    label,
    polarity_scores,
    prepare_text,
    score_sentences,
    score_texts,
    scored_sentences,
)

__all__ = [
    "by_document",
    "by_position",
    "by_topic",
    "by_voice",
    "caveats",
    "hedge_lexicon",
    "hedge_markers",
    "hedges_in",
    "hedging",
    "positions",
    "sentiment_toward",
    "summarise",
    "voices",
    "SCORE_COLUMNS",
    "explain_sentiment",
    "label",
    "polarity_scores",
    "prepare_text",
    "score_sentences",
    "score_texts",
    "scored_sentences",
    "token_spans",
]
