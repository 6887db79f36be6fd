"""matplotlib figures about sources; each function returns its Figure and shows nothing."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import pandas as pd

from ..quotes import NARRATOR
from ._chart_pick import mark
from ._labels import DOC_PALETTE, OTHER_COLOUR
from ._many import MAX_ROWS, cap_note, caption, top_keys

__all__ = ["share_of_voice_chart", "named_vs_anonymous_chart", "source_entity_heatmap"]

NARRATOR_COLOUR = "#d4d4d4"
#: Twelve colours that stay apart (the documents' palette): the twelve sources with most words
#: each get one; the rest are drawn together as "other sources", so no colour repeats.
PALETTE = DOC_PALETTE
OTHER = "other sources"
#: a source's name in a legend is cut to this many characters: a long one (a whole phrase read
#: as a speaker) would leave the bars no room
LEGEND_CHARS = 40


def share_of_voice_chart(sov: pd.DataFrame, *, width: float = 8.0):
    """Stacked bars per document: the share of its words each source and the narrator speak;
    beyond :data:`MAX_ROWS` reports, those with the most quoted words."""
    total = sov["doc_id"].nunique()
    if total > MAX_ROWS:  # sources are coloured by their words in the reports drawn
        quoted = sov[sov["name"] != NARRATOR].groupby("doc_id")["n_words"].sum()
        quoted = quoted.reindex(sov["doc_id"].unique(), fill_value=0)
        sov = sov[sov["doc_id"].isin(top_keys(quoted))]
    table = sov.pivot_table(index="doc_id", columns="name", values="share", aggfunc="sum", fill_value=0.0)
    cols = sorted((c for c in table.columns if c != NARRATOR), key=lambda c: (-table[c].sum(), str(c)))
    if len(cols) > len(PALETTE):
        table[OTHER] = table[cols[len(PALETTE) :]].sum(axis=1)
        cols = cols[: len(PALETTE)] + [OTHER]
    cols += [NARRATOR] if NARRATOR in table.columns else []
    table = table[cols].sort_index()
    fig, ax = plt.subplots(figsize=(width, max(2.4, 0.8 + 0.6 * len(table))))
    left = pd.Series(0.0, index=table.index)
    for i, col in enumerate(cols):
        colour = NARRATOR_COLOUR if col == NARRATOR else OTHER_COLOUR if col == OTHER else PALETTE[i]
        label = textwrap.shorten(str(col), LEGEND_CHARS, placeholder="\u2026")
        bars = ax.barh(
            table.index, table[col], left=left, label=label, color=colour, edgecolor="white", linewidth=0.5
        )
        for doc, share, bar in zip(table.index, table[col], bars):
            if share > 0:  # each piece of a bar stands for a source's words in a report
                mark(bar, doc, col)
        left = left + table[col]
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the report's words")
    ax.invert_yaxis()
    if total > MAX_ROWS:
        caption(fig, cap_note(len(table), total, "most quoted words"))
    ax.legend(fontsize="small", loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def named_vs_anonymous_chart(quotes: pd.DataFrame, *, width: float = 6.0):
    """Grouped bars per document: statements by named and by anonymous sources; beyond
    :data:`MAX_ROWS` reports, those with the most statements."""
    total = quotes["doc_id"].nunique()
    if total > MAX_ROWS:
        quotes = quotes[quotes["doc_id"].isin(top_keys(quotes.groupby("doc_id").size()))]
    t = (
        quotes.assign(source=quotes["anonymous"].map({True: "anonymous", False: "named"}))
        .groupby(["doc_id", "source"])
        .size()
        .unstack(fill_value=0)
        .reindex(columns=["named", "anonymous"], fill_value=0)
        .sort_index()
    )
    fig, ax = plt.subplots(figsize=(width, 0.8 + 0.6 * max(1, len(t))))
    t.plot.barh(ax=ax, color=["#0072B2", "#E69F00"], width=0.7)
    for source, bars in zip(t.columns, ax.containers):
        for doc, n, bar in zip(t.index, t[source], bars):
            if n:
                mark(bar, doc, source)
    ax.set_xlabel("statements")
    ax.set_ylabel("")
    ax.invert_yaxis()
    if total > MAX_ROWS:
        caption(fig, cap_note(len(t), total, "most statements"))
    ax.legend(frameon=False, fontsize="small")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def source_entity_heatmap(matrix: pd.DataFrame, *, width: float = 9.0):
    """A heat map of a sources × entities count matrix (rows sources, columns entities)."""
    fig, ax = plt.subplots(figsize=(width, 0.8 + 0.45 * max(1, len(matrix))))
    ax.imshow(matrix.to_numpy(), cmap="Blues", aspect="auto")
    ax.set_xticks(range(matrix.shape[1]), matrix.columns, rotation=60, ha="right", fontsize="small")
    ax.set_yticks(range(matrix.shape[0]), matrix.index, fontsize="small")
    for (i, j), v in pd.DataFrame(matrix.to_numpy()).stack().items():
        if v:
            ax.text(j, i, str(int(v)), ha="center", va="center", fontsize="x-small")
    fig.tight_layout()
    return fig
