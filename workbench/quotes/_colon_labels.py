"""Colon labels that :func:`._speaker_intro.colon_speaker` reads besides a bare name: a
transcript's label with a title, an aside or a role before the name ("Rep. Ann Lee (D-Ohio):",
"Former secretary of labor Ann Lee Moss:"), a source after "From" ("From the report:"), a press
release's label ("Quote from Ann Lee, chief executive of X:", "Statement from the family:")
and a live blog's list of quotations ("Key quotes:")."""

from __future__ import annotations

import re
from dataclasses import replace

from ._mentions import Mention, parse_speaker
from ._name_leads import role_word
from ._name_runs import NAME_SEQ_RE
from ._names import PREPOSITIONS, norm, speaker_words

__all__ = [
    "aside_label",
    "from_source",
    "label_aside",
    "press_label",
    "quote_list_label",
    "role_and_name",
    "speaks_as_person",
    "titled_name",
]

#: an abbreviated title opening a label ("Rep. Ann Lee:", "Dr. Tom Reed:")
_ABBREVIATED_TITLE_RE = re.compile(r"^(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Sgt|Rev|Sec)\.\s+")
#: a label ending in a full name (two capitalised words or more)
_ENDS_IN_NAME_RE = re.compile(r"\b[A-Z][a-z][\w'\u2019-]*\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'\u2019-]*\s*$")
#: the role words and the capitalised words of the name ending a label
_TRAILING_NAME_RE = re.compile(r"^(.*?[a-z])\s+((?:[A-Z][\w.'\u2019-]*\s+)+[A-Z][\w'\u2019-]*)$")
#: a role before a name: a first word, then lower-case words ("Former secretary of labor")
_ROLE_WORDS_RE = re.compile(r"[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){0,5}")
_DETERMINER_RE = re.compile(r"^(?:the|a|an)\s+", re.I)
#: a short aside in parentheses closing a speaker's label
_LABEL_ASIDE_RE = re.compile(r"(?<=[\w.])\s*\([^()]{1,40}\)\s*$")
#: "From the report:", "More from the study:": the source a determiner opens (the "Name:"
#: label of colon_speaker takes capitalised names only)
_FROM_SOURCE_RE = re.compile(
    r"(?:^|\s[-\u2013\u2014]\s*)(?:(?:More|Also)\s+from|From)\s+"
    r"((?:the|a|an|this|that|his|her|its|their)\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+)$"
)

#: a press release's or a live blog's label for the quoted words that follow, then their
#: source ("Quote from Ann Lee, CEO:", "Statement from the family:", "Comment from X:",
#: "Quote attributable to X:", "Key quotes from the chancellor:"): the nouns of such labels,
#: a vocabulary
_PRESS_LABEL_RE = re.compile(
    r"\s*(?:(?:Key|Main|More|Further|Full|Additional|Latest)\s+)?"
    r"(?:[Qq]uotes?|[Ss]tatements?|[Cc]omments?|[Rr]emarks|[Rr]eaction|[Rr]esponse)\s+"
    r"(?:from|by|attributable\s+to)\s+(\S.*?)\s*$"
)
#: a live blog's label for a list of quotations with no source in it ("Key quotes:", "Main
#: lines:"): the sentence before says who spoke
_QUOTE_LIST_RE = re.compile(r"\s*(?:Key|Main|Top)\s+(?:quotes|lines|comments|quotations)\s*$", re.I)


#: a first- or second-person word: the quotation after a label speaks as someone
_PERSONAL_RE = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Uu]s|[Mm]e|[Yy]ou|[Yy]our)\b")
#: an aside that dates or times a label ("Update (10:45 a.m.):", "Correction (May 3):",
#: "Mr. Bean (1990):"), no party, place or role of a speaker
_DATED_ASIDE_RE = re.compile(
    r"^[\d\s:.,/-]*(?:[ap]\.?m\.?)?$|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)
#: the last word of a role before its body's name, not its holder's
_BEFORE_A_BODY = PREPOSITIONS | {"the", "a", "an"}
#: titles only people bear ("Dr. Pepper", "Dr. Martens" are brands, "Gen." a series)
_PERSON_TITLE_RE = re.compile(r"(?:Mr|Mrs|Ms|Sen|Rep|Gov)\.\s")
#: capitalised words that follow a title without being a surname ("Dr. Who:")
_NO_SURNAME = frozenset("who what which where when how why".split())


def speaks_as_person(text: str, colon: int) -> bool:
    """The passage after the label ending at ``colon`` speaks in the first or second person
    ("Gov. Reed: "We will ..."", not "Dr. Martens: "Sales of boots rose ...""): what a
    transcript's speaker says, not a product's or a section's blurb."""
    end = text.find("\n", colon + 1)
    return _PERSONAL_RE.search(text, colon + 1, end if end >= 0 else colon + 400) is not None


def titled_name(label: str, *, one_word: bool = False, personal: bool = False) -> bool:
    """``label`` is a name, with or without an abbreviated title opening it ("Rep. Ann Lee");
    one word without a title only if ``one_word``, one after a title only people bear ("Sen.
    Cole:"), or after another if what follows speaks as a person (``personal``: "Dr. Mensah:
    "I learned ..."", not "Dr. Who: "The new series starts ...""); "Update (10:45):",
    "Mr. Bean (1990):" name no speaker."""
    label = label.strip()
    bare = _ABBREVIATED_TITLE_RE.sub("", label)
    if NAME_SEQ_RE.fullmatch(bare) is None:
        return False
    if len(bare.split()) >= 2:
        return True
    if bare == label:
        return one_word
    if bare.lower() in _NO_SURNAME:
        return False
    return personal or _PERSON_TITLE_RE.match(label) is not None


def aside_label(label: str, aside: str, *, personal: bool) -> bool:
    """``label`` and the aside in parentheses after it are a transcript's label: a name, or
    one capitalised word (after a title or not) with a party, place or role aside ("Cole
    (R-Texas):", "Mensah (coach):") that is no time or date ("Breaking (10:12):", "Weather
    (Monday):"); a lower-case aside only if what follows speaks as a person ("Note
    (editor):" is a newsroom's)."""
    bare = _ABBREVIATED_TITLE_RE.sub("", label.strip())
    if NAME_SEQ_RE.fullmatch(bare) is None or bare.lower() in _NO_SURNAME:
        return False
    if len(bare.split()) >= 2:
        return True
    inner = aside.strip().strip("()").strip()
    if not inner or _DATED_ASIDE_RE.search(inner):
        return False
    return inner[0].isupper() or personal


def label_aside(head: str) -> int | None:
    """Where a short aside in parentheses closing ``head`` starts ("Ann Lee (D-Ohio)"), or None."""
    m = _LABEL_ASIDE_RE.search(head)
    return None if m is None else m.start()


def from_source(head: str, a: int) -> Mention | None:
    """ "From the report:", "More from the ruling:": a text or a person a determiner opens,
    read strictly ("From the start:" names no one); None otherwise."""
    src = _FROM_SOURCE_RE.search(head)
    if src is None:
        return None
    m = parse_speaker(src.group(1), a + src.start(1))
    return m if m is not None and m.kind in ("organisation", "descriptor") else None


def press_label(head: str, a: int) -> Mention | None:
    """ "Quote from Dr Ann Lee, director of X:", "Statement from the Reed family:", "Quote
    attributable to Tom Bale, spokesperson for X:": the source a press release's label names
    for the quotation after it (its role after a comma); None for any other label."""
    label = _PRESS_LABEL_RE.fullmatch(head)
    if label is None:
        return None
    src, k = label.group(1), a + label.start(1)
    comma = src.find(",")
    if comma > 0:
        # ("Tom Bale, Managing Director, Orrin Motors": the name first, then its role)
        m = parse_speaker(src[:comma], k)
        if m is not None and m.kind in ("name", "organisation", "descriptor"):
            return replace(m, role=m.role or src[comma + 1 :].strip(" ,"))
    m = parse_speaker(src, k)
    return m if m is not None and m.kind in ("name", "organisation", "descriptor") else None


def quote_list_label(head: str) -> bool:
    """``head`` is a live blog's label for a list of quotations with no source of its own
    ("Key quotes:"): the sentence before names who spoke."""
    return _QUOTE_LIST_RE.fullmatch(head) is not None


def _person_after_role(person: Mention, role: str) -> bool:
    """``person`` after ``role`` is the role's holder: a name no preposition or article ties
    to the role ("... of the bank Ann Lee Moss", not "Economist at Morgan Stanley", "A
    spokesperson for Leeds United", "Manager of the Leeds Rhinos": the role's body)."""
    return person.kind == "name" and norm(role.split()[-1]) not in _BEFORE_A_BODY


def _post_word(word: str) -> bool:
    """A title's or a role's word ("Former", "Head"), which a label's role opens."""
    words = speaker_words()
    return norm(word) in words["titles"] or role_word(norm(word), words)


def role_and_name(head: str, a: int) -> Mention | None:
    """A transcript's label that is nothing but a role and a full name ("Former team captain
    Ann Lee Moss:", "Former secretary of labor Ann Lee Moss:"), or None (a headline or a
    clause that ends in a name: "Lund quotes former adviser Ann Moss:")."""
    if not _ENDS_IN_NAME_RE.search(head):
        return None
    lead = len(head) - len(head.lstrip())
    body = head.strip()
    m = parse_speaker(body, a + lead)
    if m is None or m.start is None:
        return None
    if m.kind == "descriptor":
        if m.start != a + lead or m.text != body:
            return None
        # 'Former chief executive of the bank Ann Lee Moss:': the person the role names
        tail = _TRAILING_NAME_RE.search(body)
        person = parse_speaker(tail.group(2), a + lead + tail.start(2)) if tail is not None else None
        if tail is None or person is None or not _person_after_role(person, tail.group(1)):
            return m
        return replace(person, text=m.text, start=m.start, end=m.end, role=tail.group(1))
    if m.kind == "name" and m.role and m.text == body:
        return m  # ("Chief executive of the airline Tom Reed:": a role's chain, read whole)
    role = _DETERMINER_RE.sub("", body[: m.start - a - lead].strip())
    if m.kind != "name" or not _ROLE_WORDS_RE.fullmatch(role):
        return None  # ('Coach Praises Club Striker Tom Reed:': a headline's words)
    first = parse_speaker(role.split()[0], 0)
    if _post_word(role.split()[0]) and _person_after_role(m, role) and "of" in role.split():
        # ('Former secretary of state Ann Moss:', 'Head of sixth form Jo Lee:': a post's
        # words, its portfolio after "of", then the holder, read as the whole label)
        return replace(m, text=body, start=a + lead, role=role)
    if first is not None and first.kind == "name":
        return None  # ('Lund quotes former adviser Ann Moss:': a clause with a subject)
    described = parse_speaker(role, 0)
    return m if described is not None and described.kind == "descriptor" else None
