"""A clause without "that" after a [that] cue ("The Ledger reported the letter arrived days
before ..."): whether the words after a cue open one, and which cues take one (counted on
PolNeAR train, ``resources/reported_clause_cues.txt``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import read_resource
from ._names import speaker_words
from ._time_words import WEEKDAY

#: what follows a text a statement was made in: its addressee, then a participle phrase or
#: a passive relative clause up to a comma or the sentence's end
_DOCUMENT_ASIDE = (
    r"(?:,?\s+(?:seen|obtained|published|released|issued|shared|posted|sent|leaked|dated|circulated|reviewed)"
    r"\s+(?:by|on|to|in|at|last|this|earlier|late)\b[^,.;:!?\"\u201c\u201d]{0,50}(?=,|[.!?]?\s*$)"
    r"|,\s+which\s+(?:was|were|had\s+been|has\s+been)\s+[a-z]+\b[^,.;:!?\"\u201c\u201d]{0,50}(?=,))"
)
DOCUMENT_TAIL = (
    r"(?:\s+to\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?[a-z]+)?"
    # (taken whole where it stands, never given back as the clause: "published on Wednesday")
    + r"(?:(?=(?P<doc_aside>"
    + _DOCUMENT_ASIDE
    + r"))(?P=doc_aside)|(?!"
    + _DOCUMENT_ASIDE
    + r"))"
)
#: when or where a statement was made, between the cue and its clause ("said on Tuesday its
#: profit rose", "said in a statement it would appeal")
ADJUNCTS = (
    r"(?:\s+(?:(?:(?:late\s+|early\s+)?on\s+)?"
    + WEEKDAY
    + r"|yesterday|today|last\s+(?:week|month|night|year)|this\s+(?:week|month|morning|year)"
    r"|in\s+an?\s+(?:[a-z-]+\s+)?(?:statement|filing|interview|letter|post|email|report|memo)"
    # the text's addressee, how it came out or who saw it ("in a letter to members", "in a
    # report published on Wednesday", "in an email, seen by the Guardian,", "in a memo, which
    # was leaked to the press,"): the writer's words on the text, no part of what was said
    + DOCUMENT_TAIL
    # ("said on Instagram she ...", "said on BBC Breakfast ...", "said on social media ...")
    + r"|on\s+(?:social\s+media|(?:the\s+)?radio|television|TV|air|(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*)"
    # ("said at a press conference the road ...", "said after the match his players ...")
    r"|at\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}(?:rally|conference|event|briefing|hearing|meeting|forum|debate|"
    r"launch|summit|ceremony|vigil|inquest|tribunal)"
    r"|(?:after|before)\s+(?:the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}(?:game|match|race|fight|meeting|"
    r"hearing|vote|verdict|ruling|defeat|win|victory|final|session|talks))\b,?)*"
)

#: words that end a bare clause's subject before its verb: a preposition, a relative, a conjunction
_NOT_IN_SUBJECT = frozenset(
    "of in on for with by about from to at into over after before as than that which who whose and or but "
    "if whether how why what when where while because".split()
)
#: auxiliaries that make a clause finite
_FINITE_WORDS = frozenset(
    "is are was were has have had will would could can may might should must did does do".split()
)
#: words of a bare clause's subject at most
MAX_BARE_SUBJECT_WORDS = 6


#: prefixes of a verb written with a hyphen ("re-elected", "co-founded")
_VERB_PREFIXES = ("re-", "co-", "pre-", "de-", "un-", "mis-", "over-", "under-", "out-")


def _compound(word: str) -> bool:
    """An adjective compound ending in "-ed" ("ultra-processed", "long-awaited",
    "state-funded"), no finite verb."""
    return "-" in word and not word.startswith(_VERB_PREFIXES)


def bare_clause(post: str) -> bool:
    """The words after a cue (and its adjuncts) open a clause of their own without "that":
    a short subject with no preposition, relative or conjunction in it, then a finite verb
    (an auxiliary, a past form, "-ed", "we're", "she'll") - "the letter arrived days before",
    not "a series of steps" or "his support for the governor"."""
    m = re.match(ADJUNCTS, post)
    toks = post[m.end() if m else 0 :].split()[: MAX_BARE_SUBJECT_WORDS + 1]
    past = speaker_words()["past"]
    for i, tok in enumerate(toks):
        t = tok.lower().strip(".,;:!?\"'\u2019\u201c\u201d")
        if i and (t in _FINITE_WORDS or t in past or (t.endswith("ed") and len(t) > 4 and not _compound(t))):
            return not tok.endswith((",", ";", ":"))
        if t in _NOT_IN_SUBJECT or tok.endswith((",", ";", ":")) or not t:
            return False
        if re.search(r"['\u2019](?:re|ll|d|ve)$", t):
            return i + 1 < len(toks)
    return False


#: share of the bare clauses found after a cue on PolNeAR train that PolNeAR annotates, for
#: the cue to take one (a new statement is worth keeping above about half the F1)
MIN_BARE_SHARE = 0.5


@lru_cache(maxsize=1)
def bare_clause_cues() -> frozenset[str]:
    """Lemmas of [that] cues that take a clause without "that" ("X reported the talks had
    failed"), as counted on PolNeAR train (``resources/reported_clause_cues.txt``)."""
    rows = read_resource("reported_clause_cues.txt").get("", [])
    return frozenset(
        lemma
        for lemma, found, annotated in (r[:3] for r in rows if len(r) >= 3)
        if int(found) and int(annotated) >= MIN_BARE_SHARE * int(found)
    )
