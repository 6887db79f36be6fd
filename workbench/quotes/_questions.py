"""Questions a named source asks: "X asked (Y) whether ...", "when a voter asked if ...",
"Y was asked by X why ...". PolNeAR annotates such a question as the asker's statement,
from its wh-word on (tests/data/quotes/GUIDELINES.md, "Questions"); a question with no
asker named ("Asked whether ..., she said") is left out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clauses import MIN_CONTENT_WORDS
from ._cue_speakers import speaker_before
from ._cues import n_words
from ._mentions import parse_speaker

if TYPE_CHECKING:
    from ._doc import Doc

#: "asked" and up to six words (its object, when, by whom) before the question's wh-word
_ASKED_RE = re.compile(
    r"\b(?P<cue>asked|asks|ask)\b(?P<mid>(?:\s+(?!(?:whether|if|why|how|what|who|when|where|which)\b)"
    r"[\w.,'\u2019()-]+){0,6}?)\s+(?P<wh>(?:whether|if|why|how|what|who|when|where)\b)"
)
_PASSIVE_RE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got|when|if|after|Asked)\s*$")
_LEAD_SUBORDINATOR_RE = re.compile(r"\s*(?:When|After|As|Then|But|And)\s+")
_ADVERB_END_RE = re.compile(r"\s+(?:[a-z]+ly|later|earlier|also|then|once|again)\s+$")
_AGENT_RE = re.compile(r"\s+by\s+(.+?)(?:\s+(?:on|in|at|during|last|this|earlier|later)\b.*)?$")


def question_statement(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """Add the question asked in the sentence ``text[a:b]`` (``end_b``: before its full
    stop) when its asker is named and no statement covers it yet; True if added."""
    text = doc.text
    if "ask" not in text[a:end_b]:
        return False
    m = _ASKED_RE.search(text, a, end_b)
    if m is None or "," in m.group("mid") and "by " not in m.group("mid"):
        return False
    start = m.start("wh")
    before = text[a : m.start("cue")]
    agent = _AGENT_RE.match(m.group("mid"))
    if _PASSIVE_RE.search(before) or not before.strip():
        # "Sanders was asked by host Jo Lee whether ...": the asker is the agent
        if agent is None:
            return False
        k = m.start("mid") + agent.start(1)
        mention = parse_speaker(agent.group(1), k, lenient=True)
    else:
        # "When an NBC reporter later asked ...": the subordinator and the adverb are no part of the asker
        lead = _LEAD_SUBORDINATOR_RE.match(text, a, m.start("cue"))
        adverb = _ADVERB_END_RE.search(text, a, m.start("cue"))
        k, e = lead.end() if lead else a, adverb.start() if adverb else m.start("cue")
        mention, _ = speaker_before(text, k, e, subject=True)
        if mention is None and n_words(text[k:e]) <= 4:
            mention = parse_speaker(text[k:e], k, lenient=True)  # "a local reporter": any asker
    if mention is None:
        return False
    # "When a voter asked if ..., she said ...": the subordinate question ends at its comma
    end = end_b
    if re.search(r"\b(?:[Ww]hen|[Aa]fter|[Ii]f|[Aa]sked)\b", before) and "," in text[start:end_b]:
        end = text.index(",", start, end_b)
    if n_words(text[start:end]) < MIN_CONTENT_WORDS or doc.covered(start, end):
        return False
    return doc.add("indirect", [(start, end)], mention, m.group("cue"), "ask")
