"""workbench: clean, traceable tables of news reports for analysts.

    import workbench as wb
    corpus = wb.load_corpus()          # data/raw of the project
"""
__version__ = "0.1.0"

from .corpus import Corpus, load_corpus  # noqa: E402
from .entities import cooccurrence, entities_table, extract_entities  # noqa: E402
from .quotes import extract_quotes, quotes_table  # noqa: E402
from .sentiment import explain_sentiment, score_sentences  # noqa: E402
from .sentiment_tone import caveats, hedging, sentiment_toward  # noqa: E402
from .sources import build_sources, reporting_verbs, share_of_voice  # noqa: E402

__all__ = ["Corpus", "load_corpus", "__version__", "explain_sentiment", "score_sentences",
           "sentiment_toward", "caveats", "hedging", "extract_entities", "entities_table",
           "cooccurrence", "extract_quotes", "quotes_table", "build_sources", "share_of_voice",
           "reporting_verbs"]
