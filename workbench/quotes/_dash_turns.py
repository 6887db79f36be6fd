"""A dialogue's turn that a dash opens and an attribution after a dash closes, over several
sentences: "— We have never refused contacts. The ball is in their court, — the minister
answered." (translated Russian copy, where the dash stands for the quotation marks). The
statement the attribution gives is the whole turn, from the paragraph's dash on, not its
last sentence only."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._cues import QUOTE_CHARS

if TYPE_CHECKING:
    from ._doc import Doc

__all__ = ["dash_turns"]

#: a paragraph opened by a dialogue's dash
_TURN_OPEN_RE = re.compile(r"[ \t]*[\u2014\u2013-][ \t]+(?=\S)")
#: the dash that closes a turn before its attribution (", — the minister answered")
_TURN_CLOSE_RE = re.compile(r"[ \t]*,?[ \t]*[\u2014\u2013-][ \t]+\S")
_DASHES = "\u2014\u2013"


def dash_turns(doc: Doc) -> None:
    """Open each unquoted statement a turn's closing dash attributes at its paragraph's
    opening dash (see the module)."""
    text = doc.text
    if not any(d in text for d in _DASHES):
        return  # (most texts: no dialogue's dash)
    moved = False
    for r in doc.rows:
        if r["kind"] not in ("unmarked", "indirect") or len(r["parts"]) != 1:
            continue
        a, b = r["parts"][0]
        if _TURN_CLOSE_RE.match(text, b) is None:
            continue
        ps, _pe = doc.paragraph_at(a)
        turn = _TURN_OPEN_RE.match(text, ps, a)
        if turn is None or turn.end() >= a:
            continue
        before = text[turn.end() : a]
        # (one turn: no other dash, mark or statement before the statement's start)
        if any(c in before for c in QUOTE_CHARS) or any(d in before for d in _DASHES) or " - " in before:
            continue
        if doc.covered(turn.end(), a):
            continue
        r["parts"] = [(turn.end(), b)]
        r["char_start"] = turn.end()
        r["text"] = doc.raw[turn.end() : b]
        moved = True
    if moved:
        doc.rows = list(doc.rows)  # (the statements' starts moved: the indexes are rebuilt)
