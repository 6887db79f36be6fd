"""matplotlib figures; each function returns its Figure and shows nothing by itself."""

from __future__ import annotations

import matplotlib.pyplot as plt

from . import _views as views


def kinds_per_document(corpus, *, width: float = 8.0):
    """Stacked bars: how many lines of each copy are article, and what the rest was."""
    table = views.set_aside_summary(corpus)
    fig, ax = plt.subplots(figsize=(width, 0.6 + 0.5 * max(1, len(table))))
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
    ax.legend(
        ncols=4,
        fontsize="small",
        loc="upper center",
        bbox_to_anchor=(0.5, -0.35 if len(table) < 4 else -0.1),
        frameon=False,
    )
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
