"""Paths and constants in one place; no I/O here.

``WORKBENCH_RAW_DIR`` and ``WORKBENCH_PROCESSED_DIR`` point the notebooks at another
corpus and cache without editing them (the browser test uses this).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
RAW_DIR = Path(os.environ.get("WORKBENCH_RAW_DIR") or PROJECT_DIR / "data" / "raw")
PROCESSED_DIR = Path(os.environ.get("WORKBENCH_PROCESSED_DIR") or PROJECT_DIR / "data" / "processed")
NOTEBOOKS_DIR = PROJECT_DIR / "notebooks"
REPORTS_DIR = PROJECT_DIR / "reports"
RESOURCES_DIR = Path(__file__).resolve().parent / "resources"

#: The one seed every stochastic step takes unless the caller gives another.
SEED = 20221122
