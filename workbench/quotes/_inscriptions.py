"""A sign, banner or headline that carries the quoted words ("Roe held up a sign saying
"..."", "wore caps reading "...""): PolNeAR gives the object as the source as written; the
words are still those of the person holding it, whom the document's resolution follows."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ._mentions import Mention

#: the object's noun phrase right before the participle: a determiner or a number, up to
#: three modifiers, the carrier's noun in lower case, no comma before the participle (a
#: statement, a letter or a tweet is its author's; "pointed to the sign, saying" is the subject's)
_CARRIER_RE = re.compile(
    r"\b((?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Mm]any|[Ss]everal|\d+)\s+"
    r"(?:(?!(?:an?|the|of|on|in|at|to|for|from|with|by|under|over|near|and|or)\s)[\w'\u2019-]+\s+){0,3}?"
    r"(?:sign|banner|placard|poster|shirt|t-shirt|hat|cap|button|sticker|billboard|headline|"
    r"bottle|mug|plaque|mural|chyron)s?)\s+$"  # (lower case: "Jenson Button" is a man)
)
#: carriers that are mostly plain objects ("lifted the price cap saying", "recalled 20,000
#: bottles saying", "signed two shirts saying"): written on only when worn or held, or "reading"
_PLAIN_OBJECT_RE = re.compile(r"(?:shirt|hat|cap|button|bottle|mug|mural)s?$")
_WORN_OR_HELD_RE = re.compile(
    r"\b(?:wore|wear|wears|wearing|held|hold|holds|holding|carried|carry|carries|carrying|"
    r"waved|waving|sported|sporting|donned|donning|with)(?:\s+up)?\s+$"
)
#: verbs that make or show a carrier with its text ("painted a mural saying "...""); a
#: carrier only when the quotation opens right after the participle ("unveiled the mural
#: saying it was ..." is the subject's statement)
_MADE_RE = re.compile(
    r"\b(?:painted|paints|painting|put\s+up|puts\s+up|putting\s+up|unveiled|unveils|unveiling|"
    r"printed|prints|printing|hung|hangs|hanging|erected|erects|erecting|made|makes|making)\s+$"
)
_QUOTED_NEXT_RE = re.compile(r"[a-z]+ing\s+[\"\u201c]")
#: how far before the participle the phrase may start
_WINDOW = 80


def inscription_before(text: str, a: int, k: int) -> Callable[[Mention], Mention] | None:
    """For a carrier named right before a participle cue at ``k`` (not before ``a``): a
    function giving the holder's mention written as the carrier; None when there is none."""
    m = _CARRIER_RE.search(text, max(a, k - _WINDOW), k)
    if m is None:
        return None
    if (
        _PLAIN_OBJECT_RE.search(m.group(1))
        and not text.startswith("reading", k)
        and not _WORN_OR_HELD_RE.search(text, max(0, m.start(1) - 20), m.start(1))
        and not (
            _MADE_RE.search(text, max(0, m.start(1) - 20), m.start(1)) and _QUOTED_NEXT_RE.match(text, k)
        )
    ):
        return None
    return lambda holder: replace(holder, text=m.group(1), start=m.start(1), end=m.end(1))


#: verbs of carrying or wearing that the carrier pattern's modifiers may swallow ("The
#: workers wore caps reading": a clause, its subject a bare plural's holders)
_CARRY_VERBS = frozenset("wore held carried bore waved hoisted raised brandished sported donned hung".split())


def carrier_reading(text: str, a: int, k: int) -> bool:
    """A carrier named right before "reading" at ``k`` as one noun phrase, no verb of carrying
    inside it ('A banner reading', 'held a banner reading'; not 'The protesters carried
    placards reading': bare placards carried are narration, GUIDELINES.md)."""
    m = _CARRIER_RE.search(text, max(a, k - _WINDOW), k)
    if m is None:
        return False
    inner = [w.lower() for w in m.group(1).split()[1:-1]]
    return not any(w in _CARRY_VERBS or w.endswith("ed") for w in inner)


def bearer_mention(text: str, a: int, k: int) -> Mention | None:
    """The carrier named right before the participle at ``k`` as the source itself, when no
    one holds it in the sentence ('A banner reading "..." hung from the bridge'), or None."""
    m = _CARRIER_RE.search(text, max(a, k - _WINDOW), k)
    if m is None:
        return None
    head = m.group(1).split()[-1]
    name = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "", m.group(1))
    plural = head.endswith("s") and not head.endswith("ss")
    return Mention(
        "descriptor", m.group(1), m.start(1), m.end(1), name=name, head=head, number="pl" if plural else "sg"
    )
