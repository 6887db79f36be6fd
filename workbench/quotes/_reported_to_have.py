"""A speaker whom the writer reports at second hand: "The minister is reported to have said
the budget was too small", "X was said to have told aides that ...", "Y is understood to have
warned ...": the subject of the passive speaks through the cue after "to have" (PolNeAR's
source), what the cue reports is the statement."""

from __future__ import annotations

import re

from ._clause_end import clause_end
from ._clauses import MIN_CONTENT_WORDS, CueAt, has_verb
from ._cue_speakers import speaker_before
from ._cues import n_words

#: a passive of reporting or belief and "to have" right before the cue ("is reported to have",
#: "was widely said to have", "are also understood to have")
_RAISED_RE = re.compile(
    r"\s(?:is|are|was|were)\s+(?:(?:also|widely|reliably|even|now)\s+)?"
    r"(?:reported|said|understood|believed|thought|known|alleged|rumou?red|supposed)\s+to\s+have\s+$"
)
#: what may stand between a telling cue and its clause: whom it was told, and "that"
_TOLD_THAT_RE = re.compile(r"\s+(?:[\w'\u2019-]+\s+){1,4}?that\s+(?=\S)")
_TOLD_WHOM_RE = re.compile(r"\s+[\w'\u2019-]+\s+(?=\S)")
_THAT_RE = re.compile(r"\s+(?:that\s+)?(?=\S)")


def reported_to_have(c: CueAt) -> bool:
    """The statement of a cue after "is reported to have" (see the module); True if added."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    k = cue.start()
    if text.find(" to have", max(a, k - 12), k) < 0:
        return False  # (most cues: no search)
    raised = _RAISED_RE.search(text, max(a, k - 60), k)
    if raised is None or cls == "belief":
        return False
    mention, _ = speaker_before(text, a, raised.start(), subject=True)
    if mention is None:
        return False
    if lemma in ("tell", "warn", "assure", "remind"):
        # whom it was told, up to its "that" when one comes ("warned the board that")
        lead = _TOLD_THAT_RE.match(text, cue.end(), end_b) or _TOLD_WHOM_RE.match(text, cue.end(), end_b)
    else:
        lead = _THAT_RE.match(text, cue.end(), end_b)
    if lead is None:
        return False
    start = lead.end()
    end = clause_end(text, start, end_b, cue.group())
    if n_words(text[start:end]) < MIN_CONTENT_WORDS or not has_verb(text[start:end]):
        return False
    return doc.add("indirect", [(start, end)], mention, cue.group(), lemma)
