"""The same per-document pipeline on Dask, for corpora one machine cannot build in time.

Each file is read and processed on a Dask worker (``dask.bag`` over the input files, on a
``dask.distributed`` client); the results come back in file order and go through the same
duplicate rules and corpus-level steps as the default engine, so the tables are the same.
Workers must see the input files at the same paths (a shared file system). Dask is an
optional extra: ``pip install .[dask]``.
"""

from __future__ import annotations

import os

#: Files per Dask partition: enough to amortise scheduling, small enough to spread work.
FILES_PER_PARTITION = 16
#: Set in the workers of a local cluster: the process that started them, which they die with.
PARENT_ENV = "WORKBENCH_BUILD_PID"


def dask_setup(worker) -> None:
    """Run by Dask in each worker of a local cluster as it starts (this module is its preload):
    the worker dies with the build process, however that one dies. Dask's own watch (a pipe
    to the parent) cannot stop a worker busy in C code; the kernel's parent-death signal can."""
    from ._parallel import die_with_parent

    parent = os.environ.get(PARENT_ENV)
    if parent is not None:
        die_with_parent(int(parent))


def local_cluster(n_workers: int):
    """A ``LocalCluster`` on loopback of ``n_workers`` single-threaded worker processes, each
    dying with this process (see :func:`dask_setup`)."""
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=n_workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        host="127.0.0.1",
        env={PARENT_ENV: str(os.getpid())},
        preload=[__name__],
    )


def _read_and_process(item, limits=None):
    """One file, read and processed on a worker: its manifest entry and its documents' rows."""
    from ..ingest import read_file
    from ._worker import process_one

    result = read_file(item, limits) if limits is not None else read_file(item)
    docs = [(src.doc_id, src.sha256, src.format, process_one(src)) for src in result.sources]
    result.sources = []  # the raw text stays on the worker
    return result, docs


def run(files, *, scheduler=None, limits=None, n_workers: int | None = None):
    """``(FileResult, [(doc_id, sha256, format, columns or error)])`` for each file, in file order.

    ``scheduler``: a ``distributed.Client``, a scheduler address ("tcp://host:8786"), or None
    for a local cluster of ``n_workers`` single-threaded worker processes (default: one per
    core). A cluster or client started here is closed here, however the build ends.
    """
    try:
        import dask.bag as db
        from distributed import Client
    except ImportError as err:  # the optional extra is not installed
        raise ImportError("engine='dask' needs Dask: pip install 'workbench[dask]'") from err
    from ._parallel import default_jobs

    cluster = client = None
    try:
        if scheduler is None:
            cluster = local_cluster(n_workers or default_jobs())
            client = Client(cluster)
        else:
            client = Client(scheduler) if isinstance(scheduler, str) else scheduler
        if not files:
            return
        n = max(1, -(-len(files) // FILES_PER_PARTITION))
        bag = db.from_sequence(files, npartitions=n).map(_read_and_process, limits=limits)
        # every partition is submitted at once; each is taken as soon as it is done, in order,
        # and let go, so the client never holds more than the partitions waiting their turn
        for future in client.compute(bag.to_delayed()):
            part = future.result()
            future.release()
            yield from part
    finally:
        if client is not None and client is not scheduler:
            client.close()
        if cluster is not None:
            cluster.close()
