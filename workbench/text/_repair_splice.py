"""Repairs as data (``Repair``) and their bookkeeping: edits applied to a text with their
offsets kept, so each repair points at the raw text it changes."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Repair:
    """One change: ``input[start:end]`` (``before``) was replaced by ``after``."""

    kind: str
    start: int
    end: int
    before: str
    after: str


# ---------------------------------------------------------------- bookkeeping


def apply_repairs(text: str, repairs: Sequence[Repair]) -> str:
    """Apply ``repairs`` (in order, non-overlapping, offsets into ``text``).

    Raises ``ValueError`` when a repair's ``before`` is not what ``text`` holds
    at its offsets, or when repairs overlap or are out of order."""
    out: list[str] = []
    pos = 0
    for r in repairs:
        if r.start < pos or r.end < r.start or text[r.start : r.end] != r.before:
            raise ValueError(f"repair does not fit the text at {r.start}:{r.end}: {r!r}")
        out.append(text[pos : r.start])
        out.append(r.after)
        pos = r.end
    out.append(text[pos:])
    return "".join(out)


@dataclass
class _Piece:
    """A stretch of the input (``orig``) and what it has become (``cur``)."""

    orig: str
    cur: str
    kind: str | None = None  # None: kept as it was


def _splice(
    window: list[_Piece], start: int, cs: int, ce: int, after: str, kind: str
) -> tuple[list[_Piece], list[_Piece], list[_Piece]]:
    """Replace current text ``[cs, ce)`` inside ``window`` (pieces whose current
    text starts at ``start``) by ``after``. Kept pieces are cut at the edges; an
    earlier repair that the edit touches is merged into the new one."""
    before_pieces: list[_Piece] = []
    inside: list[_Piece] = []
    after_pieces: list[_Piece] = []
    prefix = suffix = ""
    pos = start
    for p in window:
        s, e = pos, pos + len(p.cur)
        pos = e
        if p.kind is None:
            if s < cs:
                cut = min(e, cs) - s
                before_pieces.append(_Piece(p.orig[:cut], p.cur[:cut]))
            lo, hi = max(s, cs), min(e, ce)
            if lo < hi:
                inside.append(_Piece(p.orig[lo - s : hi - s], ""))
            if e > ce:
                cut = max(s, ce) - s
                after_pieces.append(_Piece(p.orig[cut:], p.cur[cut:]))
            continue
        if s == e:
            hit = cs < s < ce
        else:
            hit = (s < ce and cs < e) or (cs == ce and s < cs < e)
        if hit:
            if s < cs:
                prefix = p.cur[: cs - s]
            if e > ce:
                suffix = p.cur[ce - s :]
            inside.append(p)
        elif e <= cs:
            before_pieces.append(p)
        else:
            after_pieces.append(p)
    orig = "".join(p.orig for p in inside)
    cur = prefix + after + suffix
    new = [_Piece(orig, cur, kind if orig != cur else None)] if (orig or cur) else []
    return before_pieces, new, after_pieces


class Editor:
    """Applies edits given in the coordinates of the current text, keeping every
    change anchored to the input; edits that touch an earlier change merge with it."""

    def __init__(self, text: str) -> None:
        self.pieces: list[_Piece] = [_Piece(text, text)] if text else []

    @property
    def text(self) -> str:
        return "".join(p.cur for p in self.pieces)

    def apply(self, edits: Iterable[tuple[int, int, str, str]]) -> None:
        """Apply one step's edits: ``(start, end, after, kind)`` in current-text
        offsets, non-overlapping. One forward sweep over pieces and edits."""
        out: list[_Piece] = []
        rest = deque(self.pieces)
        pos = 0  # current-text offset of rest[0]
        for cs, ce, after, kind in sorted(edits, key=lambda e: (e[0], e[1])):
            if cs < pos:
                continue  # overlaps the previous edit: the next round sees it again
            while rest and pos + len(rest[0].cur) <= cs:
                piece = rest.popleft()
                out.append(piece)
                pos += len(piece.cur)
            window: list[_Piece] = []
            start = pos
            while rest and pos < ce:
                piece = rest.popleft()
                window.append(piece)
                pos += len(piece.cur)
            before, new, behind = _splice(window, start, cs, ce, after, kind)
            out.extend(before)
            out.extend(new)
            for piece in reversed(behind):
                rest.appendleft(piece)
                pos -= len(piece.cur)
        out.extend(rest)
        self.pieces = out

    def repairs(self) -> list[Repair]:
        out: list[Repair] = []
        pos = 0
        for p in self.pieces:
            if p.kind is not None and p.orig != p.cur:
                out.append(Repair(p.kind, pos, pos + len(p.orig), p.orig, p.cur))
            pos += len(p.orig)
        return out
