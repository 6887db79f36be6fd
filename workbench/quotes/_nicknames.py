"""A nickname in quotation marks inside a person's name ('Mayor Rodolfo "Boy" Macaraeg said
...', 'Kwame "KK" Mensah, a trader,'): part of the name, no quoted passage of anyone's."""

from __future__ import annotations

import re

from ._marks import QuotedSpan

__all__ = ["is_nickname"]

#: the passage: one to three capitalised words, no punctuation but a word's own
_NICK_RE = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019.-]*(?: [A-Z\u00c0-\u00de][\w'\u2019.-]*){0,2}")
#: the given name right before the opening mark (one space between)
_GIVEN_BEFORE_RE = re.compile(r"(?<![\w'\u2019-])[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019-]+ $")
#: the surname after the closing mark (one or two capitalised words), then no more of a title
#: in capitals: a lower-case word, a comma or the sentence's end
_SURNAME_AFTER_RE = re.compile(
    r" [A-Z\u00c0-\u00de][\w'\u2019-]+(?: [A-Z\u00c0-\u00de][\w'\u2019-]+)?(?=[,;:.!?)]|\s+[a-z]|\s*$)"
)
#: a word in lower case of four letters or more: copy, not a headline's title case
_LOWER_WORD_RE = re.compile(r"(?<![\w'\u2019-])[a-z]{4,}\b")


def is_nickname(text: str, sp: QuotedSpan, paragraph: tuple[int, int]) -> bool:
    """The passage stands between a given name and a surname, in a paragraph of running copy."""
    a, b = sp.open_mark, sp.close_mark
    if a is None or b is None or not _NICK_RE.fullmatch(text, a + 1, b):
        return False
    if _GIVEN_BEFORE_RE.search(text, max(paragraph[0], a - 30), a) is None:
        return False
    if _SURNAME_AFTER_RE.match(text, b + 1, min(paragraph[1], b + 60)) is None:
        return False
    # ('Lund Calls Plan "Reckless" Ahead of Vote': a headline's words, no name)
    return len(_LOWER_WORD_RE.findall(text, paragraph[0], paragraph[1])) >= 2
