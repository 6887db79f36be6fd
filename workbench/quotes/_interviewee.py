"""Who answers in an interview written up as questions and answers ("Q: ... A: ..."): the
person the introduction says was interviewed ("A conversation with Mayor Ann Lee", "We asked
Dr Reed ...", "Marta Vilde spoke to us about ...", "she talked to us at the port"), or, when
it says only that this is an interview ("This interview has been condensed"), the first
person it names. A page of questions with no one interviewed (a council's FAQ) has none."""

from __future__ import annotations

import re

from ._mention_type import Mention
from ._mentions import parse_speaker
from ._names import norm, speaker_words
from ._source_type import source_type

__all__ = ["interviewee"]

#: a run of capitalised words, a title's full stop and a middle initial allowed
_NAME = r"[A-Z][\w'\u2019.-]*(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'\u2019-]*){0,4}"
#: lower-case words of a role between the cue and the name ("spoke to library manager X")
_ROLE_WORDS = r"(?:(?:the|our|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}"
#: "Q&A with X", "an interview with X", "in conversation with X"
_WITH_RE = re.compile(
    rf"\b(?:Q\s*&\s*A|Q\s+and\s+A|[Ii]nterview|[Cc]onversation|[Cc]hat)\s+with\s+{_ROLE_WORDS}(?P<name>{_NAME})"
)
#: "We asked X", "I spoke to X", "we caught up with X": the writer asks, X answers
_WE_RE = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:(?:recently|also|then|have|had|first)\s+)?"
    r"(?:asked|interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|caught\s+up\s+with|sat\s+down\s+with|"
    rf"met|put\s+(?:\w+\s+)?questions\s+to)\s+{_ROLE_WORDS}(?P<name>{_NAME})"
)
#: "X spoke to us", "she talked to us ...": the subject answers
_SUBJECT_RE = re.compile(
    rf"(?:(?P<name>{_NAME})|\b(?P<pronoun>[Hh]e|[Ss]he))(?:,[^,\n]{{1,80}},)?\s+"
    r"(?:(?:has|had|have|recently|also|then)\s+)*"
    r"(?:spoke|speaks|spoken|talked|talks|chatted|chats|sat\s+down|sits\s+down|answered|answers|"
    r"joined\s+us|joins\s+us|joined\s+me|joins\s+me)\b"
)
#: what stands before the interviewer's name ("Our reporter Ken Orla", "Interview by Jane Cole")
_ASKER_BEFORE_RE = re.compile(
    r"(?:\bby|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ii]nterviewer|[Ww]riter|[Cc]olumnist|[Hh]ost)\s+$"
)
#: a sentence's or a line's start, where the intro's subject stands
#: (up to four words of a role before it, no comma: "Former first lady Laura Bush wrote ...")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:[A-Za-z'\u2019-]+\s+){0,4}$")
#: an introduction that says what follows is an interview
_INTERVIEW_RE = re.compile(
    r"\b(?:interview(?:ed)?|Q\s*&\s*A|questions\s+and\s+answers|transcript|conversation|"
    r"edited\s+for\s+(?:length|clarity))\b",
    re.I,
)
#: a run of capitalised words, where a given name the lists know may start a person's name
_CAPITALISED_RE = re.compile(r"\b[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)+")


def interviewee(text: str, end: int) -> Mention | None:
    """The interviewee the introduction ``text[:end]`` names (its mention as the text writes
    it), or None."""
    for pattern in (_WITH_RE, _WE_RE):
        for m in pattern.finditer(text, 0, end):
            person = _person(m.group("name"), m.start("name"))
            if person is not None:
                return person
    for m in _SUBJECT_RE.finditer(text, 0, end):
        if m.group("pronoun"):
            person = _first_person(text, 0, m.start())
        else:
            person = _person_at(text, m.group("name"), m.start("name"))
        if person is not None:
            return person
    if _INTERVIEW_RE.search(text, 0, end):
        return _first_person(text, 0, end)
    return None


def _person_at(text: str, words: str, at: int, *, run: int | None = None) -> Mention | None:
    """:func:`_person`, unless the name follows an interviewer's word ("Interview by X"), or,
    given the start of its capitalised ``run``, the run stands anywhere but at a sentence's
    start (a name the intro mentions: "the death of her mentor, Carl Voss"; "Actress Diane
    Lane has ..." opens its sentence)."""
    if _ASKER_BEFORE_RE.search(text, max(0, at - 30), at):
        return None
    if run is not None and not _SENTENCE_START_RE.search(text, max(0, run - 30), run):
        return None
    return _person(words, at)


def _person(words: str, at: int) -> Mention | None:
    """The person the capitalised ``words`` at ``at`` name, from the first of them on or
    from a later one ("On Friday Harriet Cole"), or None."""
    starts = [m.start() for m in re.finditer(r"\S+", words)]
    for k in starts[-5:] if len(starts) > 5 else starts:
        m = parse_speaker(words[k:], at + k)
        if m is not None and m.kind == "name" and source_type("name", m.name) == "person":
            if len(m.name.split()) >= 2 or m.role:
                return m
    return None


def _first_person(text: str, a: int, b: int) -> Mention | None:
    """The first person ``text[a:b]`` names in full with a given name the lists know."""
    given = speaker_words()["given_names"]
    for m in _CAPITALISED_RE.finditer(text, a, b):
        words = list(re.finditer(r"\S+", m.group()))
        for k, w in enumerate(words[:-1]):
            if norm(w.group()) in given:
                last = words[min(k + 2, len(words) - 1)].end()
                person = _person_at(text, m.group()[w.start() : last], m.start() + w.start(), run=m.start())
                if person is not None:
                    return person
    return None
