"""Statements a cue opens with "that" or a colon: "X said (that) ...", "X stated: ..."."""

from __future__ import annotations

import re

from ._bare_clauses import ADJUNCTS as _ADJUNCTS
from ._clause_end import clause_end
from ._clauses import (
    CueAt,
    long_subject,
    verb_form,
)
from ._cue_speakers import speaker_before
from ._cues import (
    FINITE_RE,
    cue_re,
    n_words,
    reporting_verb_forms,
)
from ._generic_speakers import generic_speaker as _generic_speaker
from ._lead_shapes import aside_start, subordinate_end
from ._names import speaker_words
from ._speaker_after import NAME_REQUEST_RE
from ._subject_relative import who_subject

_SECOND_CUE_RE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?([a-z]+)\s+(that\s+)?")


def _second_cue(text: str, a: int, b: int):
    """ "... and said (that) B" after a first statement: a second reporting verb of the same
    subject (a speech verb when no "that" follows it), or None."""
    second = _SECOND_CUE_RE.search(text, a, b)
    while second is not None and (
        second.group(1) not in reporting_verb_forms()
        or (not second.group(2) and reporting_verb_forms()[second.group(1)][1] != "speech")
    ):
        second = _SECOND_CUE_RE.search(text, second.end(), b)
    return second


#: where a statement was made, before a cue's form that is a noun there ("in its report")
_MEDIUM_BEFORE_RE = re.compile(
    # ("said in reply to a written question that ...": the noun of the occasion, and a cue's
    # form after an article, no cue)
    r"\b(?:(?:in|on)\s+(?:an?|the|its|his|her|their|our)\s+(?:[a-z-]+\s+){0,2}|in\s+|an?\s+)$"
)


#: double quotation marks, whose count before a "that" says it is inside a quotation
_DOUBLE_MARKS = '"\u201c\u201d\u00ab\u00bb'
_AND_THAT_RE = re.compile(
    r"\s[a-z]{3,}ed\s[^,]*\band\s+that\s+$"
    # ('said migrants "cannot all stay" and that ...': a quoted predicate before it)
    r"|\s[^,\"\u201c]*[\"\u201c][^\"\u201d]{2,80}[\"\u201d][,.]?\s+and\s+that\s+$"
)
#: a verb of evidence after the cue's object, right before "that" ("said the figures showed
#: that ...", "the survey proved that"): the object is a clause's subject, and the clause
#: starts with it (these verbs are the class: what a text or a count shows)
_EVIDENCE_THAT_RE = re.compile(
    r"\s(?:the|these|this|those|its|their|our|his|her|new|official|latest)\s[^,]{0,40}?"
    r"\b(?:show(?:s|ed|n)?|prove[sdn]?|reveal(?:s|ed)?|demonstrate[sd]?|confirm(?:s|ed)?|indicate[sd]?)"
    r"\s+that\s+$"
)


_SUBJECT_PRONOUNS = frozenset("i you he she it we they there".split())
#: an infinitive's verb right before "that" ("not to make that speech")
_INFINITIVE_THAT_RE = re.compile(r"\bto\s+([a-z]+)\s+that\s+$")


def _demonstrative_that(post: str, k: int) -> bool:
    """Whether the "that" ending ``post[:k]`` is a determiner after an infinitive's verb that
    reports nothing ("cautioned me not to make that speech", "to do that with ..."): no
    plural or pronoun right after it and no verb before the next punctuation or relative
    pronoun ("urged him to say that the deal was dead", "to remember that prices rose"
    stay clauses)."""
    m = _INFINITIVE_THAT_RE.search(post, 0, k)
    if m is None or m.group(1) in reporting_verb_forms() or re.search(r"[^s]s$", m.group(1)):
        return False  # (a plural is no verb: "said in a message to reporters that ...")
    # (up to the next punctuation, not the comma of "1,432", or a relative pronoun: "to do
    # that with the first batch of emails that leaked")
    stop = re.search(r"[,;:.!?](?=\s|$)|\b(?:that|which|who)\b", post[k:])
    rest = post[k : k + stop.start()] if stop else post[k:]
    # (a plural or a pronoun right after "that" is a clause's subject: "to remember that
    # prices rose", "to admit that he lied")
    first = rest.split(None, 1)[0].lower() if rest.strip() else ""
    if first.endswith("s") or first in _SUBJECT_PRONOUNS:
        return False
    past = speaker_words()["past"]
    return not (
        FINITE_RE.search(rest) or re.search(r"\b[a-z]{3,}ed\b", rest) or any(w in past for w in rest.split())
    )


#: cues whose "that" reports only right after them: with a noun object first ("projected the
#: image that won ...", "forecast a recession that would ..."), "that" opens a relative clause
THAT_RIGHT_AFTER = frozenset({"forecast", "project"})


#: promise cues, whose "to" and a verb open the statement (``_promises``)
_PROMISE_LEMMAS = frozenset({"vow", "promise", "pledge"})
#: "to" and a verb, no addressee ("to block", not "to the board", "to me", "to reporters")
_INFINITIVE_RE = re.compile(
    r"\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|me|us|him|them|you|this|that|these|those)\b)[a-z]+(?<!s)\b"
)


def that_clause(c: CueAt) -> bool:
    """X said (, however,) (to Y) that ..."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    # ("said in a memoir of her years at the mill that ...": a long adjunct, no verb in it)
    # (the pattern needs "that": most cues have none after them, and no match is tried;
    # an aside between dashes may hold commas: "said - in a letter, as it happens - that")
    mt = (
        re.match(
            # (a wire's source may be longer: "reported, citing a source in the defence ministry, that")
            # ("told me, only half joking, that": whom it was told, then the aside)
            r"(?:,[^,]{1,30},|,\s*(?:citing|quoting)\s[^,]{1,60},|\s*(?:\u2014|\u2013|--)[^\u2014\u2013]{1,60}?(?:\u2014|\u2013|--)"
            r"|\s+(?:to\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3}?,[^,]{1,30},(?=\s+that\s))?"
            # (a number's comma is no clause break: "told his 800,000 followers that")
            r"(?:\s+(?:to\s+)?(?:[^,]|(?<=\d),(?=\d{3})){1,60}?"
            # (a where-said adjunct may be longer: "said in a filing with the Securities and
            # Exchange Commission on Friday that"; a longer object, "said she's shifting her
            # tack ... with the argument that", is a relative's "that")
            r"|\s+(?:in|at|during)\s+(?:an?|the|its|his|her|their)\s[^,]{1,80}?)??\s+that\s+",
            post,
        )
        if "that" in post
        else None
    )
    if mt and (
        FINITE_RE.search(post[: mt.end()])
        or n_words(post[: mt.end()]) > 12
        # ("said inflation remained high and that ...": a clause with a verb in "-ed" before
        # the coordinated "that")
        or _AND_THAT_RE.search(post, 0, mt.end()) is not None
        or _EVIDENCE_THAT_RE.match(post, 0, mt.end()) is not None
    ):
        mt = None  # "said the budget was balanced and that ...": the object is a clause
    if mt and lemma in _PROMISE_LEMMAS and _INFINITIVE_RE.match(post):
        mt = None  # "vowed to block any package that included ...": a promise, its object's relative clause
    if mt and lemma in THAT_RIGHT_AFTER and not re.match(r"\s+that\s", post):
        mt = None  # "projected an image that won ...": a noun object and its relative clause
    if mt and sum(post.count(q, 0, mt.end()) for q in _DOUBLE_MARKS) % 2:
        # 'said the data "support the view that ...': the quoted words' own "that" (a single
        # mark may be an apostrophe: "said in ‘08 that")
        mt = None
    if mt is None and "that" in post:
        # "said in an email, seen by the Guardian, that ...", "in a letter, which was leaked
        # to the press, that ...": the text's aside, then the clause
        md = re.match(_ADJUNCTS + r",?\s+that\s+", post)
        if md is not None and md.group("doc_aside"):
            mt = md
    if mt and any(
        _MEDIUM_BEFORE_RE.search(post, 0, m.start()) is None for m in cue_re().finditer(post, 0, mt.end())
    ):
        # "Pell, who was standing by the gate, states that ...": the later cue's ("said in its
        # quarterly report that": a noun where it was said, no cue)
        mt = None
    if mt and _demonstrative_that(post, mt.end()):
        return False  # "cautioned me not to make that speech": the infinitive's object
    if mt and lemma in ("ask", "request") and NAME_REQUEST_RE.match(post, mt.end()):
        return False  # "who asked that his surname not be published": why he is unnamed
    if mt:
        # "The campaign responded that ...": before an inflected cue and "that", the
        # noun phrase opening the sentence is its subject
        mention, sp_start = speaker_before(
            text, a, aside_start(text, a, cue.start()), subject=cue.group() != lemma
        )
        if mention is None and verb_form(cue.group(), lemma):
            mention, sp_start = long_subject(text, a, cue.start()), a
        if mention is not None and _generic_speaker(text, a, mention, cue.start()):
            return False  # "Any nurse will tell you that ...": the writer's claim, in anyone's mouth
        if mention is not None:
            start = cue.end() + mt.end()
            # "While X said that A, B": the subordinate clause ends at its comma
            end_b = subordinate_end(text, text[a:sp_start].strip(), start, end_b)
            # "He noted that A, and said that B": two statements of one speaker
            second = _second_cue(text, start, end_b)
            if second is not None and doc.add(
                "indirect", [(start, second.start())], mention, cue.group(), lemma
            ):
                lemma2 = reporting_verb_forms()[second.group(1)][0]
                doc.add("indirect", [(second.end(), end_b)], mention, second.group(1), lemma2)
                return True
            end = clause_end(text, start, end_b, cue.group())
            if not text[a:sp_start].strip():
                # "The guard who warned that the gate was broken| has been sacked"
                mention, end = who_subject(text, mention, cue.start(), start, end)
            if doc.add(
                "indirect",
                [(start, end)],
                mention,
                cue.group(),
                lemma,
            ):
                return True
    return False


def colon_cue(c: CueAt) -> bool:
    """X stated: ..."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    mc = re.match(r"[^:,]{0,40}:\s+", post)
    if mc:
        mention, _ = speaker_before(text, a, cue.start())
        if mention is not None:
            if doc.add(unmarked, [(cue.end() + mc.end(), end_b)], mention, cue.group(), lemma):
                return True
    return False
