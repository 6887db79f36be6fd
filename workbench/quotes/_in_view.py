"""Statements a view phrase attributes: "In his view, ...", "In the opinion of X, ..."."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._cues import reporting_verb_forms
from ._mentions import parse_speaker
from ._names import person_head
from ._view_tail import closing_holder

if TYPE_CHECKING:
    from ._doc import Doc


_VIEW_RE = re.compile(
    r"(?:In|From)\s+(his|her|their|([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)(?:'s|\u2019s)"
    # "In the coach's view", "In his manager's words": a person's noun after "the" or a possessive
    r"|((?:the|his|her|their)\s+(?:[a-z]+\s+)?[a-z]{3,})(?:'s|\u2019s|(?<=s)'|(?<=s)\u2019))\s+"
    r"(view|opinion|words|assessment|estimation|judgment|judgement),\s+"
)


#: "In the opinion of the political scientist X of Y, ...": the holder after "of"
_VIEW_OF_RE = re.compile(
    r"In\s+the\s+(view|opinion|words|assessment|estimation|judge?ment)\s+of\s+([^,;:]{3,120}),\s+"
)


def in_view(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """``In his view, ...`` / ``In Suponina's opinion, ...`` / ``In the opinion of X, ...``:
    the clause after the comma."""
    if not doc.text.startswith(("In", "From"), a):
        return False  # (both patterns open with one of these: most sentences, no match tried)
    m = _VIEW_RE.match(doc.text, a, b)
    if m is None:
        mo = _VIEW_OF_RE.match(doc.text, a, b)
        mention = parse_speaker(mo.group(2), mo.start(2)) if mo is not None else None
        if mo is None or mention is None or mention.kind == "pronoun":
            return False
        cue = doc.text[mo.start() : mo.start(2)].rstrip()
        return doc.add("indirect", [(mo.end(), end_b)], mention, cue, "view")
    if m.group(3):
        # ("the coach", "his manager"): read as the noun phrase it is, its head a person's
        mention = parse_speaker(m.group(3), m.start(3), lenient=True)
        if mention is None or not (
            mention.kind == "organisation" or mention.kind == "descriptor" and person_head(mention.head)
        ):
            return False  # ("In the end's view": no one)
        cue = doc.text[m.start() : m.end()].rstrip(", ")
        return doc.add("indirect", [(m.end(), end_b)], mention, cue, "view")
    who = m.group(2) or m.group(1)
    mention = parse_speaker(who, m.start(2) if m.group(2) else m.start(1))
    if mention is None and m.group(1) in ("his", "her", "their"):
        closing = closing_holder(doc.text, m.end(), end_b)
        if closing is not None:
            # ("In his opinion, ..., - Lyubimov added.": the name the pronoun points forward to)
            named, verb, end = closing
            return doc.add("indirect", [(m.end(), end)], named, verb, reporting_verb_forms()[verb][0])
        mention = parse_speaker({"his": "he", "her": "she", "their": "they"}[m.group(1)], m.start(1))
    if mention is None:
        return False
    cue = doc.text[m.start() : m.end()].rstrip(", ")
    return doc.add("indirect", [(m.end(), end_b)], mention, cue, "view")
