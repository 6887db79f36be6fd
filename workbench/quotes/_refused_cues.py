"""Cues that report nothing said: a refusal to speak ("Some officials will refuse to say the task
is done", "declined to say the deal was off": what was not said, GUIDELINES.md's "declined to
comment"), and a participle clause read as a speaker ("..., enabling intelligent agents to
store, think, ...": the participle's object and its infinitive, no one's belief)."""

from __future__ import annotations

import re

from ._mention_type import Mention

#: a refusal right before the cue, between the speaker and the content
_REFUSAL_RE = re.compile(r"\b(?:refus|declin)(?:e|es|ed|ing)\s+to\s+[a-z]+\s*(?:that\s*)?$")
#: a participle opening the phrase and an infinitive inside it ("enabling agents to store")
_PARTICIPLE_PHRASE_RE = re.compile(r"[a-z]+ing\s+(?:[\w'\u2019-]+\s+){1,4}to\s+[a-z]+$")


def no_report(text: str, mention: Mention, start: int) -> bool:
    """The cue between ``mention`` and the content at ``start`` reports nothing said, or the
    mention is a participle clause (see the module)."""
    if _PARTICIPLE_PHRASE_RE.fullmatch(mention.text) is not None:
        return True
    end = mention.end
    return end is not None and 0 < start - end <= 60 and _REFUSAL_RE.search(text, end, start) is not None
