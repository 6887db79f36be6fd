"""Statements whose cue takes a complement ("asked whether ...", "urged Y to ...", "accused Y
of ...") or stands in a relative clause ("..., Tom Hale, who has argued that ...")."""

from __future__ import annotations

import re
from dataclasses import replace

from ._clauses import (
    MIN_CONTENT_WORDS,
    PRONOUN_CLAUSE_RE,
    CueAt,
    has_verb,
    is_lead,
)
from ._cues import (
    QUOTE_CHARS,
    n_words,
    speaker_before,
    strip_aux,
    subject_cue,
)
from ._mentions import Mention, parse_speaker
from ._narration import DATELINE_RE

#: cues whose content is no clause: a question ("asked whether ..."), a call ("urged voters
#: to ...") or a charge ("accused the council of ..."); a promise with only an infinitive
#: ("promised to publish") or a noun object ("announced a plan") is narration, as the
#: guidelines of tests/data/quotes have it
_COMPLEMENT_RE = {
    "ask": re.compile(
        r"\s+(?:[\w'\u2019.-]+\s+){0,5}?(?:whether|if|why|how|what|which|who|when|where)\s"
        r"|\s+(?:[\w'\u2019.-]+\s+){1,4}?to\s+[a-z]"
    ),
    "urge": re.compile(r"\s+(?:[\w'\u2019.-]+\s+){1,5}?to\s+[a-z]"),
    "accuse": re.compile(r"\s+(?:[\w'\u2019.-]+\s+){1,5}?of\s+[a-z]"),
}
_ANONYMITY_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:not\s+to\s+be|to\s+remain|for\s+anonymity|that\s+(?:they|he|she)\s+not)\b"
)
#: a passive before the cue ("was asked whether"): its subject is not the one speaking
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got|gets)\s+(?:[a-z]+ly\s+)?$")


def complement_cue(c: CueAt) -> bool:
    """X asked whether ... / X urged Y to ... / X accused Y of ...: the complement is what
    the subject said."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    rx = _COMPLEMENT_RE.get(lemma)
    if rx is None or rx.match(post) is None or n_words(post) < MIN_CONTENT_WORDS + 1:
        return False
    if _ANONYMITY_RE.match(post):
        return False  # "asked not to be named": no statement
    if _PASSIVE_BEFORE_RE.search(text, a, cue.start()):
        return False
    mention, sp_start = speaker_before(text, a, cue.start(), subject=subject_cue(cue.group()))
    lead = text[a:sp_start].rstrip()
    if mention is None or not (
        not lead
        or lead.endswith(",")
        or DATELINE_RE.fullmatch(lead + " ")
        or is_lead(lead)
        or re.search(r"[,;]\s+(?:and|but|yet|so)$", lead)
    ):
        return False
    k = cue.end() + len(post) - len(post.lstrip())
    kind = "mixed" if any(q in text[k:end_b] for q in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(k, end_b)], mention, cue.group(), lemma)


#: words of the noun phrase before ", who said" tried as its speaker
MAX_ANTECEDENT_WORDS = 6


def _phrase_before(text: str, a: int, b: int) -> Mention | None:
    """The longest name, description or organisation ending at ``b`` ("The plan was backed
    by Tom Hale" -> Tom Hale), at most MAX_ANTECEDENT_WORDS words."""
    starts = [m.start() for m in re.finditer(r"\S+", text[a:b])][-MAX_ANTECEDENT_WORDS:]
    for k in starts:
        mention = parse_speaker(text[a + k : b], a + k)
        if mention is not None and mention.kind in ("name", "descriptor", "organisation"):
            return mention
    return None


_RELATIVE_CUE_RE = re.compile(r",\s+(who)\s+$")


def relative_cue(c: CueAt) -> bool:
    """ "..., Tom Hale, who has argued for years that delegates cannot be bound": the
    relative clause's statement, spoken by the noun phrase before "who" (written "who")."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    pre, _ = strip_aux(text[a : cue.start()])
    rel = _RELATIVE_CUE_RE.search(pre + " ")
    if rel is None:
        return False
    mt = re.match(r"(?:\s+(?:[\w'\u2019.-]+\s+){0,4}?)?\s*that\s+", post)
    if mt is None and not (cls == "speech" and (PRONOUN_CLAUSE_RE.match(post) or has_verb(post))):
        return False
    k = cue.end() + (mt.end() if mt else len(post) - len(post.lstrip()))
    if n_words(text[k:end_b]) < MIN_CONTENT_WORDS:
        return False
    mention = _phrase_before(text, a, a + rel.start())
    if mention is None:
        return False
    w0 = a + rel.start(1)
    mention = replace(mention, text="who", start=w0, end=w0 + 3)
    kind = "mixed" if any(q in text[k:end_b] for q in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(k, end_b)], mention, cue.group(), lemma)
