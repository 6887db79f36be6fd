"""The Dask engine gives the same tables as the default one (a LocalCluster on loopback), and
the cluster it starts itself dies with it."""

import pandas as pd
import pytest

import workbench as wb
from workbench.config import RAW_DIR

from ..conftest import SHARED, write

pytest.importorskip("distributed")
DEV_TEXT = SHARED / "bench" / "extraction" / "dev" / "text"


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    with Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def dev_corpus(tmp_path_factory):
    """The dev set's text copies, the two reports, and inputs that exercise the manifest."""
    folder = tmp_path_factory.mktemp("dev")
    if DEV_TEXT.is_dir():
        for f in sorted(DEV_TEXT.glob("*.txt")):
            (folder / "dev" / f.name).parent.mkdir(exist_ok=True)
            (folder / "dev" / f.name).write_bytes(f.read_bytes())
    for f in sorted(RAW_DIR.glob("*.txt")):
        write(folder, f.name, f.read_bytes())
        write(folder, f"again/{f.name}", f.read_bytes())  # a duplicate file
    write(folder, "feed.jsonl", '{"text": "One story."}\n{bad\n{"text": "One story."}\n')
    write(folder, "empty.txt", b"")
    return folder


def test_dask_engine_gives_the_default_engines_tables(dev_corpus, client):
    default = wb.load_corpus(dev_corpus, cache=False, progress=False)
    on_dask = wb.load_corpus(dev_corpus, cache=False, progress=False, engine="dask", scheduler=client)
    assert len(default.documents) >= 3
    for name, df in default.tables().items():
        pd.testing.assert_frame_equal(df, on_dask.tables()[name], obj=name)


def test_unknown_engine_is_refused(tmp_path):
    with pytest.raises(ValueError, match="engine"):
        wb.load_corpus(tmp_path, cache=False, engine="spark")


def _death_signal() -> int:
    """This process's parent-death signal (prctl PR_GET_PDEATHSIG), 0 when none."""
    import ctypes

    sig = ctypes.c_int(0)
    ctypes.CDLL(None, use_errno=True).prctl(2, ctypes.byref(sig))
    return sig.value


def test_local_cluster_workers_die_with_the_build_process():
    """The kernel kills each worker of the engine's own cluster when the build process dies
    (a killed notebook kernel leaves no worker behind; tests/faults/test_crash.py kills one)."""
    import signal
    import sys

    import cloudpickle

    from workbench.build import _dask

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    with _dask.local_cluster(1) as cluster, cluster.get_client() as c:
        signals = c.run(_death_signal)
    assert list(signals.values()) == [signal.SIGKILL]
