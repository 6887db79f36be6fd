"""matplotlib figures; each function returns its Figure and shows nothing by itself."""

from __future__ import annotations

import matplotlib.pyplot as plt

from . import _views as views
from ._labels import doc_labels
from ._many import MAX_ROWS, cap_note, top_keys


def kinds_per_document(corpus, *, width: float = 8.0):
    """Stacked bars: how many lines of each copy are article, and what the rest was; beyond
    :data:`MAX_ROWS` reports, those with the most lines set aside."""
    table = views.set_aside_summary(corpus)
    table.index = table.index.map(doc_labels(corpus))
    total = len(table)
    if total > MAX_ROWS:  # the messiest copies are the ones to look at
        kept = [k for k in table.columns if k in ("title", "heading", "body")]
        keep = set(top_keys(table.drop(columns=kept).sum(axis=1)))
        table = table[table.index.isin(keep)]
    fig, ax = plt.subplots(figsize=(width, 1.6 + 0.45 * max(1, len(table))), layout="constrained")
    left = None
    for kind in table.columns:
        values = table[kind]
        ax.barh(
            table.index,
            values,
            left=left,
            label=kind,
            color=views.KIND_COLOURS.get(kind, "#999999"),
            edgecolor="white",
            linewidth=0.5,
        )
        left = values if left is None else left + values
    ax.set_xlabel("lines of the input")
    ax.invert_yaxis()
    # The key goes above the axes (the layout makes room), so it never covers the x label; a
    # caption there would overlap it, so the key's title says which reports are drawn.
    note = cap_note(len(table), total, "most lines set aside") if total > MAX_ROWS else None
    fig.legend(
        ncols=6,
        fontsize="small",
        loc="outside upper left",
        frameon=False,
        **({"title": note, "title_fontsize": "small", "alignment": "left"} if note else {}),
    )
    ax.spines[["top", "right"]].set_visible(False)
    return fig
