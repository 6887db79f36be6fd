"""Speaker phrases next to a quotation's cue that the lexicon reads only in part (issue 15):
a description whose post-modifier it cannot parse, a name after an unknown role or in
apposition, two names, a possessor, an aside in brackets (``cut_speaker``), read only where
the phrase can be nothing but the speaker: between a closing mark and its cue, or after an
inverted cue (``_cue_speakers``, ``_attribution``)."""

from __future__ import annotations

import re

from ._cues import n_words, strip_aux
from ._member_asides import members_aside
from ._mentions import Mention, parse_speaker
from ._names import ORG_SUFFIXES


def is_person(m: Mention) -> bool:
    """A person's name: at least two words, none an organisation's ("Central Bank")."""
    words = m.name.split()
    return m.kind == "name" and len(words) >= 2 and not any(w in ORG_SUFFIXES for w in words)


#: where a description's head noun ends and its post-modifier starts ("a strategist| for one
#: of the campaigns", "one Republican| familiar with the plan", "the order| released Monday")
_POST_MODIFIER_RE = re.compile(
    r"\s+(?:for|of|with|at|from|in|on|close\s+to|familiar\s+with|inside|[a-z]{3,}ed)(?:\s|$)"
)
#: a name after a role in lower case that the lexicon does not know ("master of ceremonies Ann Roe")
_ROLE_THEN_NAME_RE = re.compile(
    r"((?:[a-z][\w'\u2019-]*\s+){1,4})((?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*)$"
)
#: two people named as one speaker ("Ann Roe and Tom Lund")
_TWO_NAMES_RE = re.compile(
    r"((?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]*)\s+and\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){1,3}$"
)
#: a possessor before a description ("the ad's| narrator", "Clinton's| introducer")
_POSSESSOR_RE = re.compile(r"(?:the\s+)?[\w.-]+['\u2019]s\s+(?=[a-z])", re.I)
#: an aside in brackets inside a speaker phrase ("the Civitas (Citizens' Forum) column")
_BRACKETS_RE = re.compile(r"\s*\([^()]{1,60}\)")


def cut_speaker(phrase: str, k: int, *, lenient: bool) -> Mention | None:
    """A speaker the lexicon reads only in part, next to a quotation's cue: a description whose
    post-modifier it cannot parse ("said an adviser to one of the bidders", "the order
    released Friday said") read up to its head, the rest kept as its role; a name after an
    unknown role ("said master of ceremonies Ann Roe"); a name in apposition ("Clinton's
    introducer, actress Ann Roe"); the first of two names; the phrase without its brackets."""
    if "(" in phrase:
        m = parse_speaker(_BRACKETS_RE.sub("", phrase), k, lenient=lenient)
        if m is not None and m.kind != "pronoun":
            return _as_written(m, phrase, k)
    phrase = phrase.rstrip()
    head, comma, app = phrase.partition(",")
    if comma and app.strip():
        # "Clinton's introducer, actress Ann Roe": the name in apposition is the speaker
        k2 = k + len(head) + 1 + len(app) - len(app.lstrip())
        m = cut_speaker(app.strip(), k2, lenient=lenient)
        if m is not None and m.kind == "name":
            return m
        phrase = head
    two = _TWO_NAMES_RE.fullmatch(phrase)
    if two is not None:
        m = parse_speaker(two.group(1), k)
        if m is not None and m.kind == "name":
            m.number = "pl"
            return m
    named = _ROLE_THEN_NAME_RE.fullmatch(phrase)
    if named is not None:
        m = parse_speaker(named.group(2), k + named.start(2))
        if m is not None and m.kind == "name" and is_person(m):
            m.role = m.role or named.group(1).strip()
            return m
    if named is None:
        m = parse_speaker(phrase, k)
        if m is not None and m.kind == "name":
            return m  # "actress Ann Roe" in apposition
    owner = _POSSESSOR_RE.match(phrase)
    if owner is not None:
        # "the ad's narrator": the description after the possessive, the whole as its role
        m = parse_speaker("the " + phrase[owner.end() :], k, lenient=lenient)
        if m is not None and m.kind in ("descriptor", "organisation"):
            m.role = phrase
            return _as_written(m, phrase, k)
    cut = _POST_MODIFIER_RE.search(phrase)
    if cut is None or not re.match(r"(?:an?|the|one|another)\s", phrase, re.I):
        return None
    m = parse_speaker(phrase[: cut.start()], k, lenient=lenient)
    if m is None or m.kind not in ("descriptor", "organisation") or re.match(r"[Tt]he\s+[A-Z]", phrase):
        # "the Herald-Ledger of Akron": a name with its article, no description
        return None
    m.role = phrase.split(None, 1)[1]  # the post-modifier is the role's ("strategist for one of ...")
    return m


def _as_written(m: Mention, phrase: str, k: int) -> Mention:
    """``m`` read from a rewritten ``phrase``, with the words and offsets as written."""
    m.text, m.start, m.end = phrase, k, k + len(phrase)
    return m


def partial_speaker_before(text: str, a: int, b: int) -> Mention | None:
    """:func:`cut_speaker` on the words between a closing mark and its cue ('"...," the
    order released Friday said'), when they are all a speaker phrase (no clause)."""
    pre, _ = strip_aux(text[a:b])
    aside = members_aside(pre)
    if aside is not None:
        return partial_speaker_before(text, a, a + aside)  # "crews, including Oda Lind,": not hers
    k = a + len(pre) - len(pre.lstrip())
    pre = pre.strip()
    if (
        not pre
        or n_words(pre) > MAX_PARTIAL_WORDS
        or re.search(r"[;:]|\b(?:who|which|that|when|as)\b|,\s*(?:and|but|or|so|then)\b", pre)
        or _NO_SPEAKER_OPENING_RE.match(pre)
    ):
        return None  # '... for the state water board, so clearly believed', 'Halvorsen, and said': a clause
    return cut_speaker(pre, k, lenient=True)


#: a preposition or conjunction opening the words before a cue: the clause goes on, no speaker
_NO_SPEAKER_OPENING_RE = re.compile(r"(?:for|to|in|on|at|by|with|from|of|and|but|or|so|then|than)\b")
#: a speaker phrase read in part has at most this many words
MAX_PARTIAL_WORDS = 12
