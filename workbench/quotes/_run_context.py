"""A capitalised run read with the words before it in the text: a place after an office's
"of" ("Mayor of Greater Marlshire Andy Burnell"), a portfolio's last words ("Minister for Trade
and Industry Orla Keane"), a first given name no list knows ("Mehmet Ali Kaçar"), and a role
right before a name ("secretary Akhtar Ahmed Sarkar")."""

from __future__ import annotations

import re

from ._name_leads import name_title, role_word
from ._names import (
    NAME_ORG_ENDS,
    ORG_SUFFIXES,
    PREPOSITIONS,
    demonym_words,
    known_given,
    known_organisations,
    norm,
    openers,
    place_names,
    speaker_words,
)


def _office_place_before(text: str, start: int, toks: list[str]) -> bool:
    """The run at ``start`` follows an office's title and "of"/"for" ("Mayor of Greater
    Marlshire Andy Burnell", "Commissioner for North Wendover Ann Roe"), and its first word
    is no given name: a place, then the holder's given name and surname."""
    before = text[max(0, start - 40) : start].split()
    words = speaker_words()
    return (
        len(before) >= 2
        and before[-1] in ("of", "for")
        and before[-2][:1].isupper()
        and norm(before[-2]) in words["titles"]
        and not known_given(norm(toks[0]), words["given_names"])
        and all(t[:1].isupper() for t in toks)
    )


#: an office's title, "of" or "for", then a portfolio's list up to its "and" ("Minister for Trade
#: and ", "Secretary of State for Culture, Media and "), ending where a run starts
_PORTFOLIO_TAIL_RE = re.compile(
    r"([A-Z][\w'\u2019-]*)(?:\s+of\s+State)?\s+(?:of|for)\s+(?:[A-Z][\w'\u2019&-]*,?\s+){1,6}(?:and|&)\s+$"
)


def _portfolio_before(text: str, start: int, toks: list[str]) -> bool:
    """The run at ``start`` ends an office's portfolio that holds "and" ("Minister for Trade
    and Industry Orla Keane": "Industry Orla Keane"), and its first word is no given name:
    the portfolio's last words, then the holder's given name and surname."""
    if text[max(0, start - 5) : start].rstrip()[-3:] not in ("and", "&"):
        return False  # (most runs: no "and" before them)
    m = _PORTFOLIO_TAIL_RE.search(text, max(0, start - 80), start)
    words = speaker_words()
    return (
        m is not None
        and norm(m.group(1)) in words["titles"]
        and not known_given(norm(toks[0]), words["given_names"])
        and all(t[:1].isupper() for t in toks)
    )


#: clergy titles and kinship words written before a given name that the title lists leave
#: out ("Canon Mary Church", "Uncle Tom Reed"): no first given name of a double one
_TITLES_BEFORE_GIVEN = frozenset(
    "canon father sister brother pastor vicar deacon elder uncle aunt auntie grandma grandpa granny".split()
)


def _first_given_run(text: str, start: int, run: str) -> bool:
    """The run of three words at ``start`` lost its first word to a known given name after
    it, and that word is a first given name of a double one ("Mehmet Ali Kaçar", which no list
    knows; a run with a letter beyond ASCII only), not a body's or a place's name before a person's ("Gazprom Ivan Petrov"): written
    as a name (a capital, then small letters only), no word of the lists, no known
    organisation, place or demonym, and no preposition before the run ("Mayor of Bristol Tom
    Rees": a place the gazetteers may not hold)."""
    toks = run.split()
    if len(toks) != 3 or run.isascii():
        # (a name in an alphabet beyond English's, "Mehmet Ali Kocabaş": in an English run,
        # "Favourite Tom Hale", a capitalised word of the sentence no list knows)
        return False
    before = text[max(0, start - 6) : start].split()
    if before and before[-1].lower() in PREPOSITIONS:
        return False
    words = speaker_words()
    t, n = toks[0], norm(toks[0])
    return (
        norm(toks[1]) in words["given_names"]
        and len(t) > 2
        and t[0].isupper()
        and t[1:].isalpha()
        and t[1:].islower()
        and n not in words["orgs"]
        and n not in words["heads"]
        and n not in words["titles"]
        and n not in NAME_ORG_ENDS
        and t not in ORG_SUFFIXES
        and t not in known_organisations()
        and t not in place_names()
        and t not in demonym_words()
        and t.lower() not in openers()
        and not t.endswith(("ing", "ed", "ly"))  # ("Including Rui Costa", "Asked Jo Hart")
        and n not in _TITLES_BEFORE_GIVEN
        and not role_word(n, words)
        and not name_title(n, words)
    )


def role_before(text: str, start: int) -> bool:
    """The word right before ``start`` in ``text`` is a role's or a title's, with only a space
    between ("secretary Akhtar Ahmed Sarkar", "Secretary Akhtar ..."; not "Ahmed Sarkar, the
    secretary", nor "the secretary's Akhtar")."""
    before = text[max(0, start - 30) : start]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words:
        return False
    last = words[-1]
    n = norm(last)
    return last[-1:].isalpha() and (n in speaker_words()["titles"] or role_word(n, speaker_words()))
