"""Scoring entity mentions against hand-marked text (``tests/data/entities/*.md``).

A mention is marked ``[text]{LABEL}`` or ``[text]{LABEL|entity}``; :func:`parse_marked` gives the
plain text and the gold mentions, :func:`score` precision, recall and F1 per label (a mention
counts when its span and label are both right) and how often the canonical entity is right.
"""

from __future__ import annotations

import re

import pandas as pd

MARK = re.compile(r"\[([^\[\]]+)\]\{([A-Z]+)(?:\|([^{}]*))?\}")


def parse_marked(marked: str) -> tuple[str, pd.DataFrame]:
    """Plain text and gold mentions (``text, label, entity, char_start, char_end``)."""
    out, rows, pos, shift = [], [], 0, 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        start = m.start() - shift
        text = m.group(1)
        rows.append(
            {
                "text": text,
                "label": m.group(2),
                "entity": m.group(3) or text,
                "char_start": start,
                "char_end": start + len(text),
            }
        )
        out.append(text)
        shift += len(m.group()) - len(text)
        pos = m.end()
    out.append(marked[pos:])
    cols = ["text", "label", "entity", "char_start", "char_end"]
    return "".join(out), pd.DataFrame(rows, columns=cols)


def score(gold: pd.DataFrame, pred: pd.DataFrame, *, key: str = "doc_id") -> pd.DataFrame:
    """Per label and overall: ``label, tp, fp, fn, precision, recall, f1, entity_acc``.

    Both frames carry ``key`` (a document id), ``label``, ``entity``, ``char_start``, ``char_end``.
    ``entity_acc``: share of correctly found mentions whose canonical entity is also right.
    """
    cols = [key, "char_start", "char_end", "label"]
    m = gold[cols + ["entity"]].merge(
        pred[cols + ["entity"]], on=cols, how="outer", suffixes=("_gold", "_pred"), indicator=True
    )
    rows = []
    for label, g in [*sorted(m.groupby("label")), ("ALL", m)]:
        tp = int((g["_merge"] == "both").sum())
        fp = int((g["_merge"] == "right_only").sum())
        fn = int((g["_merge"] == "left_only").sum())
        both = g[g["_merge"] == "both"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        rows.append(
            {
                "label": label,
                "tp": tp,
                "fp": fp,
                "fn": fn,
                "precision": p,
                "recall": r,
                "f1": 2 * p * r / (p + r) if p + r else 0.0,
                "entity_acc": float((both["entity_gold"] == both["entity_pred"]).mean()) if tp else 0.0,
            }
        )
    return pd.DataFrame(rows)
