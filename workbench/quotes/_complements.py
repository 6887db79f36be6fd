"""Statements whose cue takes a complement ("asked whether ...", "urged Y to ...", "accused Y
of ...") or stands in a relative clause ("..., Tom Hale, who has argued that ...")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ._bare_clauses import bare_clause, bare_clause_cues
from ._clause_shape import plural_antecedent, present_clause
from ._clauses import (
    MIN_CONTENT_WORDS,
    PRONOUN_CLAUSE_RE,
    CueAt,
    is_lead,
    looks_like_clause,
)
from ._cue_speakers import (
    speaker_before,
)
from ._cues import (
    QUOTE_CHARS,
    cues_in,
    n_words,
    reporting_verb_forms,
    strip_aux,
    subject_cue,
)
from ._group_subjects import (
    quantity_subject,
)
from ._lead_shapes import CLEFT_OPENING
from ._mentions import Mention, parse_speaker
from ._narration import DATELINE_RE
from ._relative_place import a_body, head_of_phrase
from ._source_type import document_words
from ._subject_relative import PREDICATE_RE, main_verb_start, starts_predicate, who_clause_end

if TYPE_CHECKING:
    from ._doc import Doc

#: a question word right after the cue
_WH_RE = re.compile(r"\s+(?:how|why|what|whether)\s")
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
    # "explained how he built the business", "noted how glad she felt": the question word opens
    # it (PolNeAR train: 7 of the 8 found annotated)
    "explain": _WH_RE,
    "note": _WH_RE,
    "recall": _WH_RE,
}
#: "about" right before a question's wh-word ("asked about whether ...")
_ABOUT_WH_RE = re.compile(r"about\s+(?=(?:whether|if|why|how|what|which|who|when|where)\s)")
_ANONYMITY_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:not\s+to\s+be|to\s+remain|for\s+anonymity|that\s+(?:they|he|she)\s+not)\b"
)
#: a passive before the cue ("was asked whether"): its subject is not the one speaking
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got|gets)\s+(?:[a-z]+ly\s+)?$")


#: whom a question was put to, up to its wh-word ("asked the Speaker whether", as
#: tests/data/quotes/GUIDELINES.md reads a question: from the question word on); not a
#: request's infinitive ("asked the department to investigate whether") nor a topic ("asked
#: her about several women who said")
_ASKED_WHOM_RE = re.compile(
    r"(?:(?!(?:to|about|of)\b)[\w'\u2019.-]+\s+){1,5}?(?=(?:whether|if|why|how|what|which|who|when|where)\s)"
)


def complement_cue(c: CueAt) -> bool:
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
        or is_lead(lead)
        or re.search(r"[,;]\s+(?:and|but|yet|so)$", lead)
    ):
        return False
    k = cue.end() + len(post) - len(post.lstrip())
    about = _ABOUT_WH_RE.match(text, k) if lemma == "ask" else None
    k = about.end() if about is not None else k  # "asked about whether ...": the question from its wh-word
    whom = _ASKED_WHOM_RE.match(text, k, end_b) if lemma == "ask" and about is None else None
    k = whom.end() if whom is not None else k  # "asked the Speaker whether ...": not whom it was put to
    kind = "mixed" if any(q in text[k:end_b] for q in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(k, end_b)], mention, cue.group(), lemma)


#: words of the noun phrase before ", who said" tried as its speaker
MAX_ANTECEDENT_WORDS = 6


#: a preposition opening a phrase tried as an antecedent (with its space)
_PREPOSITION_WORDS = tuple(w + " " for w in "from to of by with for at in on about".split())


#: a lower-case past form opening a phrase: after a word that is no determiner, the verb of
#: the subject before it ("The mayor thanked firefighters, who ..."), not a modifier ("the
#: retired teachers")
_VERB_AFTER_SUBJECT_RE = re.compile(r"[a-z]+ed\s")
_DETERMINERS = frozenset(
    "the a an his her their its our my this that these those some many most several".split()
)


def _phrase_before(text: str, a: int, b: int, *, lenient: bool = False) -> Mention | None:
    """The longest name, description or organisation ending at ``b`` ("The plan was backed
    by Tom Hale" -> Tom Hale), at most MAX_ANTECEDENT_WORDS words (``lenient``: the shortest
    noun phrase, its noun in no list, "the crew", as ``parse_speaker`` reads one; the
    longest would run back over a preposition, "a lecture from the crew")."""
    words = list(re.finditer(r"\S+", text[a:b]))[-MAX_ANTECEDENT_WORDS - 1 :]
    before = {w.start(): words[i - 1].group() for i, w in enumerate(words) if i}
    starts = [w.start() for w in words][-MAX_ANTECEDENT_WORDS:]
    for k in reversed(starts) if lenient else starts:
        if text.startswith(_PREPOSITION_WORDS, a + k):
            continue  # ("to a friend of Ann Lee": the phrase after the preposition)
        if _VERB_AFTER_SUBJECT_RE.match(text, a + k) and before.get(k, "the").lower() not in _DETERMINERS:
            continue  # ("The mayor thanked firefighters": the object, not "thanked firefighters")
        mention = parse_speaker(text[a + k : b], a + k, lenient=lenient)
        if mention is not None and mention.kind in ("name", "descriptor", "organisation"):
            return mention
    return None


_RELATIVE_CUE_RE = re.compile(r"(?:,\s+|(?<=[a-z])\s+)(who)\s+$")
#: ", which" right before the cue: a non-restrictive relative, whose antecedent is the noun
#: phrase before the comma wherever it stands in the sentence ("referred itself to the
#: watchdog, which said ...", "fined by the regulator, which said ..."); with no comma the
#: clause is restrictive ("the report which said ..."), a thing's
_WHICH_CUE_RE = re.compile(r",\s+(which)\s+$")


def relative_cue(c: CueAt) -> bool:
    """ "..., Tom Hale, who has argued for years that trustees cannot be recalled": the
    relative clause's statement, spoken by the noun phrase before "who" (written "who")."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    pre, _ = strip_aux(text[a : cue.start()])
    # (the pattern's "who" is the last word before the cue: a search only then)
    last = pre.rsplit(None, 1)[-1:]
    rel = _RELATIVE_CUE_RE.search(pre + " ") if last == ["who"] else None
    if rel is None and last == ["which"] and (rel := _WHICH_CUE_RE.search(pre + " ")) is not None:
        return _which_cue(c, pre, rel)
    if rel is None:
        return False
    mt = re.match(r"(?:\s+(?:[\w'\u2019.-]+\s+){0,4}?)?\s*that\s+", post)
    if (
        mt is None
        and not (
            cls == "speech"
            and (
                PRONOUN_CLAUSE_RE.match(post)
                or looks_like_clause(post)
                # "who say the law targets ...", not "who will say whatever helps ..."
                or present_clause(post)
                and text[a : cue.start()].rstrip().endswith("who")
            )
            or lemma in bare_clause_cues()  # "Dana Whitlock, who announced she is ending ..."
            and bare_clause(post)
        )
    ):
        return False
    k = cue.end() + (mt.end() if mt else len(post) - len(post.lstrip()))
    if n_words(text[k:end_b]) < MIN_CONTENT_WORDS:
        return False
    # ("a friend of the singer, who said": the head of the "X of Y" phrase, never a place in it)
    head = head_of_phrase(text, a, a + rel.start()) if pre[rel.start() : rel.start() + 1] == "," else None
    mention = head or _phrase_before(text, a, a + rel.start())
    if mention is None and head is None and pre[rel.start() : rel.start() + 1] == ",":
        # "heard from the crew, who said": "who" after a comma names people, so a noun
        # phrase before it is one even when its noun is in no list
        mention = _phrase_before(text, a, a + rel.start(), lenient=True)
    if mention is None and lemma == "say" and cue.group() == "say":
        # "cyclists who say the lane slows ...": a group the lexicon does not name, in the
        # present tense (PolNeAR's source is "who")
        mention = plural_antecedent(text, a, a + rel.start())
    if mention is None:
        return False
    w0 = a + rel.start(1)
    mention = replace(mention, text="who", start=w0, end=w0 + 3)
    end = end_b
    if _SUBJECT_HEAD_RE.fullmatch(pre, 0, rel.start() + 1):
        # "The share of voters who say the economy is improving| has risen": a relative
        # clause of the sentence's subject ends at the main clause's verb
        end = who_clause_end(text, k, end_b) or end_b
    kind = "mixed" if any(q in text[k:end] for q in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(k, end)], mention, cue.group(), lemma)


def _which_cue(c: CueAt, pre: str, rel: re.Match) -> bool:
    """ "The case was passed to the prosecution service, which said there was ...": the
    relative clause's statement, spoken by the body before ", which" (written "which"). Only
    a body speaks so: "which" after a thing ("the plan, which says") or a person is left to
    the paths that read the sentence's subject (``_clause_subjects``)."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    if cls != "speech" or _SUBJECT_HEAD_RE.fullmatch(pre, 0, rel.start() + 1):
        return False  # (the sentence's subject and its aside: read as the main clause's)
    mt = re.match(r"(?:\s+(?:[\w'\u2019.-]+\s+){0,4}?)?\s*that\s+", post)
    # (no bare present tense: "which adds ten ports for ...", a plural read as a verb)
    if mt is None and not (PRONOUN_CLAUSE_RE.match(post) or looks_like_clause(post)):
        return False
    k = cue.end() + (mt.end() if mt else len(post) - len(post.lstrip()))
    if n_words(text[k:end_b]) < MIN_CONTENT_WORDS:
        return False
    mention = _phrase_before(text, a, a + rel.start())
    if (
        mention is None
        # ("a statement from the company, which": a text, whose author is read later)
        or mention.document
        or (mention.head or "") in document_words()
        or not (mention.kind == "organisation" or mention.kind == "name" and a_body(mention))
    ):
        return False
    w0 = a + rel.start(1)
    mention = replace(mention, text="which", start=w0, end=w0 + 5)
    kind = "mixed" if any(q in text[k:end_b] for q in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(k, end_b)], mention, cue.group(), lemma)


#: a relative clause before the cue: its pronoun and the subject that reports it ("a bridge,
#: which he said the county would pay for", "rules that state judges said discriminated")
_RELATIVE_SUBJECT_RE = re.compile(
    r"(?:^|[\s,])(which|that|where|what|whom|who)\s+((?:[\w'\u2019.%-]+\s+){0,5}?[\w'\u2019.%-]+)\s*$"
)
_RELATIVE_WORDS = ("which", "that", "where", "what", "who", "whom")
#: after a cue in a "where" clause: "told reporters that", "said that", "said"
_WHERE_CONTENT_RE = re.compile(r"(?:[\w'\u2019.-]+\s+){1,3}?that\s+")
_THAT_RE = re.compile(r"(?:that\s+)?")
#: a cleft sentence's opening before its "that" ("It was in May that", "It is only now that"),
#: no comma between
_CLEFT_RE = re.compile(CLEFT_OPENING + r"\s")
#: a sentence's subject before its relative pronoun: a determiner or a capitalised word and
#: at most four more, no comma ("The rules ", "A plan ", "Most of the new homes "); not a
#: preposition's phrase ("On the day that Samsung announced ...": no subject), nor a
#: question's auxiliary ("Was the man who police said ... ever charged?")
_SUBJECT_HEAD_RE = re.compile(
    r"\s*(?!(?:On|In|At|After|Before|During|For|By|With|From|Since|Until|Over|Under|Of|To|When|While|As|"
    r"If|Because|Although|Though|Is|Are|Was|Were|Has|Have|Had|Did|Does|Do|Will|Would|Can|Could|Should)\b)[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,4}\s+"
)
#: where the relative clause's content ends
_RELATIVE_END_RE = re.compile(r"[,;:(]|\s(?:--|\u2013|\u2014)\s")


def relative_statement(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """A statement inside a relative clause, cued after its subject: the relative pronoun
    and the words after the cue ("which he said Mexico would pay for" -> "which Mexico would
    pay for", spoken by "he")."""
    text = doc.text
    # the sentence's cues that end by end_b: the same as a search up to it (the mark at
    # end_b is no word character), without a search of its own
    for cue in (c for c in cues_in(text, a, b) if c.end() <= end_b):
        lemma, cls = reporting_verb_forms()[cue.group()]
        if cls == "belief" or lemma in ("ask", "continue", "urge", "accuse"):
            continue  # "that he thought would ...": a belief is too often the narrator's reading
        pre, _ = strip_aux(text[a : cue.start()])
        where = re.search(r"(?:^|[\s,])where\s+(?:[\w'\u2019.%-]+\s+){0,5}?[\w'\u2019.%-]+\s*$", pre)
        if lemma == "tell" and where is None:
            continue  # "which he told ...": the pronoun is the thing told, no statement
        # (the pronoun is one of the last seven words, before a word: a search only then)
        near = pre.rsplit(None, 7)[-7:-1]
        m = _RELATIVE_SUBJECT_RE.search(pre) if any(w.endswith(_RELATIVE_WORDS) for w in near) else None
        if m is None:
            continue
        k0 = a + m.start(2)
        mention = parse_speaker(m.group(2), k0) or quantity_subject(m.group(2), k0)
        if mention is None or mention.kind == "pronoun" and mention.text.lower() in ("it", "this", "that"):
            continue
        if m.group(1).lower() == "what":
            continue  # "to what she said is a growing demand": the writer's noun phrase, no statement
        if m.group(1) == "that" and pre[: m.start(1)].rstrip().endswith(("Now", "now", "so", "So")):
            continue  # "Now that Trump has claimed ...": a subordinator, no relative pronoun
        post = text[cue.end() : end_b]
        k = cue.end() + len(post) - len(post.lstrip())
        if m.group(1).lower() == "whom" and not starts_predicate(text, k, end_b):
            continue  # "a rival whom Lund mentioned in May": the cue's own object, no statement
        if m.group(1).lower() == "where":
            # ", where Mayor Lund told reporters that ...": "where" is the place, no word of the
            # statement, which is the whole clause after the cue (after its listener and "that")
            lead = (
                _WHERE_CONTENT_RE.match(text, k, end_b) if lemma == "tell" else _THAT_RE.match(text, k, end_b)
            )
            if lead is None:
                continue
            k = lead.end()
        stop = _RELATIVE_END_RE.search(text, k, end_b)
        end = stop.start() if stop is not None else end_b
        if m.group(1).lower() != "where" and _SUBJECT_HEAD_RE.fullmatch(pre, 0, m.start(1)):
            # "The rules that officials say protect tenants were scrapped": a relative clause
            # of the sentence's subject ends where the main clause's "be" comes in
            main = main_verb_start(text, k, end)
            end = main if main is not None else end
        if n_words(text[k:end]) < MIN_CONTENT_WORDS - 1 or not (
            PREDICATE_RE.match(text, k, end) or looks_like_clause(" " + text[k:end])
        ):
            continue  # "what this week", "that in 1992": no clause after the cue
        kind = "mixed" if any(q in text[k:end] for q in QUOTE_CHARS) else "indirect"
        # the pronoun is a word of the statement only as its object ("which he said Mexico would
        # pay for"); as its subject ("which critics say will raise rents", "who fans said was
        # unhappy") the statement is the predicate alone
        place = m.group(1).lower() == "where"
        # "It was in May that Lund said ...": a cleft's "that" is no pronoun of the statement
        cleft = m.group(1) == "that" and _CLEFT_RE.match(pre) is not None
        gap = not place and (
            cleft or m.group(1).lower() == "who" or PREDICATE_RE.match(text, k, end) is not None
        )
        parts = [(k, end)] if gap or place else [(a + m.start(1), a + m.end(1)), (k, end)]
        # (the pronoun, left out, counts as the predicate's word, as it did when kept)
        if doc.add(
            kind, parts, mention, cue.group(), lemma, min_words=MIN_CONTENT_WORDS - 1 if gap else None
        ):
            return True
    return False
