"""Step 1-2 of the layout analysis: how much each line argues for the article body, and the
run of lines that is the body (the best-scoring stretch before a cue that ends an article)."""

from __future__ import annotations

import numpy as np

from ._signals import LineInfo

#: Cue kinds after which the page talks about something else: prose that follows
#: is comments, teasers or an author bio, never the article.
STOP_KINDS = frozenset({"related", "comments", "footer"})

# --- prose score (step 1); units are Latin-equivalent characters
#: A line at least this long with sentence punctuation is a paragraph: the
#: shortest one-sentence paragraphs of news prose run ~70-80 characters, while
#: menu items, counters and most headlines stay under it.
PROSE_MIN_WEIGHT = 70
#: A shorter line that ends like a sentence scores its length minus this, so
#: "He declined to comment." (23) is neutral and longer sentences count.
SHORT_SENTENCE_BIAS = 25
#: Share of its length a long line scores when its last sentence is cut off
#: ("... and when the"): on the dev pages 4% of article lines of 70+ characters
#: end without sentence punctuation, against 62% of the other long lines
#: (teaser summaries, headlines), so such a line is neutral. 0, 0.25 and -0.2
#: score the same on the dev set.
TRUNCATED_SHARE = 0.0
#: Penalty of a short line that is not a sentence (menu item, label, headline):
#: a few of them between paragraphs (ads, captions) do not split the body,
#: a menu or a list of headlines does.
SHORT_PENALTY = 20
#: Penalty of page furniture (counter, date, caption, byline, ad/nav cue).
FURNITURE_PENALTY = 40

#: An earlier run of prose wins over a later, larger one (beyond a stop cue)
#: when it is worth at least this share of it.
EARLY_SHARE = 0.5
#: Prose after a "Comments" cue counts this share of its length against the prose before it:
#: a thread of long comments must not outweigh the short article it discusses.
COMMENTS_SHARE = 0.25

#: A byline or dateline within this many lines of the run's start opens the
#: article; the prose above it is a standfirst or caption (one or two lines).
HEADER_LINES = 3


def prose_score(info: LineInfo) -> float:
    """How much a line argues for being inside the article body (step 1)."""
    if info.caption:
        return -FURNITURE_PENALTY  # before cues: "© AFP / Pool" is a credit, not a footer
    if info.cue or info.counter or info.byline:  # stop cues also cut the page (choose_run)
        return -FURNITURE_PENALTY
    if info.dated and info.weight < PROSE_MIN_WEIGHT:
        return -FURNITURE_PENALTY
    if info.repeats > 1:
        return -SHORT_PENALTY  # titles and teasers repeat, paragraphs do not
    if info.weight >= PROSE_MIN_WEIGHT and info.sentence_end:
        return info.weight
    if info.weight >= PROSE_MIN_WEIGHT and info.inner_sentence:
        # sentences cut off mid-way: teaser summaries ("... and when the")
        return info.weight * TRUNCATED_SHARE
    if info.sentence_end and info.n_words >= 3:
        return info.weight - SHORT_SENTENCE_BIAS
    return -SHORT_PENALTY


def best_run(scores: list[float]) -> tuple[int, int] | None:
    """Indices (first, last) of the contiguous run with the largest positive sum (Kadane)."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += s
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def segments(infos: list[LineInfo]) -> list[tuple[int, int]]:
    """Stretches of lines between cues that end an article (half-open index ranges)."""
    cuts = [i for i, info in enumerate(infos) if info.cue in STOP_KINDS and not info.caption]
    bounds = [-1, *cuts, len(infos)]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:]) if b > a + 1]


def choose_run(infos: list[LineInfo], scores: list[float]) -> tuple[int, int] | None:
    """The first stretch's best run that is worth EARLY_SHARE of the best run of the page.

    An article ends at its first "Related" / "Comments" / rights cue: prose
    after it (teaser summaries, comments) can outweigh a short article.
    """
    runs = []
    first_comments = next((i for i, info in enumerate(infos) if info.cue == "comments"), len(infos))
    for a, b in segments(infos):
        found = best_run(scores[a:b])
        if found:
            first, last = found[0] + a, found[1] + a
            share = COMMENTS_SHARE if first_comments < a else 1.0
            runs.append((sum(scores[first : last + 1]), share, first, last))
    if not runs:
        return None
    top = max(total * share for total, share, _, _ in runs)
    _, _, first, last = next(r for r in runs if r[0] >= EARLY_SHARE * top)
    return first, last


def trim_header(infos: list[LineInfo], scores: list[float], first: int, last: int) -> int:
    """Move the body start past a byline/dateline in its first lines (deck, caption above it)."""
    new_first = first
    for i in range(first, min(last, first + HEADER_LINES)):
        if infos[i].byline or (infos[i].dated and scores[i] < 0):
            new_first = i + 1
    while new_first < last and scores[new_first] <= 0:
        new_first += 1
    return new_first if new_first <= last else first


def trim_tail(infos: list[LineInfo], scores: list[float], first: int, last: int) -> int:
    """End the body at its last paragraph, or the short sentences right after it.

    A short sentence beyond a gap of non-prose lines ("Support us!" after an
    ad banner) is an appeal, not the article's last word.
    """
    end = next(
        (i for i in range(last, first - 1, -1) if scores[i] > 0 and infos[i].weight >= PROSE_MIN_WEIGHT), None
    )
    if end is None:
        return last
    while end < last and scores[end + 1] > 0:
        end += 1
    return end


def prose_score_array(col) -> np.ndarray:
    """:func:`prose_score` of every line from its :mod:`workbench.layout._columns` arrays (equal
    values, as floats): the default, then each case over those after it, the first last."""
    weight, sentence_end = col["weight"], col["sentence_end"] > 0
    long = weight >= PROSE_MIN_WEIGHT
    furniture = (col["caption"] + col["cue_any"] + col["counter"] + col["byline"] > 0) | (
        (col["dated"] > 0) & ~long
    )
    scores = np.full(len(weight), float(-SHORT_PENALTY))
    np.copyto(scores, weight - SHORT_SENTENCE_BIAS, where=sentence_end & (col["n_words"] >= 3))
    np.copyto(scores, weight * TRUNCATED_SHARE, where=long & (col["inner"] > 0))
    np.copyto(scores, weight, where=long & sentence_end)
    scores[col["repeated"] > 0] = -SHORT_PENALTY
    scores[furniture] = -FURNITURE_PENALTY
    return scores


def prose_scores(col) -> list[float]:
    """:func:`prose_score_array` as a list."""
    return prose_score_array(col).tolist()


def short_run_sizes(scores, weight: np.ndarray) -> list[int]:
    """For each line, the length of the run of short non-prose lines (score <= 0, weight under
    twice PROSE_MIN_WEIGHT) it sits in, 0 outside any (``_analysis.list_runs`` from columns)."""
    short = np.zeros(len(weight) + 2, dtype=bool)
    short[1:-1] = (np.asarray(scores) <= 0) & (weight < 2 * PROSE_MIN_WEIGHT)
    edges = np.flatnonzero(short[1:] != short[:-1])  # starts and ends of the runs, in turn
    starts, ends = edges[::2], edges[1::2]
    sizes = np.zeros(len(weight), dtype=np.int64)
    if len(starts):
        run = np.repeat(ends - starts, ends - starts)
        sizes[short[1:-1]] = run
    return sizes.tolist()
