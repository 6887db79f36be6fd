"""Which short lines carry a date or a time (sig.is_dated), for the lines of a page at once.

sig.is_dated runs up to six searches on a line. CPython's ``re`` costs about a thousand
instructions a call and, scanning, tens a character (a Unicode category such as ``\\d`` is a
call per character): a short line with a digit cost about 30,000 instructions. Here

* the searches start where a match can: led by a digit, the "\\b" before it a look-behind, a
  search skips to the next digit (an "\\b" first was a match attempt at every character);
* ASCII lines (nearly every short line with a digit) are joined and searched once for the
  digit-led shapes, in ASCII mode, where ``\\d``, ``\\w``, ``\\b`` and case-blind letters match
  ASCII text as in Unicode mode and each is a table look-up; ``\\s`` is written out as
  ASCII_SPACE, without the "\\n" that joins the lines;
* the month-first shape ("Nov 19") is searched only in lines with a white space before a digit,
  the relative words ("Updated") only in lines that hold a part of one.

Tests check each form against the signals' patterns on random lines.
"""

from __future__ import annotations

import re

import numpy as np

from ..text import alternation
from . import _signals as sig
from ._joined import hit_lines, regex_find, starts

#: Case-blind months, as a trie (same strings as sig.MONTH_DATE_RE's alternation, walked a
#: character at a time), and its two shapes as separate searches: "Nov 19", "19 de novembro".
MONTH_NAMES = alternation(sig.MONTHS.split("|"))
MONTH_DATE_RES = (
    re.compile(rf"(?i)\b{MONTH_NAMES}\.?\s+\d{{1,2}}\b"),
    re.compile(rf"(?i)\d(?<!\w\d)\d?\.?\s+(?:de\s+)?{MONTH_NAMES}\b"),
)
#: sig.TIME_RE and sig.NUM_DATE_RE, and MONTH_DATE_RES[1] above, led by their first digit.
TIME_FAST_RE = re.compile(r"\d(?<!\w\d)\d?:\d{2}\b")
NUM_DATE_FAST_RE = re.compile(
    r"\d(?<!\w\d)(?:\d?[./\-]\d{1,2}[./\-]\d{2,4}|\d{3}[./\-]\d{1,2}[./\-]\d{1,2})\b"
)
#: A whitespace before a digit: MONTH_DATE_RES[0] ("Nov 19") cannot match a line without one.
SPACE_DIGIT_RE = re.compile(r"\s\d")
#: A substring (casefolded) of each of sig.RELATIVE_WORDS without a letter that a case-blind
#: search matches in more than its two cases (i, k, s).
RELATIVE_GATES = ("ted", "hed", "ado", "ено", "ано")

#: What ``\\s`` matches in ASCII text (str.isspace), but "\\n".
ASCII_SPACE = r"[\t\x0b\x0c\r\x1c-\x1f ]"
#: The month names an ASCII line can hold.
ASCII_MONTHS = alternation(m for m in sig.MONTHS.split("|") if m.isascii())
#: In ASCII lines: a time, a numeric date, "19 de novembro" and "5 min ago" (sig.RELATIVE_TIME_RE's
#: first shape), each led by its first digit.
ASCII_DIGIT_DATE_RE = re.compile(
    rf"""\d(?<!\w\d)(?:
        \d?:\d{{2}}\b
        |(?:\d?[./\-]\d{{1,2}}[./\-]\d{{2,4}}|\d{{3}}[./\-]\d{{1,2}}[./\-]\d{{1,2}})\b
        |(?i:\d?\.?{ASCII_SPACE}+(?:de{ASCII_SPACE}+)?{ASCII_MONTHS}\b)
        |(?i:\d*{ASCII_SPACE}*(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?){ASCII_SPACE}+ago\b)
    )""",
    re.ASCII | re.VERBOSE,  # verbose: the lines' breaks and indents are no part of it
)
ASCII_MONTH_DATE_RE = re.compile(rf"(?i)\b{ASCII_MONTHS}\.?{ASCII_SPACE}+\d{{1,2}}\b", re.ASCII)
ASCII_RELATIVE_RE = re.compile(
    r"(?i)\b(?:" + "|".join(w for w in sig.RELATIVE_WORDS if w.isascii()) + r")\b", re.ASCII
)


def dated(text: str, digit: bool, relative_word: bool) -> bool:
    """sig.is_dated of a short line, given whether it has a digit and whether it may hold one of
    sig.RELATIVE_WORDS (a digit-free line matches RELATIVE_TIME_RE only by one of those)."""
    if not digit:
        return relative_word and sig.RELATIVE_TIME_RE.search(text) is not None
    return bool(
        TIME_FAST_RE.search(text)
        or NUM_DATE_FAST_RE.search(text)
        or MONTH_DATE_RES[1].search(text)
        or (SPACE_DIGIT_RE.search(text) and MONTH_DATE_RES[0].search(text))
        or (not text.isascii() and sig.CJK_DATE_RE.search(text))  # 年, 月, 년, 월 are not ASCII
        or ((relative_word or "ago" in text.lower()) and sig.RELATIVE_TIME_RE.search(text))  # "5 min ago"
    )


def dated_lines(lines: list[str], digit: list[bool], relative: set[int]) -> set[int]:
    """Indexes of the ``lines`` (short, without "\\n") that sig.is_dated, given which have a digit
    and which may hold one of sig.RELATIVE_WORDS (``relative``, by RELATIVE_GATES)."""
    candidates = sorted(relative.union(np.flatnonzero(digit).tolist()))
    plain = [j for j in candidates if lines[j].isascii()]
    found = {j for j in candidates if not lines[j].isascii() and dated(lines[j], digit[j], j in relative)}
    texts = [lines[j] for j in plain]
    hits = hit_lines(regex_find(ASCII_DIGIT_DATE_RE, "\n".join(texts)), starts(texts))
    found.update(plain[k] for k in hits)
    for j in plain:
        if j in found:
            continue
        text = lines[j]
        if (digit[j] and SPACE_DIGIT_RE.search(text) and ASCII_MONTH_DATE_RE.search(text)) or (
            j in relative and ASCII_RELATIVE_RE.search(text)
        ):
            found.add(j)
    return found
