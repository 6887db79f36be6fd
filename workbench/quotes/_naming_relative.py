"""The subject of a naming verb that opens a relative clause ("Voters who called the plan
"...", "Staff at the clinic, which called it "...""): the noun the relative pronoun stands
for, and whether the clause is restrictive (no comma), which ends at the closing mark."""

from __future__ import annotations

import re

from ._cue_speakers import speaker_before
from ._mentions import Mention, parse_speaker

#: a relative pronoun right before the naming verb, with the comma that sets it off if any
_RELATIVE_END_RE = re.compile(r"(,?)\s*\b(who|which|that)\s+$")
#: "which" after a prepositional phrase: its object is what "which" stands for ("Scientists
#: at the lab, which ...": a thing, never the people before the preposition)
_WHICH_OBJECT_RE = re.compile(
    r"\s(?:at|of|from|in|for|with|by|inside|within)\s+((?:the|a|an|its|their|his|her)\s+[^,;:]{1,50}?|[A-Z][^,;:]{1,50}?),\s*which\s+$"
)


def relative_naming_speaker(text: str, a: int, k: int) -> tuple[Mention | None, int, bool] | None:
    """When ``text[a:k]`` ends in a relative pronoun before the naming verb at ``k``: its
    antecedent as ``(mention, start, restrictive)``, else None (the caller reads as before)."""
    rel = _RELATIVE_END_RE.search(text, max(a, k - 12), k)
    if rel is None or rel.group(2) == "that" and rel.group(1):
        return None
    restrictive = not rel.group(1)
    if not restrictive:
        return None  # ("The judge, who had called ...": read as before)
    mention, start = speaker_before(text, a, rel.start())
    return mention, start, True


#: a restrictive relative clause inside a subject phrase up to a quotation mark ('Officials who
#: called the plan "sound'): the clause before the main cue, whose own statement is apart
_RELATIVE_IN_SUBJECT_RE = re.compile(r"\s+(?:who|that)\s+[^,;:]*[\"\u201c\u201d]")


def without_relative(mention: Mention) -> Mention:
    """The subject as written without a restrictive relative clause that holds a quotation
    ("Officials who called the plan "sound" said": "Officials"), else ``mention``."""
    r = _RELATIVE_IN_SUBJECT_RE.search(mention.text)
    if r is None or mention.start is None:
        return mention
    return parse_speaker(mention.text[: r.start()], mention.start, lenient=True) or mention
