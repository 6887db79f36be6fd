"""Where a reported clause that holds a quotation ends before the sentence does: at a second
predicate of the same subject that reports something else ('called the deal "a mistake" and
asked why ...', '... "a fraud," adding that ...'). PolNeAR marks the second report as a
statement of its own, so the first one stops before it."""

from __future__ import annotations

import re

from ._cues import participle_lemma, reporting_verb_forms

__all__ = ["coordinated_cut"]

#: a coordinated predicate: 'and (also) (has) asked', 'while adding', ', stating'
_SECOND_PREDICATE_RE = re.compile(
    # a second absolute clause with its own subject ('... and the coach calling it "..."')
    r",?\s+and\s+(?:(?:the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+"
    r"|(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\s+(?P<abs>[a-z]+ing)\b"
    r"|,?\s+(?:(?:and|while|before|but)\s+(?:also\s+|then\s+|later\s+)?(?:has\s+|had\s+|have\s+)?"
    r"(?P<verb>[a-z]+)|,\s+(?P<ing>[a-z]+ing))\b"
)


#: naming participles (``_attribution.NAMING_PARTICIPLES``; not imported: _attribution imports
#: _doc, which imports _according, which imports this module), which open a second absolute
#: clause as speech verbs do
_NAMING_PARTICIPLES = frozenset("calling describing dubbing labeling labelling branding".split())


def _reports(word: str) -> bool:
    """An inflected speech verb of the learned list, or its -ing form."""
    forms = reporting_verb_forms()
    if word in forms:
        return True
    if word.endswith("ing"):
        lemma = participle_lemma(word)
        return lemma in forms and forms[lemma][1] in ("speech", "that")
    return False


def coordinated_cut(text: str, close: int, end: int) -> int:
    """``end``, or the start of the first second predicate that reports after the closing
    mark at ``close`` (a coordinated or participle speech verb)."""
    for m in _SECOND_PREDICATE_RE.finditer(text, close + 1, end):
        word = m.group("verb") or m.group("ing") or m.group("abs")
        absolute = m.group("abs") is not None and word in _NAMING_PARTICIPLES
        if absolute or _reports(word) and (m.group("verb") is not None or word.endswith("ing")):
            return m.start()
    return end
