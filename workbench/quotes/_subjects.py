"""The subject a sentence or clause opens with (``clause_subject``, ``subject_of``), and the
organisation a later "it" speaks for (``organisation_before``)."""

from __future__ import annotations

import re
from itertools import islice

from ._lead_shapes import opening_time
from ._mentions import Mention, parse_speaker
from ._names import LEGAL_FORMS, NAME_ORG_ENDS, ORG_SUFFIXES, TOKEN_RE, norm, speaker_words
from ._narration import _OPENING_PHRASE_RE as OPENING_PHRASE_RE
from ._narration import DATELINE_RE, narration_subject, sentence_ends_before, sentence_subject, verbish


def organisation_before(text: str, a: int) -> Mention | None:
    """ "It said ...": "it" speaks only for an organisation that is the subject of the
    sentence before the one starting at ``a`` ("Kestrel Paper closed its mill on Monday.
    It said ..."); a thing ("The bridge was closed. It said ...") or a person is no speaker."""
    ends = sentence_ends_before(text, a + 1)  # from an index, not a scan from the start
    if not ends or ends[-1] > a + 1 or re.search(r"\n\s*\n", text[ends[-1] : a]):
        return None
    start = ends[-2] if len(ends) >= 2 else 0
    while start < len(text) and text[start].isspace():  # not text[start:].lstrip(): a copy
        start += 1
    if re.search(r"\n\s*\n", text[start : ends[-1]].strip()):
        return None
    stop = start + len(text[start : ends[-1]].rstrip()) - 1  # before its full stop
    subject = clause_subject(text, start, stop)
    if subject is None or not is_organisation(subject):
        return None
    return subject


def is_organisation(m: Mention) -> bool:
    """An organisation by its common noun ("the ministry"), or a name that ends in an
    organisation's word or legal form ("Harbour Bank", "Kestrel Paper Oyj")."""
    if m.kind == "organisation":
        return m.number == "sg"
    last = m.name.split()[-1] if m.kind == "name" and m.name else ""
    return (
        last in ORG_SUFFIXES
        or norm(last) in speaker_words()["orgs"]
        or last.lower() in LEGAL_FORMS
        and len(m.name.split()) >= 2
        # ("Velloria Airlines", "Ashford Rovers": a firm's or a club's last word, after no given name)
        or last.lower() in NAME_ORG_ENDS
        and len(m.name.split()) >= 2
        and norm(m.name.split()[0]) not in speaker_words()["given_names"]
    )


#: words of an organisation's common-noun subject ("The regional health ministry")
MAX_ORG_SUBJECT_WORDS = 5


_PRONOUN_SUBJECT_RE = re.compile(
    r"\s*(?:(?:But|And|Then|Later|Earlier|Still)\s+)?(He|She|They|he|she|they)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?"
    r"(?:[a-z]+(?:ed|s)|went|took|hit|made|gave|came|spoke|sat|stood|struck)\b"
)


#: "At a rally in Salem, Oregon, on Monday, Lund ...": a town, its region and a time after it
#: open the sentence (the opening phrase alone stops at the region, read as the subject)
_PLACE_TIME_OPENING_RE = re.compile(
    r"(?:On|In|At|During|After|Before|Speaking|Campaigning)\b[^,.;:]{0,60}?\bin\s+[A-Z][a-z]+,\s+"
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?,\s+(?:on|last|this|early|late|earlier|later)\s+[^,.;:]{1,30},\s+"
    r"(?=[A-Z]|(?:the|a|an|his|her|its|their)\s)"
)


def subject_of(text: str, a: int, b: int) -> Mention | None:
    """:func:`clause_subject`, or the pronoun the clause opens with ("She went on to criticise X,
    saying ..."), which the document's resolution then refers back."""
    subject = clause_subject(text, a, b)
    if subject is None:
        m = _PRONOUN_SUBJECT_RE.match(text, a, b)
        if m is not None:
            subject = parse_speaker(m.group(1), m.start(1))
    return subject


def clause_subject(text: str, a: int, b: int) -> Mention | None:
    """The subject a sentence ``text[a:b]`` opens with: a person or unnamed source
    (:func:`narration_subject`), else a capitalised name that is no person's ("The Harbour
    Bank cut rates", "Norland Shipping AB reported")."""
    dateline = DATELINE_RE.match(text, a, b)
    if dateline is not None:
        a = dateline.end()
    opening = _PLACE_TIME_OPENING_RE.match(text, a, b) or OPENING_PHRASE_RE.match(text, a, b)
    if opening is not None:
        a = opening.end()  # "Like Moreno, Hale rejected ...": the opening phrase names no subject
    a = opening_time(text, a, b)  # "Last week the coach rejected ...": nor a time with no comma
    subject = narration_subject(text, a, b)
    if subject is not None:
        return subject if subject.kind in ("name", "descriptor") else None
    toks = list(islice(TOKEN_RE.finditer(text, a, b), MAX_ORG_SUBJECT_WORDS + 1))  # no further than needed
    for n in range(1, len(toks)):
        if toks[n].group()[:1].islower() and verbish(toks[n].group()):
            # "The ministry rejected the offer": an organisation by its common noun
            subject = parse_speaker(text[a : toks[n - 1].end()], a)
            if subject is not None and subject.kind == "organisation":
                return subject
            break
    org = sentence_subject(text, b)
    if org is None:
        return None
    subject = parse_speaker(org, text.find(org, a, b))
    return subject if subject is not None and subject.kind in ("name", "organisation") else None


#: where a clause inside a sentence starts, before its own subject ("..., when Lund called",
#: "one which historian Ann Roe calls", "; one lawmaker called", "And Skelly called")
_CLAUSE_START_RE = re.compile(
    r"^(?:And|But|So|Yet)\s+|[,;]\s+(?:and\s+|but\s+)?"
    r"|\b(?:when|while|as|after|because|since|although|though|who|whom|which|where)\s+"
)
#: a quantifier and at most two words of a plural noun phrase, the whole clause before the
#: verb (no conjunction or relative among them: "some voters and called" is two clauses)
_QUANTIFIER_RE = re.compile(
    r"(?:[Mm]any|[Ss]everal|[Ss]ome|[Mm]ost|[Aa]\s+(?:number|handful)\s+of)"
    r"(?:\s+(?!(?:and|or|but|who|that|which|then)$)[a-z]+){1,2}$"
)
#: plurals a quantifier counts that are no people ("and several weeks later called it")
_SPANS_OF_TIME = frozenset(
    "seconds minutes hours days nights weeks weekends months years decades centuries times "
    "moments mornings evenings seasons percent points dollars miles".split()
)
#: words between a subject and its verb: auxiliaries and adverbs
_AUX_RE = re.compile(
    r"(?:\s+(?:has|have|had|also|later|then|again|once|repeatedly|recently|even|would|will|did|does|"
    r"[a-z]{3,}ly))*\s*"
)
_TRAILING_AUX_RE = re.compile(_AUX_RE.pattern + "$")
#: how far before the verb the clause openings are looked for (characters)
_CLAUSE_WINDOW = 240
#: a clause's subject has at most this many words ("Eastern Prairie State College geologist Mark Dunlow")
_MAX_CLAUSE_SUBJECT_WORDS = 8


def subject_before(text: str, a: int, verb: int) -> Mention | None:
    """The subject of the verb at ``verb`` in the sentence from ``a``: the sentence's subject
    when it stands right before the verb, else the subject of the nearest clause that opens
    before it ("..., when Hillary Clinton called", "who Beck called", "One strategist described")."""
    subject = subject_of(text, a, verb)
    if subject is not None and subject.end is not None and _AUX_RE.fullmatch(text, subject.end, verb):
        return subject
    # the nearest clauses only: a window, not the whole sentence (a one-line text is one sentence)
    lo = max(a, verb - _CLAUSE_WINDOW)
    starts = [a] if lo == a else []
    # ("^And" opens the sentence only when the window does)
    starts += [lo + m.end() for m in _CLAUSE_START_RE.finditer(text[lo:verb]) if lo == a or m.start() > 0]
    for k in reversed(starts):
        while k < verb and text[k].isspace():
            k += 1
        # the subject ends where the auxiliaries and adverbs before the verb start
        seg = _TRAILING_AUX_RE.sub("", text[k:verb])
        if (
            not seg
            or len(seg.split()) > _MAX_CLAUSE_SUBJECT_WORDS
            or any(w[:1].islower() and verbish(w) for w in seg.split()[1:])
        ):
            if k > a and _QUANTIFIER_RE.match(seg) and seg.split()[-1].lower() not in _SPANS_OF_TIME:
                # "..., when many pundits called", "as a few critics put it": people
                # by their number, whose noun reads as a verb ("pundits"); a group, as
                # _group_subjects.quantity_subject reads one
                head = seg.split()[-1].lower()
                return Mention("descriptor", seg, k, k + len(seg), name=seg, role=seg, head=head, number="pl")
            continue  # "The meeting began", "the chants": a clause or a plural, no subject before the verb
        m = parse_speaker(seg, k, lenient=True)
        if m is not None and m.kind in ("name", "descriptor", "organisation", "pronoun") and m.start == k:
            return m
    if subject is None:
        # "Harbor Board Vice President for planning and ports Ann Roe called", "what aide
        # Per Holm called": a person's name right before the verb, after a role too long to read
        name = _NAME_BEFORE_VERB_RE.search(text, max(a, verb - 60), verb)
        if name is not None and name.group(1) not in _NOT_ROLE_WORDS and not verbish(name.group(1)):
            m = parse_speaker(name.group(2), name.start(2))
            if m is not None and m.kind == "name" and m.gender is not None:
                return m
    return subject


#: a lowercase word, then a person's name of two or three words, then auxiliaries before the verb
_NAME_BEFORE_VERB_RE = re.compile(
    r"\b([a-z]+)\s+((?:[A-Z][\w'\u2019-]+\s+){1,2}[A-Z][\w'\u2019-]+)" + _AUX_RE.pattern + "$"
)
#: words before a name that make it an object or a place, not a subject after its role
_NOT_ROLE_WORDS = frozenset(
    "to of for with by from on at in into about against behind than as and or but that which who whom "
    "whose when while after before like unlike between among toward towards over under".split()
)
