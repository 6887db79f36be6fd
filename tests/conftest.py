import shutil
from pathlib import Path

import pytest

import workbench as wb
from workbench.config import PROJECT_DIR, RAW_DIR

SHARED = PROJECT_DIR.parent / "shared"
MT = "000_22f02c29782b9ea9"  # the Moscow Times copy
VIEW = "003_bf1a606aa709ab04"  # the translated Russian report


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """The two seed reports, built once for the whole session (cache in a temporary folder)."""
    return wb.load_corpus(RAW_DIR, cache_dir=tmp_path_factory.mktemp("cache"), progress=False)


@pytest.fixture
def raw_copy(tmp_path):
    """A writable copy of data/raw."""
    target = tmp_path / "raw"
    shutil.copytree(RAW_DIR, target)
    return target


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path
