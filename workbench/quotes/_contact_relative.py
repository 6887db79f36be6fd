"""A contact relative clause on a noun in apposition, with a cue inside it: "..., a decision
the council says was taken in haste", "..., a move campaigners say was unlawful". The
speaker is the relative clause's subject ("the council"), not the noun phrase before it, and
the statement is the predicate after the cue (the noun it is about stands outside it, as in
"which the council says was ...")."""

from __future__ import annotations

import re

from ._clauses import MIN_CONTENT_WORDS, PRONOUN_CLAUSE_RE, CueAt
from ._group_subjects import bare_plural_subject
from ._mentions import parse_speaker
from ._subject_relative import starts_predicate

__all__ = ["contact_relative"]

#: a word of the noun phrase: no preposition (", a spokesman for the Harbour Trust said he
#: was": the main clause's subject, no relative clause)
_NOT_PREPOSITION = r"(?!(?:for|of|at|in|on|from|with|by|to|about|near|inside|outside|within)\s)"
#: after a comma, a noun phrase ("a decision", "a bold move") and the relative clause's
#: subject: a determiner's phrase, a capitalised name, a pronoun or one bare plural noun
_CONTACT_RE = re.compile(
    r",\s+(?:an?|another|one)\s+(?:"
    + _NOT_PREPOSITION
    + r"[a-z][\w-]*\s+){0,2}?"
    + _NOT_PREPOSITION
    + r"[a-z][\w-]*\s+"
    r"(?P<subject>(?:the|its|their|his|her)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+"
    r"|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}"
    r"|he|she|they|[a-z]{3,}s)\s*$"
)
#: where the predicate ends: a new clause or an aside
_PREDICATE_END_RE = re.compile(r"[,;:(]|\s(?:--|\u2013|\u2014)\s")


def contact_relative(c: CueAt) -> bool:
    """The statement of a cue inside such a relative clause; True if one was added."""
    text, cue = c.text, c.cue
    if c.cls == "belief" or c.lemma not in ("say", "claim", "insist", "argue", "allege", "admit"):
        return False  # (as in "which he thought would ...": a belief, the narrator's reading)
    # (the clause may open after the apposition's comma: searched from before it)
    lo = max(0, cue.start() - 120)
    if text.rfind(",", lo, cue.start()) < 0:
        return False  # (no apposition: no search)
    m = _CONTACT_RE.search(text, lo, cue.start())
    if m is None:
        return False
    k = cue.end() + len(c.post) - len(c.post.lstrip())
    stop = _PREDICATE_END_RE.search(text, k, c.end_b)
    end = stop.start() if stop is not None else c.end_b
    # the predicate of the noun ("a move campaigners say was unlawful"), or a clause of its
    # own with the noun as object ("a plan the fans said they would fight")
    gap = starts_predicate(text, k, end)
    if not gap and PRONOUN_CLAUSE_RE.match(" " + text[k:end]) is None:
        return False
    phrase, at = m.group("subject"), m.start("subject")
    mention = parse_speaker(phrase, at)
    if mention is None and phrase.endswith("s") and " " not in phrase:
        mention = bare_plural_subject(phrase, at)
    if mention is None or mention.kind == "pronoun" and phrase.lower() == "it":
        return False
    kind = "mixed" if any(q in text[k:end] for q in '"\u201c\u201d') else c.unmarked
    return c.doc.add(
        kind, [(k, end)], mention, cue.group(), c.lemma, min_words=MIN_CONTENT_WORDS - 1 if gap else None
    )
