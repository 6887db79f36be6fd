"""Cookie-consent banners: "We use cookies to improve your experience ... Privacy Policy" and
"Accept all cookies" are the site's prompt, not the article, and never its title.

A line is a banner's when it names cookies and one of the words a consent prompt asks with
(accept, agree, consent, privacy, settings, ... in several languages), and is a button or a
heading (short) or speaks as the site ("we use", "our"): an article about cookies (baking,
browsers, privacy law) seldom does all of that in one line. Such a line
gets the cue kind ``consent`` (a furniture shape the model and the rules keep, labelled
``footer`` with the site's other notices; it does not end the article as a footer cue does).
"""

from __future__ import annotations

import numpy as np

from ._signals import LineInfo

#: The cue kind of a banner line; its block kind is in _analysis.CUE_KINDS.
CONSENT = "consent"
#: A banner line is at most this long (a prompt is a sentence or two, not a paragraph).
CONSENT_MAX_CHARS = 400
#: A line up to this long is a button or a heading ("Accept all cookies", "Cookie settings").
BUTTON_MAX_CHARS = 60
#: The site speaking in a longer line (casefolded, spaces around words: " our " is not "your").
SITE_VOICE = (
    " we ",
    " our ",
    "this site",
    "this website",
    "wir ",
    " unsere",
    "nous ",
    "utilizamos",
    "usamos",
    "мы ",
    " наш",
)
#: Words of the prompt beside "cookie" (casefolded stems: "accept" covers "accepter").
CONSENT_WORDS = (
    "accept",
    "agree",
    "consent",
    "privacy",
    "settings",
    "preferences",
    "reject",
    "manage",
    "continuing to",
    "akzept",
    "zustimm",
    "einstellungen",
    "datenschutz",
    "aceptar",
    "aceitar",
    "accett",
    "configur",
    "paramètres",
    "политик",
    "соглас",
    "приня",
)


def consent_lines(infos: list[LineInfo]) -> list[int]:
    """Indexes of the lines of a consent banner (one substring test a line, the rest only on
    lines naming cookies)."""
    hits = []
    for i, info in enumerate(infos):
        text = info[1]
        if ("ookie" in text or "OOKIE" in text) and len(text) <= CONSENT_MAX_CHARS:
            low = " " + text.casefold()
            if any(word in low for word in CONSENT_WORDS) and (
                len(text) <= BUTTON_MAX_CHARS or any(voice in low for voice in SITE_VOICE)
            ):
                hits.append(i)
    return hits


def mark_consent(infos: list[LineInfo], columns: dict[str, np.ndarray] | None) -> None:
    """Give the banner lines the cue kind CONSENT, in ``infos`` and the model's ``columns``; a
    line with a cue already keeps it ("© Site 2024 Privacy & cookies" is a footer that ends
    the article)."""
    for i in consent_lines(infos):
        if infos[i].cue:
            continue
        infos[i] = infos[i]._replace(cue=CONSENT)
        if columns is not None:
            columns["cue_any"][i] = 1.0
            columns["cue_other"][i] = 1.0
            columns["cue_stop"][i] = 0.0
