"""Statements outside quotation marks: ``sentence_statement`` finds the one attributed
statement of a sentence ("X said (that) ...", "according to X, ...", "..., X said.",
"A, X said, B", "X stated: ...", "In X's view, ...", a coordinated "and said", a
participle's "warning that ...") and adds it to the document's rows. The patterns live in
``_according`` (phrases), ``_speech_clause`` (one verb and its clause), ``_complements``
(complements and relative clauses) and ``_participles`` (second verbs and participles).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._according import according_to, as_source, in_view
from ._clause_shape import cue_before_main_verb
from ._clause_speakers import noun_cue
from ._clauses import MAX_CUE_REST_WORDS, MIN_CONTENT_WORDS, PRONOUN_CLAUSE_RE, CueAt, looks_like_clause
from ._complements import complement_cue, relative_cue, relative_statement
from ._contact_relative import contact_relative
from ._cue_precision import drop_unannotated
from ._cue_speakers import (
    speaker_before,
)
from ._cues import (
    QUOTE_CHARS,
    cues_in,
    n_words,
    reporting_verb_forms,
    strip_aux,
)
from ._findings import finding_statement
from ._inverted_aside import inverted_aside
from ._mentions import parse_speaker
from ._naming_quote import naming_with_quote
from ._nested_texts import text_inside_closing
from ._outer_source import outer_source, record_lead, record_tail, spoken_within
from ._participles import coordinated_statement, participle_statement, progressive_statement
from ._participles import trailing_statement as _trailing_statement
from ._passive_told import hearer_passive
from ._promises import directive_statement, promise_statement
from ._purpose_infinitive import purpose_span, purpose_statement
from ._questions import question_statement
from ._record_tails import reads_to_tail
from ._reported_to_have import reported_to_have
from ._second_statement import second_statement
from ._speaker_asides import is_channel_aside
from ._speech_clause import (
    _unlisted_speaker,
    colon_cue,
    cue_after_content,
    interrupting_cue,
    inverted_after_content,
    speech_clause,
    that_clause,
)
from ._speech_nouns import speech_noun_statement
from ._subject_relative import PAST_ONLY
from ._view_held import view_statement

if TYPE_CHECKING:
    from ._doc import Doc

__all__ = ["MAX_CUE_REST_WORDS", "MIN_CONTENT_WORDS", "sentence_statement", "trailing_statement"]


def sentence_statement(doc: Doc, a: int, b: int) -> bool:
    """Find the attributed statements of the sentence ``text[a:b]``; True if one is found.
    A sentence of two reporting clauses ("She said A, but he said B") is read as two.
    Statements of a cue PolNeAR does not annotate are dropped (``_cue_precision``)."""
    n = len(doc.rows)
    end_b = b - 1 if doc.text.endswith((".", "!", "?"), a, b) else b  # (no copy of the sentence)
    if outer_source(doc, a, b, end_b):
        return drop_unannotated(doc, n)
    lead = record_lead(doc.text, a, end_b)
    if lead is not None:
        # "According to the minutes, the chairman said A": the chairman's A, the record how
        # the writer knows it (as after the clause, below)
        _read_sentence(doc, lead, b, end_b, n)
        if len(doc.rows) > n or spoken_within(doc, lead, end_b):
            return drop_unannotated(doc, n)
    tail = record_tail(doc.text, a, end_b)
    if tail is not None:
        # "The firm said A, according to a statement.": the firm's A, the tail no content;
        # nor the source of a speech clause that attributes a quotation before it ('"...?"
        # X asked, according to a transcript.'); with neither (a speech clause inside a
        # relative clause), the record's statement
        _read_sentence(doc, a, tail, tail, n)
        if reads_to_tail(doc, n, tail) or len(doc.rows) == n and spoken_within(doc, a, tail):
            return drop_unannotated(doc, n)
        doc.truncate(n)
    _read_sentence(doc, a, b, end_b, n)
    if drop_unannotated(doc, n):
        return True
    if len(doc.rows) == n and finding_statement(doc, a, b, end_b, conclusion=True):
        # "The assessment concluded that ...": a cue PolNeAR seldom annotates, dropped as a
        # person's, is read as the text's finding
        return drop_unannotated(doc, n)
    return False


def _read_sentence(doc: Doc, a: int, b: int, end_b: int, n: int) -> None:
    """Add the statements of ``text[a:b]`` (``n``: the rows before it)."""
    split = second_speech_clause(doc.text, a, b)
    if split is not None:
        _clause_statement(doc, a, split[0])
        _clause_statement(doc, split[1], b)
    else:
        _clause_statement(doc, a, b)
    _relative_then_main(doc, n, end_b)
    second_statement(doc, n, end_b)
    question_statement(doc, a, b, end_b, answered=len(doc.rows) > n)
    promise_statement(doc, a, b, end_b, n)
    if len(doc.rows) == n:
        directive_statement(doc, a, b, end_b)
    if len(doc.rows) == n:
        finding_statement(doc, a, b, end_b)  # "The survey found that ...": no cue of the list
    if len(doc.rows) == n:
        view_statement(doc, a, b, end_b)  # "He was of the view that ...": a noun for the belief verb


#: a relative clause opening right after the speaker ("Podesta, who said ..."), or after a
#: prepositional phrase or an apposition of the speaker ("Staff at the museum, which said",
#: "Ann Boyd, the chair of the trust, which said"), up to its cue
_RELATIVE_AFTER_SPEAKER_RE = re.compile(
    r"(?:\s+(?:of|at|for|from|in|with|on)\s+[^,.;:\"\u201c\u201d]{1,60})?"
    r"(?:\s*,\s+[^,.;:\"\u201c\u201d]{2,80})?"
    r"\s*,\s+(?:who|which|though\s+(?:he|she|they)|although\s+(?:he|she|they))\s[^,]{0,60}$"
)
#: a relative pronoun after a quantity ("some of whom", "two of whom")
_OF_WHOM_RE = re.compile(r"(?:\w+\s+){1,2}of\s+whom", re.I)
#: the main clause's verb after a relative clause set off by commas ("Podesta, who said A,
#: said B", "..., who said A, spoke to the crowd"): a comma, a cue form or a verb in the
#: past, maybe "that"
_MAIN_VERB_RE = re.compile(
    r",\s+(?:(?:also|later|[a-z]{3,}ly)\s+)?([a-z]{3,}ed|said|says|told|wrote|will|would|has|had|is|was|did|"
    + "|".join(PAST_ONLY)
    + r")\b(?:(?:\s+that)?\s+(?=[A-Za-z0-9])|(?P<final>(?=[.!?]|$)))"
)

#: the rest of a participle's modifier, then a comma and a finite verb (", awarded by the
#: council, was ...")
_MODIFIER_THEN_VERB_RE = re.compile(
    r"(?:[^,;:.\"\u201c\u201d]|(?<=\d)[,.](?=\d)){1,60},\s+(?:was|were|is|are|has|had|have|will|would|could|"
    r"remains?|remained|needs?|needed)\b"
)


def _main_verb(text: str, k: int, end: int) -> re.Match | None:
    """The main clause's verb after a relative report from ``k``: not a participle's modifier
    set off by commas before the report's own verb ("who said the grant, awarded by the
    council, was vital": past that verb), nor the last word of a statement cut before
    ``end`` unless the sentence ends there ("..., who said A, resigned.")."""
    main = _MAIN_VERB_RE.search(text, k, end)
    while main is not None:
        if main.group("final") is not None:
            if text.startswith((".", "!", "?"), main.end()):
                return main
            main = _MAIN_VERB_RE.search(text, main.end(), end)
        elif main.group(1).endswith("ed") and (modifier := _MODIFIER_THEN_VERB_RE.match(text, main.end(1))):
            main = _MAIN_VERB_RE.search(text, modifier.end(), end)
        else:
            return main
    return None


def _relative_then_main(doc: Doc, n: int, end_b: int) -> None:
    """ "Podesta, who said A, said B": the statement found from the relative clause's cue
    ends before the main clause's verb; the main clause's statement (B) is the speaker's
    own (the relative one is given to "who" later, ``_clause_subjects``)."""
    if len(doc.rows) != n + 1:
        return
    row = doc.rows[n]
    m = row["mention"]
    (k, end), text = row["parts"][-1], doc.text
    if row["kind"] == "direct" or m.end is None or m.end > k or len(row["parts"]) > 1:
        return
    if not (_RELATIVE_AFTER_SPEAKER_RE.match(text, m.end, k) or _OF_WHOM_RE.fullmatch(m.text)):
        return  # (a speaker "some of whom" is a relative clause's: "Officials, some of whom said A, ...")
    main = _main_verb(text, k, end)
    if main is None:
        return
    doc.truncate(n)
    # "Ann Lee, who predicted the slump, said ...": an object too short to be a statement is
    # narration; the main clause's statement is still read below
    if n_words(text[k : main.start()]) >= MIN_CONTENT_WORDS:
        doc.add(row["kind"], [(k, main.start())], m, row["cue"], row["cue_lemma"])
    verb = main.group(1)
    if verb not in reporting_verb_forms():
        return
    lemma = reporting_verb_forms()[verb][0]
    start = main.end()
    whom = _ADDRESSEE_RE.match(text, start, end_b) if lemma == "tell" else None
    start = whom.end() if whom is not None else start  # "told the board it was ...": not whom
    # a clause: after "that", or after "said"/"told" ("recounted the incident": an object)
    that = main.group().rstrip().endswith("that")
    if n_words(text[start:end_b]) >= MIN_CONTENT_WORDS and (
        that or lemma in ("say", "tell") and looks_like_clause(" " + text[start:end_b])
    ):
        doc.add("indirect", [(start, end_b)], m, verb, lemma)


#: whom a statement is told, before its clause ("told the board it was ...")
_ADDRESSEE_RE = re.compile(
    r"(?:[\w'\u2019.-]+\s+){1,4}?(?=(?:he|she|they|it|we|I|the|a|an|there|this|his|her|their|its)\s)"
)


def trailing_statement(doc: Doc, a: int, b: int) -> bool:
    """:func:`._participles.trailing_statement`, without the cues PolNeAR does not annotate."""
    n = len(doc.rows)
    end_b = b - 1 if doc.text.endswith((".", "!", "?"), a, b) else b  # (no copy of the sentence)
    if outer_source(doc, a, b, end_b):
        return drop_unannotated(doc, n)
    _trailing_statement(doc, a, b)
    if len(doc.rows) == n:
        _contrast_clause(doc, a, b)
    # '"Too early," she said when asked if ...': the question beside a quotation
    question_statement(doc, a, b, end_b)
    return drop_unannotated(doc, n)


#: a clause of contrast after a quotation's attribution, with its own subject ('"...," said
#: Hale, although Lomax said ...', '..., while Jana Novak at Tern argued ...', '..., although
#: opposition parties said ...')
_CONTRAST_JOIN_RE = re.compile(r",\s+(?:while|whereas|although|though|but)\s+(?=[A-Za-z])")
#: words of a lower-case subject before its cue at most ("opposition parties", "most of the
#: other observers"): a longer run is a clause of the first speaker's
_MAX_LOWER_SUBJECT_WORDS = 4
_PRONOUN_SUBJECT_RE = re.compile(r"(?:he|she|they|it|we|i|you)\b")
_RELATIVE_WORD_RE = re.compile(r"\b(?:who|whom|which|that)\b")


def _contrast_clause(doc: Doc, a: int, b: int) -> None:
    """'"We were robbed," said Hale, although Lomax said the penalty was fair': the second
    speaker's statement, read as a clause of its own after the last such join that no
    statement covers."""
    text = doc.text
    joins = [m for m in _CONTRAST_JOIN_RE.finditer(text, a, b) if not doc.covered(m.end(), b)]
    cues = cues_in(text, joins[-1].end(), b) if joins else ()
    if (
        cues
        and doc.covered(a, joins[-1].start())
        and (
            text[joins[-1].end()].isupper()
            or n_words(text[joins[-1].end() : cues[0].start()]) <= _MAX_LOWER_SUBJECT_WORDS
            # (not a pronoun: "said Reince Vale, though he added ..." is Vale's, which the
            # pronoun's resolution does not know when no gender is known of Vale)
            and _PRONOUN_SUBJECT_RE.match(text, joins[-1].end()) is None
            # (nor a relative clause's: "while residents who said they smelled gas were ...")
            and _RELATIVE_WORD_RE.search(text, joins[-1].end(), cues[0].start()) is None
        )
        # ("but Lomax, who was said to be furious, left": a relative clause's cue, no statement)
        and not _RELATIVE_BEFORE_CUE_RE.search(text, joins[-1].end(), cues[0].start())
    ):
        _clause_statement(doc, joins[-1].end(), b)


_RELATIVE_BEFORE_CUE_RE = re.compile(r",\s+(?:who|which|whose)\b")


#: a clause joined to the one before it: a comma or semicolon and maybe a conjunction, or a
#: contrasting conjunction alone ("..., but she said ...", "...; 26 percent say ...")
_CLAUSE_JOIN_RE = re.compile(
    r"(?:[,;]\s+(?:(?:but|and|while|whereas|yet|though|although)\s+)?|\s+(?:but|while|whereas)\s+)"
    r"(?=\S)"
)
#: words of the subject of a second reporting clause
MAX_SECOND_SUBJECT_WORDS = 8


#: "the" and one lower-case noun, a second clause's whole subject ("but the opposition said")
_THE_NOUN_RE = re.compile(r"the\s+[a-z]{3,}\s+")


def second_speech_clause(text: str, a: int, b: int) -> tuple[int, int] | None:
    """``(end of the first clause, start of the second)`` when the sentence ``text[a:b]``
    joins two reporting clauses, each with its speaker and speech verb ("Most said they
    would vote, while others said they had not decided"), else None."""
    cues = cues_in(text, a, b)
    if len(cues) < 2:
        return None
    # (a quotation's sentence is read around its marks, unless every mark is in the second
    # clause: "Berg argued that A, while Hale said that the wiring was "a fire risk"")
    first_mark = min((k for k in (text.find(q, a, b) for q in QUOTE_CHARS) if k >= 0), default=b)
    first = cues[0]
    for cue in cues[1:]:
        if cue.start() > first_mark:
            break
        lemma, cls = reporting_verb_forms()[cue.group()]
        if (
            cls not in ("speech", "that")
            or cue.group() == lemma
            and cue.group() not in ("say", "tell")
            # "..., although she tweeted that ...": a cue that reports with "that" only
            or cls == "that"
            and not re.match(r"\s+that\s", text[cue.end() : b])
        ):
            continue
        joins = [m for m in _CLAUSE_JOIN_RE.finditer(text, first.end(), cue.start())]
        if not joins:
            continue
        join = joins[-1]
        if (
            n_words(text[join.end() : cue.start()]) > MAX_SECOND_SUBJECT_WORDS
            or is_channel_aside(text[join.start() : cue.start()])
            or n_words(text[first.end() : join.start()]) < MIN_CONTENT_WORDS
        ):
            continue
        mention, sp_start = speaker_before(text, join.end(), cue.start(), subject=True)
        if mention is None and _THE_NOUN_RE.fullmatch(text, join.end(), cue.start()):
            # ("..., but the opposition said ...": "the" and a noun no list knows, as after a
            # quotation's comma)
            mention = _unlisted_speaker(
                parse_speaker(text[join.end() : cue.start()].rstrip(), join.end(), lenient=True)
            )
            sp_start = join.end()
        post = text[cue.end() : b]
        if (
            mention is None
            or sp_start != join.end()
            or not re.match(r"\s+\w", post)  # "A, the official said, B": one statement around the cue
            or not (re.match(r"\s+that\s", post) or PRONOUN_CLAUSE_RE.match(post) or looks_like_clause(post))
        ):
            continue
        return join.start(), join.end()
    return None


#: cue forms that are far more often a plural noun: on PolNeAR train, 16 of the 17 reported
#: statements found with "states" as their cue were not annotated ("five states Tuesday",
#: "Rust Belt states that ..."); "reports", "claims", "notes" were right 9 of 13, 5 of 7, 6 of 6
_NOUN_CUES = frozenset({"states"})
#: ... a verb for certain before "that" or a colon ("The ruling states that ...")
_NOUN_CUE_VERB_RE = re.compile(r"\s*(?:that\s|:)")


#: a form of "be" (and an adverb) just before a cue: a passive, whose subject says nothing
_BE_FORMS = "is|are|was|were|be|been|being"
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:" + _BE_FORMS + r")\s+(?:\w+ly\s+)?$")
#: the words it ends with before its whitespace: searched only after one
_PASSIVE_ENDS = ("ly", *_BE_FORMS.split("|"))
#: passive cues whose subject is the addressee of a statement ("was asked whether", "was told
#: that") or its reported source ("is said to")
_PASSIVE_SPEECH = frozenset({"ask", "tell", "say"})


def _clause_statement(doc: Doc, a: int, b: int) -> bool:
    """Find one attributed statement in the clause ``text[a:b]``; True if found. The
    patterns are tried in order for each cue of the clause."""
    text = doc.text
    unmarked = "indirect" if doc.marked else "unmarked"
    end_b = b - 1 if text.endswith((".", "!", "?"), a, b) else b
    if (
        as_source(doc, a, b, end_b)
        or according_to(doc, a, b, end_b)
        or in_view(doc, a, b, end_b)
        or naming_with_quote(doc, a, b, end_b)
    ):
        return True
    cues: list[CueAt] = []
    purpose: tuple[int, int] | None = None
    all_cues = cues_in(text, a, b)
    for n_cue, cue in enumerate(all_cues):
        if n_cue == 0:
            purpose = purpose_span(text, a, end_b)  # (read once, for all the clause's cues)
        if n_cue + 1 < len(all_cues) and cue_before_main_verb(text, a, cue, all_cues[n_cue + 1 :]):
            continue  # "The report that she wrote said ...": the relative clause's verb
        if cue.group() in _NOUN_CUES and not _NOUN_CUE_VERB_RE.match(text, cue.end(), b):
            continue  # "The two states hold ballots ...": the noun, no cue
        if noun_cue(text, a, cue, text[cue.end() : b]):
            continue  # "reports like the stock list", "an add-on": a noun or part of a word
        if purpose is not None and purpose[0] <= cue.start() < purpose[1]:
            # "wrote to the board to say ...": the infinitive of purpose, in its cue's turn
            if purpose_statement(doc, a, b, end_b):
                return True
            continue
        lemma, cls = reporting_verb_forms()[cue.group()]
        if n_cue + 1 < len(all_cues) and text_inside_closing(
            text, a, cue, all_cues[-1], reporting_verb_forms()[all_cues[-1].group()][0], end_b
        ):
            continue  # "The findings suggest that A, the authors said.": the authors' statement
        c = CueAt(doc, text, a, b, end_b, cue, lemma, cls, text[cue.end() : b], unmarked)
        if hearer_passive(c):
            continue  # "The crew was told (by X) that ...": the subject heard it
        if (
            lemma not in _PASSIVE_SPEECH
            and not cue.group().endswith("ing")  # "are warning that ...": a progressive
            and text[max(a, cue.start() - 24) : cue.start()].rstrip().endswith(_PASSIVE_ENDS)
            and _PASSIVE_BEFORE_RE.search(text, max(a, cue.start() - 24), cue.start())
        ):
            continue  # "Hale was declared the winner", "The board is expected to ...": no speaker acts
        pre_stripped, perfect = strip_aux(text[a : cue.start()])
        if (
            reported_to_have(c)
            or that_clause(c)
            or cue_after_content(c, perfect)
            or inverted_aside(c, pre_stripped)
            or inverted_after_content(c, pre_stripped)
            or interrupting_cue(c)
            or colon_cue(c)
            or contact_relative(c)
            or speech_clause(c)
        ):
            return True
        cues.append(c)
    # a cue's complement or a relative clause only when no cue of the sentence attributes
    # it otherwise ("The governor asked me to ..., the former deputy recalled")
    if any(relative_cue(c) or complement_cue(c) for c in cues):
        return True
    return (
        coordinated_statement(doc, a, b, end_b)
        or participle_statement(doc, a, b, end_b)
        or progressive_statement(doc, a, b, end_b)
        or relative_statement(doc, a, b, end_b)
        or speech_noun_statement(doc, a, b, end_b)
        or purpose_statement(doc, a, b, end_b)
    )
