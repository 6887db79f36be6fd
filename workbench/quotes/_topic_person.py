"""The person the sentence before is about, for a definite descriptor that no source fits:
"Aggression is not in Aiyana Blackhorse's nature. '...,' the IndyCar rookie told reporters"."""

from __future__ import annotations

import re

from ._mentions import Mention, parse_speaker
from ._name_leads import strip_name_lead
from ._name_runs import NAME_SEQ_RE
from ._names import gender_of, speaker_words
from ._narration import NO_PERSON_OPENERS, previous_sentence_person, sentence_ends_before, verbish
from ._roles import body_start
from ._speaker_descriptors import same_person

__all__ = ["topic_person"]

#: the person the sentence is about is spoken to ("was asked", "were told"): the words after
#: are another's
_ADDRESSED_RE = re.compile(
    r"\b(?:was|were|is|are|been|being|got|gets)\s+(?:[a-z]+ly\s+)?(?:asked|told|questioned|interviewed|"
    r"pressed|addressed)\b"
)
#: a capital's initial and its full stop ending the "sentence" (a name cut at an initial)
_INITIAL_END_RE = re.compile(r"\b[A-Z]\.\s*$")
#: a determiner or a possessive and a noun, or a word and a noun ("his wife", "the world champion")
_DETERMINED_NOUN_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Tt]hree|[Tt]wo|[Ss]everal)\s+(?:([a-z-]+)\s+)?([a-z]+)\b"
)
_QUOTE_MARK_RE = re.compile('["\u201c\u201d\u2018]')
#: an opening quotation mark: a name after one in the sentence is a quotation's word, not narration's
_OPENING_MARK_RE = re.compile('["\u201c\u201e\u00ab\u2018]')


def topic_person(text: str, pos: int, m: Mention) -> str | None:
    """The one person (a full name, as a possessor too) the sentence before the one holding
    ``pos`` names, when that sentence's subject is no one else who might speak ("Police
    arrested John Hale. '...,' the officer said": the police's); else None."""
    pos += 1  # (a statement opens at its sentence's start: the end before it counts)
    found = {
        g: previous_sentence_person(
            text, pos, Mention("pronoun", "", gender=g), after=-1, lone_possessor=True
        )
        for g in ("m", "f")
    }
    name = found["m"] or found["f"]
    if name is None or len(name.split()) < 2 or name.split()[0].lower() in NO_PERSON_OPENERS:
        return None
    gender = gender_of(name.split(), speaker_words())
    if any(got != name and not (got is None and gender not in (None, g)) for g, got in found.items()):
        return None  # (a man and a woman, or two people: "Ann Roe and Piet Hals")
    ends = sentence_ends_before(text, pos)
    start = ends[-2] if len(ends) >= 2 else 0
    stop = ends[-1] if ends else pos
    if start < body_start(text) or "\n" in text[start:pos].strip() or _ADDRESSED_RE.search(text, start, stop):
        # (a headline or another paragraph; "Donald Trump was asked a question. '...,' the
        # moderator said")
        return None
    if _OPENING_MARK_RE.search(text, start, stop):
        return None  # ('"Die Lage ist ernst", sagte der Innenminister. The minister said')
    if _INITIAL_END_RE.search(text, max(start, stop - 6), stop):
        return None  # ("... Gen. Ulysses S. Grant, with the mayor calling him": one sentence)
    heads = speaker_words()["heads"]
    if any(
        d.group(1) in heads or d.group(2) in heads for d in _DETERMINED_NOUN_RE.finditer(text, start, stop)
    ):
        # ("Bill Hale beat his wife for years. The victim said", "Dan Moss hit a pedestrian.
        # The man said": someone else the sentence names by a noun)
        return None
    for run in NAME_SEQ_RE.finditer(text, start, stop):
        toks = strip_name_lead(re.sub(r"['\u2019]s$", "", run.group()).split())
        if len(toks) >= 2 and not same_person(name, " ".join(toks)):
            return None  # ("Ann Roe and Piet Hals shared the podium": either)
        if _QUOTE_MARK_RE.search(text, max(0, run.start() - 3), run.start()):
            return None  # ('Titled "A Very Merry Christmas", the ad ...': a title)
    words: list[str] = []
    for w in text[start : ends[-1] if ends else pos].split():
        if words and verbish(w):
            break
        words.append(w.rstrip(","))
        if w.endswith(","):
            break
    subject = parse_speaker(" ".join(words), lenient=True) if words else None
    if (
        subject is None
        or subject.kind == "name"
        and (
            same_person(subject.name, name)
            # (one capitalised word no list knows opens many a sentence: "Caution is not in ...")
            or len(subject.name.split()) == 1
            and not subject.role
            and gender_of(subject.name.split(), speaker_words()) is None
        )
    ):
        return name
    return None  # ("The crowd cheered Ann Roe", "Police arrested John Hale")
