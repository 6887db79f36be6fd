"""Two roles of one person joined by "and" before the name ("her friend and fellow activist
Ann Roe", "his colleague and co-author Tom Lund"): the name is the speaker, the roles its role."""

from __future__ import annotations

import re
from collections.abc import Callable

from ._mention_type import Mention

#: a possessive or no determiner, one lower-case noun, "and", up to three lower-case words
#: (no determiner after "and": "the mayor and the clerk Ann Roe" are two), then the name
_JOINED_ROLES_RE = re.compile(
    r"((?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?[a-z][a-z-]+\s+and\s+(?!(?:the|a|an|his|her|their|its)\s)"
    r"(?:[a-z][a-z-]+\s+){1,3})(?=[A-Z])"
)


def joined_roles(seg: str, parse: Callable[[str], Mention | None]) -> Mention | None:
    """The name after two roles joined by "and" (``parse`` reads the rest at offset 0), its
    offsets moved and the roles its role; None for any other phrase."""
    m = _JOINED_ROLES_RE.match(seg)
    if m is None:
        return None
    named = parse(seg[m.end() :])
    if named is None or named.kind != "name" or named.start is None or named.end is None:
        return None
    out = object.__new__(Mention)
    out.__dict__.update(named.__dict__)
    out.start, out.end = named.start + m.end(), named.end + m.end()
    out.role = m.group(1).strip()
    return out
