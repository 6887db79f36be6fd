"""Photo credits with "©" inside an article: "X at a news conference. © Agency / Name" is a
caption, not the rights notice that ends the page.

A "©" line is a footer cue (``_signals.cue_kind``), and a footer cue ends the article: every line
after it is footer. A credit names no year and no "rights" and is followed by the article's
prose; such a line becomes a caption (in the line's signals and the model's columns), so the
prose after it stays the article. A rights notice ("© 2026 Daily Courier. All rights
reserved.") keeps its cue.
"""

from __future__ import annotations

import re

import numpy as np

from ._runs import PROSE_MIN_WEIGHT
from ._signals import LineInfo

#: Non-blank lines after a credit searched for the article's prose.
PROSE_WINDOW = 2
#: A year, a rights phrase or the site's own links make a "©" line the page's notice.
NOTICE_RE = re.compile(
    r"\b(?:1[89]|20)\d\d\b|rights|reserved|copyright|privacy|terms|cookies|contact|created by|"
    r"powered by|\bllc\b|\bltd\b",
    re.IGNORECASE,
)


def credit_lines(infos: list[LineInfo]) -> list[int]:
    """Indexes of the "©" lines that are photo credits: no year or rights phrase, prose after."""
    hits = []
    for i, info in enumerate(infos):
        if info.cue != "footer" or "©" not in info.text or NOTICE_RE.search(info.text):
            continue
        after = infos[i + 1 : i + 1 + PROSE_WINDOW]
        if any(nxt.weight >= PROSE_MIN_WEIGHT and nxt.sentence_end and not nxt.cue for nxt in after):
            hits.append(i)
    return hits


def mark_credits(infos: list[LineInfo], columns: dict[str, np.ndarray] | None) -> None:
    """Make the credit lines captions, in ``infos`` and the model's ``columns``."""
    for i in credit_lines(infos):
        infos[i] = infos[i]._replace(cue=None, caption=True)
        if columns is not None:
            columns["caption"][i] = 1.0
            columns["cue_any"][i] = 0.0
            columns["cue_stop"][i] = 0.0
            columns["cue_other"][i] = 0.0
