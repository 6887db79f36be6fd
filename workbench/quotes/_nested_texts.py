"""A text's finding inside a closing attribution ("The findings suggest that A, the authors
said."): the statement is the closing speaker's, whose words report the text; the text's own
cue opens no statement of its own (GUIDELINES.md: a nested statement is its outer source's).
"""

from __future__ import annotations

import re

from ._cues import n_words
from ._mentions import parse_speaker
from ._source_type import document_words

__all__ = ["text_inside_closing"]

#: the closing speaker's phrase after the clause's comma, up to the cue ("..., the authors")
_CLOSING_SPEAKER_RE = re.compile(r",\s+(?P<speaker>[^,;:\"\u201c\u201d]{2,60}?)\s*$")
#: the closing cues of a person's report
_CLOSING_LEMMAS = frozenset("say tell add write explain note".split())
#: words a closing cue may have after it ("said on Monday", "told the BBC")
MAX_WORDS_AFTER_CUE = 4


def text_inside_closing(
    text: str, a: int, cue: re.Match, last: re.Match, last_lemma: str, end_b: int
) -> bool:
    """Whether the sentence ``text[a:end_b]`` opens with a text as the subject of ``cue`` and
    ends with a person's closing attribution at ``last`` ("..., the authors said.")."""
    if last_lemma not in _CLOSING_LEMMAS or last.start() <= cue.end():
        return False
    if n_words(text[last.end() : end_b]) > MAX_WORDS_AFTER_CUE:
        return False
    closing = _CLOSING_SPEAKER_RE.search(text, cue.end(), last.start())
    if closing is None:
        return False
    speaker = parse_speaker(closing.group("speaker"))
    if speaker is None or _is_text(speaker):
        return False
    subject = parse_speaker(text[a : cue.start()].strip())
    return subject is not None and _is_text(subject)


def _is_text(m) -> bool:
    return bool(m.document) or (m.head or "").lower() in document_words()
