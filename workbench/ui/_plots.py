"""matplotlib figures; each function returns its Figure and shows nothing by itself."""

from __future__ import annotations

import matplotlib.pyplot as plt

from . import _views as views
from ._labels import doc_labels


def kinds_per_document(corpus, *, width: float = 8.0):
    """Stacked bars: how many lines of each copy are article, and what the rest was."""
    table = views.set_aside_summary(corpus)
    table.index = table.index.map(doc_labels(corpus))
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
    # The key goes above the axes (the layout makes room), so it never covers the x label.
    fig.legend(ncols=6, fontsize="small", loc="outside upper left", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig
