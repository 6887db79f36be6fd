"""workbench: clean, traceable tables of news reports for analysts.

    import workbench as wb
    corpus = wb.load_corpus()          # data/raw of the project

The analysis functions are exported here too; they are imported when first used,
so ``import workbench`` stays quick and has no side effects. (A name here never equals a
module's: ``from workbench import timeline`` must give the module.)
"""
from importlib import import_module

__version__ = "0.1.0"

from .corpus import Corpus, load_corpus  # noqa: E402

#: Public name -> the module that defines it.
_LAZY = {
    "TopicModel": "topics", "distinctive_terms": "topics",
    "kwic": "kwic", "collocates": "kwic", "term_positions": "kwic",
    "explain_sentiment": "sentiment", "score_sentences": "sentiment",
    "sentiment_toward": "sentiment_tone", "caveats": "sentiment_tone", "hedging": "sentiment_tone",
    "extract_entities": "entities", "entities_table": "entities", "cooccurrence": "entities",
    "extract_quotes": "quotes", "quotes_table": "quotes",
    "build_sources": "sources", "share_of_voice": "sources", "reporting_verbs": "sources",
    "Filters": "filters", "filter_sentences": "filters", "filter_quotes": "filters",
    "align_claims": "compare", "provenance": "compare", "make_groups": "compare",
}

__all__ = ["Corpus", "load_corpus", "__version__", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'workbench' has no attribute {name!r}")


def __dir__():
    return sorted(__all__)
