"""Figures for the side-by-side comparison; each function returns its matplotlib Figure."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import pandas as pd

__all__ = ["profile_figure", "timeline_figure"]

#: Colour-blind-safe (Okabe-Ito) colours, one per group.
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")


def profile_figure(corpus, groups, *, random_state=None):
    """Four panels per group: length (words), sources named vs anonymous, share of voice
    (narrator vs quoted), mean sentence tone with its 95% bootstrap interval."""
    from ..compare import group_sentences, provenance
    from ..sentiment import summarise

    names = list(groups)
    prov = provenance(corpus, groups, random_state=random_state).set_index("field")
    fig, axes = plt.subplots(1, 4, figsize=(13, 3.2))
    colours = [COLOURS[k % len(COLOURS)] for k in range(len(names))]
    short = [textwrap.shorten(n, 22, placeholder="…") for n in names]
    axes[0].barh(short, [int(prov.at["words", n]) for n in names], color=colours)
    axes[0].set_title("Length (words)")
    named = [int(prov.at["sources named", n].split(":")[0]) for n in names]
    anon = [int(prov.at["sources anonymous", n].split(":")[0]) for n in names]
    axes[1].barh(short, named, color=colours, label="named")
    axes[1].barh(short, anon, left=named, color="#bbbbbb", label="anonymous")
    axes[1].set_title("Sources (named + anonymous)")
    axes[1].legend(fontsize=8, loc="lower right")
    narr = []
    for n in names:
        parts = dict(p.rsplit(" ", 1) for p in prov.at["share of voice", n].split(", ") if " " in p)
        narr.append(float(parts.get("narrator", "0%").rstrip("%")) / 100)
    axes[2].barh(short, narr, color="#999999", label="narrator")
    axes[2].barh(short, [1 - x for x in narr], left=narr, color=colours, label="quoted sources")
    axes[2].set_xlim(0, 1)
    axes[2].set_title("Share of voice")
    axes[2].legend(fontsize=8, loc="lower right")
    tone = pd.concat(
        [
            summarise(group_sentences(corpus, ids).assign(group=n), "group", random_state=random_state)
            for n, ids in groups.items()
        ],
        ignore_index=True,
    )
    for k, r in enumerate(tone.itertuples(index=False)):
        axes[3].errorbar(
            r.mean, k, xerr=[[r.mean - r.ci_low], [r.ci_high - r.mean]], fmt="o", color=colours[k], capsize=4
        )
    axes[3].axvline(0, color="#666666", lw=0.8)
    axes[3].set_yticks(range(len(short)), short)
    axes[3].set_title("Mean tone, 95% CI")
    for ax in axes[1:]:
        ax.tick_params(axis="y", labelleft=False)
    fig.tight_layout()
    return fig


def timeline_figure(events: pd.DataFrame, *, labels: dict | None = None, colours: dict | None = None):
    """Events with a date on a time axis, one row per report (an interval as a bar, a day
    as a dot); events whose year is unknown are listed in a panel on the right."""
    labels = labels or {}
    docs = sorted(events["doc_id"].unique())
    dated = events[events["start"].notna()]
    rel = events[events["start"].isna()]
    fig, (ax, side) = plt.subplots(
        1, 2, figsize=(13, 1.2 + 0.9 * max(len(docs), 1)), gridspec_kw={"width_ratios": [3, 2]}
    )
    for k, doc in enumerate(docs):
        colour = (colours or {}).get(doc) or COLOURS[k % len(COLOURS)]
        for r in dated[dated["doc_id"] == doc].itertuples(index=False):
            days = (r.end - r.start).days + 1
            if days > 1:
                ax.barh(k, days, left=r.start, height=0.35, color=colour, alpha=0.6)
            else:
                ax.plot(r.start, k, "o", color=colour)
            ax.annotate(str(r.date), (r.start, k + 0.25), fontsize=8, rotation=20)
    ax.set_yticks(range(len(docs)), [textwrap.shorten(labels.get(d, d), 28, placeholder="…") for d in docs])
    ax.set_ylim(-0.6, len(docs) - 0.2)
    ax.set_title("Dated events (absolute or resolved against the publication date)")
    if not len(dated):
        ax.text(0.5, 0.5, "no event with a known year", ha="center", va="center", transform=ax.transAxes)
    side.axis("off")
    lines = ["Year unknown (no publication date):"]
    for doc in docs:
        r = rel[rel["doc_id"] == doc]
        if len(r):
            lines.append(textwrap.shorten(labels.get(doc, doc), 40, placeholder="…"))
            lines += [
                f"  • {d}: " + textwrap.shorten(str(g), 44, placeholder="…")
                for d, g in zip(r["date"], r["gist"])
            ]
    if len(lines) == 1:
        lines.append("  (none)")
    side.text(0, 1, "\n".join(lines), va="top", fontsize=8, family="monospace")
    fig.tight_layout()
    return fig
