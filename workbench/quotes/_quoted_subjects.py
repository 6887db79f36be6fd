"""The subject of a clause of narration, found past its opening phrase and adverbs up to its
first verb (an irregular past such as "threw" or "began" included): the speaker of quoted
words inside the clause or of a participle cue ending it."""

from __future__ import annotations

import re

from ._lead_shapes import opening_time
from ._mentions import Mention, parse_speaker
from ._narration import _OPENING_PHRASE_RE, verbish

__all__ = ["clause_subject", "NOT_SUBJECT_RE"]

#: The subject lies within this many words of the clause's start.
MAX_SUBJECT_WORDS = 14

_AUXILIARIES = frozenset(
    "is was are were has have had will would can could did does do may might must should".split()
)
_IRREGULAR_PAST = frozenset(
    "sought began took made gave went came got kept led left held brought told said wrote spoke "
    "thought found put set stood ran won lost sent spent felt meant built drew chose struck threw "
    "saw became fell rose broke bought caught taught fought sold hit knew met paid rode shook shot "
    "sat swore drove fled flew grew hung laid sank swept swung understood withdrew".split()
)
_ADVERBS = frozenset("also then later now still again once even already never first".split())
_SUBJECT_KINDS = ("name", "descriptor", "organisation", "pronoun")
#: a dateline ("KESTON"), an opening phrase, adverb or participle: no subject
NOT_SUBJECT_RE = re.compile(
    # (an adverb in -ly, not a first name before a surname: 'Carly Lund', 'Emily Berg')
    r"[A-Z]{5,}\b|(?:In|On|At|For|By|From|With)\s|[A-Z][a-z]+ing\b|[A-Z][a-z]+ly\b(?!\s+[A-Z][a-z])|"
    r"(?:Seconds|Minutes|Hours|Days|Weeks|Months|Years|Moments|Decades)\b|"  # 'Minutes later, she ...'
    r"(?:First|Second|Third|Finally|Then|Now|Still|Yet|Instead|Meanwhile|Later|Well)\b"  # 'First, they were ...'
)


def clause_subject(text: str, a: int, b: int) -> Mention | None:
    """The noun phrase before the first verb of ``text[a:b]``, past an opening phrase and
    adverbs ('In an interview, the Harbour Commissioner also criticized ...'), as a speaker
    mention; an aside after it ('Ms. Lund, for her part, is calling ...') is left out."""
    opening = _OPENING_PHRASE_RE.match(text, a, b)
    if opening is not None:
        a = opening.end()
    a = opening_time(text, a, b)  # "Last week the coach called ...": a time with no comma
    toks = list(re.finditer(r"[\w.'\u2019-]+,?", text[a:b]))[:MAX_SUBJECT_WORDS]
    end = None
    for n, tok in enumerate(toks[1:], 1):
        word = tok.group().rstrip(",").lower()
        if not tok.group()[:1].islower() or word in ("of", "the", "for", "and"):
            continue
        if (
            word in _AUXILIARIES
            or word in _IRREGULAR_PAST
            or word in _ADVERBS
            or word.endswith("ly")
            or verbish(word)
        ):
            end = toks[n - 1].end()
            break
    if end is None:
        return None
    seg = text[a : a + end].rstrip(",")
    if "," in seg:
        seg = seg.split(",")[0]
    if NOT_SUBJECT_RE.match(seg):
        return None
    mention = parse_speaker(seg, a)
    return mention if mention is not None and mention.kind in _SUBJECT_KINDS else None
