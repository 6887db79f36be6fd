"""Statements before an inverted cue: "..., said X." and dash dialogue ("— A, — said X. — B.")."""

from __future__ import annotations

import re

from ._clause_shape import clause_after_cue
from ._clauses import (
    MIN_CONTENT_WORDS,
    CueAt,
)
from ._cue_after_content import SPEECH_PARTICIPLE_RE as _SPEECH_PARTICIPLE_RE
from ._cue_after_content import _unlisted_speaker
from ._cue_speakers import speaker_after
from ._cues import (
    FINITE_RE,
    n_words,
    participle_lemma,
)
from ._mentions import Mention, parse_speaker
from ._openers import subject_before_cue
from ._relative_aside import subject_and_relative_aside
from ._speaker_after import ANONYMITY_RE

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
