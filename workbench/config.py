"""Paths and constants in one place; no I/O here."""
from __future__ import annotations

from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
RAW_DIR = PROJECT_DIR / "data" / "raw"
PROCESSED_DIR = PROJECT_DIR / "data" / "processed"
NOTEBOOKS_DIR = PROJECT_DIR / "notebooks"
REPORTS_DIR = PROJECT_DIR / "reports"
RESOURCES_DIR = Path(__file__).resolve().parent / "resources"

#: The one seed every stochastic step takes unless the caller gives another.
SEED = 20221122
