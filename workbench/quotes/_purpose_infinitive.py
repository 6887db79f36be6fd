"""A speech verb's infinitive of purpose after an act of the subject's: "The club took to
social media to say the match was off", "The head teacher wrote to parents to say ...",
"The minister went on television to insist that ...": the subject says what follows."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clauses import MIN_CONTENT_WORDS, PRONOUN_CLAUSE_RE
from ._cue_speakers import speaker_before
from ._cues import FINITE_RE, QUOTE_CHARS, cues_in, n_words, reporting_verb_forms
from ._names import speaker_words

if TYPE_CHECKING:
    from ._doc import Doc
    from ._mentions import Mention

__all__ = ["purpose_span", "purpose_statement"]

#: a completed act of reaching people, then words, "to" and a speech verb ("took to Twitter
#: to say", "wrote to parents to say", "went on television to insist", "called a press
#: conference to announce", "phoned the critic to insist"); not a wish or a refusal ("wanted
#: to say", "declined to say"), a demand ("called on ministers to say"), a seeming ("appeared
#: to confirm"), nor a time taken ("took a year to confirm")
#: the speech verbs of an infinitive of purpose
_PURPOSE_VERBS = "say|insist|warn|confirm|announce|explain|stress|complain|tell|remind|assure"
_PURPOSE_RE = re.compile(
    r"\b(?P<act>took\s+to|took\s+(?:the|this|that)\s+(?:opportunity|chance)|took\s+(?:[\w'\u2019-]+\s+){1,3}aside|"
    r"wrote|went\s+(?:on|to|online|back|over|out|as\s+far\s+as)\b|appeared\s+(?:on|in|at|before)\b|came\s+forward|rang|phoned|texted|emailed|"
    r"posted|spoke\s+out|stepped\s+forward|called(?!\s+(?:on|upon|for|in)\b)|"
    r"used\s+(?:a|an|the|his|her|their|its|this|that)\s+[\w\s-]{1,30}?)"
    r"(?:\s+(?!that\b)[\w'\u2019.-]+){0,6}?\s+to\s+(?P<verb>" + _PURPOSE_VERBS + r")"
    # whom a telling or warning verb addresses, before its "that"
    r"(?:(?:\s+(?!that\b)[\w'\u2019-]+){1,4}?(?=\s+that\b))?(?P<that>\s+that)?\s+"
)
#: the infinitive every match of _PURPOSE_RE has ("to say", "to warn")
_TO_VERB_RE = re.compile(r"\sto\s+(?:" + _PURPOSE_VERBS + ")")
#: no act took place: a negation, a modal, a condition or a passive before the act
_NOT_DONE_RE = re.compile(
    r"\b(?:not|never|n't|n\u2019t|could|would|might|should|may|must|will|if|unless|was|were|been|being)\b"
)
#: an attribution closing the sentence ("..., said Iris Bean", "..., a spokesman said")
_TRAILING_CUE_RE = re.compile(
    r",\s+(?:(?:said|says|added|told)\s|(?:[\w'\u2019.-]+\s+){1,4}(?:said|says|added|told)\W*$)"
)
#: words after "to say" that are no clause: a greeting, an apology, thanks
_NO_CLAUSE_RE = re.compile(r"(?:goodbye|farewell|hello|sorry|thanks|thank|a\s+few|some|a\s+word|grace)\b")


def purpose_statement(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """Add the statement of a speech verb's infinitive of purpose in the clause ``[a, end_b)``
    (``_PURPOSE_RE``); True if added. The speaker is the subject before the act."""
    text = doc.text
    found = _purpose(text, a, end_b)
    if found is None:
        return False
    m, mention = found
    content = text[m.end() : end_b]
    verb = m.group("verb")
    kind = "mixed" if any(c in content for c in QUOTE_CHARS) else "indirect"
    # the cue as written, "to say": an infinitive, not the bare present of "Critics argue"
    return doc.add(kind, [(m.end(), end_b)], mention, "to " + verb, verb)


def purpose_span(text: str, a: int, end_b: int) -> tuple[int, int] | None:
    """Where the act and the verb of an infinitive of purpose in ``[a, end_b)`` stand ("wrote a
    letter to the board to say", "emailed villagers to warn"): a cue there is read by
    :func:`purpose_statement`, not as a cue of its own; None if the clause has none."""
    found = _purpose(text, a, end_b)
    return (found[0].start("act"), found[0].end()) if found is not None else None


def _purpose(text: str, a: int, end_b: int) -> tuple[re.Match, Mention] | None:
    """The infinitive of purpose in ``[a, end_b)`` and its speaker, when it reports."""
    if text.find(" to ", a, end_b) < 0 or _TO_VERB_RE.search(text, a, end_b) is None:
        return None  # (most sentences: no search, which tried the pattern at every word)
    m = _PURPOSE_RE.search(text, a, end_b)
    if m is None or _NOT_DONE_RE.search(text, a, m.start("act")):
        return None
    content = text[m.end() : end_b]
    reported = any(
        c.group() != reporting_verb_forms()[c.group()][0] for c in cues_in(text, a, m.start("act"))
    )
    if reported or _TRAILING_CUE_RE.search(content):
        # ('He wrote that the council called the police to warn ...': a report holds the act,
        # an inflected cue before it, not a bare one that is a noun as often, "The report";
        # '... to say the tree was dangerous, said Iris Bean': a cue after it reports the whole)
        return None
    if (
        n_words(content) < MIN_CONTENT_WORDS
        or _NO_CLAUSE_RE.match(content)
        or not (m.group("that") or PRONOUN_CLAUSE_RE.match(" " + content) or FINITE_RE.search(content))
    ):
        return None  # ("went to the church to say goodbye to the retired vicar": no clause)
    mention, _ = speaker_before(text, a, m.start("act"), subject=True)
    return (m, mention) if mention is not None and _speaks(mention) else None


def _speaks(mention: Mention | None) -> bool:
    """A person, a group of people or an organisation: not a device or a measure ("Alarms
    went off to warn that ...", "The bell rang to announce ...")."""
    if mention is None:
        return False
    if mention.kind in ("pronoun", "organisation"):
        return True
    if mention.kind == "name":
        return len(mention.text.split()) > 1 or not mention.text.endswith("s")
    # (any noun but a thing that shows or measures: "The bakery posted on Instagram to say")
    return mention.kind == "descriptor" and (mention.head or "").lower() not in speaker_words()["evidence"]
