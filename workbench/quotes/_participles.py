"""Statements of the sentence's subject reported by a second verb: a coordinated "and said
...", a participle "warning that ...", and a participle after a quotation and its attribution
('"...," he said, adding that ...')."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from ._bare_clauses import bare_clause, bare_clause_cues
from ._clauses import (
    MIN_CONTENT_WORDS,
    has_verb,
    looks_like_clause,
)
from ._cue_speakers import speaker_before
from ._cues import (
    CLAUSE_OPENER_BAD,
    FINITE_RE,
    LEAD_RE,
    QUOTE_CHARS,
    cues_in,
    n_words,
    participle_lemma,
    reporting_verb_forms,
    strip_aux,
)
from ._group_subjects import (
    bare_plural_subject,
    quantity_subject,
)
from ._mentions import Mention, parse_speaker
from ._names import TOKEN_RE
from ._narration import verbish
from ._open_lead import open_lead
from ._speaker_intro import participle_subject
from ._subjects import clause_subject
from ._time_words import WEEKDAY

if TYPE_CHECKING:
    from ._doc import Doc


#: a second verb of the sentence's subject: "..., and said (that)", "but added"
_COORDINATED_RE = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:also|later|then|has|have|had|repeatedly|previously|publicly)\s+){0,2}$"
)

_COORDINATORS = frozenset({"and", "but"})

_PRONOUN_SUBJECT_RE = re.compile(
    r"\s*(?:But\s+|And\s+)?(He|She|They|he|she|they)\s+(?:also\s+)?[a-z]+(?:ed|s)\b"
)


#: a time phrase opening the sentence ("Two hours later", "Three days ago,"), then a pronoun
#: subject and its verb
_TIME_THEN_PRONOUN_RE = re.compile(
    r"\s*(?:[\w-]+\s+){1,4}?(?:later|earlier|ago|afterwards?)\s*,?\s+(he|she|they)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b"
)
#: words of a sentence's subject before its first verb
MAX_SUBJECT_WORDS = 8


def _subject_before_verb(text: str, a: int, b: int) -> Mention | None:
    """The noun phrase a clause ``text[a:b]`` opens with, up to its first verb ("Her
    campaign also announced", "The appeals court overruled"): a speaker, a group or a count."""
    toks = list(islice(TOKEN_RE.finditer(text, a, b), MAX_SUBJECT_WORDS + 1))
    for n in range(1, len(toks)):
        tok = toks[n].group()
        if tok[:1].islower() and verbish(tok):
            seg, _ = strip_aux(text[a : toks[n - 1].end()])
            lead = LEAD_RE.match(seg)
            k = lead.end() if lead else 0
            if not seg[k:].strip() or FINITE_RE.search(seg[k:]) or any(q in seg for q in QUOTE_CHARS):
                return None
            mention = parse_speaker(seg[k:], a + k, lenient=True)
            if mention is None or mention.kind == "pronoun" and mention.gender == "n":
                return bare_plural_subject(seg[k:], a + k)
            return mention
    return None


#: a subordinate clause opening inside the sentence, before a coordinated cue
_SUBORDINATOR_RE = re.compile(r"(?<=\s)(?:when|after|because|while|before|since|until|once)\s+(?=[A-Z])")


#: what stands before a subordinate clause that precedes its main clause: nothing, a
#: connective, or the end of a clause before ("Fans booed, and when ...")
_CLAUSE_OPENS_RE = re.compile(r"\s*(?:(?:But|And|So|Yet)\s+)?|.*,\s*(?:and|but)?\s*", re.S)


#: verbs of request PolNeAR reads with their addressee and infinitive ("urged voters to ...")
_REQUEST_LEMMAS = frozenset({"ask", "urge"})
_REQUEST_RE = re.compile(r"\s+(?:[\w'\u2019.-]+\s+){1,4}?to\s+[a-z]+")


def coordinated_statement(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """ "Norland Shipping reported a fall in profit on Tuesday, and said it would cut
    capacity": a speech verb coordinated after the first verb reports what the sentence's
    subject said."""
    text = doc.text
    for cue in cues_in(text, a, b):
        lemma, cls = reporting_verb_forms()[cue.group()]
        # (the pattern ends with "and"/"but" and at most two words: a search only when one is there)
        coordinated = not _COORDINATORS.isdisjoint(text[a : cue.start()].rsplit(None, 3)[-3:])
        mc = _COORDINATED_RE.search(text, a, cue.start()) if coordinated else None
        if (
            cls != "speech"
            # "... and announced it would ask for a recount": a cue that takes a bare clause
            and not (lemma in bare_clause_cues() and bare_clause(text[cue.end() : b]))
            # "... and asked the crew to wait": a request, its addressee and infinitive
            and not (lemma in _REQUEST_LEMMAS and _REQUEST_RE.match(text, cue.end(), b))
            # "chaired the session and stressed that ...": a cue of "that" with its "that"
            and not (cls == "that" and text.startswith(" that ", cue.end()))
            or mc is None
            or mc.start() <= a
        ):
            continue
        post = text[cue.end() : b]
        mn = re.match(
            # ("and told reporters (afterwards) that": whom it was told, then the clause)
            r"\s+(?:[\w'\u2019.-]+\s+){0,4}?that\s+"
            if lemma == "tell"
            else r"\s+(?:that\s+)?(?!(?:" + "|".join(CLAUSE_OPENER_BAD) + r")\b)(?=[A-Za-z])",
            post,
        )
        if (
            mn is None
            # (a clause of three words needs its verb: "but said she was fine", not "and said so twice")
            or n_words(post) < MIN_CONTENT_WORDS
            or n_words(post) == MIN_CONTENT_WORDS
            and not has_verb(post)
            or any(c in text[a : mc.start()] for c in QUOTE_CHARS)
        ):
            continue
        # "The crowd cheered when Lund spotted a sign and asked ...": the coordinated verb
        # shares the subordinate clause's subject, not the sentence's, when that clause opens
        # the sentence or is a "when" clause; "Smith scored after Jones missed and said ...":
        # after a later after/because clause it stays the sentence's (train: the two
        # hand-overs read are one "when" mid-sentence and one clause opening the sentence)
        subs = list(_SUBORDINATOR_RE.finditer(text, a, mc.start()))
        timed = _TIME_THEN_PRONOUN_RE.match(text, a, mc.start())
        end = end_b
        subject = None
        opens = bool(subs) and _CLAUSE_OPENS_RE.fullmatch(text, a, subs[-1].start()) is not None
        if timed:
            # "Two hours later she changed her mind and said ...": the pronoun after the time
            subject = parse_speaker(timed.group(1), timed.start(1))
        elif subs and (opens or subs[-1].group().startswith("when")):
            subject = clause_subject(text, subs[-1].end(), mc.start())
            if subject is not None and opens:
                # ("..., and when Lund ... said A, a man yelled": the main clause after it is no part of A)
                comma = text.find(",", cue.end(), end_b)
                end = comma if comma > 0 else end_b
        if subject is None:
            subject = clause_subject(text, a, mc.start())
        pronoun = _PRONOUN_SUBJECT_RE.match(text, a, mc.start())
        if subject is None and pronoun is not None:
            # "He called the fee fair, and said ...": a pronoun subject speaks too
            subject = parse_speaker(pronoun.group(1), pronoun.start(1))
        if subject is None:
            # "Her campaign also announced ... and said ...": the words before the first verb
            subject = _subject_before_verb(text, a, mc.start())
        if subject is None:
            continue
        kind = "mixed" if any(c in text[cue.end() : end] for c in QUOTE_CHARS) else "indirect"
        if doc.add(kind, [(cue.end() + mn.end(), end)], subject, cue.group(), lemma):
            return True
    return False


#: what may stand before a participle that reports: a comma, a dash, a preposition ("by
#: saying"), or a message and up to four words ("issued a statement saying", "wrote a letter
#: to the health minister saying")
_BEFORE_PARTICIPLE = (
    r"(?:,|\s(?:--|\u2013|\u2014)|\b(?:after|by|before|while|when|in|and)"
    r"|\b(?:statement|email|tweet|letter|release|memo|video|post)(?:\s+(?:on\s+)?[\w'\u2019-]+){0,4}?)"
)
#: participles that report a clause of their own without "that"
_SPEECH_PARTICIPLES = ("saying", "adding", "arguing", "claiming", "insisting", "warning", "stating")
#: (_ING_BEFORE_THAT_RE below is what its first branch has after the participle: edit both)
_PARTICIPLE_RE = re.compile(
    # "issued a statement saying that ...", "sent an email on Monday saying ..."
    _BEFORE_PARTICIPLE + r"\s+(\w+ing)(?:\s+(?:in|on|at)\s+(?:an?|the|his|her|their|its)"
    r"(?:\s+[\w'\u2019-]+){1,3}?"
    # "..., telling conservative radio host Jo Lee that ...": the addressee before "that"
    r"|(?<=telling)(?:\s+(?!that\b)[\w'\u2019.-]+){1,6}?)?"
    # "saying only that ...": a limiting adverb is no part of the content
    r"(?:\s+(?:only|simply|merely|just))?\s+that\s+"
    # "..., saying he should be thanked": a speech participle before a clause of its own
    r"|" + _BEFORE_PARTICIPLE + r"\s+(" + "|".join(_SPEECH_PARTICIPLES) + r")\s+"
    r"(?!(?:goodbye|hello|nothing|something|so|yes|no|thanks|sorry|grace|to|in|on|at|for|with|about|of)\b)"
    r"(?=[A-Za-z])"
)
#: a participle phrase opened after a comma (or an absolute "with" clause's) and running to
#: the "and" before a second participle
_AFTER_PARTICIPLE_PHRASE_RE = re.compile(
    r",\s+(?:with\s+(?:[\w'\u2019.-]+\s+){1,4}?)?(?:[a-z]+ly\s+)?[a-z]{2,}ing\b[^,;:]*$"
)
#: "stating" without "that": a subject of up to four words, then an auxiliary or "be" ("stating
#: local councils are in charge"), not a noun with a relative clause ("reasons nobody could")
_STATED_CLAUSE_RE = re.compile(
    r"\s*(?:(?:he|she|they|it|we|I|you|there)\s"
    r"|(?:[\w'\u2019-]+\s+){0,3}?(?!(?:nobody|one|he|she|they|we|I|you|who|which|that)\s)[\w'\u2019-]+\s+"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might|[a-z]{3,}ed|fell|rose|grew|"
    r"went|came|made|took|gave|saw|knew|became|began|won|lost|left|kept|held|met|paid|sold|stood)\b)"
)
#: "..., telling the Gazette his office never saw the plan": an addressee, then a clause
#: (searched for apart, and only in a sentence with "telling": one more alternative of the
#: pattern above cost every sentence it searches)
_TELLING_CLAUSE_RE = re.compile(
    _BEFORE_PARTICIPLE + r"\s+telling\s+(?!that\b)(?:[\w'\u2019.-]+\s+){1,4}?"
    r"(?=(?:he|she|they|it|we|I|his|her|their|its|the|there)\s)"
)


#: "with 40 percent of commuters saying ...", "left two-thirds of growers saying ...": a share of
#: people and what they say, in an absolute clause (the share read by ``quantity_subject``)
_SHARE_SAYING_RE = re.compile(
    r"\b(?:with|left)\s+((?:[\w%.,'\u2019-]+\s+){1,7}?)saying\s+(?:that\s+)?(?=[a-z])"
)


def _share_saying(doc: Doc, a: int, end_b: int) -> bool:
    """Add the statement of a share of people "saying" a clause (``_SHARE_SAYING_RE``)."""
    text = doc.text
    m = _SHARE_SAYING_RE.search(text, a, end_b)
    if m is None or not looks_like_clause(" " + text[m.end() : end_b]):
        return False
    subject = quantity_subject(m.group(1).rstrip(), m.start(1))
    if subject is None:
        return False
    kind = "mixed" if any(c in text[m.end() : end_b] for c in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(m.end(), end_b)], subject, "saying", "say")


#: "..., with the chairman saying (that) ...": an absolute clause's person and a speech
#: participle right after it, then the clause it reports
_WITH_SAYING_RE = re.compile(
    r",\s+with\s+((?:[\w.'\u2019-]+\s+){0,5}?[\w.'\u2019-]+)\s+(saying|adding|warning|insisting)\s+"
    r"(?:that\s+)?(?=[A-Za-z\"\u201c])"
)


def _with_saying(doc: Doc, a: int, end_b: int) -> bool:
    """Add the statement of an absolute clause's speaker ("The vote passed, with the chairman
    saying the result was fair"): a person, an unnamed source or an organisation named
    right before the participle, and a clause after it."""
    text = doc.text
    m = _WITH_SAYING_RE.search(text, a, end_b)
    if m is None:
        return False
    # ("..., with the mayor saying A and critics arguing B": A ends at the second absolute)
    second = _SECOND_ABSOLUTE_RE.search(text, m.end(), end_b)
    end = second.start() if second is not None else end_b
    post = text[m.end() : end]
    if not text.startswith("that", m.end(2) + 1) and not looks_like_clause(" " + post):
        return False
    phrase, k = m.group(1), m.start(1)
    first = _FIRST_ABSOLUTE_RE.match(phrase)
    if first is not None:
        # ("with costs rising and the council saying": the second absolute's person speaks)
        phrase, k = phrase[first.end() :], k + first.end()
    subject = parse_speaker(phrase, k, lenient=True)
    if subject is None or subject.kind not in ("name", "descriptor", "organisation", "pronoun"):
        return False
    lemma = participle_lemma(m.group(2))
    kind = "mixed" if any(c in post for c in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(m.end(), end)], subject, m.group(2), lemma)


#: what follows the participle of _PARTICIPLE_RE's first branch (when not "telling"): "that",
#: a place ("in his statement") or a limiting adverb ("only that"); a word more is no harm
_ING_BEFORE_THAT_RE = re.compile(r"ing\s+(?:that|in|on|at|only|simply|merely|just)\s")
#: a first absolute clause of two, its person and participle before "and" ("costs rising and",
#: "residents opposing it and")
_FIRST_ABSOLUTE_RE = re.compile(r".*?\b[a-z]{2,}ing\b.*?\sand\s+")
#: a second absolute clause after the reported one: "and", its person, its participle
_SECOND_ABSOLUTE_RE = re.compile(r"\s+and\s+(?:[\w'\u2019-]+\s+){1,4}?[a-z]{2,}ing\b")


def participle_statement(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """ "X has attacked the plan, warning that it will fail": a reporting verb's participle
    with "that" reports what the sentence's subject said."""
    text = doc.text
    seg = text[a:end_b]
    if "saying" in seg and _share_saying(doc, a, end_b):
        return True
    if "with" in seg and _with_saying(doc, a, end_b):
        return True
    # the regex needs "that" after an "-ing" or one of its speech participles: most sentences
    # have neither and the search is the costliest step of reported speech
    first_ing = seg.find("ing")
    if first_ing < 0 or (
        seg.rfind("that") < first_ing
        and not any(p in seg for p in _SPEECH_PARTICIPLES)
        and "telling" not in seg
    ):
        return False
    if (
        not any(p in seg for p in _SPEECH_PARTICIPLES)
        and "telling" not in seg
        and _ING_BEFORE_THAT_RE.search(text, a, end_b) is None
    ):
        return False  # (its "-ing" is right before "that" or "in/on/at": most "that"s are not)
    mp = _PARTICIPLE_RE.search(text, a, end_b)
    if mp is None and "telling" in seg:
        mp = _TELLING_CLAUSE_RE.search(text, a, end_b)
    if mp is None:
        return False
    telling = mp.re is _TELLING_CLAUSE_RE
    form = "telling" if telling else mp.group(1) or mp.group(2)
    post = text[mp.end() : end_b]
    if text.startswith("and", mp.start()) and _AFTER_PARTICIPLE_PHRASE_RE.search(text, a, mp.start()) is None:
        # "and" before the participle only closes a participle phrase opened after a comma
        # (", singling out the captain and adding that", ", with the mayor praising the board
        # and saying"): not "were reading and adding up", "denied stealing it and saying",
        # "The sirens sounded and warning messages appeared"
        return False
    if form == "stating" and not post.lstrip().startswith("that ") and not _STATED_CLAUSE_RE.match(post):
        return False  # "stating reasons nobody could verify", "stating the artists who made it"
    if (telling or mp.group(2)) and not looks_like_clause(post):
        return False  # "..., saying the word louder": no clause
    if not telling and mp.group(2) and post.startswith(("a ", "an ")) and not bare_clause(post):
        return (
            False  # "saying a few words after the vote": an object; "saying a penalty was needed": a clause
        )
    stem = form[:-3].lower()
    lemma = next(
        (
            lem
            for form, (lem, _) in reporting_verb_forms().items()
            if lem in (stem, stem + "e") or (len(stem) > 3 and stem[-1] == stem[-2] and lem == stem[:-1])
        ),
        None,
    )
    if lemma is None or lemma in _PARTICIPLE_NOT_SPEECH:
        return False
    # "The Harbour Bank cut rates, warning that ...": a person, unnamed source or organisation
    subject = participle_subject(text, a, mp.start())
    opening = _OPENING_ADJUNCT_RE.match(text, a, mp.start())
    if subject is None and opening is not None:
        # "Last spring, he came to the aid of X, saying ...": the subject after the opening
        subject = participle_subject(text, opening.end(), mp.start())
    if subject is None:
        # "Republicans, who hold a majority, have blocked it, saying ...": the subject read
        # without the words between it and its verb
        subject = _subject_around(text, opening.end() if opening is not None else a, mp.start())
    if subject is None:
        # "Other growers echoed those remarks, saying ...": a plural noun phrase before the verb
        verb = _FIRST_PAST_RE.match(text, a, mp.start())
        subject = bare_plural_subject(verb.group(1), a) if verb is not None else None
    if subject is None:
        # "Lund hit back again, saying ...", "The mayor was upfront about it, saying ...": the
        # noun phrase before the clause's first verb
        subject = _subject_before_verb(text, opening.end() if opening is not None else a, mp.start())
    if subject is None:
        return False
    # the content may quote words ('warning that it will leave towns "worse connected"')
    kind = "mixed" if any(c in text[mp.end() : end_b] for c in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(mp.end(), end_b)], subject, form, lemma)


#: a speech verb's progressive after its subject ("They are saying her plan ...", "He's
#: telling allies that ...", "Lee isn't saying what she would cut")
_PROGRESSIVE_RE = re.compile(
    r"(?:\s(?:is|are|was|were|am|(?:is|are|was|were)n['\u2019]t)|(?<=\w)['\u2019](?:s|re|m))\s+"
    r"(?:(?:also|now|still|not|already|publicly|privately|quietly|openly)\s+)?(saying|telling)\b"
)
#: what follows "telling": an addressee of a few words, then "that" or a question word
_TELLING_RE = re.compile(
    r"(?:\s+(?!that\b)[\w'\u2019.-]+){1,5}?\s+(?:that\s+|(?=(?:how|why|what|whether)\s))"
)
_SAYING_RE = re.compile(r"\s+(?:that\s+|(?=(?:how|why|what|whether|when|where)\s))?")


def progressive_statement(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """ "They are saying her plan was a warning": a speech verb's progressive ("is saying",
    "'s telling X that") reports what its subject says, as the simple form would."""
    text = doc.text
    if text.find("saying", a, end_b) < 0 and text.find("telling", a, end_b) < 0:
        return False  # (found in place: no copy of the sentence)
    mp = _PROGRESSIVE_RE.search(text, a, end_b)
    if mp is None:
        return False
    mc = (_TELLING_RE if mp.group(1) == "telling" else _SAYING_RE).match(text, mp.end(), end_b)
    if mc is None:
        return False
    post = text[mc.end() : end_b]
    opened = text[mp.end() : mc.end()].split()[-1:] == ["that"] or re.match(
        r"(?:how|why|what|whether)\s", post
    )
    if n_words(post) < MIN_CONTENT_WORDS or not (opened or looks_like_clause(" " + post)):
        return False
    # (the subject ends before the auxiliary's space, or at its apostrophe: "He's")
    mention, sp_start = speaker_before(text, a, mp.start() + (text[mp.start()] not in "'\u2019"))
    if mention is None or not open_lead(text[a:sp_start].rstrip()):
        return False
    kind = "mixed" if any(q in post for q in QUOTE_CHARS) else "indirect"
    return doc.add(
        kind, [(mc.end(), end_b)], mention, mp.group(1), "tell" if mp.group(1) == "telling" else "say"
    )


#: a time or place opening a sentence before its subject ("This year, ", "In a speech on
#: Tuesday, ")
_OPENING_ADJUNCT_RE = re.compile(
    r"(?:(?:This|Last|Next|Earlier|Later)\s+\w+|(?:In|On|At|During|After|Before|Since|From|Over|For)\s[^,]{1,80}),\s+"
)
_FIRST_PAST_RE = re.compile(r"(\S.{2,60}?)\s+(?=[a-z]{3,}ed\s)")

#: words between a sentence's subject and its verb that hide the subject from
#: ``participle_subject``: a relative clause or list between commas ("Republicans, who hold a
#: majority, have blocked ..."), an alias ("known online as X"), a day ("Hale on Thursday blamed ...") or an adverb ("even echoed")
_SUBJECT_INSERT_RE = re.compile(
    r",\s+(?:who|which|including)\s[^,]{1,120},(?=\s+[a-z])"
    # or an alias ("The streamer, known online as X, apologised ...")
    r"|,\s+(?:[a-z]+ly\s+)?known\s+(?:[\w'\u2019]+\s+){0,4}?as\s[^,]{1,60},(?=\s+[a-z])"
    r"|\s+(?:on\s+)?" + WEEKDAY + r"(?=\s+[a-z])"
    r"|\s+(?:even|also|later|then|again|still)(?=\s+[a-z])"
)


def _subject_around(text: str, a: int, b: int) -> Mention | None:
    """The subject of the clause ``text[a:b]`` read past the first words that stand between
    it and its verb (``_SUBJECT_INSERT_RE``), or None."""
    m = _SUBJECT_INSERT_RE.search(text, a, b)
    if m is None:
        return None
    reduced = text[a : m.start()] + text[m.end() : b]
    subject = participle_subject(reduced, 0, len(reduced))
    if subject is None or subject.start is None or subject.end is None or subject.end > m.start() - a:
        return None  # (a subject after the words left out is not where it was read)
    return replace(subject, start=subject.start + a, end=subject.end + a)


#: participles of reporting verbs that report no statement ("a study suggesting that ...",
#: "a report confirming that ...": the subject is a document or a fact)
_PARTICIPLE_NOT_SPEECH = frozenset(
    "suggest confirm report estimate predict recall observe ask answer respond reply comment continue".split()
)


#: a speech participle after a statement and its attribution: '"...," Jacobs said, adding that ...'
_TRAILING_PARTICIPLE_RE = re.compile(
    r",\s+(adding|saying|noting|arguing|insisting|warning|explaining)\s+(?:that\s+)?(?=[A-Za-z])"
)


def trailing_statement(doc: Doc, a: int, b: int) -> bool:
    """In a sentence ``text[a:b]`` that holds a statement already (a quotation and its
    attribution), the participle after it reports the same speaker's next statement:
    '"They have a plan," he said, adding the city must act too.'"""
    text = doc.text
    end_b = b - 1 if text.endswith((".", "!", "?"), a, b) else b
    for mp in _TRAILING_PARTICIPLE_RE.finditer(text, a, end_b):
        if doc.covered(mp.start(), end_b) or not has_verb(text[mp.end() : end_b]):
            continue
        # the statement before the participle (from the index of ends: a scan of all rows
        # per participle grew with the text)
        row = doc.latest_end_within(a, mp.start() + 2, mp.start())
        if row is None:
            continue
        mention = row["mention"]
        if mention.kind == "continuation":
            continue
        kind = "mixed" if any(q in text[mp.end() : end_b] for q in QUOTE_CHARS) else "indirect"
        lemma = reporting_verb_forms().get(mp.group(1)[:-3], (None,))[0] or mp.group(1)[:-3] + "e"
        return doc.add(kind, [(mp.end(), end_b)], mention, mp.group(1), lemma)
    return _relative_after_speaker(doc, a, end_b)


#: '"...," said Tom Hale, 24, who said he ...': a relative clause on the speaker of a quotation
_WHO_CUE_RE = re.compile(r",\s+who\s+(?:also\s+|later\s+|has\s+|had\s+)?([a-z]+)\s+(that\s+)?(?=[A-Za-z])")
#: words between the speaker of the quotation and ", who" ("Tess Marlow, 31, from Leeds")
MAX_SPEAKER_TAIL_WORDS = 6


def _relative_after_speaker(doc: Doc, a: int, end_b: int) -> bool:
    """'"...," said Army Capt. Tom Hale, who said he would skip the ballot': the relative clause's
    statement, the same speaker's (written "who", as PolNeAR's source is)."""
    text = doc.text
    mw = _WHO_CUE_RE.search(text, a, end_b)
    if mw is None or mw.group(1) not in reporting_verb_forms():
        return False
    lemma, cls = reporting_verb_forms()[mw.group(1)]
    if cls == "belief" or (cls != "speech" and not mw.group(2)) or doc.covered(mw.end(), end_b):
        return False
    if not has_verb(text[mw.end() : end_b]) or n_words(text[mw.end() : end_b]) < MIN_CONTENT_WORDS:
        return False
    row = doc.last_ending_within(a, mw.start() + 1)
    mention = row["mention"] if row is not None else None
    if (
        mention is None
        or mention.kind in ("continuation", "pronoun")
        or mention.end is None
        or not a <= mention.end <= mw.start()
        or n_words(text[mention.end : mw.start()]) > MAX_SPEAKER_TAIL_WORDS
        or has_verb(text[mention.end : mw.start()])
    ):
        return False
    w0 = mw.start() + mw.group().index("who")
    who = replace(mention, text="who", start=w0, end=w0 + 3)
    kind = "mixed" if any(q in text[mw.end() : end_b] for q in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(mw.end(), end_b)], who, mw.group(1), lemma)
