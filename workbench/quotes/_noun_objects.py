"""Cues whose noun object PolNeAR reads as the statement ("noted the plant's record",
"stressed the need for calm"): counted on PolNeAR train, a cue is listed when most of its
noun objects (not bare clauses) are annotated."""

from __future__ import annotations

import re

from ._bare_clauses import bare_clause
from ._clauses import has_verb

#: lemmas and their train counts of annotated / found noun objects: note 13/16, emphasize 3/4
#: (left out: recall 5/6, because outside political copy its object is mostly a product or an
#: envoy called back, "recalled 40,000 vans"; stress 4/6, whose statements lowered precision;
#: announce 23/42, predict 3/6, cite 1/18, praise 1/12)
NOUN_OBJECT_CUES = frozenset({"note", "emphasize"})
#: speech cues whose noun object is never the statement ("claimed a victory", "added a
#: clause", "wrote a letter to the mayor", "wrote a guide to the rules"): train noun objects
#: annotated / found: claim 1/4, add 0/10, write 4/32 (a letter, an op-ed, a book or a check
#: written is what was written, not what it said; without them train F1 0.84997 -> 0.85004)
NO_NOUN_OBJECT_CUES = frozenset({"claim", "add", "write"})
#: a noun phrase opening with a determiner, a possessive or a number
_NOUN_OBJECT_RE = re.compile(r"\s+(?:the|a|an|his|her|its|their|our|my|this|these|those|\d)\b")


def noun_object(lemma: str, post: str) -> bool:
    """The words ``post`` after a cue of ``lemma`` are a noun object read as its statement."""
    return lemma in NOUN_OBJECT_CUES and _NOUN_OBJECT_RE.match(post) is not None


#: cues whose indefinite noun object with no verb after it is what was put forward, no
#: statement ("suggested a link between A and B", "suggested a compromise"); "suggested a
#: deal could be reached" is a clause
INDEFINITE_OBJECT_CUES = frozenset({"suggest"})
_INDEFINITE_RE = re.compile(r"\s+(?:a|an)\s")
#: a hyphenated compound ("ultra-processed", "long-awaited"): an adjective, no verb
_COMPOUND_RE = re.compile(r"\b[\w]+-[\w-]+")


def indefinite_object(lemma: str, post: str) -> bool:
    """The words ``post`` after a cue of ``lemma`` are an indefinite noun phrase and no
    clause: what was suggested, not a statement."""
    if lemma not in INDEFINITE_OBJECT_CUES or _INDEFINITE_RE.match(post) is None:
        return False
    return not bare_clause(post) and not has_verb(_COMPOUND_RE.sub("x", post))
