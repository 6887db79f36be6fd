"""Figures for the side-by-side comparison; each function returns its matplotlib Figure."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import pandas as pd

from ._chart_pick import mark
from ._many import MAX_ROWS, cap_note

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
    # No legend: its swatch could take only one group's colour, and it covered a bar.
    axes[1].set_title("Sources: named, then anonymous (grey)", fontsize="medium")
    narr = []
    for n in names:
        parts = dict(p.rsplit(" ", 1) for p in prov.at["share of voice", n].split(", ") if " " in p)
        narr.append(float(parts.get("narrator", "0%").rstrip("%")) / 100)
    axes[2].barh(short, narr, color="#999999", label="narrator")
    axes[2].barh(short, [1 - x for x in narr], left=narr, color=colours, label="quoted sources")
    axes[2].set_xlim(0, 1)
    axes[2].set_title("Share of voice: narrator (grey), quoted", fontsize="medium")
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


#: Characters of one line in the timeline's side panel, and its font size (points).
SIDE_CHARS, SIDE_FONT = 62, 8


def _fits(text, placed: list, page) -> bool:
    box = text.get_window_extent()
    inside = page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 and box.y1 <= page.y1
    return inside and not any(box.overlaps(other) for other in placed)


def timeline_figure(events: pd.DataFrame, *, labels: dict | None = None, colours: dict | None = None):
    """Events with a date on a time axis, one row per report (an interval as a bar, a day
    as a dot), each named where its name has room (every event is in the ``events`` table);
    events whose year is unknown are listed in a panel on the right, as many as fit."""
    labels = labels or {}
    docs = sorted(events["doc_id"].unique())
    total = len(docs)
    if total > MAX_ROWS:  # the reports with the most dated events, ties by name
        dated = events[events["start"].notna()].groupby("doc_id").size()
        docs = sorted(sorted(docs, key=lambda d: (-dated.get(d, 0), str(labels.get(d, d))))[:MAX_ROWS])
        events = events[events["doc_id"].isin(docs)]
    dated = events[events["start"].notna()].sort_values(["doc_id", "start"])
    rel = events[events["start"].isna()]
    height = 1.4 + 0.9 * max(len(docs), 1)
    fig, (ax, side) = plt.subplots(1, 2, figsize=(13, height), gridspec_kw={"width_ratios": [3, 2]})
    for k, doc in enumerate(docs):
        colour = (colours or {}).get(doc) or COLOURS[k % len(COLOURS)]
        for r in dated[dated["doc_id"] == doc].itertuples(index=False):
            days = (r.end - r.start).days + 1
            if days > 1:
                (artist,) = ax.barh(k, days, left=r.start, height=0.35, color=colour, alpha=0.6)
            else:
                (artist,) = ax.plot(r.start, k, "o", color=colour)
            if {"char_start", "char_end"} <= set(events.columns):  # the event is its mention
                mark(artist, doc, int(r.char_start), int(r.char_end), str(r.date))
    ax.set_yticks(range(len(docs)), [textwrap.shorten(labels.get(d, d), 28, placeholder="…") for d in docs])
    ax.set_ylim(-0.6, len(docs) - 0.2)
    if len(dated):
        span = (dated["end"].max() - dated["start"].min()) or pd.Timedelta(days=30)
        ax.set_xlim(dated["start"].min() - span * 0.05, dated["end"].max() + span * 0.05)
    title = "Dated events (absolute or resolved against the publication date)"
    if total > MAX_ROWS:
        title += "\n" + cap_note(len(docs), total, "most dated events")
    ax.set_title(title)
    if not len(dated):
        ax.text(0.5, 0.5, "no event with a known year", ha="center", va="center", transform=ax.transAxes)
    side.axis("off")
    lines = ["Year unknown (no publication date):"]
    for doc in docs:
        r = rel[rel["doc_id"] == doc]
        if len(r):
            lines.append(textwrap.shorten(labels.get(doc, doc), SIDE_CHARS, placeholder="…"))
            lines += [
                textwrap.shorten(f"  • {d}: {g}", SIDE_CHARS, placeholder="…")
                for d, g in zip(r["date"], r["gist"])
            ]
    if len(lines) == 1:
        lines.append("  (none)")
    room = int(height * 72 / (SIDE_FONT * 1.35)) - 2  # lines of text the panel's height holds
    if len(lines) > room:
        lines = lines[: room - 1] + [f"  … and {len(lines) - room + 1} more (see the events table)"]
    side.text(0, 1, "\n".join(lines), va="top", fontsize=SIDE_FONT, family="monospace")
    fig.tight_layout()
    # Name the dated events where the name has room: crowded ones would overlap.
    fig.canvas.draw()
    page, placed = fig.bbox, [t.get_window_extent() for t in ax.get_yticklabels() + [ax.title]]
    for r in dated.itertuples(index=False):
        k = docs.index(r.doc_id)
        for dy in (0.22, -0.38):
            text = ax.annotate(str(r.date), (r.start, k + dy), fontsize=8, ha="center", annotation_clip=False)
            if _fits(text, placed, page):
                placed.append(text.get_window_extent())
                break
            text.remove()
    return fig
