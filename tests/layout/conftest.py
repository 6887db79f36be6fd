"""Fixtures of the layout and metadata tests."""

import sys

import pytest

from workbench.config import PROJECT_DIR


@pytest.fixture(scope="module")
def trainer():
    """bench/train_metadata.py as a module (the bench folder is no package)."""
    sys.path.insert(0, str(PROJECT_DIR / "bench"))
    try:
        import train_metadata
    finally:
        sys.path.remove(str(PROJECT_DIR / "bench"))
    return train_metadata
