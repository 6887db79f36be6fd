"""The source a personal pronoun refers to (``pronoun_source``): the subject of its own
sentence ("Senator Ines Varga mocked both rivals, but she paid the mayor a compliment:
..." is Varga, whoever spoke before her), else the latest compatible source, a person the
sentence before names, or a person the narration names by one word."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ._mentions import Mention
from ._name_forms import (
    fullest_name,
    person_gender,
)
from ._name_leads import strip_name_lead
from ._name_runs import NAME_SEQ_RE, is_place, name_runs
from ._names import ORG_SUFFIXES, norm, speaker_words
from ._narration import _OPENING_PHRASE_RE as OPENING_PHRASE_RE
from ._narration import previous_sentence_person, sentence_ends_before
from ._speaker_descriptors import fallback_person, same_person, sentence_descriptor
from ._speaker_neuter import text_author_before
from ._speaker_orgs import MAX_LEDE_NAMING_GAP
from ._speaker_source import Source, compatible, institution

if TYPE_CHECKING:
    from ._speaker_resolver import Resolver

__all__ = ["pronoun_source", "same_sentence_subject"]

#: a clause between the subject and the pronoun that another speaker's words open
_QUOTE_RE = re.compile('["\u201c\u201d\u00ab\u00bb]')
#: "And in those final weeks, Vale wrote, she ...": a conjunction and a phrase before the
#: subject (the phrase in lower case: "But Vale, ..." is the subject itself)
_CONJ_OPENING_RE = re.compile(
    r"(?:And|But|Yet|So)\s+(?:then\s+)?[a-z][^,.;:\"\u201c\u201d]{0,60},\s+(?=[A-Z])"
)
#: "Mr. Trump and ...": a title's full stop ends no sentence
_TITLE_BEFORE_RE = re.compile(r"(\w+)\.\s*$")


#: a topic the sentence turns to before its subject ("As for Varga, she ...")
_TOPIC_RE = re.compile(r"\s*(?:As\s+for|As\s+to|Turning\s+to)\s+")


def same_sentence_subject(text: str, pos: int, m: Mention) -> str | None:
    """The full name of the person a sentence opens with, as its subject, when a singular
    third-person pronoun later in that sentence (at ``pos``) can refer to them (gender),
    and no quotation that may be someone else's stands between them; else None."""
    if m.number != "sg" or m.text.lower() in ("i", "we") or m.gender == "n":
        return None
    ends = sentence_ends_before(text, pos)
    start = ends[-1] if ends else 0
    if start >= pos or "\n" in text[start:pos].strip():
        return None
    topic = _TOPIC_RE.match(text, start, pos)
    if topic is not None:
        # "As for Ines Varga, she said ...": the person the sentence turns to, right before it
        match = NAME_SEQ_RE.match(text, topic.end(), pos)
        if match is None or not re.fullmatch(r",\s*", text[match.end() : pos]):
            return None
    else:
        opening = OPENING_PHRASE_RE.match(text, start, pos) or _CONJ_OPENING_RE.match(text, start, pos)
        lead = opening.end() if opening is not None else start
        match = NAME_SEQ_RE.match(text, lead, pos)
        if match is None or not re.match(r"[^\S\n]+[a-z]", text[match.end() : match.end() + 2]):
            return None  # a subject is followed by its verb ("Ines Varga mocked")
    title = _TITLE_BEFORE_RE.search(text, max(0, start - 8), start)
    if _QUOTE_RE.search(text, start, pos) and (
        title is not None
        and norm(title.group(1)) in speaker_words()["titles"]
        or _QUOTE_RE.search(text, start, match.start())
        or _inside_quotation(text, start)
        or _names_person(text, match.end(), pos, m.gender)
    ):
        # 'Vale fired back: "Ask Ortiz," he wrote' is Vale's own quotation and sentence;
        # one that names another person of the pronoun's gender may hold their words, and
        # a "sentence" that starts inside a quotation is the quoted speaker's, not a subject
        return None
    toks = strip_name_lead(match.group().split())
    if not toks or toks[-1].endswith(("'s", "\u2019s")) or is_place(text, match.start(), toks):
        return None
    full = fullest_name(text, " ".join(toks)).split()
    if len(full) == 1:
        full = _possessive_full_form(text, full[0]) or full
    if (
        len(full) < 2
        or any(t in ORG_SUFFIXES or norm(t) in speaker_words()["orgs"] for t in full)
        or person_gender(text, full) not in (None, m.gender)
    ):
        return None
    return " ".join(full)


def _possessive_full_form(text: str, surname: str) -> list[str] | None:
    """ "rival Tom Hale's stance": the full name a text writes only as a possessor."""
    return _possessive_forms(text).get(surname)


@lru_cache(maxsize=16)
def _possessive_forms(text: str) -> dict[str, list[str]]:
    """Surname -> the first full name the text writes as a possessor ("Donald Trump's"), read
    once per text (a scan of every run for each pronoun was quadratic on a long text)."""
    out: dict[str, list[str]] = {}
    for run in name_runs(text)[1]:
        if len(run) >= 2 and run[-1].endswith(("'s", "\u2019s")) and not any(t in ORG_SUFFIXES for t in run):
            out.setdefault(run[-1][:-2], run[:-1] + [run[-1][:-2]])
    return out


#: how far back the start of a paragraph is looked for (characters): a longer one is taken
#: for a quotation's inside (a linear bound on a text of one line)
_PARAGRAPH_WINDOW = 3000


def _inside_quotation(text: str, pos: int) -> bool:
    """``pos`` follows an odd number of double quotation marks in its paragraph (or its
    paragraph starts too far back to tell)."""
    lo = text.rfind("\n", max(0, pos - _PARAGRAPH_WINDOW), pos)
    if lo < 0 and pos > _PARAGRAPH_WINDOW:
        return True
    return (len(_QUOTE_RE.findall(text, lo + 1, pos)) + text.count("''", lo + 1, pos)) % 2 == 1


def _names_person(text: str, start: int, end: int, gender: str | None) -> bool:
    """``text[start:end]`` names someone who may be a person of ``gender``: a given name, a
    title before a name that is no organisation's ("Senator Reyes", not "European Union"),
    or a name the text gives in full with a given name of that gender."""
    words = speaker_words()
    for match in NAME_SEQ_RE.finditer(text, start, end):
        run = match.group().split()
        if any(norm(t) in words["given_names"] for t in run):
            return True
        toks = strip_name_lead(run)
        if not toks or toks[-1] in ORG_SUFFIXES or norm(toks[-1]) in words["orgs"]:
            continue
        if any(norm(t) in words["titles"] for t in run[: len(run) - len(toks)]):
            return True
        full = fullest_name(text, " ".join(toks)).split()
        if person_gender(text, full) in (gender, None) and any(norm(t) in words["given_names"] for t in full):
            return True
    return False


#: a sentence that opens with someone's possessed person acting on that someone ("Her bank
#: manager told her to give up", "His doctor told him to retire")
_ADDRESSED_RE = re.compile(
    r"(?P<poss>Her|His)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|d|t)\s+(?P<obj>her|him)\b"
)


def _addressed_possessor(text: str, src: Source, m: Mention) -> bool:
    """``src``, an unnamed person of no known gender, was last mentioned opening a sentence as
    someone's possessed person who acts on that someone, of the pronoun's gender ("Her lawyer
    advised her to settle" before "she says")."""
    if src.kind != "descriptor" or m.number != "sg" or m.gender not in ("m", "f") or src.last < 0:
        return False
    want = "Her" if m.gender == "f" else "His"
    ends = sentence_ends_before(text, src.last + 1)
    start = ends[-1] if ends else 0
    start += len(text[start : src.last + 1]) - len(text[start : src.last + 1].lstrip())
    found = _ADDRESSED_RE.match(text, start)
    return (
        found is not None
        and found.group("poss") == want
        and found.group("obj") == ("her" if m.gender == "f" else "him")
    )


def pronoun_source(r: Resolver, pos: int, m: Mention) -> Source | None:
    """The person or group a pronoun refers to, if any."""
    src = None
    sources, text, roles, weak = r.sources, r.text, r.roles, r.weak
    if m.text.lower() in ("i", "we") and r.previous is not None:
        src = r.previous
    subject = same_sentence_subject(text, pos if m.start is None else m.start, m)
    if subject is not None:
        # "Ines Varga mocked both rivals, but she paid ...": the subject of the
        # pronoun's own sentence comes before any earlier speaker
        src = next((s for s in sources if s.kind == "name" and same_person(s.name, subject)), None)
        if src is None:
            src = Source(f"name:{subject}", "name", subject, roles.get(subject, ""), False, gender=m.gender)
            sources.append(src)
        return src
    for s in sorted(sources, key=lambda s: -s.last):
        if src is None and compatible(s, m):
            src = s
    if src is not None and _addressed_possessor(text, src, m):
        # "Her lawyer advised her to settle. '...,' she says": the one the lawyer advised,
        # whose lawyer it is, not the lawyer
        src = next(
            (
                s
                for s in sorted(sources, key=lambda s: -s.last)
                if s is not src and s.kind == "name" and s.gender in (None, m.gender) and compatible(s, m)
            ),
            None,
        )
        if src is None:
            src = fallback_person(text, pos, m)
            if src is not None:
                sources.append(src)
    if m.number == "sg" and m.text.lower() not in ("i", "we"):
        # "I put the question to Councillor Dev Raman. He was candid: ...": a person
        # named in the sentence just before is more salient than an older source
        # (a source of unknown gender is passed over for a person the sentence before
        # names with the pronoun's gender: "Robin Vale said ... . Maria Santos ... 'We
        # will not sign,' she said")
        near = previous_sentence_person(
            text,
            pos,
            m,
            after=src.last if src is not None and (src.gender is not None or m.gender is None) else -1,
        )
        if near is not None and (src is None or not same_person(src.name, near)) and not institution(near):
            full = fullest_name(text, near)
            src = next((s for s in sources if s.kind == "name" and same_person(s.name, full)), None)
            if src is None:
                src = Source(f"name:{full}", "name", full, roles.get(full, ""), False, gender=m.gender)
                sources.append(src)
    if src is None and m.number == "sg" and m.text.lower() not in ("i", "we"):
        # "Osei's first novel was rejected ... '...,' he says": with no source at all, the
        # one-word possessor the sentence before opens with
        near = previous_sentence_person(text, pos, m, after=-1, lone_possessor=True)
        if near is not None and not institution(near):
            src = Source(f"name:{near}", "name", near, roles.get(near, ""), False, gender=m.gender)
            sources.append(src)
    if (
        src is None
        and m.number == "sg"
        and weak
        and pos - weak[-1][0] <= MAX_LEDE_NAMING_GAP
        and weak[-1][1].gender in (None, m.gender)
    ):
        w = weak[-1][1]
        src = Source(f"name:{w.name}", "name", w.name, w.role, False, gender=m.gender)
        sources.append(src)
    if src is None:
        src = fallback_person(text, pos, m) or sentence_descriptor(text, pos, m)
        if src is not None:
            sources.append(src)
    if src is None and m.number == "pl" and m.text.lower() == "they":
        # "More on that statement from the family. They said": the text's author
        src = text_author_before(r, pos if m.start is None else m.start)
    if (
        src is None
        and m.number == "pl"
        and m.text.lower() == "they"
        and r.previous is not None
        and r.previous.kind == "name"
        and r.previous.number == "sg"
    ):
        # singular "they": with no group or organisation for it to refer to, the
        # person whose statement came just before ("Ortiz said they had applied ...
        # '...,' they said")
        src = r.previous
    return src
