"""A source as the speaker resolution keeps it (:class:`Source`), and which mentions may
refer to it (number and gender agreement)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ._mentions import Mention
from ._source_type import COLLECTIVES, source_type


@dataclass
class Source:
    key: str
    kind: str
    name: str
    role: str
    anonymous: bool
    head: str = ""
    mods: frozenset = field(default_factory=frozenset)
    gender: str | None = None
    number: str = "sg"
    last: int = -1
    intro: str = ""  # the words that introduced the source, as written
    #: "the former minister" with no antecedent, or a lede's "A former minister": may be
    #: named just after ("definite" / "indefinite"; "pronoun": an unresolved "she" at
    #: ``intro``'s offset, see Resolver.named; "" when not)
    cataphoric: str = ""


def compatible(src: Source, m: Mention) -> bool:
    # ("The family said ... . They added": a singular noun of several people is "they")
    collective = src.kind == "descriptor" and src.head in COLLECTIVES
    if m.number == "pl":
        # ("House Democrats said ... . They added": a name of a group)
        return (
            src.number == "pl"
            or src.kind == "organisation"
            or collective
            or src.kind == "name"
            and source_type("name", src.name) == "group"
        )
    if src.number == "pl" or src.kind == "organisation" or collective:
        return False
    if src.kind == "descriptor" and " and " in src.name:
        return False  # ("Anna Green and her boyfriend ... He said": two people, not one)
    if src.kind == "name" and institution(src.name):
        # "A state audit office report found ... . '...,' he said": a name an
        # institution's word ends is no person a singular pronoun or descriptor stands for
        return False
    return m.gender is None or src.gender in (None, m.gender)


def institution(name: str) -> bool:
    """A name an institution's or a text's word ends ("House Intelligence Committee",
    "White House"), or a group's ("House Democrats"): no person a singular pronoun stands for."""
    return source_type("name", name) in ("organisation", "document", "group")
