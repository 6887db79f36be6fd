"""A nickname in quotation marks inside a person's name ('Mayor Rodolfo "Boy" Macaraeg said
...', 'Kwame "KK" Mensah, a trader,'): part of the name, no quoted passage of anyone's."""

from __future__ import annotations

import re

from ._letters import LOWER, UPPER
from ._marks import QuotedSpan

__all__ = ["after_nickname", "is_nickname", "nickname_end"]

#: the passage: one to three capitalised words, no punctuation but a word's own
_NICK_RE = re.compile(r"[" + UPPER + r"][\w'\u2019.-]*(?: [" + UPPER + r"][\w'\u2019.-]*){0,2}")
#: the given name right before the opening mark (one space between)
_GIVEN_BEFORE_RE = re.compile(r"(?<![\w'\u2019-])[" + UPPER + r"][" + LOWER + r"'\u2019-]+ $")
#: the surname after the closing mark (one or two capitalised words), then no more of a title
#: in capitals: a lower-case word, a comma or the sentence's end
_SURNAME_AFTER_RE = re.compile(
    r" [" + UPPER + r"][\w'\u2019-]+(?: [" + UPPER + r"][\w'\u2019-]+)?(?=[,;:.!?)]|\s+[a-z]|\s*$)"
)
#: a short passage in double marks, straight or curly
_MARKED_RE = re.compile('["\u201c][^"\u201c\u201d\n]{1,40}["\u201d]')
#: a word in lower case of four letters or more: copy, not a headline's title case
_LOWER_WORD_RE = re.compile(r"(?<![\w'\u2019-])[a-z]{4,}\b")


#: "known as" (with an adverb or "to his regulars" between) right before the opening mark,
#: after a comma: an alias set off after a name ('Ann Roe, popularly known as "Big Annie",')
_KNOWN_AS_RE = re.compile(r",\s+(?:[a-z]+ly\s+)?known\s+(?:[\w'\u2019]+\s+){0,4}?as\s+$")


def is_nickname(text: str, sp: QuotedSpan, paragraph: tuple[int, int]) -> bool:
    """The passage stands between a given name and a surname, in a paragraph of running copy,
    or is an alias set off after a name by "known as" and closed by a comma."""
    a, b = sp.open_mark, sp.close_mark
    if a is None or b is None or not _NICK_RE.fullmatch(text, a + 1, b):
        return False
    if (text[b + 1 : b + 2] == "," or text[b - 1 : b] == ",") and _KNOWN_AS_RE.search(
        text, max(paragraph[0], a - 50), a
    ) is not None:
        return True
    if _GIVEN_BEFORE_RE.search(text, max(paragraph[0], a - 30), a) is None:
        return False
    if _SURNAME_AFTER_RE.match(text, b + 1, min(paragraph[1], b + 60)) is None:
        return False
    # ('Lund Calls Plan "Reckless" Ahead of Vote': a headline's words, no name)
    return len(_LOWER_WORD_RE.findall(text, paragraph[0], paragraph[1])) >= 2


def after_nickname(text: str, a: int, b: int, paragraph: tuple[int, int]) -> int:
    """Where the name goes on past a nickname in marks in ``text[a:b]``, a speaker's phrase
    ('"...," Rodolfo "Boy" Macaraeg said': at "Macaraeg", the name the text gives in full
    without the nickname); ``a`` when there is none."""
    m = _MARKED_RE.search(text, a, b)
    return a if m is None else nickname_end(text, m.start(), paragraph) or a


def nickname_end(text: str, k: int, paragraph: tuple[int, int]) -> int | None:
    """The end of a nickname whose opening mark is at ``k`` (the name goes on there), else None:
    a sentence's end looked for past it, which the mark is not."""
    m = _MARKED_RE.match(text, k, paragraph[1])
    if m is None:
        return None
    sp = QuotedSpan(m.start() + 1, m.end() - 1, m.start(), m.end() - 1)
    return m.end() if is_nickname(text, sp, paragraph) else None
