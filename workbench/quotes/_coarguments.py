"""People a clause keeps apart: "Ann Lowe met the minister" names two people, so a later "the
minister said" is not Ann Lowe, however recently she spoke."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

__all__ = ["other_argument"]

#: words between a name and "the <noun>" that make them one person ("Lowe, the minister",
#: "Lowe became the minister", "Lowe was named the coach", "Lowe as the coach")
_SAME_PERSON_WORDS = frozenset(
    "is was are were be been being became become becomes remains remained named appointed elected "
    "as like nominated made".split()
)
#: a clause's words between a name and a noun phrase: no comma, stop, colon, dash or mark
_BETWEEN = r"[^\n.,;:!?\"\u201c\u201d()\u2014\u2013]{1,80}?"


@lru_cache(maxsize=256)
def _pairs(text: str, surname: str, head: str) -> list[int]:
    """Where a clause of ``text`` holds ``surname`` and "the/a <head>" as two of its people
    (either order), sorted."""
    noun = r"\b(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,2}?" + re.escape(head) + r"\b"
    name = r"\b" + re.escape(surname) + r"\b(?!['\u2019]s)"
    found = []
    for pattern in (name + f"(?P<mid>{_BETWEEN})" + noun, noun + f"(?P<mid>{_BETWEEN})" + name):
        for m in re.finditer(pattern, text):
            mid = m.group("mid").split()
            # a verb or a preposition between them, none that makes them one person
            if (
                mid
                and any(w[:1].islower() for w in mid)
                and _SAME_PERSON_WORDS.isdisjoint(w.lower() for w in mid)
            ):
                found.append(m.start())
    return sorted(found)


def other_argument(text: str, pos: int, name: str, head: str) -> bool:
    """Before ``pos``, a clause names the person ``name`` and someone else by ``head`` ("Ann
    Lowe met the minister on Monday", "the coach thanked Tom Lowe")."""
    surname = name.split()[-1] if name.split() else ""
    if not surname or not head:
        return False
    return bisect_left(_pairs(text, surname, head), pos) > 0
