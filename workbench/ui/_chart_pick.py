"""Click-through from a chart: pick one of its bars (or points) by name, see it outlined in the
redrawn chart, and open the passages behind it in the reading view, one after another.

Charts are static images (no interactive backend is needed), so the pick is a list. A figure
function says which artist stands for what with :func:`mark` (the artist's ``gid``: nothing
changes in the picture); :func:`marked` reads the keys back in reading order and
:func:`emphasise` outlines one. :class:`ChartPicker` wires a figure to the passages of each key.
"""

from __future__ import annotations

import base64
import html
import io
import json
from collections.abc import Callable

import ipywidgets as w
import matplotlib.pyplot as plt
import pandas as pd

from ._panel import busy_after, context_html

__all__ = ["ChartPicker", "emphasise", "figure_html", "mark", "marked"]

#: The ``gid`` prefix of an artist that stands for passages.
MARK = "wb-pick:"
#: Resolution of figures inside widgets (80 made ticks touch).
WIDGET_DPI = 110
#: How faded the bars and points not picked are drawn.
FADED = 0.3
PASSAGE_COLUMNS = ["doc_id", "char_start", "char_end", "label"]
#: What a page without widgets (the report) says in place of a picker with nothing picked.
NOTHING_PICKED = (
    "In the notebook, a list here picks a {what} of the chart above and opens the passages behind it."
)


def figure_html(fig) -> str:
    """A figure as an inline PNG (closed afterwards, so nothing else displays it)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=WIDGET_DPI, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return f'<img src="data:image/png;base64,{base64.b64encode(buffer.getvalue()).decode()}"/>'


def _key(values) -> tuple:
    return tuple(v.item() if hasattr(v, "item") else v for v in values)


def mark(artists, *key) -> None:
    """Say that ``artists`` (one or a list) stand for ``key`` (strings and numbers)."""
    gid = MARK + json.dumps([str(k) if not isinstance(k, (int, float)) else k for k in _key(key)])
    for artist in artists if isinstance(artists, (list, tuple)) else [artists]:
        artist.set_gid(gid)


def _marked_artists(fig) -> list:
    return [a for a in fig.findobj() if isinstance(a.get_gid(), str) and a.get_gid().startswith(MARK)]


def marked(fig) -> list[tuple]:
    """The keys of ``fig``'s marked artists, once each, in reading order: panel by panel (left
    to right, top to bottom), then from the top of a panel down and from left to right."""
    fig.canvas.draw()
    axes = {ax: k for k, ax in enumerate(fig.axes)}
    places: dict[str, tuple] = {}
    for artist in _marked_artists(fig):
        box = artist.get_window_extent()
        ax = artist.axes
        panel = ax.get_position() if ax is not None else None
        order = (-round(panel.y1, 2), round(panel.x0, 2), axes.get(ax, 0)) if panel is not None else (0, 0, 0)
        place = (*order, -round(box.y1 + box.y0, 1), round(box.x0 + box.x1, 1))
        gid = artist.get_gid()
        places[gid] = min(place, places.get(gid, place))
    return [tuple(json.loads(g[len(MARK) :])) for g in sorted(places, key=places.__getitem__)]


#: What :func:`emphasise` changes on an artist (restored before the next pick).
_LOOKS = ("alpha", "edgecolor", "linewidth", "zorder", "markeredgecolor", "markeredgewidth", "markersize")


def emphasise(fig, key) -> None:
    """Outline the artists marked ``key`` and fade the other marked ones (``key`` None: none).
    Each call starts from the figure as drawn, so one figure serves every pick."""
    gid = None if key is None else MARK + json.dumps(list(key))
    for artist in _marked_artists(fig):
        looks = artist.__dict__.setdefault(
            "_wb_looks", {k: getattr(artist, f"get_{k}")() for k in _LOOKS if hasattr(artist, f"get_{k}")}
        )
        artist.update(looks)
        if gid is None:
            continue
        if artist.get_gid() != gid:
            artist.set_alpha(FADED * (looks["alpha"] or 1.0))
            if "edgecolor" in looks and looks["edgecolor"][3] == 0:  # no edge drawn: keep none
                artist.set_edgecolor("none")
        elif hasattr(artist, "set_markeredgecolor"):  # a point
            artist.update(
                {"markeredgecolor": "black", "markeredgewidth": 2.0, "markersize": looks["markersize"] * 1.6}
            )
            artist.set_zorder(5)
        else:  # a bar
            artist.update({"edgecolor": "black", "linewidth": 2.0, "zorder": 5})


class ChartPicker(w.VBox):
    """A chart's bars (or points) to pick by name, as drawn; the chart redrawn with the pick
    outlined; "Show in context" opens the first passage behind it, "Previous"/"Next" the others.

    ``draw()``: the Figure, its artists :func:`mark`-ed (None: no chart yet); ``passages(key)``: the passages of a key
    (``doc_id, char_start, char_end, label``); ``describe(key)``: its name in the list.
    ``always``: show the chart before anything is picked (else only once a bar is picked, for a
    picker under the same chart drawn as a figure). Parts are attributes (``bar``, ``chart``,
    ``show``, ``previous``, ``next``, ``where``, ``context``) so a test can drive it.
    """

    def __init__(
        self,
        corpus,
        *,
        draw: Callable | None,
        passages: Callable[[tuple], pd.DataFrame],
        describe: Callable[[tuple], str] | None = None,
        what: str = "bar",
        always: bool = False,
    ):
        self.corpus = corpus
        self.always = always
        self._draw, self._passages_of = draw, passages
        self._describe = describe or (lambda key: " · ".join(str(k) for k in key))
        self.bar = w.Dropdown(description=what.capitalize(), layout=w.Layout(width="40em"))
        self.chart = w.HTML()
        self.show = w.Button(description="Show in context", icon="search", disabled=True)
        self.previous = w.Button(description="Previous", icon="arrow-left", disabled=True)
        self.next = w.Button(description="Next", icon="arrow-right", disabled=True)
        self.where = w.Label()
        self.context = w.HTML()
        self.context.add_class("wb-context")
        self.passages = pd.DataFrame(columns=PASSAGE_COLUMNS)
        self.position: int | None = None
        self._what = what
        self._figure = None
        self.bar.observe(self._picked, names="value")
        self.show.on_click(lambda _b: self.show_passage(0))
        self.previous.on_click(lambda _b: self.show_passage((self.position or 0) - 1))
        self.next.on_click(lambda _b: self.show_passage((self.position or 0) + 1))
        super().__init__(
            [self.bar, self.chart, w.HBox([self.show, self.previous, self.next, self.where]), self.context]
        )
        self.redraw()

    @property
    def choices(self) -> list[tuple]:
        """The chart's bars (or points) in the order they are listed."""
        return [v for _, v in self.bar.options if v is not None]

    def redraw(self, draw: Callable | None = None, *, passages: Callable | None = None) -> None:
        """Draw the chart afresh (from ``draw`` and ``passages`` when given: the data behind
        it changed); the pick is kept when the new chart still has it."""
        self._draw = draw or self._draw
        self._passages_of = passages or self._passages_of
        if self._draw is None:
            self.clear()
            return
        fig = self._draw()
        plt.close(fig)  # kept for every pick, never shown by itself
        self._figure = fig
        keys = marked(fig)
        kept = self.bar.value if self.bar.value in keys else None
        self.bar.unobserve(self._picked, names="value")
        self.bar.options = [("—", None)] + [(self._describe(k), k) for k in keys]
        self.bar.value = kept
        self.bar.observe(self._picked, names="value")
        self._picked()

    def clear(self) -> None:
        """No chart and nothing to pick (until :meth:`redraw` is given one)."""
        self._draw = self._figure = None
        self.bar.unobserve(self._picked, names="value")
        self.bar.options = [("—", None)]
        self.bar.value = None
        self.bar.observe(self._picked, names="value")
        self.chart.value = self.context.value = self.where.value = ""
        self.passages = pd.DataFrame(columns=PASSAGE_COLUMNS)
        self.position = None
        self.show.disabled = self.previous.disabled = self.next.disabled = True

    def _picked(self, _change=None) -> None:
        key = self.bar.value
        if self._figure is None:
            return
        with busy_after(self.where):  # a chart takes about half a second to redraw
            emphasise(self._figure, key)
            self.chart.value = "" if key is None and not self.always else figure_html(self._figure)
            self.passages = (
                self._passages_of(key).reset_index(drop=True)[PASSAGE_COLUMNS]
                if key is not None
                else pd.DataFrame(columns=PASSAGE_COLUMNS)
            )
        self.position = None
        self.context.value = ""
        n = len(self.passages)
        self.where.value = (
            ""
            if key is None
            else f"{n} passage(s) behind this {self._what}"
            if n
            else f"no passage behind this {self._what}"
        )
        self.show.disabled = not n
        self.previous.disabled = self.next.disabled = True

    def pick(self, key) -> None:
        """Pick ``key`` (one of :attr:`choices`), as choosing it in the list does."""
        self.bar.value = tuple(key) if key is not None else None

    def show_passage(self, k: int = 0) -> str:
        """Open passage ``k`` behind the picked bar in the reading view; return that HTML."""
        n = len(self.passages)
        if not n:
            return self.context.value
        self.position = max(0, min(k, n - 1))
        r = self.passages.iloc[self.position]
        self.context.value = context_html(self.corpus, r["doc_id"], int(r["char_start"]), int(r["char_end"]))
        self.where.value = f"passage {self.position + 1} of {n}: {str(r['label'])[:90]}"
        self.previous.disabled = self.position == 0
        self.next.disabled = self.position == n - 1
        return self.context.value

    def static_html(self) -> str:
        """What the picker shows now, as HTML that needs no widget runtime (the report)."""
        if self.bar.value is None and not self.always:  # the chart stands above, drawn as a figure
            return f"<p><i>{html.escape(NOTHING_PICKED.format(what=self._what))}</i></p>"
        return (
            f'<div style="text-align:left">{self.chart.value}'
            f"<p>{html.escape(self.where.value)}</p>{self.context.value}</div>"
        )

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs)
        if isinstance(bundle, dict):
            bundle["text/html"] = self.static_html()
        return bundle
