"""Colon labels that :func:`._speaker_intro.colon_speaker` reads besides a bare name: a
transcript's label with a title, an aside or a role before the name ("Rep. Ann Lee (D-Ohio):",
"Former secretary of labor Ann Lee Moss:") and a source after "From" ("From the report:")."""

from __future__ import annotations

import re
from dataclasses import replace

from ._mentions import Mention, parse_speaker
from ._names import NAME_SEQ_RE

__all__ = ["from_source", "label_aside", "role_and_name", "titled_name"]

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


def titled_name(label: str, *, one_word: bool = False) -> bool:
    """``label`` is a name, with or without an abbreviated title opening it ("Rep. Ann Lee");
    after a title, or unless ``one_word``, it needs two words ("Dr. Who:", "Update (10:45):",
    "Mr. Bean (1990):" name no speaker)."""
    label = label.strip()
    bare = _ABBREVIATED_TITLE_RE.sub("", label)
    if NAME_SEQ_RE.fullmatch(bare) is None:
        return False
    return len(bare.split()) >= 2 or one_word and bare == label


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
        if tail is None or person is None or person.kind != "name":
            return m
        return replace(person, text=m.text, start=m.start, end=m.end, role=tail.group(1))
    role = _DETERMINER_RE.sub("", body[: m.start - a - lead].strip())
    if m.kind != "name" or not _ROLE_WORDS_RE.fullmatch(role):
        return None  # ('Coach Praises Club Striker Tom Reed:': a headline's words)
    first = parse_speaker(role.split()[0], 0)
    if first is not None and first.kind == "name":
        return None  # ('Lund quotes former adviser Ann Moss:': a clause with a subject)
    described = parse_speaker(role, 0)
    return m if described is not None and described.kind == "descriptor" else None
