"""A surname that is also a common word ("Will", "May", "Long") read as the speaker of the cue
right after it, when the document names that person in full ("which Will claims ...")."""

from __future__ import annotations

import re

from ._mentions import Mention
from ._name_forms import fullest_name
from ._names import gender_of, is_name_token, speaker_words

#: a capitalised word closing the phrase before the cue, after a lower-case word or a comma
#: (so never a sentence's first word, whose capital says nothing)
_LAST_WORD_RE = re.compile(r"(?:^|[a-z,]\s+)([A-Z][a-z]+)\s+$")

#: a finite cue ("claims", "said", "wrote"): after a modal the verb would be bare ("will claim"),
#: so the word before a finite cue is its subject
_FINITE_CUE_RE = re.compile(r"[a-z]+(?:s|ed)\b|(?:said|wrote|told|thought|spoke)\b")


def word_surname(text: str, a: int, b: int) -> Mention | None:
    """The one-word surname ending ``text[a:b]`` (the cue starts at ``b``) that the speaker
    lists read as a common word: a name only when the text also writes it after a known
    given name ("George Will", "Theresa May")."""
    found = _LAST_WORD_RE.search(text, max(a, b - 40), b)
    if found is None or _FINITE_CUE_RE.match(text, b) is None:
        return None
    word = found.group(1)
    words = speaker_words()
    if is_name_token(word, words):
        return None  # (an ordinary surname: the phrase readers had their chance at it)
    full = fullest_name(text, word).split()
    if len(full) < 2 or full[-1] != word or gender_of(full[:1], words) is None:
        return None
    return Mention("name", word, found.start(1), found.end(1), name=word)
