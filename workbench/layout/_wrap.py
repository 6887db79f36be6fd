"""Hard-wrapped paragraphs: a paragraph broken over several lines mid-sentence (text copied
from a fixed-width page, an e-mail or a terminal) is one paragraph, not one block a line.

:func:`wrapped_runs` finds the runs of lines that are one paragraph, from the shape of the
line breaks alone (no word lists: any language with letter case):

* the line before a break is long but not past a wrap width (40 to 110 characters, six words
  or more) and does not end a sentence (no final ``. ! ? …`` or ``:`` after any closing mark);
* a clear break: the next line starts in lower case, or the line ends with a comma, a
  semicolon or a hyphen; a page needs one, and most of its breaks not at a comma (verse and
  lists break at commas);
* the page's wrap width is its longest line before a break; a page of one line a paragraph
  has more lines longer than that than lines in the runs, and is left alone;
* on a wrapped page, a break after a lower-case word before a capital also joins, and so does
  one at a sentence's end where the line fills the width and the next word would not fit;
* a run joins only if it ends a sentence, and only at breaks where the next line's first word
  would not have fitted on the line (the widest line of the run shows the width);
* lines with a run of spaces or a tab (tables, menus, counters) or that open with a bullet
  are never joined: they are laid out, not wrapped.

Everything is a few string operations a line, linear in the input.
"""

from __future__ import annotations

#: A wrapped line is at least this long (wrap widths are 60 to 80 characters; a title or a
#: line of verse that ends without a stop is shorter than most).
WRAP_MIN_CHARS = 40
#: A longer line is not hard-wrapped (wrappers fill 60 to 80 characters, some up to 100): a
#: page of one line a paragraph whose line breaks mid-sentence is the page's own layout.
WRAP_MAX_CHARS = 110
#: ... and holds at least this many words.
WRAP_MIN_WORDS = 6
#: A line no longer than the page's wrap width minus this is not near it.
WIDTH_SLACK = 12
#: Characters that end a sentence or a clause the next line does not continue.
FINAL = frozenset(".!?…:")
#: Closing quotes and brackets stripped before the last character is looked at.
CLOSERS = "\"'”’»)]“‘"
#: Opening quotes and brackets a wrapped line may start with.
OPENERS = "\"'“‘«„("
#: A next word this much shorter than the room left still counts as not fitting (wrappers
#: count a trailing space, some leave a margin).
FIT_SLACK = 2
#: Kinds of line break (:func:`_break_kind`).
CLEAR, AFTER_WORD, AFTER_STOP = 1, 2, 3
#: A line that opens with one of these is a list item or a bullet.
BULLETS = frozenset("-–—•*·▪►>|")


def _laid_out(line: str) -> bool:
    """A table row, menu or counter line (spaces used for layout) or a list item."""
    return "  " in line or "\t" in line or line[0] in BULLETS


def _ends_sentence(line: str) -> bool:
    end = line.rstrip(CLOSERS) or line
    return end[-1] in FINAL and end[-1] != ":"


def _break_kind(a: str, b: str) -> int:
    """How the break between stripped non-blank lines ``a`` and ``b`` looks: CLEAR, AFTER_WORD
    (a lower-case word, then a new line that may start anything), AFTER_STOP (a sentence ends at
    the break) or 0 (no wrap: a short line, a colon, a laid-out line)."""
    if not WRAP_MIN_CHARS <= len(a) <= WRAP_MAX_CHARS or len(b) > WRAP_MAX_CHARS + FIT_SLACK:
        return 0
    if a.count(" ") + 1 < WRAP_MIN_WORDS or _laid_out(a) or _laid_out(b):
        return 0
    end = a.rstrip(CLOSERS) or a
    last = end[-1]
    first = b[0]
    if last in FINAL:
        return AFTER_STOP if last != ":" and (first.isupper() or first in OPENERS) else 0
    if first.islower() or last in ",;-":
        return CLEAR
    if last.islower() and a == end and (first.isupper() or first.isdigit() or first in OPENERS):
        return AFTER_WORD
    return 0


def _chains(kinds: list[int], stripped: list[str], joins: tuple[int, ...]) -> list[tuple[int, int]]:
    """Runs of lines joined by breaks of the kinds ``joins`` whose last line ends a sentence (a
    list of headlines, menu words or code lines does not, nor does a title over a byline)."""
    runs = []
    i, n = 0, len(kinds)
    while i < n - 1:
        if kinds[i] in joins:
            j = i
            while j < n - 1 and kinds[j] in joins:
                j += 1
            if _ends_sentence(stripped[j]):
                runs.append((i, j))
            i = j + 1
        else:
            i += 1
    return runs


def wrapped_runs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) indexes into ``lines`` of each run of two or more lines that is one
    hard-wrapped paragraph, in order."""
    stripped = [line.strip() for line in lines]
    kinds = [0] * len(lines)
    found: list[int] = []
    for i in range(len(lines) - 1):
        a, b = stripped[i], stripped[i + 1]
        if len(a) >= WRAP_MIN_CHARS and b:
            k = _break_kind(a, b)
            if k:
                kinds[i] = k
                found.append(i)
    runs = _chains(kinds, stripped, (CLEAR, AFTER_WORD))
    if not runs:
        return []
    broken = [i for a, b in runs for i in range(a, b)]
    n_clear = sum(kinds[i] == CLEAR for i in broken)
    # prose wraps mostly between words; verse and lists break mostly at a comma or semicolon
    punctuated = sum((stripped[i].rstrip(CLOSERS) or "x")[-1] in ",;" for i in broken)
    if 2 * punctuated > len(broken):
        return []
    if not n_clear:
        return []  # breaks after a word alone: headlines over their standfirsts
    # the wrap width: the longest line before a break (a paragraph's lines fill it); a wrapped
    # page has few lines longer than that, a page of one line a paragraph has its paragraphs
    width = max(len(stripped[i]) for i in broken)
    over = sum(len(t) > width + FIT_SLACK for t in stripped)
    if over >= len(broken) + len(runs):
        return []
    # at a sentence's end, a wrap when the line fills the wrap width and the next line's first
    # word would not have fitted
    for i in found:
        if kinds[i] == AFTER_STOP:
            n = len(stripped[i])
            word = stripped[i + 1].split(" ", 1)[0]
            if width - WIDTH_SLACK < n <= width < n + 1 + len(word) + FIT_SLACK:
                kinds[i] = CLEAR
    for i in found:  # the next line fits in the width too
        if len(stripped[i + 1]) > width + FIT_SLACK:
            kinds[i] = 0
    # in a paragraph, every break is where the next word would not have fitted: a break the
    # next word would fit before (the widest line of the run shows the width) is verse or a list
    for first, last in _chains(kinds, stripped, (CLEAR, AFTER_WORD)):
        run_width = max(len(stripped[i]) for i in range(first, last))
        for i in range(first, last):
            if len(stripped[i]) + 1 + len(stripped[i + 1].split(" ", 1)[0]) <= run_width:
                kinds[i] = 0
    return _chains(kinds, stripped, (CLEAR, AFTER_WORD))
