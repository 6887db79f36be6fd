"""A noun naming something said, and its "that" clause: "Rubio's answer was that ...",
"Her reply is that ...", "Lund reiterated his claim that ...", "The coach made the point that
...": the possessor's, or the subject's who makes or repeats it (PolNeAR annotates such
clauses with the possessor or the subject as the source). A mood ("Their fear is that ...",
"his hope is that") is no statement, nor a claim someone rejects ("dismissed the claim that")."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ._cue_speakers import speaker_before
from ._memo import per_document
from ._mentions import Mention, parse_speaker
from ._names import person_head
from ._speaker_possessor import possessive_pronoun

if TYPE_CHECKING:
    from ._doc import Doc

#: nouns of things said (not of moods: fear, hope, concern; not "statement", which a cue of
#: its own introduces: "said in a statement that")
_NOUNS = (
    r"claim|assertion|argument|contention|answer|reply|response|retort|message|point|case|"
    r"warning|promise|pledge|vow|insistence|suggestion|explanation|prediction|charge|accusation|"
    r"allegation|complaint|view|position|conclusion|assurance|admission|boast|advice|verdict|assessment"
)
#: a possessor and its noun, then "was"/"is" and "that": "Rubio's answer was that",
#: "The Florida senator's main argument is that", "Her reply was that"
_POSSESSED_RE = re.compile(
    r"(?P<owner>\b(?:[Hh]is|[Hh]er|[Tt]heir)|(?:\b(?:[Tt]he|[Aa]n?)\s+(?:[\w'\u2019-]+\s+){0,3}?|(?:[A-Z][\w.'\u2019-]*\s+){0,3})"
    r"(?:[A-Z][\w'\u2019-]*|[a-z]+)['\u2019]s)\s+(?:[a-z]+\s+){0,2}?"
    r"(?P<noun>" + _NOUNS + r")\s+(?:was|is|has\s+been|had\s+been|remains|remained)\s+that\s+"
)
#: a verb that makes or repeats the speaker's own claim, and its noun: "reiterated his claim
#: that", "made the point that", "has renewed her warning that"
_MADE_RE = re.compile(
    r"\b(?P<verb>(?:made|makes|making|repeated|repeats|repeating|reiterated|reiterates|reiterating|"
    r"renewed|renews|restated|restates|pressed|presses|stood\s+by|stands\s+by|doubled\s+down\s+on|"
    # ("gave his assessment that", "issued a warning that", "voiced her view that")
    r"gave|gives|issued|issues|voiced|voices|offered|offers|sounded)"
    r"\s+(?P<owner>his|her|their|its|the|a|an)\s+(?:[a-z]+\s+){0,2}?(?P<noun>" + _NOUNS + r"))\s+that\s+"
)
#: an attitude said aloud: "expressed hope that", "voiced confidence that", "expressed his
#: belief that" (a mood's noun with a verb of saying it: a statement, as wire copy writes them;
#: translated copy's "expressed the opinion that", "voiced the view that")
_MOODS = (
    r"hope|hopes|confidence|belief|conviction|concern|concerns|regret|optimism|doubt|doubts|fear|fears"
    r"|opinion|view"
)
_EXPRESSED_RE = re.compile(
    r"\b(?P<verb>expressed|expresses|voiced|voices)\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[a-z]+\s+)?"
    r"(?P<noun>" + _MOODS + r")\s+that\s+"
)
#: a speech noun right before a "that" (maybe through "was"/"is"): where the patterns can match
#: (read by :func:`_noun_before`, which writes its verbs out: edit both)
_NOUN_BEFORE_THAT_RE = re.compile(
    r"(?:" + _NOUNS + r"|" + _MOODS + r")\s+(?:(?:was|is|has\s+been|had\s+been|remains|remained)\s+)?$"
)


@per_document
def noun_that_places(text: str) -> list[int]:
    """Where a "that" after a speech noun starts in ``text`` (sorted): the sentences the
    patterns may match in (``_triggers.may_report`` lets them through)."""
    out = []
    k = text.find(" that ")
    while k >= 0:
        if _noun_before(text[max(0, k - 40) : k + 1]):
            out.append(k + 1)
        k = text.find(" that ", k + 1)
    return out


#: the words that end _NOUN_BEFORE_THAT_RE's noun, and its verbs before "that"
_NOUN_ENDS = tuple((_NOUNS + "|" + _MOODS).split("|"))
_ONE_WORD_VERBS = ("was", "is", "remains", "remained")


def _noun_before(window: str) -> bool:
    """``_NOUN_BEFORE_THAT_RE.search(window)``, read back from the window's end (it was tried
    at every position of the window, for every "that" of a text): a noun, whitespace, maybe
    a verb ("was", "has been") and whitespace, then the end."""
    rest = window.rstrip()
    if len(rest) == len(window):
        return False  # (no whitespace at the end)
    if rest.endswith(_NOUN_ENDS):
        return True
    verb = next((v for v in _ONE_WORD_VERBS if rest.endswith(v)), None)
    if verb is None and rest.endswith("been"):
        # "has been", "had been": whitespace between the two words
        been = rest[:-4]
        if been.rstrip() == been or not been.rstrip().endswith(("has", "had")):
            return False
        rest, verb = been.rstrip(), "has"
    if verb is None:
        return False
    before = rest[: -len(verb)]
    return before.rstrip() != before and before.rstrip().endswith(_NOUN_ENDS)


#: the kinds of mention that speak for themselves
_SPEAKING = ("name", "descriptor", "organisation", "group", "anonymous", "pronoun")


def _owner(text: str, m: re.Match) -> Mention | None:
    owner = m.group("owner")
    k = m.start("owner")
    if owner.lower() in ("his", "her", "their"):
        return possessive_pronoun(owner, k)
    name = re.sub(r"['\u2019]s$", "", owner)
    if name[:1].islower() and not name.startswith(("the ", "a ", "an ")):
        return None  # ("the plan's point is that ...": no possessor named)
    mention = parse_speaker(name, k, lenient=True)
    if (
        mention is not None
        and mention.kind == "descriptor"
        # ("Sanders's point": a capitalised word alone is read as "Sanders said" is)
        and not (name[:1].isupper() and " " not in name)
        and not person_head(mention.head)
    ):
        return None  # ("The storm's message was that ...": a thing's)
    return mention


def speech_noun_statement(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """The "that" clause of a speech noun in ``text[a:b]`` (see the module's doc): True if
    a statement was added."""
    text = doc.text
    places = noun_that_places(text)
    i = bisect_left(places, a)
    if i == len(places) or places[i] >= b:
        return False  # (both patterns need one: most sentences, no search)
    m = _POSSESSED_RE.search(text, a, b)
    if m is not None:
        mention = _owner(text, m)
        if mention is not None and mention.kind in _SPEAKING:
            cue = text[m.start("noun") : m.end()].rstrip().removesuffix("that").rstrip()
            return doc.add("indirect", [(m.end(), end_b)], mention, cue, m.group("noun"))
    m = _MADE_RE.search(text, a, b) or _EXPRESSED_RE.search(text, a, b)
    if m is None:
        return False
    # (a noun phrase before the verb is its subject even when no list knows its noun, with a
    # person's possessive: "The lifeguard repeated his warning that"; "The alarm repeated its
    # warning" is a thing's)
    # ("The president expressed hope that": a mood said aloud is its subject's)
    person = (m.groupdict().get("owner") or "").lower() in ("his", "her") or m.re is _EXPRESSED_RE
    mention, _ = speaker_before(text, a, m.start(), subject=person)
    if mention is None or mention.kind not in _SPEAKING:
        return False
    return doc.add("indirect", [(m.end(), end_b)], mention, m.group("verb"), m.group("noun"))
