"""Which line of a text copy is the headline, the byline, the dateline: a small learned scorer.

Each non-blank line of the copy is described by a few numbers (its shape, its place relative
to the article body the layout found, its block kind, cue words) and scored by a logistic
regression per field; the best-scoring line wins (the byline and the dateline only above a
threshold, since many pages show neither). The weights are plain JSON
(``resources/metadata_model.json``), rebuilt by ``bench/train_metadata.py`` from the tuning
parts of the extraction benchmarks.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..config import RESOURCES_DIR

MODEL_FILE = RESOURCES_DIR / "metadata_model.json"
WORD = re.compile(r"\w+")
#: Lines this far (in non-blank lines) above the body's start, or below its end, are not
#: looked at: a headline or byline sits near the article; far lines are menus and footers.
WINDOW_ABOVE, WINDOW_BELOW = 60, 12
#: The costlier checks look at the first characters of a line only.
SCAN = 300

#: "4 min read", "Listen to this article", "1,203 views", "12 comments", "Share": a counter or
#: a reading aid, never a headline or a name.
READING_AID = re.compile(
    r"(?i)\b(?:\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s*(?:read|listen|de leitura|de lectura|lesezeit)|"
    r"listen to (?:this )?(?:article|story)|reading time|read time|"
    r"[\d.,]+\s*[km]?\s*(?:views|shares|comments|likes|reads)|print this|share (?:this|on))\b"
)
COUNTER = re.compile(r"^[\W\d_]*$")
#: Byline openers in several languages; "Posted by", "Written by", "Author:".
BY = re.compile(
    r"(?i)^\W{0,3}(?:(?:posted|written|reported|published|story|words|text)\s+by|"
    r"by|por|par|von|di|door|av|oleh|af|przez|автор|текст|author|authors|auteur|autor|autora)\b[:\s]*"
)
#: Words that say a line names a writer by role: "Jane Doe | Staff writer", "Jane Doe, Reporter".
ROLE = re.compile(
    r"(?i)\b(?:staff\s+writer|writer|reporter|correspondent|editor|contributors?|columnists?|journalist|"
    r"author|redakt\w*|redac\w*|periodista|jornalista|journaliste|analyst|producer|"
    r"contributing|senior|chief|freelance)\b"
)
DATE_WORD = re.compile(
    r"(?i)\b(?:published|updated|posted|last updated|modified|publicado|atualizado|actualizado|"
    r"publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd|"
    r"опубликовано|обновлено)\b"
)
COPYRIGHT = re.compile(r"(?i)©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved")
#: "Updated May 6, 2025": a later day than the one the article was published on.
UPDATED_WORD = re.compile(
    r"(?i)\b(?:updated|last updated|modified|revised|atualizado|actualizado|mis à jour|aktualisiert|"
    r"aggiornato|bijgewerkt|обновлено)\b"
)
PUBLISHED_WORD = re.compile(
    r"(?i)\b(?:published|posted|publicado|publié|veröffentlicht|pubblicato|gepubliceerd|опубликовано)\b"
)
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
NAME_WORD = re.compile(r"^[A-ZÀ-ÞА-ЯЁ][\w'’.\-]*$")
NAME_LINK = frozenset("de da do dos das van von der den al bin la le del di du y e and & und et".split())

KIND_FEATURES = (
    "title",
    "heading",
    "body",
    "byline",
    "dateline",
    "metadata",
    "related",
    "navigation",
    "other",
    "caption",
    "footer",
    "comments",
    "advertising",
)
KIND_SET = frozenset(KIND_FEATURES)


@dataclass
class Line:
    """One non-blank line of a text copy, with the kind of the block it lies in."""

    text: str
    kind: str
    pos: int  # index among the copy's non-blank lines


def lines_of(blocks: list[dict]) -> list[Line]:
    """Lines of labelled block rows (``kind`` and ``raw``), in file order."""
    out: list[Line] = []
    for b in blocks:
        for piece in (b.get("raw") or b.get("text") or "").split("\n"):
            piece = piece.strip()
            if piece:
                out.append(Line(piece, b["kind"], len(out)))
    return out


def body_span(lines: list[Line]) -> tuple[int, int]:
    """First and last line of the body (the whole copy's middle when the layout found none)."""
    body = [x.pos for x in lines if x.kind == "body"]
    if body:
        return body[0], body[-1]
    return len(lines) // 3, len(lines) // 3


def _name_share(words: list[str]) -> float:
    """Share of words shaped like parts of a name (capitalised, or a particle between two)."""
    if not words:
        return 0.0
    return sum(1 for w in words if NAME_WORD.match(w) or w.lower() in NAME_LINK) / len(words)


def _has_date(text: str) -> bool:
    return find_date(text) is not None


def line_features(lines: list[Line], i: int, first: int, last: int, page: dict) -> dict[str, float]:
    """The numbers one line is scored on, by feature name (shared by the three fields)."""
    line = lines[i]
    text = line.text[:SCAN]
    words = text.split()
    n = len(words)
    long_toks = page["long_toks"].get(i)
    if long_toks is None:
        long_toks = [t.lower() for t in WORD.findall(text) if len(t) > 3]
    body_counts = page["body_counts"]
    hits, tf = 0, 0.0
    for t in long_toks:
        c = body_counts.get(t, 0)
        hits += c > 0
        tf += math.log1p(c)
    overlap = hits / len(long_toks) if long_toks else 0.0
    above = first - i
    dated, by_line, aid = page["dated"], page["by"], page["aid"]
    by = BY.match(text) if by_line[i] else None
    rest = text[by.end() :].split() if by else words
    head = rest[:6]
    lower_words = page["lower_words"]
    lower_elsewhere = sum(1 for w in head if w.lower().strip(".,") in lower_words) / max(1, len(head))
    caps = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    name = page["names"][i]
    name_words = name.split() if name else []
    stripped = text.rstrip()
    nxt = i + 1 < len(lines)
    max_overlap = page["max_overlap"]
    f = {
        "bias": 1.0,
        "given_name": float(bool(name_words) and name_words[0].lower() in given_names()),
        "name_2_4": float(2 <= len(name_words) <= 4),
        "name_1": float(len(name_words) == 1),
        "name_role": float(bool(name) and page["roles"][i] is not None),
        "above": float(above > 0),
        "log_above": math.log1p(max(0, above)),
        "log_below_end": math.log1p(max(0, i - last)),
        "inside_body": float(first <= i <= last),
        "near_above": float(0 < above <= 3),
        "rel_page": i / max(1, len(lines)),
        "log_words": math.log1p(n),
        "words_3_20": float(3 <= n <= 20),
        "words_1_5": float(1 <= n <= 5),
        "long": float(n > 40),
        "headline_shape": float(4 <= n <= 25 and not stripped.endswith((".", ":"))),
        "title_case": sum(1 for w in caps if w[:1].isupper()) / len(caps) if caps else 0.0,
        "name_share": _name_share(words),
        "name_share_rest": _name_share(head),
        "lower_elsewhere": lower_elsewhere,
        "ends_sentence": float(text.rstrip("\"'”’»)").endswith((".", "!", "?", ":", "…"))),
        "ends_question": float(stripped.endswith("?")),
        "digits": sum(1 for ch in text if ch.isdecimal()) / max(1, len(text)),
        "reading_aid": float(aid[i]),
        "counter": float(bool(COUNTER.match(text))),
        "pipe": float("|" in text or " - " in text or " – " in text),
        "breadcrumb": float(bool(BREADCRUMB.search(text))),
        "body_overlap": overlap,
        "ovl_rel": overlap / max_overlap if max_overlap else 0.0,
        "repeated": math.log1p(page["seen"].get(line.text, 1) - 1),
        "by": float(bool(by)),
        "not_author": float(bool(NOT_AUTHOR.match(text))),
        "role": float(bool(ROLE.search(text))),
        "date": float(dated[i]),
        "date_word": float(bool(DATE_WORD.search(text))),
        "copyright": float(bool(COPYRIGHT.search(text))),
        "cue_after": float(bool(CUE_AFTER.match(text))),
        "prev_date": float(i > 0 and dated[i - 1]),
        "next_date": float(nxt and dated[i + 1]),
        # a headline's words are the article's topic: they recur through the body
        "body_tf": tf / len(long_toks) if long_toks else 0.0,
        "aid_below": float(any(aid[i + 1 : i + 5])),
        "after_furniture": float(i > 0 and lines[i - 1].kind in ("navigation", "related", "metadata")),
        "meta_below": float(any(dated[i + 1 : i + 5]) or any(by_line[i + 1 : i + 5])),
        "prev_by": float(i > 0 and by_line[i - 1]),
        "next_by": float(nxt and by_line[i + 1]),
        "longer_than_neighbours": float(n > page["n_words"](i - 1) if i > 0 else True)
        * float(n > page["n_words"](i + 1) if nxt else True),
        "upper": float(text.isupper()),
        "at_sign": float("@" in text or "http" in text),
        # "Jane Doe" over "Senior Reporter": a name + role pair of lines
        "next_role": float(nxt and page["role_line"](i + 1)),
        # "Written by" alone, the name on the line below
        "prev_by_label": float(i > 0 and page["by_label"](i - 1)),
        "updated_only": float(bool(UPDATED_WORD.search(text)) and not PUBLISHED_WORD.search(text)),
        # the headline is the nearest headline-shaped line above the article, often repeated
        # in a "Headline | Site" line
        "nearest_above": float(page["rank_above"].get(i) == 1),
        "log_rank_above": math.log1p(page["rank_above"].get(i, 0)),
        "echoed": float(page["echoed"].get(i, False)),
    }
    for kind in KIND_FEATURES:
        f["kind_" + kind] = 0.0
    if line.kind in KIND_SET:
        f["kind_" + line.kind] = 1.0
    return f


def title_features(f: dict[str, float], i: int, title: int | None) -> dict[str, float]:
    """Features of a line relative to the chosen headline (for the byline and the dateline)."""
    d = (i - title) if title is not None else 99
    return {
        **f,
        "after_title_1_4": float(0 < d <= 4),
        "after_title_5_12": float(4 < d <= 12),
        "before_title": float(-3 <= d < 0),
        "is_title": float(d == 0),
        "log_dist_title": math.log1p(abs(d)),
    }


def title_columns(pos: np.ndarray, title: int | None) -> dict[str, np.ndarray]:
    """:func:`title_features` of every candidate at once, as columns."""
    d = pos - title if title is not None else np.full(len(pos), 99)
    return {
        "after_title_1_4": ((d > 0) & (d <= 4)).astype(float),
        "after_title_5_12": ((d > 4) & (d <= 12)).astype(float),
        "before_title": ((d >= -3) & (d < 0)).astype(float),
        "is_title": (d == 0).astype(float),
        "log_dist_title": np.log1p(np.abs(d)).astype(float),
    }


def _role_line(text: str) -> bool:
    """A short line naming a job ("Senior Reporter", "Managing Director, Research")."""
    head = text[:80]
    return len(head.split()) <= 8 and ROLE.search(head) is not None and not DIGIT.search(head)


def _by_label(text: str) -> bool:
    """A byline opener with no name after it ("Written by", "Author:")."""
    m = BY.match(text)
    return m is not None and not text[m.end() :].strip(" :|-–—")


def _echoed(lines: list[Line], above: list[int]) -> dict[int, bool]:
    """Lines above the article whose words recur, in order, inside another line above it
    ("Headline" and "Headline | Site")."""
    keys = {i: " ".join(WORD.findall(lines[i].text[:SCAN].lower())) for i in above}
    return {
        i: len(k) >= 12 and any(j != i and k in other and other != k for j, other in keys.items())
        for i, k in keys.items()
    }


def pickable(text: str) -> bool:
    """Whether any field could take the line (a headline, a byline name or a date): the
    others are never picked, so their features are not computed at run time."""
    return headline_shaped(text) or find_date(text) is not None or byline_name(text)[0] is not None


def candidates(lines: list[Line], *, only_pickable: bool = False) -> tuple[list[int], list[dict[str, float]]]:
    """Positions of the lines near the body and their features (``only_pickable``: of the
    lines some field may take, see :func:`pickable`)."""
    if not lines:
        return [], []
    first, last = body_span(lines)
    lo, hi = max(0, first - WINDOW_ABOVE), min(len(lines), last + WINDOW_BELOW + 1)
    pos = [i for i in range(lo, hi) if i < first + 3 or i > last - 2 or lines[i].kind != "body"]
    body_counts: dict[str, int] = {}
    for x in lines[first : last + 1]:
        if x.kind == "body":
            for t in WORD.findall(x.text[:SCAN]):
                if len(t) > 3:
                    t = t.lower()
                    body_counts[t] = body_counts.get(t, 0) + 1
    body_words = frozenset(body_counts)
    # one pass over the joined lines: \w+ never spans the newline between them
    lower_words = frozenset(t for t in WORD.findall("\n".join(x.text[:SCAN] for x in lines)) if t.islower())
    seen: dict[str, int] = {}
    for x in lines:
        seen[x.text] = seen.get(x.text, 0) + 1
    # per-line flags, once: a line's neighbours look at them too
    dated, by_line, aid = ([False] * len(lines) for _ in range(3))
    for i in range(max(0, lo - 1), min(len(lines), hi + 5)):
        text = lines[i].text[:SCAN]
        dated[i] = find_date(text) is not None
        by_line[i] = BY.match(text) is not None
        aid[i] = READING_AID.search(text) is not None
    max_overlap = 0.0
    long_toks = {}
    for i in pos:
        toks = long_toks[i] = [t.lower() for t in WORD.findall(lines[i].text[:SCAN]) if len(t) > 3]
        if toks and len(toks) <= 30:
            max_overlap = max(max_overlap, sum(1 for t in toks if t in body_words) / len(toks))
    if only_pickable:  # after max_overlap, which every candidate counts in
        pos = [i for i in pos if pickable(lines[i].text)]
    names, roles = {}, {}
    for i in pos:
        names[i], roles[i] = byline_name(lines[i].text)
    shaped = [i for i in pos if i < first and headline_shaped(lines[i].text)]
    rank_above = {i: len(shaped) - k for k, i in enumerate(shaped)}
    page = {
        "body_words": body_words,
        "lower_words": lower_words,
        "seen": seen,
        "dated": dated,
        "by": by_line,
        "aid": aid,
        "max_overlap": max_overlap,
        "names": names,
        "roles": roles,
        "body_counts": body_counts,
        "long_toks": long_toks,
        "n_words": lambda k: len(lines[k].text.split()),
        "role_line": lambda k: _role_line(lines[k].text),
        "by_label": lambda k: _by_label(lines[k].text),
        "rank_above": rank_above,
        "echoed": _echoed(lines, [i for i in pos if i < first]),
    }
    return pos, [line_features(lines, i, first, last, page) for i in pos]


@lru_cache(maxsize=1)
def model() -> dict:
    """The shipped weights: per field, feature names, means, scales, coefficients, threshold."""
    try:
        return json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _folded(params: dict) -> tuple[np.ndarray, float]:
    """Weights on the raw features (standardisation folded in) and the intercept."""
    key = id(params)
    if key not in _FOLDED:
        coef, mean, scale = (np.asarray(params[k], dtype=float) for k in ("coef", "mean", "scale"))
        _FOLDED[key] = (params, coef / scale, float(params["intercept"] - (coef * mean / scale).sum()))
    _, w, b = _FOLDED[key]
    return w, b


_FOLDED: dict = {}


def score(field: str, feats: list[dict[str, float]], params: dict | None = None) -> list[float]:
    """Score per candidate that it is the line carrying ``field`` (a conditional logit: the
    page's best line wins; "no such line" scores 0)."""
    params = params if params is not None else model().get(field)
    if not params or not feats:
        return [0.0] * len(feats)
    w, b = _folded(params)
    X = np.array([[f.get(n, 0.0) for n in params["features"]] for f in feats], dtype=float)
    return (X @ w + b).tolist()


def pick(
    field: str,
    lines: list[Line],
    pos: list[int],
    feats: list[dict[str, float]] | None,
    *,
    accept=None,
    scores: list[float] | None = None,
) -> tuple[Line | None, float]:
    """The best line for ``field`` (and its score) among those ``accept`` allows, if it
    clears the field's threshold (``scores``: the candidates' scores, when already known)."""
    params = model().get(field)
    if not params or not pos:
        return None, 0.0
    best, best_p = None, -math.inf
    if scores is None:
        if feats is None:
            raise ValueError("pick needs feats or scores")
        scores = score(field, feats, params)
    for i, p in zip(pos, scores):
        if p > best_p and (accept is None or accept(lines[i].text)):
            best, best_p = lines[i], p
    if best is None or best_p < params.get("threshold", 0.0):
        return None, best_p
    return best, best_p


# --- names from bylines

#: Words glued to a name in copies that lost the spacing between elements
#: ("By Jane DoePublished: Jan 29", "Jane DoeMar 5, 2025"): a boundary goes before them.
GLUE_WORDS = (
    "Published|Updated|Posted|Last|Modified|Reviewed|Fact|Follow|Read|Share|In|On|"
    "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|"
    "June|July|August|September|October|November|December"
)
GLUE = re.compile(rf"(?<=[a-zà-ÿ.])(?=(?:{GLUE_WORDS})\b)|(?<=[a-zà-ÿ])(?=\d)")
#: "... by Jane Doe" anywhere in a line ("October 11, 2023 by Jane Doe", "ByJane Doe").
BY_INSIDE = re.compile(
    r"(?:^|(?<=[\s\d|:,(]))(?:[Bb]y|BY|[Pp]or|[Pp]ar|[Vv]on|[Aa]uthor:|[Aa]utor:)\s*(?=[A-ZÀ-ÞА-ЯЁ])"
)
#: Where a name ends: a separator, a date, a link or an address.
NAME_END = re.compile(
    r"\s+[|•·/]\s*|\s*[|•·]|\s+[-–—]\s+|[–—]|\s+(?:on|in|at|el|le|am|il)\s+|\d|[\[(@<]|https?:"
    r"|\s+(?:updated|published|posted|last)\b"
    rf"|\s+(?:{GLUE_WORDS})\.?\s+\d",
    re.I,
)
#: Post-nominal letters that belong with a name ("MS, RD", "Ph.D.", "MD"): short capitals.
POSTNOMINAL = re.compile(r"^[A-Z][A-Za-z.\-®]{0,7}$")
NAME_JOIN = frozenset(("and", "&", "und", "et", "y", "e", "og", "en", "i"))


@lru_cache(maxsize=1)
def given_names() -> frozenset:
    """Common given names (the lists the quote extractor uses, resources/quote_speakers.txt)."""
    from ..text import read_resource

    res = read_resource("quote_speakers.txt")
    return frozenset(w for sec in ("female_name", "male_name") for row in res[sec] for w in row)


@lru_cache(maxsize=4096)  # one line is read by the candidates and again by the pick
def byline_name(text: str) -> tuple[str | None, str | None]:
    """``(name, role)`` a byline line shows: "By Jane Doe | Staff writer" -> ("Jane Doe",
    "Staff writer"); "Posted by Jane Doe on May 3" -> ("Jane Doe", None); (None, None) if none."""
    line = GLUE.sub(" | ", text.strip()[:SCAN])
    m = BY_INSIDE.search(line)
    if m:
        line = line[m.end() :]
    else:
        line = BY.sub("", line, count=1)
    line = line.strip(" :,")
    role = None
    cut = NAME_END.search(line)
    if cut:
        after = line[cut.end() :].strip(" |•·-–—,")
        if after and ROLE.search(after[:60]) and not any(ch.isdigit() for ch in after[:30]):
            role = after.split("|")[0].strip() or None
        line = line[: cut.start()]
    parts = [p.strip() for p in line.split(",")]
    kept: list[str] = []
    for k, part in enumerate(parts):
        if not part:
            continue
        words = part.split()
        if k and ROLE.search(part):
            role = role or ", ".join(p for p in parts[k:] if p)
            break
        if k and all(POSTNOMINAL.match(w) for w in words) and len(words) <= 2:
            kept.append(part)
            continue
        if not _is_names(words):
            break
        kept.append(part)
    name = ", ".join(kept).strip(" ,")
    if not name or len(name.split()) > 12 or any(w.lower().strip(".,") in NOT_NAME for w in name.split()):
        return None, None
    return name, role


def _is_names(words: list[str]) -> bool:
    """Whether words read as one or more names: capitalised words, particles, "and" between."""
    if not words or len(words) > 9:
        return False
    names = [w for w in words if w.lower() not in NAME_JOIN and w.lower() not in NAME_LINK]
    if not names:
        return False
    ok = sum(1 for w in names if NAME_WORD.match(w) or (w.isalpha() and w.islower() and len(words) <= 3))
    return ok == len(names)


# --- dates from datelines

#: Month names (and common abbreviations) of the languages news copies come in -> month number.
MONTH_NAMES = {
    1: "january jan januar janvier enero janeiro gennaio januari janv ene gen stycznia января январь",
    2: "february feb februar février fevrier febrero fevereiro febbraio februari févr fev fév lutego февраля февраль",
    3: "march mar märz maerz mars marzo março marco maart maret marca марта март",
    4: "april apr avril abril aprile kwietnia апреля апрель avr abr",
    5: "may mai mayo maio maggio mei maja мая май mag",
    6: "june jun juni juin junio junho giugno czerwca июня июнь giu",
    7: "july jul juli juillet julio julho luglio lipca июля июль juil lug",
    8: "august aug août aout agosto agustus augustus sierpnia августа август ago",
    9: "september sep sept septembre septiembre setembro settembre września сентября сентябрь set",
    10: "october oct oktober octobre octubre outubro ottobre okt października октября октябрь out ott",
    11: "november nov novembre noviembre novembro listopada ноября ноябрь",
    12: "december dec dezember décembre decembre diciembre dezembro dicembre desember grudnia декабря декабрь dez dic déc",
}
MONTH = {w: n for n, words in MONTH_NAMES.items() for w in words.split()}
_MON = "|".join(sorted(MONTH, key=len, reverse=True))
_Y = r"(?P<y>(?:19|20)\d\d)"
DATES = (
    # 2025-09-04, 2025/4/29, 2025.09.04 (year first: never ambiguous)
    re.compile(rf"(?<!\d){_Y}[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})(?!\d)"),
    # September 4, 2025; Sep. 4th 2025; Tuesday, August 29, 2023
    # (also glued to the word before it in a copy that lost the spacing: "HealthDECEMBER 22, 2022")
    re.compile(
        rf"(?i)(?:\b|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_Y}"
    ),
    # 4 September 2025; 4. September 2025; 4 de septiembre de 2025; 4th Sept, 2025
    re.compile(
        rf"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+)?(?P<mon>{_MON})\.?,?\s+(?:de\s+)?{_Y}"
    ),
    # 04/09/2025, 9.4.2025 (day first unless that is impossible)
    re.compile(rf"(?<![\d/.])(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.]{_Y}(?!\d)"),
    # 2025年9月4日, 2025년 9월 4일
    re.compile(rf"{_Y}\s*[年년]\s*(?P<m>\d{{1,2}})\s*[月월]\s*(?P<d>\d{{1,2}})"),
)
DIGIT = re.compile(r"\d")
#: Words that are never part of a writer's name: calendar and social-network words.
NOT_NAME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday updated published "
    "facebook twitter linkedin youtube instagram pinterest tiktok whatsapp email share follow "
    "print comments comment reply menu home search subscribe login".split()
) | frozenset(MONTH)


def find_date(text: str):
    """The first full date (with a year) in ``text`` as ``datetime.date``, or None."""
    return _find_date(text[:SCAN])


#: Every date form has a four-digit year: a line without one is passed over at once.
YEAR = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=4096)
def _find_date(text: str):
    # cached: one line is looked at by the flags, the candidates and the picks
    from datetime import date

    if not YEAR.search(text):
        return None
    best = None
    for pattern in DATES:
        for m in pattern.finditer(text):
            g = m.groupdict()
            try:
                if g.get("a"):
                    a, b = int(g["a"]), int(g["b"])
                    day, month = (a, b) if b <= 12 else (b, a)
                elif g.get("mon"):
                    day, month = int(g["d"]), MONTH[g["mon"].lower()]
                else:
                    day, month = int(g["d"]), int(g["m"])
                found = date(int(g["y"]), month, day)
            except (ValueError, KeyError):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), found)
            break
    return best[1] if best else None


#: A headline has at least this many words (a lone word or two is a section label or a name).
TITLE_MIN_WORDS = 3


def headline_shaped(text: str) -> bool:
    """Whether a line may be a headline: a few words, no reading aid or counter, not a byline."""
    return (
        len(text.split()) >= TITLE_MIN_WORDS
        and not READING_AID.search(text)
        and not COUNTER.match(text)
        and not BY.match(text)
    )


#: Separators of a breadcrumb trail ("Home > Blog > Headline") and of a site name after a
#: headline ("Headline | Site").
TRAIL = re.compile(r"\s*(?:>|»|›|(?<!\d)/(?!\d))\s*")
SITE_SEP = re.compile(r"\s+(?:\||–|—|-)\s+")


def clean_headline(text: str) -> str:
    """The headline in a line: the last step of a breadcrumb trail, the longest part of a
    "Headline | Site" line; the line itself otherwise."""
    text = " ".join(text.split())
    steps = [x for x in TRAIL.split(text) if x]
    # "Home > News > Headline" needs two steps; a slash ("and/or") three ("Blog/Tips/Headline")
    if (
        len(steps) > (1 if re.search(r"[>»›]", text) else 2)
        and len(steps[-1].split()) >= TITLE_MIN_WORDS
        and steps[0][:1].isupper()
        and all(len(x.split()) <= 4 for x in steps[:-1])
    ):
        text = steps[-1]
    parts = SITE_SEP.split(text)
    if len(parts) > 1:
        longest = max(parts, key=len)
        if len(longest.split()) >= TITLE_MIN_WORDS and len(longest) >= 0.6 * len(text):
            text = longest
    return text


def read(blocks: list[dict]) -> dict:
    """Headline, author (and role) and date of a text copy from its labelled block rows (``kind``
    and ``raw`` or ``text``); None where the copy shows none the scorer trusts."""
    lines = lines_of(blocks)
    pos, feats = candidates(lines, only_pickable=True)
    out: dict = {"title": None, "author": None, "author_role": None, "published": None}
    if not pos:
        return out
    # the candidates' features as one matrix, built once for the three fields
    names = sorted(feats[0])
    X = np.array([[f[n] for n in names] for f in feats], dtype=float)
    column = {n: k for k, n in enumerate(names)}

    def scores(field: str, extra: dict[str, np.ndarray] | None = None) -> list[float] | None:
        params = model().get(field)
        if not params:
            return None
        w, b = _folded(params)
        more = extra or {}
        cols = [X[:, column[n]] if n in column else more[n] for n in params["features"]]
        return (np.column_stack(cols) @ w + b).tolist()

    title, _ = pick("title", lines, pos, None, accept=headline_shaped, scores=scores("title"))
    if title is not None:
        out["title"] = clean_headline(title.text)
    extra = title_columns(np.asarray(pos), title.pos if title else None)
    line, _ = pick(
        "author",
        lines,
        pos,
        None,
        accept=lambda t: byline_name(t)[0] is not None,
        scores=scores("author", extra),
    )
    if line is not None:
        out["author"], out["author_role"] = byline_name(line.text)
        out["author_line"] = line.text
    line, _ = pick(
        "date", lines, pos, None, accept=lambda t: find_date(t) is not None, scores=scores("date", extra)
    )
    if line is not None:
        out["published"], out["date_line"] = find_date(line.text), line.text
    return out
