"""Tone of a corpus: sentiment aggregates, voices, target sentiment, caveats, hedging.

Every function takes a Corpus (or, where said, its sentences table) first and
returns a new DataFrame. Sentence scores come from the ``sentences`` table when
it already has them (``sentiment``, ``pos``, ``neu``, ``neg``, ``sentiment_label``)
and are computed on the fly with :func:`workbench.sentiment.score_sentences` when not.

Aggregates report ``n``, ``mean``, ``median``, ``sd`` and a percentile bootstrap
interval of the mean over sentences (``ci_low``, ``ci_high``): with a dozen
sentences per group a mean alone misleads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from ..config import SEED
from ..schema import as_table
from ..text import NARRATOR, count_words, resource_lines, sentence_voices
from ._explain import explain_rows
from ._hedges import hedge_lexicon, hedge_markers, hedges_in
from ._vader import polarity_scores, scored_sentences

__all__ = [
    "NARRATOR",
    "Toward",
    "aliases",
    "by_document",
    "by_position",
    "by_topic",
    "by_voice",
    "caveats",
    "hedge_lexicon",
    "hedge_markers",
    "hedges_in",
    "hedging",
    "sentiment_toward",
    "summarise",
    "voices",
]

#: Resamples of the bootstrap; 2,000 keeps the 2.5th/97.5th percentiles stable to
#: about 0.01 on the seeds (Efron & Tibshirani 1993 suggest >= 1,000 for intervals).
N_BOOT = 2000
#: Two-sided level of the bootstrap interval.
CI_LEVEL = 0.95
#: Bootstrap resamples drawn at once; bounds memory at CHUNK x n indices.
_BOOT_CHUNK = 200
#: Paragraph-position bins along a report (fifths: lead, ..., end).
POSITION_BINS = 5


# --------------------------------------------------------------------------- summaries


def _bootstrap(values: np.ndarray, *, n_boot: int, level: float, rng) -> tuple[float, float]:
    n = len(values)
    if n == 0:
        return float("nan"), float("nan")
    if n == 1:
        return float(values[0]), float(values[0])
    chunks = []
    for start in range(0, n_boot, _BOOT_CHUNK):
        size = min(_BOOT_CHUNK, n_boot - start)
        chunks.append(values[rng.integers(0, n, size=(size, n))].mean(axis=1))
    means = np.concatenate(chunks)
    alpha = (1 - level) / 2
    return float(np.quantile(means, alpha)), float(np.quantile(means, 1 - alpha))


def summarise(
    frame: pd.DataFrame,
    by,
    *,
    value: str = "sentiment",
    n_boot: int = N_BOOT,
    level: float = CI_LEVEL,
    random_state=None,
) -> pd.DataFrame:
    """Per group of ``by``: ``n``, ``mean``, ``median``, ``sd`` (n-1), ``ci_low``/``ci_high``
    (percentile bootstrap of the mean over rows), ``share_positive``/``share_negative``
    (labels when ``sentiment_label`` is there). Groups sorted by ``by``; one random
    generator seeded with ``random_state`` (default ``config.SEED``) walks them in order."""
    by = [by] if isinstance(by, str) else list(by)
    rng = np.random.default_rng(SEED if random_state is None else random_state)
    rows = []
    if len(frame):
        for key, group in frame.groupby(by, sort=True, dropna=False, observed=True):
            key = key if isinstance(key, tuple) else (key,)
            values = group[value].to_numpy(dtype="float64")
            low, high = _bootstrap(values, n_boot=n_boot, level=level, rng=rng)
            row = dict(zip(by, key))
            row.update(
                n=len(values),
                mean=values.mean(),
                median=float(np.median(values)),
                sd=float(values.std(ddof=1)) if len(values) > 1 else float("nan"),
                ci_low=low,
                ci_high=high,
            )
            if "sentiment_label" in group:
                labels = group["sentiment_label"]
                row.update(
                    share_positive=float((labels == "positive").mean()),
                    share_negative=float((labels == "negative").mean()),
                )
            rows.append(row)
    cols = [*by, "n", "mean", "median", "sd", "ci_low", "ci_high", "share_positive", "share_negative"]
    out = pd.DataFrame(rows, columns=cols)
    return out.astype({"n": "int64"} | {c: "float64" for c in cols[len(by) + 1 :]})


def by_document(corpus, **options) -> pd.DataFrame:
    """Sentence sentiment per document (``doc_id``, ``title``), see :func:`summarise`."""
    s = scored_sentences(corpus)
    out = summarise(s, "doc_id", **options)
    titles = corpus.documents.set_index("doc_id")["title"]
    out.insert(1, "title", out["doc_id"].map(titles).astype("string"))
    return out


def positions(corpus, *, bins: int = POSITION_BINS) -> pd.DataFrame:
    """Each sentence's relative paragraph position in its document: ``position``
    (paragraph rank / number of paragraphs, in [0, 1)) and ``position_bin`` (0..bins-1)."""
    p = corpus.paragraphs[["doc_id", "para_id", "order"]].copy()
    rank = p.groupby("doc_id")["order"].rank(method="first") - 1
    size = p.groupby("doc_id")["order"].transform("size")
    p["position"] = (rank / size).astype("float64")
    p["position_bin"] = np.minimum((p["position"] * bins).astype("int64"), bins - 1)
    return p[["para_id", "position", "position_bin"]]


def by_position(corpus, *, bins: int = POSITION_BINS, per_document: bool = True, **options) -> pd.DataFrame:
    """Sentiment along the reports: per (document and) paragraph-position bin.
    ``position_mid`` is the middle of the bin (0..1), for plotting a line."""
    s = scored_sentences(corpus).merge(positions(corpus, bins=bins), on="para_id", how="left")
    keys = ["doc_id", "position_bin"] if per_document else ["position_bin"]
    out = summarise(s, keys, **options)
    out.insert(len(keys), "position_mid", (out["position_bin"] + 0.5) / bins)
    return out


# --------------------------------------------------------------------------- voices


def voices(data, *, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Whose voice each sentence is in: ``doc_id``, ``sent_id``, ``voice`` (``quoted`` or
    ``narration``), ``source_id`` (``narrator`` for narration), ``quoted_share``: the voice
    that owns most of its words, read from the ``quotes`` table (``quotes``: default the
    corpus's), the same words as :func:`workbench.quotes.share_of_voice` gives each source.
    See :func:`workbench.text.sentence_voices`."""
    return sentence_voices(data, quotes=quotes)


def by_voice(
    corpus,
    *,
    quotes: pd.DataFrame | None = None,
    by_source: bool = False,
    per_document: bool = False,
    **options,
) -> pd.DataFrame:
    """Sentence sentiment per voice (quoted speech vs narration), optionally per
    ``source_id`` and per document; see :func:`voices` and :func:`summarise`."""
    v = voices(corpus, quotes=quotes)[["sent_id", "voice", "source_id"]]
    s = scored_sentences(corpus).merge(v, on="sent_id", how="left")
    keys = (["doc_id"] if per_document else []) + ["voice"] + (["source_id"] if by_source else [])
    return summarise(s, keys, **options)


_UNIT_KEYS = ("sent_id", "para_id", "doc_id")


def by_topic(corpus, topics: pd.DataFrame, **options) -> pd.DataFrame:
    """Sentence sentiment per topic. ``topics``: one row per unit keyed by
    ``sent_id``, ``para_id`` or ``doc_id``, either with a ``topic`` column or with a
    numeric column per topic (``TopicModel.transform``), in which case each unit
    takes its heaviest topic. Sentences inherit their paragraph's or document's topic."""
    key = next((k for k in _UNIT_KEYS if k in topics.columns), None)
    if key is None:
        raise ValueError("topics needs a sent_id, para_id or doc_id column")
    if "topic" in topics.columns:
        t = topics[[key, "topic"]]
    else:
        weights = topics.drop(columns=[c for c in topics.columns if c in _UNIT_KEYS]).select_dtypes("number")
        t = pd.DataFrame({key: topics[key], "topic": weights.idxmax(axis=1).astype("string")})
    s = scored_sentences(corpus).merge(t, on=key, how="inner")
    return summarise(s, "topic", **options)


# --------------------------------------------------------------------------- target sentiment


@lru_cache(maxsize=1)
def _alias_table() -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = []
    for line in resource_lines("sentiment_aliases.txt"):
        if "=" not in line:
            continue
        name, variants = line.split("=", 1)
        rows.append((name.strip(), tuple(v.strip() for v in variants.split("|") if v.strip())))
    return tuple(rows)


def aliases(entity: str) -> tuple[str, list[str]]:
    """The canonical name of ``entity`` and every name that counts as it
    (``resources/sentiment_aliases.txt``); an unknown name stands for itself."""
    wanted = entity.strip().casefold()
    for name, variants in _alias_table():
        if wanted in {n.casefold() for n in (name, *variants)}:
            return name, sorted({name, *variants}, key=lambda v: (-len(v), v))
    return entity.strip(), [entity.strip()]


def _is_acronym(name: str) -> bool:
    letters = re.sub(r"[.\s]", "", name)
    return letters.isupper() and letters.isalpha() and len(letters) <= 4


def mention_pattern(names) -> re.Pattern:
    """A regex for whole-word mentions of ``names`` (possessive allowed), case-insensitive
    except for short acronyms, which must be in capitals."""
    parts = []
    for n in sorted(set(names), key=lambda v: (-len(v), v)):
        body = r"\s+".join(re.escape(w) for w in n.split())
        parts.append(body if _is_acronym(n) else f"(?i:{body})")
    return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?:['\u2019]s)?(?!\w)")


_CLAUSE_RE = re.compile(
    r"\s*(?:[;:]|\s[\u2013\u2014-]\s|,\s*(?=(?:but|while|although|though|whereas)\b)"
    r"|(?<=\s)(?=but\b))\s*",
    re.IGNORECASE,
)


def clause_of(text: str, start: int) -> str:
    """The clause of ``text`` holding character ``start``: split at ``;``, ``:``,
    dashes between spaces, and before "but", "while", "although", "whereas"."""
    begin = 0
    for m in _CLAUSE_RE.finditer(text):
        if m.start() > start:
            return text[begin : m.start()].strip()
        if m.end() > begin:
            begin = m.end()
    return text[begin:].strip()


@dataclass(frozen=True)
class Toward:
    """What :func:`sentiment_toward` returns.

    ``sentences``: one row per sentence mentioning the entity: ``doc_id``, ``para_id``,
    ``sent_id``, ``entity`` (canonical), ``mentions`` (as written, ``|``-joined),
    ``text``, the score columns, ``clause`` (the clause of the first mention) and
    ``clause_sentiment`` (its VADER compound).
    ``summary``: per document, :func:`summarise` of the sentence scores plus
    ``clause_mean``."""

    sentences: pd.DataFrame
    summary: pd.DataFrame

    def __iter__(self):  # so that `sentences, summary = sentiment_toward(...)` works
        return iter((self.sentences, self.summary))


def sentiment_toward(
    corpus, entity: str, *, names=None, entities: pd.DataFrame | None = None, **options
) -> Toward:
    """Tone of the sentences that mention ``entity`` (see :class:`Toward`).

    Mentions: whole-word matches of the entity's names (:func:`aliases`, plus
    ``names``, extra names for this question, e.g. ``["Washington"]``), and, when an entities table is given or the
    corpus has one (CONTRACT.md ``entities``), the sentences whose ``entity`` is
    one of those names. ``options`` go to :func:`summarise`."""
    name, known = aliases(entity)
    names = [*known, *(names or [])]
    pattern = mention_pattern(names)
    s = scored_sentences(corpus)
    found = [list(pattern.finditer(t)) for t in s["text"].fillna("")]
    keep = pd.Series([bool(f) for f in found], index=s.index)
    entities = as_table(corpus if entities is None else entities, "entities")
    if len(entities) and {"sent_id", "entity"} <= set(entities.columns):
        folded = {n.casefold() for n in names}
        hits = entities[entities["entity"].astype("string").str.casefold().isin(folded)]
        keep = keep | s["sent_id"].isin(hits["sent_id"])
    rows = s[keep].copy()
    matches = [f for f, k in zip(found, keep) if k]
    rows.insert(3, "entity", pd.Series(name, index=rows.index, dtype="string"))
    rows.insert(
        4,
        "mentions",
        pd.Series(["|".join(m.group(0) for m in ms) for ms in matches], index=rows.index, dtype="string"),
    )
    rows["clause"] = [clause_of(t, ms[0].start()) if ms else t for t, ms in zip(rows["text"], matches)]
    rows["clause"] = rows["clause"].astype("string")
    rows["clause_sentiment"] = [polarity_scores(c)["compound"] for c in rows["clause"]]
    rows = rows.sort_values(["doc_id", "sent_id"]).reset_index(drop=True)
    summary = summarise(rows, "doc_id", **options)
    clause_mean = rows.groupby("doc_id")["clause_sentiment"].mean()
    summary.insert(1, "entity", pd.Series(name, index=summary.index, dtype="string"))
    summary["clause_mean"] = summary["doc_id"].map(clause_mean).astype("float64")
    return Toward(rows, summary)


# --------------------------------------------------------------------------- caveats


@lru_cache(maxsize=1)
def topic_words() -> frozenset[str]:
    """Conflict and diplomacy words VADER scores as sentiment (``resources/sentiment_topic_words.txt``)."""
    return frozenset(w.lower() for w in resource_lines("sentiment_topic_words.txt", inline_comments=False))


CAVEAT_REASONS = {
    "topic word": "names what the report is about, not a stance: {words}",
    "negation": "a negation flips the word, so a denial reads as the opposite feeling: {words}",
    "but": "'but' halves the words before it and boosts those after: {words}",
    "name word": "part of a name, scored as a feeling: {words}",
}


def _is_name_word(token: str) -> bool:
    # Capitalised but not all capitals (VADER's caps emphasis is another rule):
    # "United" in "United States", "Trust" in a company's name.
    return token[:1].isupper() and not token.isupper()


def caveats(corpus) -> pd.DataFrame:
    """Sentences where VADER is likely to mislead on diplomatic prose, with the reason.

    One row per sentence and reason: ``doc_id``, ``sent_id``, ``text``, ``sentiment``,
    ``reason`` (``topic word``, ``negation``, ``but`` or ``name word``: a capitalised
    word inside the sentence, like "United" in "United States"), ``words`` (the words
    concerned), ``share`` (their part of the sentence's absolute score, 0..1) and
    ``note`` (readable). Only sentences with a non-neutral score are considered."""
    s = scored_sentences(corpus)
    s = s[s["sentiment_label"] != "neutral"]
    topics = topic_words()
    rows = []
    for r in s.itertuples():
        # the words' rows as dicts, not a frame per sentence (thousands of sentences)
        e = [w for w in explain_rows(r.text) if w["position"] >= 0]
        # numpy's sums, as a column's: the shares stay the same to the last bit
        total = np.abs(np.array([w["contribution"] for w in e], dtype="float64")).sum()
        if not total:
            continue
        groups = {
            "topic word": [w for w in e if w["token"].lower() in topics and w["contribution"] != 0],
            "negation": [w for w in e if w["negated"]],
            "but": [w for w in e if w["but"] != 1.0],
            "name word": [
                w for w in e if w["position"] > 0 and w["contribution"] != 0 and _is_name_word(w["token"])
            ],
        }
        for reason, part in groups.items():
            if not part:
                continue
            words = ", ".join(f"{w['token']} ({w['contribution']:+.2f})" for w in part)
            share = np.abs(np.array([w["contribution"] for w in part], dtype="float64")).sum() / total
            rows.append(
                {
                    "doc_id": r.doc_id,
                    "sent_id": r.sent_id,
                    "text": r.text,
                    "sentiment": r.sentiment,
                    "reason": reason,
                    "words": "|".join(w["token"] for w in part),
                    "share": float(share),
                    "note": CAVEAT_REASONS[reason].format(words=words),
                }
            )
    cols = ["doc_id", "sent_id", "text", "sentiment", "reason", "words", "share", "note"]
    out = pd.DataFrame(rows, columns=cols).astype(
        {
            "doc_id": "string",
            "sent_id": "string",
            "text": "string",
            "sentiment": "float64",
            "reason": "string",
            "words": "string",
            "share": "float64",
            "note": "string",
        }
    )
    return out.sort_values(["doc_id", "sent_id", "reason"]).reset_index(drop=True)


# --------------------------------------------------------------------------- hedging


def hedging(corpus, *, by=("voice",), quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Hedging and certainty per group: one row per group and category with
    ``count``, ``n_words`` (words of the group's sentences) and ``per_100_words``.
    ``by``: columns of :func:`voices` and ``doc_id`` (e.g. ``("doc_id", "voice")``)."""
    by = [by] if isinstance(by, str) else list(by)
    v = voices(corpus, quotes=quotes)
    s = corpus.sentences[["sent_id", "text"]].merge(v, on="sent_id")
    s["n_words"] = s["text"].fillna("").map(count_words).astype("int64")
    words = s.groupby(by, dropna=False)["n_words"].sum()
    marks = hedge_markers(corpus).merge(v, on=["doc_id", "sent_id"])
    counts = marks.groupby([*by, "category"], dropna=False).size()
    categories = list(dict.fromkeys(hedge_lexicon()["category"]))
    grid = pd.MultiIndex.from_tuples(
        [(*(k if isinstance(k, tuple) else (k,)), c) for k in words.index for c in categories],
        names=[*by, "category"],
    )
    out = counts.reindex(grid, fill_value=0).rename("count").reset_index()
    out["n_words"] = [words[tuple(k) if len(by) > 1 else k[0]] for k in out[by].itertuples(index=False)]
    out["per_100_words"] = (100 * out["count"] / out["n_words"].where(out["n_words"] > 0)).astype("float64")
    return out.astype({"count": "int64", "n_words": "int64", "category": "string"})
