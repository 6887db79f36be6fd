"""A labelled block of an input: the unit ``corpus.blocks`` has one row for."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Block:
    """A run of consecutive non-blank lines of one kind, as laid out in the file."""

    line_start: int  # 1-based number of the block's first line
    line_end: int  # 1-based number of its last line (inclusive)
    raw: str  # those lines exactly as in the text, joined with "\n"
    kind: str  # one of KINDS
    reason: str  # why, in a few words
