"""workbench: clean, traceable tables of news reports for analysts.

    import workbench as wb
    corpus = wb.load_corpus()          # data/raw of the project

The analysis functions are exported here too; they are imported when first used,
so ``import workbench`` stays quick and has no side effects. (A name here never equals a
subpackage's: ``from workbench import topics`` must give the subpackage.) Figures, views and
widgets are in :mod:`workbench.ui`.
"""

__version__ = "0.2.0"  # the one version string (pyproject reads it)

from importlib import import_module  # noqa: E402

from . import _shims  # noqa: E402
from .config import SEED  # noqa: E402
from .corpus import Corpus, load_corpus  # noqa: E402
from .schema import as_table  # noqa: E402

_shims.install()

#: Public name -> the subpackage or module that defines it.
_LAZY = {
    "TopicModel": "topics",
    "distinctive_terms": "topics",
    "fit_analyzer": "topics",
    "kwic": "topics",
    "collocates": "topics",
    "term_positions": "topics",
    "explain_sentiment": "sentiment",
    "score_sentences": "sentiment",
    "scored_sentences": "sentiment",
    "sentiment_toward": "sentiment",
    "caveats": "sentiment",
    "hedging": "sentiment",
    "hedge_markers": "sentiment",
    "by_document": "sentiment",
    "by_position": "sentiment",
    "by_voice": "sentiment",
    "by_topic": "sentiment",
    "extract_entities": "entities",
    "entities_table": "entities",
    "cooccurrence": "entities",
    "extract_quotes": "quotes",
    "quotes_table": "quotes",
    "build_sources": "quotes",
    "share_of_voice": "quotes",
    "reporting_verbs": "quotes",
    "source_entities": "quotes",
    "Filters": "filters",
    "filter_sentences": "filters",
    "filter_quotes": "filters",
    "align_claims": "compare",
    "provenance": "compare",
    "make_groups": "compare",
    "timeline": "compare",
}

__all__ = ["Corpus", "load_corpus", "as_table", "SEED", "__version__", *_LAZY]


#: Subpackages, imported on first use as attributes too (``wb.compare.LABELS``).
_SUBPACKAGES = (
    "text",
    "ingest",
    "layout",
    "quotes",
    "entities",
    "sentiment",
    "topics",
    "compare",
    "build",
    "ui",
)


def __getattr__(name: str):
    if name in _SUBPACKAGES:
        return import_module(f".{name}", __name__)
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'workbench' has no attribute {name!r}")


def __dir__():
    return sorted(__all__)
