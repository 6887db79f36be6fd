"""Where a reported clause that holds a quotation ends before the sentence does: at a second
predicate of the same subject that reports something else ('called the deal "a mistake" and
asked why ...', '... "a fraud," adding that ...'). PolNeAR marks the second report as a
statement of its own, so the first one stops before it."""

from __future__ import annotations

import re

from ._cues import participle_lemma, reporting_verb_forms

__all__ = ["absolute_cut", "and_opens_absolute", "coordinated_cut"]

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
    mark at ``close`` (a coordinated or participle speech verb), or of a clause of its own
    ('called the offer "derisory", and the union agreed')."""
    own = _OWN_CLAUSE_RE.search(text, close + 1, end)
    if own is not None:
        end = own.start()
    for m in _SECOND_PREDICATE_RE.finditer(text, close + 1, end):
        word = m.group("verb") or m.group("ing") or m.group("abs")
        absolute = m.group("abs") is not None and word in _NAMING_PARTICIPLES
        if absolute or _reports(word) and (m.group("verb") is not None or word.endswith("ing")):
            return m.start()
    return end


#: a clause with a subject and a finite verb of its own after a comma and a conjunction
#: (', and the union agreed', ', and she was not alone', ', but the league took no action')
_OWN_CLAUSE_RE = re.compile(
    r",\s+(?:and|but|yet|so|while|whereas)\s+(?:(?:the|a|an|his|her|their|its|our|my)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"[\w'\u2019-]+|he|she|they|it|we|I|(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:was|were|is|are|had|has|have|did|does|"
    r"would|could|will|took|gave|made|began|went|came|[a-z]{2,}ed)\b"
)


#: a closing mark, then a second absolute clause with its own subject and a participle
_ABSOLUTE_AFTER_QUOTE_RE = re.compile(
    r"[\"\u201d](?=,?\s+and\s+(?:(?:the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+"
    r"|(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\s+(?P<abs>[a-z]+ing)\b)"
)


#: the rest of a clause up to a quotation's opening mark, in the same sentence
_QUOTE_AHEAD_RE = re.compile(r"[^.!?\"\u201c\u201d]{0,120}[\"\u201c]")


def absolute_cut(text: str, a: int, b: int) -> int:
    """``b``, or the end of the closing mark in ``text[a:b]`` after which an absolute clause
    that reports a quotation of its own opens ('said it was "tired but happy" and the captain
    saying they were "ready"': the captain's statement, not a part of the first one; 'heard
    "a bang" and the driver shouting for help' is all what the witness said)."""
    for m in _ABSOLUTE_AFTER_QUOTE_RE.finditer(text, a, b):
        word = m.group("abs")
        if not _QUOTE_AHEAD_RE.match(text, m.end("abs")):
            continue
        if word in _NAMING_PARTICIPLES or _reports(word):
            return m.end()
    return b


#: a closing quotation mark (and a comma), or a comma, right before "and"
_AFTER_QUOTE_RE = re.compile(r"(?:[\"\u201d],?|,)\s+$")
#: an absolute clause of its own before "and" ("..., the referee citing the rain and",
#: "with staff fearing job cuts and"): the "and" joins a second one
_EARLIER_ABSOLUTE_RE = re.compile(
    r"(?:,|\bwith)\s+[^,;:\"\u201c\u201d]*?\b[a-z]{2,}ing\b[^,;:\"\u201c\u201d]*$"
)
#: how far before "and" an absolute clause of its own is looked for (characters)
_EARLIER_WINDOW = 100


def and_opens_absolute(text: str, a: int, k: int) -> bool:
    """The "and" at ``k`` opens an absolute clause of its own: after a quotation ('...
    "tired," and the captain saying'), a comma ("passed, and the speaker calling") or another
    absolute clause ("the referee citing the rain and the coach saying"), not before an
    object joined to another ("thanked the fans and the staff saying")."""
    return (
        _AFTER_QUOTE_RE.search(text, max(0, k - 3), k) is not None
        or _EARLIER_ABSOLUTE_RE.search(text, max(a, k - _EARLIER_WINDOW), k) is not None
    )
