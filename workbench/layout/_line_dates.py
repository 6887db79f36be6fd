"""Which short lines carry a date or a time (sig.is_dated), for the lines of a page at once.

sig.is_dated runs up to six searches on a line. CPython's ``re`` costs about a thousand
instructions a call and, scanning, tens a character (a Unicode category such as ``\\d`` is a
call per character): a short line with a digit cost about 30,000 instructions. Here the lines
with a digit (or a part of a relative word) are joined, ASCII lines apart from the others, and
searched once by each of three patterns that match a line where is_dated's do:

* the shapes that start with a digit (a time, a numeric date, "19 de novembro", "5 min ago", a
  CJK date) in one pattern led by that digit, "\\b" before it a look-behind, so a search skips
  from digit to digit;
* the month-first shape ("Nov 19") led by the white space after the month: a look-ahead for
  the digits, then look-behinds for the month names of each length;
* the relative words ("Updated") only in the lines that hold a part of one.

On ASCII lines the patterns run in ASCII mode, where ``\\d``, ``\\w``, ``\\b`` and case-blind
letters match ASCII text as in Unicode mode and each is a table look-up. White space is
written out without the "\\n" that joins the lines. Tests check the patterns against the
signals' on random lines.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..text import alternation
from . import _signals as sig
from ._joined import hit_lines, regex_find, starts

#: A substring (casefolded) of each of sig.RELATIVE_WORDS without a letter that a case-blind
#: search matches in more than its two cases (i, k, s).
RELATIVE_GATES = ("ted", "hed", "ado", "ено", "ано")
#: What ``\\s`` matches in ASCII text (str.isspace), and in any text, but "\\n".
ASCII_SPACE = r"[\t\x0b\x0c\r\x1c-\x1f ]"
SPACE = r"[^\S\n]"
#: sig.RELATIVE_TIME_RE's units of time ("5 min ago").
UNITS = r"(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?)"


class DateForms(NamedTuple):
    """The three searches of :func:`dated_lines` for one kind of text."""

    digit_led: re.Pattern
    month_first: re.Pattern
    relative: re.Pattern


def date_forms(space: str, months: list[str], words: list[str], flags: int = 0) -> DateForms:
    """The searches for text whose white space (but "\\n") is ``space``, months and relative
    words those it can hold (CJK dates where a month is not ASCII). Possessive where what
    follows cannot match what a repeat would give back, so a failed try is not retried."""
    names = alternation(months)
    cjk = r"""
        |\d{{1,3}}{space}*[年년]{space}*\d{{1,2}}{space}*[月월]
        |\d?{space}*[月월]{space}*\d{{1,2}}{space}*[日일]"""
    digit_led = rf"""\d(?:
        (?<!\w\d)(?:
            \d?+:\d{{2}}\b
            |(?:\d?+[./\-]\d{{1,2}}+[./\-]\d{{2,4}}+|\d{{3}}[./\-]\d{{1,2}}+[./\-]\d{{1,2}}+)\b
            |(?i:\d?+\.?+{space}++(?:de{space}++)?{names}\b)
            |(?i:\d*+{space}*+{UNITS}{space}++ago\b)
        ){cjk.format(space=space) if not all(m.isascii() for m in months) else ""}
    )"""
    by_length: dict[int, list[str]] = {}
    for name in months:
        by_length.setdefault(len(name), []).append(name)
    behind = [
        rf"(?<=\b(?i:{alternation(group)}){dot}{space})"
        for _, group in sorted(by_length.items())
        for dot in ("", r"\.")
    ]
    month_first = rf"{space}(?={space}*+\d{{1,2}}+\b)(?:{'|'.join(behind)})"
    return DateForms(
        re.compile(digit_led, flags | re.VERBOSE),  # verbose: the breaks and indents are no part of it
        re.compile(month_first, flags),
        re.compile(r"(?i)\b(?:" + "|".join(words) + r")\b", flags),
    )


MONTHS = sig.MONTHS.split("|")
ASCII_FORMS = date_forms(
    ASCII_SPACE, [m for m in MONTHS if m.isascii()], [w for w in sig.RELATIVE_WORDS if w.isascii()], re.ASCII
)
FORMS = date_forms(SPACE, MONTHS, list(sig.RELATIVE_WORDS))


def dated_lines(lines: list[str], digit: list[int], relative: set[int]) -> set[int]:
    """Indexes of the ``lines`` (short, without "\\n") that sig.is_dated, given the indexes of
    those with a digit and of those that may hold one of sig.RELATIVE_WORDS (``relative``, by
    RELATIVE_GATES)."""
    candidates = sorted(relative.union(digit))
    plain = [j for j in candidates if lines[j].isascii()]
    found: set[int] = set()
    for forms, group in ((ASCII_FORMS, plain), (FORMS, sorted(set(candidates) - set(plain)))):
        if not group:
            continue
        texts = [lines[j] for j in group]
        joined, at = "\n".join(texts), starts(texts)
        for rx in (forms.digit_led, forms.month_first):
            found.update(group[k] for k in hit_lines(regex_find(rx, joined), at))
        found.update(j for j in group if j in relative and j not in found and forms.relative.search(lines[j]))
    return found
