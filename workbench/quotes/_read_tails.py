"""The text after an inverted "read" with a participle phrase on it ('"...," read the alert
sent to phones across the county', '"...," read a message posted by the firm's counsel, Ann
Roe, on Slack'): the text is the source, or the author the "by" phrase names."""

from __future__ import annotations

import re

from ._mentions import Mention, parse_speaker
from ._speaker_after import speaker_after

#: the participle after the text's noun ("sent", "posted by", "pinned", "written by")
_PARTICIPLE_RE = re.compile(r"\s+(?:[a-z]{3,}ed|written|sent|shown|put\s+up)\s+(?P<by>by\s+)?")
#: the text phrase opens with a determiner (the inscription's rule: "read the sign")
_DETERMINER_RE = re.compile(r"\s*(?:the|a|an|one|this|that|its|their|his|her)\s", re.I)


def read_source(text: str, k: int, end: int) -> Mention | None:
    """The source after "read" at ``k`` when a participle cuts its phrase, or None."""
    if _DETERMINER_RE.match(text, k, end) is None:
        return None
    m = _PARTICIPLE_RE.search(text, k, end)
    if m is None:
        return None
    if m.group("by"):
        author = speaker_after(text, m.end(), end, lenient=True, partial=True)
        if author is not None and author.kind in ("name", "organisation", "descriptor"):
            return author  # ('read a message posted by its counsel, Ann Roe': hers)
    lead = len(text[k : m.start()]) - len(text[k : m.start()].lstrip())
    return parse_speaker(text[k + lead : m.start()], k + lead, lenient=True)
