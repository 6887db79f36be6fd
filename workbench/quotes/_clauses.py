"""What the finders of reported statements share: the minimum sizes of a statement, one cue
of a sentence with its context (``CueAt``), and tests on the words around a cue (a clause, a
connective, a long subject)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from ._cues import (
    FINITE_RE,
    LEAD_RE,
    QUOTE_CHARS,
    n_words,
)
from ._group_subjects import (
    bare_plural_subject,
)
from ._mentions import Mention, parse_speaker
from ._names import speaker_words

if TYPE_CHECKING:
    from ._doc import Doc


#: Words allowed after a sentence-final cue ("..., he told the Lakeside Courier on Monday";
#: "said Tuesday at the regional Orchard Growers' summer meeting in Yakima" has 9).
MAX_CUE_REST_WORDS = 12
#: Reported content shorter than this is not a statement ("he said so"); a quotation
#: with its own attribution is one at any length ("No," he said).
MIN_CONTENT_WORDS = 3


def has_verb(clause: str) -> bool:
    """The words look like a clause: an auxiliary, a past form or a word in -ed ("the
    lowest reading since 2021" is an apposition, not the rest of a statement)."""
    toks = [t.lower().strip(".,;:!?\"'\u2019\u201d") for t in clause.split()]
    return bool(FINITE_RE.search(clause.lower())) or any(
        t in speaker_words()["past"] or (t.endswith("ed") and len(t) > 4) for t in toks
    )


def is_lead(words: str) -> bool:
    """A connective opening the sentence before its subject ("But", "Meanwhile")."""
    m = LEAD_RE.match(words + " x")
    return m is not None and m.end() == len(words) + 1


class CueAt(NamedTuple):
    """One cue of a sentence ``text[a:b]`` (``end_b``: before its full stop) and the words
    after it (``post``); ``unmarked``: the kind of verbatim speech in this document."""

    doc: Doc
    text: str
    a: int
    b: int
    end_b: int
    cue: re.Match
    lemma: str
    cls: str
    post: str
    unmarked: str


#: a clause after a cue: a subject pronoun and a verb ("reported it sold", "noted he had")
PRONOUN_CLAUSE_RE = re.compile(
    r"\s+(?:he|she|they|it|we|I)\s+(?:[a-z]+ly\s+|also\s+|still\s+|never\s+|not\s+)?"
    r"(?:[a-z]+ed|[a-z]+[^s\W]s|is|are|was|were|had|has|have|would|will|could|should|can|may|might|must|"
    r"did|does|do|sold|made|said|told|won|lost|got|knew|thought|felt|saw|took|gave|went|came|"
    r"wanted|needs?|'[a-z]+|\u2019[a-z]+|[a-z]{2,5}n['\u2019]t)\b"
)


#: where a long subject's head noun phrase ends: an apposition, a dash, a relative clause
_SUBJECT_HEAD_END_RE = re.compile(
    r",|\s+(?:\u2014|\u2013|--)\s+|\s+\(|\s+(?:who|whose|which|that)[\s\u2019']"
)


@lru_cache(maxsize=1)
def _reduced_relative_re() -> re.Pattern:
    """A relative clause without its pronoun after the head noun phrase: a pronoun or a
    definite noun and a past verb ("The letter| she signed last week said", "The email| the
    mayor sent said")."""
    past = "|".join(sorted(speaker_words()["past"], key=len, reverse=True))
    return re.compile(
        r"(?<=[a-z])\s+(?=(?:he|she|they|we|I|you|the\s+[a-z]+)\s+(?:[a-z]{2,}ed|" + past + r")\b)"
    )


#: ... or, when the phrase up to there is no speaker, a prepositional phrase ("A study
#: about the upkeep of rural bridges released over the winter by ...")
#: A place after a name too ("Maria Lopez outside her home said"; "near", "behind", "inside").
_SUBJECT_PP_RE = re.compile(
    r"\s+(?:about|across|from|in|at|for|on|with|by|over|under|including|outside|near|inside|behind|beside)\s"
)
#: words of a sentence before its cue that a long subject may have
MAX_LONG_SUBJECT_WORDS = 30


#: a past tense after the words opening a sentence ("Ann Roe thanked")
_PAST_VERB_RE = re.compile(r"(?<=\w)\s+[a-z]{3,}ed\b")


def long_subject(text: str, a: int, b: int, *, whole: bool = True) -> Mention | None:
    """The subject of a sentence whose noun phrase runs long before the cue at ``b``
    ("Moss and Ida Varga, the parents whose letter ..., say", "Pell — who was standing by
    the gate for two decades — states that", "Newspapers around the region warned
    that"): the head noun phrase opening the sentence, when what follows it up to the cue
    is an apposition, a relative clause or a prepositional phrase, never a verb of its own;
    else (``whole``) the words before the cue read whole (:func:`noun_phrase_subject`)."""
    pre = text[a:b]
    if n_words(pre) > MAX_LONG_SUBJECT_WORDS or any(q in pre for q in QUOTE_CHARS):
        return None
    lead = LEAD_RE.match(pre)
    k = lead.end() if lead else 0
    edge = _SUBJECT_HEAD_END_RE.search(pre, k) or _reduced_relative_re().search(pre, k)
    stop = edge.start() if edge is not None else len(pre)
    mention = _head_phrase(text, a + k, a + stop)
    if mention is None:
        pp = _SUBJECT_PP_RE.search(pre, k, stop)
        if pp is not None and edge is None:
            mention = _head_phrase(text, a + k, a + pp.start())
    if mention is None:
        # "Large majorities of renters in four districts said ...": the whole phrase
        return noun_phrase_subject(text, a + k, b) if whole else None
    if mention.kind == "pronoun":
        return None
    if edge is None and mention.start is not None and mention.start > a + k:
        # "Ann Roe thanked Tom Lund in her speech and suggested that": the name read with a
        # "role" before it is the object of the subject's verb; the subject speaks
        verb = _PAST_VERB_RE.search(text, a + k, mention.start)
        subject = parse_speaker(text[a + k : verb.start()], a + k) if verb is not None else None
        if subject is not None and subject.kind in ("name", "descriptor"):
            return subject
    rest = text[mention.end if mention.end is not None else b : b]
    if edge is None and has_verb(rest.split(" by ")[0]):
        return None  # "The council approved the budget ...": a verb of its own
    return mention


def verb_form(form: str, lemma: str) -> bool:
    """A cue form that is a verb for certain: a past tense ("noted", "said", "told"), or
    "says"; not "states", "charges" or a bare "suggest", which may be nouns or a plural's."""
    return form != lemma and (form.endswith("ed") or form in ("said", "says", "told", "wrote"))


#: openers that are no subject ("In interviews, ...", "Already ...", "Defending the plan ...")
_NOT_SUBJECT_RE = re.compile(
    r"\s*(?:(?:In|On|At|From|For|By|With|After|Before|During|Since|Under|Over|Through|Among|Already|Also|Even)\b"
    r"|[A-Z][a-z]+(?:ly|ing)\b)"
)


def _head_phrase(text: str, a: int, b: int) -> Mention | None:
    seg = text[a:b]
    if not seg.strip() or n_words(seg) > 8 or FINITE_RE.search(seg) or _NOT_SUBJECT_RE.match(seg):
        return None
    mention = parse_speaker(seg, a, lenient=True)
    if mention is None and re.match(r"\s*(?:An?|The)\s", seg):
        return None
    if mention is None:
        mention = bare_plural_subject(seg, a)
    return mention


#: a clause after a cue: a subject pronoun and a word, or a negated auxiliary ("saying they
#: cannot discuss the case", "said they want more time")
_CLAUSE_START_RE = re.compile(
    r"\s*(?:(?:he|she|they|it|we|I|you|there)\s+(?:[a-z]+ly\s+)?[a-z]"
    r"|.*\b(?:cannot|can['\u2019]t|won['\u2019]t|don['\u2019]t|doesn['\u2019]t|didn['\u2019]t|isn['\u2019]t|aren['\u2019]t)\b)"
)


def looks_like_clause(post: str) -> bool:
    """The words after a speech verb read as a clause of their own: :func:`has_verb`, or a
    subject pronoun and a word, or a negated auxiliary."""
    return has_verb(post) or _CLAUSE_START_RE.match(post) is not None


#: words of a subject read whole (no name or known head found in it) at most
MAX_PHRASE_SUBJECT_WORDS = 14
#: what may stand between a subject and its cue ("have said", "here said", "also say")
_BEFORE_CUE_RE = re.compile(
    r"(?:\s+(?:have|has|had|also|here|now|repeatedly|previously|recently|long|both|all|often|"
    r"privately|publicly|separately|still|too|[a-z]+ly))+\s*$"
)
#: a phrase that opens a sentence as its subject: an article, a possessive, a capitalised or
#: plural word ("The budget office", "Her campaign workers", "Democrats trying to ...")
_PHRASE_SUBJECT_RE = re.compile(r"(?:[A-Z][\w'\u2019.&-]*|\d[\w%,.-]*)(?:\s+[\w'\u2019.&%,-]+)*")


def noun_phrase_subject(text: str, a: int, b: int) -> Mention | None:
    """The words ``text[a:b]`` before a cue, read whole as its subject when no speaker
    phrase is found in them: a noun phrase with no verb of its own, no quotation and no
    comma ("The water board and the Department of Parks and Lakes have said ...",
    "Growers hoping to win back the irrigation district say ..."), as a descriptor."""
    seg = text[a:b]
    tail = _BEFORE_CUE_RE.search(seg)
    seg = seg[: tail.start()] if tail else seg.rstrip()
    words = seg.split()
    if (
        not words
        or len(words) > MAX_PHRASE_SUBJECT_WORDS
        or not _PHRASE_SUBJECT_RE.fullmatch(seg)
        or "," in seg
        or any(q in seg for q in QUOTE_CHARS)
        or has_verb(seg)
        or _NOT_SUBJECT_RE.match(seg)
        or is_lead(seg)
        or words[0].lower() in _NOT_PHRASE_OPENERS
        or words[-1].lower() in _NOT_PHRASE_ENDS
        or seg.endswith(("-", "'s", "\u2019s"))  # "Trump's declared goal", "His oft-stated"
        or any(w.lower() in _PHRASE_PRONOUNS for w in words)  # "The one doubt he admitted"
        or _CONTRACTED_VERB_RE.search(seg)  # "While he's said", "Sanders hasn't said"
    ):
        return None
    head = next((w for w in words if w.lower() in _PHRASE_HEAD_STOPS), None)
    head_words = words[: words.index(head)] if head else words
    return whole_phrase(
        seg,
        a,
        head_words[-1].lower().strip(".,") if head_words else words[-1].lower(),
        plural=bool(head_words) and head_words[-1].lower().endswith("s") or _two_speakers(seg),
    )


#: words that open a second noun phrase after "and" ("the mayor and the police chief")
_SECOND_PHRASE_OPENERS = frozenset("the a an his her their its our some several many other".split())


def _two_speakers(seg: str) -> bool:
    """Two phrases joined by "and", one of them of two words at least ("Tom Lund and Ann
    Berg", "The mayor and the police chief"; not "Marks and Spencer", a firm's name)."""
    if " and " not in seg:
        return False
    left, _, right = seg.strip().partition(" and ")
    # (the second a phrase of its own: "Party contender and former surgeon Ned Carver" is
    # one person with two roles)
    # (names on both sides are left to the names' resolution: "The Transport Office and the
    # Department of Parks" are organisations)
    first = right.split()[0] if right.split() else ""
    return (
        (len(left.split()) >= 2 or len(right.split()) >= 2)
        and first.lower() in _SECOND_PHRASE_OPENERS
        and not any(w[:1].isupper() for w in (left + " " + right).split()[1:])
    )


def whole_phrase(seg: str, a: int, head: str, *, plural: bool) -> Mention:
    """A subject phrase at ``a`` read whole as an unnamed source, its name and role the
    phrase itself ("several growers", "The one doubt"), with no article before its name ("A
    club steward" is the "club steward" another sentence's "the club steward" is)."""
    name = _LEADING_ARTICLE_RE.sub("", seg, count=1) or seg
    return Mention(
        "descriptor", seg, a, a + len(seg), name=name, role=seg, head=head, number="pl" if plural else "sg"
    )


_LEADING_ARTICLE_RE = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+")


#: first words of a sentence that are no subject's
_NOT_PHRASE_OPENERS = frozenset(
    "it this that these those there here what which who when where why how if whether as so then "
    "but and or yet also even still instead meanwhile however now today yesterday while although though "
    "because since after before unless until once my our monday tuesday wednesday thursday friday saturday "
    "sunday polls".split()
)
#: last words before a cue that make it no verb of the phrase's ("The added security", "in a story
#: that posted")
_NOT_PHRASE_ENDS = frozenset(
    "the a an his her its their our my your this that which who whose and or of in on at by for to with".split()
)
#: a pronoun inside the phrase: the cue belongs to a clause of its own ("I forgot she said")
_PHRASE_PRONOUNS = frozenset("i he she they we you it me him them us".split())
#: a verb contracted onto a word ("he's", "hasn't", "Let's"); a possessive noun ("Rubio's") is none
_CONTRACTED_VERB_RE = re.compile(
    r"(?i)n['\u2019]t\b|['\u2019](?:re|ve|ll|d|m)\b|\b(?:he|she|it|that|there|what|who|let)['\u2019]s\b"
)
#: words after a subject's head ("majorities of voters", "workers here")
_PHRASE_HEAD_STOPS = frozenset("of in at from for on with who that which trying".split())


def complement_subject(mention: Mention | None) -> bool:
    """The phrase read as a speaker opens with the complementizer "that" ("that the images"
    in 'said A, but that the images suggested "..."'): the subject of a reported clause,
    whose words are the outer speaker's statement."""
    return mention is not None and mention.text.startswith("that ")
