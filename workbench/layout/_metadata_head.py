"""Features that tell the headline from the other headline-shaped lines near an article
(sidebar teasers, related links, a subtitle, a section heading), read from the page as a
whole rather than the line's own shape: whether the article's opening words and phrases
repeat the line's, and whether the line is the fuller or the shorter form of another one.

Only the headline model uses them (:data:`HEAD_FEATURES`); see
:mod:`workbench.layout._metadata_features` for the rest.
"""

from __future__ import annotations

import numpy as np

from ._metadata_page import LONG_WORD, WORD, Page
from ._metadata_parse import SCAN

HEAD_FEATURES = (
    # share of the line's words (4+ letters) among the first words of the article: its lede
    # restates the headline, a teaser for another story shares the site's words at most
    "lede_overlap",
    # share of the line's word pairs the article's opening writes too ("sea wall repairs")
    "body_pairs",
    # the line's text recurs inside a longer line ("Headline | Site", "Share: Headline", a
    # breadcrumb ending in it): pages echo their own headline, not a teaser's
    "contained_elsewhere",
    # the line holds every word of a shorter candidate ("Cleaning Industry Trends" under
    # "2025 Cleaning Industry Trends to Know"): the headline over its short form, a label
    "fuller_form",
    # every word of the line is in a longer candidate (the short form)
    "shorter_form",
)
#: The article's lede: its first this many words.
LEDE_WORDS = 80
#: Word pairs are read from the article's first this many characters (the headline's phrase
#: recurs early; reading the whole body costs more and dilutes nothing).
PAIR_CHARS = 6000
#: A line echoed elsewhere is at least this long (a short label recurs by chance).
ECHO_CHARS = 12


def _opening(page: Page) -> tuple[set[str], set[tuple[str, str]]]:
    """The long words of the lede and the word pairs of the article's opening (cached on the
    page: every candidate reads them)."""
    cached = getattr(page, "_opening", None)
    if cached is None:
        body = []
        size = 0
        for x in page.lines[page.first : page.last + 1]:
            if x.kind == "body":
                body.append(x.text[:SCAN])
                size += len(body[-1])
                if size >= PAIR_CHARS:
                    break
        words = WORD.findall("\n".join(body).lower())
        lede = {w for w in words[:LEDE_WORDS] if len(w) > 3}
        cached = (lede, set(zip(words, words[1:])))
        page._opening = cached
    return cached


def _page_lower(page: Page) -> str:
    """Every line of the page, lower-cased, one a line (cached on the page)."""
    cached = getattr(page, "_lower_text", None)
    if cached is None:
        cached = "\n".join(x.text[:SCAN].lower() for x in page.lines)
        page._lower_text = cached
    return cached


def head_features(page: Page, pos: list[int]) -> np.ndarray:
    """The HEAD_FEATURES matrix of the candidates at ``pos``."""
    X = np.zeros((len(pos), len(HEAD_FEATURES)))
    if not pos:
        return X
    lede, pairs = _opening(page)
    joined = _page_lower(page)
    toks = []
    for r, i in enumerate(pos):
        text = page.lines[i].text[:SCAN]
        low = text.lower()
        words = WORD.findall(low)
        long_words = LONG_WORD.findall(low)
        toks.append(set(long_words))
        X[r, 0] = sum(w in lede for w in long_words) / len(long_words) if long_words else 0.0
        line_pairs = list(zip(words, words[1:]))
        X[r, 1] = sum(p in pairs for p in line_pairs) / len(line_pairs) if line_pairs else 0.0
        # occurrences in the page beyond the line's own copies (equal lines are counted apart)
        X[r, 2] = len(low) >= ECHO_CHARS and joined.count(low) > page.seen[page.lines[i].text]
    for r, a in enumerate(toks):
        for s, b in enumerate(toks):
            if r != s and b and a != b:
                if b < a:
                    X[r, 3] = 1.0
                elif a and a < b:
                    X[r, 4] = 1.0
    return X
