"""A second statement of the same speaker coordinated after a reported one: "She said she
had seen him once but said he had no part in it", "Hale admitted that A, but said B",
"X said A, and urged B". The first clause ends where the second verb starts (``Doc.add``
cuts it there); the words after that verb are the speaker's next statement."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clauses import MIN_CONTENT_WORDS, PRONOUN_CLAUSE_RE, has_verb, looks_like_clause
from ._cues import QUOTE_CHARS, n_words, reporting_verb_forms
from ._mentions import Mention, parse_speaker

if TYPE_CHECKING:
    from ._doc import Doc

#: the coordinated verb right after the first statement's end (a closing mark may stand
#: between): "..., and said (that)", "but also argued that"
_SECOND_VERB_RE = re.compile(
    r"[\"\u201d\u2019']?,?\s+(?:and|but)\s+(?:(?:also|then|later|further|again|repeatedly)\s+)?"
    r"([a-z]+)(\s+that)?\s+(?=[A-Za-z\"\u201c])"
)
#: a participle of telling after the first statement, its addressee, then "that" ("said she
#: favoured a cut, telling an audience at the Hollis Institute that ..."): the same speaker's
#: second statement, as after "adding that"
_TELLING_THAT_RE = re.compile(
    r"[\"\u201d\u2019']?,\s+telling\s+(?!that\b)(?:[\w'\u2019.-]+\s+){1,6}?that\s+(?=[A-Za-z\"\u201c])"
)
#: verbs whose object and infinitive or "of" phrase PolNeAR reads as the statement
#: ("and urged voters to ...", "and accused the mayor of ...")
_OBJECT_VERBS = frozenset({"urge", "accuse"})


def _speaker_first(row: dict) -> bool:
    """The row's speaker is named before its content ("X said A")."""
    end = row["mention"].end
    return end is not None and end <= row["char_start"]


def second_statement(doc: Doc, n: int, end_b: int) -> bool:
    """After the statements added since row ``n`` in a sentence ending at ``end_b``, add
    the statement of a reporting verb coordinated right after the last one; True if added."""
    if len(doc.rows) <= n:
        return False
    first = doc.rows[-1]
    if first["kind"] == "direct" or first["mention"] is None or first["char_end"] >= end_b:
        return False
    text = doc.text
    # (the first statement's speaker before it: "X said A, telling ..."; a speaker read after
    # the content is no subject of the participle)
    told = _TELLING_THAT_RE.match(text, first["char_end"], end_b) if _speaker_first(first) else None
    if told is not None and n_words(text[told.end() : end_b]) >= MIN_CONTENT_WORDS:
        kind = "mixed" if any(q in text[told.end() : end_b] for q in QUOTE_CHARS) else "indirect"
        return doc.add(kind, [(told.end(), end_b)], first["mention"], "telling", "tell")
    m = _SECOND_VERB_RE.match(text, first["char_end"], end_b)
    if m is None or m.group(1) not in reporting_verb_forms():
        return False
    lemma, cls = reporting_verb_forms()[m.group(1)]
    post = text[m.end() : end_b]
    if n_words(post) < MIN_CONTENT_WORDS:
        return False
    if not (
        m.group(2)
        or lemma in _OBJECT_VERBS
        or (cls == "speech" and looks_like_clause(" " + post))
        or PRONOUN_CLAUSE_RE.match(" " + post)
    ):
        return False
    kind = "mixed" if any(q in post for q in QUOTE_CHARS) else "indirect"
    return doc.add(
        kind,
        [(m.end(), end_b)],
        own_subject(text, first["char_start"], m.start(), first["mention"]),
        m.group(1),
        lemma,
    )


#: ", and the health board has already criticised the permit" closing a first statement: a
#: clause with a subject (a noun phrase) and a past tense of its own
_NEW_SUBJECT_RE = re.compile(
    r",\s+and\s+((?:the|an?|[A-Z])[^,;:\"\u201c\u201d]{0,80}?)\s+((?:has|have|had)\s+)?"
    r"(?:(?:already|also|now|then|[a-z]+ly)\s+){0,2}[a-z]+ed\b([^,;:]*)$"
)
#: a past participle modifying the noun rather than its verb: "a report published in March
#: confirmed it" (a phrase, then a verb of the clause before any "and")
_MODIFIER_RE = re.compile(r"\s+(?:by|in|on|at|last|this|for|from|with|during|earlier|under|over)\b")
_AND_RE = re.compile(r"\s(?:and|but)\s")


def own_subject(text: str, a: int, k: int, mention: Mention) -> Mention:
    """Who speaks through a second verb at ``k`` after a statement starting at ``a``: its
    speaker ``mention``, unless the statement ends in a clause with a subject of its own ("X
    said A, and the union criticised the permit and said ...", "..., and the union
    has petitioned the board, saying ..."), whose subject then speaks; not a noun with a
    participle modifier ("..., and a report published in May backed it, adding ...")."""
    found = _NEW_SUBJECT_RE.search(text, a, k)
    if found is not None and not found.group(2) and _MODIFIER_RE.match(found.group(3)):
        if has_verb(_AND_RE.split(found.group(3), 1)[0]):
            return mention
    if found is not None:
        own = parse_speaker(found.group(1), found.start(1), lenient=True)
        if own is not None and own.kind in ("name", "descriptor", "organisation"):
            return own
    return mention
