"""The subject of a statement's own clause, when it is a pronoun. A relative pronoun: "Tom
Hale, who has argued that ...", "said Ann Boyd, who told the committee: ...", "the Ledger,
which said it would ...": whatever path found the statement, its speaker as written is the
pronoun ("who"), and the noun phrase before it is whom it resolves to (``speaker_name``):
the statement is the relative clause's, not the main clause's ("..., who said A, said B").
A personal pronoun opening the cue's own clause ("Hale praised the deal, but he said ...",
"the plan, which she argued ..."): the speaker as written is that pronoun, resolved as any."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ._complements import _phrase_before as phrase_before
from ._cues import reporting_verb_forms
from ._mentions import Mention, parse_speaker
from ._relative_place import a_body, body_of_phrase, head_of_phrase, people_noun, singular_pronoun_after
from ._source_type import document_words
from ._whole_words import word_starts

if TYPE_CHECKING:
    from ._doc import Doc

#: how far before a statement its cue and the relative pronoun are looked for
_WINDOW = 300
#: words the cue's clause may hold between the cue and its content ("told the committee
#: last month:", "declared in the spin room,")
_MAX_GAP = 80

#: ", who" / " - who" / "(who" ending the words before a cue, then auxiliaries, adverbs and
#: an aside ("who, after swapping barbs with X, said"); the pronoun is group 2
#: ("a banker who has suggested": "who" with no comma too, after a word)
_RELATIVE = (
    r"(,|\s[-\u2013\u2014]|\(|(?<=\w)(?=\s+who\s))\s*(who|which)(?:,[^,.;:\"\u201c\u201d]{1,80},)?"
    r"(?:\s+(?:has|have|had|is|was|also|later|then|once|previously|originally|recently|publicly|"
    r"repeatedly|often|long|in\s+the\s+past|[a-z]+ly))*\s+"
)
_RELATIVE_BEFORE_CUE_RE = re.compile(_RELATIVE + "$")
#: a statement with no cue recorded (a quotation's attribution read another way): the
#: relative clause's verb, then at most a few words before the statement
_RELATIVE_VERB_RE = re.compile(
    _RELATIVE + rf"([a-z]+(?:s|ed|ing)|said|told|wrote)\b([^.;!?]{{0,{_MAX_GAP}}})$"
)
#: "he" / "she" / "they" opening the cue's own clause (after a comma, a conjunction or a
#: relative pronoun: "but he said", "which she argued"), then auxiliaries and adverbs
_PRONOUN_ADVERBS = (
    "has|have|had|also|later|then|once|previously|originally|recently|publicly|repeatedly|often|would|will|"
    "did|does|do"
)
_PRONOUN_BEFORE_CUE_RE = re.compile(
    r"(?:[,;:\u2013\u2014]\s*|\b(?:and|but|although|though|while|whereas|because|which|whom|so)\s+)"
    r"(he|she|they)(?:\s+(?:" + _PRONOUN_ADVERBS + r"|[a-z]+ly))*\s+$"
)
_PRONOUN_VERBS = (
    r"(he|she|they)(?:\s+(?:has|have|had|also|later|then|once|previously|originally|recently|publicly|"
    r"repeatedly|often|would|will|did|does|do|[a-z]+ly))*\s+"
)
#: a statement with no cue recorded after a reporting verb whose subject is a pronoun
_PRONOUN_VERB_RE = re.compile(
    r"(?:[,;:\u2013\u2014]\s*|\b(?:and|but|although|though|while|whereas|because|which|whom|so|where|when)\s+)"
    + _PRONOUN_VERBS
    + rf"([a-z]+)\b([^.;!?]{{0,{_MAX_GAP}}})$"
)
#: the closing mark (and comma) of a quotation, then "he said" / "she mocks"
_TRAILING_PRONOUN_RE = re.compile(
    r"[\"\u201d\u2019']?,?[\"\u201d\u2019']?\s+" + _PRONOUN_VERBS + r"([a-z]+)\b"
)
#: a gap between the cue and the content that holds another clause or a sentence end
_GAP_BREAK_RE = re.compile(r"[.;!?]\s|\b(?:said|says|told|and\s+(?:he|she|they))\b")


#: a hearer's passive before its statement ("who was told by aides that ..."): the clause's
#: subject heard the statement, so its relative pronoun is no speaker of it
_HEARER_VERBS = r"told|warned|reminded|assured|informed|notified"
_HEARER_PASSIVE_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:[a-z]+\s+){0,2}?"
    r"(" + _HEARER_VERBS + r")\b[^.;:]{0,120}$"
)
#: its verbs: where none is, it is not searched (it was tried at every word)
_HEARER_VERBS_RE = re.compile(_HEARER_VERBS)


def clause_subjects(doc: Doc) -> None:
    """Give each statement whose cue's own clause has a pronoun subject (relative or
    personal) that pronoun as its speaker written (in place, on ``doc.rows``)."""
    text = doc.text
    for r in doc.rows:
        m = r["mention"]
        if m.kind == "continuation" or m.text.lower() in ("who", "which"):
            continue
        cue = r["cue"]
        lo = max(0, r["char_start"] - 160)
        verb = _HEARER_VERBS_RE.search(text, lo, r["char_start"])
        hearer = _HEARER_PASSIVE_RE.search(text, lo, r["char_start"]) if verb is not None else None
        if hearer is not None and hearer.group(1) == cue:
            continue  # (its speaker is the agent or no one, ``_passive_told``)
        according = isinstance(cue, str) and cue.lower().startswith("according")
        mention = None if according else _trailing_pronoun(text, m, r["char_end"])
        if mention is None:
            mention = _clause_subject(text, m, r["char_start"], r["cue"])
        if mention is not None:
            r["mention"] = mention


def _clause_subject(text: str, m: Mention, start: int, cue: object) -> Mention | None:
    """The pronoun subject of the clause of the cue before ``start`` (or of a reporting verb
    there, when no cue is recorded), as the speaker; None when it is none or ``m`` is it."""
    pre = _before_cue(text, start, cue) if isinstance(cue, str) else None
    if pre is None:
        if isinstance(cue, str):
            return None
        # neither pattern spans a full stop: both are searched after the last one
        lo = max(0, start - _WINDOW)
        lo = max(lo, text.rfind(".", lo, start) + 1)
        near = text[lo:start]  # (the patterns are tried only where their pronoun is)
        rel = _RELATIVE_VERB_RE.search(text, lo, start) if "who" in near or "which" in near else None
        if (
            rel is not None
            and rel.group(3) in reporting_verb_forms()
            and not _GAP_BREAK_RE.search(rel.group(4))
        ):
            return _relative(text, m, rel.start(1), rel.start(2), rel.group(2))  # not "who ended his bid"
        own = _PRONOUN_VERB_RE.search(text, lo, start) if "he " in near or "they " in near else None
        if (
            own is not None
            and own.group(2) in reporting_verb_forms()
            and not _GAP_BREAK_RE.search(own.group(3))
        ):
            return _pronoun(text, m, own, 0)  # "in which he declares, '...'"
        return None
    lo, window = pre
    k = window.rfind(".") + 1  # (none of the three patterns spans a full stop)
    # (each pattern only where its words are: the relative pronoun, or a word the pattern
    # ends with before the cue's whitespace; each search tried every position of the window)
    last = window.rstrip()
    rel = _RELATIVE_BEFORE_CUE_RE.search(window, k) if "who" in window or "which" in window else None
    if rel is not None:
        return _relative(text, m, lo + rel.start(1), lo + rel.start(2), rel.group(2))
    elided = _ELIDED_SUBJECT_RE.search(window, k) if last.endswith(_ELIDED_ENDS) else None
    if elided is not None and not window.startswith(",", elided.start()):
        # "Tom Reed, who called 911 and said ...": a verb coordinated inside the relative
        # clause (no comma before "and") has the relative pronoun as its subject too
        ends = list(_SENTENCE_END_RE.finditer(window, 0, elided.start()))  # (not "a.m. and")
        inner = _RELATIVE_THEN_AND_RE.search(window, ends[-1].end() - 1 if ends else 0, elided.start())
        if inner is not None:
            return _relative(text, m, lo + inner.start(1), lo + inner.start(2), "who")
    if elided is not None:
        # "Roe left the room when she lost the vote and later said": the verb before "and" has
        # a pronoun subject of its own, opening a subordinate clause
        sub = _SUBORDINATE_PRONOUN_RE.search(window, k, elided.start())
        if sub is not None:
            return _pronoun(text, m, sub, lo)
        return _opening_pronoun(text, m, lo + elided.start(), lo)
    return _pronoun(
        text, m, _PRONOUN_BEFORE_CUE_RE.search(window, k) if last.endswith(_PRONOUN_ENDS) else None, lo
    )


def _opening_pronoun(text: str, m: Mention, conj: int, lo: int) -> Mention | None:
    """ "She endorsed Hale, but told the paper that ...": a cue after "and"/"but" shares the
    subject of the clause before it; when the speaker found is that clause's object (it
    ends at the conjunction) and the sentence opens with a pronoun, the pronoun speaks."""
    if m.kind == "pronoun" or m.end is None or m.start is None or not (conj - 2 <= m.end <= conj):
        return None
    ends = list(_SENTENCE_START_RE.finditer(text, lo, m.start))
    if not ends:
        return None
    opening = _OPENING_PRONOUN_RE.match(text, ends[-1].end())
    if opening is None or opening.end() > m.start:
        return None
    k = opening.start(1)
    return parse_speaker(opening.group(1), k)


def _trailing_pronoun(text: str, m: Mention, end: int) -> Mention | None:
    """'"...," she said.' after the statement: that pronoun speaks, whatever cue the
    sentence had before the quotation ("In her speech, Falk declared ...: '...,' she said")."""
    if m.kind not in ("name", "organisation") or not m.text:
        return None  # a description resolves by its words; an unnamed asker is no one's
    after = _TRAILING_PRONOUN_RE.match(text, end)
    if after is None or after.group(2) not in reporting_verb_forms():
        return None
    mention = _pronoun(text, m, after, 0)
    # only the sentence's own subject, not someone else's words ('"...," he told X,
    # according to officials'): the name found keeps its resolution
    return mention if mention is not None and mention.kind == m.kind else None


#: one capitalised word after a preposition, between a name and a relative clause's comma
_PLACE_AFTER_NAME_RE = re.compile(r"\s+(?:of|in|at|from)\s+[A-Z][\w'\u2019-]*\s*,?\s*")


def _relative(text: str, m: Mention, sep: int, rel: int, word: str) -> Mention | None:
    """The relative pronoun at ``rel`` as the speaker, standing for the phrase before ``sep``."""
    named = _named_before_apposition(text, sep)
    if word == "which" and named is not None and not a_body(named) and (body := _which_body(text, sep, rel)):
        return body  # "Ann Boyd, the chair of the trust, which said": the trust, never her
    if named is not None:
        antecedent: Mention | None = named  # "Ann Boyd, a nurse at the clinic, who told ..."
    elif m.kind != "pronoun" and m.end is not None and sep - 2 <= m.end <= sep and m.start is not None:
        antecedent = m  # "Ann Boyd, who told ...": the speaker found is it
        of = m.text.find(" of ")
        if m.head in ("family", "families") and of > 0 and singular_pronoun_after(text, rel):
            # "the family of the cyclist, who said she ...": the cyclist, as with "the
            # family of Nora Lind" (:func:`head_of_phrase`)
            k = m.start + of + 4
            antecedent = parse_speaker(text[k : m.end], k, lenient=True) or m
    elif (
        word == "which"
        and m.kind == "name"
        and not a_body(m)
        and _PLACE_AFTER_NAME_RE.fullmatch(text, m.end or 0, sep)
        and (body := _which_body(text, sep, rel))
    ):
        return body  # "Tom Reed of Leeds United, which called"
    elif m.kind == "name" and m.end is not None and _PLACE_AFTER_NAME_RE.fullmatch(text, m.end, sep):
        antecedent = m  # "Ann Lee in Paris, who called ...": the speaker found, not the place
    elif (
        word == "who"
        and text.startswith(",", sep)
        and (head := head_of_phrase(text, max(0, sep - _WINDOW // 2), sep)) is not None
    ):
        antecedent = head  # "the head of the union at the ministry, who": the head, not the place
    elif not text[sep:rel].strip():
        return None  # "critics who say", "a man who didn't": a restrictive clause names no one
    else:
        # the phrase after the last comma or sentence end ("a Senate colleague, Mike Lee, who")
        lo = max(0, sep - _WINDOW // 2)
        cuts = list(_PHRASE_CUT_RE.finditer(text, lo, sep))
        k = cuts[-1].end() if cuts else lo
        antecedent = phrase_before(text, k, sep)
        if antecedent is None and word == "who" and _DEFINITE_PHRASE_RE.fullmatch(text, k, sep):
            # "a talk from the Danish president, who said": "who" names a person, so a
            # definite noun phrase before it is one even when its noun is in no list
            antecedent = parse_speaker(text[k:sep], k, lenient=True)
    if antecedent is None or antecedent.kind not in ("name", "descriptor", "organisation"):
        return None
    if (
        word == "which"
        and antecedent.kind == "name"
        and not a_body(antecedent)
        and (body := _which_body(text, sep, rel))
    ):
        return body  # ("Staff at the museum, which")
    if word == "which" and antecedent.kind == "descriptor":
        # "the plan, which says": a document or thing, not a speaker read here; "Workers at
        # the plant, which said": people, so "which" is the body in the phrase, if any
        return _which_body(text, sep, rel) if antecedent.head not in document_words() else None
    return replace(antecedent, text=text[rel : rel + len(word)], start=rel, end=rel + len(word))


def _which_body(text: str, sep: int, rel: int) -> Mention | None:
    """ "which" after a person: the body inside the phrase before it ("the chair of the
    trust, which"), or None (the person stays the antecedent read before, as no body is
    named: "The report by Dr. Ana Ruiz, which called ...")."""
    body = body_of_phrase(text, max(0, sep - _WINDOW // 2), sep)
    if body is None:
        return None
    return replace(body, text=text[rel : rel + 5], start=rel, end=rel + 5)


def _named_before_apposition(text: str, sep: int) -> Mention | None:
    """The name an apposition ending at ``sep`` describes ("Ann Boyd, a nurse at the
    clinic, who ..." -> Ann Boyd): the relative clause is hers, not the clinic's."""
    comma = text.rfind(",", max(0, sep - 90), sep)
    if comma < 0:
        return None
    if not _APPOSITION_RE.fullmatch(text, comma, sep):
        # "Ella Price, head of the river trust, who": a role with no article, when the
        # words read as a person's description
        bare = _BARE_ROLE_RE.fullmatch(text, comma, sep) if text.startswith(",", sep) else None
        role = parse_speaker(bare.group(1), bare.start(1)) if bare is not None else None
        if not (
            role is not None
            and role.kind == "descriptor"
            and role.number == "sg"
            or bare is not None
            and people_noun(bare.group(1).split()[0])
        ):
            return None
    lo = max(0, comma - _WINDOW // 2)
    cuts = list(_PHRASE_CUT_RE.finditer(text, lo, comma))
    named = phrase_before(text, cuts[-1].end() if cuts else lo, comma)
    return named if named is not None and named.kind == "name" else None


def _pronoun(text: str, m: Mention, found: re.Match | None, lo: int) -> Mention | None:
    """The personal pronoun the cue's clause opens with, unless the speaker found is it."""
    if found is None:
        return None
    k = lo + found.start(1)
    if m.start == k or m.text.lower() == found.group(1).lower():
        return None  # the pronoun found already (its antecedent may be read with it)
    p = parse_speaker(text[k : k + len(found.group(1))], k)
    if (
        p is not None
        and m.kind in ("name", "organisation")  # (a description resolves by its words)
        and m.end is not None
        and m.end <= k
        and _SENTENCE_END_RE.search(text, m.end, k) is None
        and (p.number == m.number or (p.number == "pl" and m.kind == "organisation"))
        and (p.gender is None or m.gender in (None, p.gender))
    ):
        # "Hale praised the deal, but he said ...": the sentence's subject found is whom the
        # pronoun stands for (it keeps that resolution)
        return replace(m, text=p.text, start=p.start, end=p.end)
    return p


#: ", who" opening the clause before a coordinating "and", with no clause break after it
#: (a full stop of an abbreviation inside: "who called at 3 a.m. and said")
_RELATIVE_THEN_AND_RE = re.compile(r"(,)\s*(who)\s+(?:[^,;:.!?\"\u201c\u201d()]|(?<=\b[a-zA-Z])\.)*$")
#: "and" / "but" right before the cue, with no subject of its own ("..., but told ...")
_ELIDED_ADVERBS = "also|later|then|has|have|had"
_ELIDED_SUBJECT_RE = re.compile(r",?\s+(?:and|but|then)(?:\s+(?:" + _ELIDED_ADVERBS + r"|[a-z]+ly))*\s+$")
#: the words _ELIDED_SUBJECT_RE and _PRONOUN_BEFORE_CUE_RE end with before their whitespace
#: ("-ly": their adverbs in -ly; "she" ends with "he")
_ELIDED_ENDS = ("and", "but", "then", "ly", *_ELIDED_ADVERBS.split("|"))
_PRONOUN_ENDS = ("he", "they", "ly", *_PRONOUN_ADVERBS.split("|"))
#: a pronoun subject opening a subordinate clause, its verb and the words after it up to a
#: coordinated verb ("though she welcomed the report| and said", "when he lost| and later said")
_SUBORDINATE_PRONOUN_RE = re.compile(
    r"\b(?:though|although|when|while)\s+(he|she|they)\s+(?:[a-z]+ly\s+)?"
    r"[a-z]+(?:ed|s)?\b[^,;:.!?\"\u201c\u201d]*$"
)
#: where a sentence (or paragraph) starts
_SENTENCE_START_RE = re.compile(r"[.!?][\"\u201d\u2019']*\s+(?=[A-Z\"\u201c])|\n\s*")
_OPENING_PRONOUN_RE = re.compile(r"(He|She|They)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
_PHRASE_CUT_RE = re.compile(r"[,;:(\u2013\u2014]\s*|\s-\s|[.!?][\"\u201d\u2019']*\s+|\s(?:from|by|with|to)\s")
#: a short definite noun phrase of lower-case words after its article ("the Danish president")
_DEFINITE_PHRASE_RE = re.compile(r"the\s+(?:[A-Z][a-z]+\s+)?(?:[a-z][a-z-]+\s+){0,2}[a-z]{3,}")
#: an apposition between a name and its relative pronoun (", a nurse at the clinic")
_APPOSITION_RE = re.compile(
    r",\s+(?:an?|the|[A-Z][\w.\u2019'-]*['\u2019]s)\s[^,;:.()\"\u201c\u201d]{1,80}?\s*"
)
#: an apposition that opens with a lower-case role word ("head of the river trust")
_BARE_ROLE_RE = re.compile(
    r",\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:of|at|for)\s[^,;:.()\"\u201c\u201d]{1,70}?)\s*"
)
_SENTENCE_END_RE = re.compile(r"[.!?][\"\u201d\u2019]?\s+[A-Z\"\u201c]")


def _before_cue(text: str, start: int, cue: str) -> tuple[int, str] | None:
    """Where the words before the cue of the statement at ``start`` begin, and those words,
    when the cue stands right before the statement (nothing but its own clause between)."""
    if not isinstance(cue, str) or not cue.strip():
        return None
    lo = max(0, start - _WINDOW)
    window = text[lo:start]
    # only a cue ending within _MAX_GAP of the statement counts: it is looked for there
    near = max(0, len(window) - _MAX_GAP - len(cue.strip()))
    found = word_starts(window, cue.strip(), near)
    if not found:
        return None
    last = found[-1]
    gap = window[last + len(cue.strip()) :]
    if len(gap) > _MAX_GAP or _GAP_BREAK_RE.search(gap):
        return None
    return lo, window[:last]
