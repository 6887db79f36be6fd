"""A corpus build: inputs read, documents processed in order on a pool of processes (or Dask),
their rows spooled to disk; the per-document tables and the manifest come out."""

from __future__ import annotations

import signal
import threading
from collections import deque
from contextlib import contextmanager
from functools import partial

import pandas as pd

from ..ingest import Duplicates, InputFile, Limits, discover, read_all
from ..schema import DOC_TABLES, frame
from ..text import preload_language_model
from . import _cache, _rows
from ._locks import Workspace
from ._parallel import default_jobs, ordered_map
from ._spool import Spool
from ._worker import init_worker, process_one

#: Documents a build processes itself before it starts workers: so many new documents, or
#: fewer, take less time here than starting the workers (~0.7 s) would.
PARALLEL_MIN_DOCS = 8


ENGINES = ("processes", "dask")


#: Tables the corpus-level steps leave as the documents gave them (their spooled files are final).
SPOOLED_FINAL = tuple(t for t in DOC_TABLES if t not in ("quotes", "entities", "entity_pending"))


def build_tables(
    paths,
    *,
    progress: bool | None = None,
    n_jobs: int | None = None,
    workspace: Workspace | None = None,
    engine: str = "processes",
    scheduler=None,
    limits: Limits | None = None,
) -> tuple[dict[str, pd.DataFrame], Spool]:
    """The per-document tables and the manifest, and the spool the tables were written to (its
    files are the final ``SPOOLED_FINAL`` tables: a cache entry can take them as they are).

    ``paths``: what :func:`workbench.ingest.discover` takes, or the list of ``InputFile`` it gave.
    The tables are the same whatever ``n_jobs`` is: results come back in input order.
    With a ``workspace`` (a build's folder in a cache), a document processed before (same
    content, same code) is read back from that cache instead of processed again, so adding a
    file rebuilds only that file. ``engine="dask"`` runs the same per-document work on a Dask
    cluster (``scheduler``: a client or an address; None starts a local one of ``n_jobs``
    workers, which die with this process) and gives the same tables.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    limits = limits or Limits()
    files = paths if _are_files(paths) else discover(paths)
    spool = Spool(DOC_TABLES, workspace.tmp("spool") if workspace is not None else None)
    results: list = []

    def take(result, doc_id, outcome):
        if isinstance(outcome, str):
            result.reason += f"; {doc_id} failed: {outcome}"
            return
        result.n_docs += 1
        spool.add(outcome)

    try:
        if engine == "dask":
            from . import _dask as engine_dask

            seen = Duplicates()
            runs = engine_dask.run(files, scheduler=scheduler, limits=limits, n_workers=n_jobs)
            for result, docs in runs:
                results.append(result)
                result.n_docs = 0
                if seen.check_file(result):
                    for doc_id, sha, fmt, outcome in docs:
                        if seen.check_record(result, doc_id, sha, fmt):
                            take(result, doc_id, outcome)
        else:
            preload_language_model()  # the build process processes the first documents itself
            _stream(
                files,
                results,
                take,
                progress=progress,
                workspace=workspace,
                limits=limits,
                n_jobs=n_jobs if n_jobs is not None else default_jobs(),
            )
        manifest = []
        for result in results:
            if result.status == "loaded" and result.n_docs == 0:
                result.status = "failed"
            manifest.append(
                {
                    "path": result.path,
                    "status": result.status,
                    "reason": result.reason,
                    "n_documents": result.n_docs,
                    "bytes": result.bytes,
                    "sha256": result.sha256,
                    "encoding": result.encoding,
                }
            )
        tables = spool.frames()
        tables["manifest"] = frame("manifest", manifest)
        return tables, spool
    except BaseException:
        spool.remove()
        raise


def _are_files(paths) -> bool:
    return isinstance(paths, list) and all(isinstance(f, InputFile) for f in paths)


def _stream(files, results: list, take, *, progress, workspace, limits, n_jobs) -> None:
    """Read files one at a time and process their documents on ``n_jobs`` processes, in order."""
    from tqdm.auto import tqdm

    bar = tqdm(total=len(files), unit="file", desc="building corpus", disable=_no_bar(progress))
    order: deque = deque()  # (result, source, cached rows or None), in input order
    cache_dir = workspace.path.parent if workspace is not None else None
    fingerprint = _cache.code_fingerprint()

    def to_process():
        for result in read_all(files, limits):
            results.append(result)
            result.n_docs = 0
            sources, result.sources = result.sources, []  # keep no raw text once queued
            bar.update(1)
            for src in sources:
                cached = _rows.read(cache_dir, fingerprint, src) if cache_dir else None
                order.append((result, src, cached))
                if cached is None:
                    yield src
                else:
                    take_cached()  # now, unless a document before it is still being processed

    def take_cached():
        while order and order[0][2] is not None:
            result, src, cached = order.popleft()
            take(result, src.doc_id, cached)

    work = process_one
    if workspace is not None:
        work = partial(process_one, keep=(cache_dir, fingerprint, workspace.path))
    for outcome in ordered_map(
        work, to_process(), n_jobs=n_jobs, initializer=init_worker, min_items=PARALLEL_MIN_DOCS
    ):
        take_cached()
        result, src, _ = order.popleft()
        take(result, src.doc_id, outcome)
    take_cached()
    bar.close()


def _no_bar(progress: bool | None) -> bool | None:
    """tqdm's ``disable``: None lets tqdm hide the bar when stderr is not a terminal."""
    if progress is None:
        return None
    return not progress


@contextmanager
def terminate_raises():
    """While building, SIGTERM stops the build as Ctrl-C does (workers stopped, temporary files
    removed, the exit status 143) instead of killing this process where it stands. Only in the
    main thread, and only when nothing else handles SIGTERM."""
    if threading.current_thread() is not threading.main_thread() or (
        signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
    ):
        yield
        return

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
