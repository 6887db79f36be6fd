"""Where a word or phrase stands as a whole word (``\\b<word>\\b``), found without a pattern."""

from __future__ import annotations

__all__ = ["word_starts"]


def _is_word_char(c: str) -> bool:
    """``\\w`` as the regex engine reads one character: alphanumeric or "_"."""
    return c.isalnum() or c == "_"


def word_starts(text: str, word: str, pos: int = 0, endpos: int | None = None) -> list[int]:
    """The starts of ``re.finditer(r"\\b" + re.escape(word) + r"\\b", text[:endpos], pos)``'s
    matches: each place ``str.find`` gives, its two boundaries tested as ``\\b`` tests them
    (the character before ``pos`` counts, none after ``endpos``). The words asked for are a
    text's heads, surnames and cues: a pattern compiled for each cost more than all its searches,
    and one that opens with ``\\b`` was tried at every position of the text."""
    end = len(text) if endpos is None else min(endpos, len(text))
    n = len(word)
    opens, closes = _is_word_char(word[0]), _is_word_char(word[-1])
    out = []
    find = text.find
    k = find(word, pos, end)
    while k >= 0:
        before = k > 0 and _is_word_char(text[k - 1])
        after = k + n < end and _is_word_char(text[k + n])
        if before != opens and after != closes:
            out.append(k)
            k = find(word, k + n, end)  # (matches do not overlap)
        else:
            k = find(word, k + 1, end)
    return out
