"""One document processed in a build worker (a process of the pool, or a Dask worker)."""

from __future__ import annotations

import gc

from . import _rows
from ._spool import columns

#: The garbage collector's thresholds in a build worker. Processing allocates many small
#: objects and frees them at once; Python's default (a collection every 700 allocations)
#: spent ~4% of a worker's time finding nothing to collect.
WORKER_GC_THRESHOLDS = (10_000, 20, 20)


def process_one(src, keep: tuple | None = None):
    """Columns of one document's rows, or the error that stopped it (one bad document never
    stops a load). With ``keep`` (the cache folder, the code's fingerprint and the build's
    workspace) they are also kept in the cache, by the worker that made them."""
    from ._pipeline import process  # heavy imports (trafilatura) only when building

    try:
        out = columns(process(src))
    except Exception as err:
        return f"{type(err).__name__}: {err}"
    if keep is not None:
        cache_dir, fingerprint, tmp_dir = keep
        _rows.write(cache_dir, fingerprint, src, out, tmp_dir)
    return out


def init_worker() -> None:
    """Prepare a build worker: load what processing needs, then leave those objects, which
    live as long as the worker, out of garbage collection (gc.freeze)."""
    from ._pipeline import warm_up

    warm_up()
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)
