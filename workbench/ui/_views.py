"""Reading views of documents as HTML strings; every piece of document text is escaped.

Document text is untrusted (a copy may contain ``<script>``), so nothing from a
table reaches HTML without :func:`html.escape`.
"""

from __future__ import annotations

import html
from html import escape

import pandas as pd

from ._labels import doc_labels

#: Colours of set-aside kinds in the reading view and the kinds chart (Okabe–Ito and Paul Tol
#: colours, colour-blind safe; one grey for the body, lighter ones for footer and other).
KIND_COLOURS = {
    "title": "#000000",
    "heading": "#882255",
    "body": "#444444",
    "byline": "#0072B2",
    "dateline": "#88CCEE",
    "caption": "#009E73",
    "navigation": "#999933",
    "related": "#E69F00",
    "comments": "#CC79A7",
    "advertising": "#D55E00",
    "footer": "#AAAAAA",
    "metadata": "#56B4E9",
    "other": "#DDDDDD",
}
SET_ASIDE = tuple(k for k in KIND_COLOURS if k not in ("title", "heading", "body"))
#: How many characters of a set-aside block the reading view shows.
PREVIEW_CHARS = 160


def document_overview(corpus) -> pd.DataFrame:
    """The documents table as an analyst reads it: its name, provenance and size, no full text
    (``doc_id`` last, for calls that take it)."""
    cols = [
        "title",
        "outlet",
        "original_source",
        "author",
        "author_role",
        "section",
        "published",
        "language",
        "format",
        "n_paragraphs",
        "n_sentences",
        "n_words",
        "doc_id",
    ]
    docs = corpus.documents[cols].sort_values("doc_id")
    docs.insert(0, "document", docs["doc_id"].map(doc_labels(corpus)))
    return docs.reset_index(drop=True)


def set_aside_summary(corpus) -> pd.DataFrame:
    """Lines set aside per document and kind (the body counted too, for scale)."""
    b = corpus.blocks.assign(lines=corpus.blocks["line_end"] - corpus.blocks["line_start"] + 1)
    table = b.pivot_table(
        index="doc_id", columns="kind", values="lines", aggfunc="sum", fill_value=0, observed=True
    )
    return table.reindex(columns=[k for k in KIND_COLOURS if k in table.columns]).astype("int64")


def article_html(corpus, doc_id: str, *, kinds=SET_ASIDE, search: str = "") -> str:
    """The article with what was set aside beside it, in file order, as escaped HTML.

    ``kinds``: the set-aside kinds to show. ``search``: only blocks containing this text
    (case-insensitive) are shown, body included.
    """
    corpus.document(doc_id)  # an unknown id raises KeyError here, with the id
    blocks = corpus.blocks[corpus.blocks["doc_id"] == doc_id].sort_values("order")
    paras = corpus.paragraphs[corpus.paragraphs["doc_id"] == doc_id].set_index("block_id")
    headings = corpus.headings[corpus.headings["doc_id"] == doc_id].set_index("block_id")
    needle = search.lower().strip()
    parts = [f"<h3>{escape(doc_labels(corpus).get(doc_id, doc_id))}</h3>"]
    for b in blocks.itertuples():
        if needle and needle not in b.text.lower():
            continue
        if b.kind in ("body", "heading", "title"):
            if b.block_id in headings.index:
                for text in headings.loc[[b.block_id], "text"]:
                    parts.append(f"<h4>{escape(text)}</h4>")
            if b.kind == "body" and b.block_id in paras.index:
                text = paras.loc[b.block_id, "text"]
                parts.append(f"<p>{escape(text if isinstance(text, str) else text.iloc[0])}</p>")
            continue
        if b.kind not in kinds:
            continue
        preview = b.text if len(b.text) <= PREVIEW_CHARS else b.text[:PREVIEW_CHARS] + " …"
        parts.append(
            f'<p style="color:{KIND_COLOURS.get(b.kind, "#999999")};font-size:smaller;margin-left:2em">'
            f"[{escape(b.kind)} · lines {b.line_start}–{b.line_end} · {escape(b.reason)}] "
            f"{escape(preview)}</p>"
        )
    return "\n".join(parts)


#: Characters of raw text shown on each side of a repair.
CONTEXT_CHARS = 20


def repairs_view(corpus, doc_id: str | None = None) -> pd.DataFrame:
    """The repairs made, each with its line and the raw text around it, for one document or all."""
    r = corpus.repairs if doc_id is None else corpus.repairs[corpus.repairs["doc_id"] == doc_id]
    blocks = corpus.blocks.set_index("block_id")
    rows = []
    for x in r.itertuples():
        raw = blocks.at[x.block_id, "raw"]
        left = raw[max(0, x.start - CONTEXT_CHARS) : x.start]
        right = raw[x.end : x.end + CONTEXT_CHARS]
        rows.append(
            {
                "doc_id": x.doc_id,
                "line": int(blocks.at[x.block_id, "line_start"]),
                "kind": x.kind,
                "raw": f"…{left}{x.before}{right}…",
                "repaired": f"…{left}{x.after}{right}…",
            }
        )
    out = pd.DataFrame(rows, columns=["doc_id", "line", "kind", "raw", "repaired"])
    return out.sort_values(["doc_id", "line"], kind="stable").reset_index(drop=True)


def kwic_html(hits: pd.DataFrame, *, max_rows: int = 50, labels: dict | None = None) -> str:
    """A concordance as an HTML table: left context right-aligned, the match in bold, the
    document's name (``labels``: doc_id -> name) at the end of each row (all escaped)."""
    if hits.empty:
        return "<p>No matches.</p>"
    rows = []
    for doc, _sent, left, match, right in zip(
        hits["doc_id"], hits["sent_id"], hits["left"], hits["match"], hits["right"]
    ):
        sent = (labels or {}).get(doc, doc)
        rows.append(
            f'<tr><td style="text-align:right;white-space:nowrap">{html.escape(left)}</td>'
            f"<td><b>{html.escape(match)}</b></td>"
            f'<td style="text-align:left;white-space:nowrap">{html.escape(right)}</td>'
            f'<td style="color:#777;font-size:smaller">{html.escape(sent)}</td></tr>'
        )
        if len(rows) == max_rows:
            break
    more = f"<p>{len(hits) - max_rows} more matches not shown.</p>" if len(hits) > max_rows else ""
    return (
        f"<p>{len(hits)} match{'es' if len(hits) != 1 else ''}.</p>"
        '<table style="font-family:monospace;font-size:smaller">' + "".join(rows) + "</table>" + more
    )
