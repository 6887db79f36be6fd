"""Statements of a reporting verb and the clause right after it: "X said the talks failed".

The other shapes around one verb live in ``_that_clause``, ``_cue_after_content`` and
``_inverted_cue``; their readers are re-exported here (``import ... as ...``) for ``_indirect``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._bare_clauses import ADJUNCTS as _ADJUNCTS
from ._bare_clauses import bare_clause, bare_clause_cues
from ._clause_end import clause_end
from ._clause_shape import cue_in_relative
from ._clause_speakers import thing_object
from ._clauses import (
    MIN_CONTENT_WORDS,
    PRONOUN_CLAUSE_RE,
    CueAt,
    has_verb,
    long_subject,
    verb_form,
)
from ._cue_after_content import NOUN_FORMS as _NOUN_FORMS
from ._cue_after_content import OBJECT_AFTER_RE as _OBJECT_AFTER_RE
from ._cue_after_content import PLURAL_SPEECH as _PLURAL_SPEECH
from ._cue_after_content import _unlisted_speaker as _unlisted_speaker
from ._cue_after_content import cue_after_content as cue_after_content
from ._cue_after_content import interrupting_cue as interrupting_cue
from ._cue_speakers import (
    is_person,
    speaker_before,
)
from ._cues import (
    CLAUSE_OPENER_BAD,
    cue_re,
    cues_in,
    n_words,
    subject_cue,
)
from ._generic_speakers import MODAL_BEFORE_RE as _MODAL_BEFORE_RE
from ._generic_speakers import generic_speaker as _generic_speaker
from ._group_subjects import quantity_subject
from ._inverted_cue import inverted_after_content as inverted_after_content
from ._lead_shapes import aside_start, subordinate_end
from ._mentions import Mention
from ._naming_relative import without_relative
from ._noun_objects import NO_NOUN_OBJECT_CUES, indefinite_object, noun_object
from ._open_lead import open_lead, pronoun_after_time, subordinator_end
from ._short_clauses import two_word_clause
from ._subject_relative import reduced_relative_source, who_subject
from ._subjects import clause_subject
from ._that_clause import THAT_RIGHT_AFTER as _THAT_RIGHT_AFTER
from ._that_clause import colon_cue as colon_cue
from ._that_clause import that_clause as that_clause

_BELIEF_CLAUSE_RE = re.compile(
    # (an indefinite or a number opens one too: "confirmed a woman had died", "believes a 2C
    # rise is unavoidable", where the finite verb after it says it is no object; with no
    # pronoun before that verb: "recounted a conversation she had" is an object and its
    # relative clause)
    r"\s+(?:(?:it|he|she|they|there|this|the|its|his|her|their|[A-Z][a-z]+)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"|(?:an?|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:(?!(?:he|she|they|we|I|you)\s)[\w'\u2019-]+\s+){0,3}?)"
    r"(?:is|are|was|were|had|has|have|would|will|could|should|can|may|might|must)\s"
)


#: ... for a belief verb, also a longer subject ("believe the hole in the public finances is"),
#: a bare noun's ("think inflation has peaked") and a verb in the past that has its object or
#: adjunct after it ("believe he knew his attacker", "believe the thieves targeted the farm");
#: a belief verb's noun object ("believe the hype") has none of these
_BELIEF_ONLY_CLAUSE_RE = re.compile(
    r"\s+(?:(?:it|he|she|they|this|the|its|his|her|their|these|those)\s+"
    r"(?:(?!(?:that|who|which|whom)\s)[\w'\u2019-]+\s+){0,5}?|[a-z]+\s+)"
    r"(?:(?:is|are|was|were|had|has|have|would|will|could|should|can|may|might|must)\s"
    r"|(?:knew|[a-z]{3,}ed)\s+(?=(?:the|a|an|his|her|their|its|it|him|them|by|to|in|on|at|from|with)\s))"
)
#: a subject pronoun right before a cue
_PRONOUN_BEFORE_RE = re.compile(r"\b(?:[Tt]hey|[Hh]e|[Ss]he|[Ww]e|I|[Yy]ou)\s+$")
#: the bodies of people whose working view a belief verb reports ("Police believe ...")
_BELIEVING_BODIES = frozenset("police".split())


_ASKED_WHOM_RE = re.compile(r"\s+(?:[\w'\u2019.-]+\s+){1,4}?(?=(?:whether|if|why|how)\s)")


def speech_clause(c: CueAt) -> bool:
    """X said the talks failed."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    if lemma in _THAT_RIGHT_AFTER:
        return False  # (their statement only after "that": that_clause's)
    if lemma in NO_NOUN_OBJECT_CUES and _OBJECT_AFTER_RE.match(post) and not bare_clause(post):
        # "claimed a victory": a noun object (train: 0 of 3 annotated; "acknowledged ...": 3 of 6, kept)
        return False
    if indefinite_object(lemma, post):
        return False  # "suggested a link between A and B": what was put forward, no clause
    if thing_object(lemma, post):
        return False  # "adds warmth to the room", "claims first place": a thing, no clause
    # X said the talks failed.  (speech verbs, speaker opening the clause; a belief verb
    # only before a clause that plainly has its own subject and finite verb: "She
    # believed it should have been ruled out", not "He thinks about it")
    if (
        cls == "speech"
        or (cls in ("belief", "that") and _BELIEF_CLAUSE_RE.match(post))
        or (
            cls == "belief"
            and _BELIEF_ONLY_CLAUSE_RE.match(post)
            # (a named or described believer: "They think the ferry is safe" has its
            # antecedent sentences away, a reading PolNeAR train leaves unannotated)
            and not _PRONOUN_BEFORE_RE.search(text, max(a, cue.start() - 8), cue.start())
        )
        or (cls == "that" and PRONOUN_CLAUSE_RE.match(post))
        or (cls == "that" and lemma in bare_clause_cues() and bare_clause(post))
        or noun_object(lemma, post)
    ):
        # ("said about 12,000 customers were ...", "said at least 12 people were ...": an
        # approximate number opens the clause, where "said about the plan" is what was talked about)
        mn = re.match(
            _ADJUNCTS
            + r"\s+(?:(?!(?:"
            + "|".join(CLAUSE_OPENER_BAD)
            + r")\b)(?=[A-Za-z0-9])|(?=(?:about|over|around)\s+\d|at\s+(?:least|most)\s))",
            post,
        )
        if (
            mn is not None
            and re.match(r"(?:about|over|around)\s+\d|at\s+(?:least|most)\s", post[mn.end() :])
            and not has_verb(post[mn.end() :])
        ):
            mn = None  # ("written over 75 years ago": a time, no clause)
        if mn is not None and _HOW_MUCH_SAID_RE.match(post, mn.end()):
            mn = None  # "said little about the budget": how much was said, no clause
        if mn is None and cls == "speech":
            # "says, rain or shine, she is opening": an aside between commas opens the clause
            mn = _ASIDE_THEN_CLAUSE_RE.match(post)
        if mn and lemma == "tell":
            # "told the paper she had no choice": the addressee is no part of the content
            mn = _ADDRESSEE_RE.match(post) or mn
        if mn and lemma == "ask":
            # "asked the mayor if ...": the question, not whom it was put to (as _questions reads it)
            mn = _ASKED_WHOM_RE.match(post) or mn
        # a clause of three words needs its finite verb ("said staff were exhausted"), so
        # that "said the budget" or "told reporters" is no statement
        # ("said revenue doubled": two words, a bare subject and its past verb)
        short = mn is not None and n_words(post) == 2 and two_word_clause(lemma, post)
        if mn and (
            n_words(post) >= MIN_CONTENT_WORDS + 1
            or n_words(post) == MIN_CONTENT_WORDS
            and has_verb(post[mn.end() :])
            or short
        ):
            mention, sp_start = speaker_before(
                text,
                a,
                aside_start(text, a, cue.start()),
                subject=subject_cue(cue.group()) or cue.group() in _PLURAL_SPEECH,
            )
            if (
                mention is not None
                and cue.group() in _NOUN_FORMS
                and (mention.number == "pl" or quantity_subject(mention.text, 0) is not None)
            ):
                mention = None  # "11 states hold contests", "Some reports suggest": a plural noun
            if (
                mention is not None
                and mention.end is not None
                and quantity_subject(mention.text, 0) is not None
                and _MODAL_BEFORE_RE.search(text, mention.end, cue.start())
            ):
                mention = None  # "Some will say ...": what a group might say, no statement
            if mention is not None and _generic_speaker(text, a, mention, cue.start()):
                mention = None  # "Any nurse will tell you ...": the writer's own claim, no one's statement
            if mention is None and (
                verb_form(cue.group(), lemma)
                and (cls == "speech" or PRONOUN_CLAUSE_RE.match(post))
                # "Democrats trying to regain the Senate say they ...": a plural's bare verb
                or cue.group() in _PLURAL_SPEECH
                and PRONOUN_CLAUSE_RE.match(post)
            ):
                # "Social media has added A, she noted": no phrase read whole before a cue that
                # another cue follows
                mention = long_subject(text, a, cue.start(), whole=not cue_re().search(post))
                unnamed = _UNNAMED_BEFORE_CUE_RE.search(text, a, cue.start()) if mention is None else None
                if unnamed is not None:
                    # "A church warden who asked not to be named said": why the source goes
                    # unnamed is no part of the subject a list does not know
                    mention = long_subject(text, a, unnamed.start(), whole=not cue_re().search(post))
                sp_start = a
            if mention is None:
                # "but late Friday he announced ...": the pronoun after a time (the lead's
                # test below reads past the time)
                mention, sp_start = pronoun_after_time(text, a, cue.start())
            k = cue.end() + mn.end()
            reduced = reduced_relative_source(text, a, cue.start(), k, end_b) if mention is not None else None
            if reduced is not None:
                if any(text.find(",", reduced[1], c.start()) >= 0 for c in cues_in(text, reduced[1], end_b)):
                    # "The pier Lund said was unsafe has reopened, the council said": the later
                    # cue's statement, which holds this one
                    return False
                # "The pier Lund said was unsafe has reopened": Lund's, up to the main verb
                return doc.add(
                    "indirect",
                    [(k, reduced[1])],
                    reduced[0],
                    cue.group(),
                    lemma,
                    min_words=MIN_CONTENT_WORDS - 1,
                )
            if (
                mention is not None
                and mention.end is not None
                and (
                    cue_in_relative(text, mention.end, cue.start())
                    # "The man who police said ...": the subject read as one phrase with the
                    # relative clause's pronoun and subject
                    or mention.start is not None
                    and cue_in_relative(text, mention.start, cue.start(), noun_phrase=True)
                )
            ):
                return False  # "The bridge that Lund said ...": the relative clause's (relative_statement)
            lead = text[a:sp_start].rstrip()
            if (
                mention is not None
                and cls == "belief"
                # (a person's description believes too: "Investigators believe the fire was
                # set", "The coach thinks a win would ...")
                and not (is_person(mention) or mention.kind == "pronoun" or _believing_people(mention))
            ):
                mention = None  # "If Russia thought it might lose Crimea": a state's belief, no statement
            if mention is not None and open_lead(lead):
                mention = without_relative(mention)  # (its quoted naming is a record apart)
                if mention.kind == "pronoun" and subordinator_end(lead):
                    # "Oyelaran refused to blame him, although he said ...": the pronoun of a
                    # subordinate clause is the sentence's subject
                    mention = _main_subject(text, a, sp_start, mention)
                # "confirmed it had made an offer but declined to comment further": the
                # subject's next act is no part of what it said
                refusal = _REFUSAL_RE.search(text, cue.end() + mn.end(), end_b)
                end = refusal.start() if refusal is not None else end_b
                end = clause_end(text, cue.end() + mn.end(), end, cue.group())
                end = subordinate_end(text, lead, cue.end() + mn.end(), end)
                if not lead:
                    # "The officer who said he saw the crash has given evidence": the officer's,
                    # up to the main clause's verb
                    mention, end = who_subject(text, mention, cue.start(), k, end)
                if doc.add(
                    "indirect",
                    [(cue.end() + mn.end(), end)],
                    mention,
                    cue.group(),
                    lemma,
                    min_words=2 if short else None,
                ):
                    return True
    return False


#: how much was said, with no clause of its own ("said little about it", "has said very little
#: publicly"; not "said little has changed" or "said much of the work was done")
_HOW_MUCH_SAID_RE = re.compile(
    r"(?:(?:very|so|too|relatively|remarkably)\s+)?(?:little|much)(?=\s*[,.;:!?]|\s*$|\s+(?:about|on|in|at"
    r"|publicly|since|after|before|during|to|beyond|else|more|further|of\s+(?:substance|note|it|this|that)"
    r"|when|while|as|other\s+than|apart)\b)"
)

#: a relative clause on why the subject goes unnamed, right before the cue
_UNNAMED_BEFORE_CUE_RE = re.compile(
    r",?\s+who\s+(?:asked|requested|declined)\s+(?:not\s+to\s+be\s+(?:named|identified)|anonymity"
    r"|to\s+remain\s+anonymous)\s*,?\s*$"
)

_ASIDE_THEN_CLAUSE_RE = re.compile(
    r",\s+(?=[a-z][^,]{2,50},\s+(?:he|she|they|we|I|it|there)(?:'s|\u2019s)?\s+[a-z])(?!\w+ing\b)"
)


def _believing_people(m: Mention) -> bool:
    """A short description of people as a belief verb's subject, not a phrase across a
    relative clause or a dash ("Those insiders who think ...", "voters who want change -
    only she thinks")."""
    words = m.text.split()
    if m.text.lower().removeprefix("the ") in _BELIEVING_BODIES:
        return True
    # ("Economists at the Institute for Fiscal Studies": the people, and the body they are at)
    at = next((i for i, w in enumerate(words) if w in ("at", "from", "of") and i > 0), None)
    if at is not None and all(
        w[:1].isupper() or w in ("the", "of", "for", "and", "&") for w in words[at + 1 :]
    ):
        words = words[:at]
    return (
        m.kind == "descriptor"
        and len(words) <= 4
        and not any(w.lower() in ("who", "which", "that", "-", "\u2014", "\u2013") for w in words)
        # ("Thus some managers thought", "quite recently most biologists thought", "designers
        # generally seem to think": an adverb or a verb read into the phrase, no subject read whole)
        and not any(w.lower().endswith("ly") or w.lower() in _NO_SUBJECT_WORDS for w in words)
    )


#: words that are no part of a description of people ("Thus", "quite", "seem")
_NO_SUBJECT_WORDS = frozenset("thus quite also still now however then so even seem seems seemed".split())


def _main_subject(text: str, a: int, b: int, pronoun: Mention) -> Mention:
    """The person a sentence ``text[a:b]`` opens with, when the pronoun can be them (the
    pronoun as written, the subject's name)."""
    subject = clause_subject(text, a, b)
    if (
        subject is None
        or subject.kind not in ("name", "descriptor")
        or pronoun.gender == "n"
        or (pronoun.number == "pl") != (subject.number == "pl")
        or (subject.gender is not None and pronoun.gender is not None and subject.gender != pronoun.gender)
    ):
        return pronoun
    # the pronoun as written, resolved to the subject
    return replace(subject, text=pronoun.text, start=pronoun.start, end=pronoun.end, gender=pronoun.gender)


#: a coordinated refusal after a statement's clause ("..., but declined to comment further")
_REFUSAL_RE = re.compile(
    r",?\s+(?:but|and)\s+(?:declined|refused|would\s+not|did\s+not)\s+(?:to\s+)?"
    r"(?:comment|elaborate|give|say|provide|name|disclose)\b"
    # ("Detectives believe the attack was targeted and are appealing for witnesses": the
    # plural subject's present act, which the clause's own subject does not take)
    r"|,?\s+and\s+are\s+(?:now\s+|still\s+)?(?:appealing|asking|urging|searching|hunting|seeking|calling)\b"
)


#: the addressee of "tell" before a clause that opens with a pronoun or determiner
_ADDRESSEE_RE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    # an outlet's name of up to five words ("BBC Radio 4's Today programme"), else up to three
    r"(?:(?:[A-Z0-9][\w'\u2019.-]*\s+){2,5}"
    r"(?:(?:[a-z][\w-]*\s+){0,2}?(?:programme|show|podcast|newspaper|station|channel)\s+)?"
    # a programme's name in quotation marks ("Channel 4's \u201cMorning Show\u201d")
    r"|(?:[A-Z0-9][\w'\u2019.-]*\s+){0,4}[\"\u201c][A-Z][^\"\u201c\u201d\n]{0,60}[\"\u201d]\s+"
    r"(?:programme|show|podcast)?\s*"
    r"|(?:[\w'\u2019.-]+\s+){1,3}?)"
    # (where they were told: "told reporters on Sky News the road ...")
    r"(?:on\s+(?:[A-Z][\w'\u2019.-]*\s+){1,4})?"
    r"(?=(?:he|she|they|it|we|I|the|a|an|there|this|his|her|their|its)\s)"
)
