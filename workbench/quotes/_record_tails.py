"""A closing "according to" that names a record of the speaker's own words ('"...," the
captain said on the radio, according to a recording', 'The firm said ..., according to a
statement'): the record says how the writer knows the words, it reports nobody else's
account of them, so the speaker of the sentence's speech clause keeps the statement (an
outlet, a report or an account after "according to" stays the outer source:
``_outer_source``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clauses import has_verb

if TYPE_CHECKING:
    from ._doc import Doc

#: a determiner or a possessive opening the record's noun phrase
_DET = r"(?:(?:a|an|the|his|her|its|their|this|that)\s+)?"
#: a modifier before the record's noun ("an audio", "a White House", "the firm's"), no
#: preposition ("a report with a statement" is a report)
_MODIFIER = r"(?:(?!(?:of|from|by|on|in|at|with|for|to|and|or)\s)[\w'\u2019.-]+\s+)"
_RECORD_RE = re.compile(
    _DET + _MODIFIER + r"{0,3}?"
    # ("a copy of the remarks", "the text of her speech": the words themselves)
    r"(?:(?:copy|text|version|excerpts?|part)\s+of\s+" + _DET + _MODIFIER + r"{0,2}?)?"
    r"(?:statements?|recordings?|transcripts?|readouts?|videos?|videotapes?|footage|audio|tapes?|clips?|minutes|"
    r"remarks|speech|(?<=press\s)release|(?<=news\s)release|"
    # the speaker's own writing, or the papers of a case that set down what was said
    r"e-?mails?|letters?|memos?|memorandum|messages?|posts?|tweets?|notes|"
    r"documents|papers|records|filings?|affidavits?|testimony|"
    # counts that a number of the clause comes from ("The firm said it expected $1.4bn, below
    # the $1.5bn analysts had forecast, according to LSEG data"): the source of a figure,
    # no account of the speaker's words
    r"data|figures|statistics|estimates)"
    # the noun ends the phrase: what follows modifies it ("a video posted online", "a
    # statement Monday"), it is no modifier of another noun ("a video game maker")
    r"(?=\s*$|,|\s+(?:of|from|by|on|in|at|to|with|for|released|issued|posted|published|obtained|seen|heard|"
    r"reviewed|aired|broadcast|shared|made|provided|filed|circulated|that|which|late|early|last|earlier|"
    r"[A-Z][a-z]+day)\b)"
)


#: the records of spoken words among them: what was said set down as it was said
_SPOKEN_RE = re.compile(
    r"(?:recordings?|transcripts?|readouts?|videos?|videotapes?|footage|audio|tapes?|clips?|minutes|remarks|speech|"
    r"testimony)\b"
    # the papers of a case, which set down what a party told investigators or the court
    # ("According to court papers, X told investigators he ...": X's, GUIDELINES.md)
    r"|(?:court|case|charging|police|trial)\s+(?:papers|documents|records|filings?)\b"
)


def names_record(text: str, k: int, e: int, *, spoken: bool = False) -> bool:
    """Whether the source ``text[k:e]`` after "according to" is a text or a recording of
    someone's words (a statement, a transcript, a video, the minutes), not an outlet's or a
    report's account of them; with ``spoken``, a record of spoken words only (a transcript,
    a recording, the minutes), not a writing that may be another's (a post, a letter)."""
    m = _RECORD_RE.match(text, k, e)
    return m is not None and (not spoken or _SPOKEN_RE.search(text, k, m.end()) is not None)


def reads_to_tail(doc: Doc, n: int, tail: int) -> bool:
    """Whether a statement added since row ``n`` is the clause's own, the tail right after
    it or its attribution ("The firm said A", "A, officials said"), no other verb between:
    not a speech clause's statement inside a relative clause ("The man who police say
    attacked the guard is 45": the record's statement)."""
    for row in doc.rows[n:]:
        gap = doc.text[row["char_end"] : tail]
        cue = row["cue"]
        if isinstance(cue, str):
            gap = gap.replace(cue, " ", 1)
        if not has_verb(gap):
            return True
    return False
