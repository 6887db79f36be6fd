"""Hypothetical speakers whose claim is the writer's: "Any nurse will tell you ..."."""

from __future__ import annotations

import re

from ._mentions import Mention

#: a hypothetical speaker: "any" and a noun ("Any nurse will tell you"), or the pronoun after
#: an imperative that picks one ("Ask any landlord and they will tell you"); the claim is the
#: writer's, put in anyone's mouth (GUIDELINES.md: agentless hearsay, "as they say")
_GENERIC_SPEAKER_RE = re.compile(
    r"(?:\b[Aa]ny\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}"
    r"|\b(?:[Aa]sk|[Tt]alk\s+to|[Ss]peak\s+to)\s+(?:any|an?)\s+(?:[\w'\u2019-]+\s+){1,3}and\s+(?:they|he|she))$"
)


def generic_speaker(text: str, a: int, mention: Mention, k: int) -> bool:
    """The speaker is a hypothetical one (:data:`_GENERIC_SPEAKER_RE`) and a modal stands
    before the cue at ``k`` ("Any nurse will tell you")."""
    return (
        mention.end is not None
        and _GENERIC_SPEAKER_RE.search(text, a, mention.end) is not None
        and MODAL_BEFORE_RE.search(text, mention.end, k) is not None
    )


#: a modal, maybe with an adverb, right before the cue ("will tell", "would surely say")
MODAL_BEFORE_RE = re.compile(r"\b(?:will|would|may|might|could|can|should|must)\s+(?:\w+\s+)?$")
