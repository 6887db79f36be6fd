"""An opening adverbial taken for a statement: "In an interview on WKRP's "Morning Show,"
Lund said ...", "Before dropping out, the mayor responded ...", "Friday on ...": the words
before the speaker are one phrase (no comma inside) led by a preposition, a subordinating
conjunction or a weekday, the circumstance of the sentence and not its content.

On PolNeAR train 19 such statements were found (with the speaker after their words), 2 of
them annotated; with a comma inside ("In 2014, the port grew 4 percent, she said") 99, 83
annotated: those stay. A statement led by "whether" stays too ("Whether it works will be
clear in May, she said": a clause as subject). Dropped before the sentences are read, a
title's marks in the adverbial ('On WKRP's "Morning Show," Lund said that ...') let the clause
after the cue be read instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clauses import is_lead, looks_like_clause
from ._cue_speakers import speaker_before

if TYPE_CHECKING:
    from ._doc import Doc

#: words that open an adverbial phrase or clause, not a statement's own clause
_OPENERS = frozenset(
    "as while after before with without in on at during since when if although though because "
    "despite amid following for from under by over like unlike earlier later once until upon "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_FIRST_WORD_RE = re.compile(r"[\W_]*([A-Za-z]+)")
#: what may close the phrase: punctuation and quotation marks
_EDGES = " \t\n,.;:!?\"'\u2018\u2019\u201c\u201d\u00ab\u00bb"


def opening_adverbial(text: str, row: dict) -> bool:
    """The reported statement ``row`` (not inside quotation marks alone) is an opening
    phrase of its sentence before the speaker (see the module)."""
    if row["kind"] == "direct":
        return False
    start = row["mention"].start
    a, b = row["parts"][0][0], row["parts"][-1][1]
    if start is None or b > start:
        return False
    m = _FIRST_WORD_RE.match(text, a, b)
    return (
        m is not None
        and m.group(1).lower() in _OPENERS
        and "," not in text[a:b].strip(_EDGES)
        and _COUNT_AFTER_RE.match(text, m.end(), b) is None
    )


#: a count the first word opens ("At least 12 people were killed, police said", "Over 200
#: homes lost power"): the statement's subject, no adverbial
_COUNT_AFTER_RE = re.compile(r"(?<=[Aa]t)\s+(?:least|most)\s|(?<=[Oo]ver|nder)\s+\d")


def drop_opening_adverbials(doc: Doc) -> None:
    """Drop the rows that are opening adverbials (:func:`opening_adverbial`); the rows list
    is replaced only when one is (a new list rebuilds the Doc's indexes)."""
    # (most rows are quotations, with their speaker after: no call for them)
    if any(r["kind"] != "direct" and opening_adverbial(doc.text, r) for r in doc.rows):
        doc.rows = [r for r in doc.rows if not opening_adverbial(doc.text, r)]


def subject_before_cue(text: str, a: int, cue_start: int, post: str) -> bool:
    """The words ``text[a:cue_start]`` before a cue are its subject, a name and its apposition
    ("Another economist, David Berg of Dayton University, said his survey showed ..."), not a
    statement the speaker after the cue made ("..., said Berg"): they read whole as a speaker
    phrase with an apposition and the words after the cue as a clause."""
    if "," not in text[a:cue_start].rstrip().rstrip(","):
        return False  # no apposition ("Part of the problem, say experts, is ..."): a statement
    # the words after the cue first (a regex or two): "..., said Anna Lund." (most calls) needs
    # no reading of the speaker phrase before the cue
    if not (looks_like_clause(post) or not _NAME_NEXT_RE.match(post)):
        return False
    mention, start = speaker_before(text, a, cue_start, subject=True)
    if mention is None or mention.kind != "name":
        return False
    lead = text[a:start].strip()
    return not lead or is_lead(lead)  # "And Sen. Rob Moss, ..., said"


#: a name right after the cue: "..., said Anna Lund" reads inverted
_NAME_NEXT_RE = re.compile(r"\s+(?:[A-Z][\w'\u2019.-]*\s+)*[A-Z][\w'\u2019.-]*\s*(?:[,.;]|$)")
