"""ipywidgets panels: layout and wiring only; what they show comes from :mod:`workbench.views`."""
from __future__ import annotations

import ipywidgets as w

from . import views


class CorpusBrowser(w.VBox):
    """Pick a document, toggle the set-aside kinds shown beside its article, search its text.

    The parts are attributes (``document``, ``kinds``, ``search``, ``view``) so a test
    can set a value and read what the panel shows.
    """

    def __init__(self, corpus, *, doc_id: str | None = None):
        self.corpus = corpus
        ids = sorted(corpus.documents["doc_id"])
        present = [k for k in views.SET_ASIDE if k in set(corpus.blocks["kind"])]
        self.document = w.Dropdown(options=ids, value=doc_id or (ids[0] if ids else None),
                                   description="Document")
        self.kinds = w.SelectMultiple(options=present, value=tuple(present), rows=min(8, len(present) or 1),
                                      description="Set aside")
        self.search = w.Text(placeholder="only blocks containing…", description="Search")
        self.view = w.HTML()
        for control in (self.document, self.kinds, self.search):
            control.observe(self._refresh, names="value")
        super().__init__([w.HBox([self.document, self.search]), self.kinds, self.view])
        self._refresh()

    def _refresh(self, _change=None) -> None:
        if self.document.value is None:
            self.view.value = "<p>No documents loaded.</p>"
            return
        self.view.value = views.article_html(self.corpus, self.document.value,
                                             kinds=self.kinds.value, search=self.search.value)
