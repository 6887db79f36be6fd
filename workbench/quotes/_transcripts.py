"""A transcript's lines without quotation marks: "Anna Berg: We rebuild, starting on
Monday." A paragraph that opens with a speaker's label and a colon, then words in the first
or second person, is that speaker's direct statement (an interview copied from a page whose
marks are the layout's, not the text's)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from ._colon_labels import _ABBREVIATED_TITLE_RE, speaks_as_person, titled_name
from ._cues import QUOTE_CHARS, n_words
from ._mentions import parse_speaker
from ._names import norm, speaker_words

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
        opening = first.group() if first else body
        if (
            n_words(body) < MIN_LINE_WORDS
            or not speaks_as_person(opening, -1)
            or _title_case(body)
            # ("Tom Hale: Our best player again, he made three saves": a profile's line, the
            # writer's words about the person named)
            or _THIRD_PERSON_RE.search(opening) is not None
            and _I_RE.search(opening) is None
        ):
            continue  # ("Lund: We Will Not Let The Harbour Plan Fail": a headline's title case)
        lines.append(m)
    for m in lines:
        label = m.group("label")
        if not _person_label(text, label, m.start("label")):
            continue
        mention = parse_speaker(label, m.start("label"))
        if mention is None or mention.kind != "name":
            continue
        end = m.end("body") - (len(m.group("body")) - len(m.group("body").rstrip()))
        doc.add("direct", [(m.start("body"), end)], mention, pd.NA, pd.NA)


def _person_label(text: str, label: str, at: int) -> bool:
    """A label that names a person, as a how-to page's headings ("Pro Tip:", "Seat Pan
    Depth:") do not: a title and a surname ("Rep. Ann Lee", "Dr. Tom Reed"), a given name
    the lists know and a surname ("Anna Berg"), or a name the text gives a person elsewhere
    ("Lund:", "TAPPER:" after "Anna Lund took over", "Jake Tapper asked")."""
    words = label.split()
    if _ABBREVIATED_TITLE_RE.match(label) and len(words) >= 2:
        return titled_name(label, personal=True)
    if len(words) in (2, 3) and norm(words[0]) in speaker_words()["given_names"]:
        return True
    last = words[-1].capitalize() if label.isupper() else words[-1]
    return len(words) <= 3 and _named_elsewhere(text, last, at)


#: a third person in a line's first sentence, and "I" (a speaker may speak of others)
_THIRD_PERSON_RE = re.compile(r"\b(?:he|she|him|her|his)\b", re.I)
_I_RE = re.compile(r"\bI\b")
#: a line's first sentence (its words in the first or second person make it speech)
_FIRST_SENTENCE_RE = re.compile(r"[^.!?]*[.!?]?")


def _title_case(body: str) -> bool:
    """Most words of the line are capitalised: a headline, not speech."""
    words = [w for w in body.split() if w[:1].isalpha()]
    return len(words) >= MIN_LINE_WORDS and sum(w[:1].isupper() for w in words) * 2 > len(words)


def _named_elsewhere(text: str, surname: str, at: int) -> bool:
    """The surname is a person's the text gives elsewhere: after a given name the lists know
    ("Anna Lund took over") or before a speech verb ("Lund said"), outside the label at ``at``."""
    word = re.escape(surname.strip())
    given = speaker_words()["given_names"]
    for m in re.finditer(rf"\b([A-Z][\w'\u2019-]+)\s+{word}\b|\b{word}\s+(?:said|says|told|asked)\b", text):
        if not m.start() <= at < m.end() and (
            m.group(1) is None
            or norm(m.group(1)) in given
            or _TITLE_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
        ):
            return True
    return False


#: a title or a role's noun right before a given name ("Mayor Dana Whitcombe", "coach Nadia
#: Feltham"): the name after it is a person's, whether or not the lists know the given name
_TITLE_BEFORE_RE = re.compile(
    r"\b(?:Mayor|Governor|Senator|President|Minister|Judge|Justice|Chief|Coach|Dr|Mr|Mrs|Ms|Councillor|"
    r"Inspector|Sergeant|Captain|mayor|governor|coach|chef|singer|minister|councillor|judge|governor)\.?\s+$"
)
