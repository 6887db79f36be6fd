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
    if getattr(src, "replaced", ()):
        _add_decoding_repairs(src, out)
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


def _add_decoding_repairs(src, out: dict) -> None:
    """A ``decoding`` repair for each byte the reader replaced by U+FFFD (a stray byte in a
    UTF-8 file): ``before`` the bytes as ``\\x..`` escapes, ``after`` and the span in ``raw`` the
    U+FFFD. Rows stay in block order. Where the blocks' U+FFFDs are not exactly the replaced
    bytes (a page whose markup held some), ``before`` says only that the bytes were not UTF-8."""
    blocks = out["blocks"]
    spans = [
        (n, bid, i)
        for n, (bid, raw) in enumerate(zip(blocks["block_id"], blocks["raw"]))
        for i in _positions(raw or "", "\ufffd")
    ]
    befores = list(src.replaced) if len(spans) == len(src.replaced) else ["(not UTF-8)"] * len(spans)
    reps = out["repairs"]
    order = {bid: n for n, bid in enumerate(blocks["block_id"])}
    rows = [
        (order.get(bid, len(order)), start, [reps[c][k] for c in reps])
        for k, (bid, start) in enumerate(zip(reps["block_id"], reps["start"]))
    ]
    for (n, bid, i), before in zip(spans, befores):
        row = {"doc_id": src.doc_id, "block_id": bid, "kind": "decoding", "before": before,
               "after": "\ufffd", "start": i, "end": i + 1}  # fmt: skip
        rows.append((n, i, [row.get(c) for c in reps]))
    rows.sort(key=lambda r: (r[0], r[1] if r[1] is not None else -1))
    for j, c in enumerate(reps):
        reps[c] = [r[2][j] for r in rows]


def _positions(text: str, char: str) -> list[int]:
    out, at = [], text.find(char)
    while at >= 0:
        out.append(at)
        at = text.find(char, at + 1)
    return out
