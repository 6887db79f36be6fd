"""The subject of a statement's own clause, when it is a relative pronoun: "Tom Hale, who
has argued that ...", "said Ann Boyd, who told the committee: ...", "the Ledger, which
said it would ...". Whatever path found the statement, its speaker as written is the
pronoun ("who"), and the noun phrase before it is whom it resolves to (``speaker_name``):
the statement is the relative clause's, not the main clause's ("..., who said A, said B")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ._complements import _phrase_before as phrase_before
from ._mentions import Mention

if TYPE_CHECKING:
    from ._doc import Doc

#: how far before a statement its cue and the relative pronoun are looked for
_WINDOW = 300
#: words the cue's clause may hold between the cue and its content ("told the committee
#: last month:", "declared in the spin room,")
_MAX_GAP = 80

#: ", who" / " - who" / "(who" ending the words before a cue, then auxiliaries, adverbs and
#: an aside ("who, after trading insults with X, said"); the pronoun is group 2
_RELATIVE_BEFORE_CUE_RE = re.compile(
    r"(,|\s[-\u2013\u2014]|\()\s*(who|which)(?:,[^,.;:\"\u201c\u201d]{1,80},)?"
    r"(?:\s+(?:has|have|had|also|later|then|once|previously|originally|recently|publicly|"
    r"repeatedly|often|long|in\s+the\s+past|[a-z]+ly))*\s+$"
)
#: a gap between the cue and the content that holds another clause or a sentence end
_GAP_BREAK_RE = re.compile(r"[.;!?]\s|\b(?:said|says|told|and\s+(?:he|she|they))\b")


def relative_subjects(doc: Doc) -> None:
    """Give each statement whose cue's subject is a relative pronoun that pronoun as the
    speaker written, resolved to the phrase before it (in place, on ``doc.rows``)."""
    text = doc.text
    for r in doc.rows:
        m = r["mention"]
        if m.kind == "continuation" or m.text.lower() in ("who", "which"):
            continue
        found = _relative_at(text, r["char_start"], r["cue"])
        if found is None:
            continue
        sep, rel, word = found
        if m.kind != "pronoun" and m.end is not None and sep - 2 <= m.end <= sep and m.start is not None:
            antecedent: Mention | None = m  # "Ann Boyd, who told ...": the speaker found is it
        else:
            antecedent = phrase_before(text, max(0, sep - _WINDOW // 2), sep)
        if antecedent is None or antecedent.kind not in ("name", "descriptor", "organisation"):
            continue
        if word == "which" and antecedent.kind == "descriptor":
            continue  # "the plan, which says": a document or thing, not a speaker read here
        r["mention"] = replace(antecedent, text=text[rel : rel + len(word)], start=rel, end=rel + len(word))


def _relative_at(text: str, start: int, cue: str) -> tuple[int, int, str] | None:
    """Where the separator before the relative pronoun and the pronoun stand, and the
    pronoun, when the cue right before ``start`` has a relative pronoun as its subject."""
    if not isinstance(cue, str) or not cue.strip():
        return None
    lo = max(0, start - _WINDOW)
    window = text[lo:start]
    found = list(re.finditer(r"\b" + re.escape(cue.strip()) + r"\b", window))
    if not found:
        return None
    last = found[-1]
    gap = window[last.end() :]
    if len(gap) > _MAX_GAP or _GAP_BREAK_RE.search(gap):
        return None
    rel = _RELATIVE_BEFORE_CUE_RE.search(window, 0, last.start())
    if rel is None:
        return None
    return lo + rel.start(1), lo + rel.start(2), rel.group(2)
