"""Reading a text's characters around an offset without copying it: a slice such as
``text[:end].rstrip()`` per quotation, name or cue copies the text up to there, which is
quadratic on a long paragraph (one line of megabytes)."""

from __future__ import annotations

__all__ = ["first_char", "last_char", "stripped_end"]


def first_char(text: str, k: int, limit: int) -> str:
    """The first character from ``k`` before ``limit`` that is not whitespace ("" if none):
    ``text[k:limit].lstrip()[:1]``."""
    limit = min(limit, len(text))
    while k < limit and text[k].isspace():
        k += 1
    return text[k] if k < limit else ""


def last_char(text: str, end: int) -> str:
    """The last character before ``end`` that is not whitespace ("" if none):
    ``text[:end].rstrip()[-1:]``."""
    k = stripped_end(text, end)
    return text[k - 1] if k > 0 else ""


def stripped_end(text: str, end: int, chars: str | None = None) -> int:
    """``len(text[:end].rstrip(chars))``: ``end`` moved back over whitespace (or over
    ``chars``)."""
    k = min(end, len(text))
    if chars is None:
        while k > 0 and text[k - 1].isspace():
            k -= 1
    else:
        while k > 0 and text[k - 1] in chars:
            k -= 1
    return k
