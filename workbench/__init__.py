"""workbench: clean, traceable tables of news reports for analysts.

    import workbench as wb
    corpus = wb.load_corpus()          # data/raw of the project
"""
__version__ = "0.1.0"

from .corpus import Corpus, load_corpus  # noqa: E402
from .sentiment import explain_sentiment, score_sentences  # noqa: E402
from .sentiment_tone import caveats, hedging, sentiment_toward  # noqa: E402

__all__ = ["Corpus", "load_corpus", "__version__", "explain_sentiment", "score_sentences",
           "sentiment_toward", "caveats", "hedging"]
