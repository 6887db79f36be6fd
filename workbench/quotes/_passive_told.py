"""A passive of a verb whose object is the hearer ("The crew was told by the captain that
...", "Guests, who were warned the pool was closed, ..."): its subject heard the statement.
The agent after "by" is the speaker; with no agent, a that-clause is a statement of no one
named (PolNeAR marks it with no source), and nothing else is read from the cue. An agent
that is no person nor organisation ("by phone", "by the end of the meeting", "by letter") is
a means or a time: the statement is then no one's named. The statement ends at its first
comma ("The minister, who was told by aides that the vote was lost, conceded"), and none is
read when a trailing attribution follows it ("..., officials said": that one holds it)."""

from __future__ import annotations

import re

from ..text import read_resource
from ._clause_end import clause_end
from ._clauses import CueAt
from ._cue_speakers import speaker_after
from ._cues import FINITE_RE
from ._mentions import Mention
from ._names import norm, speaker_words
from ._questions import UNNAMED_ASKER

#: the verbs whose passive subject is the one told ("was told", "were warned", "is reminded")
HEARER_LEMMAS = frozenset("tell warn remind assure inform notify".split())

#: a passive auxiliary right before the cue, maybe with adverbs or "also" between
_AUX_RE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|get|gets|got)\s+(?:(?:[a-z]+ly|then|also|later|again|first|never|not|just|all)\s+){0,2}$"
)
#: "that ..." after a short adjunct with no verb ("on Monday that"), or "by" and the agent
#: before it ("by the coach (on Monday)(,) that"): the agent and the start of the clause
_AGENT_THAT_RE = re.compile(
    r"(?:\s+by\s+([^;:\"\u201c\u201d]{2,80}?),?|(?:\s+(?!by\s)[^,;:\"\u201c\u201d]{2,40}?)?)\s+that\s+"
)
#: a first-person hearer before the passive ("we are told", "I was reminded")
_FIRST_PERSON_RE = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:am|are|was|were|have\s+been|had\s+been|get|got)\s+(?:\w+ly\s+)?$"
)
#: an imperative passive opening its clause ("Be advised that", "..., be informed that")
_IMPERATIVE_RE = re.compile(r"(?:^|[,;:.!?]\s*|\b(?:and|but|so|please|Please)\s+)[Bb]e\s+$")
#: the words of documents and messages: "by letter", "by email" name the means, no one
_DOCUMENTS = frozenset(w for row in read_resource("quote_speakers.txt").get("document", []) for w in row)
#: an attribution closing the sentence after the statement's comma (", officials said.")
_TRAILING_ATTRIBUTION_RE = re.compile(
    r",\s+(?:according\s+to\s+[^,;]{1,60}|(?:[\w.'\u2019-]+\s+){1,5}"
    r"(?:said|says|say|added|adds|reported|wrote|noted|explained|told\s+[a-z]+))\s*[.!?]?\s*$"
)


def _agent(mention: Mention | None) -> Mention:
    """The agent as the speaker when it is a person or an organisation, else no one named."""
    if mention is not None and mention.kind != "pronoun":
        words = speaker_words()
        head = norm(mention.head) if mention.head else ""
        if mention.kind == "name" or (
            mention.kind in ("descriptor", "organisation")
            and (head in words["heads"] or head in words["learned_heads"] or head in words["orgs"])
            and head not in _DOCUMENTS
        ):
            return mention
    return Mention(UNNAMED_ASKER, "")


def hearer_passive(c: CueAt) -> bool:
    """True when the cue is such a passive: then its that-clause is added (the agent's, or
    no one's) and no other reading of this cue is tried."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    if lemma not in HEARER_LEMMAS or not _AUX_RE.search(text, max(a, cue.start() - 40), cue.start()):
        return False
    m = _AGENT_THAT_RE.match(text, cue.end(), b)
    if m is not None and not FINITE_RE.search(text, cue.end(), m.start(1) if m.group(1) else m.end()):
        mention = _agent(speaker_after(text, m.start(1), m.end(1), lenient=True)) if m.group(1) else None
        start = m.end()
        end = clause_end(text, start, end_b, cue.group())
        comma = text.find(",", start, end)
        if mention is None and _FIRST_PERSON_RE.search(text, max(a, cue.start() - 20), cue.start()):
            return True  # "We are told that the reforms will pay": the writer's hearsay, no statement
        if mention is None and _IMPERATIVE_RE.search(text, max(a, cue.start() - 20), cue.start()):
            return True  # "be informed that a better option exists": the writer's advice, no statement
        if comma < 0 or not _TRAILING_ATTRIBUTION_RE.match(text, comma, end_b):
            doc.add(
                "indirect",
                [(start, end if comma < 0 else comma)],
                mention or Mention(UNNAMED_ASKER, ""),
                cue.group(),
                lemma,
            )
    return True
