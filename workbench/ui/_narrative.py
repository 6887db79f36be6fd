"""The sentences of the notebooks that carry numbers, written from the data of any corpus.

Each function returns Markdown (``display(Markdown(ui.describe_corpus(corpus)))``), names
documents and sources as :mod:`workbench.ui._labels` does, and says "one"/"no" rather than
failing when a corpus holds a single document or no statements.
"""

from __future__ import annotations

import pandas as pd

from ._labels import doc_labels, source_labels

__all__ = [
    "describe_alignment",
    "describe_corpus",
    "describe_kept",
    "describe_tone",
    "describe_topics",
    "describe_voices",
]


def _n(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "0%"


def describe_corpus(corpus) -> str:
    """What is loaded: files, documents, statements, sources, named or not."""
    m, d, q = corpus.manifest, corpus.documents, corpus.quotes
    loaded = int((m["status"] == "loaded").sum())
    other = m[m["status"] != "loaded"]
    lines = [
        f"**{_n(len(d), 'document')}** from {_n(loaded, 'file')} loaded"
        + (f" ({_n(len(other), 'file')} not loaded: see the manifest)." if len(other) else ".")
    ]
    if len(d):
        words = d["n_words"]
        spread = f" ({int(words.min()):,} to {int(words.max()):,} per document)" if len(d) > 1 else ""
        lines.append(
            f"{'They hold' if len(d) > 1 else 'It holds'} {_n(int(words.sum()), 'word')} of article text"
            f"{spread}, "
            f"{_n(len(q), 'attributed statement')} from {_n(int(q['source_id'].nunique()), 'source')}."
        )
    if len(q):
        anon = int(q["anonymous"].fillna(False).astype(bool).sum())
        lines.append(
            f"{_n(anon, 'statement')} ({_pct(anon, len(q))}) come from sources the text does not name."
        )
    return " ".join(lines)


def describe_kept(corpus) -> str:
    """How much of the input lines is article, and what the rest mostly is."""
    b = corpus.blocks.assign(lines=corpus.blocks["line_end"] - corpus.blocks["line_start"] + 1)
    total = int(b["lines"].sum())
    if not total:
        return "No input lines were read."
    body = int(b.loc[b["kind"] == "body", "lines"].sum())
    rest = b[~b["kind"].isin(["body", "title", "heading"])].groupby("kind", observed=True)["lines"].sum()
    rest = rest[rest > 0].sort_values(ascending=False, kind="stable")
    top = ", ".join(f"{k} ({int(v)})" for k, v in rest.head(3).items())
    tail = f" Most of the rest is {top}." if top else ""
    repairs = len(corpus.repairs)
    return (
        f"Of {_n(total, 'input line')}, {body:,} ({_pct(body, total)}) are the article.{tail} "
        f"The workbench made {_n(repairs, 'repair')} to the text (the raw text stays as it was)."
    )


def describe_voices(corpus, sov: pd.DataFrame) -> str:
    """Who is quoted most, and how much of each report the narrator speaks.
    ``sov``: :func:`workbench.share_of_voice` of the corpus."""
    q = corpus.quotes
    if not len(q):
        return "No attributed statement was found, so every word is the narrator's."
    names = source_labels(corpus)
    words = q.groupby("source_id")["n_words"].sum().sort_values(ascending=False, kind="stable")
    top, top_words = words.index[0], int(words.iloc[0])
    labels = doc_labels(corpus)
    narr = sov[sov["source_id"] == "narrator"].set_index("doc_id")["share"] if len(sov) else pd.Series()
    parts = [
        f"The most quoted source is **{names.get(top, top)}** ({_n(top_words, 'word')} in "
        f"{_n(int((q['source_id'] == top).sum()), 'statement')})."
    ]
    if len(narr):
        lo, hi = narr.idxmin(), narr.idxmax()
        if lo == hi:
            parts.append(f"The narrator speaks {_pct(narr[lo], 1)} of the words of {labels.get(lo, lo)}.")
        else:
            parts.append(
                f"The narrator's share of the words runs from {_pct(narr[lo], 1)} ({labels.get(lo, lo)}) "
                f"to {_pct(narr[hi], 1)} ({labels.get(hi, hi)})."
            )
    return " ".join(parts)


def describe_topics(model) -> str:
    """How many topics the model kept and why; ``model``: a fitted :class:`workbench.TopicModel`."""
    table = model.coherence_
    chosen = int(model.n_topics_)
    if len(table) <= 1:
        return f"The corpus carries {_n(chosen, 'topic')} at most, so that is the number fitted."
    stab = table.set_index("n_topics")["stability"]
    runner = stab.drop(chosen, errors="ignore").sort_values(ascending=False, kind="stable")
    second = f"; the next best is {int(runner.index[0])} ({runner.iloc[0]:.2f})" if len(runner) else ""
    return (
        f"Tried {int(table['n_topics'].min())} to {int(table['n_topics'].max())} topics, the model keeps "
        f"**{chosen}**: its top terms come back most often when refitted on part of the data "
        f"(stability {stab.get(chosen, float('nan')):.2f}{second})."
    )


def describe_tone(corpus, table: pd.DataFrame) -> str:
    """The warmest and coolest document by mean sentence tone, and whether their intervals
    overlap; ``table``: :func:`workbench.by_document`."""
    labels = doc_labels(corpus)
    t = table.dropna(subset=["mean"]).sort_values(["mean", "doc_id"], kind="stable")
    if not len(t):
        return "No sentence was scored."
    if len(t) == 1:
        r = t.iloc[0]
        return (
            f"{labels.get(r['doc_id'], r['doc_id'])}: mean tone {r['mean']:+.2f} over "
            f"{_n(int(r['n']), 'sentence')} (95% interval {r['ci_low']:+.2f} to {r['ci_high']:+.2f})."
        )
    low, high = t.iloc[0], t.iloc[-1]
    overlap = low["ci_high"] >= high["ci_low"]
    verdict = (
        "Their intervals overlap: with this many sentences, neither is measurably warmer."
        if overlap
        else "Their intervals do not overlap: the difference is larger than chance would give."
    )
    return (
        f"Mean sentence tone runs from {low['mean']:+.2f} ({labels.get(low['doc_id'], low['doc_id'])}, "
        f"{_n(int(low['n']), 'sentence')}) to {high['mean']:+.2f} "
        f"({labels.get(high['doc_id'], high['doc_id'])}, {_n(int(high['n']), 'sentence')}). {verdict}"
    )


def describe_alignment(aligned: pd.DataFrame, names: tuple[str, str], *, threshold: float) -> str:
    """How many units of A and B make the same claim at ``threshold``; ``aligned``:
    :func:`workbench.align_claims`."""
    if not len(aligned):
        return f"There is nothing to align between {names[0]} and {names[1]}."
    counts = aligned["label"].value_counts()
    shared = int(counts.get("shared", 0))
    best = aligned["score"].max()
    head = (
        f"At the threshold {threshold:.2f}, **{_n(shared, 'pair')}** of {names[0]} and {names[1]} "
        f"make the same claim; {int(counts.get('only in A', 0)):,} units stand only in A and "
        f"{int(counts.get('only in B', 0)):,} only in B."
    )
    if not shared:
        head += f" The closest pair scores {best:.2f}: below, what such pairs share."
    return head
