"""Speaker phrases whose names the readers cut: a group named with a list ("the foreign
ministers of France, Germany and Britain": the list's commas are no apposition's), a body's
name holding "and" ("U.S. Customs and Border Protection"), a parent's acronym before a body's
full name ("the UN's Food and Agriculture Organization") and a peer's territorial designation
("Lord Pemberton of Wick")."""

from __future__ import annotations

import re
from dataclasses import replace

from ._mention_type import Mention
from ._names import ORG_SUFFIXES, country_names, norm, place_names, speaker_words

#: one item of the list: a capitalised name of up to four words, "the" before it or not
_ITEM = r"(?:the\s+)?[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3}"
#: a plural head ("ministers", "Officials") with up to three words before it, a preposition,
#: then three items or more: "A, B and C", "A, B, and C"
_LIST_RE = re.compile(
    r"(?:[\w'\u2019-]+\s+){0,3}?[A-Za-z][a-z]+s\s+(?:of|from|in|at|for)\s+"
    + _ITEM
    + r"(?P<commas>(?:,\s+"
    + _ITEM
    + r")+),?\s+and\s+"
    + _ITEM
)


_TRAILING_LIST_RE = re.compile(r"(?<![\w'\u2019-])(?:" + _LIST_RE.pattern + r")\s*$")


def trailing_list(pre: str) -> int | None:
    """Where a plural group named with a list ends ``pre`` (the words before a cue: "In a
    joint statement, the envoys of A, B, and C"), else None."""
    m = _TRAILING_LIST_RE.search(pre) if ", " in pre and " and " in pre else None
    return m.start() if m is not None else None


def list_unpunctuated(s: str) -> str | None:
    """``s`` with its list's commas made spaces (the same length), when the whole phrase is
    a plural group named with a list ("The ministers of France, Germany and Britain" ->
    "The ministers of France  Germany and Britain"); else None."""
    m = _LIST_RE.fullmatch(s)
    if m is None:
        return None
    return s[: m.start("commas")] + s[m.start("commas") : len(s)].replace(",", " ")


def with_commas(s: str, words: str) -> str:
    """``words`` (read from the list without its commas) as ``s`` writes them, commas kept
    ("ministers of France Germany and Britain" -> "ministers of France, Germany and Britain")."""
    if not words:
        return words
    m = re.search(r"[\s,]+".join(re.escape(w) for w in words.split()), s)
    return m.group() if m is not None else words


_CAP = r"[A-Z][\w.'\u2019&-]*"
#: a body's name that holds "and", capitalised words on both sides and two or more after it
#: ("U.S. Customs and Border Protection", "Alcohol and Drug Foundation")
_AND_NAME_RE = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>(?P<a>"
    + _CAP
    + r"(?:\s+"
    + _CAP
    + r")*)\s+and\s+(?P<b>"
    + _CAP
    + r"(?:\s+"
    + _CAP
    + r")+))"
)
#: a person's title or honorific before a name: two people coordinated ("Mr. Roe and Ms. Lee")
_PERSON_TITLE_RE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Sen|Rep|Gov|Gen|Col|President|Prime|Senator|Governor|Mayor)\.?"
)


def and_name(s: str, base: int) -> Mention | None:
    """The organisation named by ``s`` when its name holds "and" between capitalised words
    (no person's given name or title, no place on either side: "France and Saudi Arabia",
    "Anna Roe and Tom Lee" are two)."""
    m = _AND_NAME_RE.fullmatch(s)
    if m is None:
        return None
    words = speaker_words()
    toks = m["name"].split()
    if any(norm(t) in words["given_names"] or _PERSON_TITLE_RE.fullmatch(t) for t in toks):
        return None
    if any(norm(t) in words["titles"] or norm(t) in words["heads"] for t in toks[1:]):
        return None  # ("Estera Events Co-Owner and Lead Planner Ann Roe": a person's posts)
    places = place_names()
    if m["a"] in places or m["b"] in places or toks[-1] in places:
        return None
    if len(m["b"].split()) > 3:
        return None  # ("Estera Events Co-Owner and Lead Planner Ann Roe": posts, then a name)
    if len(m["b"].split()) == 3 and not _body_evidence(m["b"].split()):
        return None  # ("Minister for Culture, Sport and Media Orla Keane": a portfolio, then a name)
    if len(m["b"].split()) == 2 and len(m["a"].split()) <= 2 and not _body_evidence(toks):
        return None  # ("Jeb Roe and Chris Lund", "Khizr and Ghazala Khan": two people, a couple)
    name = m["name"]
    return Mention(
        "organisation", name, base + m.start("name"), base + m.end(), name=name, head=toks[-1].lower()
    )


def _body_evidence(toks: list[str]) -> bool:
    """A word of the name says it is a body's: an organisation's word ("Office", "Bureau"), or
    a country's short form or an acronym opening it ("U.S. Customs and Border Protection")."""
    orgs = speaker_words()["orgs"]
    first = toks[0]
    return (
        any(t in ORG_SUFFIXES or norm(t) in orgs for t in toks)
        or first in country_names()
        or re.fullmatch(r"(?:[A-Z]\.?){2,6}", first) is not None
    )


#: a parent body's acronym owning a body's full name ("the UN's Food and Agriculture
#: Organization", "NASA's Jet Propulsion Laboratory"): the name is the body's own
_PARENT_RE = re.compile(r"(?:[A-Z]\.?){2,6}['\u2019]s\s+(?P<own>[A-Z].*\s[A-Z][\w'\u2019.-]*)")


def without_parent(m: Mention | None) -> Mention | None:
    """``m`` with a parent's acronym in the possessive cut from its name, when the rest is a
    body's name of two words or more ending in an organisation's word."""
    if m is None or m.kind not in ("name", "organisation") or "s " not in m.name:
        return m
    hit = _PARENT_RE.fullmatch(m.name)
    if hit is None:
        return m
    last = hit["own"].split()[-1]
    if last not in ORG_SUFFIXES and norm(last) not in speaker_words()["orgs"]:
        return m
    return replace(m, name=hit["own"])


#: a peer named by a title and a territorial designation ("Lord Pemberton of Wick", "Baroness
#: Hale of Richmond"): the whole is the name the House knows them by
_PEER_RE = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess)\s+[A-Z][a-z'\u2019-]+\s+of\s+"
    r"[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?)"
)


def peer_name(s: str, base: int) -> Mention | None:
    """The peer ``s`` names, title and designation kept, else None."""
    m = _PEER_RE.fullmatch(s) if " of " in s else None
    if m is None or norm(m["name"].split()[1]) in speaker_words()["titles"] or "Mayor" in m["name"]:
        return None  # ("the Lord Mayor of London", "Lord Chancellor of ...": an office)
    return Mention("name", m["name"], base + m.start("name"), base + m.end(), name=m["name"], number="sg")
