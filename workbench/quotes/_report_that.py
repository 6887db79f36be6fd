"""The reporting verb whose "that" clause an "according to" opens ("X said Monday that,
according to Y, ..."): X's statement, PolNeAR's outer source."""

from __future__ import annotations

import re

from ._cues import reporting_verb_forms

#: a day or time between a reporting verb and its "that": "said Monday that", "said on
#: Friday evening that", "said last week that", "said earlier that"
_DAY = (
    r"(?:(?:on\s+|last\s+|this\s+|early\s+|late\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|week|month|year|night|morning|afternoon|evening)"
    r"|yesterday|today|tonight|earlier|later|recently|previously)"
)
#: where a statement was made, between a reporting verb and its "that": "said in a statement
#: that", "told reporters in an interview Monday that"
_MEDIUM = r"in\s+(?:a|an|his|her|their|its)\s+(?:[a-z]+\s+)?(?:statement|interview|letter|email|speech|post|tweet|report|filing)"
#: the end of a reporting clause whose complement an "according to" opens: "X said Monday
#: that, according to ...": the verb right before "that", at most a day, an -ly adverb or a
#: telling verb's object between (a longer gap holds words of the clause's own: "said it was
#: unlikely that, according to Y, B" says the opposite of B, "denied reports that" a noun's
#: clause)
_REPORT_THAT_RE = re.compile(
    r"\b(?P<verb>[a-z]+)"
    r"(?P<object>\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?[a-z]+(?:'s\s+[a-z]+)?)??"
    r"(?:\s+[a-z]+ly)?(?:\s+" + _DAY + r")?(?:\s+[a-z]+ly)?(?:\s+" + _MEDIUM + r")?(?:\s+" + _DAY + r")?"
    # ("Politico reported, according to Y, B": the comma in place of "that")
    r"(?:\s+that,?|(?P<comma>,))\s*$"
)
#: the verbs a comma may follow in place of "that" (not "states", "claims": nouns as often)
_COMMA_FORMS = frozenset("said says reported reports wrote writes".split())
#: the verbs whose object may stand between them and "that" ("told reporters that")
_OBJECT_LEMMAS = frozenset("tell warn remind assure inform notify".split())


def report_verb(text: str, a: int, k: int) -> tuple[int, str, int] | None:
    """When ``text[a:k]`` ends in a reporting verb's "that" ("The lab reported that,"): the
    verb's start, the verb and where its clause starts (after "that"), else None."""
    if not text[a:k].rstrip().endswith(("that", ",")):
        return None  # (the pattern ends so: most phrases do not, and it was tried at every word)
    m = _REPORT_THAT_RE.search(text, a, k)
    form = None
    while m is not None:
        form = reporting_verb_forms().get(m.group("verb"))
        if form is not None:
            break
        # the leftmost match may open at a word before the verb ("company said Monday that")
        m = _REPORT_THAT_RE.search(text, m.end("verb"), k)
    if m is None or form is None or m.group("object") and form[0] not in _OBJECT_LEMMAS:
        return None  # ("denied reports that": a noun's clause)
    if m.group("comma") and (m.group("verb") not in _COMMA_FORMS or m.end("verb") + 1 != m.end("comma")):
        return None  # ("in the swing states, according to": a noun; and only the verb itself)
    verb = m.start("verb")
    if _PASSIVE_AUX_RE.search(text, a, verb):
        return None  # "Fans were told that, according to the league, ...": hearers
    if _DETERMINER_BEFORE_RE.search(text, a, verb):
        return None  # "said in its report that": the form is a noun
    return verb, m.group("verb"), m.end()


#: a determiner right before a cue's form, which makes it a noun ("its report", "the claim")
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s+$", re.IGNORECASE)
#: a passive's auxiliary before the verb, maybe adverbs or a day between ("were then told",
#: "were on Monday told"): its subject heard the statement, no speaker
_PASSIVE_AUX_RE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|get|gets|got)\s+"
    r"(?:(?:[a-z]+ly|then|also|later|again|first|never|not|already|just|only|now|still|all|both|each|"
    + _DAY
    + r")\s+){0,3}$"
)
