"""A source described first and named late, by the one name it gave ('"...," said one
resident, who gave only her first name, Mercy'; 'said a 19-year-old who asked to be
identified only by his first name, Musa'): that name is the speaker's fullest."""

from __future__ import annotations

import re

from ._mention_type import Mention

#: how the name is given: "gave (only) her (first) name (only)", "(asked to be) identified
#: (only) by his first name", "(wanted to be) known (only) as"; then "as X" or ", X"
_GIVEN = (
    r"(?:(?:gave|giving|gives)\s+(?:only\s+)?(?:her|his|their)\s+(?:first\s+)?name(?:\s+only)?"
    r"|(?:(?:asked|wanted)\s+to\s+be\s+|was\s+)?(?:identified|known|called)(?:\s+only)?"
    r"(?:\s+by\s+(?:her|his|their)\s+(?:first\s+)?name)?)"
)
LATE_NAME_RE = re.compile(
    r",?\s+(?:who\s+)?"
    + _GIVEN
    + r"(?:\s+(?:only\s+)?as\s+|,\s+)(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?)(?=[\s,.;:!?]*$)"
)


def late_name(text: str, a: int, b: int) -> tuple[int, Mention] | None:
    """(where the description ends, the name given late in ``text[a:b]``), else None."""
    m = LATE_NAME_RE.search(text, a, b)
    if m is None or m.start() == a:
        return None
    k, e = m.span("name")
    return m.start(), Mention("name", m["name"], k, e, name=m["name"])
