"""Fixtures of the layout and metadata tests."""

import pytest

from ._bench import bench_module


@pytest.fixture(scope="module")
def trainer():
    return bench_module("train_metadata")
