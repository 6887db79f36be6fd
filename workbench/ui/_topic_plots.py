"""matplotlib figures for topics and distinctive terms; each returns its Figure and shows nothing."""

from __future__ import annotations

import math
import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ._chart_pick import mark
from ._many import MAX_ROWS, cap_note, caption, top_keys

#: Colour-blind-safe pair (Okabe & Ito 2008) for the two sides of a comparison, and a grey.
SIDE_COLOURS = ("#0072B2", "#D55E00")
GREY = "#999999"
#: Okabe & Ito's eight colours, for topics (cycled beyond eight).
TOPIC_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


#: Characters of a medium-size title that fit in an inch of figure width (wrapped beyond).
TITLE_CHARS_PER_INCH = 7


def _short(doc_id: str, width: int = 32) -> str:
    return doc_id if len(doc_id) <= width else doc_id[: width - 1] + "…"


def topic_terms(model, *, n_terms: int = 8, ncols: int = 3, width: float = 10.0):
    """One horizontal bar chart per topic: its top terms and their weights."""
    k = model.n_topics_
    ncols = min(ncols, k)
    nrows = math.ceil(k / ncols)
    fig, axes = plt.subplots(
        nrows, ncols, figsize=(width, 0.35 * n_terms * nrows + 0.8 * nrows), squeeze=False
    )
    for topic, ax in enumerate(axes.flat):
        if topic >= k:
            ax.set_visible(False)
            continue
        rows = model.terms_[(model.terms_["topic"] == topic) & (model.terms_["rank"] <= n_terms)]
        rows = rows.sort_values("rank")
        bars = ax.barh(rows["term"], rows["weight"], color=TOPIC_COLOURS[topic % len(TOPIC_COLOURS)])
        for term, bar in zip(rows["term"], bars):
            mark(bar, topic, term)  # a bar stands for the term where the topic leads
        ax.invert_yaxis()
        title = textwrap.fill(f"{topic}: {model.labels_[topic]}", int(TITLE_CHARS_PER_INCH * width / ncols))
        ax.set_title(title, fontsize="medium", loc="left")
        ax.tick_params(axis="x", labelsize="small")
        ax.spines[["top", "right"]].set_visible(False)
    fig.supxlabel("weight of the term in the topic", fontsize="small")
    fig.tight_layout()
    return fig


def _leaders(table: pd.DataFrame, n: int = MAX_ROWS) -> list:
    """``n`` rows of ``table`` (rows x topics): each topic's strongest row, then its second
    strongest, and so on, topic by topic (ties by row name), so every topic is represented."""
    ranked = [top_keys(table[topic], len(table)) for topic in table.columns]
    chosen: dict = {}
    for rank in range(len(table)):
        for order in ranked:
            if len(chosen) < n:
                chosen.setdefault(order[rank], None)
    return list(chosen)


def topic_prevalence(prevalence: pd.DataFrame, *, by: str = "doc_id", width: float = 11.0):
    """Stacked bars: the mean topic share of each document's units (from ``TopicModel.prevalence``);
    beyond :data:`MAX_ROWS` documents, those where each topic weighs most, topic by topic."""
    table = prevalence.pivot(index=by, columns="topic", values="share").sort_index()
    total = len(table)
    if total > MAX_ROWS:
        table = table.loc[sorted(_leaders(table.fillna(0.0)))]
    labels = prevalence.drop_duplicates("topic").set_index("topic")["label"]
    fig, ax = plt.subplots(figsize=(width, max(2.0, 0.9 + 0.55 * len(table), 0.25 * len(table.columns))))
    left = np.zeros(len(table))
    names = [_short(str(i)) for i in table.index]
    for topic in table.columns:
        bars = ax.barh(
            names,
            table[topic],
            left=left,
            color=TOPIC_COLOURS[topic % len(TOPIC_COLOURS)],
            edgecolor="white",
            linewidth=0.5,
            label=f"{topic}: {labels[topic]}",
        )
        for doc, share, bar in zip(table.index, table[topic], bars):
            if share > 0:  # a piece of a bar stands for the report's paragraphs on that topic
                mark(bar, doc, int(topic))
        left += table[topic].to_numpy()
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the report's paragraphs (mean topic weight)")
    if total > MAX_ROWS:
        note = cap_note(len(table), total, "largest share of a topic, topic by topic")
        caption(fig, note)
    ax.legend(fontsize="small", loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


#: Where a label may sit relative to its point, in points, tried in this order (then with a
#: leader line further out); a label that fits nowhere is left out rather than drawn over another.
LABEL_OFFSETS = [
    (5, 0, "left", "center"),
    (-5, 0, "right", "center"),
    (0, 6, "center", "bottom"),
    (0, -6, "center", "top"),
    (5, 9, "left", "bottom"),
    (5, -9, "left", "top"),
    (-5, 9, "right", "bottom"),
    (-5, -9, "right", "top"),
]
FAR_OFFSETS = [(dx * k, dy * k, ha, va) for k in (3, 5) for dx, dy, ha, va in LABEL_OFFSETS[4:]]


def _place_labels(ax, xs, ys, labels, colours, *, points=None) -> int:
    """Label points without covering another label or point (greedy, in the order given).

    ``points``: (x, y) arrays of every point drawn, which labels avoid. Returns how many were placed.
    """
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    dots = ax.transData.transform(np.column_stack(points)) if points is not None else np.empty((0, 2))
    taken: list = []
    placed = 0
    for x, y, label, colour in zip(xs, ys, labels, colours):
        for dx, dy, ha, va in LABEL_OFFSETS + FAR_OFFSETS:
            far = (dx, dy, ha, va) in FAR_OFFSETS
            text = ax.annotate(
                label,
                (x, y),
                xytext=(dx, dy),
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize="small",
                color=colour,
                arrowprops={"arrowstyle": "-", "color": colour, "lw": 0.5} if far else None,
            )
            box = text.get_window_extent(renderer).expanded(1.04, 1.15)
            inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
            hidden = (
                (dots[:, 0] > box.x0) & (dots[:, 0] < box.x1) & (dots[:, 1] > box.y0) & (dots[:, 1] < box.y1)
            ).any()
            if inside and not hidden and not any(box.overlaps(other) for other in taken):
                taken.append(box)
                placed += 1
                break
            text.remove()
    return placed


def distinctive_scatter(table: pd.DataFrame, group: str, *, n_labels: int = 12, width: float = 10.0):
    """Monroe et al.'s picture: each term's frequency (x, log) against its z-score for ``group``.

    ``table`` is :func:`~workbench.topics.distinctive_terms`; terms with |z| > 1.96 are coloured,
    and the ``n_labels`` strongest on each side are named in a column beside the points.
    """
    rows = table[table["group"] == group]
    if rows.empty:
        raise ValueError(f"group {group!r} is not in the table")
    freq = (rows["count"] + rows["count_other"]).to_numpy(float)
    z = rows["z"].to_numpy(float)
    terms = rows["term"].tolist()
    fig, ax = plt.subplots(figsize=(width, 6.5))
    colour = np.where(z > 1.96, SIDE_COLOURS[0], np.where(z < -1.96, SIDE_COLOURS[1], GREY))
    # terms with the same counts share a point: spread each tie sideways (in log space), in table order
    ties = pd.DataFrame({"f": freq, "z": np.round(z, 9)})
    rank = ties.groupby(["f", "z"]).cumcount().to_numpy()
    size = ties.groupby(["f", "z"])["f"].transform("size").to_numpy()
    step = np.minimum(0.08, 0.5 / size)
    x = freq * np.exp(step * (rank - (size - 1) / 2))
    ax.scatter(x, z, s=14, c=colour, alpha=0.7, linewidths=0)
    ax.set_xscale("log")
    ax.axhline(0, color=GREY, lw=0.5)
    for bound in (1.96, -1.96):
        ax.axhline(bound, color=GREY, lw=0.5, ls=":")
    top = np.argsort(-z, kind="stable")[:n_labels]
    top = top[z[top] > 0]
    bottom = np.argsort(z, kind="stable")[:n_labels]
    bottom = bottom[z[bottom] < 0]
    ax.set_xlim(x.min() / 1.6, x.max() * 1.6)
    span = max(1.0, np.abs(z).max())
    ax.set_ylim(-span * 1.15, span * 1.15)
    fig.subplots_adjust(left=0.1, right=0.97, bottom=0.1, top=0.95)
    # strongest first, alternating sides, so both sides get their best labels
    chosen = [
        i
        for pair in zip(top.tolist() + [None] * n_labels, bottom.tolist() + [None] * n_labels)
        for i in pair
        if i is not None
    ]
    _place_labels(
        ax,
        x[chosen],
        z[chosen],
        [terms[i] for i in chosen],
        [SIDE_COLOURS[0] if z[i] > 0 else SIDE_COLOURS[1] for i in chosen],
        points=(x, z),
    )
    ax.set_xlabel("times the term occurs in the groups compared (log scale)")
    ax.set_ylabel(f"z-score: more in {_short(group)} (up) or in the rest (down)")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def distinctive_bars(table: pd.DataFrame, *, n_terms: int = 12, width: float = 10.0):
    """Side by side, each group's ``n_terms`` most distinctive terms by z-score."""
    groups = sorted(table["group"].unique())
    width = max(width, 2.6 * len(groups))
    fig, axes = plt.subplots(
        1, len(groups), figsize=(width, 0.3 * n_terms + 1.6), squeeze=False, layout="constrained"
    )
    for k, (group, ax) in enumerate(zip(groups, axes.flat)):
        rows = (
            table[table["group"] == group].sort_values(["z", "term"], ascending=[False, True]).head(n_terms)
        )
        bars = ax.barh(
            rows["term"],
            rows["z"],
            color=SIDE_COLOURS[k % 2] if len(groups) == 2 else TOPIC_COLOURS[k % len(TOPIC_COLOURS)],
        )
        for term, bar in zip(rows["term"], bars):
            mark(bar, group, term)  # a bar stands for the term's occurrences in the group
        ax.invert_yaxis()
        chars = max(12, int(TITLE_CHARS_PER_INCH * width / len(groups)))
        ax.set_title(textwrap.fill(_short(str(group), 2 * chars), chars), fontsize="medium", loc="left")
        ax.axvline(1.96, color=GREY, lw=0.8, ls=":")  # z above this is unlikely by chance
        ax.spines[["top", "right"]].set_visible(False)
    fig.supxlabel("z-score (weighted log-odds); dotted: 1.96", fontsize="small")
    return fig


def term_positions(table: pd.DataFrame, *, width: float = 10.0):
    """Heat map per term: documents (rows) by position in the document (columns), counts in cells;
    beyond :data:`MAX_ROWS` documents, the ``MAX_ROWS // len(terms)`` where the terms occur most
    (the panels share the bound)."""
    terms = list(dict.fromkeys(table["term"]))
    docs = sorted(table["doc_id"].unique())
    total = len(docs)
    if total > MAX_ROWS:  # each term's panel repeats the rows: the panels share the bound
        per_panel = max(1, MAX_ROWS // len(terms))
        docs = sorted(top_keys(table.groupby("doc_id")["count"].sum(), per_panel))
        table = table[table["doc_id"].isin(docs)]
    bins = int(table["bin"].max()) + 1
    fig, axes = plt.subplots(
        len(terms), 1, figsize=(width, (0.45 * len(docs) + 0.6) * len(terms)), squeeze=False
    )
    vmax = max(1, int(table["count"].max()))
    for term, ax in zip(terms, axes.flat):
        grid = (
            table[table["term"] == term]
            .pivot(index="doc_id", columns="bin", values="count")
            .reindex(index=docs, columns=range(bins), fill_value=0)
        )
        ax.imshow(grid.to_numpy(), aspect="auto", cmap="Blues", vmin=0, vmax=vmax)
        for (r, c), v in np.ndenumerate(grid.to_numpy()):
            if v:
                ax.text(
                    c,
                    r,
                    str(v),
                    ha="center",
                    va="center",
                    fontsize="small",
                    color="white" if v > vmax / 2 else "black",
                )
        ax.set_yticks(range(len(docs)), [_short(d) for d in docs], fontsize="small")
        ax.set_xticks(range(bins), [f"{b / bins:.0%}" for b in range(bins)], fontsize="small")
        ax.set_title(f"“{term}”", fontsize="medium", loc="left")
    axes.flat[-1].set_xlabel("position in the report (start of each part)")
    if total > MAX_ROWS:
        note = cap_note(len(docs), total, "most occurrences of these terms")
        caption(fig, note)
    fig.tight_layout()
    return fig
