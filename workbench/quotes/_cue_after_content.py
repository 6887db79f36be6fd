"""Statements before their speaker and cue: "..., X said." and "A, X said, B"."""

from __future__ import annotations

import re

from ._clause_shape import adjunct_lead, relative_speaker
from ._clause_speakers import infinitive_cue
from ._clauses import (
    MAX_CUE_REST_WORDS,
    MIN_CONTENT_WORDS,
    PRONOUN_CLAUSE_RE,
    CueAt,
    has_verb,
    looks_like_clause,
)
from ._cue_speakers import (
    neuter_it,
    speaker_before,
)
from ._cues import (
    FINITE_RE,
    PARAPHRASE_CUES,
    QUOTE_CHARS,
    n_words,
    participle_lemma,
    subject_cue,
)
from ._mentions import Mention, parse_speaker
from ._names import speaker_words


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
        and not (OBJECT_AFTER_RE.match(post) and lemma not in _ADDRESSEE_CUES)
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
            and not _apposed_subject(text, a, content_end, mention, cue.start())
        ):
            kind = "indirect" if perfect or lemma in PARAPHRASE_CUES else unmarked
            if doc.add(kind, [(a, content_end)], mention, cue.group(), lemma):
                return True
    return False


#: what stands between a name closed by its comma and the cue: "Ann Roe, vowed", "Ann Roe,
#: has since vowed", "Ann Roe, while responding to a question about the talks, said"
_NAME_CLOSED_RE = re.compile(
    r"\s*,\s*(?:(?:while|when|after|before)\s+[a-z]+ing\b[^,.;:]{0,80},\s*)?"
    r"(?:(?:has|had|have|also|since|then|later|again|\w+ly)\s+)*"
)


def _apposed_subject(text: str, a: int, k: int, mention: Mention, cue_at: int) -> bool:
    """ "The newly elected president, Ann Roe, vowed to ...": the noun phrase before the name
    is its apposition (both the cue's subject), no statement: a phrase that reads as a
    descriptor, then the name closed by a comma right before the cue."""
    if mention.kind != "name" or mention.end is None:
        return False
    if _NAME_CLOSED_RE.fullmatch(text, mention.end, cue_at) is None:
        return False
    phrase = text[a:k]
    if _DET_PHRASE_RE.fullmatch(phrase) is not None and FINITE_RE.search(phrase) is None:
        return True  # ("The newly appointed envoy": a determiner's phrase no list need know)
    head = parse_speaker(phrase, a, lenient=True)
    return head is not None and head.kind == "descriptor"


#: a determiner and a few words with no punctuation, ending in a lower-case noun: "The newly
#: elected president", "Its chief executive"
_DET_PHRASE_RE = re.compile(r"\s*(?:The|A|An|Its|His|Her|Their|Our)\s+(?:[\w'\u2019-]+\s+){0,5}[a-z][\w-]*")


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
OBJECT_AFTER_RE = re.compile(
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


#: a speech participle and "that" (or a colon) opening what an interrupting cue's speaker adds
SPEECH_PARTICIPLE_RE = re.compile(
    r"\s*(adding|saying|noting|warning|insisting|explaining)(?:\s+that\b|\s*:)?\s*"
)


#: "without" and a participle phrase that ends the sentence: the writer's words on the telling
_WITHOUT_TAIL_RE = re.compile(r"\s*without\s+\w+ing\b[^,;:\"\u201c\u201d]*[.!?]?\s*$")
#: a verbless comparison with what others expected, closing the sentence: the writer's
#: measure of the figure ("..., the statistics office said on Thursday, slightly below
#: economists' expectations of 0.2 per cent"), not the source's own ("..., down from 2.4 per
#: cent in April" may be its figure too)
_COMPARISON_TAIL_RE = re.compile(
    r"\s*(?:[a-z]+ly\s+)?(?:below|above|ahead\s+of|short\s+of|in\s+line\s+with)\s"
    r"[^;:\"\u201c\u201d]{0,40}?\b(?:expectations|forecasts?|estimates|consensus|predictions)\b"
    r"[^;:\"\u201c\u201d]*[.!?]?\s*$"
)


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
            or _COMPARISON_TAIL_RE.match(post, mi.end()) is not None
            and not FINITE_RE.search(post, mi.end())
            or (re.match(r"\s*(?:the|a|an)\s", post[mi.end() :]) and not looks_like_clause(post[mi.end() :]))
        )
        and not (
            re.match(r"\s*\w+ing\b", post[mi.end() :])
            and FINITE_RE.search(post[mi.end() :])
            # ("A, police said, adding that B": a speech participle's clause is a statement)
            and not SPEECH_PARTICIPLE_RE.match(post, mi.end())
        )
    ):
        # "..., the former official added, breaking from ..." ends the statement
        mention, sp_start = speaker_before(text, a, cue.start())
        if mention is None and (cue.group() != lemma or lemma == "say"):
            mention, sp_start = _unlisted_noun_before(text, a, cue.start())
        content_end = text.rfind(",", a, sp_start)
        if mention is not None and content_end > a:
            if doc.add(unmarked, [(a, content_end)], mention, cue.group(), lemma):
                part = SPEECH_PARTICIPLE_RE.match(post, mi.end())
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
            and SPEECH_PARTICIPLE_RE.match(post, mi.end())
        ):
            mi = None  # (else, when no statement was added, read as before: "A, X said, B")
    if mi:
        # "It is wise, analysts said, for ...": between two commas, a group or a count speaks
        mention, sp_start = speaker_before(
            text,
            a,
            cue.start(),
            subject=subject_cue(cue.group())
            and cue.group() not in NOUN_FORMS
            or cue.group() in PLURAL_SPEECH,
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


#: cue forms that are plural nouns as well ("states", "reports"): never a plural subject's verb
NOUN_FORMS = frozenset(
    "states reports claims charges remarks notes comments statements answers replies".split()
)
#: bare speech verbs that are a plural subject's ("Analysts say the plan failed"); "add" or
#: "note" are left out ("The findings add to ...")
PLURAL_SPEECH = frozenset("say tell argue claim insist warn predict contend acknowledge admit".split())
