"""People a clause keeps apart: "Ann Lowe met the minister" names two people, so a later "the
minister said" is not Ann Lowe, however recently she spoke."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ._whole_words import word_starts

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


#: how far from the surname a clause's pair may reach (a noun phrase, 80 characters between,
#: the noun's end): each pattern is searched only around the surname's occurrences
_REACH = 200


#: a capitalised word as a name, not a possessive: the surname is checked on each match
_NAME = r"(?P<name>[^\W\d_][\w'\u2019-]*)\b(?!['\u2019]s?\b)"
#: a possessive after the surname (the fullmatch of a noun-first pair cannot look past it)
_POSSESSIVE_RE = re.compile(r"['\u2019]s?\b")
#: an article, where a noun phrase naming the other participant may open
_ARTICLE_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s")


@lru_cache(maxsize=256)
def _patterns(head: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The three shapes of a pair for a noun, compiled once a noun (compiling them per
    surname and noun cost more than all the searches): name first, noun first, "and"."""
    noun = r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w'\u2019-]+\s+){0,2}?" + re.escape(head) + r"\b(?!['\u2019]s?\b)"
    return (
        re.compile(_NAME + f"(?P<mid>{_BETWEEN})" + noun + _NOUN_END),
        re.compile(noun + f"(?P<mid>{_BETWEEN})" + _NAME),
        # "Mia Holt and the envoy signed ...": two people joined, whatever follows
        re.compile(_NAME + r"(?P<mid>\s+and\s+)" + noun),
    )


@lru_cache(maxsize=256)
def _pairs(text: str, surname: str, head: str) -> tuple[list[int], list[int]]:
    """Where a clause of ``text`` holds ``surname`` and "the/a <head>" as two of its people
    (either order), and where it makes them one person, each sorted."""
    heads = word_starts(text, head)
    # only around the surname's occurrences with the noun near (over the whole text, each
    # position an article could open was tried, 7 ms a call on a news article)
    n = len(surname)
    names = [
        k
        for k in word_starts(text, surname)
        if heads and bisect_left(heads, k + n + _REACH) > bisect_left(heads, k - _REACH)
    ]
    if not names:
        return [], []
    first, second, joined = _patterns(head)
    found = []
    for k in names:
        found += [(True, first.match(text, k)), (True, joined.match(text, k))]
        if _POSSESSIVE_RE.match(text, k + n):
            continue  # "the coach thanked Reed's family": the family is the participant
        # noun first: from each article before the surname up to the surname's end
        found += [
            (False, second.fullmatch(text, a.start(), k + n))
            for a in _ARTICLE_RE.finditer(text, max(0, k - _REACH), k)
        ]
    apart, same = set(), set()
    for name_first, m in found:
        if m is None or m.group("name") != surname:
            continue
        mid = m.group("mid").split()
        lows = [w.lower() for w in mid]
        if not mid or not any(w[:1].islower() for w in mid):
            continue  # "the coach Tom Reed": one person, named
        if not _SAME_PERSON_WORDS.isdisjoint(lows) and lows[-1] != "by":
            same.add(m.start())
        elif name_first or lows[0] not in _MODIFIER_OPENERS:
            apart.add(m.start())
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
