"""A neuter "it" that speaks for nothing the article names: the statement stays, the
pronoun as its speaker, when the words show a text or body speaking ('"...," it read',
'It says: "..."', 'It states that ...'), not a thing narrated ("The bridge was closed.
It said the repairs ...")."""

from __future__ import annotations

import re

__all__ = ["IT_LEAD_RE", "UNRESOLVED_IT_KEY", "kept_unresolved", "unresolved_source"]

#: what may stand before "it" as the cue's subject: "In a statement, it said", "At the
#: bottom it reads", "In cases of flooding, it said": a prepositional phrase opening the
#: sentence (a few words, no quotation mark, no clause of its own); or a time after an
#: earlier statement ("Forty minutes later it added", "Later, it said")
IT_LEAD_RE = re.compile(
    r"\s*(?:In\s+an?\s+(?:statement|filing|letter|post|email|report),\s+"
    r"|(?:In|At|On|Under|Near|Below|Above)\s+(?:[\w'\u2019.-]+\s+){0,5}?[\w'\u2019.-]+,?\s+(?=[Ii]t\s)"
    r"|(?:(?:(?:An?|[A-Z][a-z]+)\s+(?:[a-z]+\s+)?)?(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+"
    r"(?:later|earlier)|Later|Afterwards|Shortly\s+afterwards?|Soon\s+afterwards?),?\s+(?=[Ii]t\s))?"
)

#: the source of an "it" nothing in the article resolves
UNRESOLVED_IT_KEY = "anon:unidentified source"

#: cues a text speaks with ('it reads', 'it states'); the present tense of "say" ('the sign
#: says') is a text's too, the past ("it said") only inside quotation marks
_TEXT_CUES = frozenset({"read", "reads", "states", "stated", "says", "writes", "wrote"})
_DOCUMENT_CUES = frozenset({"read", "reads"})


def kept_unresolved(row: dict) -> bool:
    """Whether a statement whose "it" resolves to no source is kept: in quotation marks,
    or with a cue a text speaks with."""
    if row["mention"].kind != "pronoun" or row["mention"].text.lower() != "it":
        return False
    cue = (row.get("cue") or "").lower().rstrip(":").split()
    return row["kind"] in ("direct", "mixed") or bool(cue) and cue[-1] in _TEXT_CUES


def unresolved_source(row: dict) -> dict:
    """The resolved-source fields of such a statement: unnamed, a document when it is
    read, else an organisation."""
    cue = (row.get("cue") or "").lower().rstrip(":").split()
    document = bool(cue) and cue[-1] in _DOCUMENT_CUES
    return {
        "key": UNRESOLVED_IT_KEY,
        "name": "unidentified document" if document else "unidentified source",
        "role": "",
        "anonymous": True,
        "source_type": "document" if document else "organisation",
    }
