"""Offices and bodies named with "of" or "for": "The Mayor of London", "the Duke of Sussex",
"the Department for Work and Pensions", "Friends of the Earth", "the House of Commons".

The run and head readers of ``_mentions`` cut such a name at its first word ("Duke", a person;
"Department", an organisation) or at the words after the preposition ("Borders" of "Doctors
Without Borders"). Read whole here: a capitalised office (a title's word, singular) is a
person known by the office; a capitalised body (an organisation's word) or a title-case name
with no such word is an organisation. A person named after the office ("Minister of Energy
Azim Akhmedov") stays the person the run reader finds there.
"""

from __future__ import annotations

import re

from ._mention_type import Mention
from ._names import ORG_SUFFIXES, gender_of, norm, noun_number, person_head

__all__ = [
    "OFFICE_WORDS",
    "TITLE_MODIFIERS",
    "campaign_name",
    "campaign_tail",
    "is_office",
    "office_mention",
    "office_name",
]

_WORD = r"[A-Z][\w'\u2019.-]*"
#: a determiner, up to three capitalised words, the preposition, then capitalised words
#: joined by "of", "for", "and", "&", "on" or "the" to the phrase's end
_OFFICE_RE = re.compile(
    rf"(?:[Tt]he\s+)?(?P<head>(?:{_WORD}\s+){{0,2}}{_WORD})\s+"
    rf"(?P<prep>of|for|on|[Ww]ithout|[Aa]gainst|Of|For)\s+"
    rf"(?P<tail>(?:the\s+)?{_WORD}(?:\s+(?:(?:of|for|and|&|on|in)\s+)?(?:the\s+)?{_WORD})*)"
)
#: offices held by one person that the title list does not hold ("the Duke of Sussex", "the
#: Archbishop of Canterbury", "the Chancellor of the Exchequer")
OFFICE_WORDS = frozenset(
    "duke duchess earl countess baron baroness marquess viscount archbishop bishop dean chancellor "
    "provost sheriff emir sultan premier master ombudsman comptroller registrar coroner warden principal "
    "rector taoiseach".split()
)
#: the title list's modifiers, which hold no office ("Ann Lund, Republican of Tervik")
TITLE_MODIFIERS = frozenset(
    "vice deputy foreign state general chief executive press senior former ex acting first assistant "
    "associate managing national security affairs defense defence energy interior economy finance trade "
    "health education democratic republican democrat political federal state-run russian "
    "american ukrainian british french german chinese us u.s. uk european israeli palestinian iranian "
    "turkish indian japanese italian spanish polish canadian australian".split()
)
#: the prepositions that only a title-case name writes with a capital ("Doctors Without Borders")
_TITLE_CASE_PREPOSITIONS = frozenset("Without Against Of For".split())
_ORG_WORDS_LOWER = frozenset(w.lower() for w in ORG_SUFFIXES)


def is_office(word: str, words: dict) -> bool:
    """``word`` (lower case) names an office one person holds: "mayor", "duke", "secretary"."""
    return (
        word in words["titles"] or word in words["heads"] or word in OFFICE_WORDS
    ) and word not in TITLE_MODIFIERS


def _office_head(head: list[str], words: dict) -> bool:
    """The capitalised words before "of" or "for" end with an office's word, or with "General"
    after one ("Attorney General", "Surgeon General")."""
    last = norm(head[-1])
    if last == "general" and len(head) > 1:
        last = norm(head[-2])
    return not noun_number(last)[1] and is_office(last, words)


def office_name(name: str, words: dict) -> bool:
    """``name`` is an office's, as :func:`office_mention` reads it ("Mayor of Northport",
    "Secretary of State for Transport"): its word before the first "of" or "for" is an office's."""
    toks = name.split()
    k = next((i for i, t in enumerate(toks) if t in ("of", "for")), 0)
    return k > 0 and _office_head(toks[:k], words)


def office_mention(s: str, start: int, read: Mention | None, words: dict) -> Mention | None:
    """The office or body ``s`` names whole, or None. ``read`` is what the run and head
    readers made of ``s`` (offsets from ``start``): kept when it names someone after the
    preposition, or a given name before it ("Catherine of Aragon")."""
    if " " not in s or not ("of" in s or "for" in s or "on" in s or "ithout" in s or "gainst" in s):
        return None
    m = _OFFICE_RE.fullmatch(s)
    if m is None:
        return None
    head, tail = m.group("head").split(), m.group("tail").split()
    if norm(head[0]) in words["determiners"]:
        return None  # "A Member of Parliament": one of many, a descriptor
    last = norm(head[-1])
    tail_at = start + m.start("tail")
    if any(norm(t) in words["given_names"] for t in (*head, *tail) if t[:1].isupper()):
        return None  # "Secretary of State John Kerry", "Catherine of Aragon": a person named
    title_case = m.group("prep") in _TITLE_CASE_PREPOSITIONS
    if not title_case and read is not None and read.kind == "name" and (read.start or 0) >= tail_at:
        return None  # "Minister of Energy Azim Akhmedov": the person after the office
    name_start = start + m.start("head")
    name = s[m.start("head") :]
    office = _office_head(head, words)
    # (a capital that may only open the sentence, "Manager of the Leeds Rhinos:", is a role:
    # an office is written with its determiner or a title before it, "the Mayor", "Lord Mayor")
    written_office = s[:1] in "Tt" and s[:4].lower() == "the " or len(head) > 1
    if office and written_office and not title_case:
        return Mention("name", name, name_start, start + len(s), name=name, gender=gender_of(head, words))
    org_word = last in _ORG_WORDS_LOWER or last in words["orgs"]
    if org_word and not title_case:
        return Mention("organisation", name, name_start, start + len(s), name=name, head=last)
    # a body's word that names a body only with "of" ("the House of Commons", "the Church of
    # England"); not people of a body ("Members of the Senate", "Officials of the Treasury
    # Department")
    tail_last = norm(tail[-1])
    if tail_last in words["orgs"] or tail_last in _BODY_WORDS or tail[-1] in ORG_SUFFIXES:
        return None
    if last in _BODY_WORDS and len(head) == 1:
        return Mention("organisation", name, name_start, start + len(s), name=name, head=last)
    if not noun_number(last)[1]:
        return None
    # a plural's name: in title case ("Doctors Without Borders"), or before "of the" when no
    # list knows the plural for people's ("Daughters of the Revolution"; not "Friends of the
    # victim", "Officials of the Treasury"; "Residents of Leeds" may be a sentence's opening;
    # "Friends of the Earth" is a society's name)
    society = last in _SOCIETY_PLURALS or not person_head(last)
    if title_case or tail[0] == "the" and society and (read is None or read.name == head[-1]):
        return Mention("organisation", name, name_start, start + len(s), name=name, head=last)
    if m.group("prep") in ("for", "without") and campaign_tail(last, tail):
        # "Citizens for Fair Rents", "Veterans for Peace": people named by the cause they
        # stand for (not "Lawyers for Hale", "Engineers for NASA": people and whom they serve)
        return Mention("organisation", name, name_start, start + len(s), name=name, head=last)
    return None


#: people's plurals that "for" ties to whom they act for or work for, never to a cause
#: ("Lawyers for Hale", "Spokesmen for the Navy", "Candidates for Congress")
_CLIENT_HEADS = frozenset(
    "lawyer attorney counsel spokesman spokeswoman spokesperson spokespeople representative agent "
    "prosecutor official aide adviser advisor staffer employee worker executive officer negotiator envoy "
    "surrogate candidate contractor".split()
)
#: endings of abstract nouns, which a one-word cause ends with ("Justice", "Action", "Reform")
_ABSTRACT_ENDS = ("ce", "ion", "ity", "ment", "ness", "ure", "dom", "ism", "form")


def campaign_tail(last: str, tail: list[str]) -> bool:
    """The words ``tail`` after "for" are a cause that people of the plural ``last`` stand
    for (a campaign's name), not someone they act for: two words or more, or one abstract
    noun, with no acronym; ``last`` is no noun of a representative's or an employee's."""
    words = [t for t in tail if t not in ("the", "of", "for", "and", "&", "on", "in")]
    return (
        noun_number(last)[0] not in _CLIENT_HEADS
        and not last.startswith("spokes")
        and (len(words) >= 2 or len(words) == 1 and words[0].lower().endswith(_ABSTRACT_ENDS))
        and not any(t.isupper() and len(t) > 1 for t in words)
    )


#: people's plurals that open a society's name before "of the" ("Friends of the Earth")
_SOCIETY_PLURALS = frozenset(("friends",))
#: bodies whose word names them only with "of" ("the House of Lords", "the Church of
#: Scotland"), and the bodies people are members of ("Members of the Senate")
_BODY_WORDS = frozenset(
    "house church chamber parliament assembly congress senate cabinet "
    # (a place standing for its government or its authority: "the City of Larchmont", "the
    # Port of Dunmere", "the State of Westmark")
    "city town county borough parish port kingdom republic state".split()
)


def campaign_name(name: str) -> str | None:
    """The people's plural (singular form) that heads ``name`` when ``name`` is a campaign's
    ("Doctors for Camp Closure" -> "doctor", "Mothers Against Drunk Driving" -> "mother"),
    else None: people named by a cause, whom "the doctors" or "the group" refer back to."""
    if "for" not in name and "ithout" not in name and "gainst" not in name:
        return None
    m = _OFFICE_RE.fullmatch(name)
    if m is None or m.group("prep").lower() not in ("for", "without", "against"):
        return None
    last = norm(m.group("head").split()[-1])
    single, plural = noun_number(last)
    if not plural or not (person_head(last) or person_head(single)):
        return None
    if m.group("prep") in _TITLE_CASE_PREPOSITIONS or campaign_tail(last, m.group("tail").split()):
        return single
    return None
