"""The pronoun subject of the clause nearest a statement, when it is not the sentence's
subject: "Hale softened the pledge when he named his deputy, calling her "my
right hand"" is the pronoun's (the resolver takes it back to the subject), as PolNeAR marks it."""

from __future__ import annotations

from ._mentions import Mention, parse_speaker
from ._name_forms import fullest_name
from ._speaker_intro import _PRONOUN_CLAUSE_RE


def nearest_pronoun(text: str, main: Mention | None, a: int, b: int) -> Mention | None:
    """The last pronoun opening a clause between ``main`` (the sentence's subject, read from
    ``a``) and ``b``, of the subject's number; None when there is none or ``main`` is no
    person named in full in the text."""
    if main is None or main.kind != "name" or main.end is None:
        return None
    if len(fullest_name(text, main.name).split()) < 2:
        return None  # the resolver takes a pronoun back to a subject it knows in full only
    last = None
    for last in _PRONOUN_CLAUSE_RE.finditer(text, max(a, main.end), b):  # noqa: B007 - the last one
        pass
    if last is None or (last.group(1).lower() == "they") != (main.number == "pl"):
        return None
    return parse_speaker(last.group(1), last.start(1))
