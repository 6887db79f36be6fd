"""Scripts of bench/ imported as modules by the layout tests."""

import importlib
import sys

from workbench.config import PROJECT_DIR


def bench_module(name: str):
    """A script of bench/ as a module (the bench folder is no package)."""
    sys.path.insert(0, str(PROJECT_DIR / "bench"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(PROJECT_DIR / "bench"))
