"""The by-agent of a passive right before a participle cue: "The bill was opposed by the
union, calling it ..." is the union's statement. A thing that cannot speak (a plan, a bill, a
ruling, a film), or a body the agent founded ("The charity was founded by Ann Lee"), as the
passive's subject leaves the participle to the agent; any other subject keeps it ("The cyclist
was hit by a lorry, telling paramedics ...": the cyclist's), as the person and group lists
know too few people ("tenants", "pensioners", "apprentices")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import read_resource
from ._group_subjects import bare_plural_subject
from ._mentions import Mention, parse_speaker
from ._names import speaker_words

__all__ = ["passive_agent"]

#: a passive ("was backed", "were praised on Monday", "has been opposed") and its "by"
#: phrase ending the clause right before the participle (a comma or a dash between)
_AGENT_RE = re.compile(
    r"\b(?:was|were|is|are|been|being|be|got|gets)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+(?:ed|en|wn|t))"
    r"(?:\s+(?!by\b)[\w'\u2019-]+){0,4}?\s+by\s+"
    r"(?P<agent>[^,;:()\"\u201c\u201d\u2014\u2013]{2,60}?)\s*(?P<sep>,|\s--?|\s[\u2014\u2013])?\s*$"
)
#: nouns of things that cannot speak, as a passive's subject (with the speaker list's
#: documents: "report", "ruling", "letter", "petition"): proposals and acts, works, objects
_THINGS = frozenset(
    """plan bill proposal scheme policy decision move deal budget law motion idea change project
    merger bid offer ban contract agreement treaty measure reform rule appeal verdict sentence
    amendment legislation order request application strategy programme program system tax fee cut
    sale takeover transfer closure design film album show festival exhibition event match game
    statue painting trophy award prize medal goal vaccine drug bridge road building stadium account
    allegation claim charge accusation""".split()
)
#: verbs that bring the subject into being: a body "founded by" someone did not speak before
#: it was ("The charity was founded by Ann Lee, saying ..."), so an organisation's noun as
#: the subject leaves the participle to the agent too
_FOUNDING = frozenset("founded established formed launched created started".split())
#: verbs by which an agent only comes by a text: a text leaked, seen or obtained by someone
#: still speaks for itself ("The report was leaked by a clerk, saying ...": the report's); one
#: signed, welcomed or overturned by someone leaves the participle to them
_HANDLING = frozenset(
    "leaked seen obtained read found discovered received shown intercepted uncovered unearthed".split()
)
#: the agent phrase ends at its noun: a preposition after it opens a time or place phrase
#: ("by detectives for six hours", "by organisers on Friday"); a name after "at", "from" or
#: "in" is the agent's own ("by researchers at Halden University")
_AGENT_TAIL_RE = re.compile(
    r"\s+(?:(?:in|at|from)\s+(?![A-Z])|(?:for|on|after|before|during|over|throughout|until|since|with|into|"
    r"across|amid|under)\s).*$",
    re.S,
)
#: where the passive's subject starts: after the last comma, dash or semicolon before it
_SUBJECT_START_RE = re.compile(r".*[,;:\u2014\u2013]\s*", re.S)
#: participles that say what a work or a text holds ("The film was directed by X, showing
#: ...", "..., telling the story of ..."): the work's, never the agent's. Speech verbs stay the
#: agent's even after a work ("The show was cancelled by the broadcaster, telling viewers
#: ...", "The exhibition was opened by X, describing the paintings as ..."); after another
#: thing these are the agent's too ("The bridge was closed by engineers, showing ...")
_CONTENT_PARTICIPLES = frozenset(
    """showing depicting featuring starring following documenting charting exploring tracing
    chronicling portraying recounting containing including listing showcasing examining""".split()
)
#: "telling" with a story, not a hearer: "telling the story of", "telling of", "telling how"
_TELLING_A_STORY_RE = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her)\s+(?:\w+\s+)?(?:story|stories|tale|tales)|of|how)\b"
)
_PARTICIPLE_RE = re.compile(r"[\s,\u2014\u2013-]*([a-z]+ing)\b")
#: works and texts, whose content a participle may tell (with the speaker list's documents)
_WORKS = frozenset(
    """film movie documentary novel book play album song series show episode painting article
    column study paper survey memoir biography opera musical""".split()
)
#: the speakers a participle may have
_SPEAKER_KINDS = ("name", "descriptor", "organisation")
#: a passive is looked for this far before the participle
_WINDOW = 160


@lru_cache(maxsize=1)
def _things() -> frozenset[str]:
    documents = read_resource("quote_speakers.txt").get("document", [])
    return _THINGS | {w for row in documents for w in row}


def _head_word(subject: str) -> str:
    head = re.split(r"\s+(?:of|for|to|in|on|at|from|by)\s", subject, maxsplit=1)[0].split()
    return re.sub(r"['\u2019]s?$", "", head[-1].lower()) if head else ""


def _a_work(subject: str) -> bool:
    """The passive's subject is a work or a text ("The film", "The council's report")."""
    word = _head_word(subject)
    documents = _things() - _THINGS
    return word in _WORKS or word in documents or word.rstrip("s") in _WORKS | documents


def _a_document(subject: str) -> bool:
    """The passive's subject is a text of the speaker list's documents ("The report")."""
    word = _head_word(subject)
    documents = _things() - _THINGS
    return word in documents or word.rstrip("s") in documents


def _a_thing(subject: str, founded: bool = False) -> bool:
    """The passive's subject is a thing that cannot speak ("The new stadium design", "The
    club's accounts", "Plans for the road"): its head noun, before any "of"/"for" phrase;
    ``founded``: an organisation's noun too ("The charity")."""
    head = re.split(r"\s+(?:of|for|to|in|on|at|from|by)\s", subject, maxsplit=1)[0].split()
    if not head:
        return False
    word = re.sub(r"['\u2019]s?$", "", head[-1].lower())
    # (works too: "The novel was reviewed by X, praising it as ...")
    things = _things() | _WORKS | (speaker_words()["orgs"] if founded else frozenset())
    return (
        word in things
        or word.endswith("s")
        and word[:-1] in things
        or word.endswith("es")
        and word[:-2] in things
        or word.endswith("ies")
        and word[:-3] + "y" in things
    )


def passive_agent(text: str, a: int, b: int) -> Mention | None:
    """The agent of a passive that ends ``text[a:b]`` right before the participle at ``b``
    ("The plan was backed by Ann Lee, calling"), when the passive's subject is a thing that
    cannot speak: a name, description or organisation; else None."""
    m = _AGENT_RE.search(text, max(a, b - _WINDOW), b)
    if m is None or (m.group("sep") is None and not text.startswith(",", b)):
        return None
    cut = _SUBJECT_START_RE.match(text, a, m.start())
    subject = text[cut.end() if cut is not None else a : m.start()].strip()
    if not _a_thing(subject, m.group("verb") in _FOUNDING):
        return None
    if m.group("verb") in _HANDLING and _a_document(subject):
        return None
    participle = _PARTICIPLE_RE.match(text, b)
    if (
        participle is not None
        and (
            participle.group(1) in _CONTENT_PARTICIPLES
            or participle.group(1) == "telling"
            and _TELLING_A_STORY_RE.match(text, participle.end())
        )
        and _a_work(subject)
        # (a song or a novel "describing a town where ..." tells its content too; an
        # exhibition or a film "opened by X, describing ..." is the agent's, as before)
        or participle is not None
        and participle.group(1) == "describing"
        and _head_word(subject) in _WORKS - _THINGS
    ):
        return None
    k = m.start("agent")
    phrase = _AGENT_TAIL_RE.sub("", m.group("agent"))
    agent = parse_speaker(phrase, k, lenient=True) or bare_plural_subject(phrase, k)
    return agent if agent is not None and agent.kind in _SPEAKER_KINDS else None
