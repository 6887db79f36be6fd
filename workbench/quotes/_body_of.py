"""A body's name that goes on through "of" after its own word ("The Reserve Bank of New
Zealand", "the Central Bank of Ireland"): the capitalised run stops at "of", the name does
not."""

from __future__ import annotations

import re

from ._letters import UPPER
from ._names import ORG_SUFFIXES

__all__ = ["body_of_end"]

#: "of", maybe "the", then one to three capitalised words
_OF_NAME_RE = re.compile(r" of (?:the )?[" + UPPER + r"][\w'\u2019-]*(?: [" + UPPER + r"][\w'\u2019-]*){0,2}")


def body_of_end(text: str, run_end: int, last_word: str, stop: int) -> int:
    """Where the name whose capitalised run ends at ``run_end`` with ``last_word`` ends: past
    "of (the) X Y" when that word is a body's ("Bank", "Council", "Agency"), else ``run_end``;
    not beyond ``stop``."""
    if last_word not in ORG_SUFFIXES:
        return run_end
    m = _OF_NAME_RE.match(text, run_end, stop)
    return m.end() if m is not None else run_end
