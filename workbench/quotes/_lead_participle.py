"""A participle with a that-clause opening the sentence, before its subject and cue:
"Noting that the talks had been constructive, the minister said ...". The participle's
subject is the main clause's, so its clause is that speaker's statement too (wire copy in
translation writes this shape often)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ._cues import participle_lemma

if TYPE_CHECKING:
    from ._doc import Doc

__all__ = ["lead_participles"]

#: a sentence's opening participle of speech and its "that"
_LEAD_RE = re.compile(
    r"(?:(?:But|And)\s+)?(?P<cue>(?:Stating|Noting|Stressing|Emphasi[sz]ing|Recalling|Underlining|"
    r"Underscoring|Reiterating|Insisting|Arguing|Warning|Claiming|Asserting|Acknowledging|Saying|"
    r"Adding)(?:\s+out)?)\s+that\s+"
)


def lead_participles(doc: Doc) -> None:
    """Add the clause of a sentence's opening participle ("Stressing that A, X said B") as
    the statement of the speaker of a statement whose subject stands right after the
    clause's comma; only once that main statement is found."""
    text = doc.text
    for a, b in doc.sentences:
        m = _LEAD_RE.match(text, a, b)
        if m is None:
            continue
        for r in list(doc.rows):
            mention = r["mention"]
            if mention is None or mention.start is None or not m.end() < mention.start < b:
                continue
            comma = text.rfind(",", m.end(), mention.start)
            if comma < 0 or text[comma + 1 : mention.start].strip() or doc.covered(m.end(), comma):
                continue
            word = m.group("cue").split()[0].lower()
            doc.add("indirect", [(m.end(), comma)], replace(mention), m.group("cue"), participle_lemma(word))
            break
