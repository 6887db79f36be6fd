"""A transcript's lines without quotation marks: "Anna Berg: We rebuild, starting on
Monday." A paragraph that opens with a speaker's label and a colon, then words in the first
or second person, is that speaker's direct statement (an interview copied from a page whose
marks are the layout's, not the text's)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from ._colon_labels import speaks_as_person, titled_name
from ._cues import QUOTE_CHARS, n_words
from ._mentions import parse_speaker

if TYPE_CHECKING:
    from ._doc import Doc

__all__ = ["transcript_statements"]

#: a paragraph's label (a few capitalised words, a title's full stop allowed), a colon, then
#: the line's words (no opening quotation mark: those are read as quotations)
_LINE_RE = re.compile(
    r"[ \t]*(?P<label>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}):[ \t]+(?P<body>\S[^\n]*)"
)
#: labels of the newsroom's notes and possessives ("Editor's Note:", "Update:")
_NOT_A_SPEAKER_RE = re.compile(
    r"['\u2019]s\b|\b(?:Note|Update|Correction|Clarification|Warning|Disclaimer)\b", re.I
)
#: the fewest words of a transcript's line
MIN_LINE_WORDS = 4


def transcript_statements(doc: Doc) -> None:
    """Add a direct statement for each paragraph that is a transcript's line of a named
    speaker. A label of one word ("Lund:") counts only when the text names that person
    elsewhere."""
    text = doc.text
    lines = []
    for a, b in doc.paragraphs[1:]:  # (the first is the title: "Lund: We Will Rebuild")
        m = _LINE_RE.match(text, a, b)
        if m is None or text[m.start("body")] in QUOTE_CHARS or doc.covered(a, b):
            continue
        if _NOT_A_SPEAKER_RE.search(m.group("label")):
            continue  # ("Editor's Note:", "Update:"): the newsroom's words
        body = m.group("body")
        first = _FIRST_SENTENCE_RE.match(body)
        if (
            n_words(body) < MIN_LINE_WORDS
            or not speaks_as_person(first.group() if first else body, -1)
            or _title_case(body)
        ):
            continue  # ("Lund: We Will Not Let The Harbour Plan Fail": a headline's title case)
        lines.append(m)
    for m in lines:
        label = m.group("label")
        one_word = _named_elsewhere(text, label, m.start("label"))
        if not titled_name(label, one_word=one_word, personal=True):
            continue
        mention = parse_speaker(label, m.start("label"))
        if mention is None or mention.kind != "name":
            continue
        end = m.end("body") - (len(m.group("body")) - len(m.group("body").rstrip()))
        doc.add("direct", [(m.start("body"), end)], mention, pd.NA, pd.NA)


#: a line's first sentence (its words in the first or second person make it speech)
_FIRST_SENTENCE_RE = re.compile(r"[^.!?]*[.!?]?")


def _title_case(body: str) -> bool:
    """Most words of the line are capitalised: a headline, not speech."""
    words = [w for w in body.split() if w[:1].isalpha()]
    return len(words) >= MIN_LINE_WORDS and sum(w[:1].isupper() for w in words) * 2 > len(words)


def _named_elsewhere(text: str, label: str, at: int) -> bool:
    """The one-word label is a name the text gives a person elsewhere ("Anna Lund ..." or
    "Lund said"), not a heading ("Update:", "Note:")."""
    word = re.escape(label.strip())
    return any(
        m.start() != at
        for m in re.finditer(rf"\b[A-Z][\w'\u2019-]+\s+{word}\b|\b{word}\s+(?:said|says)\b", text)
    )
