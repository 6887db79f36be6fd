"""What a neuter pronoun ("it said") stands for: the organisation just quoted or the
sentence before is about, else a text (a letter, a memo) named just before it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._mentions import Mention, parse_speaker
from ._names import ORG_SUFFIXES, norm, speaker_words
from ._source_type import document_words
from ._speaker_descriptors import same_person
from ._speaker_source import Source

if TYPE_CHECKING:
    from ._speaker_resolver import Resolver

__all__ = ["neuter_source", "document_before", "text_author_before"]

#: a neuter pronoun's document is named at most this many characters before it
_DOCUMENT_WINDOW = 300
_MEDIUM_RE = re.compile(r"\bin\s+$", re.I)
_DOCUMENT_RE = re.compile(r"\b(the|a|an|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\b", re.I)


def neuter_source(r: Resolver, pos: int, m: Mention) -> Source | None:
    """ "It said": the organisation it speaks for, or None (no statement)."""
    src = None
    sources = r.sources
    # "It said": the organisation the sentence before is about, else the source just
    # quoted when that is an organisation; never a person or a thing
    if m.name:
        src = next(
            (
                s
                for s in sorted(sources, key=lambda s: -s.last)
                if s.kind in ("organisation", "name") and same_person(s.name, m.name)
            ),
            None,
        )
        if src is None and not m.name[:1].isupper():
            # "The airline said ... It added": the body "the airline" stands for, if named
            # (its noun, never a source of its own when it refers to one)
            noun = parse_speaker("the " + m.name, pos)
            named = r.described(pos, noun) if noun is not None and noun.kind == "organisation" else None
            src = named if named is not None and named.name[:1].isupper() else None
        if src is None:
            src = Source(f"org:{m.name}", "organisation", m.name, "", False)
            sources.append(src)
        elif src.kind == "name" and src.gender is None:
            src.kind = "organisation"  # ("Halvorsen Foods Inc disclosed ... It said": its name lost "Inc")
    elif (
        r.previous is not None
        and r.previous.number == "sg"
        and not r.previous.anonymous
        and (
            r.previous.kind == "organisation"
            or r.previous.kind == "name"
            and (
                r.previous.name.split()[-1] in ORG_SUFFIXES
                or norm(r.previous.name.split()[-1]) in speaker_words()["orgs"]
            )
        )
    ):
        src = r.previous
    if src is None:
        src = document_before(r, pos)
    return src


def document_before(r: Resolver, pos: int) -> Source | None:
    """'Nine charities sent a letter ... "...," it said': the text a neuter pronoun
    stands for when the sentences just before it name one (a letter, a memo, an
    editorial) and no organisation speaks."""
    found = _last_document(r, pos)
    if found is None:
        return None
    author = _author_after(r, pos, found.end())
    if author is not None:
        return author  # ("that statement from the union. It said": the union)
    mention = parse_speaker("the " + found.group(2).lower(), found.start(2) - 4)
    return None if mention is None else r.described(pos, mention)


#: who a text named just before is from ("a statement from the family", "the letter from
#: Kestrel Bank"): a definite noun of one or two words, or a capitalised name
_FROM_AUTHOR_RE = re.compile(
    r"\s+from\s+((?:[Tt]he\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?|[A-Z][\w'\u2019&.-]*(?:\s+[A-Z][\w'\u2019&.-]*){0,4})"
    r"(?=[.,;:!?]|\s*$)"
)


def _author_after(r: Resolver, pos: int, k: int) -> Source | None:
    """The source a text named at ``k`` is from, when "from" and its author close the
    phrase; None else (or when the author is no speaker: "a letter from last year")."""
    hit = _FROM_AUTHOR_RE.match(r.text, k)
    if hit is None:
        return None
    phrase = hit.group(1)
    if phrase[:1].islower() and not phrase.startswith(("the ", "The ")):
        return None  # ("a letter from yesterday": no author)
    mention = parse_speaker(phrase, hit.start(1))
    if mention is None or mention.kind not in ("descriptor", "organisation", "name"):
        return None
    if mention.kind == "descriptor" and mention.head in document_words():
        return None
    if mention.kind == "name":
        src = next(
            (s for s in r.sources if s.kind in ("name", "organisation") and s.name == mention.name), None
        )
        if src is None:
            src = Source(f"name:{mention.name}", "name", mention.name, mention.role, False)
            r.sources.append(src)
        return src
    return r.described(pos, mention)


def text_author_before(r: Resolver, pos: int) -> Source | None:
    """'More on that statement from the family. "...," they said': the author of the text
    the sentences just before a pronoun name, with "from" ("the statement from X")."""
    found = _last_document(r, pos)
    return None if found is None else _author_after(r, pos, found.end())


def _last_document(r: Resolver, pos: int) -> re.Match | None:
    """The last text the sentences just before ``pos`` name (a letter, a memo, a statement):
    nearest the pronoun."""
    nouns = document_words()
    found = None
    for hit in _DOCUMENT_RE.finditer(r.text, max(0, pos - _DOCUMENT_WINDOW), pos):
        # "In a statement, the guild called her ...": a text someone speaks *in* is
        # their medium, not the source "it" stands for
        if hit.group(2).lower() in nouns and not _MEDIUM_RE.search(
            r.text, max(0, hit.start() - 4), hit.start()
        ):
            found = hit
    return found
