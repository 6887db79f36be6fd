"""The antecedent a pronoun finds in its own sentence: "Senator Ines Varga mocked both
rivals, but she paid the mayor a compliment: ..." is Varga, whoever spoke before her."""

from __future__ import annotations

import re

from ._mentions import Mention
from ._name_forms import (
    fullest_name,
    person_gender,
)
from ._names import (
    NAME_SEQ_RE,
    ORG_SUFFIXES,
    is_place,
    norm,
    speaker_words,
    strip_name_lead,
)
from ._narration import _OPENING_PHRASE_RE as OPENING_PHRASE_RE
from ._narration import sentence_ends_before

__all__ = ["same_sentence_subject"]

#: a clause between the subject and the pronoun that another speaker's words open
_QUOTE_RE = re.compile('["\u201c\u201d\u00ab\u00bb]')


def same_sentence_subject(text: str, pos: int, m: Mention) -> str | None:
    """The full name of the person a sentence opens with, as its subject, when a singular
    third-person pronoun later in that sentence (at ``pos``) can refer to them (gender),
    and no quotation stands between them; else None."""
    if m.number != "sg" or m.text.lower() in ("i", "we") or m.gender == "n":
        return None
    ends = sentence_ends_before(text, pos)
    start = ends[-1] if ends else 0
    if start >= pos or _QUOTE_RE.search(text, start, pos) or "\n" in text[start:pos].strip():
        return None
    opening = OPENING_PHRASE_RE.match(text, start, pos)
    lead = opening.end() if opening is not None else start
    match = NAME_SEQ_RE.match(text, lead, pos)
    if match is None or not re.match(r"[^\S\n]+[a-z]", text[match.end() : match.end() + 2]):
        return None  # a subject is followed by its verb ("Ines Varga mocked")
    toks = strip_name_lead(match.group().split())
    if not toks or toks[-1].endswith(("'s", "\u2019s")) or is_place(text, match.start(), toks):
        return None
    full = fullest_name(text, " ".join(toks)).split()
    if (
        len(full) < 2
        or any(t in ORG_SUFFIXES or norm(t) in speaker_words()["orgs"] for t in full)
        or person_gender(text, full) not in (None, m.gender)
    ):
        return None
    return " ".join(full)
