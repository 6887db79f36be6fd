"""Caches that live for one document's extraction: ``quote_records`` calls
:func:`new_document` first, so no result outlives its document (and a timing of repeated
runs measures the work, not the cache). The rules ask the same helpers the same questions
many times a document (a surname's fullest form, the same speaker phrase)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

__all__ = ["per_document", "new_document"]

F = TypeVar("F", bound=Callable)

_CACHES: list = []
#: a cache used outside ``quote_records`` (tests, notebooks) keeps at most this many results
MAX_ENTRIES = 1 << 14


def per_document(fn: F) -> F:
    """``fn`` remembered by its arguments until the next :func:`new_document`.
    Only for pure functions with hashable arguments whose results are never changed in place."""
    # functools' cache is written in C: a hit costs a fraction of a Python wrapper's call,
    # and the rules ask these helpers ~20,000 times a run of 60 articles
    remembered = functools.lru_cache(maxsize=MAX_ENTRIES)(fn)
    _CACHES.append(remembered)
    return remembered  # type: ignore[return-value]


def new_document() -> None:
    """Forget every per-document result (called when a document's extraction starts)."""
    for remembered in _CACHES:
        remembered.cache_clear()
