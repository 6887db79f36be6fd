"""``Mention``: how a statement names its speaker (read by ``_mentions.parse_speaker``)."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Mention"]


@dataclass
class Mention:
    """How a statement names its speaker. ``start:end`` are offsets of the words as
    written (into the text handed to ``parse_speaker`` plus its offset)."""

    kind: str  # name, descriptor, organisation, pronoun, continuation
    text: str
    start: int | None = None
    end: int | None = None
    name: str = ""
    role: str = ""
    head: str = ""
    mods: frozenset = field(default_factory=frozenset)
    gender: str | None = None
    number: str = "sg"
    #: the head noun fits anyone whatever their role ("the 46-year-old", "the Frenchman")
    any_role: bool = False
    #: the narrator gives the name of someone described so far ("Her name is Agnes Morrow")
    naming: bool = False
    #: the noun of the text the speaker wrote, when the phrase names it ("the report by the
    #: Halden Institute": "report"); the text speaks, its author is the one named
    document: str = ""
