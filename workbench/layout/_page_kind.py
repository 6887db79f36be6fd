"""What kind of page a copy is: an article, a listing of teasers, a forum or comment thread, other.

Scored from block statistics, not from any site: a listing is many headline-shaped teaser
lines and little connected prose; a forum is many reply/quote/post markers and timestamps
per paragraph of prose; a page with neither prose nor those is "other". The scores are
shares of a few counts with thresholds set on self-written pages (tests/test_page_kind.py) and
checked on the extraction benchmarks, whose pages are all articles (bench/bench_metadata.py
counts how many are called something else).
"""

from __future__ import annotations

import re

KINDS = ("article", "listing", "forum", "other")
WORD = re.compile(r"\w+")
#: Markers of a thread of posts: reply buttons, "X wrote:", post counters, "Joined:".
FORUM_MARK = re.compile(
    r"(?i)^(?:reply|quote|report|permalink|like\s*·?\s*reply|\d+\s+(?:replies|likes|points)|"
    r"posts?:\s*\d+|joined:?\s|member since|#\d+$)|\b(?:wrote|said|писал[аи]?|schrieb|a écrit|escribió):$"
    r"|^(?:\d+\s+)?(?:repl(?:y|ies)|comments?)\s*$"
)
#: A time stamp line of a post ("2 hours ago", "12:41 PM", "Mar 3, 2024 at 9:12").
STAMP = re.compile(
    r"(?i)\b(?:\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|"
    r"\d{1,2}:\d{2}\s*(?:am|pm)?)\b"
)
#: A teaser: a headline-shaped line (4-20 words, no sentence end).
TEASER_WORDS = (4, 20)
#: A paragraph of connected prose has at least this many words.
PROSE_WORDS = 25

#: A listing: at least this many prose lines of the article region are teaser summaries
#: (between two headline-shaped lines), making at least this share of its prose, and short.
MIN_SUMMARIES, SUMMARY_SHARE, SUMMARY_MAX_WORDS = 6, 0.6, 45
#: Lines either side of the body's first and last line that still belong to its region.
REGION_MARGIN = 3
#: A forum: at least this many reply/quote/post markers, and more than paragraphs of prose.
MIN_MARKS = 6


def _lines(blocks):
    for b in blocks:
        kind = b["kind"] if isinstance(b, dict) else b.kind
        raw = b["raw"] if isinstance(b, dict) else b.raw
        for line in raw.split("\n"):
            if line.strip():
                yield kind, line.strip()


def stats(blocks) -> dict[str, float]:
    """Counts of the article region of one page (from its first to its last body line;
    blocks are objects or dicts with ``kind`` and ``raw``): paragraphs of prose, teaser
    summaries (prose between two headline-shaped lines) and their mean length, forum markers."""
    lines = list(_lines(blocks))
    # the region runs over prose the layout set aside too ("prose outside the main run"): on a
    # listing, the layout may take a few teasers as the body and leave the rest beside it
    body = [
        i
        for i, (kind, line) in enumerate(lines)
        if kind == "body" or (kind == "other" and len(WORD.findall(line[:2000])) >= PROSE_WORDS // 2)
    ]
    marks = sum(
        1
        for kind, line in lines
        if len(line) <= 80 and (FORUM_MARK.search(line) or (kind == "comments" and STAMP.search(line)))
    )
    if not body:
        return {"prose": 0, "summaries": 0, "summary_words": 0.0, "marks": marks}
    shape, words = [], []
    # the region with a few lines either side: the first teaser is often just above the body
    for kind, line in lines[max(0, body[0] - REGION_MARGIN) : body[-1] + 1 + REGION_MARGIN]:
        n = len(WORD.findall(line[:2000]))
        words.append(n)
        if kind in ("body", "other") and n >= PROSE_WORDS // 2:
            shape.append("prose")
        elif TEASER_WORDS[0] <= n <= TEASER_WORDS[1] and not line.endswith((".", "!", "?", ":", "…")):
            shape.append("teaser")
        else:
            shape.append("")
    prose = summaries = 0
    summary_words = []
    for i, sh in enumerate(shape):
        if sh != "prose":
            continue
        prev = next((x for x in reversed(shape[:i]) if x), "")
        after = next((x for x in shape[i + 1 :] if x), "")
        if prev == "teaser" and after in ("teaser", "") and (after or summaries):
            summaries += 1
            summary_words.append(words[i])
        else:
            prose += 1
    mean = sum(summary_words) / len(summary_words) if summary_words else 0.0
    return {"prose": prose, "summaries": summaries, "summary_words": mean, "marks": marks}


def classify(blocks) -> tuple[str, float]:
    """``(page_kind, score)``: the score is the share of the page's evidence for that kind
    (teaser summaries among prose, markers against paragraphs, or the lack of prose)."""
    s = stats(blocks)
    total = s["prose"] + s["summaries"]
    share = s["summaries"] / total if total else 0.0
    if s["summaries"] >= MIN_SUMMARIES and share >= SUMMARY_SHARE and s["summary_words"] <= SUMMARY_MAX_WORDS:
        return "listing", round(share, 3)
    if s["marks"] >= MIN_MARKS and s["marks"] > total:
        return "forum", round(s["marks"] / (s["marks"] + total), 3)
    if total == 0:
        return "other", 1.0
    return "article", round(1.0 - share, 3)
