"""Descriptors that refer back to the source of the statement just before, when the general
rules leave them unresolved: "the official" or "the Kremlin spokesman" after a titled person's
words, "the CM" after Chief Minister X, "the company" after a body's words.

Each takes only the previous statement's source (never one across another speaker's words),
and only when its role, its title's initials or its kind fits the descriptor. And the guards
of the other way: a titled person is no body's antecedent ("Mayor X said ..., but the army
said"), and the asker of a question is not who answers it."""

from __future__ import annotations

import re

from ._mentions import Mention
from ._name_leads import body_title, strip_name_lead
from ._name_runs import NAME_SEQ_RE
from ._names import norm, place_names, speaker_words
from ._narration import sentence_ends_before
from ._roles import body_start, role_heads, same_role
from ._speaker_orgs import compatible_body, noun_class
from ._speaker_source import Source, institution

__all__ = [
    "asker_of",
    "figure_subject_body",
    "initials_holder",
    "initials_mention",
    "title_initials",
    "office_holder",
    "person_subject",
    "previous_body",
]

#: how far before the descriptor the previous statement's source may be mentioned (characters:
#: the paragraph before at most)
_WINDOW = 700

#: the heads of descriptors that stand for an unnamed source unless the statement just before
#: is a named holder of the post: the heads of the roles each fits ("the official" fits any
#: office; "the spokesman" a spokesman or a press secretary; "the diplomat" an envoy)
_OFFICIAL = "official"
_POST_HEADS = {
    "spokesman": "spokesman",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "diplomat": "diplomat",
    "negotiator": "diplomat",
}
#: the heads of roles that are offices, which "the official" may refer to ("Governor Ivan
#: Sydorenko ... the official said"); not a professor's or a striker's
_OFFICES = frozenset(
    """governor minister mayor head secretary spokesman spokeswoman spokesperson commissioner
    director chief deputy president premier chancellor ambassador envoy administrator prefect
    official representative senator commander general colonel governor-general
    secretary-general chairman chairwoman chair""".split()
)
#: words of a title that its initials skip ("Minister of State" is no "MOS")
_INITIAL_FILLERS = frozenset("of for the and".split())


def _fits(src: Source | None, m: Mention, pos: int) -> bool:
    """``src`` is a named person mentioned shortly before ``pos``, of the mention's gender."""
    return (
        src is not None
        and src.kind == "name"
        and not src.anonymous
        and src.number == "sg"
        and not institution(src.name)
        and (m.gender is None or src.gender in (None, m.gender))
        and 0 <= pos - src.last <= _WINDOW
    )


def office_holder(previous: Source | None, m: Mention, pos: int, roles: dict) -> Source | None:
    """ "Governor Ivan Sydorenko wrote that ... . '...,' the official said", "Press secretary
    ... Arkady Sumarokov said ... . The Kremlin spokesman noted": a definite "the official",
    "the spokesman" or "the diplomat" with no post-modifier is the named person whose words
    came just before, when that person holds such a post. Else it stays an unnamed source."""
    head = m.head
    if (
        m.kind != "descriptor"
        or m.number != "sg"
        or (head != _OFFICIAL and head not in _POST_HEADS)
        or not re.match(r"the\s", m.text, re.I)
        # ("the official who briefed reporters", "the spokesman for the army": someone described)
        or re.search(r"\b(?:of|for|at|in|from|who|with|whose)\b", m.text)
        or not _fits(previous, m, pos)
    ):
        return None
    assert previous is not None
    role = previous.role or roles.get(previous.name, "")
    heads = role_heads(role)
    if head == _OFFICIAL:
        ok = any(h in _OFFICES for h in heads)
    elif _POST_HEADS[head] == "spokesman":
        # ("Press secretary of the President ...": a spokesman by another name)
        ok = any(same_role(h, "spokesman") for h in heads) or bool(
            re.search(r"\bpress\s+secretary\b", role, re.I)
        )
    else:
        ok = any(same_role(h, "diplomat") for h in heads)
    return previous if ok else None


def title_initials(roles: dict) -> dict[str, list[str]]:
    """The initials of each titled person's title ("Chief Minister" CM) -> their names."""
    out: dict[str, list[str]] = {}
    for name, role in roles.items():
        words = [w for w in re.split(r"[\s-]+", role) if w and norm(w) not in _INITIAL_FILLERS]
        if len(words) >= 2 and words[0][:1].isupper():
            out.setdefault("".join(w[0] for w in words).upper(), []).append(name)
    return out


def initials_holder(text: str, initials: str, pos: int, table: dict[str, list[str]]) -> str | None:
    """ "Chief Minister P. Devaraj Gowda visited ... . The CM said": "the" and capitals that
    are the initials of the title of a person named shortly before ``pos`` refer to that
    person: the name (the latest one so titled), or None. ``table``: :func:`title_initials`."""
    lo, best, at = max(0, pos - 3 * _WINDOW), None, -1
    for name in table.get(initials, ()):
        found = text.rfind(name, lo, pos)
        if found > at:
            best, at = name, found
    return best


def initials_mention(text: str, m: Mention) -> bool:
    """ "the CM": two to four capitals after "the", which may be a title's initials."""
    return (
        m.start is not None
        and re.fullmatch(r"[A-Z]{2,4}", m.name) is not None
        and text[max(0, m.start - 4) : m.start].lower() == "the "
    )


def previous_body(previous: Source | None, m: Mention, pos: int, body_nouns: frozenset) -> Source | None:
    """ "Stratalink said it had fixed the bug. The company said": a bare "the company" is the
    source of the statement just before when that is a one-word name no title, role or
    pronoun made a person's (a person is named in full first), or an unnamed body ("The
    ferry operator said ... . '...,' the company said")."""
    if (
        previous is None
        or (previous.anonymous and previous.kind != "organisation")
        or m.kind != "organisation"
        or m.number != "sg"
        or m.head not in body_nouns
        or re.fullmatch(r"the\s+[a-z]+", m.text.strip(), re.I) is None
        or not 0 <= pos - previous.last <= _WINDOW
    ):
        return None
    if previous.kind == "organisation":
        # ("The ferry operator said": an unnamed body of the noun's kind; a named one is the
        # general rules')
        same = previous.number == "sg" and previous.head and noun_class(previous.head) == noun_class(m.head)
        return previous if same and not previous.name[:1].isupper() else None
    words = speaker_words()
    if (
        previous.kind == "name"
        and " " not in previous.name
        and previous.gender is None
        and not previous.role
        and norm(previous.name) not in words["given_names"]
        and norm(previous.name) not in words["titles"]
        # ("Britain said ... The agency said": a country is no agency)
        and previous.name not in place_names()
        and compatible_body(previous.name, m.head)
    ):
        previous.kind = "organisation"  # (what "the company" refers to is one)
        return previous
    return None


#: a conjunction that opens a clause of its own before a body's noun ("..., but the army")
_CLAUSE_CONJUNCTION_RE = re.compile(r"(?:[,;]\s+(?:but|while|whereas|and|although|though)|;)\s+$")
#: a reporting verb right after a sentence's subject ("Ama Boateng said")
_SUBJECT_SAID_RE = re.compile(
    # (past an apposition: "Ama Boateng, the mayor, said")
    r"(?:,[^,.;\"\u201c\u201d]{1,60},)?"
    r"\s+(?:said|says|told|tells|wrote|writes|added|stated|announced|insisted|warned)\b"
)


def person_subject(text: str, subject: str, start: int) -> bool:
    """The sentence's ``subject`` is a person no body's noun at ``start`` refers to: written
    after a person's title ("Mayor Ama Boateng"), or the speaker of a clause that the one at
    ``start`` is coordinated after ("Ama Boateng said ..., while the police said")."""
    lo = max(0, start - 400)
    at = text.rfind(subject, lo, start)
    if at < 0:
        return False
    before = re.search(r"([A-Z][\w.'\u2019-]*)\s+$", text[max(0, at - 30) : at])
    if before is not None:
        words = speaker_words()
        title = norm(before.group(1))
        if title in words["titles"] and not body_title(title, (*before.group(1).split(), *subject.split())):
            return True
    return (
        _CLAUSE_CONJUNCTION_RE.search(text, max(0, start - 12), start) is not None
        and _SUBJECT_SAID_RE.match(text, at + len(subject)) is not None
    )


def askers_before(text: str, m: Mention) -> frozenset[str]:
    """The words after each "asked by" in the few hundred characters before the name ``m``
    ("Asked by the judge whether ..., Marchetti said": "the judge"), for :func:`asker_of`."""
    if m.start is None:
        return frozenset()
    return frozenset(a.group(1) for a in _ASKED_BY_RE.finditer(text, max(0, m.start - 300), m.start))


def asker_of(askers: frozenset[str], s: Source) -> bool:
    """``s`` asked the question that the name after ``askers`` answers (its words as
    introduced open one of them)."""
    return (
        bool(askers)
        and bool(s.intro)
        and s.kind == "descriptor"
        and any(a == s.intro or a.startswith(s.intro + " ") for a in askers)
    )


#: "asked by" and the words after it up to a clause's end
_ASKED_BY_RE = re.compile(r"\b[Aa]sked\s+by\s+([^,.;:?!]{1,80})")


#: a sentence that opens with a common noun of a body's figures and the body's name after
#: "at", "of", "for" or "in" ("Revenue at Corvane Networks rose", "Shares of Halvern Pharma
#: fell", British "Shares in Larkspur Mining jumped")
_FIGURE_OF_BODY_RE = re.compile(r"\s*[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+(?:at|of|for|from|in)\s+(?:the\s+)?")


#: up to two lower-case words before a name, the last a body's noun ("fashion retailer ")
_TRADE_BEFORE_NAME_RE = re.compile(r"(?:[a-z][\w-]*\s+)?([a-z][\w-]*)\s+(?=[A-Z])")


def _trade_noun(word: str, words: dict) -> bool:
    """A business's noun ("retailer", "carmaker", "airline") that may stand before its name."""
    return (
        noun_class(word) == "business" or word.endswith("maker") or word in words["orgs"] and word != "group"
    )


def figure_subject_body(text: str, pos: int, head: str, *, previous: bool = False) -> str | None:
    """ "Revenue at Corvane Networks rose 31%, the company said": with no name as the
    sentence's subject, the body named in its subject's "at"/"of" phrase, when that is a name
    of two words or more of no person (no known given name) and no place, and its kind fits
    ``head``, a business's noun (a union or an agency reports no firm's figures); else None.
    ``previous``: of the sentence before the one holding ``pos``."""
    if noun_class(head) != "business":
        return None
    ends = sentence_ends_before(text, pos)
    if previous:
        # ("Shares in Larkspur Mining jumped 14%. The company said"): the sentence before
        if not ends:
            return None
        pos = ends[-1] - 1
        ends = ends[:-1]
    start = ends[-1] if ends else body_start(text)
    lead = _FIGURE_OF_BODY_RE.match(text, start, pos)
    if lead is None:
        return None
    words = speaker_words()
    # "Sales at fashion retailer Modehaus fell": the body's noun before its name says what
    # it is, so one word names it too
    trade = _TRADE_BEFORE_NAME_RE.match(text, lead.end(), pos)
    if trade is not None and not _trade_noun(trade.group(1), words):
        trade = None
    name = NAME_SEQ_RE.match(text, trade.end() if trade is not None else lead.end(), pos)
    if name is None or not re.match(r"\s+[a-z]", text[name.end() : name.end() + 3]):
        return None  # (the name must end the subject phrase: a verb after it)
    toks = strip_name_lead(name.group().split())
    if (
        len(toks) < (1 if trade is not None else 2)
        or toks[-1].endswith(("'s", "\u2019s"))
        or any(norm(t) in words["given_names"] for t in toks)
        # (the place test by the words before reads "at" as a place's: only the names)
        or " ".join(toks) in place_names()
        or not compatible_body(" ".join(toks), head)
    ):
        return None
    return " ".join(toks)
