"""A recording or a witness that catches someone speaking ('The recorder captured the captain
saying "..."', 'the controller can be heard telling the crew: "..."', 'The video shows an
officer shouting "..."'): the one caught speaking is the speaker, not the recording (the
record says how the words are known: tests/data/quotes/GUIDELINES.md)."""

from __future__ import annotations

import re

from ._mention_type import Mention
from ._mentions import parse_speaker

#: a verb of recording or perceiving, then the one speaking (a determiner's noun phrase)
#: right before the participle, no comma between ('captured the captain saying', not
#: 'recorded a verdict of misadventure, saying': the subject's participle)
_CAUGHT_RE = re.compile(
    r"\b(?:captured|captures|recorded|records|filmed|films|caught|catches|shows|showed|show)\s+"
    r"(?P<np>(?:the|a|an|one|his|her|their|its)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3})(?<!\sas)\s+$"
)
#: the one speaking, then a passive verb of hearing or seeing ('the controller can be heard',
#: 'the pilot is heard', 'the officer was seen')
_HEARD_RE = re.compile(
    r"(?P<np>\b(?:the|a|an|one|his|her|their)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)\s+"
    r"(?:(?:can|could)\s+be|is|was|were|are)\s+(?:clearly\s+|then\s+|later\s+)?(?:heard|seen)\s*$"
)


def caught_speaking(text: str, a: int, k: int) -> Mention | None:
    """The person caught speaking right before the participle at ``k`` (the sentence from
    ``a``), or None."""
    lo = max(a, k - 120)
    m = _CAUGHT_RE.search(text, lo, k) or _HEARD_RE.search(text, lo, k)
    if m is None:
        return None
    speaker = parse_speaker(m.group("np"), m.start("np"), lenient=True)
    return speaker if speaker is not None and speaker.kind != "pronoun" else None
