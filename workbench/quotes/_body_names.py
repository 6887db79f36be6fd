"""More of what the text shows of a source typed as a person that makes it a body, read at
the source's own mention: a body's noun right before the name ("the EU border agency
Frontex said", "according to his publisher, Harvill Secker"), a firm's own channel later in
its sentence ("X confirmed the death in a statement on its website"), "its" right after the
verb for a name of any length ("Medecins Sans Frontieres said its teams ..."); a person's
noun right before a name, which keeps it a person ("its vice-president, Darius Roe, said it
had paid"); and a bare possessive as a firm's name ("Christie's said")."""

from __future__ import annotations

import re

from ._names import person_head, speaker_words
from ._time_words import MONTH, MONTHS, WEEKDAY, WEEKDAYS

__all__ = ["body_by_mention", "firm_before_verb", "firm_possessive", "person_noun_before", "possessive_firms"]

#: a weekday's or a month's name ("Saturday's": the day's, no firm)
_TIME_WORD_RE = re.compile(r"(?:" + WEEKDAY + "|" + MONTH + r")")

#: nouns of a body's kind no list holds for a person ("the ride-hailing app")
_THING_BODIES = frozenset("app apps platform platforms brand brands site service".split())
#: words of a noun's modifiers that make it another's ("the head of the union Bob Roe")
_NOT_MODIFIERS = frozenset("of for at to from in with by and or".split())
#: the words before a name: a determiner or a possessive, up to three modifiers and a noun,
#: with or without the comma of an apposition ("the EU border agency Frontex", "his
#: publisher, Harvill Secker"); read backwards from the name (the end of the window)
_NOUN_BEFORE_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)|['\u2019]s)\s+((?:[\w'\u2019-]+\s+){0,3}?)"
    r"([a-z][\w-]*)(,?)\s+$"
)
#: a firm's own channel later in the name's sentence ("in a statement on its website", "on
#: its official X account")
_ITS_CHANNEL_RE = re.compile(
    r"\b(?:on|in|via|through)\s+its\s+(?:own\s+|official\s+)?(?:[A-Z][\w-]*\s+)?"
    r"(?:website|web\s+site|site|account|page|feed|channel|blog|newsletter)\b"
)
#: "its" right after the reporting verb ("X said its teams", "X says that its")
_ITS_SAID_RE = re.compile(
    r"\s+(?:(?:has|had|also)\s+)?(?:said|says|announced|added|confirmed|reported|told\s+\w+)\s+(?:that\s+)?its\s"
)
#: a gendered subject pronoun
_SUBJECT_PRONOUN_RE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def _person_words(words: list[str]) -> bool:
    """A given name or a title among ``words``."""
    sw = speaker_words()
    return any(w.lower() in sw["given_names"] or w.lower() in sw["titles"] for w in words)


#: the word right before the determiner of that phrase, and "according" before a "to"
_WORD_BEFORE_RE = re.compile(r"(?:according\s+)?\b(\w+)\s+$", re.IGNORECASE)
#: prepositions that make the phrase after them their object
_PREPOSITIONS = frozenset("of for in at on to from with by about near under over".split())


def _body_noun(noun: str) -> bool:
    return noun in _THING_BODIES or noun.endswith("maker") or noun in speaker_words()["orgs"]


def _noun_before(text: str, start: int, end: int) -> bool:
    """A body's noun right before the name at ``start``..``end``, in apposition: with no
    comma ("the agency Frontex said") or between commas ("its publisher, Harvill Secker,")."""
    lo = max(0, start - 80)
    m = _NOUN_BEFORE_RE.search(text[lo:start])
    if m is None or not _body_noun(m.group(2)):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, lo + m.start() - 20), lo + m.start())
    if (
        before is not None
        and before.group(1).lower() in _PREPOSITIONS
        and not before.group(0).startswith("according")
    ):
        # ("The spokeswoman for the Brenner group, Katrin Roe, told", "the leader in the city
        # council Beatrix Holm said": the noun's phrase is another's object, not in apposition)
        return False
    if any(w.lower() in _NOT_MODIFIERS or w.endswith(("'s", "\u2019s")) for w in m.group(1).split()):
        return False
    # (after a comma only an apposition a comma or the sentence's end closes: "with the
    # newspaper, Roe said" is an opening phrase and its subject)
    return not m.group(3) or text[end : end + 1] in (",", ".", ";", "")


def _sentence_end(text: str, pos: int, limit: int) -> int:
    """Where the sentence around ``pos`` ends, looked for no further than ``limit``."""
    ends = [k for k in (text.find(". ", pos, limit), text.find("\n", pos, limit)) if k >= 0]
    return min(ends) if ends else limit


def body_by_mention(r: dict, text: str) -> bool:
    """The record's source, named here with no given name or title, is described as a body
    right before its name, has a firm's channel in its sentence, or "its" after the verb."""
    name, start, end = r["speaker_name"], r["speaker_start"], r["speaker_end"]
    if not isinstance(end, int) or not isinstance(start, int) or text[start:end] != name:
        return False
    words = name.split()
    if len(words) > 4 or _person_words(words):
        return False
    role = r["role"] if isinstance(r["role"], str) else ""
    head = re.split(r"\s+(?:of|for|at|in|with)\s", role, maxsplit=1)[0].split()[-1:] if role else []
    if head and person_head(head[0].lower()) and not _body_noun(head[0].lower()):
        return False  # ("the spokeswoman for the group, Katrin Roe,": a person's role)
    if len(words) <= 2 and _noun_before(text, start, end):
        return True
    if _ITS_SAID_RE.match(text, end, end + 60) is not None:
        return True
    stop = _sentence_end(text, end, end + 160)
    m = _ITS_CHANNEL_RE.search(text, end, stop)
    # ("X said she had posted it on its website": no person's pronoun before it; "his" may be
    # another's: "X confirmed his death on its website")
    return m is not None and _SUBJECT_PRONOUN_RE.search(text, end, m.start()) is None


#: a noun right before a name, with or without a comma ("its vice-president, Darius Roe")
_LAST_NOUN_RE = re.compile(r"\b([a-z][\w-]*),?\s+$")


def person_noun_before(r: dict, text: str) -> bool:
    """The record's name comes right after a person's noun, in apposition ("its
    vice-president, Darius Kowalczyk, said it had paid"): a person, whatever "it" did."""
    start = r["speaker_start"]
    if not isinstance(start, int) or text[start : r["speaker_end"]] != r["speaker_name"]:
        return False
    m = _LAST_NOUN_RE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    noun = m.group(1)
    # ("vice-president", "co-founder": the person's noun is the last part)
    return (person_head(noun) or person_head(noun.rsplit("-", 1)[-1])) and noun not in speaker_words()["orgs"]


#: a capitalised word and a bare possessive "'s", the whole speaker ("Christie's")
_FIRM_POSSESSIVE_RE = re.compile(r"([A-Z][\w&.-]*)['\u2019]s")


def possessive_firms(records: list[dict], text: str) -> list[dict]:
    """``records`` without those whose speaker is a bare possessive ("Trump's" of "Trump's
    promises to deport ...", a noun read as the cue) unless the text writes the name with its
    "'s" only: a firm called after its founder ("Christie's said", "McDonald's said"); a
    weekday or a month is no firm ("Saturday's")."""
    verdict: dict[str, bool] = {}
    kept = []
    for r in records:
        m = _FIRM_POSSESSIVE_RE.fullmatch(r["speaker"]) if isinstance(r["speaker"], str) else None
        if m is not None and r["speaker_name"] == r["speaker"]:
            stem = m.group(1)
            if stem not in verdict:
                verdict[stem] = _TIME_WORD_RE.fullmatch(stem) is None and (
                    re.search(r"\b" + re.escape(stem) + r"\b(?!['\u2019]s\b)", text) is None
                )
            if not verdict[stem]:
                continue
        kept.append(r)
    return kept


#: a verb after a speaker: said, says, told, announced ("-ed" or "-s", or irregular past)
_FINITE_RE = re.compile(r"\s*(?:(?:has|had|also|later|then)\s+)?([a-z]+)")


#: a verb right after the word after a possessive, which makes that word a noun
_NOUN_THEN_VERB_RE = re.compile(r"\s+(?:were|was|are|is|have|had|will|would)\b")


def firm_before_verb(phrase: str, text: str, b: int) -> bool:
    """A bare possessive ``phrase`` before ``b`` read as a firm's name ("Christie's") only
    before a finite verb ("Christie's said"), not before a noun ("Lund's reply was:")."""
    if not phrase.endswith(("'s", "\u2019s")) or " " in phrase.strip():
        return True
    m = _FINITE_RE.match(text, b, b + 40)
    if m is None:
        return False
    w = m.group(1)
    if _NOUN_THEN_VERB_RE.match(text, m.end(), m.end() + 12) is not None:
        return False  # ("Clinton's attacks were echoed": a plural noun, its verb after it)
    return w.endswith(("ed", "s")) and not w.endswith("ss") or w in speaker_words()["past"] or w == "said"


#: words before a contracted "is" or "has" ("It's said", "That's", "Here's")
_CONTRACTED = frozenset(
    "it that there here what who where when how let everyone everybody someone nobody".split()
)
#: quantifiers with a contracted "has" ("Some's", rare) or that open a clause
_QUANTIFIERS = frozenset("others some many few most all one both either neither".split())


def firm_possessive(phrase: str, words: dict) -> bool:
    """``phrase`` is one capitalised word and a bare "'s" ("Christie's", "McDonald's"): a
    firm called after its founder, as a speaker; not a pronoun, a day or a noun with a
    contracted "has" or "is" ("He's said", "Mum's said", "Saturday's", "It's said")."""
    m = _FIRM_POSSESSIVE_RE.fullmatch(phrase)
    if m is None:
        return False
    stem = m.group(1).lower()
    return not (
        stem.capitalize() in WEEKDAYS
        or stem.capitalize() in MONTHS
        or stem in _CONTRACTED
        or stem in _QUANTIFIERS
        or stem in words["pronouns"]
        or stem in words["determiners"]
        or stem in words["heads"]
        or stem in words["titles"]
    )
