"""A quoted title in the adverbial phrase that opens a sentence ('On the radio show "Morning
Talk," Lund said that ...', 'Speaking on "Evening News," Berg said, "..."'): the title is
where the speaker spoke, not their words, so the attribution after it belongs to the rest of
the sentence (PolNeAR's content there is the clause or quotation after the cue)."""

from __future__ import annotations

import re

__all__ = ["title_in_lead"]

#: a title's words: capitalised, a number, or one of the small words titles keep in lower case
_SMALL = frozenset("a an and at by for from in of on or the to with".split())
#: the phrase before the title opens with a preposition or a participle ('On', 'Appearing on')
#: and holds no clause break ('On the radio show', 'In an interview with NRK's')
_LEAD_RE = re.compile(
    r"\s*(?:On|In|At|During|From|After|Before|Speaking|Appearing|Writing|Interviewed|Asked)\s[^.!?;:,]*$"
)
#: most words a title is given here ("Fox News Sunday", "Meet the Press")
MAX_TITLE_WORDS = 8


def title_in_lead(text: str, sentence_start: int, open_mark: int, close_mark: int) -> bool:
    """The passage between the marks is a title (capitalised words) and the words from the
    sentence's start to the opening mark are a prepositional or participial lead-in."""
    words = text[open_mark + 1 : close_mark].strip().rstrip(",.").split()
    if not 0 < len(words) <= MAX_TITLE_WORDS or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL for w in words):
        return False
    return _LEAD_RE.fullmatch(text, sentence_start, open_mark) is not None
