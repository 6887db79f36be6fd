""" "Called" that places a call, no naming: 'Customers who called the bank "several times"',
'Lee called the police when she heard "a crash"', 'the woman who called 911 "in a panic"'.
The quoted words there say how often or how the call was made (or belong to a clause
between), so they are no name the subject gives the object. A phone line followed directly
by a description is named like anything else: 'called the helpline "utterly useless"'."""

from __future__ import annotations

import re

__all__ = ["places_a_call"]

#: the object of a call: a phone line or number, an emergency number or service
#: (a "number" or a "line" only with a word that makes it a phone's: "called the numbers
#: "grim"" and "called the party line "a lie"" name them)
_PHONE_OBJECT_RE = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:hotlines?|helplines?|switchboards?|call\s+(?:centre|center)s?|"
    r"(?:phone|telephone|tip|ticket|customer\s+service|emergency|help|hot|booking|information)\s*lines?|"
    r"(?:phone|telephone|emergency|wrong|toll-free|freephone|helpline|hotline)\s+numbers?)"
    r"|911|999|112|111|101|(?:an?\s+)?ambulances?|emergency\s+services|(?:a\s+)?(?:taxi|cab)s?",
    re.I,
)
#: a clause between the object and the quotation ("the police when she heard "...""):
#: the quoted words are that clause's, not a name for the object
_CLAUSE_BETWEEN_RE = re.compile(
    r"\b(?:when|after|before|because|while|as|since|until|once)\s+(?:he|she|they|we|I|it|someone|somebody)\s"
)
#: quoted words that say how often, not what the object is ("several times", "again")
_HOW_OFTEN_RE = re.compile(
    r"(?:(?:(?:at\s+least|more\s+than|over|nearly|almost)\s+)?(?:several|many|countless|numerous|a\s+few|"
    r"a\s+dozen|dozens\s+of|hundreds\s+of|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+times"
    r"(?:\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year|hour))?|again(?:\s+and\s+again)?|twice|repeatedly|"
    r"(?:every|each)\s+(?:single\s+)?(?:day|night|week|month|year|morning|evening|hour|time)|"
    r"(?:day|night|hour)\s+after\s+(?:day|night|hour))\b",
    re.I,
)
#: quoted words after a phone line or number that say how or why the call was made, never
#: what the line is ('called 999 "in a blind panic"', 'the hotline "for hours on end"',
#: '"to report a leak"'): a caller's state, a "for" phrase of what was wanted or how long, an
#: infinitive of asking or telling ('"in a word, useless"' and '"for show only"' name the line)
_HOW_RE = re.compile(
    r"(?:in\s+(?:a\s+(?:blind\s+|total\s+|complete\s+)?panic|a\s+state\s+of\s+\w+|shock|tears|distress|desperation|"
    r"a\s+(?:hurry|rush|frenzy)|floods\s+of\s+tears|the\s+(?:small|early)\s+hours|the\s+middle\s+of\s+the\s+\w+)|"
    r"(?:late\s+|early\s+)?at\s+(?:night|dawn|midnight|\d)|straight\s+away|for\s+(?:help|(?:\w+\s+)?(?:hours|days|weeks|minutes)|assistance|advice|"
    r"an?\s+(?:ambulance|refund|appointment|taxi|cab|doctor|repair)|information|the\s+\w+\s+time)|to\s+(?:report|ask|complain|say|tell|check|request|book|warn|beg|explain))\b",
    re.I,
)
#: a how-often phrase is the whole quotation (a closing mark after it, no comparative: '"several
#: times worse than last year's"' and '"a dozen times" more dangerous' are descriptions)
_QUOTE_END_RE = re.compile(r"[\s,.!?]*[\"\u201d\u2019'](?!\s+(?:more|less|worse|better|[a-z]{3,}er)\b)")


def _phone_object(obj: str) -> bool:
    words = obj.split()
    if words and words[0].lower() in ("the", "a", "an", "its", "his", "her", "their", "our", "my"):
        words = words[1:]
    # ("the council's hotline": the possessor's noun is no object)
    noun = " ".join(w for w in words if not w.endswith(("'s", "\u2019s")))
    return bool(noun) and _PHONE_OBJECT_RE.fullmatch(noun) is not None


def places_a_call(text: str, verb_end: int, open_mark: int) -> bool:
    """Whether "call" ending at ``verb_end`` places a call rather than naming the object
    before the quotation opening at ``open_mark``."""
    # a clause right after the object, no aside set off by commas ('called the plan, drawn up
    # before they were consulted, "an insult"' names the plan)
    if "," not in text[verb_end:open_mark] and _CLAUSE_BETWEEN_RE.search(text, verb_end, open_mark):
        return True
    often = _HOW_OFTEN_RE.match(text, open_mark + 1)
    if often is not None and _QUOTE_END_RE.match(text, often.end()):
        return True
    return _HOW_RE.match(text, open_mark + 1) is not None and _phone_object(
        text[verb_end:open_mark].strip(" ,")
    )
