"""Headlines that put a name before a quoted line in title case ('Harbour Master Lund:
'We Will Not Close The North Pier'.'): the article's title for a statement, not one.

PolNeAR train: of 10 such paragraphs (single curly marks, a name and a colon before them), 2
overlap an annotated statement and 1 matches it; the statement itself stands in the body.
"""

from __future__ import annotations

import re

from ._cues import n_words

#: the head: a short phrase ending in a colon, opening the paragraph, with no sentence end
_HEAD_RE = re.compile(r"[^.!?:;\"\u201c\u201d\u2018\u2019\n]{1,80}:\s*")
_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")
#: at most this many words may follow the closing mark ('...' To Ask For A Raise.)
MAX_TAIL_WORDS = 10


def headline_quote(text: str, para: tuple[int, int], open_mark: int | None, close_mark: int | None) -> bool:
    """The quotation in single curly marks after a colon head opens its one-line paragraph,
    its words are mostly capitalised and run as one phrase (no inner sentence or comma
    break), and little follows it: a headline."""
    ps, pe = para
    if open_mark is None or close_mark is None or text[open_mark] != "\u2018":
        return False
    if _HEAD_RE.fullmatch(text, ps, open_mark) is None or "\n" in text[close_mark:pe].strip():
        return False
    if n_words(text[close_mark + 1 : pe]) > MAX_TAIL_WORDS:
        return False
    quote = text[open_mark + 1 : close_mark].rstrip().rstrip(".!?")
    if re.search(r"[.!?,;:]\s", quote):
        return False  # a sentence break or a comma inside: quoted speech, not a title
    words = [w for w in _WORD_RE.findall(quote) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)
