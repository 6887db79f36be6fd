"""Statements around one reporting verb of a sentence: "X said that ...", "..., X said.",
"..., said X.", "A, X said, B", "X stated: ..." and "X said the talks failed"."""

from __future__ import annotations

import re
from dataclasses import replace

from ._bare_clauses import ADJUNCTS as _ADJUNCTS
from ._bare_clauses import bare_clause, bare_clause_cues
from ._clause_end import clause_end
from ._clause_shape import adjunct_lead, clause_after_cue, cue_in_relative, relative_speaker
from ._clause_speakers import infinitive_cue, thing_object
from ._clauses import (
    MAX_CUE_REST_WORDS,
    MIN_CONTENT_WORDS,
    PRONOUN_CLAUSE_RE,
    CueAt,
    has_verb,
    long_subject,
    looks_like_clause,
    verb_form,
)
from ._cue_speakers import (
    is_person,
    neuter_it,
    speaker_after,
    speaker_before,
)
from ._cues import (
    CLAUSE_OPENER_BAD,
    FINITE_RE,
    PARAPHRASE_CUES,
    QUOTE_CHARS,
    cue_re,
    cues_in,
    n_words,
    participle_lemma,
    reporting_verb_forms,
    subject_cue,
)
from ._group_subjects import (
    quantity_subject,
)
from ._lead_shapes import aside_start, subordinate_end
from ._mentions import Mention, parse_speaker
from ._names import speaker_words
from ._naming_relative import without_relative
from ._noun_objects import NO_NOUN_OBJECT_CUES, indefinite_object, noun_object
from ._open_lead import open_lead, pronoun_after_time, subordinator_end
from ._openers import subject_before_cue
from ._relative_aside import subject_and_relative_aside
from ._short_clauses import two_word_clause
from ._speaker_after import ANONYMITY_RE, NAME_REQUEST_RE
from ._subject_relative import reduced_relative_source, who_subject
from ._subjects import clause_subject

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
_THAT_RIGHT_AFTER = frozenset({"forecast", "project"})


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
            r"(?:\s+(?:to\s+)?(?:[^,]|(?<=\d),(?=\d{3})){1,60}?)??\s+that\s+",
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
    if mt and lemma in _THAT_RIGHT_AFTER and not re.match(r"\s+that\s", post):
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


def cue_after_content(c: CueAt, perfect: bool) -> bool:
    """..., X said (to Y).   /   ..., said X(, role)."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    if text.find(",", a + 1, cue.start()) < 0 or infinitive_cue(text, cue.start()):
        return False  # no comma ends a content before the speaker; "..., X need the time to think"
    if (
        n_words(post) <= MAX_CUE_REST_WORDS
        and re.match(r"[^,:;]*$", post.rstrip(".!?"))
        and not FINITE_RE.search(post)
        and not any(c in post for c in QUOTE_CHARS)
        and not PRONOUN_CLAUSE_RE.match(post)
        # "Shortly after the vote, the mayor announced his resignation.": a cue with an
        # object of its own reports no clause before it (whom it was told is no object)
        and not (_OBJECT_AFTER_RE.match(post) and lemma not in _ADDRESSEE_CUES)
    ):
        mention, sp_start = speaker_before(text, a, cue.start())
        if mention is None and (cue.group() != lemma or lemma == "say"):
            # (not "the report" before "said": the bare form of most cues is a noun too)
            mention, sp_start = _unlisted_noun_before(text, a, cue.start())
        if mention is None and (it := _IT_BEFORE_CUE_RE.search(text, max(a, cue.start() - 24), cue.start())):
            # "More rain is expected, it said.": the neuter pronoun an organisation speaks with
            mention, sp_start = neuter_it(text, a, it.start(1)), it.start(1)
        content_end = text.rfind(",", a, sp_start)
        coordinated = (
            re.match(r"\s*(?:and|but|or)\s", text[content_end + 1 : sp_start + 4])
            if content_end > a
            else None
        )
        if (
            mention is not None
            and content_end > a
            and not coordinated
            and not (_ADJUNCT_CONTENT_RE.match(text, a, content_end) and not has_verb(text[a:content_end]))
            # "Opening the session, the harbor board urged shipping firms to ...": an opening
            # adjunct, and the statement after the cue
            and not (
                adjunct_lead(text, a, content_end)
                and "," not in text[a:content_end]
                and n_words(post) >= MIN_CONTENT_WORDS
            )
            # "... shop owners who say the rule hurts them": a relative clause's cue
            and not relative_speaker(text, sp_start, cue.start())
        ):
            kind = "indirect" if perfect or lemma in PARAPHRASE_CUES else unmarked
            if doc.add(kind, [(a, content_end)], mention, cue.group(), lemma):
                return True
    return False


#: "it" after the content's comma, right before the cue: "..., it said", "..., it also said"
_IT_BEFORE_CUE_RE = re.compile(r",\s+(it)(?:\s+(?:also|later|further))?\s+$")

#: a short noun phrase after the content's comma, right before the cue: "..., the singer
#: said", "..., her publicist said" (a possessive pronoun as its determiner)
_NOUN_BEFORE_CUE_RE = re.compile(r",\s+((?P<det>the|his|her|its|their)\s+(?:\w[\w-]*\s+){0,2}[a-z]+)\s+$")


def _unlisted_noun_before(text: str, a: int, k: int) -> tuple[Mention | None, int]:
    """ "The decision was unfair, the singer said.": "the" and a noun no list knows, between
    the content's comma and the cue, speak (read leniently, as after a quotation); not "a"
    ("..., a plan announced in May": a participle's noun). A possessive pronoun stands for
    "the" ("..., her publicist said": someone named by their tie to a person or body), the
    phrase keeping its own words."""
    m = _NOUN_BEFORE_CUE_RE.search(text, max(a, k - 60), k)
    if m is None or _NOT_SPEECH_AFTER_RE.match(text, k):
        return None, k
    phrase, det = m.group(1), m.group("det")
    if det != "the":
        phrase = "the".ljust(len(det)) + phrase[len(det) :]
    mention = _unlisted_speaker(parse_speaker(phrase, m.start(1), lenient=True))
    if mention is not None and det != "the" and mention.start is not None and mention.end is not None:
        mention.text = text[mention.start : mention.end]
    return mention, m.start(1)


def _unlisted_speaker(mention: Mention | None) -> Mention | None:
    """A leniently read phrase as a speaker, unless its noun is a thing that shows or
    measures ("the data say", "the scoreboard said": a figure of speech)."""
    if mention is None or mention.kind not in ("descriptor", "organisation", "document"):
        return None
    nouns = {(mention.head or "").lower(), mention.text.split()[-1].lower()}  # ("figures": head "figure")
    return None if nouns & speaker_words()["evidence"] else mention


#: a cue's passive or idiom after a noun: "the canvas said to be worth ...", "said it all"
_NOT_SPEECH_AFTER_RE = re.compile(r"\s*\w+\s+(?:to\s|it\s+all\b)")


#: a noun phrase right after a cue: its object ("announced his resignation", "wrote a book")
_OBJECT_AFTER_RE = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|our|my|these|those|\d"
    # (not a time: "..., the mayor said this week.")
    r"|this(?!\s+(?:week|weekend|morning|afternoon|evening|month|year|spring|summer|autumn|winter|season|term)\b))\b"
)
#: cues whose object is whom the statement was told ("..., she told the paper.")
_ADDRESSEE_CUES = frozenset("tell ask assure warn remind inform advise urge caution email".split())

#: an opening adjunct with no verb before "X said ..." ("Despite the setback, officials said
#: they ...") is no statement of its own
_ADJUNCT_CONTENT_RE = re.compile(
    r"\s*(?:Despite|In|On|At|After|Before|During|Since|For|With|Without|Under|Amid|Among|By|From|Like|Unlike|Then"
    r"|Along|Across|Inside|Outside|Throughout|Beyond)\s"
)


#: how the content before an inverted cue ends: a comma, or a dash after it or after a space
#: ("— We will not allow this, — said X.", dialogue as copy translated from Russian writes it)
_INVERTED_CLOSE_RE = re.compile(r"(?:,|,?\s*(?<=[\s,])(?:\u2014|\u2013|--?))\s*$")


def _without_anonymity(post: str) -> str:
    """``post`` up to why a source goes unnamed ("who asked not to be named")."""
    m = ANONYMITY_RE.search(post)
    return post[: m.start()] if m is not None else post


def _dash_dialogue(text: str, a: int, k: int, lemma: str, close: re.Match) -> bool:
    """Whether the dash before the cue at ``k`` closes dialogue: the cue right after it, a
    verb that stands before its speaker, and no dash aside in the content before ("Democrats
    -- including Ann Cole -- quickly accused ..." is the subject and its aside)."""
    dash = close.group().strip(" ,")
    return (
        lemma in _INVERTED_LEMMAS
        and text[a:k].rstrip().endswith(dash)
        and text.find(dash, a + 2, a + close.start()) < 0
    )


def inverted_after_content(c: CueAt, pre_stripped: str) -> bool:
    """..., said X."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    # (the pattern only where the words end with its comma or dash: it was tried at every position)
    ends = pre_stripped.rstrip().endswith((",", "\u2014", "\u2013", "-"))
    close = _INVERTED_CLOSE_RE.search(pre_stripped) if ends else None
    if close is not None and close.group() != "," and not _dash_dialogue(text, a, cue.start(), lemma, close):
        close = None
    if close is not None and close.group() != ",":
        # ("— A, — said X. — B.": the dialogue's next turn is in the same sentence, as the
        # splitter reads dashes; what follows the cue ends at the speaker's full stop)
        stop = re.search(r"[.!?](?=\s)", post)
        post = post[: stop.start()] if stop is not None else post
    if (
        close is not None
        and n_words(pre_stripped) >= MIN_CONTENT_WORDS
        # "Another pollster, Jo Kim of Elon, said his survey showed ...": the words before
        # are the subject's apposition, the clause after the cue the statement ("..., said an
        # official who asked not to be named": why the source is unnamed is no clause)
        and not clause_after_cue(_without_anonymity(post))
        # "..., told reporters.": whom a statement was told is never its speaker
        and lemma != "tell"
        # "Berg, an economist, said his survey ...": a name and its apposition, the cue's subject
        and not subject_before_cue(text, a, cue.start(), post)
        # "Gov. Lee, one of ..., had pledged to back ...": an inverted cue takes no auxiliary
        # and no infinitive, so the words before it are its subject
        and not _AUX_BEFORE_RE.search(text, a, cue.start())
        and not re.match(r"\s+to\s", post)
        # ('The coach, who called the pitch "a bog", confirmed the team.': the coach's verb)
        and not subject_and_relative_aside(text, a, cue.start())
    ):
        sp_b = b
        if close.group() != ",":
            # ("— Is it true? — asked the boy. — Yes, — said his mother.": a dialogue's next
            # turn is in the same sentence, as the splitter reads dashes; the speaker ends first)
            stop = re.search(r"[.!?](?=\s)", text[cue.end() : b])
            sp_b = cue.end() + stop.start() if stop is not None else b
        mention = speaker_after(text, cue.end(), sp_b)
        after = _THE_AFTER_CUE_RE.match(text, cue.end(), b) if mention is None else None
        if (
            after is not None
            and lemma in _INVERTED_LEMMAS
            # (not 'A witness, named as Raj, said the car sped away': a speaker and an aside
            # open the sentence, the cue's subject)
            and parse_speaker(text[a : text.find(",", a, cue.start())], a) is None
        ):
            # "The decision was unfair, said the singer.": "the" and a noun no list knows
            mention = _unlisted_speaker(speaker_after(text, cue.end(), after.end(), lenient=True))
        if (
            mention is not None
            and cue.group().lower() == lemma
            and mention.number != "pl"
            and mention.kind != "pronoun"
            and " " not in mention.text.strip()
            and mention.text[:1].islower()
        ):
            # ("..., stress management, or ...": a verb's plain form before a bare singular
            # noun is a compound, no attribution; "..., warn officials" and, in British copy,
            # "..., say Ofgem" are)
            mention = None
        if mention is not None:
            parts = [(a, a + close.start())]
            if sp_b < b:
                parts += _dialogue_turn_after(text, sp_b + 1, end_b)
            if doc.add(unmarked, parts, mention, cue.group(), lemma):
                _participle_after_speaker(doc, mention, cue.end(), sp_b, end_b, unmarked)
                return True
    return False


#: the comma and a speech participle after an inverted cue's speaker (", said Lena Brandt of
#: the Livestock Association, adding that ...")
_PARTICIPLE_AFTER_SPEAKER_RE = re.compile(r",(?=\s*(?:adding|saying|noting|warning|insisting|explaining)\b)")


def _participle_after_speaker(doc, mention: Mention, k: int, sp_b: int, end_b: int, unmarked: str) -> None:
    """ "A, said X (of Y), adding that B": B is X's second statement, as after "A, X said,"."""
    text = doc.text
    comma = _PARTICIPLE_AFTER_SPEAKER_RE.search(text, k, min(sp_b, end_b))
    if comma is None or mention.end is None or mention.end > comma.start():
        return
    part = _SPEECH_PARTICIPLE_RE.match(text, comma.end())
    if part is None:
        return
    start = part.end()
    if n_words(text[start:end_b]) >= MIN_CONTENT_WORDS and (
        part.group(0).rstrip().endswith(("that", ":")) or FINITE_RE.search(text, start, end_b)
    ):
        doc.add(unmarked, [(start, end_b)], mention, part.group(1), participle_lemma(part.group(1)))


#: the dash opening a dialogue's next words after its attribution ("— A, — said X. — B.")
_NEXT_TURN_RE = re.compile(r"\s*(?:\u2014|\u2013|--?)\s+(?=\S)")
#: a dash that hands the turn on: after a comma or a sentence's end ("..., — said Y.")
_TURN_END_RE = re.compile(r"(?<=[,.!?])\s*(?:\u2014|\u2013|--?)\s")


def _dialogue_turn_after(text: str, k: int, b: int) -> list[tuple[int, int]]:
    """The same speaker's next words after a dash dialogue's attribution ends at ``k``, to
    the sentence's end ``b`` or the dash of the next turn: "— A, — said X. — B." gives B."""
    m = _NEXT_TURN_RE.match(text, k, b)
    if m is None:
        return []
    end = _TURN_END_RE.search(text, m.end(), b)
    stop = end.start() if end is not None else b
    return [(m.end(), stop)] if end is None or text[stop - 1] in ".!?" else []


#: "the" and a short noun phrase ending the clause right after an inverted cue ("..., said the
#: singer (on Monday).", not "said the car sped away")
_THE_AFTER_CUE_RE = re.compile(
    r"\s+the\s+(?:\w[\w-]*\s+){0,2}?[a-z]+(?=\s*[.!?]?\s*$|,|\s+(?:(?:on|last|this)\s+(?:[A-Z][a-z]+day|week"
    r"|month|year|morning|afternoon|evening|night)|yesterday|today|tonight|earlier|later|afterwards?|again|too"
    r"|also)\b)"
)
#: cues that stand before their speaker ("..., said the singer"), not before an object
#: ("accused the leadership of ...")
_INVERTED_LEMMAS = frozenset(
    "say add write explain insist continue conclude note recall reply respond answer ask warn argue claim admit "
    "concede joke quip observe remark".split()
)
#: an auxiliary just before a cue ("had pledged", "has accused")
_AUX_BEFORE_RE = re.compile(r"\b(?:has|have|had|is|was|were|are|will|would|did|does)\s+$", re.I)


#: a speech participle and "that" (or a colon) opening what an interrupting cue's speaker adds
_SPEECH_PARTICIPLE_RE = re.compile(
    r"\s*(adding|saying|noting|warning|insisting|explaining)(?:\s+that\b|\s*:)?\s*"
)


#: "without" and a participle phrase that ends the sentence: the writer's words on the telling
_WITHOUT_TAIL_RE = re.compile(r"\s*without\s+\w+ing\b[^,;:\"\u201c\u201d]*[.!?]?\s*$")


#: a bare copula, its comma and the speaker after it, up to the cue ("It is, Eide says")
_COPULA_ASIDE_RE = re.compile(r"\b(?:is|was|are|were)\s*,\s*[^,;:]{2,60}$")


def interrupting_cue(c: CueAt) -> bool:
    """A, X said, B."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    if text.find(",", a + 1, cue.start()) < 0:
        return False  # no comma ends an "A" before the speaker
    mi = re.match(
        # "said to reporters," but not "pledged to put Ohio, which ...": an infinitive is the
        # cue's complement, so the words before the speaker are no statement
        r"(?:\s+\w+|\s+(?:with|in|on|at|after|before|over|to(?=\s+(?:the|a|an|his|her|their|its|our|my|him|them|me|us"
        r"|reporters|[A-Z])))(?:\s+[\w'\u2019]+){1,3}"
        r"|\s+(?:last|this|earlier|later|early|late|next)\s+\w+)?,\s+",
        post,
    )
    if (
        mi
        # ("This is, Eide says, the biggest glacier": a bare copula's complement goes on after
        # the speaker, no remark of the writer's)
        and _COPULA_ASIDE_RE.search(text, a, cue.start()) is None
        and (
            re.match(r"\s*(?:\w+ing|who|which|adding|as)\b", post[mi.end() :])
            # "..., the ministry said, without providing evidence.": the writer's remark on
            # how it was said, closing the sentence
            or _WITHOUT_TAIL_RE.match(post, mi.end())
            or (re.match(r"\s*(?:the|a|an)\s", post[mi.end() :]) and not looks_like_clause(post[mi.end() :]))
        )
        and not (
            re.match(r"\s*\w+ing\b", post[mi.end() :])
            and FINITE_RE.search(post[mi.end() :])
            # ("A, police said, adding that B": a speech participle's clause is a statement)
            and not _SPEECH_PARTICIPLE_RE.match(post, mi.end())
        )
    ):
        # "..., the former official added, breaking from ..." ends the statement
        mention, sp_start = speaker_before(text, a, cue.start())
        if mention is None and (cue.group() != lemma or lemma == "say"):
            mention, sp_start = _unlisted_noun_before(text, a, cue.start())
        content_end = text.rfind(",", a, sp_start)
        if mention is not None and content_end > a:
            if doc.add(unmarked, [(a, content_end)], mention, cue.group(), lemma):
                part = _SPEECH_PARTICIPLE_RE.match(post, mi.end())
                k = cue.end() + part.end() if part is not None else end_b
                if (
                    part is not None
                    and n_words(text[k:end_b]) >= MIN_CONTENT_WORDS
                    # (a clause, not an object: "adding weight to the rumours")
                    and (part.group(0).rstrip().endswith(("that", ":")) or FINITE_RE.search(text, k, end_b))
                ):
                    # "The roads are closed, police said, adding that drivers should stay
                    # home": the participle's clause is the speaker's second statement
                    doc.add(unmarked, [(k, end_b)], mention, part.group(1), participle_lemma(part.group(1)))
                return True
        if not (
            re.match(r"\s*\w+ing\b", post[mi.end() :])
            and FINITE_RE.search(post[mi.end() :])
            and _SPEECH_PARTICIPLE_RE.match(post, mi.end())
        ):
            mi = None  # (else, when no statement was added, read as before: "A, X said, B")
    if mi:
        # "It is wise, analysts said, for ...": between two commas, a group or a count speaks
        mention, sp_start = speaker_before(
            text,
            a,
            cue.start(),
            subject=subject_cue(cue.group())
            and cue.group() not in _NOUN_FORMS
            or cue.group() in _PLURAL_SPEECH,
        )
        if mention is None and (cue.group() != lemma or lemma == "say"):
            # "The new road, the singer said, would ...": "the" and a noun no list knows
            mention, sp_start = _unlisted_noun_before(text, a, cue.start())
        content_end = text.rfind(",", a, sp_start)
        if (
            mention is not None
            and content_end > a
            and n_words(text[a:content_end]) >= 1
            and not text[sp_start : cue.start()].lstrip()[:4].lower().startswith(("and ", "but "))
        ):
            if doc.add(
                unmarked, [(a, content_end), (cue.end() + mi.end(), end_b)], mention, cue.group(), lemma
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

#: a hypothetical speaker: "any" and a noun ("Any nurse will tell you"), or the pronoun after
#: an imperative that picks one ("Ask any landlord and they will tell you"); the claim is the
#: writer's, put in anyone's mouth (GUIDELINES.md: agentless hearsay, "as they say")
_GENERIC_SPEAKER_RE = re.compile(
    r"(?:\b[Aa]ny\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}"
    r"|\b(?:[Aa]sk|[Tt]alk\s+to|[Ss]peak\s+to)\s+(?:any|an?)\s+(?:[\w'\u2019-]+\s+){1,3}and\s+(?:they|he|she))$"
)


def _generic_speaker(text: str, a: int, mention: Mention, k: int) -> bool:
    """The speaker is a hypothetical one (:data:`_GENERIC_SPEAKER_RE`) and a modal stands
    before the cue at ``k`` ("Any nurse will tell you")."""
    return (
        mention.end is not None
        and _GENERIC_SPEAKER_RE.search(text, a, mention.end) is not None
        and _MODAL_BEFORE_RE.search(text, mention.end, k) is not None
    )


_MODAL_BEFORE_RE = re.compile(r"\b(?:will|would|may|might|could|can|should|must)\s+(?:\w+\s+)?$")


#: cue forms that are plural nouns as well ("states", "reports"): never a plural subject's verb
_NOUN_FORMS = frozenset(
    "states reports claims charges remarks notes comments statements answers replies".split()
)
#: bare speech verbs that are a plural subject's ("Analysts say the plan failed"); "add" or
#: "note" are left out ("The findings add to ...")
_PLURAL_SPEECH = frozenset("say tell argue claim insist warn predict contend acknowledge admit".split())


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
