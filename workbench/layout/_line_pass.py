"""The signals of every line of a document in one pass: :func:`line_infos`.

:func:`workbench.layout._signals.line_info` looks at one line; called line by line it cost a
Python call and a dozen regex searches per line, half of the layout stage's time. Here the
distinct lines of a document are examined together, and each value equals ``line_info``'s
(tests compare the two on written pages):

* character classes (word characters, CJK, digits, ASCII letters, letters of other scripts)
  come from one numpy lookup over the code points of the joined lines, summed per line, and
  the shapes made of a few classes in a row (a sentence boundary inside a line, the model's
  glued shape), a line's last character (sentence end, period, ellipsis) and the script of
  a line with non-ASCII letters are read from those classes with numpy
  (:mod:`workbench.layout._chars`);
* a regex with a rare necessary condition (a caption's hint word, a cue word, a digit, a
  byline's first letter) is searched only in the lines that meet it, the words found by
  substring scans of the joined text (:mod:`workbench.layout._joined`); a search that can
  start at a literal or a class (the "\\n" before a cue line) is written to start there; the
  dates of the short lines have their own module (:mod:`workbench.layout._line_dates`);
* the rest stays per line, in list comprehensions; :func:`line_table` also gives the model's
  columns of the lines (:mod:`workbench.layout._columns`), made from the distinct lines' values.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np

from . import _columns
from . import _signals as sig
from ._chars import CLOSE, ELLIPSIS, END, PERIOD, class_counts
from ._joined import hit_lines, regex_find, starts, starts_array, text_find
from ._line_dates import RELATIVE_GATES, dated_lines
from ._signals import CUE_STRIP, LineInfo

CAPTION_PART_RES = tuple((frozenset(hints), re.compile(p, re.IGNORECASE)) for hints, p in sig.CAPTION_PARTS)
#: Characters that a case-blind "i" matches but whose casefold holds no "i" ("ı", and the dot
#: "İ" leaves): a line with them is checked by the whole CAPTION_RE.
CASE_ODD = ("ı", "\u0307")


def _scanned_hints() -> tuple[str, ...]:
    """sig.CAPTION_HINTS but those that hold another hint that hints the same parts or more (a
    line with "imagem" holds "image"): the lines holding a hint, and the parts to try, stay."""
    parts = {
        h: {k for k, (hints, _) in enumerate(sig.CAPTION_PARTS) if h in hints} for h in sig.CAPTION_HINTS
    }
    return tuple(
        h
        for h in sig.CAPTION_HINTS
        if not any(g != h and g in h and parts[h] <= parts[g] for g in sig.CAPTION_HINTS)
    )


CAPTION_SCAN = _scanned_hints()
#: What a match of each of sig.CAPTION_PARTS needs in its line besides a hint (a test checks
#: each): a colon, a period or an ellipsis, a slash, or a ")" that ends it; None, nothing more.
#: A part's search costs thousands of instructions, these tests tens ("(" is in many lines).
CAPTION_PART_NEEDS = (
    lambda t: ":" in t or "." in t or "…" in t,
    lambda t: ":" in t or "..." in t or "…" in t,
    lambda t: ":" in t or "/" in t,
    lambda t: t.endswith(")"),
    None,
    None,
    None,
)


def captions(texts: list[str], folded: list[str] | None = None) -> list[bool]:
    """sig.is_caption of each text (stripped): its regex parts only where their hints occur;
    ``folded``: the casefolded texts of up to CAPTION_MAX_CHARS, in order, if the caller has them.
    The hints are searched in the joined lines."""
    out = [False] * len(texts)
    idx = [k for k, t in enumerate(texts) if len(t) <= sig.CAPTION_MAX_CHARS]
    if not idx:
        return out
    folded = [texts[k].casefold() for k in idx] if folded is None else folded
    low, line_at = "\n".join(folded), starts(folded)  # casefold can change lengths ("ß" -> "ss")
    hints: dict[int, set[str]] = {}
    for hint in CAPTION_SCAN:
        for j in hit_lines(text_find(low, hint), line_at):
            hints.setdefault(j, set()).add(hint)
    for j, found in hints.items():
        text = texts[idx[j]]
        if any(ch in folded[j] for ch in CASE_ODD):
            out[idx[j]] = sig.is_caption(text)
        else:
            out[idx[j]] = any(
                rx.search(text) is not None
                for (part, rx), need in zip(CAPTION_PART_RES, CAPTION_PART_NEEDS)
                if part & found and (need is None or need(text))
            )
    return out


def short_signals(
    short: list[str], digit: list[int], folded: list[str] | None = None
) -> tuple[list, list, list[bool], list[bool]]:
    """sig.cue_kind, sig.cue_word_kind, the counter shape and sig.is_dated of each short line
    (``digit``: the indexes of those with a digit; ``folded``: the casefolded lines, if the caller has
    them). cue_kind runs on the lines a cue phrase opens (after the characters it strips) or
    that have "©" or "all rights reserved"; cue_word_kind on the lines holding a cue word (one
    substring search of the joined lines for each of sig.word_gates);
    is_dated's case-blind word search on the lines with a substring of one of RELATIVE_WORDS
    (RELATIVE_GATES)."""
    n = len(short)
    cues: list[str | None] = [None] * n
    word_cues: list[str | None] = [None] * n
    counter, dated_ = [False] * n, [False] * n
    if not short:
        return cues, word_cues, counter, dated_
    folded = [t.casefold() for t in short] if folded is None else folded
    low = "\n".join(folded)
    line_at = starts(folded)  # casefold can change lengths ("ß" -> "ss")
    found = set(hit_lines(regex_find(_cue_start_re(), "\n" + low), line_at))
    for mark in ("©", "all rights reserved"):
        found.update(hit_lines(text_find(low, mark), line_at))
    for j in found:
        cues[j] = sig.cue_kind(short[j])
    pattern, kinds = sig.word_matcher()
    for j in {j for gate in sig.word_gates() for j in hit_lines(text_find(low, gate), line_at)}:
        if found_word := pattern.search(folded[j]):
            word_cues[j] = kinds[found_word.group()]
    relative = {j for gate in RELATIVE_GATES for j in hit_lines(text_find(low, gate), line_at)}
    for j in dated_lines(short, digit, relative):
        dated_[j] = True
    for j in digit:
        counter[j] = sig.COUNTER_RE.match(short[j]) is not None
    return cues, word_cues, counter, dated_


@lru_cache(maxsize=1)
def _cue_start_re() -> re.Pattern:
    """A cue phrase at the start of a line of a casefolded text joined by "\\n" and led by one,
    after the characters cue_kind strips (possessive: none given back). The match starts at the
    "\\n" before the line: a literal the search skips ahead to, where "^" (multi-line) was
    tried at every character."""
    return re.compile("\n[" + re.escape(CUE_STRIP) + "]*+" + sig.cue_matcher()[0].pattern)


def signal_columns(texts: list[str], counts: Counter) -> tuple[list, dict[str, np.ndarray]]:
    """LineInfo fields but the number, as lists over the distinct stripped non-blank lines
    ``texts``, and the model's columns of those lines (:mod:`workbench.layout._columns`)."""
    samples = [t[: sig.SCAN_CHARS] for t in texts]
    joined = "\n".join(samples)
    if joined.count("\n") != len(samples) - 1:  # a line holding "\n" (not from split_lines)
        infos = [sig.line_info(1, t, counts[t]) for t in texts]
        return [list(col) for col in list(zip(*infos))[1:]], _columns.from_infos(infos)
    at = starts_array(samples)
    chars = class_counts(joined, at)
    n = len(texts)
    size = [len(t) for t in texts]
    lens = np.fromiter(size, dtype=np.int64, count=n)
    long = np.flatnonzero(lens > sig.SCAN_CHARS).tolist()  # lines longer than their sample
    # casefolded line by line: an ASCII line (most) takes CPython's fast path, a joined page not
    kept = np.flatnonzero(lens <= sig.CAPTION_MAX_CHARS).tolist()
    folded = [texts[k].casefold() for k in kept]
    short_idx = np.flatnonzero(lens <= sig.CUE_MAX_CHARS).tolist()
    short_folded = [low for k, low in zip(kept, folded) if size[k] <= sig.CUE_MAX_CHARS]
    cues: list[str | None] = [None] * n
    word_cues: list[str | None] = [None] * n
    counter, dated_, byline = [False] * n, [False] * n, [False] * n
    digit = np.flatnonzero(chars.digit[short_idx]).tolist()
    found = short_signals([texts[k] for k in short_idx], digit, short_folded)
    for k, cue, word_cue, is_counter, is_dated in zip(short_idx, *found):
        cues[k], word_cues[k], counter[k], dated_[k] = cue, word_cue, is_counter, is_dated
    for k in np.flatnonzero(chars.first_byline).tolist():  # "(Reporting by ...)" up to a caption's length
        if size[k] <= sig.CUE_MAX_CHARS or (size[k] <= sig.CAPTION_MAX_CHARS and texts[k][0] == "("):
            byline[k] = sig.BYLINE_RE.match(texts[k]) is not None
    # sig.weight, in numpy: the same float operations in the same order
    weights = lens + (sig.WIDE_CHAR_WEIGHT - 1) * chars.wide * (lens / np.minimum(lens, sig.SCAN_CHARS))
    words = chars.runs + chars.wide // 2
    ends, period_end, truncated = line_ends(texts, samples, chars, long)
    # script_of: the letters' script where a line has non-ASCII letters or is longer than its sample
    scripts = ["latin" if n_letters else "none" for n_letters in chars.letters.tolist()]
    for k, script in chars.scripts.items():
        scripts[k] = script
    for k in long:
        if k not in chars.scripts:
            scripts[k] = sig.script_of(texts[k])
    repeats = [counts[t] for t in texts]
    caption = captions(texts, folded)
    fields = [
        samples,
        weights.tolist(),
        words.tolist(),
        ends.tolist(),
        chars.inner.tolist(),
        scripts,
        cues,
        counter,
        dated_,
        caption,
        byline,
        repeats,
        word_cues,
    ]
    flags = np.frombuffer(bytes(counter + dated_ + caption + byline), dtype=np.bool_).reshape(4, n)
    model = _columns.distinct_columns(
        samples,
        weights=weights,
        n_words=words,
        ends=ends,
        inner=chars.inner,
        flags=flags,
        repeats=repeats,
        cues=cues,
        period_end=period_end,
        truncated=truncated,
        glued=chars.glued,
        scripts=scripts,
    )
    return fields, model


def line_ends(texts: list[str], samples: list[str], chars, long: list[int]):
    """sig.ends_sentence of each line (``sentence_end``: its last character first), and whether
    its sample ends with a period and with an ellipsis ("..." or "…", trailing white space
    left out), from the flags of the lines' last characters; ``long``: the lines longer than
    their sample, done one by one."""
    last = chars.last
    ends = (last & END) != 0
    period_end = (last & PERIOD) != 0
    truncated = ((last & ELLIPSIS) != 0) | chars.dots
    for k in np.flatnonzero(last & CLOSE).tolist():  # closing quotes or brackets: skipped
        ends[k] = sig.ends_sentence(texts[k])
    for k in long:
        ends[k] = sig.ends_sentence(texts[k][-50:])
        tail = samples[k].rstrip()
        period_end[k], truncated[k] = tail.endswith("."), tail.endswith(("...", "…"))
    return ends, period_end, truncated


def line_infos(lines: list[str]) -> list[LineInfo]:
    """The signals of every non-blank line of ``lines``, each distinct stripped line examined once
    (menus, teasers and headlines repeat on a page); the same as ``line_info`` of each line."""
    return _distinct_pass(lines)[0]


def line_table(lines: list[str]) -> tuple[list[LineInfo], dict[str, np.ndarray] | None]:
    """:func:`line_infos` and the model's columns of those lines (:mod:`workbench.layout._columns`,
    None without lines), taken from the distinct lines' columns."""
    infos, model, inverse = _distinct_pass(lines)
    return infos, (_columns.from_distinct(model, inverse) if infos else None)


def _distinct_pass(lines: list[str]):
    """The LineInfo of each non-blank line, the columns of the distinct lines (signal_columns),
    and the distinct index of each non-blank line."""
    stripped = [line.strip() for line in lines]
    counts = Counter(stripped)
    texts = [t for t in counts if t]
    if not texts:
        return [], None, None
    fields, model = signal_columns(texts, counts)
    index = {t: k for k, t in enumerate(texts)}
    numbers = [number for number, t in enumerate(stripped, 1) if t]
    distinct = [index[t] for t in stripped if t]
    rows = list(zip(*fields))
    new = tuple.__new__  # LineInfo._make without its length check (the rows have every field)
    infos = [new(LineInfo, (number, *rows[k])) for number, k in zip(numbers, distinct)]
    return infos, model, np.fromiter(distinct, dtype=np.int64, count=len(distinct))
