"""A naming verb before a quotation: "The growers' union called it an "entirely avoidable
setback"", with its subject read before the verb (not a speech aside's, not the outer
speaker's)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clause_cut import coordinated_cut
from ._cue_speakers import speaker_before
from ._cues import (
    NAMING_LEMMAS,
    NAMING_RE,
    QUOTE_CHARS,
    after_determiner,
    any_char_within,
    cues_in,
    reporting_verb_forms,
)
from ._naming_relative import relative_naming_speaker
from ._phone_calls import places_a_call
from ._speaker_orgs import organisation_name
from ._subjects import is_organisation
from ._text_ends import last_char

if TYPE_CHECKING:
    from ._doc import Doc


_MARK_RE = re.compile("[" + re.escape(QUOTE_CHARS) + "]")
#: a relative clause set off by a comma opening the naming verb's clause
_RELATIVE_ASIDE_RE = re.compile(r",\s*(?:who|which)\s+[^,;]*$")


#: a finite speech verb after a naming verb's object, before any quotation mark
_CUE_AFTER_NAMING_RE = re.compile(
    r"[^\"\u201c\u201d,;]{1,40}?\s(?:said|says|told|tells|added|adds|insisted|insists)\s"
)


#: a clause of its own coordinated after the naming verb's object, with its subject and a
#: finite verb ("..., but the line was", "..., and the minister called")
_COORDINATED_CLAUSE_RE = re.compile(
    r",\s+(?:and|but|yet|so|while|whereas)\s+(?P<subject>(?:the|a|an|his|her|their|its|our|my|he|she|they|it|we|I)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:was|were|is|are|had|has|have|did|does|would|could|will|calls|called|[a-z]{2,}ed)\b)"
)


#: a short adjunct after a quotation's closing mark, up to a comma ('"a prison" in her diary,')
_ADJUNCT_TO_COMMA_RE = re.compile(
    r"\s+(?:in|on|at|during|to|with|for|last|this)\s[^,;:\"\u201c\u201d]{1,40},"
)


def _coordinated_clause(text: str, k: int, mark: int) -> re.Match | None:
    """A clause of its own between a naming verb's object at ``k`` and the quotation's mark,
    not a coordinated object that carries a clause ('called the deal, and the way it was
    negotiated, "shameful"', 'the plan, and the minister who backed it, "reckless"': the
    object's aside ends in a comma before the mark)."""
    m = _COORDINATED_CLAUSE_RE.search(text, k, mark)
    if m is None or _RELATIVE_OR_PRONOUN_RE.search(m.group("subject")) or last_char(text, mark) == ",":
        return None
    return m


#: a relative or personal pronoun inside a subject phrase: a clause in the object, no subject
_RELATIVE_OR_PRONOUN_RE = re.compile(r"\s(?:who|whom|which|that|it|he|she|they|we|I)\s")


#: a relative pronoun: the speech verb after it is the named object's, inside its clause
_RELATIVE_WORD_RE = re.compile(r"\b(?:who|whom|that|which)\b")


#: a habitual present "call" and its object right before a quoted name ('Fans call him "the
#: Professor"', 'Locals call the bridge "the Widowmaker"'), or "dub" in any tense ('Residents
#: have dubbed the tower "the Toaster"': a name given, as "nicknamed"; 'who he dubbed "the
#: little senator"', with no object between, stays a characterisation); not an infinitive's or a modal's
#: ('would call it "..."': a view on the matter), nor a demonstrative's ('call this the
#: "expectations game"': a term for a matter, which PolNeAR annotates)
_NICKNAME_RE = re.compile(
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bnot\s)(?<!n['\u2019]t\s)\b(?:call|dub(?:s|bed)?)\s+"
    r"(?:him|her|them|me|us|(?P<thing>the\s+(?:[a-z0-9-]+\s+){0,2}[a-z]+))\s*$"
)
#: the most words of a quoted nickname
_MAX_NICKNAME_WORDS = 5


def nickname(text: str, mark: int) -> bool:
    """The quotation opening at ``mark`` is a nickname a habitual "call" gives: no statement
    (the guidelines leave nicknames out)."""
    call = _NICKNAME_RE.search(text, max(0, mark - 40), mark)
    close = _MARK_RE.search(text, mark + 1)
    if call is None or close is None:
        return False
    name = text[mark + 1 : close.start()]
    words = name.split()
    # a name's shape: "the" or a capital first ('"a disgrace"', '"reckless"': a
    # characterisation); after a thing ("call the plan"), a capital in it ('"the Widowmaker"')
    return (
        0 < len(words) <= _MAX_NICKNAME_WORDS
        and (words[0] == "the" or words[0][:1].isupper())
        and (call.group("thing") is None or any(w[:1].isupper() for w in words))
    )


def _first_mark(text: str, k: int, b: int) -> int:
    m = _MARK_RE.search(text, k, b)
    return m.start() if m is not None else b


def _cue_after_naming(text: str, k: int, b: int) -> bool:
    """A finite speech verb of the sentence's own follows the naming verb's object from ``k``
    ("who called the police said ..."), not one in a relative clause the object carries
    ("called the man who said he was a doctor "a fraud"")."""
    m = _CUE_AFTER_NAMING_RE.match(text, k, b)
    return m is not None and _RELATIVE_WORD_RE.search(m.group()) is None


def naming_with_quote(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """ "The growers' union called it an "entirely avoidable setback"." """
    text = doc.text
    if not any_char_within(text, QUOTE_CHARS, a, b):
        return False  # no mark for a quoted name (most sentences): no search for the verb
    mq = NAMING_RE.search(text, a, b)
    while mq is not None and after_determiner(text, a, mq.start()):
        mq = NAMING_RE.search(text, mq.end(), b)  # ("a friend of the accused, who said": a noun)
    while mq is not None and (clause := _coordinated_clause(text, mq.end(), _first_mark(text, mq.end(), b))):
        # 'called the hotel to cancel, and the manager was "..."': the quotation is the
        # next clause's; a naming verb in that clause may name ('..., and the minister
        # called her "reckless"')
        a = clause.start("subject")
        mq = NAMING_RE.search(text, a, b)
    if (
        mq
        and any(c in text[mq.end() : b] for c in QUOTE_CHARS)
        and not re.search(r"\b(?:was|were|been|being|is|are)\s+$", text[a : mq.start()])
        # ('The woman who called the police said ...': a call, the sentence's cue after it)
        and not _cue_after_naming(text, mq.end(), b)
        and not nickname(text, _first_mark(text, mq.end(), b))
        # ('who called the hotline "..."', 'called 911 "..."': a call placed, no name given)
        and not (
            mq.group(1).startswith("call") and places_a_call(text, mq.end(), _first_mark(text, mq.end(), b))
        )
    ):  # not a passive
        # "The growers' union called it an "entirely avoidable setback"."
        relative = relative_naming_speaker(text, a, mq.start())
        if relative is not None:
            # "Voters who called the plan "..." stayed home": the relative's antecedent
            mention, sp_start, restrictive = relative
        else:
            mention, sp_start = speaker_before(text, a, mq.start())
            restrictive = False
        lead = text[a : sp_start if mention is not None else a]
        if (
            mention is not None
            and (not lead.strip() or lead.rstrip().endswith(","))
            and not _speech_cue_before(text, a, mention.start if mention.start is not None else sp_start)
            # ("Reed, the coach said, called it ...": a person's name keeps its statement; a
            # description, "The striker, the manager said, called it", or an organisation,
            # "The BBC, she said, called it", is the aside's)
            and (
                mention.kind == "name"
                and not organisation_name(mention.name)
                and not is_organisation(mention)
                or not _speech_aside(text, mention.end if mention.end is not None else sp_start, mq.start())
            )
        ):
            marks = [k.start() for k in _MARK_RE.finditer(text, mq.end(), end_b)][:2]
            cut = coordinated_cut(text, marks[1], end_b) if len(marks) == 2 else end_b
            # ('who called it "a prison" in her diary, want ...': a short adjunct after the
            # mark, then the aside's comma)
            adjunct = _ADJUNCT_TO_COMMA_RE.match(text, marks[1] + 1, end_b) if len(marks) == 2 else None
            aside = (
                len(marks) == 2
                and (
                    _RELATIVE_ASIDE_RE.search(text, a, mq.start()) is not None
                    # ('The mayor, calling the storm "...," urged': a participle's aside)
                    or mq.group(1).endswith("ing")
                    and text[a : mq.start()].rstrip().endswith(",")
                )
                and (text[marks[1] - 1] == "," or text.startswith(",", marks[1] + 1) or adjunct is not None)
            )
            if restrictive and len(marks) == 2:
                aside = True  # 'Voters who called it "..." stayed home': the clause ends at its mark
                cut = min(cut, marks[1] + 1)
            if aside:
                # 'The judge, who had called the case "a simple one," adjourned': the aside
                # ends at the comma; the rest is the sentence's own predicate
                cut = min(cut, adjunct.end() - 1 if adjunct is not None else marks[1] + 1)
            # 'called him "weak" and said he had "..."': the second report is not the name's
            if doc.add(
                "mixed", [(mq.end(), cut)], mention, mq.group(1), NAMING_LEMMAS[mq.group(1)[:4].lower()]
            ):
                # after an aside, the sentence's own cue may report a statement too ('Lund,
                # who calls it "a scam," said he would appeal'): the caller goes on to its cues
                return not aside
    return False


def _speech_cue_before(text: str, a: int, k: int) -> bool:
    """Whether a speech verb opens the clause of the naming verb's subject at ``k``: "The
    coach said (on Monday that) Reed called it "a fluke"" is the coach's statement (PolNeAR's
    outer source); "In another interview, Reed called it ..." is Reed's."""
    forms = reporting_verb_forms()
    cues = [c for c in cues_in(text, a, k) if forms[c.group()][1] != "belief"]
    return bool(cues) and _CLAUSE_OPENS_RE.fullmatch(text, cues[-1].end(), k) is not None


def _speech_aside(text: str, k: int, e: int) -> bool:
    """Whether ``text[k:e]``, between the naming verb's subject and the verb, is a speech
    clause set off by commas: "Reed, the coach said, called it "a fluke"" is the coach's."""
    if not text.startswith(",", k):
        return False
    forms = reporting_verb_forms()
    cues = [c for c in cues_in(text, k, e) if forms[c.group()][1] != "belief"]
    if not cues or _ASIDE_END_RE.fullmatch(text, cues[-1].end(), e) is None:
        return False
    subject = text[k + 1 : cues[-1].start()].split()
    return 0 < len(subject) <= MAX_ASIDE_SUBJECT_WORDS and subject[0].lower() not in _NOT_A_SUBJECT


#: words of the speaker of that clause ("the club's head coach")
MAX_ASIDE_SUBJECT_WORDS = 6
#: first words of a relative or adverbial clause, which is no speech aside
_NOT_A_SUBJECT = frozenset(
    "who which that whom whose when while as after before since if because although though where".split()
)
#: the end of a speech clause set off by commas: maybe a day or a few words, then the comma
_ASIDE_END_RE = re.compile(r"(?:\s+[\w'\u2019-]+){0,3}?,\s+")
#: between a speech verb and the subject of its clause: maybe a few words and "that"
_CLAUSE_OPENS_RE = re.compile(r"\s+(?:(?:[\w'\u2019-]+\s+){0,3}that,?\s+)?")
