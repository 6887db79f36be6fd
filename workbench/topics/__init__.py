"""What the reports are about: topics, distinctive terms, and keywords in context.

Words become terms (tokens with offsets, stop words, a light lemmatiser, phrases kept
together); ``TopicModel`` fits NMF or LDA over paragraphs or sentences, choosing the number of
topics by stability under refitting unless it is given; ``distinctive_terms`` ranks terms by the
weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008) per
report, outlet, source, or narration vs quoted speech; ``kwic`` gives keywords in context,
``collocates`` their neighbours, ``term_positions`` where in each report a term appears.
"""

from ._distinctive import distinctive_terms
from ._kwic import DEFAULT_WINDOW, KWIC_COLUMNS, KwicIndex, collocates, kwic, term_positions
from ._model import TopicModel
from ._terms import TermAnalyzer, fit_analyzer, term_table

__all__ = [
    "DEFAULT_WINDOW",
    "KWIC_COLUMNS",
    "KwicIndex",
    "collocates",
    "kwic",
    "term_positions",
    "TopicModel",
    "distinctive_terms",
    "TermAnalyzer",
    "fit_analyzer",
    "term_table",
]
