"""matplotlib figures of tone; each function returns its Figure and shows nothing."""

from __future__ import annotations

import math
import textwrap

import matplotlib.pyplot as plt
import pandas as pd

from ._chart_pick import mark
from ._many import MAX_ROWS, cap_note, caption, top_keys

__all__ = ["document_labels", "hedging_bars", "tone_along", "tone_by_group"]

#: Okabe–Ito palette, colour-blind safe.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]


#: Characters of a row name per line (longer names wrap).
LABEL_CHARS = 40
#: Characters of a title kept in a legend.
TITLE_CHARS = 50


def document_labels(corpus, *, width: int = TITLE_CHARS) -> dict[str, str]:
    """``doc_id`` -> "doc_id · title" (the title shortened to ``width``), for legends."""
    out = {}
    for doc_id, title in corpus.documents[["doc_id", "title"]].itertuples(index=False):
        if isinstance(title, str) and title:
            short = title if len(title) <= width else title[: width - 1].rstrip() + "…"
            out[doc_id] = f"{doc_id} · {short}"
        else:
            out[doc_id] = doc_id
    return out


def _label(key) -> str:
    return " · ".join(str(k) for k in key) if isinstance(key, tuple) else str(key)


def tone_along(
    table: pd.DataFrame, *, labels: dict | None = None, colours: dict | None = None, width: float = 8.0
):
    """Mean sentence sentiment over paragraph position, a line per document with its
    bootstrap interval as a band. ``table``: :func:`workbench.sentiment_tone.by_position`.
    ``colours``: doc_id -> colour (:func:`workbench.ui.doc_colours`); documents sharing a
    colour (beyond the twelfth) share one legend entry, "other documents"."""
    docs = sorted(table["doc_id"].unique())
    colour_of = {d: (colours or {}).get(d) or PALETTE[k % len(PALETTE)] for k, d in enumerate(docs)}
    shared = {c for c in colour_of.values() if list(colour_of.values()).count(c) > 1}
    entries = len({colour_of[d] if colour_of[d] in shared else d for d in docs})
    fig, ax = plt.subplots(figsize=(width, 3.4 + 0.22 * math.ceil(entries / 2)), layout="constrained")
    seen: set = set()
    for doc_id, part in table.groupby("doc_id", sort=True):
        colour = colour_of[doc_id]
        name = "other documents" if colour in shared else (labels or {}).get(doc_id, doc_id)
        label = None if name in seen else name
        seen.add(name)
        ax.plot(part["position_mid"], part["mean"], marker="o", color=colour, label=label)
        ax.fill_between(part["position_mid"], part["ci_low"], part["ci_high"], color=colour, alpha=0.15)
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.set_xlim(0, 1)
    ax.set_xlabel("position in the report (0 = lead, 1 = end)")
    ax.set_ylabel("mean VADER compound")
    fig.legend(fontsize="small", frameon=False, loc="outside lower center", ncols=2)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def _most_sentences(table: pd.DataFrame, by: list) -> tuple[pd.DataFrame, str]:
    """At most :data:`MAX_ROWS` rows of ``table``, in its order, and a note saying which: by
    report when ``doc_id`` is a key (a report's rows stay together, so its voices can be
    compared), reports with the most sentences first; else the groups with the most sentences."""
    if "doc_id" not in by:
        keep = top_keys(table["n"])
        return table.loc[sorted(keep)], cap_note(len(keep), len(table), "most sentences", noun="groups")
    rows = table.groupby("doc_id", sort=False).size()
    chosen: list = []
    for doc in top_keys(table.groupby("doc_id")["n"].sum(), len(rows)):
        if chosen and sum(rows[d] for d in chosen) + rows[doc] > MAX_ROWS:
            break
        chosen.append(doc)
    note = cap_note(len(chosen), len(rows), "most sentences")
    return table[table["doc_id"].isin(chosen)].reset_index(drop=True), note


def tone_by_group(table: pd.DataFrame, by, *, width: float = 8.0, title: str | None = None):
    """Mean sentiment per group with its bootstrap interval and ``n``; ``table`` from
    :func:`workbench.sentiment_tone.summarise` (or any ``by_*``), ``by``: its key columns.
    Beyond :data:`MAX_ROWS` reports (or groups), the ones with the most sentences, in at most
    :data:`MAX_ROWS` rows."""
    by = [by] if isinstance(by, str) else list(by)
    table = table.reset_index(drop=True)
    # the bound counts reports when rows are per report: a corpus within it is drawn in full
    if (table["doc_id"].nunique() if "doc_id" in by else len(table)) > MAX_ROWS:
        table, note = _most_sentences(table, by)
    else:
        note = None
    # n goes into the row's name: an annotation above the top point ran into the title
    names = [
        textwrap.fill(f"{_label(tuple(r))} (n={n})", LABEL_CHARS)
        for r, n in zip(table[by].itertuples(index=False), table["n"])
    ]
    rows = sum(name.count("\n") + 1 for name in names)
    fig, ax = plt.subplots(figsize=(width, max(2.6, 1.3 + 0.3 * rows)), layout="constrained")
    y = range(len(table))
    ax.errorbar(
        table["mean"],
        y,
        xerr=[table["mean"] - table["ci_low"], table["ci_high"] - table["mean"]],
        fmt="none",
        ecolor="#999999",
        capsize=3,
    )
    # a point per row, each standing for its group's sentences (a chart picker outlines one)
    for k, (key, mean) in enumerate(zip(table[by].itertuples(index=False), table["mean"])):
        (point,) = ax.plot([mean], [k], "o", color=PALETTE[0])
        mark(point, *key)
    ax.set_yticks(list(y), names)
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.set_xlim(-1, 1)
    ax.set_xlabel("mean VADER compound (95% bootstrap interval)")
    ax.set_ylim(len(table) - 0.2, -0.8)  # top to bottom, with room for names that wrap
    if title:
        ax.set_title(title)
    if note:
        caption(fig, note)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def hedging_bars(table: pd.DataFrame, *, by: str = "voice", width: float = 8.0):
    """Markers per 100 words by category, bars grouped by ``by``;
    ``table``: :func:`workbench.sentiment_tone.hedging`."""
    wide = table.pivot_table(index=by, columns="category", values="per_100_words", sort=True, observed=True)
    categories = list(dict.fromkeys(table["category"]))
    wide = wide.reindex(columns=categories)
    fig, ax = plt.subplots(figsize=(width, 3.2))
    step = 0.8 / max(1, len(categories))
    for k, cat in enumerate(categories):
        ax.bar(
            [i + k * step for i in range(len(wide))],
            wide[cat].fillna(0),
            width=step,
            label=cat,
            color=PALETTE[k % len(PALETTE)],
        )
    ax.set_xticks(
        [i + step * (len(categories) - 1) / 2 for i in range(len(wide))], [_label(i) for i in wide.index]
    )
    ax.set_ylabel("markers per 100 words")
    ax.legend(frameon=False, fontsize="small")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
