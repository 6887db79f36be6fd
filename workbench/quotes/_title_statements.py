"""A statement in a text's title-case first sentence, its headline ("Harbour Chief Says
Ferry Fees Will Rise", "Ferry Fees Will Rise, Harbour Chief Says"): the cue is capitalised
there, so the sentence rules (lower-case cues) never read it.

PolNeAR annotates such headlines: on train this rule finds 21 statements, 18 of them
annotated ("Said" adds one, annotated: a noun's relative such as "17 Things Latinos Said"
has a subject longer than a speaker's). Headlines with "Calls", "Slams", "Reveals",
"Explains" or "Denies" after a subject hold none there (0 of 11) and are left out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._cues import n_words
from ._mention_type import Mention
from ._mentions import parse_speaker
from ._names import speaker_words

if TYPE_CHECKING:
    from ._doc import Doc

__all__ = ["title_statement"]

#: the capitalised cues of a headline statement, and their lemmas
_TITLE_CUES = {
    "Says": "say",
    "Tells": "tell",
    "Announces": "announce",
    "Promises": "promise",
    "Urges": "urge",
    "Claims": "claim",
    "Tweets": "tweet",
    "Said": "say",
}
_TITLE_CUE_RE = re.compile(r"(?<=\s)(?:" + "|".join(_TITLE_CUES) + r")(?=\s|\.$)")
#: adverbs between a headline's subject and its cue ("Sharpton Just Says")
_ADVERB_END_RE = re.compile(r"(?:\s+(?:Just|Now|Also|Again|Reportedly|Finally|Still))+$")
#: words that open no speaker: a subordinate clause or a pronoun ("If Obama Says It, ...")
_NOT_SPEAKER_RE = re.compile(r"(?:If|When|As|What|Why|How|Whatever|It|This|That)\b")
#: share of a headline's words that open with a capital (or a digit, a quotation mark)
MIN_TITLE_SHARE = 0.75
#: the lexicons whose nouns name a role, not a person: a headline's subject ending in one is
#: a descriptor
_ROLE_LEXICONS = ("heads", "titles", "person_nouns", "learned_heads")
#: words of a headline at least, and of its speaker at most
MIN_TITLE_WORDS = 5
MAX_TITLE_SPEAKER_WORDS = 6


def _title_case(sentence: str) -> bool:
    words = sentence.split()
    if len(words) < MIN_TITLE_WORDS:
        return False
    capital = sum(1 for w in words if not w[:1].islower())
    return capital >= MIN_TITLE_SHARE * len(words)


def _speaker(text: str, a: int, b: int) -> Mention | None:
    """The headline's subject ``text[a:b]`` as a speaker (title case reads as no name to
    ``parse_speaker``: then the words as written, a name)."""
    seg = text[a:b]
    adverbs = _ADVERB_END_RE.search(seg)
    if adverbs is not None:
        seg = seg[: adverbs.start()]
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if not seg or ":" in seg or n_words(seg) > MAX_TITLE_SPEAKER_WORDS or _NOT_SPEAKER_RE.match(seg):
        return None
    start = a + lead
    mention = parse_speaker(seg, start, lenient=True)
    if mention is not None:
        return mention
    low = seg.lower()
    head = low.rsplit(None, 1)[-1]
    words = speaker_words()
    if any(head in words[k] for k in _ROLE_LEXICONS):
        # "Police Chief Says ...": a role capitalised by the headline, no one's name
        return Mention("descriptor", seg, start, start + len(seg), name=low, role=low, head=head, number="sg")
    return Mention("name", seg, start, start + len(seg), name=seg)


def title_statement(doc: Doc) -> bool:
    """Add the statement of the text's first sentence when it is a title-case headline
    "X Says Y." or "Y, X Says."; True if one is added."""
    if not doc.sentences:
        return False
    a, b = doc.sentences[0]
    text = doc.text
    sentence = text[a:b].rstrip()
    if not sentence.endswith(".") or doc.covered(a, b) or not _title_case(sentence):
        return False
    end = a + len(sentence) - 1  # before the period
    cue = _TITLE_CUE_RE.search(text, a, end + 1)
    if cue is None:
        return False
    lemma = _TITLE_CUES[cue.group()]
    if cue.end() >= end:
        # "Y, X Says.": the content before the comma, the speaker after it
        comma = text.rfind(", ", a, cue.start())
        mention = _speaker(text, comma + 1, cue.start()) if comma > a else None
        parts = [(a, comma)]
    else:
        mention = _speaker(text, a, cue.start())
        parts = [(cue.end() + 1, end)]
    if mention is None or n_words(text[parts[0][0] : parts[0][1]]) < 2:
        return False
    return bool(doc.add("indirect", parts, mention, cue.group(), lemma))
