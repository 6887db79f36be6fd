"""The holder of "In his opinion, ..." named by the attribution closing its sentence: "In his
opinion, the West is not interested in talks, - Lyubimov added." (a translated agency's dash
before the attribution, or a comma alone) is Lyubimov's, the content ending before the comma;
the pronoun of the opening phrase points forward to that name."""

from __future__ import annotations

import re

from ._cues import reporting_verb_forms
from ._mention_type import Mention
from ._mentions import parse_speaker

__all__ = ["closing_holder"]

#: ", - Lyubimov added", ", Anna Berg stressed", ", - said Lyubimov": a name of one to three
#: capitalised words and a verb (or the verb first), closing the sentence
_CLOSING_RE = re.compile(
    r",\s*(?:[-\u2013\u2014]\s*)?"
    r"(?:(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})\s+(?P<cue>[a-z]+)"
    r"|(?P<cue2>[a-z]+)\s+(?P<name2>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}))"
    r"\s*[.!?]?\s*$"
)


def closing_holder(text: str, a: int, b: int) -> tuple[Mention, str, int] | None:
    """The speaker, cue and content end of a clause ``text[a:b]`` that a named speaker's
    attribution closes ("..., - Lyubimov added"), or None."""
    k = text.rfind(",", a, b)
    if k < 0:
        return None
    m = _CLOSING_RE.match(text, k, b)
    if m is None:
        return None
    cue, name = (m.group("cue"), m.group("name")) if m.group("cue") else (m.group("cue2"), m.group("name2"))
    start = m.start("name") if m.group("name") else m.start("name2")
    if cue not in reporting_verb_forms():
        return None
    mention = parse_speaker(name, start)
    if mention is None or mention.kind != "name":
        return None
    return mention, cue, k
