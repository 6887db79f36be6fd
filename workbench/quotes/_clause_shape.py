"""The shape of the words on either side of a reporting cue, for the patterns that read the
statement before the cue ("..., X said." / "..., said X."): whether what follows the cue is a
clause of its own ("said his survey showed ...", "he said he's not worried"), and whether
what precedes the speaker is an opening adjunct rather than a statement ("Opening the
session on Monday, the harbor board urged ..."). In both cases the statement is after the cue."""

from __future__ import annotations

import re

from ._clauses import PRONOUN_CLAUSE_RE
from ._cues import FINITE_RE
from ._group_subjects import quantity_subject
from ._mention_type import Mention
from ._mentions import parse_speaker
from ._names import speaker_words

__all__ = [
    "adjunct_lead",
    "clause_after_cue",
    "cue_before_main_verb",
    "plural_antecedent",
    "present_clause",
    "relative_speaker",
]

#: a subject pronoun with a contracted verb ("he's", "they're", "it\u2019ll")
_PRONOUN_CONTRACTION_RE = re.compile(r"\b(?:he|she|it|they|we|I|there|that)['\u2019](?:s|re|ll|d|ve|m)\b")


def clause_after_cue(post: str) -> bool:
    """The words after a cue, up to their first comma, hold a verb of their own: a finite
    auxiliary, a past form or a word in -ed written in lower case (names and titles are not
    read), or a pronoun and its verb ("she sees", "he's")."""
    head = post.split(",", 1)[0]
    if _PRONOUN_CONTRACTION_RE.search(head) or PRONOUN_CLAUSE_RE.match(head):
        return True
    toks = [t.strip(".;:!?\"'\u2019\u201d()") for t in head.split()]
    lower = [t for t in toks if t.islower()]
    past = speaker_words()["past"]
    return bool(FINITE_RE.search(" ".join(lower))) or any(
        t in past or (t.endswith("ed") and len(t) > 4) for t in lower
    )


#: an opening adjunct: a participle ("Addressing ...", "Rattling off ..."), a subordinator
#: or a phrase of place, time or topic ("As for Trump", "Not long after ...", "In a 2013 video")
_ADJUNCT_LEAD_RE = re.compile(
    r"\s*(?:[A-Z][a-z]+ing\s|(?:As|When|After|While|Since|Before|Once|Until|Although|Though|If|Because"
    r"|Not\s+long\s+after|Just|In|At|On|During|Despite|Amid|Following|Speaking|Asked)\s)"
)


def adjunct_lead(text: str, a: int, b: int) -> bool:
    """``text[a:b]``, the words before a cue's speaker, open with an adjunct (see above)."""
    return _ADJUNCT_LEAD_RE.match(text, a, b) is not None


#: a short subject (no preposition, relative or conjunction) and a present-tense verb, maybe
#: after an adverb: "the law unfairly targets ...", "Trump wants ..."
_PRESENT_CLAUSE_RE = re.compile(
    r"\s*(?:(?!(?:of|in|on|for|with|by|about|from|to|at|as|than|that|which|who|and|or|but)\s)[\w'\u2019.-]+\s+){1,5}?"
    r"(?:[a-z]+ly\s+)?(?:[a-z]{2,}[^s\W\d]s|does|has|is)\s+\w"
)


def present_clause(post: str) -> bool:
    """The words after a cue open a clause in the present tense ("say the law unfairly
    targets ...") that :func:`clause_after_cue` does not read (no auxiliary, no past)."""
    return _PRESENT_CLAUSE_RE.match(post) is not None


def relative_speaker(text: str, a: int, b: int) -> bool:
    """The speaker phrase ``text[a:b]`` ends with a relative pronoun ("business leaders
    who"): the cue opens a relative clause, whose statement follows it."""
    return re.search(r"\b(?:who|which|that)\s*$", text[max(a, b - 8) : b]) is not None


#: a relative pronoun and the subject of its clause right before a cue ("The bridge that
#: Lund said", "a plan which critics say"): the cue is the relative clause's
_RELATIVE_THEN_SUBJECT_RE = re.compile(
    r"\s(?:that|which|whom|who)\s+((?:[\w'\u2019.%-]+\s+){0,3}?[\w'\u2019.%-]+)\s*$"
)


#: the opening of a relative clause's subject that is a noun phrase for certain: a determiner,
#: a capital or a digit ("who his mother said", "who Lund said"), or a word alone ("who police
#: said"; not "who back her rivals say", a verb and its object)
_SUBJECT_OPENING_RE = re.compile(r"(?:the|a|an|his|her|their|its|our|my|some|many|most)\s|[A-Z0-9]|\S+$")


def cue_in_relative(text: str, a: int, b: int, *, noun_phrase: bool = False) -> bool:
    """The words ``text[a:b]`` before a cue end in a relative clause's pronoun and its own
    subject ("The bridge that Lund", not "The man who fled", nor a pronoun's "which he"): the
    phrase that opens them is no speaker of the cue. ``noun_phrase``: the subject opens as one
    for certain (see above)."""
    if text.find("th", a, b) < 0 and text.find("wh", a, b) < 0:
        return False  # (no relative pronoun: no search)
    m = _RELATIVE_THEN_SUBJECT_RE.search(text, max(a, b - 60), b)
    if m is None or noun_phrase and _SUBJECT_OPENING_RE.match(m.group(1)) is None:
        return False
    k = m.start(1)
    subject = parse_speaker(m.group(1), k)
    if subject is not None:
        # (a pronoun's relative clause, "Reed, the founder of Acme, which he said", is read
        # with the sentence's subject, whom the pronoun names)
        return subject.kind != "pronoun"
    return quantity_subject(m.group(1), k) is not None


#: a plural common noun ending where "who" follows ("shop owners and cyclists")
_PLURAL_END_RE = re.compile(r"\b([a-z]{3,}[^s\W\d]s)\s*$")


def plural_antecedent(text: str, a: int, b: int) -> Mention | None:
    """The plural common noun that ``text[a:b]`` ends with, as a group (the antecedent of
    "who say ..." that no lexicon names), or None."""
    m = _PLURAL_END_RE.search(text, max(a, b - 40), b)
    if m is None:
        return None
    w = m.group(1)
    return Mention("descriptor", w, m.start(1), m.end(1), name=w, role=w, head=w, number="pl")


#: the words a relative clause's verb may take before the main clause's verb: none, or a
#: short phrase of place, time or addressee ("wrote to staff", "published last year")
_RELATIVE_TAIL_RE = re.compile(
    r"\s+(?:(?:to|for|on|in|at|last|this|earlier|with|about)\s+(?:[\w'\u2019-]+\s+){0,3})?"
)


#: the end of a relative clause's words before its verb: a relative pronoun and the clause's
#: subject ("that she", "which the council"), a pronoun ("The letter she"), a noun after a
#: noun ("The letter the mayor"), or the pronoun alone ("the man who")
_RELATIVE_END_RE = re.compile(
    r"(?:\s(?:that|which|whom)\s+(?:[\w'\u2019.-]+\s+){1,3}|[a-z]\s+(?:he|she|they|we|I|you)\s+"
    r"|[a-z]\s+the\s+[a-z]+\s+|\s(?:who|that|which)\s+)$"
)
#: a relative pronoun right before the cue, its subject, and no comma before it ("the man who
#: wrote"; a clause set off by a comma, "the poet, who said she wrote ...", ends with one)
_WHO_BEFORE_RE = re.compile(r"\w\s+(?:who|that|which)\s+$")
#: a relative clause's object: a few words, no punctuation, no subject pronoun ("the report",
#: "the letter to staff"; not "she", whose verb is a complement clause's: "who said she wrote")
_OBJECT_TAIL_RE = re.compile(r"\s+(?!(?:he|she|they|we|I|it|you)\s)(?:[\w'\u2019-]+\s+){1,5}")


def cue_before_main_verb(text: str, a: int, cue: re.Match, after: tuple[re.Match, ...]) -> bool:
    """The cue ends a relative clause of the sentence's subject when the next finite cue of
    ``after`` (the sentence's cues after it) follows it with at most a short phrase between
    ("The report that she wrote said ...", "The letter she signed last week said ..."): a
    complement clause opens with its own subject, never with a verb. The cue's own words are
    no statement; the next cue's are (``text[a:]`` is the sentence, whose subject opens it)."""
    if (
        text.count(" ", a, cue.start()) < 2
        or _RELATIVE_END_RE.search(text, max(a, cue.start() - 40), cue.start()) is None
    ):
        # (a subject and a relative clause's own: "The ferry operator said added costs ..."
        # has none, its "added" is an adjective)
        return False
    # ("said", "says", "warned", "found": finite for certain; not "say", nor "reports" or
    # "comments", nouns as often, nor "expects", the complement's own verb)
    past = speaker_words()["past"]
    nxt = next(
        (c for c in after if (f := c.group()) in ("said", "says") or f.endswith("ed") or f in past), None
    )
    if nxt is None:
        return False
    tail = _RELATIVE_TAIL_RE.match(text, cue.end(), nxt.start())
    return (tail is not None and tail.end() == nxt.start()) or (
        # "The man who wrote the report said ...": the relative pronoun is the cue's subject,
        # and the next cue after its object the main clause's
        _WHO_BEFORE_RE.search(text, max(a, cue.start() - 8), cue.start()) is not None
        and _OBJECT_TAIL_RE.fullmatch(text, cue.end(), nxt.start()) is not None
    )
