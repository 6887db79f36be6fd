"""One document processed in a build worker (a process of the pool, or a Dask worker)."""

from __future__ import annotations

import gc
from pathlib import Path

from . import _cache
from ._spool import columns

#: The garbage collector's thresholds in a build worker. Processing allocates many small
#: objects and frees them at once; Python's default (a collection every 700 allocations)
#: spent ~4% of a worker's time finding nothing to collect.
WORKER_GC_THRESHOLDS = (10_000, 20, 20)


def process_one(src, cache_dir: Path | None = None):
    """Columns of one document's rows, or the error that stopped it (one bad document never
    stops a load). With ``cache_dir`` they are also kept there, by the worker that made them."""
    from ._pipeline import process  # heavy imports (trafilatura) only when building

    try:
        out = columns(process(src))
    except Exception as err:
        return f"{type(err).__name__}: {err}"
    if cache_dir is not None:
        _cache.write_document(cache_dir, src, out)
    return out


def init_worker() -> None:
    """Prepare a build worker: load what processing needs, then leave those objects, which
    live as long as the worker, out of garbage collection (gc.freeze)."""
    from ._pipeline import warm_up

    warm_up()
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)
