"""The same per-document pipeline on Dask, for corpora one machine cannot build in time.

Each file is read and processed on a Dask worker (``dask.bag`` over the input files, on a
``dask.distributed`` client); the results come back in file order and go through the same
duplicate rules and corpus-level steps as the default engine, so the tables are the same.
Workers must see the input files at the same paths (a shared file system). Dask is an
optional extra: ``pip install .[dask]``.
"""

from __future__ import annotations

#: Files per Dask partition: enough to amortise scheduling, small enough to spread work.
FILES_PER_PARTITION = 16


def _read_and_process(item, limits=None):
    """One file, read and processed on a worker: its manifest entry and its documents' rows."""
    from ..ingest import read_file
    from ._worker import process_one

    result = read_file(item, limits) if limits is not None else read_file(item)
    docs = [(src.doc_id, src.sha256, src.format, process_one(src)) for src in result.sources]
    result.sources = []  # the raw text stays on the worker
    return result, docs


def run(files, *, scheduler=None, limits=None):
    """``(FileResult, [(doc_id, sha256, format, columns or error)])`` for each file, in file order.

    ``scheduler``: a ``distributed.Client``, a scheduler address ("tcp://host:8786"), or None
    for a local cluster of one single-threaded worker process per core.
    """
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError as err:  # the optional extra is not installed
        raise ImportError("engine='dask' needs Dask: pip install 'workbench[dask]'") from err
    from ._parallel import default_jobs

    own = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=default_jobs(),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
        )
        own = client = Client(cluster)
    elif isinstance(scheduler, str):
        own = client = Client(scheduler)
    else:
        client = scheduler
    try:
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
        if own is not None:
            cluster = own.cluster
            own.close()
            if scheduler is None and cluster is not None:
                cluster.close()
