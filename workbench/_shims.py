"""Old module paths (``workbench.quote_marks``, ``workbench.views`` ...) kept importable for one
release after the move into subpackages: each is the new module under its old name, silently
(a DeprecationWarning would land in notebook outputs). Remove in the next release."""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys

#: Old module name -> the module that holds its code now. (``kwic`` and ``timeline`` are left out:
#: importing them would replace the functions ``wb.kwic`` and ``wb.timeline`` by modules.)
MOVED = {
    "alternation": "text._alternation",
    "stopwords": "text._stopwords",
    "segment": "text._segment",
    "repair": "text._repair",
    "language": "text._language",
    "langid_batch": "text._langid_batch",
    "entity_dates": "text._dates",
    "readers": "ingest._readers",
    "htmlpage": "ingest._html",
    "layout_signals": "layout._signals",
    "metadata": "layout._metadata",
    "quote_marks": "quotes._marks",
    "quote_names": "quotes._names",
    "quote_mentions": "quotes._mentions",
    "quote_narration": "quotes._narration",
    "quote_cues": "quotes._cues",
    "quote_indirect": "quotes._indirect",
    "quote_speakers": "quotes._speakers",
    "sources": "quotes._sources",
    "entity_rules": "entities._rules",
    "entity_resolve": "entities._resolve",
    "entity_gazetteer": "entities._gazetteer",
    "sentiment_tone": "sentiment._tone",
    "terms": "topics._terms",
    "pipeline": "build._pipeline",
    "parallel": "build._parallel",
    "engine_dask": "build._dask",
    "spool": "build._spool",
    "cache": "build._cache",
    "views": "ui._views",
    "plots": "ui._plots",
    "widgets": "ui._widgets",
    "source_plots": "ui._source_plots",
    "source_widgets": "ui._source_widgets",
    "sentiment_plots": "ui._sentiment_plots",
    "sentiment_widgets": "ui._sentiment_widgets",
    "sentiment_views": "ui._sentiment_views",
    "topic_plots": "ui._topic_plots",
    "topic_widgets": "ui._topic_widgets",
    "compare_plots": "ui._compare_plots",
    "compare_widgets": "ui._compare_widgets",
    "report": "ui._report",
}


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path=None, target=None):
        prefix, _, old = fullname.partition(".")
        if prefix == "workbench" and old in MOVED:
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def create_module(self, spec):
        module = importlib.import_module(f"workbench.{MOVED[spec.name.partition('.')[2]]}")
        spec.loader_state = module.__spec__
        return module

    def exec_module(self, module):
        # the import system gave the module the alias's spec: give it its own back, so that
        # its relative imports still resolve inside its subpackage
        module.__spec__ = module.__spec__.loader_state


def install() -> None:
    if not any(isinstance(f, _Alias) for f in sys.meta_path):
        sys.meta_path.append(_Alias())
