"""The per-line signal columns the layout model reads, as numpy arrays (lines in order).

:func:`from_infos` builds them from the :class:`~workbench.layout._signals.LineInfo` of each
line (the reference); :func:`from_distinct` from the columns of each *distinct* line that
:mod:`workbench.layout._line_pass` computes anyway, taken to the lines by their index (menus,
teasers and headlines repeat on a page, so about half the lines are repeats), with the glued
shape found on the code points the line pass already classified. Both give equal arrays
(tests compare them): :func:`workbench.layout._model.line_features` reads either.
"""

from __future__ import annotations

import re

import numpy as np

from ._signals import LineInfo, looks_like_name

STOP_CUES = ("related", "comments", "footer")
OTHER_CUES = ("advertising", "navigation", "teaser")
#: "HeadlineSummary": a lower-case letter run straight into a capital, as when a teaser's
#: headline and summary are glued by a copy.
#: (A capital first, then the look-behind: the scan tries the cheap class at each position.)
GLUED_RE = re.compile(r"[A-Z](?<=[a-z]{2}[A-Z])(?=[a-z])")
#: The columns, in the order of the fields of LineInfo they come from.
NAMES = (
    "weight",
    "n_words",
    "sentence_end",
    "inner",
    "counter",
    "dated",
    "caption",
    "byline",
    "repeated",
    "cue_stop",
    "cue_other",
    "cue_any",
    "period_end",
    "truncated",
    "name_like",
    "glued",
    "script",
    "no_script",
)


def name_like(texts, n_words: np.ndarray) -> np.ndarray:
    """1.0 for a line of 2-6 words that starts with a capital and looks_like_name, else 0.0."""
    out = np.zeros(len(texts))
    for k in np.flatnonzero((n_words >= 2) & (n_words <= 6)).tolist():
        text = texts[k]
        if text[:1].isupper() and looks_like_name(text):
            out[k] = 1.0
    return out


def glued_points(lower: np.ndarray, upper: np.ndarray) -> np.ndarray:
    """Positions of GLUED_RE's capital in a text whose ASCII lower-case and capital letters are
    ``lower`` and ``upper`` (a capital after two lower-case letters and before one)."""
    return np.flatnonzero(upper[2:-1] & lower[:-3] & lower[1:-2] & lower[3:]) + 2


def glued(texts) -> np.ndarray:
    """1.0 for a line with GLUED_RE's shape ("...headlineSummary..."), else 0.0: found with
    numpy over the code points of the joined lines (a regex scan of every character was a
    sixth of the features' time)."""
    joined = "\n".join(texts)
    cp = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    at = glued_points((cp >= ord("a")) & (cp <= ord("z")), (cp >= ord("A")) & (cp <= ord("Z")))
    out = np.zeros(len(texts))
    if len(at):
        starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
        out[np.searchsorted(starts, at, side="right") - 1] = 1.0
    return out


def script_codes(scripts) -> tuple[np.ndarray, np.ndarray]:
    """Each line's script as its index in order of first sight, and 1.0 where it is "none"."""
    codes: dict[str, int] = {}
    index = np.fromiter(
        [codes.setdefault(sc, len(codes)) for sc in scripts], dtype=np.int64, count=len(scripts)
    )
    return index, (index == codes.get("none", -1)).astype(float)


def _floats(values) -> np.ndarray:
    """A float array of a list of numbers (np.fromiter: np.array looks at every item first to
    choose a type; 3.1 against 5.5 us for 200 floats)."""
    return np.fromiter(values, dtype=float, count=len(values))


def _flags(values) -> np.ndarray:
    """1.0/0.0 for a list of bools, through their bytes (2.2 against np.array's 9.6 us for 200)."""
    return np.frombuffer(bytes(values), dtype=np.uint8).astype(float)


def _shape_columns(texts, cues) -> list[np.ndarray]:
    """cue_stop, cue_other, cue_any, period_end and truncated of each line."""
    tails = [t.rstrip() for t in texts]
    return [
        _flags([c in STOP_CUES for c in cues]),
        _flags([c in OTHER_CUES for c in cues]),
        _flags([bool(c) for c in cues]),
        _flags([t.endswith(".") for t in tails]),
        _flags([t.endswith(("...", "…")) for t in tails]),
    ]


def _columns(
    texts, weights, words, ends, inners, scripts, cues, counters, dates, captions, bylines, repeats, word_cues
):
    """Every column but glued, from lists of LineInfo's fields (one item per line; the word cues
    are no column of the model)."""
    n_words = _floats(words)
    flags = [_flags(col) for col in (ends, inners, counters, dates, captions, bylines)]
    return [
        _floats(weights),
        n_words,
        *flags,
        (np.fromiter(repeats, dtype=np.int64, count=len(repeats)) > 1).astype(float),
        *_shape_columns(texts, cues),
        name_like(texts, n_words),
    ], script_codes(scripts)


def from_infos(infos: list[LineInfo]) -> dict[str, np.ndarray]:
    """The columns of ``infos``, line by line (the LineInfo fields transposed by zip, in C)."""
    _, texts, *fields = zip(*infos)
    cols, scripts = _columns(texts, *fields)
    return dict(zip(NAMES, [*cols, glued(texts), *scripts]))


def distinct_columns(
    texts, *, weights, n_words, ends, inner, flags, repeats, cues, period_end, truncated, glued, scripts
) -> dict[str, np.ndarray]:
    """The columns of distinct lines from what the line pass has: numpy arrays (``flags``: the
    counter, dated, caption and byline rows) and lists of the repeats, cue kinds and scripts.
    The same values as :func:`from_infos`."""
    n = len(texts)
    cue_stop, cue_other, cue_any = np.zeros(n), np.zeros(n), np.zeros(n)
    for k, cue in enumerate(cues):
        if cue:
            cue_any[k] = 1.0
            cue_stop[k], cue_other[k] = cue in STOP_CUES, cue in OTHER_CUES
    n_words = n_words.astype(float)
    floats = (
        ends,
        inner,
        *flags,
        np.fromiter(repeats, dtype=np.int64, count=n) > 1,
        cue_stop,
        cue_other,
        cue_any,
        period_end,
        truncated,
    )
    script, no_script = script_codes(scripts)
    return dict(
        zip(
            NAMES,
            [
                weights,
                n_words,
                *(np.asarray(c, dtype=float) for c in floats),
                name_like(texts, n_words),
                glued,
                script,
                no_script,
            ],
        )
    )


def from_distinct(distinct: dict[str, np.ndarray], inverse: np.ndarray) -> dict[str, np.ndarray]:
    """The columns of the lines from those of the distinct lines (:func:`distinct_columns`), by
    the distinct index of each line, ``inverse``: the float columns in one take of their stack."""
    floats = [name for name in NAMES if name != "script"]
    taken = np.array([distinct[name] for name in floats]).take(inverse, axis=1)
    out = dict(zip(floats, taken))
    out["script"] = distinct["script"].take(inverse)
    return {name: out[name] for name in NAMES}
