"""A reporting cue inside a relative clause of the sentence's subject: where the statement
ends, at the main clause's verb ("The pier that Lund said was unsafe| has reopened"), and who
speaks when the clause has no relative pronoun ("The pier Lund said was unsafe has reopened":
Lund) or when its pronoun is the speaker ("The officer who said he saw the crash has given
evidence": the officer)."""

from __future__ import annotations

import re

from ._cues import cues_in
from ._group_subjects import bare_plural_subject
from ._mention_type import Mention
from ._mentions import parse_speaker
from ._text_ends import stripped_end

__all__ = [
    "PAST_ONLY",
    "PREDICATE_RE",
    "main_verb_start",
    "reduced_relative_source",
    "starts_predicate",
    "who_clause_end",
    "who_subject",
]

#: Irregular verbs whose simple past is no participle ("spoke", not "set" or "held"): after a
#: comma such a form is a finite verb, never a participle opening a modifier ("the plan, set
#: out in May, ...").
PAST_ONLY = (
    "spoke went took gave began came drew chose threw saw became fell rose broke knew rode shook "
    "swore drove flew grew sank withdrew ran forgot forgave sang rang swam drank wore stole froze "
    "blew hid woke wept fled slept"
).split()
#: a predicate whose subject is the relative pronoun ("that discriminated against", "which
#: includes")
PREDICATE_RE = re.compile(
    r"(?:[a-z]{2,}ed|is|are|was|were|would|will|could|should|can|may|might|has|have|had|does|did|"
    r"[a-z]{3,}[^s\W\d]s)\b"
)
#: ... or an irregular past ("who police said stole £3m")
_PAST_PREDICATE_RE = re.compile(r"(?:" + "|".join(PAST_ONLY) + r")\b")
#: the main clause's verb after such a relative clause ("... protect tenants| were scrapped")
_MAIN_BE_RE = re.compile(r"\s(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s")
#: ... and after a statement that is a predicate alone, whose subject is the relative pronoun
#: ("... was unsafe| has reopened", "... was finished| remains shut"; not "that Lund said
#: the state| would pay for", where the auxiliary is the statement's own subject's)
_MAIN_AUX_RE = re.compile(
    r"\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|remains?|remained)\s"
)
#: words before an auxiliary that make it a verb inside the statement, not the main clause's
#: ("... would cost more than it| would save", "... a plan that| would fail")
_EMBEDDED_SUBJECTS = frozenset(
    "it he she they we you i there this that which who what than as if when because and or but not".split()
)


def starts_predicate(text: str, k: int, end: int) -> bool:
    """``text[k:end]`` opens with a finite verb (no subject before it)."""
    return PREDICATE_RE.match(text, k, end) is not None or _PAST_PREDICATE_RE.match(text, k, end) is not None


#: irregular pasts that are participles too ("paid", "lost"): a main verb only where the
#: checks below allow one
_PAST_PARTICIPLES = (
    "paid sold bought lost won left kept met held led built sent spent made brought caught".split()
)
#: a finite verb in the past with no auxiliary, the main clause's when a predicate ends before
#: it ("... was safe| leaked into the river", "... would gut the agency| passed"), not a
#: participle's with its agent ("congestion caused by cars")
_PAST_MAIN_RE = re.compile(
    r"\s(?:[a-z]{3,}ed|died|" + "|".join(PAST_ONLY + _PAST_PARTICIPLES) + r")(?=\s+(?!by\b)\S|$)"
)
#: words before such a verb that make it no main verb: an auxiliary or "to" (its participle or
#: infinitive), a determiner (an adjective), a conjunction or a pronoun (a verb of the statement)
_NOT_BEFORE_MAIN = _EMBEDDED_SUBJECTS | frozenset(
    "is are was were be been being has have had will would can could may might must should do does did "
    "to the a an his her its our my these those some no of in on at for with from by into about after "
    "before over under nor yet also still just".split()
)


def _past_main(text: str, k: int, end: int) -> int | None:
    """The first past verb after the predicate's first word at ``k`` that follows a word
    ending a phrase (see above), and is no subordinate clause's own verb, or None."""
    first = text.find(" ", k, end)
    if first < 0:
        return None
    for m in _PAST_MAIN_RE.finditer(text, first, end):
        before = text[max(first, m.start() - 16) : m.start()].split()
        if (
            before
            and not (
                (w := before[-1].lower()) in _NOT_BEFORE_MAIN
                or w.endswith((",", "ly"))
                or not w[-1:].isalnum()
            )
            and not _subordinate_verb(text, k, m.start())
        ):
            return m.start()
    return None


#: a conjunction opening a subordinate clause inside the statement ("... if the bill passed")
_SUBORDINATOR_RE = re.compile(
    r"\b(?:if|when|whenever|because|as|while|until|unless|before|after|since|although|though|once)\s"
)


def _subordinate_verb(text: str, k: int, pos: int) -> bool:
    """The verb at ``pos`` is the own verb of a subordinate clause opened between ``k`` and it
    ("he would resign if the bill| passed voted for it": "passed" is the clause's, "voted" the
    main one), so it ends nothing."""
    subs = list(_SUBORDINATOR_RE.finditer(text, k, pos))
    return bool(subs) and _OWN_VERB_RE.search(text, subs[-1].end() - 1, pos) is None


#: a break that the relative clause and the main clause's verb have none of
_CLAUSE_BREAK_RE = re.compile(r"[,;:(]|\s(?:--|\u2013|\u2014)\s")


def main_verb_start(text: str, k: int, end: int) -> int | None:
    """Where the main clause's verb starts after a subject's relative clause whose statement
    starts at ``k`` (its own first verb there is skipped), before any comma, or None: an
    auxiliary, or for a predicate without its subject a past verb too ("... was safe| leaked")."""
    comma = _CLAUSE_BREAK_RE.search(text, k, end)
    end = comma.start() if comma is not None else end  # (a verb past a comma may be another clause's)
    predicate = starts_predicate(text, k, end)
    pattern = _MAIN_AUX_RE if predicate else _MAIN_BE_RE
    aux = None
    for m in pattern.finditer(text, k + 1, end):
        before = text[max(k, m.start() - 12) : m.start()].split()
        if (
            before
            and before[-1].lower() not in _EMBEDDED_SUBJECTS
            and not before[-1].endswith(",")
            and not _subordinate_verb(text, k, m.start())
        ):
            aux = m.start()
            break
    # ("... was innocent| wept as the verdict was read": the past verb comes first)
    past = _past_main(text, k, aux if aux is not None else end) if predicate else None
    return past if past is not None else aux


#: a sentence's subject with a relative clause, up to the cue: the head noun phrase (a
#: determiner and common nouns), maybe a relative pronoun, and the clause's subject, a noun
#: phrase with a determiner, a pronoun, a name or a plural ("The pier| Lund", "The levy| the
#: mayor", "The man| she", "The road that| they", "The van| police")
_REDUCED_RELATIVE_RE = re.compile(
    r"\s*(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|My)\s+"
    r"(?:(?!(?:that|which|who|whom|whose)\s)[a-z][\w'\u2019-]*\s+){1,4}?(?:(?:that|which|who|whom)\s+)?"
    r"(?P<subject>(?:the|a|an|his|her|their|its|our|my)\s+(?:[\w'\u2019.-]+\s+){0,2}?[\w'\u2019.-]+"
    r"|he|she|they|we|I|you|police|[a-z]{3,}[^s\W\d]s"
    r"|(?:(?:Mr|Mrs|Ms|Dr|Miss|Sir|Dame|Lord|Lady|Prof)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
    r"\s*"
)
#: a statement that is a predicate without its subject, the relative clause's gap ("was
#: unsafe", "would cut ...", "attacked the victim"; not "added costs ...", an adjective's noun
#: phrase, which a verb in -ed takes only before an object or a preposition)
_GAP_PREDICATE_RE = re.compile(
    r"(?:is|are|was|were|would|will|could|should|can|may|might|must|has|have|had|does|did)\s"
    r"|(?:[a-z]{3,}ed|" + "|".join(PAST_ONLY) + r")\s+(?:(?:the|a|an|his|her|their|its|him|them|it|us|me|"
    r"this|these|those|more|into|at|in|on|with|for|from|after|out|up|down|off|to)\b|[\d\u00a3$\u20ac])"
)


#: words no head noun phrase before a relative clause holds
_HEAD_BREAKS = frozenset("on in at by for with from of to into about after before over under".split())


def reduced_relative_source(text: str, a: int, b: int, k: int, end: int) -> tuple[Mention, int] | None:
    """The speaker and the statement's end when the words ``text[a:b]`` before a cue are the
    sentence's subject and a relative clause's own subject (its pronoun left out or not), and the
    statement from ``k`` is a predicate ending at the main clause's verb ("The pier Lund said
    was unsafe| has reopened"); else None. A clause with its own subject after the cue ("The
    day the mayor said he would quit ...") is left as it is: a subject and its apposition
    ("Union leader Tom Hale said the mill ...") read the same."""
    m = _REDUCED_RELATIVE_RE.fullmatch(text, a, b)
    if m is None:
        return None
    own_subject = _GAP_PREDICATE_RE.match(text, k, end) is None
    if (
        own_subject
        and (
            not m.group("subject")[:1].islower()
            # ("A statement posted on the website X said listings are ...": a participle or a
            # preposition in the head makes the subject its object, no relative clause's)
            or any(
                w.endswith("ed") or w in _HEAD_BREAKS
                for w in text[m.start() : m.start("subject")].lower().split()
            )
        )
    ):
        # ("Union leader Tom Hale said the mill ...": a capitalised name after a noun reads
        # as its apposition; a common noun's clause, "The man police said they wanted to
        # question ...", is the relative's, with the statement's own subject)
        return None
    # ("The drug that regulators said ...": a plural no list knows is a group all the same)
    subject = parse_speaker(m.group("subject"), m.start("subject")) or bare_plural_subject(
        m.group("subject"), m.start("subject")
    )
    if subject is None or subject.kind == "pronoun" and subject.text.lower() in ("it", "this", "that"):
        return None
    main = who_clause_end(text, k, end) if own_subject else main_verb_start(text, k, end)
    return (subject, main) if main is not None and not cues_in(text, k, main) else None


#: the first finite verb of a statement with its own subject ("he| saw", "the plan| was"),
#: irregular pasts that are participles too among them ("he| heard")
_OWN_VERB_RE = re.compile(
    r"\s(?:is|are|was|were|would|will|could|should|can|may|might|must|has|have|had|does|did|[a-z]{3,}ed|"
    + "|".join(PAST_ONLY)
    + r"|heard|said|told|found|made|felt|thought|got|left|lost|paid|sent|kept|met|held|led|built|bought"
    r"|brought|caught|sold|won)\b"
)


#: a sentence's subject with its relative pronoun, which the cue follows ("The officer who",
#: "People who", "Residents who")
_HEAD_WHO_RE = re.compile(r"((?:The|A|An|This|That|These|Those)\s+[^,]+?|People|[A-Z][a-z]{2,}s)\s+who")
#: ... or with "whose" and the speaker's noun ("The soldier whose mother")
_HEAD_WHOSE_RE = re.compile(
    r"(?:The|A|An|This|That|These|Those)\s+[^,]+?\s+whose\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
)
#: a form of "be" right before a cue makes it a passive, no act of speaking ("she was told")
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")


def who_subject(text: str, mention: Mention, b: int, k: int, end: int) -> tuple[Mention, int]:
    """The speaker and the statement's end when the words from ``mention``, which opens the
    sentence, to the cue at ``b`` are a noun phrase and the relative pronoun of the cue's
    clause ("The officer who said he saw the crash| has given evidence"): the noun phrase, and
    the main clause's verb after the statement's own; else ``mention`` and ``end`` as they are."""
    if mention.start is None:
        return mention, end
    whose = _HEAD_WHOSE_RE.fullmatch(text, mention.start, stripped_end(text, b))
    if whose is not None:
        # "The soldier whose mother said he was bullied has died": the mother's, up to the
        # main clause's verb
        own = parse_speaker(whose.group(1).strip(), whose.start(1))
        main = who_clause_end(text, k, end) if own is not None else None
        return (own, main) if own is not None and main is not None else (mention, end)
    head = _HEAD_WHO_RE.fullmatch(text[mention.start : b].rstrip())
    main = who_clause_end(text, k, end) if head is not None else None
    if head is None or main is None:
        return mention, end
    return parse_speaker(head.group(1), mention.start) or mention, main


def who_clause_end(text: str, k: int, end: int) -> int | None:
    """Where a statement from ``k`` with its own subject ends, when its cue is in a relative
    clause of the sentence's subject: at the main clause's verb after the statement's own
    ("he saw the crash| has given evidence"), or None."""
    own = _OWN_VERB_RE.search(text, k, end)
    main = main_verb_start(text, own.start() + 1, end) if own is not None else None
    if main is None or any(
        not _PASSIVE_BEFORE_RE.search(text, max(k, c.start() - 8), c.start()) for c in cues_in(text, k, main)
    ):
        # ("The man who said he was her son told reporters ...": another cue before the verb
        # read as the main clause's, which may be that verb's statement)
        return None
    return main
