"""The second stage of the metadata scorer: the full features of the few lines the first
stage (:mod:`workbench.layout._metadata_cheap`) keeps per field: names, dates, cue words,
neighbours, overlap with the body.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

from ._metadata_page import KIND_FEATURES, Line, Page, Scan
from ._metadata_parse import (
    BY,
    DIGIT,
    NAME_INITIALS,
    NAME_LINK,
    NAME_WORD,
    SCAN,
    byline_name,
    given_names,
    has_role,
    is_counter,
)
from ._metadata_words import float_rows

#: Cue words of a line, looked up in the set of its lower-cased words (one set per line
#: instead of a case-blind regex search per cue).
DATE_WORDS = frozenset(
    "published updated posted modified publicado atualizado actualizado publié veröffentlicht "
    "aktualisiert pubblicato aggiornato gepubliceerd опубликовано обновлено".split()
)
#: "Updated May 6, 2025": a later day than the one the article was published on.
UPDATED_WORDS = frozenset(
    "updated modified revised atualizado actualizado aktualisiert aggiornato bijgewerkt обновлено".split()
)
PUBLISHED_WORDS = frozenset(
    "published posted publicado publié veröffentlicht pubblicato gepubliceerd опубликовано".split()
)
#: Words that say a line names a writer by role ("Staff writer", "Reporter", "Redakteurin").
ROLE_WORDS = frozenset(
    "writer reporter correspondent editor contributor contributors columnist columnists journalist "
    "author periodista jornalista journaliste analyst producer contributing senior chief freelance".split()
)
ROLE_PREFIXES = ("redakt", "redac")
COPYRIGHT_HINTS = ("©", "copyright", "all rights reserved")
SENTENCE_END = (".", "!", "?", ":", "…")
COPYRIGHT_C = re.compile(r"\(c\)\s*\d{4}")
#: "Edited by", "Reviewed by", "Fact-checked by": a name, but not the writer's.
NOT_AUTHOR = re.compile(
    r"(?i)^\W{0,3}(?:edited|reviewed|fact[- ]checked|medically reviewed|photos?|"
    r"illustrations?|images?|video)\s+by\b"
)
BREADCRUMB = re.compile(r"\s[>»/›]\s|^\s*[>»/›]")
CUE_AFTER = re.compile(
    r"(?i)^(?:related|more (?:from|stories|news)|read (?:more|next|also)|latest|recommended|"
    r"trending|popular|you may also like|comments?|leave a (?:reply|comment)|share)\b"
)
#: What CUE_AFTER's matches start with, lower-cased: an ASCII line opening otherwise is not
#: searched (outside ASCII a character may match a letter case-blind: "ſ" for "s").
CUE_FIRST = "rmltpycs"
#: Whitespace-delimited words shaped like parts of a name, and the particles between them
#: (one regex over the line instead of one per word).
NAME_TOKEN = re.compile(r"(?<!\S)[A-ZÀ-ÞА-ЯЁ][\w'’.\-]*(?!\S)")


#: Per-line features, in the order :func:`_line_row` gives them.
LINE_FEATURES = (
    "given_name",
    "name_2_4",
    "name_1",
    "name_role",
    "log_words",
    "words_3_20",
    "words_1_5",
    "long",
    "headline_shape",
    "title_case",
    "name_share",
    "name_share_rest",
    "lower_elsewhere",
    "ends_sentence",
    "ends_question",
    "digits",
    "reading_aid",
    "counter",
    "pipe",
    "breadcrumb",
    "body_overlap",
    "body_tf",
    "repeated",
    "by",
    "not_author",
    "role",
    "date",
    "date_word",
    "updated_only",
    "copyright",
    "cue_after",
    "upper",
    "at_sign",
    # neighbours
    "prev_date",
    "next_date",
    "aid_below",
    "after_furniture",
    "meta_below",
    "prev_by",
    "next_by",
    "longer_than_neighbours",
    "next_role",  # "Jane Doe" over "Senior Reporter": a name + role pair of lines
    "prev_by_label",  # "Written by" alone, the name on the line below
    "glued",  # several teaser headlines in one line ("...Soil TestedHomemade Butter Recipe")
    # a headline is followed by prose (a standfirst, the article), a link of a list of
    # contents or teasers by more short lines like it
    "prose_below",
    "list_neighbours",
    "cue_above",  # "About the author", "Article written by:" one or two lines above
    "bio_below",  # "Jane Doe" over "Jane Doe is a reporter who ...": an author box
    "date_near",  # a dateline two lines above or below (a name between date and headline)
    # the byline's alone (AUTHOR_ONLY)
    "by_after",  # "Written by Jane Doe" at the end of the article or below it
)
#: Features only the byline model reads (the title's and the dateline's go without them, so
#: their models stay the same). ``by_after``: 5-fold CV on the tuning part, author 0.6404 ->
#: 0.6472 (title 0.7905, date 0.7024 unchanged); see bench/author_misses.py for those not kept.
AUTHOR_ONLY = ("by_after",)
#: Features of a line's place, computed for all candidates at once.
PLACE_FEATURES = (
    "above",
    "log_above",
    "log_below_end",
    "inside_body",
    "near_above",
    "rel_page",
    "ovl_rel",
    # the headline is the nearest headline-shaped line above the article, often repeated in a
    # "Headline | Site" line
    "nearest_above",
    "log_rank_above",
    "echoed",
)
FEATURES = LINE_FEATURES + PLACE_FEATURES + tuple("kind_" + k for k in KIND_FEATURES)
#: Features relative to the chosen headline (for the byline and the dateline).
TITLE_FEATURES = ("after_title_1_4", "after_title_5_12", "before_title", "is_title", "log_dist_title")
FURNITURE = frozenset(("navigation", "related", "metadata"))


def _name_share(words: list[str]) -> float:
    """Share of words shaped like parts of a name (capitalised, or a particle between two)."""
    return _name_share_count(words) / len(words) if words else 0.0


def _name_share_count(words: list[str]) -> int:
    """How many of ``words`` :func:`_name_share` counts."""
    named = 0
    for w in words:  # a loop, not a generator: this runs on every candidate
        if (w[0] in NAME_INITIALS and (w.isalpha() or NAME_WORD.match(w))) or w.lower() in NAME_LINK:
            named += 1
    return named


def _name_tokens(words: list[str]) -> int:
    """``len(NAME_TOKEN.findall(text))`` of the text ``words`` are split from: its words shaped
    like a name's (a test per word led by its first letter costs a third of the regex over
    the line, which tries every position)."""
    named = 0
    for w in words:  # a loop, not a generator: this runs on every candidate
        if w[0] in NAME_INITIALS and (w.isalpha() or NAME_WORD.match(w)):
            named += 1
    return named


def _word_stats(words: list[str], share: bool) -> tuple[int, int, int, int, int]:
    """What the features count among ``words``, in one pass with each word's name shape tested
    once: :func:`_name_tokens`, the NAME_LINK words, the words of four characters or more led
    by a letter and those of them capitalised, and those :func:`_name_share` counts (only
    when ``share``: else the particles are not looked up for it)."""
    named = linked = caps = longs = shared = 0
    for w in words:  # a loop, not a generator: this runs on every candidate
        first = w[0]
        if first in NAME_INITIALS and (w.isalpha() or NAME_WORD.match(w)):
            named += 1
            shared += 1
        elif share and w.lower() in NAME_LINK:
            shared += 1
        if w in NAME_LINK:
            linked += 1
        if len(w) > 3 and first.isalpha():
            longs += 1
            if first.isupper():
                caps += 1
    return named, linked, caps, longs, shared


def _head(sc: Scan, words: list[str]) -> list[str]:
    """A line's first words (after "By" when it opens so): a name's if it holds one. ``words``:
    the line's Scan text split at white space."""
    return (sc.text[sc.by.end() :].split() if sc.by else words)[:6]


def _line_row(
    page: Page,
    i: int,
    author: bool,
    sc: Scan,
    near: _Near,
    words: list[str],
    head: list[str],
    head_low: list[str],
) -> tuple:
    """The LINE_FEATURES of line ``i`` (its name read only when ``author``: the first stage kept
    it for the byline; ``sc``: its Scan; ``near``: what its neighbours show; ``words`` and
    ``head``: its words and :func:`_head`; ``head_low``: those lower-cased, stripped of ".,")."""
    lines = page.lines
    full = lines[i].text
    text, low = sc.text, sc.low
    n = len(words)
    # the cue words are all four characters or more: the line's long words are enough
    long_words = sc.long
    cues = set(long_words)
    if long_words:
        get = near.body_counts.get
        counts = [get(t, 0) for t in long_words]
        overlap = (len(counts) - counts.count(0)) / len(counts)
        tf = sum(map(math.log1p, counts)) / len(counts)
    else:
        overlap = tf = 0.0
    by_line, dated, aid, n_words = page.by, page.dated, page.aid, page.n_words
    by = sc.by
    lower, page_words = 0, near.page_words
    for x in head_low:  # a loop, not a generator
        if x in page_words and x.islower():
            lower += 1
    if sc.by is None:  # the head is the first words: their name shapes are tested once
        named, linked, caps, longs, shared = _word_stats(head, True)
        more = _word_stats(words[len(head) :], False)
        named, linked, caps, longs = named + more[0], linked + more[1], caps + more[2], longs + more[3]
    else:
        named, linked, caps, longs, _ = _word_stats(words, False)
        shared = _name_share_count(head)
    name, role = byline_name(full) if author else (None, None)
    name_words = name.split() if name else []
    stripped = text.rstrip()
    updated = bool(cues & UPDATED_WORDS) or "mis à jour" in low
    has_prev, has_next = i > 0, i + 1 < len(lines)
    listed = near.listed
    return (
        bool(name_words) and name_words[0].lower() in given_names(),
        2 <= len(name_words) <= 4,
        len(name_words) == 1,
        bool(name) and role is not None,
        math.log1p(n),
        3 <= n <= 20,
        1 <= n <= 5,
        n > 40,
        4 <= n <= 25 and not stripped.endswith((".", ":")),
        caps / longs if longs else 0.0,
        (named + linked) / n if n else 0.0,
        shared / len(head) if head else 0.0,
        lower / max(1, len(head)),
        text.rstrip("\"'”’»)").endswith(SENTENCE_END),
        stripped.endswith("?"),
        sc.digits,
        sc.aid,
        is_counter(text),
        "|" in text or " - " in text or " – " in text,
        (">" in text or "»" in text or "/" in text or "›" in text) and BREADCRUMB.search(text) is not None,
        overlap,
        tf,
        math.log1p(page.seen[full] - 1),
        by is not None,
        # "Reviewed by X — Written by Jane Doe" names the writer too
        "by" in low and NOT_AUTHOR.match(text) is not None and "written by" not in low,
        bool(cues & ROLE_WORDS) or "redakt" in low or "redac" in low,  # ROLE_PREFIXES
        dated[i],
        bool(cues & DATE_WORDS) or "mis à jour" in low,
        updated and not cues & PUBLISHED_WORDS,
        # COPYRIGHT_HINTS as a chain of tests (no generator per line)
        "©" in low
        or "copyright" in low
        or "all rights reserved" in low
        or ("(c)" in low and COPYRIGHT_C.search(low) is not None),
        (not text[:1].isascii() or text[:1].lower() in CUE_FIRST) and CUE_AFTER.match(text) is not None,
        text.isupper(),
        "@" in text or "http" in text,
        dated[i - 1],
        dated[i + 1],
        aid[i + 1] or aid[i + 2] or aid[i + 3] or aid[i + 4],
        has_prev and lines[i - 1].kind in FURNITURE,
        dated[i + 1]
        or by_line[i + 1]
        or dated[i + 2]
        or by_line[i + 2]
        or dated[i + 3]
        or by_line[i + 3]
        or dated[i + 4]
        or by_line[i + 4],
        by_line[i - 1],
        by_line[i + 1],
        (not has_prev or n > n_words[i - 1]) and (not has_next or n > n_words[i + 1]),
        has_next and near.role_line(i + 1),
        # a bare opener is a byline opener first (BY on the whole line matches on its start)
        has_prev and by_line[i - 1] and _by_label(lines[i - 1].text),
        glued(text),
        n_words[i + 1] >= PROSE_WORDS,
        listed[i - 2] + listed[i - 1] + listed[i + 1] + listed[i + 2],
        near.cue[i - 1] or near.cue[i - 2],
        bool(name_words) and _bio_below(lines, i, name_words),
        dated[i - 2] or dated[i + 2],
        by is not None and i >= page.last - 2,
    )


class _Near:
    """What the candidates' neighbours show, found once per line (neighbouring candidates
    share them): a link of a list, an author cue, a job title."""

    def __init__(self, lines: list[Line], pos: list[int], n_words: dict[int, int]):
        # only where the rows look (two lines around a candidate, a cue one or two above);
        # beyond the copy a line has no words: no link, no cue
        self.listed = {
            k: LIST_WORDS[0] <= n_words[k] <= LIST_WORDS[1] and not lines[k].text.rstrip().endswith(".")
            for k in {i + d for i in pos for d in (-2, -1, 1, 2)}
        }
        self.cue = {
            k: 0 <= k < len(lines) and _author_cue(lines[k].text[:60])
            for k in {i + d for i in pos for d in (-2, -1)}
        }
        self.lines = lines
        self._roles: dict[int, bool] = {}
        self.page_words: set[str] = set()  # those of the candidates' first words on the page
        self.body_counts: Counter[str] = Counter()  # the body's words (Page.body_counts)

    def role_line(self, k: int) -> bool:
        hit = self._roles.get(k)
        if hit is None:
            hit = self._roles[k] = _role_line(self.lines[k].text)
        return hit


def full_features(page: Page, pos: list[int], rank: np.ndarray, author: list[bool]) -> np.ndarray:
    """The FEATURES matrix of the candidates at ``pos`` (``rank``: :func:`shaped_rank` of each;
    ``author``: whether the first stage kept each for the byline, the only ones whose name is
    read)."""
    X = np.zeros((len(pos), len(FEATURES)))
    if not pos:
        return X
    lines, first, last = page.lines, page.first, page.last
    at = {k for i in pos for k in range(i - 2, i + 5)}
    nl = len(LINE_FEATURES)
    scans = page.scans(pos)
    # split here, for the candidates only (not in the Scan of every line the first stage reads)
    words = [sc.text.split() for sc in scans]
    # the neighbours' word counts are compared with SHORT_WORDS and smaller bounds, and with
    # the candidates' own counts: counted that far, a long paragraph is not split whole
    cap = max(SHORT_WORDS, max(map(len, words)))
    near = _Near(lines, pos, page.detail(at, cap)[2])
    # the page's lowercase words are asked about the candidates' first words only: those are
    # looked for among the page's words (one pass, no set of them all)
    heads = [_head(sc, w) for sc, w in zip(scans, words)]
    # lower-cased once, for the look-up and the rows
    heads_low = [[w.lower().strip(".,") for w in h] for h in heads]
    near.page_words = page.words_among({x for h in heads_low for x in h})
    near.body_counts = page.body_counts()
    rows = [
        _line_row(page, *row) for row in zip(pos, author, scans, [near] * len(pos), words, heads, heads_low)
    ]
    X[:, :nl] = float_rows(rows, nl)
    P = np.asarray(pos)
    above = first - P
    overlap = X[:, LINE_FEATURES.index("body_overlap")]
    short = np.array([page.n_words[i] <= SHORT_WORDS for i in pos])
    max_overlap = overlap[short].max() if short.any() else 0.0
    place = {
        "above": above > 0,
        "log_above": np.log1p(np.maximum(0, above)),
        "log_below_end": np.log1p(np.maximum(0, P - last)),
        "inside_body": (P >= first) & (P <= last),
        "near_above": (above > 0) & (above <= 3),
        "rel_page": P / max(1, len(lines)),
        "ovl_rel": overlap / max_overlap if max_overlap else np.zeros(len(pos)),
        "nearest_above": rank == 1,
        "log_rank_above": np.log1p(rank),
        "echoed": _echoed(scans, P < first),
    }
    for k, name in enumerate(PLACE_FEATURES):
        X[:, nl + k] = place[name]
    kind_col = {k: nl + len(PLACE_FEATURES) + n for n, k in enumerate(KIND_FEATURES)}
    for r, i in enumerate(pos):
        col = kind_col.get(lines[i].kind)
        if col is not None:
            X[r, col] = 1.0
    return X


def title_columns(pos, title: int | None) -> np.ndarray:
    """TITLE_FEATURES of every candidate at once (``title``: the headline's position)."""
    pos = np.asarray(pos)
    d = pos - title if title is not None else np.full(len(pos), 99)
    # filled column by column (a column_stack and a cast to float cost twice as much)
    X = np.empty((len(pos), len(TITLE_FEATURES)))
    X[:, 0] = (d > 0) & (d <= 4)
    X[:, 1] = (d > 4) & (d <= 12)
    X[:, 2] = (d >= -3) & (d < 0)
    X[:, 3] = d == 0
    X[:, 4] = np.log1p(np.abs(d))
    return X


#: Where two lines lost the break between them: a lowercase word run straight into a
#: capitalised one ("Garden Soil TestedHomemade Recipe"), or a bullet between items.
GLUE_POINT = re.compile(r"[a-z]{3}[A-Z][a-z]|\S\s*[•·]\s*\S")


#: GLUE_POINT without its bullet part: what it finds in a line without a bullet.
CAMEL_POINT = re.compile(r"[a-z]{3}[A-Z][a-z]")
#: CAMEL_POINT led by its capital, looking back at the three letters before it: the regex
#: engine skips to the capitals instead of trying every lower-case letter.
CAMEL_CAPITAL = re.compile(r"[A-Z](?<=[a-z]{3}[A-Z])[a-z]")


def glued(text: str) -> bool:
    """Whether the line is several lines run together: two or more glue points (one may be a
    brand written in camel case, "PlayStation")."""
    if "•" in text or "·" in text:
        return len(GLUE_POINT.findall(text)) >= 2
    # no bullet: only the camel-case part can match, and only at a capital after a lower-case
    # letter (the whole regex tries its bullet part at every character). Two CAMEL_POINT
    # matches (five characters each, the capital fourth) are two capitals five or more apart
    if text[3:].islower():
        return False
    m = CAMEL_CAPITAL.search(text)
    return m is not None and CAMEL_CAPITAL.search(text, m.start() + 5) is not None


def _role_line(text: str) -> bool:
    """A short line naming a job ("Senior Reporter", "Managing Director, Research")."""
    head = text[:80]
    # split at most 8 times: a ninth word says the line is too long
    return len(head.split(None, 8)) <= 8 and has_role(head) and not DIGIT.search(head)


#: A candidate of at most this many words is short (its body overlap is compared with theirs).
SHORT_WORDS = 30
#: A line of prose has at least this many words (a standfirst under a headline, a bio).
PROSE_WORDS = 12
#: What a link in a list looks like: a few words, no sentence end.
LIST_WORDS = (2, 15)
#: An author box's heading, or a byline opener alone: the name is on a line below.
AUTHOR_CUE = re.compile(
    r"(?i)^\W*(?:(?:about|meet)\s+(?:the\s+)?(?:authors?|writers?)|(?:\w+\s+){0,2}"
    r"(?:written|posted|reported|published|created)\s+by|authors?|writers?|by)\W*$"
)


def _cue_above(lines: list[Line], i: int) -> bool:
    """Whether one of the two lines above ``i`` is an author box's heading or a bare byline
    opener ("About the Author", "Article written by:")."""
    return any(0 <= k < len(lines) and _author_cue(lines[k].text[:60]) for k in (i - 1, i - 2))


#: Every AUTHOR_CUE holds one of these, case aside: an ASCII line without them is no cue.
AUTHOR_CUE_WORDS = ("by", "author", "writer")


def _author_cue(head: str) -> bool:
    """``AUTHOR_CUE.match(head)``, the regex only where it may match (on ASCII text its case-blind
    letters are those of ``lower()``)."""
    if head.isascii():
        low = head.lower()
        # AUTHOR_CUE_WORDS as a chain of tests: a generator per line costs ~4x as much
        if not ("by" in low or "author" in low or "writer" in low):
            return False
    return AUTHOR_CUE.match(head) is not None


def _bio_below(lines: list[Line], i: int, name_words: list[str]) -> bool:
    """Whether a line of prose just below names the writer again in its first words ("Jane Doe
    has covered ...", "Jane joined ...": the bio of an author box)."""
    names = {name_words[0], name_words[-1]}
    for k in range(i + 1, min(len(lines), i + 4)):
        head = lines[k].text[:SCAN]
        # the first three words first (most lines name no one there), then the count up to
        # the bound
        if (
            not names.isdisjoint(head.split(None, 3)[:3])
            and len(head.split(None, PROSE_WORDS // 2)) >= PROSE_WORDS // 2
        ):
            return True
    return False


def _by_label(text: str) -> bool:
    """A byline opener with no name after it ("Written by", "Author:")."""
    m = BY.match(text)
    return m is not None and not text[m.end() :].strip(" :|-–—")


def _echoed(scans: list[Scan], above: np.ndarray) -> np.ndarray:
    """Candidates above the article whose words recur, in order, inside another candidate
    above it ("Headline" and "Headline | Site"); ``scans``: the candidates' (their words:
    ``WORD.findall`` of their first SCAN characters lower-cased)."""
    keys = [" ".join(sc.view.split()) if a else "" for sc, a in zip(scans, above)]
    # keys hold no NUL: a key occurs in the joined keys once per key equal to it, more when
    # another key contains it
    joined = "\0".join(keys)
    same = Counter(keys)
    return np.array([len(k) >= 12 and joined.count(k) > same[k] for k in keys], dtype=bool)
