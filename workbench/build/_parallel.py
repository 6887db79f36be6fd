"""An ordered, bounded map over processes: results in input order, never all inputs in memory."""

from __future__ import annotations

import os
import signal
import threading
import time
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


#: Seconds between a worker's checks that the process that started it is still alive.
PARENT_WATCH_SECONDS = 0.5


def _start_worker(parent: int, initializer: Callable[[], None] | None) -> None:
    """A pool worker dies with the process that started it and leaves Ctrl-C to it (which
    then stops the pool)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)
    if initializer is not None:
        initializer()


def die_with_parent(parent: int) -> None:
    """This process dies when ``parent`` (the process that started it) dies, however that one
    dies (``kill -9`` included): the kernel's parent-death signal on Linux, which kills even a
    process busy in C code, and a thread watching the parent everywhere."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_WATCH_SECONDS)
    os._exit(1)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: pending work cancelled, workers terminated (not waited for)."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for p in workers:
        try:
            p.terminate()
        except (OSError, AttributeError, ValueError):
            pass
    for p in workers:
        p.join(timeout=2)
        if p.is_alive():
            p.kill()


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
    pool = ProcessPoolExecutor(
        max_workers=n_jobs, initializer=_start_worker, initargs=(os.getpid(), initializer)
    )
    try:

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
    except BaseException:  # an error, Ctrl-C, SIGTERM (see build), or the consumer stopped
        _stop(pool)
        raise
    pool.shutdown(wait=True)
