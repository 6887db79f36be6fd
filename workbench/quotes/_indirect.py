"""Statements outside quotation marks: ``sentence_statement`` finds the one attributed
statement of a sentence ("X said (that) ...", "according to X, ...", "..., X said.",
"A, X said, B", "X stated: ...", "In X's view, ...", a coordinated "and said", a
participle's "warning that ...") and adds it to the document's rows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from ._cues import (
    CLAUSE_OPENER_BAD,
    FINITE_RE,
    LEAD_RE,
    NAMING_LEMMAS,
    NAMING_RE,
    PARAPHRASE_CUES,
    QUOTE_CHARS,
    _bare_plural_subject,
    clause_subject,
    cue_re,
    is_person,
    n_words,
    phrase_re,
    reporting_verb_forms,
    speaker_after,
    speaker_before,
    strip_aux,
    subject_cue,
)
from ._mentions import Mention, parse_speaker
from ._names import speaker_words
from ._narration import DATELINE_RE
from ._speaker_intro import participle_subject

if TYPE_CHECKING:
    from ._doc import Doc

#: Words allowed after a sentence-final cue ("..., he told The Moscow Times on Monday";
#: "said Tuesday at the Vox Media's Code Media conference in Hollywood" has 9).
MAX_CUE_REST_WORDS = 12
#: Reported content shorter than this is not a statement ("he said so"); a quotation
#: with its own attribution is one at any length ("No," he said).
MIN_CONTENT_WORDS = 3


def _according_to(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """``According to X, ...``, ``A, according to X, B`` (also inside a parenthesis:
    ``(which, according to Washington, are used ...)``) and ``..., according to X.``"""
    text = doc.text
    m = phrase_re().search(text, a, b)
    if not m:
        return False
    cue = m.group().strip()
    k = m.end()
    comma = text.find(",", k, b)
    mention = parse_speaker(text[k:comma], k) if comma > 0 else None
    if mention is None and comma > 0 and m.start() == a:
        mention = _source_phrase(text, k, comma)  # "According to early returns, ..."
    second = text.find(",", comma + 1, b) if mention is not None and mention.kind != "name" else -1
    if second > 0 and n_words(text[comma + 1 : second]) <= MAX_APPOSITION_NAME_WORDS:
        # "According to the industry regulator, the Water Services Authority, ...": the name
        # in apposition is the source
        named = parse_speaker(text[comma + 1 : second], comma + 1)
        if named is not None and named.kind == "name" and named.name[:1].isupper():
            mention, comma = named, second
    if mention is not None:
        if m.start() == a:
            parts = [(comma + 1, end_b)]
        elif text[a : m.start()].rstrip().endswith(",") and "(" not in text[a : m.start()]:
            parts = [(a, m.start()), (comma + 1, end_b)]
        else:
            clause = max(text.rfind("(", a, m.start()) + 1, a)
            close = text.find(")", comma, b)
            parts = [(clause, m.start()), (comma + 1, close if close > 0 else end_b)]
        return doc.add("indirect", parts, mention, cue, "according to")
    mention = speaker_after(text, k, b)
    if mention is None and text.rfind(",", a, m.start()) > a:
        mention = _source_phrase(text, k, end_b)  # "..., according to census data released Monday."
    if mention is not None and m.start() > a:
        return doc.add("indirect", [(a, m.start())], mention, cue, "according to")
    return False


#: where the noun phrase after "according to" ends ("a poll released Sunday by ...")
_SOURCE_PHRASE_END_RE = re.compile(
    r",|\s+(?:released|conducted|published|issued|filed|taken|compiled|obtained|reviewed|seen|cited|reported|"
    r"provided|unearthed|found|made|given|shown|prepared|"
    r"that|which|who|by|from|for|on|in|at|to|as|with)\s"
)
#: words of that noun phrase
MAX_SOURCE_PHRASE_WORDS = 8
_OBJECT_PRONOUNS = frozenset("him her them it me us you some many most others".split())


def _source_phrase(text: str, k: int, b: int) -> Mention | None:
    """The source after "according to" that names no person: an organisation ("the
    Associated Press") or a document, poll or data ("a new poll", "census data released
    Monday"): its noun phrase up to a participle, relative clause or preposition."""
    end = _SOURCE_PHRASE_END_RE.search(text, k, b)
    seg = text[k : end.start() if end is not None else b].rstrip(" .;:")
    words = seg.split()
    if not words or len(words) > MAX_SOURCE_PHRASE_WORDS or FINITE_RE.search(seg):
        return None
    if words[0].lower() in _OBJECT_PRONOUNS:
        return None  # "according to him": a pronoun, read as a speaker elsewhere
    if any(q in seg for q in QUOTE_CHARS) or not re.fullmatch(
        r"[\w'\u2019.&/%-]+(?:\s+[\w'\u2019.&/%-]+)*", seg
    ):
        return None
    content = [w for w in words if w.lower() not in ("the", "a", "an", "of", "and")]
    named = bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)
    name = re.sub(r"^(?:the|The)\s+", "", seg) if named else seg
    return Mention(
        "organisation" if named else "descriptor",
        seg,
        k,
        k + len(seg),
        name=name,
        role="" if named else seg,
        head=words[-1].lower(),
    )


#: words of a name in apposition after "According to the regulator," (an organisation's name)
MAX_APPOSITION_NAME_WORDS = 6

_VIEW_RE = re.compile(
    r"(?:In|From)\s+(his|her|their|([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)(?:'s|\u2019s))\s+"
    r"(view|opinion|words|assessment|estimation|judgment|judgement),\s+"
)


#: "In the opinion of the political scientist X of Y, ...": the holder after "of"
_VIEW_OF_RE = re.compile(
    r"In\s+the\s+(view|opinion|words|assessment|estimation|judge?ment)\s+of\s+([^,;:]{3,120}),\s+"
)


def _in_view(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """``In his view, ...`` / ``In Suponina's opinion, ...`` / ``In the opinion of X, ...``:
    the clause after the comma."""
    m = _VIEW_RE.match(doc.text, a, b)
    if m is None:
        mo = _VIEW_OF_RE.match(doc.text, a, b)
        mention = parse_speaker(mo.group(2), mo.start(2)) if mo is not None else None
        if mo is None or mention is None or mention.kind == "pronoun":
            return False
        cue = doc.text[mo.start() : mo.start(2)].rstrip()
        return doc.add("indirect", [(mo.end(), end_b)], mention, cue, "view")
    who = m.group(2) or m.group(1)
    mention = parse_speaker(who, m.start(2) if m.group(2) else m.start(1))
    if mention is None and m.group(1) in ("his", "her", "their"):
        mention = parse_speaker({"his": "he", "her": "she", "their": "they"}[m.group(1)], m.start(1))
    if mention is None:
        return False
    cue = doc.text[m.start() : m.end()].rstrip(", ")
    return doc.add("indirect", [(m.end(), end_b)], mention, cue, "view")


_SECOND_CUE_RE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?([a-z]+)\s+(that\s+)?")


def _second_cue(text: str, a: int, b: int):
    """ "... and said (that) B" after a first statement: a second reporting verb of the same
    subject (a speech verb when no "that" follows it), or None."""
    second = _SECOND_CUE_RE.search(text, a, b)
    while second is not None and (
        second.group(1) not in reporting_verb_forms()
        or (not second.group(2) and reporting_verb_forms()[second.group(1)][1] != "speech")
    ):
        second = _SECOND_CUE_RE.search(text, second.end(), b)
    return second


def _has_verb(clause: str) -> bool:
    """The words look like a clause: an auxiliary, a past form or a word in -ed ("the
    lowest reading since 2021" is an apposition, not the rest of a statement)."""
    toks = [t.lower().strip(".,;:!?\"'\u2019\u201d") for t in clause.split()]
    return bool(FINITE_RE.search(clause.lower())) or any(
        t in speaker_words()["past"] or (t.endswith("ed") and len(t) > 4) for t in toks
    )


_BELIEF_CLAUSE_RE = re.compile(
    r"\s+(?:it|he|she|they|there|this|the|its|his|her|their|[A-Z][a-z]+)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:is|are|was|were|had|has|have|would|will|could|should|can|may|might|must)\s"
)


def _is_lead(words: str) -> bool:
    """A connective opening the sentence before its subject ("But", "Meanwhile")."""
    m = LEAD_RE.match(words + " x")
    return m is not None and m.end() == len(words) + 1


def sentence_statement(doc: Doc, a: int, b: int) -> bool:
    """Find one attributed statement in the sentence ``text[a:b]``; True if found. The
    patterns are tried in order for each cue of the sentence."""
    text = doc.text
    s = text[a:b]
    unmarked = "indirect" if doc.marked else "unmarked"
    end_b = b - 1 if s.endswith((".", "!", "?")) else b
    if _according_to(doc, a, b, end_b) or _in_view(doc, a, b, end_b) or _naming_with_quote(doc, a, b, end_b):
        return True
    cues: list[_CueAt] = []
    for cue in cue_re().finditer(text, a, b):
        lemma, cls = reporting_verb_forms()[cue.group()]
        c = _CueAt(doc, text, a, b, end_b, cue, lemma, cls, text[cue.end() : b], unmarked)
        pre_stripped, perfect = strip_aux(text[a : cue.start()])
        if (
            _that_clause(c)
            or _cue_after_content(c, perfect)
            or _inverted_after_content(c, pre_stripped)
            or _interrupting_cue(c)
            or _colon_cue(c)
            or _speech_clause(c)
        ):
            return True
        cues.append(c)
    # a cue's complement or a relative clause only when no cue of the sentence attributes
    # it otherwise ("The governor asked me to ..., the former deputy recalled")
    if any(_relative_cue(c) or _complement_cue(c) for c in cues):
        return True
    return _coordinated_statement(doc, a, b, end_b) or _participle_statement(doc, a, b, end_b)


class _CueAt(NamedTuple):
    """One cue of a sentence ``text[a:b]`` (``end_b``: before its full stop) and the words
    after it (``post``); ``unmarked``: the kind of verbatim speech in this document."""

    doc: Doc
    text: str
    a: int
    b: int
    end_b: int
    cue: re.Match
    lemma: str
    cls: str
    post: str
    unmarked: str


def _naming_with_quote(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """ "The Arab League called it an "extremely adverse development"." """
    text = doc.text
    mq = NAMING_RE.search(text, a, b)
    if (
        mq
        and any(c in text[mq.end() : b] for c in QUOTE_CHARS)
        and not re.search(r"\b(?:was|were|been|being|is|are)\s+$", text[a : mq.start()])
    ):  # not a passive
        # "The Arab League called it an "extremely adverse development"."
        mention, sp_start = speaker_before(text, a, mq.start())
        lead = text[a : sp_start if mention is not None else a]
        if mention is not None and (not lead.strip() or lead.rstrip().endswith(",")):
            if doc.add(
                "mixed", [(mq.end(), end_b)], mention, mq.group(1), NAMING_LEMMAS[mq.group(1)[:4].lower()]
            ):
                return True
    return False


def _that_clause(c: _CueAt) -> bool:
    """X said (, however,) (to Y) that ..."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    # ("said in an oral history of the Clinton years that ...": a long adjunct, no verb in it)
    mt = re.match(r"(?:,[^,]{1,30},)?(?:\s+(?:to\s+)?[^,]{1,60}?)??\s+that\s+", post)
    if mt and (FINITE_RE.search(post[: mt.end()]) or n_words(post[: mt.end()]) > 12):
        mt = None  # "said the budget was balanced and that ...": the object is a clause
    if mt and cue_re().search(post, 0, mt.end()):
        mt = None  # "Byrne, who was posted at the door, states that ...": the later cue's
    if mt:
        # "The campaign responded that ...": before an inflected cue and "that", the
        # noun phrase opening the sentence is its subject
        mention, _ = speaker_before(text, a, cue.start(), subject=cue.group() != lemma)
        if mention is None and _verb_form(cue.group(), lemma):
            mention = _long_subject(text, a, cue.start())
        if mention is not None:
            start = cue.end() + mt.end()
            # "He noted that A, and said that B": two statements of one speaker
            second = _second_cue(text, start, end_b)
            if second is not None and doc.add(
                "indirect", [(start, second.start())], mention, cue.group(), lemma
            ):
                lemma2 = reporting_verb_forms()[second.group(1)][0]
                doc.add("indirect", [(second.end(), end_b)], mention, second.group(1), lemma2)
                return True
            if doc.add("indirect", [(start, end_b)], mention, cue.group(), lemma):
                return True
    return False


def _cue_after_content(c: _CueAt, perfect: bool) -> bool:
    """..., X said (to Y).   /   ..., said X(, role)."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    if (
        n_words(post) <= MAX_CUE_REST_WORDS
        and re.match(r"[^,:;]*$", post.rstrip(".!?"))
        and not FINITE_RE.search(post)
        and not any(c in post for c in QUOTE_CHARS)
        and not _PRONOUN_CLAUSE_RE.match(post)
    ):
        mention, sp_start = speaker_before(text, a, cue.start())
        content_end = text.rfind(",", a, sp_start)
        coordinated = (
            re.match(r"\s*(?:and|but|or)\s", text[content_end + 1 : sp_start + 4])
            if content_end > a
            else None
        )
        if mention is not None and content_end > a and not coordinated:
            kind = "indirect" if perfect or lemma in PARAPHRASE_CUES else unmarked
            if doc.add(kind, [(a, content_end)], mention, cue.group(), lemma):
                return True
    return False


def _inverted_after_content(c: _CueAt, pre_stripped: str) -> bool:
    """..., said X."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    if pre_stripped.rstrip().endswith(",") and n_words(pre_stripped) >= MIN_CONTENT_WORDS:
        mention = speaker_after(text, cue.end(), b)
        if mention is not None:
            if doc.add(unmarked, [(a, a + len(pre_stripped.rstrip()) - 1)], mention, cue.group(), lemma):
                return True
    return False


def _interrupting_cue(c: _CueAt) -> bool:
    """A, X said, B."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    mi = re.match(
        r"(?:\s+\w+|\s+(?:with|in|on|at|after|before|over|to)(?:\s+[\w'\u2019]+){1,3}"
        r"|\s+(?:last|this|earlier|later|early|late|next)\s+\w+)?,\s+",
        post,
    )
    if (
        mi
        and (
            re.match(r"\s*(?:\w+ing|who|which|adding|as)\b", post[mi.end() :])
            or (re.match(r"\s*(?:the|a|an)\s", post[mi.end() :]) and not _has_verb(post[mi.end() :]))
        )
        and not (re.match(r"\s*\w+ing\b", post[mi.end() :]) and FINITE_RE.search(post[mi.end() :]))
    ):
        # "..., the former official added, breaking from ..." ends the statement
        mention, sp_start = speaker_before(text, a, cue.start())
        content_end = text.rfind(",", a, sp_start)
        if mention is not None and content_end > a:
            if doc.add(unmarked, [(a, content_end)], mention, cue.group(), lemma):
                return True
        mi = None
    if mi:
        mention, sp_start = speaker_before(text, a, cue.start())
        content_end = text.rfind(",", a, sp_start)
        if (
            mention is not None
            and content_end > a
            and n_words(text[a:content_end]) >= 1
            and not text[sp_start : cue.start()].lstrip()[:4].lower().startswith(("and ", "but "))
        ):
            if doc.add(
                unmarked, [(a, content_end), (cue.end() + mi.end(), end_b)], mention, cue.group(), lemma
            ):
                return True
    return False


def _colon_cue(c: _CueAt) -> bool:
    """X stated: ..."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    mc = re.match(r"[^:,]{0,40}:\s+", post)
    if mc:
        mention, _ = speaker_before(text, a, cue.start())
        if mention is not None:
            if doc.add(unmarked, [(cue.end() + mc.end(), end_b)], mention, cue.group(), lemma):
                return True
    return False


def _speech_clause(c: _CueAt) -> bool:
    """X said the talks failed."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    # X said the talks failed.  (speech verbs, speaker opening the clause; a belief verb
    # only before a clause that plainly has its own subject and finite verb: "She
    # believed it should have been ruled out", not "He thinks about it")
    if (
        cls == "speech"
        or (cls in ("belief", "that") and _BELIEF_CLAUSE_RE.match(post))
        or (cls == "that" and _PRONOUN_CLAUSE_RE.match(post))
    ):
        mn = re.match(_ADJUNCTS + r"\s+(?!(?:" + "|".join(CLAUSE_OPENER_BAD) + r")\b)(?=[A-Za-z0-9])", post)
        if mn and lemma == "tell":
            # "told the paper she had no choice": the addressee is no part of the content
            mn = _ADDRESSEE_RE.match(post) or mn
        # a clause of three words needs its finite verb ("said staff were exhausted"), so
        # that "said the budget" or "told reporters" is no statement
        if mn and (
            n_words(post) >= MIN_CONTENT_WORDS + 1
            or n_words(post) == MIN_CONTENT_WORDS
            and FINITE_RE.search(post[mn.end() :])
        ):
            mention, sp_start = speaker_before(
                text, a, cue.start(), subject=subject_cue(cue.group()) or cue.group() in _PLURAL_SPEECH
            )
            if (
                mention is None
                and _verb_form(cue.group(), lemma)
                and (cls == "speech" or _PRONOUN_CLAUSE_RE.match(post))
            ):
                mention = _long_subject(text, a, cue.start())
                sp_start = a
            lead = text[a:sp_start].rstrip()
            if (
                mention is not None
                and cls == "belief"
                and not (is_person(mention) or mention.kind == "pronoun")
            ):
                mention = None  # "If Russia thought it might lose Crimea": a state's belief, no statement
            if mention is not None and (
                not lead
                or lead.endswith(",")
                or DATELINE_RE.fullmatch(lead + " ")
                or _is_lead(lead)
                or re.search(r"[,;]\s+(?:and|but|yet|so)$", lead)  # "..., but she said ..."
                or _SUBORDINATOR_END_RE.search(lead)  # "... when she said ..."
            ):
                if mention.kind == "pronoun" and _SUBORDINATOR_END_RE.search(lead):
                    # "Oyelaran refused to blame him, although he said ...": the pronoun of a
                    # subordinate clause is the sentence's subject
                    mention = _main_subject(text, a, sp_start, mention)
                # "confirmed it had made an offer but declined to comment further": the
                # subject's next act is no part of what it said
                refusal = _REFUSAL_RE.search(text, cue.end() + mn.end(), end_b)
                end = refusal.start() if refusal is not None else end_b
                if _SUBORDINATOR_OPEN_RE.fullmatch(lead):
                    # "While one company says A, another says B": the subordinate clause ends at its comma
                    comma = text.find(", ", cue.end() + mn.end(), end)
                    end = comma if comma > 0 else end
                if doc.add("indirect", [(cue.end() + mn.end(), end)], mention, cue.group(), lemma):
                    return True
    return False


#: bare speech verbs that are a plural subject's ("Analysts say the plan failed"); "add" or
#: "note" are left out ("The findings add to ...")
_PLURAL_SPEECH = frozenset("say tell argue claim insist warn predict contend acknowledge admit".split())
#: a clause after a cue: a subject pronoun and a verb ("reported it sold", "noted he had")
_PRONOUN_CLAUSE_RE = re.compile(
    r"\s+(?:he|she|they|it|we|I)\s+(?:[a-z]+ly\s+|also\s+|still\s+|never\s+|not\s+)?"
    r"(?:[a-z]+ed|[a-z]+[^s\W]s|is|are|was|were|had|has|have|would|will|could|should|can|may|might|must|"
    r"did|does|do|sold|made|said|told|won|lost|got|knew|thought|felt|saw|took|gave|went|came|"
    r"wanted|needs?|'[a-z]+|\u2019[a-z]+)\b"
)
#: a subordinate clause opening before a speaker ("... when she said ...", "While X says A, B")
_SUBORDINATOR_END_RE = re.compile(
    r"\b(?:[Ww]hen|[Ww]hile|[Aa]fter|[Bb]ecause|[Aa]s|[Aa]lthough|[Tt]hough|[Ss]ince|[Ww]hereas|until)$"
)
_SUBORDINATOR_OPEN_RE = re.compile(r"(?:While|Although|Though|Whereas|Because|When|After|As|Since)")


def _main_subject(text: str, a: int, b: int, pronoun: Mention) -> Mention:
    """The person a sentence ``text[a:b]`` opens with, when the pronoun can be them (the
    pronoun as written, the subject's name)."""
    subject = clause_subject(text, a, b)
    if (
        subject is None
        or subject.kind not in ("name", "descriptor")
        or pronoun.gender == "n"
        or (pronoun.number == "pl") != (subject.number == "pl")
        or (subject.gender is not None and pronoun.gender is not None and subject.gender != pronoun.gender)
    ):
        return pronoun
    # the pronoun as written, resolved to the subject
    return replace(subject, text=pronoun.text, start=pronoun.start, end=pronoun.end, gender=pronoun.gender)


#: a coordinated refusal after a statement's clause ("..., but declined to comment further")
_REFUSAL_RE = re.compile(
    r",?\s+(?:but|and)\s+(?:declined|refused|would\s+not|did\s+not)\s+(?:to\s+)?"
    r"(?:comment|elaborate|give|say|provide|name|disclose)\b"
)

#: a second verb of the sentence's subject: "..., and said (that)", "but added"
_COORDINATED_RE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+)?$")


_PRONOUN_SUBJECT_RE = re.compile(
    r"\s*(?:But\s+|And\s+)?(He|She|They|he|she|they)\s+(?:also\s+)?[a-z]+(?:ed|s)\b"
)


def _coordinated_statement(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """ "Norland Shipping reported a fall in profit on Tuesday, and said it would cut
    capacity": a speech verb coordinated after the first verb reports what the sentence's
    subject said."""
    text = doc.text
    for cue in cue_re().finditer(text, a, b):
        lemma, cls = reporting_verb_forms()[cue.group()]
        mc = _COORDINATED_RE.search(text, a, cue.start())
        if cls != "speech" or mc is None or mc.start() <= a:
            continue
        post = text[cue.end() : b]
        mn = re.match(
            r"\s+that\s+"
            if lemma == "tell"
            else r"\s+(?:that\s+)?(?!(?:" + "|".join(CLAUSE_OPENER_BAD) + r")\b)(?=[A-Za-z])",
            post,
        )
        if (
            mn is None
            or n_words(post) < MIN_CONTENT_WORDS + 1
            or any(c in text[a : mc.start()] for c in QUOTE_CHARS)
        ):
            continue
        subject = clause_subject(text, a, mc.start())
        pronoun = _PRONOUN_SUBJECT_RE.match(text, a, mc.start())
        if subject is None and pronoun is not None:
            # "He called the actions lawful, and said ...": a pronoun subject speaks too
            subject = parse_speaker(pronoun.group(1), pronoun.start(1))
        if subject is None:
            continue
        kind = "mixed" if any(c in post for c in QUOTE_CHARS) else "indirect"
        if doc.add(kind, [(cue.end() + mn.end(), end_b)], subject, cue.group(), lemma):
            return True
    return False


#: when or where a statement was made, between the cue and its clause ("said on Tuesday its
#: profit rose", "said in a statement it would appeal")
_ADJUNCTS = (
    r"(?:\s+(?:(?:(?:late\s+|early\s+)?on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|yesterday|today|last\s+(?:week|month|night|year)|this\s+(?:week|month|morning|year)"
    r"|in\s+an?\s+(?:statement|filing|interview|letter|post|email|report))\b,?)*"
)

_PARTICIPLE_RE = re.compile(
    # "issued a statement saying that ...", "sent an email on Monday saying ..."
    r"(?:,|\b(?:after|by|before|while|when|in)|\b(?:statement|email|tweet|letter|release|memo|video|post)"
    r"(?:\s+(?:on\s+)?[\w'\u2019-]+){0,2}?)\s+(\w+ing)(?:\s+(?:in|on|at)\s+(?:an?|the|his|her|their|its)"
    r"(?:\s+[\w'\u2019-]+){1,3}?)?\s+that\s+"
    # "..., saying he should be thanked": a speech participle before a clause of its own
    r"|(?:,|\b(?:statement|email|tweet|letter|release|memo|video|post)(?:\s+(?:on\s+)?[\w'\u2019-]+){0,2}?)"
    r"\s+(saying|adding|arguing|claiming|insisting|warning)\s+(?=(?:he|she|they|it|we|I|the|there|this|his|her|their|its)\s)"
)


#: the addressee of "tell" before a clause that opens with a pronoun or determiner
_ADDRESSEE_RE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'\u2019.-]+\s+){1,3}?"
    r"(?=(?:he|she|they|it|we|I|the|a|an|there|this|his|her|their|its)\s)"
)


def _participle_statement(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """ "X has attacked the plan, warning that it will fail": a reporting verb's participle
    with "that" reports what the sentence's subject said."""
    text = doc.text
    mp = _PARTICIPLE_RE.search(text, a, end_b)
    if mp is None:
        return False
    form = mp.group(1) or mp.group(2)
    if mp.group(2) and not _has_verb(text[mp.end() : end_b]):
        return False  # "..., saying the word louder": no clause
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
    if subject is None:
        # "Other growers echoed those remarks, saying ...": a plural noun phrase before the verb
        verb = _FIRST_PAST_RE.match(text, a, mp.start())
        subject = _bare_plural_subject(verb.group(1), a) if verb is not None else None
    if subject is None:
        return False
    # the content may quote words ('warning that it will leave towns "worse connected"')
    kind = "mixed" if any(c in text[mp.end() : end_b] for c in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(mp.end(), end_b)], subject, form, lemma)


_FIRST_PAST_RE = re.compile(r"(\S.{2,60}?)\s+(?=[a-z]{3,}ed\s)")

#: participles of reporting verbs that report no statement ("a study suggesting that ...",
#: "a report confirming that ...": the subject is a document or a fact)
_PARTICIPLE_NOT_SPEECH = frozenset(
    "suggest confirm report estimate predict recall observe ask answer respond reply comment continue".split()
)


#: cues whose content is no clause: a question ("asked whether ..."), a call ("urged voters
#: to ...") or a charge ("accused the council of ..."); a promise with only an infinitive
#: ("promised to publish") or a noun object ("announced a plan") is narration, as the
#: guidelines of tests/data/quotes have it
_COMPLEMENT_RE = {
    "ask": re.compile(
        r"\s+(?:[\w'\u2019.-]+\s+){0,5}?(?:whether|if|why|how|what|which|who|when|where)\s"
        r"|\s+(?:[\w'\u2019.-]+\s+){1,4}?to\s+[a-z]"
    ),
    "urge": re.compile(r"\s+(?:[\w'\u2019.-]+\s+){1,5}?to\s+[a-z]"),
    "accuse": re.compile(r"\s+(?:[\w'\u2019.-]+\s+){1,5}?of\s+[a-z]"),
}
_ANONYMITY_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:not\s+to\s+be|to\s+remain|for\s+anonymity|that\s+(?:they|he|she)\s+not)\b"
)
#: a passive before the cue ("was asked whether"): its subject is not the one speaking
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got|gets)\s+(?:[a-z]+ly\s+)?$")


def _complement_cue(c: _CueAt) -> bool:
    """X asked whether ... / X urged Y to ... / X accused Y of ...: the complement is what
    the subject said."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    rx = _COMPLEMENT_RE.get(lemma)
    if rx is None or rx.match(post) is None or n_words(post) < MIN_CONTENT_WORDS + 1:
        return False
    if _ANONYMITY_RE.match(post):
        return False  # "asked not to be named": no statement
    if _PASSIVE_BEFORE_RE.search(text, a, cue.start()):
        return False
    mention, sp_start = speaker_before(text, a, cue.start(), subject=subject_cue(cue.group()))
    lead = text[a:sp_start].rstrip()
    if mention is None or not (
        not lead
        or lead.endswith(",")
        or DATELINE_RE.fullmatch(lead + " ")
        or _is_lead(lead)
        or re.search(r"[,;]\s+(?:and|but|yet|so)$", lead)
    ):
        return False
    k = cue.end() + len(post) - len(post.lstrip())
    kind = "mixed" if any(q in text[k:end_b] for q in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(k, end_b)], mention, cue.group(), lemma)


#: words of the noun phrase before ", who said" tried as its speaker
MAX_ANTECEDENT_WORDS = 6


def _phrase_before(text: str, a: int, b: int) -> Mention | None:
    """The longest name, description or organisation ending at ``b`` ("The plan was backed
    by Tom Hale" -> Tom Hale), at most MAX_ANTECEDENT_WORDS words."""
    starts = [m.start() for m in re.finditer(r"\S+", text[a:b])][-MAX_ANTECEDENT_WORDS:]
    for k in starts:
        mention = parse_speaker(text[a + k : b], a + k)
        if mention is not None and mention.kind in ("name", "descriptor", "organisation"):
            return mention
    return None


_RELATIVE_CUE_RE = re.compile(r",\s+(who)\s+$")


def _relative_cue(c: _CueAt) -> bool:
    """ "..., Tom Hale, who has argued for years that delegates cannot be bound": the
    relative clause's statement, spoken by the noun phrase before "who" (written "who")."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    pre, _ = strip_aux(text[a : cue.start()])
    rel = _RELATIVE_CUE_RE.search(pre + " ")
    if rel is None:
        return False
    mt = re.match(r"(?:\s+(?:[\w'\u2019.-]+\s+){0,4}?)?\s*that\s+", post)
    if mt is None and not (cls == "speech" and (_PRONOUN_CLAUSE_RE.match(post) or _has_verb(post))):
        return False
    k = cue.end() + (mt.end() if mt else len(post) - len(post.lstrip()))
    if n_words(text[k:end_b]) < MIN_CONTENT_WORDS:
        return False
    mention = _phrase_before(text, a, a + rel.start())
    if mention is None:
        return False
    w0 = a + rel.start(1)
    mention = replace(mention, text="who", start=w0, end=w0 + 3)
    kind = "mixed" if any(q in text[k:end_b] for q in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(k, end_b)], mention, cue.group(), lemma)


#: where a long subject's head noun phrase ends: an apposition, a dash, a relative clause
_SUBJECT_HEAD_END_RE = re.compile(
    r",|\s+(?:\u2014|\u2013|--)\s+|\s+\(|\s+(?:who|whose|which|that)[\s\u2019']"
)
#: ... or, when the phrase up to there is no speaker, a prepositional phrase ("A report
#: about the integration of immigrants issued over the summer by ...")
_SUBJECT_PP_RE = re.compile(r"\s+(?:about|across|from|in|at|for|on|with|by|over|under|including)\s")
#: words of a sentence before its cue that a long subject may have
MAX_LONG_SUBJECT_WORDS = 30


def _long_subject(text: str, a: int, b: int) -> Mention | None:
    """The subject of a sentence whose noun phrase runs long before the cue at ``b``
    ("Khan and Ali Reza, the parents whose appearance ..., say", "Byrne — who was posted at
    the door for three years — states that", "Editorial pages across the country warned
    that"): the head noun phrase opening the sentence, when what follows it up to the cue
    is an apposition, a relative clause or a prepositional phrase, never a verb of its own."""
    pre = text[a:b]
    if n_words(pre) > MAX_LONG_SUBJECT_WORDS or any(q in pre for q in QUOTE_CHARS):
        return None
    lead = LEAD_RE.match(pre)
    k = lead.end() if lead else 0
    edge = _SUBJECT_HEAD_END_RE.search(pre, k)
    stop = edge.start() if edge is not None else len(pre)
    mention = _head_phrase(text, a + k, a + stop)
    if mention is None:
        pp = _SUBJECT_PP_RE.search(pre, k, stop)
        if pp is None or edge is not None:
            return None
        mention = _head_phrase(text, a + k, a + pp.start())
    if mention is None or mention.kind == "pronoun":
        return None
    rest = text[mention.end if mention.end is not None else b : b]
    if edge is None and _has_verb(rest.split(" by ")[0]):
        return None  # "The council approved the budget ...": a verb of its own
    return mention


def _verb_form(form: str, lemma: str) -> bool:
    """A cue form that is a verb for certain: a past tense ("noted", "said", "told"), or
    "says"; not "states", "charges" or a bare "suggest", which may be nouns or a plural's."""
    return form != lemma and (form.endswith("ed") or form in ("said", "says", "told", "wrote"))


#: openers that are no subject ("In interviews, ...", "Already ...", "Defending the plan ...")
_NOT_SUBJECT_RE = re.compile(
    r"\s*(?:(?:In|On|At|From|For|By|With|After|Before|During|Since|Under|Over|Through|Among|Already|Also|Even)\b"
    r"|[A-Z][a-z]+(?:ly|ing)\b)"
)


def _head_phrase(text: str, a: int, b: int) -> Mention | None:
    seg = text[a:b]
    if not seg.strip() or n_words(seg) > 8 or FINITE_RE.search(seg) or _NOT_SUBJECT_RE.match(seg):
        return None
    mention = parse_speaker(seg, a, lenient=True)
    if mention is None and re.match(r"\s*(?:An?|The)\s", seg):
        return None
    if mention is None:
        mention = _bare_plural_subject(seg, a)
    return mention


#: a speech participle after a statement and its attribution: '"...," Jacobs said, adding that ...'
_TRAILING_PARTICIPLE_RE = re.compile(
    r",\s+(adding|saying|noting|arguing|insisting|warning|explaining)\s+(?:that\s+)?(?=[A-Za-z])"
)


def trailing_statement(doc: Doc, a: int, b: int) -> bool:
    """In a sentence ``text[a:b]`` that holds a statement already (a quotation and its
    attribution), the participle after it reports the same speaker's next statement:
    '"They have a plan," he said, adding the city must act too.'"""
    text = doc.text
    end_b = b - 1 if text[a:b].endswith((".", "!", "?")) else b
    for mp in _TRAILING_PARTICIPLE_RE.finditer(text, a, end_b):
        if doc.covered(mp.start(), end_b) or not _has_verb(text[mp.end() : end_b]):
            continue
        before = [
            r for r in doc.rows if a <= r["char_end"] <= mp.start() + 2 and r["char_start"] < mp.start()
        ]
        if not before:
            continue
        mention = max(before, key=lambda r: r["char_end"])["mention"]
        if mention.kind == "continuation":
            continue
        kind = "mixed" if any(q in text[mp.end() : end_b] for q in QUOTE_CHARS) else "indirect"
        lemma = reporting_verb_forms().get(mp.group(1)[:-3], (None,))[0] or mp.group(1)[:-3] + "e"
        return doc.add(kind, [(mp.end(), end_b)], mention, mp.group(1), lemma)
    return False
