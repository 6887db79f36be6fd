"""A relative clause after a name and a place ('Tom Reed of Leeds, who called ...'): the
pronoun is the person's, not the place's or the body's after the preposition."""

from __future__ import annotations

import re

from ._mentions import Mention, parse_speaker
from ._names import speaker_words
from ._text_ends import stripped_end

__all__ = [
    "a_body",
    "after_preposition",
    "body_of_phrase",
    "head_of_phrase",
    "people_noun",
    "person_before_preposition",
]

#: a name, then the preposition before a single capitalised word ('Tom Reed of Leeds, who')
_NAME_BEFORE_PREPOSITION_RE = re.compile(
    r"(?<![\w.'\u2019-])((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\s+(?:from|of|in|on|at|with|for)\s+$"
)
#: a preposition right before a word
_AFTER_PREPOSITION_RE = re.compile(r"\b(?:by|from|of|in|on|at|with|for|to|about)\s+$")


def after_preposition(text: str, a: int, k: int) -> bool:
    """A preposition ends right before ``k`` ('of Leeds', 'for Nakamura')."""
    return _AFTER_PREPOSITION_RE.search(text, max(a, k - 6), k) is not None


def person_before_preposition(text: str, a: int, k: int) -> Mention | None:
    """The name of a person right before the preposition that ends at ``k`` ('Ann Lee of
    Boston'), or None."""
    m = _NAME_BEFORE_PREPOSITION_RE.search(text, max(a, k - 60), k)
    if m is None:
        return None
    mention = parse_speaker(m.group(1), m.start(1))
    given = speaker_words()["given_names"]
    if mention is None or mention.kind != "name" or not any(w.lower() in given for w in mention.text.split()):
        return None
    return mention


#: a noun phrase "the head of", "a friend of", "the family of" (up to two words before its
#: noun, none a determiner): the head of an "X of Y" phrase
_OF_HEAD_RE = re.compile(
    r"\b((?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne)\s+"
    r"(?:(?!(?:the|a|an|of)\s)[a-z][\w'\u2019-]*\s+){0,2})?([a-z][\w'\u2019-]*))\s+of\s+"
)
#: words that end a chain of prepositional phrases: another clause or a list goes on there
_CHAIN_BREAK_RE = re.compile(
    r"[,;:()\"\u201c\u201d\u2014\u2013]|\b(?:who|whom|which|that|and|or|but|said|says)\b|\b[a-z]{3,}ed\b"
)
#: nouns of a person or a group of people not in the speaker word lists
_MORE_PEOPLE = frozenset(
    "head heads family families chief chiefs president widow widower children agent agents".split()
)
#: collective heads, which stay the antecedent even before a person's name
_COLLECTIVE = frozenset("family families".split())
#: an "X of Y" chain is read this far back from the relative pronoun
_CHAIN_WINDOW = 100
#: the first personal pronoun of the relative clause: a singular one after a collective or
#: plural head is Y's ('the family of Lena Park, who said she had ...'), not the head's
_CLAUSE_PRONOUN_RE = re.compile(r"\b(he|she|his|her|him|himself|herself|they|their|them|themselves)\b")
_SINGULAR = frozenset("he she his her him himself herself".split())
#: the relative clause is read this far for its pronoun (to the sentence's end before that)
_PRONOUN_WINDOW = 120


def singular_pronoun_after(text: str, k: int) -> bool:
    end = min(len(text), k + _PRONOUN_WINDOW)
    stop = re.search(r"[.;!?](?:\s|$)", text[k:end])
    m = _CLAUSE_PRONOUN_RE.search(text, k, k + stop.start() if stop else end)
    return m is not None and m.group(1) in _SINGULAR


def _a_persons_name(m: Mention) -> bool:
    """A person's name: a title ("Ms. Okafor") or a known given name ("Tom Reed"), not a
    body's ("Greenpeace") nor a lone surname, which a collective may own too."""
    if m.kind != "name":
        return False
    return bool(m.role) or any(w.lower() in speaker_words()["given_names"] for w in m.text.split())


def people_noun(word: str) -> bool:
    """A noun of a person or a group of people (the lists' and a few more)."""
    words = speaker_words()
    return word in words["heads"] or word in words["person_nouns"] or word in _MORE_PEOPLE


def head_of_phrase(text: str, a: int, k: int) -> Mention | None:
    """The head of an "X of Y ..." phrase right before the "who" at ``k`` when X is a person
    or a group of people: 'the head of the union at the ministry, who' is the head, 'the
    family of the girl at the centre of the case, who' the family, never the place or body
    inside the phrases. Before a person's name only a collective head is ('the family of
    Okafor, who'; 'the wife of Tom Reed, who' may be his), else None."""
    lo = max(a, k - _CHAIN_WINDOW)
    for m in _OF_HEAD_RE.finditer(text, lo, k):
        if not people_noun(m.group(2)) or _CHAIN_BREAK_RE.search(text, m.end(), k):
            continue
        obj = parse_speaker(text[m.end() : k].rstrip(" ,"), m.end())
        if obj is not None and _a_persons_name(obj) and m.group(2) not in _COLLECTIVE:
            return None  # ('a friend of Tom Reed, who': the name may be the antecedent)
        word = m.group(2)  # ("the family": a noun of the lists' no parse reads alone)
        plural = word.endswith("s") and not word.endswith("ss")
        if (plural or word in _COLLECTIVE) and singular_pronoun_after(text, k):
            return None  # ('the family of the footballer, who said he was ...': his)
        head = parse_speaker(m.group(1), m.start(1), lenient=True)
        if head is not None and head.kind == "descriptor":
            return head
        return Mention(
            "descriptor",
            m.group(1),
            m.start(1),
            m.end(1),
            name=word,
            head=word,
            number="pl" if plural else "sg",
        )
    return None


#: a preposition that opens the object a "which" may stand for ("the chairman of the board",
#: "staff at the museum")
_BODY_PREPOSITION_RE = re.compile(r"\b(?:of|at|for|from|in|with)\s+")


def body_of_phrase(text: str, a: int, k: int) -> Mention | None:
    """The body inside a phrase right before the "which" at ``k``: "which" stands for no
    person, so in 'the chairman of the board of governors, which' or 'staff at the museum,
    which' it is the first organisation after a preposition; None when there is none."""
    lo = max(a, k - _CHAIN_WINDOW)
    end = stripped_end(text, k, " ,")
    for m in _BODY_PREPOSITION_RE.finditer(text, lo, end):
        if _CHAIN_BREAK_RE.search(text, m.end(), end):
            continue
        body = parse_speaker(text[m.end() : end], m.end())
        if body is not None and (body.kind == "organisation" or body.kind == "name" and a_body(body)):
            return body
    return None


def a_body(m: Mention) -> bool:
    """A name of an organisation ("Halden University", "Acme Corp"), not a person's."""
    from ._source_type import source_type

    return source_type("name", m.name) == "organisation"
