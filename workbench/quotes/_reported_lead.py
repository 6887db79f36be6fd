"""The reported clause before a quotation its head cue hands over: 'Lund adds that owners
have two choices: "Pay or sell."', 'Lund said the officials were calling "every ten
minutes."'. PolNeAR marks the clause and the quotation as one statement; the quotation
alone is too short to match it."""

from __future__ import annotations

import re

from ._attribution import find_cue
from ._clauses import has_verb
from ._cues import n_words, participle_lemma, reporting_verb_forms
from ._narration import verbish

__all__ = ["clause_lead", "reported_lead"]

#: the clause between the cue and the mark has at least this many words ...
MIN_LEAD_WORDS = 3
#: ... and at most this many
MAX_LEAD_WORDS = 40

#: 'adds that owners have two choices:' up to the mark: 'that', a clause, a colon or comma
_THAT_LEAD_RE = re.compile(r"\s+(?P<that>that\s)[^.;!?()\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014]*$")
#: between the speaker and an earlier cue: nothing, or an adverb or a day
_BEFORE_CUE_RE = re.compile(r"\s*(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?")
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\u2014\u2013\"\u201c\u201d]")


#: a clause with no "that" up to a colon right before the mark ('said the menu was seasonal: "')
_COLON_LEAD_RE = re.compile(r"\s+(?P<clause>[^.;!?(),:\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014]+):\s*$")
#: words that open an adjunct clause after a cue, not the clause it reports
_SUBORDINATORS = frozenset("as when while after before because since if though although until once".split())
#: words that open an adjunct of the cue ("in a speech", "on Tuesday"), no reported clause
_ADJUNCT_OPENERS = frozenset(
    "in on at during with from to of outside yesterday today tonight "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
#: whom "told" reports to, before its clause ("told reporters the plan ...", "told the BBC ...")
_ADDRESSEE_RE = re.compile(r"\s+(?:the\s+)?[\w.-]+(?=\s)")


def _colon_lead(cue, lead: str) -> int | None:
    """Where the clause a speech verb reports without "that" starts in ``lead`` (the words
    from the cue to the mark), when a colon ends it ('said the menu was seasonal: "..."',
    'told reporters the plan had failed: "..."'): a clause with a verb, not a phrase the
    quotation fills ("said this:", "said the same thing every year:"); else None."""
    if not lead.endswith((": ", ":")) or reporting_verb_forms().get(cue.group(), ("", ""))[1] != "speech":
        return None
    k = 0
    if reporting_verb_forms()[cue.group()][0] == "tell":
        told = _ADDRESSEE_RE.match(lead)
        k = told.end() if told is not None else 0
    m = _COLON_LEAD_RE.match(lead, k)
    if (
        m is None
        # ('said as the heckler yelled:', 'told Congress when asked about it:': an adjunct
        # of the cue, no clause it reports)
        or m.group("clause").split(None, 1)[0].lower() in _SUBORDINATORS
        # ('said in a speech the plan was bold:': where the adjunct ends and the clause
        # starts is unknown; the quotation alone, no attribution in the statement)
        or m.group("clause").split(None, 1)[0].lower() in _ADJUNCT_OPENERS
        or not has_verb(m.group("clause"))
        or not MIN_LEAD_WORDS <= n_words(m.group("clause")) <= MAX_LEAD_WORDS
    ):
        return None
    return m.start("clause")


#: an adjunct of the cue before its "that" ('said in a speech that', 'said on Tuesday that'):
#: a preposition or a time word, a few words with no clause break
_ADJUNCT_THAT_RE = re.compile(
    r"\s+(?:(?:in|on|at|during|after|before|to|with|from|over|by|of|outside|last|this|earlier|later)\s+"
    r"[^.;!?(),:\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014]*?"
    r"|(?:yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)"
    r"(?<=\s)(?=that\s)"
)
#: modals a relative "that" may open with that :func:`verbish` leaves out
_MODALS = frozenset("may might must should shall".split())
#: at most this many words of adjunct or addressee before "that"
MAX_ADJUNCT_WORDS = 6


def _past_adjunct(cue, lead: str) -> int:
    """Where "that" starts in ``lead`` when only the cue's addressee ('told reporters that')
    or an adjunct ('said in a speech that', 'told the BBC on Monday that') stands before it;
    else 0. The clause the cue reports starts after them, no attribution in it."""
    k = 0
    form = cue.group()
    # ("telling reporters that": the participle's lemma, which the verb list lacks)
    lemma = reporting_verb_forms().get(form, ("", ""))[0] or (
        participle_lemma(form) if form.endswith("ing") else ""
    )
    if lemma == "tell":
        told = _ADDRESSEE_RE.match(lead)
        k = told.end() if told is not None else 0
        if k and lead.startswith(" that ", k):
            return k + 1
    m = _ADJUNCT_THAT_RE.match(lead, k)
    if m is None or n_words(lead[: m.end()]) > MAX_ADJUNCT_WORDS or has_verb(lead[k : m.end()]):
        return 0
    return m.end()


def clause_lead(cue, lead: str) -> int | None:
    """Where the clause the cue reports starts in ``lead``, the words from the cue to the
    opening mark, when it holds the quotation's lead-in: at "that" ('adds that owners have
    two choices: "'); after it when the cue's addressee or an adjunct comes first ('said in
    a speech that the plan ...: "': the attribution's words and its "that" stay out); or a
    that-less clause before a colon (:func:`_colon_lead`); else None."""
    m = _THAT_LEAD_RE.match(lead)
    if m is not None and MIN_LEAD_WORDS <= n_words(lead) <= MAX_LEAD_WORDS:
        return m.start("that")
    k = _past_adjunct(cue, lead)
    if k:
        m = _THAT_LEAD_RE.match(" " + lead[k:])
        after = lead[k + 4 :].split(None, 1)
        if (
            m is None
            # ("told reporters that Germany "...": "that" and a one-word subject are a lead)
            or not MIN_LEAD_WORDS - 1 <= n_words(lead[k:]) <= MAX_LEAD_WORDS
            # ('responded with a phrase that could have come from ...:': a relative "that"
            # on the adjunct's noun, no clause the cue reports; the quotation alone)
            or not after
            or verbish(after[0])
            or after[0] in _MODALS
        ):
            return None
        return k + m.end("that") - 1
    return _colon_lead(cue, lead)


def reported_lead(doc, sp, head, sentence_start: int) -> int | None:
    """Where the statement opens before quotation ``sp`` whose head attribution ``head``
    (speaker mention, cue) governs a reported clause holding it, or None: after the cue,
    at 'that' ('adds that ...: "..."'); or after an earlier reporting verb of the same
    speaker whose clause the cue sits in ('said the officials were calling "..."')."""
    mention, cue = head[0], head[1]
    if cue is None or sp.open_mark is None or mention.end is None:
        return None
    text = doc.text
    lead = text[cue.end() : sp.open_mark]
    k = clause_lead(cue, lead)
    if k is not None:
        return cue.end() + k
    if lead.strip():
        return None
    # the cue hands over the quotation itself ('were calling "..."'): is it inside the
    # complement of an earlier reporting verb of the same subject?
    lo = max(sentence_start, mention.end)
    first = find_cue(text, lo, cue.start())
    if first is None or not _BEFORE_CUE_RE.fullmatch(text, mention.end, first.start()):
        return None
    clause = text[first.end() : cue.start()]
    if _CLAUSE_BREAK_RE.search(clause) or not MIN_LEAD_WORDS <= n_words(clause) + 1 <= MAX_LEAD_WORDS:
        return None
    k = first.end()
    while k < cue.start() and text[k].isspace():
        k += 1
    return k
