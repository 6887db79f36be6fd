"""An ordered, bounded map over processes: results in input order, never all inputs in memory."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import chain, islice
from typing import TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")

#: Items sent to a worker at once: enough to amortise pickling, small enough to balance load.
CHUNK = 8
#: Chunks in flight per worker; bounds memory to a few chunks of raw documents.
IN_FLIGHT_PER_WORKER = 3


_END = object()


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(x) for x in chunk]


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    n_jobs: int = 1,
    initializer: Callable[[], None] | None = None,
    min_items: int = 0,
) -> Iterator[R]:
    """``map(fn, items)`` on ``n_jobs`` processes, yielding results in the order of ``items``.

    ``fn`` (and ``initializer``, run once in each worker) must be module-level functions (they
    are pickled). With ``n_jobs=1`` ``fn`` runs here, without ``initializer``; so do the first
    ``min_items`` items, one by one as they come: when they are all there is, no worker was
    worth starting (and workers started after them inherit what they loaded).
    """
    it = iter(items)
    if n_jobs > 1:
        for item in islice(it, min_items):
            yield fn(item)
        following = next(it, _END)
        if following is _END:
            return
        it = chain([cast(T, following)], it)
    if n_jobs <= 1:
        yield from map(fn, it)
        return
    pending: deque = deque()
    with ProcessPoolExecutor(max_workers=n_jobs, initializer=initializer) as pool:

        def submit() -> bool:
            chunk = list(islice(it, CHUNK))
            if chunk:
                pending.append(pool.submit(_run_chunk, fn, chunk))
            return bool(chunk)

        while len(pending) < n_jobs * IN_FLIGHT_PER_WORKER and submit():
            pass
        while pending:
            results = pending.popleft().result()
            submit()
            yield from results
