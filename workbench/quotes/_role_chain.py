"""A person's name after a long role with "of" phrases, as wire copy (translated copy most)
writes it: "the head of the press service of the Ministry of Energy of Ukraine Iryna Dovzhenko",
"the head of the committee Viktor Orlovsky". The readers of names take the last capitalised run
as a body's ("of the Ministry ...") or give up on a phrase this long; here the two words that
end the phrase are the person and the words before them the role."""

from __future__ import annotations

import re

from ._mention_type import Mention
from ._names import ORG_SUFFIXES, norm, person_head, place_names

__all__ = ["role_chain_name"]

#: a role ("the head", "the official representative"), a preposition, then more of the role,
#: then two capitalised words: the name
_CHAIN_RE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<role>(?P<head>(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)\s+(?:of|for|at)\s+"
    # (a unit's or an outlet's name in marks, a district in brackets: 'the group of forces
    # "West" Ivan Dorofeev', "Deputy Commissioner of Police (South) Rajiv Malhotra")
    r"(?:[\w'\u2019.\"\u201c\u201d\u00ab\u00bb()-]+\s+){1,16}?)"
    r"(?P<name>[A-Z][a-z'\u2019-]+\s+[A-Z][a-z'\u2019-]+)"
)
#: lower-case words of a role's "of" phrases that make it a clause instead
_CLAUSE_WORDS = frozenset(
    "who which that whose when where while after before because and said says is was".split()
)
#: capitalised small words of a campaign's or a body's name, never a person's
_NAME_SMALL = frozenset("Against For Of The And Without Over Under Not Save Stop No".split())
#: bodies of officials that a person's name follows in such a role ("the head of the committee
#: Viktor Orlin"); not groups, firms, unions or media, whose name follows their noun
_STAFFED_BODIES = frozenset(
    """committee ministry department service commission council office administration government
    delegation directorate embassy mission court parliament assembly senate board presidium
    secretariat staff headquarters""".split()
)
#: the most words of such a phrase (the readers of names stop at 14)
MAX_CHAIN_WORDS = 24


def _place_of_office(head: str, rest: list[str], words: dict) -> bool:
    """ "Mayor of Greater Marlshire Andy Burnell", "Police and Crime Commissioner for Wendover
    Alan Price": an office's title in capitals, "of"/"for", a place of one to three
    capitalised words that no list need know, then the name's two words (no given name the
    lists know in the place: not "... of Leeds Ann Lee Moss")."""
    last = head.split()[-1]
    return (
        last[:1].isupper()
        and norm(last) in words["titles"]
        and rest[0] in ("of", "for")
        and 2 <= len(rest) <= 4
        # (one body's word is the office's own: "Commissioner of Police Ann Roe")
        and all(
            w[:1].isupper() and w not in ORG_SUFFIXES and (len(rest) == 2 or norm(w) not in words["orgs"])
            for w in rest[1:]
        )
        and not any(norm(w) in words["given_names"] for w in rest[1:])
    )


def role_chain_name(s: str, base: int, words: dict) -> Mention | None:
    """The name that ends ``s`` after a role with "of" phrases, the role set on it; None when
    ``s`` is no such phrase (its head no person's noun, a clause's word in it, a body's or a
    title's word in the name)."""
    m = _CHAIN_RE.fullmatch(s)
    if m is None or len(s.split()) > MAX_CHAIN_WORDS:
        return None
    if not person_head(norm(m.group("head").split()[-1])):
        return None  # ("the capital of the region Anna Hill": no person's role)
    rest = m.group("role")[m.end("head") - m.start("role") :].split()
    if any(w.lower() in _CLAUSE_WORDS or w.endswith(("ed", "ing")) for w in rest if w[:1].islower()):
        return None
    given, surname = m.group("name").split()
    if any(
        w in ORG_SUFFIXES or w in _NAME_SMALL or norm(w) in words["titles"] or norm(w) in words["orgs"]
        for w in (given, surname)
    ):
        return None  # ("... of the Bank of Foreign Trade Union", "Parents Against Cuts": a body's name)
    before = rest[-1]
    if (
        before[:1].isupper()
        and before not in ORG_SUFFIXES
        and (
            before not in place_names()
            or norm(before) in words["given_names"]
            or len(rest) < 2
            or rest[-2] not in ("of", "in")
        )
        and not _place_of_office(m.group("head"), rest, words)
    ):
        # ("Members of Parents Against Cuts", "... Ann Lee Moss", "the group Fair Rivers Ellen
        # Park": not cut; "of Ukraine Iryna Dovzhenko": a place's name after "of")
        return None
    if (
        before[:1].islower()
        and norm(given) not in words["given_names"]
        and norm(before) not in _STAFFED_BODIES
    ):
        # ("the spokeswoman of the group Fair Rivers": a body named after its noun; after a
        # body of officials the name is taken as a person's even with a given name no list
        # knows, "the head of the delegation Sipho Ndlovu", so "the committee Open Doors" is
        # read as one too)
        return None
    if (
        before[:1].islower()
        and norm(before) not in _STAFFED_BODIES
        or norm(before.rstrip(".")) in words["titles"]
    ):
        # ("the wife of farmer Tom Reed", "the lawyer of Dr. Ann Lee": the role's object; "the
        # advocacy group Fair Rivers", "the union Unite": a body named after its noun)
        return None
    # (the phrase as written is the speaker's span: what stands before the name is no
    # statement's; without its article, which a person's name never takes)
    k = m.start("role")
    return Mention(
        "name",
        s[k:],
        base + k,
        base + len(s),
        name=m.group("name"),
        role=m.group("role").strip(),  # (no article: as the readers of names write roles)
    )
