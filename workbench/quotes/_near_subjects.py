"""The cue's own subject right before it, which the phrase readers miss (``near_subject``): a
surname that is also a common word ("May", "Long", "Will"), when the document names that
person in full ("which May claims ...", ``word_surname``; never a month after "in" or a day
number), the noun phrase after a relative pronoun before "say" ("the toll rise, which port
officials said would start", ``relative_subject``), and a name after "and"/"but" that opens
its own clause ("a trader offered her a herring and Lund said", ``coordinated_name``)."""

from __future__ import annotations

import re
from string import ascii_lowercase, ascii_uppercase

from ._mentions import Mention, parse_speaker
from ._name_forms import fullest_name
from ._names import gender_of, is_name_token, speaker_words

#: a capitalised word closing the phrase before the cue, after a lower-case word or a comma
#: (so never a sentence's first word, whose capital says nothing)
_LAST_WORD_RE = re.compile(r"(?:^|[a-z,]\s+)([A-Z][a-z]+)\s+$")

#: a month's setting: a preposition or time word before it ("in May", "since March", "late
#: June"; not "after": "after May argued" is a subordinate clause), or a day number before it ("4 May")
_DATE_BEFORE_RE = re.compile(
    r"(?:\b(?:in|on|by|since|until|till|of|from|during|last|next|early|late|mid)|\d)[\s-]+$",
    re.I,
)

#: a finite cue ("claims", "said", "wrote"): after a modal the verb would be bare ("will claim"),
#: so the word before a finite cue is its subject
_FINITE_CUE_RE = re.compile(r"[a-z]+(?:s|ed)\b|(?:said|wrote|told|thought|spoke)\b")


def word_surname(text: str, a: int, b: int) -> Mention | None:
    """The one-word surname ending ``text[a:b]`` (the cue starts at ``b``) that the speaker
    lists read as a common word: a name only when the text also writes it after a known
    given name ("Ruth May", "Tom Will")."""
    lo = max(a, b - 40)
    # (the pattern needs whitespace at the end and a capital, then lower-case letters, before
    # it: most cues follow a lower-case word, and the search tried every position)
    span = text[lo:b].rstrip()
    lead = span.rstrip(ascii_lowercase)
    if len(span) == b - lo or len(lead) == len(span) or not lead or lead[-1] not in ascii_uppercase:
        return None
    found = _LAST_WORD_RE.search(text, lo, b)
    if found is None or _FINITE_CUE_RE.match(text, b) is None:
        return None
    word = found.group(1)
    if _DATE_BEFORE_RE.search(text, max(a, b - 60), found.start(1)):
        return None  # "a report published in May said": the month, no surname
    words = speaker_words()
    if is_name_token(word, words):
        return None  # (an ordinary surname: the phrase readers had their chance at it)
    full = fullest_name(text, word).split()
    if len(full) < 2 or full[-1] != word or gender_of(full[:1], words) is None:
        return None
    given = " ".join(full[:-1]) + " "
    start = found.start(1) - len(given)
    if start >= a and text.startswith(given, start):
        # "Amy King said": the whole name, where the text writes it here
        name = " ".join(full)
        return Mention("name", name, start, found.end(1), name=name, gender=gender_of(full, words))
    return Mention("name", word, found.start(1), found.end(1), name=word)


#: a relative pronoun closing the phrase before the cue, then the cue's own subject
_RELATIVE_SUBJECT_RE = re.compile(r"(?:^|,\s*)(?:which|who|whom)\s+([^,]+?)\s*$")

#: "say" itself: a clause said of the relative pronoun's noun ("which port officials say
#: would start"); other cues after a relative mostly take it as their object ("which X promised to fight")
_SAY_RE = re.compile(r"(?:say|says|said)\b")


def relative_subject(text: str, a: int, b: int, pre: str) -> Mention | None:
    """The noun phrase between a relative pronoun and "say" at ``b`` (``pre``: ``text[a:b]``,
    auxiliaries stripped): the relative pronoun is what is said of, the phrase who says it.
    Pronouns are left to ``_clause_subjects``."""
    if not ("which " in pre or "who" in pre) or _SAY_RE.match(text, b) is None:
        return None
    rel = _RELATIVE_SUBJECT_RE.search(pre)
    own = parse_speaker(rel.group(1), a + rel.start(1)) if rel is not None else None
    return own if own is not None and own.kind != "pronoun" else None


def near_subject(text: str, a: int, b: int, pre: str) -> Mention | None:
    """The cue's own subject right before ``b`` that the phrase readers miss, or None."""
    if text[b - 1 : b] == " ":
        # "the deal, which Will claims": read from the text as written (strip_aux takes
        # "Will" for the modal), before any phrase further back
        word = word_surname(text, a, b)
        if word is not None:
            return word
    return relative_subject(text, a, b, pre) or coordinated_name(text, a, pre)


#: a clause, then "and"/"but" and a short capitalised phrase closing the words before the cue
_COORDINATED_NAME_RE = re.compile(
    r"^(.*\S)\s+(?:and|but)\s+((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\s*$"
)


#: a prepositional phrase is no clause ("with Berg and Lund set to run ...": a list)
_PREPOSITION_RE = re.compile(r"\s*(?:with|without|for|of|from|between|among|including|like)\s", re.I)


def coordinated_name(text: str, a: int, pre: str) -> Mention | None:
    """'a trader offered her a herring and Lund said': the name after "and" is the subject of its
    own clause, when what "and" follows is a clause, no speaker ("Lund and Berg said" are two)."""
    if " and " not in pre and " but " not in pre:
        return None
    m = _COORDINATED_NAME_RE.match(pre)
    if m is None:
        return None
    left = m.group(1)
    tail = left[left.rfind(",") + 1 :]
    if not tail.split()[-1:] or not tail.split()[-1][0].islower():
        return None  # "the Institute for Peace and Security": an organisation's name goes on
    if len(tail.split()) < 4 or _PREPOSITION_RE.match(tail) or parse_speaker(tail) is not None:
        return None
    own = parse_speaker(m.group(2), a + m.start(2))
    return own if own is not None and own.kind == "name" else None
