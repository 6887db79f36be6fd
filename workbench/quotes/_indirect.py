"""Statements outside quotation marks: ``sentence_statement`` finds the one attributed
statement of a sentence ("X said (that) ...", "according to X, ...", "..., X said.",
"A, X said, B", "X stated: ...", "In X's view, ...", a coordinated "and said", a
participle's "warning that ...") and adds it to the document's rows. The patterns live in
``_according`` (phrases), ``_speech_clause`` (one verb and its clause), ``_complements``
(complements and relative clauses) and ``_participles`` (second verbs and participles).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._according import according_to, in_view, naming_with_quote
from ._clauses import MAX_CUE_REST_WORDS, MIN_CONTENT_WORDS, CueAt
from ._complements import complement_cue, relative_cue
from ._cues import cue_re, reporting_verb_forms, strip_aux
from ._participles import coordinated_statement, participle_statement, trailing_statement
from ._speech_clause import (
    colon_cue,
    cue_after_content,
    interrupting_cue,
    inverted_after_content,
    speech_clause,
    that_clause,
)

if TYPE_CHECKING:
    from ._doc import Doc

__all__ = ["MAX_CUE_REST_WORDS", "MIN_CONTENT_WORDS", "sentence_statement", "trailing_statement"]


def sentence_statement(doc: Doc, a: int, b: int) -> bool:
    """Find one attributed statement in the sentence ``text[a:b]``; True if found. The
    patterns are tried in order for each cue of the sentence."""
    text = doc.text
    s = text[a:b]
    unmarked = "indirect" if doc.marked else "unmarked"
    end_b = b - 1 if s.endswith((".", "!", "?")) else b
    if according_to(doc, a, b, end_b) or in_view(doc, a, b, end_b) or naming_with_quote(doc, a, b, end_b):
        return True
    cues: list[CueAt] = []
    for cue in cue_re().finditer(text, a, b):
        lemma, cls = reporting_verb_forms()[cue.group()]
        c = CueAt(doc, text, a, b, end_b, cue, lemma, cls, text[cue.end() : b], unmarked)
        pre_stripped, perfect = strip_aux(text[a : cue.start()])
        if (
            that_clause(c)
            or cue_after_content(c, perfect)
            or inverted_after_content(c, pre_stripped)
            or interrupting_cue(c)
            or colon_cue(c)
            or speech_clause(c)
        ):
            return True
        cues.append(c)
    # a cue's complement or a relative clause only when no cue of the sentence attributes
    # it otherwise ("The governor asked me to ..., the former deputy recalled")
    if any(relative_cue(c) or complement_cue(c) for c in cues):
        return True
    return coordinated_statement(doc, a, b, end_b) or participle_statement(doc, a, b, end_b)
