"""A quotation opened inside a relative clause set off after the sentence's subject ('The
agent of the singer, who called the tour "her best ever", confirmed the dates'): the verb
after its closing mark is the subject's own predicate, no inverted attribution of the
quotation ('"...," confirmed the dates' would make "the dates" its speaker); and the words
before such a verb, the subject and its whole aside, are no content it reports."""

from __future__ import annotations

import re

__all__ = ["opens_in_relative_aside", "subject_and_relative_aside"]

#: the sentence's subject, its comma, "who" or "which" and the clause up to the mark, with
#: no other comma, clause break or mark (the aside still open at the quotation)
_OPEN_ASIDE_RE = re.compile(r"[^,;:\"\u201c\u201d]{2,80},\s+(?:who|which)\s+[^,;:\"\u201c\u201d]{2,80}")


def opens_in_relative_aside(text: str, sentence_start: int | None, open_mark: int) -> bool:
    """Whether the quotation opening at ``open_mark`` lies in a relative aside after the
    subject of the sentence starting at ``sentence_start``."""
    if sentence_start is None:
        return False
    return _OPEN_ASIDE_RE.fullmatch(text, sentence_start, open_mark) is not None


#: the subject, its comma, and a relative aside of words and quotations up to a comma of its
#: own: no comma inside but a quotation's ("The plan, which was approved in March, will
#: cost millions, said Lee" is a statement and its inverted attribution)
_SUBJECT_AND_ASIDE_RE = re.compile(
    r"[^,;:\"\u201c\u201d]{2,80},\s+(?:who|which)\s+"
    r"(?:[^,;:\"\u201c\u201d]|\"[^\"]{1,200}\"|\u201c[^\u201d]{1,200}\u201d)+,\s*"
)


def subject_and_relative_aside(text: str, a: int, k: int) -> bool:
    """Whether ``text[a:k]`` is a subject and a relative aside set off by commas ('The coach
    of the visitors, who called the pitch "a ploughed field",'): the verb at ``k`` is the
    subject's, not an inverted attribution of the words before it."""
    return _SUBJECT_AND_ASIDE_RE.fullmatch(text, a, k) is not None
