"""A body's name with a word in lower case inside it, before its last capitalised words ("The
Medicines and Healthcare products Regulatory Agency"): the readers of names cut it at the
small word ("The Medicines", a group). Read as the same name with that word capitalised,
then given back its own words."""

from __future__ import annotations

import re
from collections.abc import Callable

from ._mention_type import Mention
from ._names import ORG_SUFFIXES, PREPOSITIONS, STOP, norm, speaker_words

__all__ = ["lower_word_in_body"]

_CAP = r"[A-Z][\w'\u2019-]*"
#: (the) capitalised words (joined by "and", "&" or "of"), one lower-case word, then
#: capitalised words to the phrase's end
_SHAPE_RE = re.compile(
    rf"\s*(?:[Tt]he\s+)?{_CAP}(?:\s+(?:(?:and|&|of)\s+)?{_CAP})*\s+(?P<low>[a-z]{{3,}})\s+{_CAP}(?:\s+{_CAP}){{0,3}}\s*$"
)


def lower_word_in_body(seg: str, parse: Callable[[str], Mention | None]) -> Mention | None:
    """The organisation ``seg`` names when it is a body's name whose one lower-case word
    ("products") stands before its last capitalised words and a body's word ends it
    ("Agency"); ``parse`` reads a phrase at offset 0. None otherwise: the small word is no
    role's ("Acme chief Tom Price"), no clause's word, and no preposition."""
    m = _SHAPE_RE.match(seg)
    if m is None or seg.rstrip().rsplit(None, 1)[-1] not in ORG_SUFFIXES:
        return None
    low = m["low"]
    words = speaker_words()
    n = norm(low)
    if (
        n in STOP
        or n in PREPOSITIONS
        or n in words["heads"]
        or n in words["titles"]
        or n in words["determiners"]
    ):
        return None
    k = m.start("low")
    read = parse(seg[:k] + low.capitalize() + seg[k + len(low) :])
    if (
        read is None
        or getattr(read, "kind", None) != "organisation"
        or read.start is None
        or read.end is None
    ):
        return None
    if not read.start <= k < read.end:
        return None  # (the name read is not the one holding the small word)
    own = seg[read.start : read.end]
    mention = object.__new__(Mention)
    mention.__dict__.update(read.__dict__)
    mention.text = own
    mention.name = own
    return mention
