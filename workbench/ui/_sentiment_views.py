"""Sentences as HTML with each word coloured by its part of the VADER score.

Document text is untrusted: every piece of it goes through :func:`html.escape`.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from ..sentiment import explain_sentiment, prepare_text, token_spans

__all__ = ["contribution_colour", "sentence_html", "sentences_html"]

#: Okabe–Ito colours (colour-blind safe): bluish green for positive words,
#: vermillion for negative ones.
POSITIVE_RGB = (0, 158, 115)
NEGATIVE_RGB = (213, 94, 0)
#: A contribution of this size (VADER's strongest lexicon words are about ±4)
#: gets the full colour; smaller ones are paler.
FULL_COLOUR_AT = 4.0
#: How many sentences a list shows at most.
MAX_SENTENCES = 50


def contribution_colour(contribution: float) -> str:
    """A CSS background for a word's contribution (transparent when 0)."""
    if not contribution:
        return "transparent"
    r, g, b = POSITIVE_RGB if contribution > 0 else NEGATIVE_RGB
    alpha = 0.15 + 0.65 * min(abs(contribution) / FULL_COLOUR_AT, 1.0)
    return f"rgba({r},{g},{b},{alpha:.2f})"


def sentence_html(text: str) -> str:
    """``text`` as escaped HTML, each word that moved the score in a coloured
    ``<span>`` whose tooltip says the lexicon valence, the rules and the contribution."""
    prepared = prepare_text(text)
    spans = token_spans(prepared)
    words = explain_sentiment(text).set_index("position")
    parts, last = [], 0
    for k, (start, end) in enumerate(spans):
        parts.append(escape(prepared[last:start]))
        token = escape(prepared[start:end])
        if k in words.index:
            row = words.loc[k]
            tip = (
                f"valence {row['valence']:+.2f}; {row['modifiers'] or 'no modifier'}; "
                f"contribution {row['contribution']:+.3f}"
            )
            parts.append(
                f'<span style="background:{contribution_colour(row["contribution"])};'
                f'border-radius:3px;padding:0 2px" title="{escape(tip, quote=True)}">{token}</span>'
            )
        else:
            parts.append(token)
        last = end
    parts.append(escape(prepared[last:]))
    return "".join(parts)


def sentences_html(frame: pd.DataFrame, *, limit: int = MAX_SENTENCES) -> str:
    """A list of sentences (rows with ``sent_id``, ``text``, ``sentiment``, optional
    ``voice``) with coloured words and their score, at most ``limit`` of them."""
    if frame.empty:
        return "<p>No sentence matches.</p>"
    items = []
    for r in frame.head(limit).itertuples():
        voice = f" · {escape(str(r.voice))}" if hasattr(r, "voice") and isinstance(r.voice, str) else ""
        items.append(
            f"<li><code>{escape(str(r.sent_id))}</code> <b>{r.sentiment:+.3f}</b>{voice}<br>"
            f"{sentence_html(r.text)}</li>"
        )
    more = f"<p>… and {len(frame) - limit} more.</p>" if len(frame) > limit else ""
    return f'<ol style="line-height:1.6">{"".join(items)}</ol>{more}'
