"""How a per-report figure stays readable on a corpus of many reports.

A figure draws at most :data:`MAX_ROWS` reports (or groups); beyond that it keeps the ones that
matter most for it by a stated criterion, ties by name, and says so in a caption line. At or
under the bound a figure is drawn exactly as before: the notebooks' tables stay complete.
"""

from __future__ import annotations

import textwrap

import pandas as pd

__all__ = ["MAX_ROWS", "cap_note", "caption", "top_keys"]

#: The most reports (or groups) one figure draws, one row each: beyond about twenty, rows get
#: too thin to read and the figure too tall to take in.
MAX_ROWS = 20


def top_keys(weights: pd.Series, n: int = MAX_ROWS) -> list:
    """The ``n`` index labels of ``weights`` with the largest values, ties by label (as text)."""
    return sorted(weights.index, key=lambda k: (-float(weights[k]), str(k)))[:n]


def cap_note(shown: int, total: int, criterion: str, *, noun: str = "reports") -> str:
    """The caption of a figure that draws ``shown`` of ``total`` reports, picked by ``criterion``."""
    return f"{shown} of {total} {noun}: those with the {criterion} (the tables list all)"


#: Characters of a small caption that fit in an inch of figure width.
CAPTION_CHARS_PER_INCH = 13


def caption(fig, note: str) -> None:
    """Put ``note`` at the top left of ``fig``, wrapped to its width (the axes may be narrow)."""
    chars = int(CAPTION_CHARS_PER_INCH * fig.get_figwidth())
    fig.suptitle(textwrap.fill(note, chars), x=0.01, ha="left", fontsize="small")
