"""Statements reported in the passive, as much news copy writes them: "The minister was
quoted by the agency as saying that ..." (the minister's), "It was noted in the statement
that ..." (the statement's), "It was reported by the Ministry of Health that ..." (the
ministry's). Read in the sentences no other rule read."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clauses import MIN_CONTENT_WORDS
from ._cue_speakers import speaker_before
from ._cues import n_words, reporting_verb_forms
from ._mentions import parse_speaker
from ._source_type import document_words

if TYPE_CHECKING:
    from ._doc import Doc

__all__ = ["passive_reports"]

_BE = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
#: "X was quoted (by Y) as saying (that) ...", "X was cited as telling reporters that ..."
_QUOTED_AS_RE = re.compile(
    r"(?P<subject>[^;:\"\u201c\u201d()]{2,160}?)\s+" + _BE + r"\s+(?:also\s+|widely\s+|later\s+)?"
    r"(?P<cue>quoted|cited|reported|recorded)\s+(?:by\s+[^,;:\"\u201c\u201d]{2,80}?\s+)?as\s+"
    r"(?:saying|telling\s+(?:\w+\s+){0,3}?(?=that\b))\s*(?:that\s+)?"
)
#: "The agency quoted X (, a post,) as saying (that) ...", "The minutes record X as saying ...":
#: X's statement, which the agency or the record reports
_QUOTED_ACTIVE_RE = re.compile(
    r"\b(?P<cue>quoted|quotes|cited|cites|records|recorded|record)\s+"
    # ("The official record quotes X": the noun before the cue, no cue of its own)
    r"(?!(?:quoted|quotes|cited|cites|records|recorded)\b)(?P<subject>[^;:\"\u201c\u201d()]{2,160}?)\s+as\s+"
    r"(?:saying|telling\s+(?:\w+\s+){0,3}?(?=that\b))\s*(?:that\s+)?"
)
#: the lemma of a quoting verb outside the reporting verbs: its past form, as "quoted" is its
#: own (a bare "record" as its own lemma reads as a noun's label: "Side note:")
_QUOTING_LEMMAS = {"quotes": "quoted", "cites": "cited", "records": "recorded", "record": "recorded"}
#: "It was noted in the statement that ...", "It is emphasised in the document that ...",
#: "It was earlier reported by the Ministry of Health that ..."
_IT_WAS_RE = re.compile(
    r"It\s+" + _BE + r"\s+(?:also\s+|earlier\s+|further\s+|previously\s+)?"
    r"(?P<cue>stated|said|noted|reported|emphasi[sz]ed|stressed|announced|underlined|pointed\s+out|"
    r"indicated|specified|clarified|explained|added|confirmed)\s+(?P<prep>in|by)\s+"
    r"(?P<source>[^,;:\"\u201c\u201d()]{2,100}?)\s+that\s+"
)


def passive_reports(doc: Doc) -> None:
    """Add the statements of the sentences that report one in the passive."""
    text = doc.text
    quoted = []  # (a quotation's sentence an agency quotes someone in: its speaker set after)
    for a, b in doc.sentences:
        if (
            text.find(" as saying", a, b) < 0
            and text.find(" as telling", a, b) < 0
            and not text.startswith("It ", a)
        ):
            continue  # (most sentences: no search)
        active = _QUOTED_ACTIVE_RE.search(text, a, b)
        if doc.covered(a, b):
            if active is not None:
                quoted.append((a, b, active))
            continue
        end_b = b - 1 if text.endswith((".", "!", "?"), a, b) else b
        m = _QUOTED_AS_RE.match(text, a, b) or _IT_WAS_RE.match(text, a, b) or active
        if m is None or n_words(text[m.end() : end_b]) < MIN_CONTENT_WORDS:
            continue
        who = "subject" if "subject" in m.groupdict() else "source"
        mention = _subject(text, m.start(who), m.end(who))
        if mention is None or mention.kind == "pronoun" and mention.text.lower() in ("it", "this", "that"):
            continue
        if m.groupdict().get("prep") == "in" and mention.head not in document_words():
            continue  # ("It was stated in court that ...": where, not who)
        cue = m.group("cue")
        lemma = _QUOTING_LEMMAS.get(cue) or reporting_verb_forms().get(cue.split()[0], (cue,))[0]
        doc.add("indirect", [(m.end(), end_b)], mention, cue, lemma)
    if quoted:
        by_start: dict[int, list[dict]] = {}
        for row in doc.rows:
            by_start.setdefault(row["char_start"], []).append(row)
        for a, b, active in quoted:
            _quoted_speaker(doc, by_start, a, b, active)


def _subject(text: str, a: int, b: int):
    """The speaker ``text[a:b]`` names; with a post between commas ("Ri Chol-min, a secretary of
    the committee,") the phrase as a speaker before a cue reads it."""
    mention = parse_speaker(text[a:b], a)
    if mention is None and "," in text[a:b]:
        mention = speaker_before(text, a, b)[0]
    return mention


#: a colon and an opening quotation mark after "as saying"
_OPENING_RE = re.compile(r"[:\s]*[\"\u201c\u2018'\u00ab]?")


def _quoted_speaker(doc: Doc, by_start: dict, a: int, b: int, active: re.Match) -> None:
    """'The agency quoted X as saying the navy would be "expanded"': the statement read from
    the quotation's sentence is X's, not the agency's that reports it."""
    mention = _subject(doc.text, active.start("subject"), active.end("subject"))
    if mention is None or mention.kind == "pronoun":
        return
    # (the statement right after "as saying" only, or after its colon and opening mark
    # ('as saying: "..."'): a participle after it, ', adding that it had seen the contract',
    # is the reporter's)
    opening = _OPENING_RE.match(doc.text, active.end())
    last = max(active.end() + 1, opening.end() if opening is not None else 0)
    for k in range(active.end() - 1, last + 1):
        for row in by_start.get(k, ()):
            if row["mention"].start is not None and a <= row["mention"].start < active.start():
                row["mention"] = mention
                return
