"""Names a reader recognises instead of ids: documents, sources and groups, and one colour per
document that stays the same in every notebook.

Documents are named by ``documents.label`` when the corpus has that column; otherwise by
"short title · outlet", made unique. Sources are named by their display name.
"""

from __future__ import annotations

import textwrap

import pandas as pd

__all__ = [
    "DOC_PALETTE",
    "OTHER_COLOUR",
    "doc_colours",
    "doc_labels",
    "named",
    "source_labels",
]

#: Twelve colours that stay apart for colour-blind readers (Okabe–Ito, then Paul Tol's muted
#: scheme for the last five); a thirteenth document and beyond share :data:`OTHER_COLOUR`.
DOC_PALETTE = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    "#882255",
    "#44AA99",
    "#999933",
    "#332288",
    "#AA4499",
)
OTHER_COLOUR = "#BBBBBB"
#: Characters of a title kept in a label (axes and legends stay readable).
TITLE_CHARS = 40


def _text(value) -> str:
    return value.strip() if isinstance(value, str) and value.strip() else ""


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def doc_labels(corpus, *, width: int = TITLE_CHARS) -> dict[str, str]:
    """``doc_id`` -> the name to show: ``documents.label`` if present, else "short title · outlet"
    (the opening words when a copy shows no title, the publication it credits when it shows no
    outlet), made unique, in ``doc_id`` order."""
    docs = corpus.documents.sort_values("doc_id")
    firsts = corpus.sentences.sort_values(["doc_id", "order"]).drop_duplicates("doc_id")
    opening = dict(zip(firsts["doc_id"], firsts["text"]))
    if "label" in docs.columns:
        names = [_text(v) or d for d, v in zip(docs["doc_id"], docs["label"])]
    else:
        names = []
        for row in docs.itertuples(index=False):
            title = _text(getattr(row, "title", None)) or _text(opening.get(row.doc_id))
            short = textwrap.shorten(title, width, placeholder="…") if title else row.doc_id
            outlet = _text(getattr(row, "outlet", None)) or _text(getattr(row, "original_source", None))
            names.append(f"{short} · {outlet}" if outlet and outlet not in short else short)
    return dict(zip(docs["doc_id"], _unique(names)))


def source_labels(corpus) -> dict[str, str]:
    """``source_id`` -> display name ("name (anonymous)" for unnamed sources), made unique;
    the narrator keeps its own name."""
    src = corpus.sources.sort_values("source_id")
    names = [f"{n} (anonymous)" if a else str(n) for n, a in zip(src["name"], src["anonymous"])]
    out = dict(zip(src["source_id"], _unique(names)))
    out.setdefault("narrator", "(narrator)")
    return out


def doc_colours(corpus) -> dict[str, str]:
    """``doc_id`` -> colour, by ``doc_id`` order: twelve distinct colours, then grey ("other")."""
    ids = sorted(corpus.documents["doc_id"])
    return {d: DOC_PALETTE[k] if k < len(DOC_PALETTE) else OTHER_COLOUR for k, d in enumerate(ids)}


#: Id columns :func:`named` translates, and the name each gets in a table.
ID_COLUMNS = {"doc_id": "document", "source_id": "source"}


def _map_index(index: pd.Index, labels: dict, columns) -> pd.Index:
    def relabel(values: pd.Index) -> pd.Index:
        return values.map(lambda v: labels.get(v, v) if isinstance(v, str) else v)

    if isinstance(index, pd.MultiIndex):
        levels = [index.get_level_values(k) for k in range(index.nlevels)]
        levels = [relabel(v) if n in columns else v for v, n in zip(levels, index.names)]
        return pd.MultiIndex.from_arrays(levels, names=index.names)
    return relabel(index) if index.name in columns else index


def named(frame: pd.DataFrame, corpus, *, rename: bool = True, columns=("doc_id", "source_id", "group")):
    """A copy of ``frame`` with document and source ids replaced by their names wherever they
    stand: in the id columns it has (``group`` holds either), its index or its column labels.
    ``rename``: call those "document" and "source" (for tables); keep the old names for
    functions that expect them (figures)."""
    labels = {**source_labels(corpus), **doc_labels(corpus)}
    out = frame.copy()
    for col in columns:
        if col in out.columns:
            out[col] = out[col].map(lambda v: labels.get(v, v) if isinstance(v, str) else v)
    if "doc_ids" in out.columns:  # "|"-joined ids (sources.doc_ids) -> "; "-joined names
        out["doc_ids"] = out["doc_ids"].map(
            lambda v: "; ".join(labels.get(d, d) for d in v.split("|")) if isinstance(v, str) else v
        )
        if rename:
            out = out.rename(columns={"doc_ids": "documents"})
    out.index = _map_index(out.index, labels, columns)
    out.columns = _map_index(out.columns, labels, columns)
    if rename:
        mapping = {k: v for k, v in ID_COLUMNS.items() if k in columns}
        out = out.rename(columns=mapping)
        out.index = out.index.set_names([mapping.get(n, n) for n in out.index.names])
        out.columns = out.columns.set_names([mapping.get(n, n) for n in out.columns.names])
    return out
