"""People a clause keeps apart: "Ann Lowe met the minister" names two people, so a later "the
minister said" is not Ann Lowe, however recently she spoke."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

__all__ = ["other_argument"]

#: words between a name and "the <noun>" that make them one person ("Lowe became the minister",
#: "Lowe was named the coach", "Lowe as the coach", "Reed calls himself the coach", "Reed will
#: stay the coach"); a passive's "by" undoes them ("Lowe was questioned by the detective")
_SAME_PERSON_WORDS = frozenset(
    "is was are were be been being became become becomes remain remains remained stay stays stayed "
    "continue continues continued named appointed elected nominated made as like calls called call "
    "dubbed himself herself".split()
)
#: a clause's words between a name and a noun phrase: no comma, stop, colon, dash or mark
_BETWEEN = r"[^\n.,;:!?\"\u201c\u201d()\u2014\u2013]{1,80}?"
#: what may follow the noun of a participant: the clause's end or a function word ("met the
#: minister on Monday"), never a noun it modifies ("the head coach job", "the governor's oath")
_NOUN_END = (
    r"(?=\s*(?:[.,;:!?)\n\"\u201d]|$)|\s+(?:on|in|at|after|before|during|for|to|and|about|over|with|"
    r"when|who|that|last|this|yesterday|today|outside|inside|into|from|behind|near|again|twice|once|by|since|"
    r"until|because|but|there|here|then)\b)"
)
#: prepositions that open a noun's own modifier ("the coach of Leeds United Tom Reed" names Reed)
_MODIFIER_OPENERS = frozenset("of at for from in with".split())


@lru_cache(maxsize=256)
def _pairs(text: str, surname: str, head: str) -> tuple[list[int], list[int]]:
    """Where a clause of ``text`` holds ``surname`` and "the/a <head>" as two of its people
    (either order), and where it makes them one person, each sorted."""
    noun = r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w'\u2019-]+\s+){0,2}?" + re.escape(head) + r"\b(?!['\u2019]s?\b)"
    name = r"\b" + re.escape(surname) + r"\b(?!['\u2019]s?\b)"
    apart, same = [], []
    for name_first, pattern in (
        (True, name + f"(?P<mid>{_BETWEEN})" + noun + _NOUN_END),
        (False, noun + f"(?P<mid>{_BETWEEN})" + name),
        # "Mia Holt and the envoy signed ...": two people joined, whatever follows
        (True, name + r"(?P<mid>\s+and\s+)" + noun),
    ):
        for m in re.finditer(pattern, text):
            mid = m.group("mid").split()
            lows = [w.lower() for w in mid]
            if not mid or not any(w[:1].islower() for w in mid):
                continue  # "the coach Tom Reed": one person, named
            if not _SAME_PERSON_WORDS.isdisjoint(lows) and lows[-1] != "by":
                same.append(m.start())
            elif name_first or lows[0] not in _MODIFIER_OPENERS:
                apart.append(m.start())
    return sorted(apart), sorted(same)


def other_argument(text: str, pos: int, name: str, head: str) -> bool:
    """Before ``pos``, a clause names the person ``name`` and someone else by ``head`` ("Ann
    Lowe met the minister on Monday", "the coach thanked Tom Lowe"), and none makes them one
    ("picked Ann Lowe as the new minister")."""
    surname = name.split()[-1] if name.split() else ""
    if not surname or not head:
        return False
    apart, same = _pairs(text, surname, head)
    return bisect_left(apart, pos) > 0 and bisect_left(same, pos) == 0
