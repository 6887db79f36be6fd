"""Questions: "X asked (Y) whether ...", "when a voter asked if ...", "Y was asked by X
why ...", and with no asker named, "Asked whether ..., she said", "When asked why ...",
"Y was asked if ...". PolNeAR annotates each question as a statement from its wh-word on
(tests/data/quotes/GUIDELINES.md, "Questions"): the named asker's, or, with none named, an
unnamed asker's (PolNeAR leaves its source empty)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clauses import MIN_CONTENT_WORDS
from ._cue_speakers import speaker_before
from ._cues import cue_re, n_words
from ._mention_type import Mention
from ._mentions import parse_speaker
from ._span_ends import reported_end

if TYPE_CHECKING:
    from ._doc import Doc

#: "asked" and up to six words (its object, when, by whom) before the question's wh-word
_ASKED_RE = re.compile(
    r"\b(?P<cue>[Aa]sked|asks|ask)\b(?P<mid>(?:\s+(?!(?:whether|if|why|how|what|who|when|where|which|about)\b)"
    r"[\w.,'\u2019()-]+){0,6}?)\s+(?P<wh>(?:whether|if|why|how|what|who|when|where|about)\b)"
)
_PASSIVE_RE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|got|when|When|whenever|Whenever|if|If|after|After|once|Once|Asked)\s*$"
)
#: "The mayor was asked": a passive with its subject, where the question is all the sentence says
_PASSIVE_SUBJECT_RE = re.compile(r"\w\s+(?:was|were|been|is|are)\s+(?:[a-z]+ly\s+|also\s+)?$")
#: "about" before the question's wh-word
_ABOUT_WH_RE = re.compile(r"about\s+(?=(?:whether|if|why|how|what|who|when|where|which)\b)")
#: a quotation after the topic: the answer the question got, in the same sentence
_QUOTE_AFTER_RE = re.compile('["\u201c]')
#: "and"/"but" and a verb in the past after a topic: the asked one's next act
_NEXT_ACT_RE = re.compile(
    r"\s+(?:and|but)\s+(?:then\s+|later\s+)?(?:[a-z]{3,}ed|declined|refused|said|told|did|was|were)\b"
)
#: a topic that names nothing ("asked about it")
_PRONOUN_TOPIC_RE = re.compile(r"\s+(?:it|this|that|them|him|her|those|these)\b")
#: "said she had been asked about ...": the question inside someone's reported clause
_REPORTED_ASKED_RE = re.compile(
    r"\b(?:said|says|say|told\s+\S+)\s+(?:that\s+)?\S+\s+(?:(?:is|was|were|are|has|had|have|been|being)\s+)+$"
)
#: the kind of the mention of an asker the text does not name (resolved to no one)
UNNAMED_ASKER = "unnamed"
#: what stands before "asked" when the question opens the sentence ("But when asked ...")
_OPENING_RE = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?(?:(?:[Ww]hen(?:ever)?|[Aa]fter|[Ii]f|[Oo]nce)\s+)?")
_LEAD_SUBORDINATOR_RE = re.compile(r"\s*(?:When|After|As|Then|But|And)\s+")
_ADVERB_END_RE = re.compile(r"\s+(?:[a-z]+ly|later|earlier|also|then|once|again)\s+$")
_AGENT_RE = re.compile(r"\s+by\s+(.+?)(?:\s+(?:on|in|at|during|last|this|earlier|later)\b.*)?$")


#: a piece between commas that opens a noun phrase: a determiner, a possessive or a capital
#: ("the manager", "Ana Lopes", "its chief executive"), no finite verb in it
_NOUN_PIECE_RE = re.compile(
    r"\s*(?:the|a|an|his|her|its|their|our|my|[A-Z])(?![^,]*\b(?:is|are|was|were|has|had|have|will|would|"
    r"could|should|can|did|does|do)\b)[^,]*$"
)


def _answer_subject_comma(text: str, first: int, cue: int) -> int:
    """Where an opening question ends, from the comma at ``first`` up to the last before the
    answer's ``cue``: after the last piece between commas that goes on the question's clause
    ("Asked whether Trump, the nominee, was fit, Ban said": "was fit"), not before the answer's
    subject and its appositions ("Asked about his future, the manager, Ana Lopes, said")."""
    commas = [first]
    k = text.find(",", first + 1, cue)
    while k >= 0:
        commas.append(k)
        k = text.find(",", k + 1, cue)
    end = first
    for here, nxt in zip(commas, [*commas[1:], cue]):
        if _NOUN_PIECE_RE.match(text[here + 1 : nxt]) is None:
            end = nxt if nxt < cue else end
    return end


def question_statement(doc: Doc, a: int, b: int, end_b: int, *, answered: bool = True) -> bool:
    """Add the question asked in the sentence ``text[a:b]`` (``end_b``: before its full
    stop) when no statement covers it yet; True if added. ``answered``: the sentence holds
    a statement besides; without one an unnamed asker's question is left out ("Asked whether
    ..., Halvorsen laughs.": the sentence names who speaks next, which a statement in it
    would hide from the narration)."""
    text = doc.text
    if "sk" not in text[a:end_b]:  # "ask", "Asked"
        return False
    m = _ASKED_RE.search(text, a, end_b)
    if m is None or "," in m.group("mid") and "by " not in m.group("mid"):
        return False
    start = m.start("wh")
    about_wh = _ABOUT_WH_RE.match(text, start) if m.group("wh") == "about" else None
    if about_wh is not None:
        start = about_wh.end()  # "asked about how ...": the question from its wh-word on
    before = text[a : m.start("cue")]
    # "asked about" a topic with no answer in the sentence: mostly narration ("Fans asked about
    # refunds at the door"); a named asker's or a passive subject's question is kept below
    # ("Lund asked about the fees", "The mayor was asked about the fees": PolNeAR train holds 7)
    bare_topic = (
        m.group("wh") == "about"
        and about_wh is None
        and not answered
        and not _QUOTE_AFTER_RE.search(text, start, end_b)
    )
    if m.group("wh") == "about" and (
        _PRONOUN_TOPIC_RE.match(text, m.end("wh")) or _REPORTED_ASKED_RE.search(before)
    ):
        # "asked about it": no topic named; "said he was asked about ...": the speaker's report
        return False
    agent = _AGENT_RE.match(m.group("mid"))
    mention: Mention | None
    # ("Lund, asked about the fees, said": a participle set off after its subject, whom nobody
    # is named as asking; "Lund, an editor, asked the mayor if": the appositive's subject asks)
    participle = before.rstrip().endswith(",") and (not m.group("mid").strip() or agent is not None)
    if _PASSIVE_RE.search(before) or not before.strip() or participle:
        # "Hale was asked by host Jo Lee whether ...": the asker is the agent
        if agent is None:
            # "Asked whether ..., she said", "He was asked why ...": no asker named
            if not answered and not _PASSIVE_SUBJECT_RE.search(before):
                return False  # "X was asked whether ...": the question is the sentence's news
            mention = Mention(UNNAMED_ASKER, "")
        else:
            k = m.start("mid") + agent.start(1)
            mention = parse_speaker(agent.group(1), k, lenient=True)
    else:
        # "When a radio reporter later asked ...": the subordinator and the adverb are no part of the asker
        lead = _LEAD_SUBORDINATOR_RE.match(text, a, m.start("cue"))
        adverb = _ADVERB_END_RE.search(text, a, m.start("cue"))
        k, e = lead.end() if lead else a, adverb.start() if adverb else m.start("cue")
        mention, _ = speaker_before(text, k, e, subject=True)
        if mention is None and n_words(text[k:e]) <= 4:
            mention = parse_speaker(text[k:e], k, lenient=True)  # "a local reporter": any asker
    if mention is None:
        return False
    if bare_topic and not (
        mention.kind == "name" or mention.kind == UNNAMED_ASKER and _PASSIVE_SUBJECT_RE.search(before)
    ):
        return False
    # "When a voter asked if ..., she said ...": the subordinate question ends at its comma
    end = end_b
    # "Asked whether ..., she said": the question opens the sentence; "she said when asked
    # whether A, B" ends it
    if mention.kind == UNNAMED_ASKER:
        subordinate = _OPENING_RE.fullmatch(before) is not None
    else:
        # ("Asked by presenter Nick Harwood whether ..., she said": the agent's question opens
        # the sentence, as an unnamed asker's does)
        subordinate = (
            re.search(r"\b(?:[Ww]hen|[Aa]fter|[Ii]f)\b", before) is not None
            or agent is not None
            and _OPENING_RE.fullmatch(before) is not None
        )
    if (subordinate or m.group("wh") == "about") and "," in text[start:end_b]:
        # (a topic, "asked about the budget, and she ...", is a noun phrase: it ends at its comma)
        end = text.index(",", start, end_b)
        if mention.kind == UNNAMED_ASKER:
            # "Asked whether Trump, the nominee, was fit, Ban said ...": up to the last comma
            # before the answer's cue
            cue = cue_re().search(text, end, end_b)
            if cue is not None:
                end = _answer_subject_comma(text, end, cue.start())
    if m.group("wh") == "about" and about_wh is None:
        # "was asked about his future and refused to answer": the subject's next act ends the topic
        act = _NEXT_ACT_RE.search(text, start, end)
        end = act.start() if act is not None else end
    if n_words(text[start:end]) < MIN_CONTENT_WORDS:
        return False
    if mention.kind == UNNAMED_ASKER and not subordinate and before.strip() and "," not in text[start:end_b]:
        _answer_ends_before(doc, a, m.start("cue"))
    if doc.covered(start, end):
        return False
    return doc.add("indirect", [(start, end)], mention, m.group("cue"), "ask")


def _answer_ends_before(doc: Doc, a: int, cue: int) -> None:
    """The reported answers of the sentence from ``a`` that run over the question closing it
    end before it ("said she would not resign when asked whether ...": the answer, then the
    unnamed asker's question, two statements)."""
    n = len(doc.rows)
    while n > 0 and doc.rows[n - 1]["char_start"] >= a:
        n -= 1
    rows = doc.rows[n:]
    text = doc.text
    ends = [
        reported_end(text, r["parts"][-1][0], r["parts"][-1][1])
        if r["kind"] in ("indirect", "mixed") and r["parts"][-1][0] < cue < r["parts"][-1][1]
        else r["parts"][-1][1]
        for r in rows
    ]
    if all(e == r["parts"][-1][1] for e, r in zip(ends, rows)) or any(e > cue for e in ends):
        return
    doc.truncate(n)
    for e, r in zip(ends, rows):
        doc.add(r["kind"], [*r["parts"][:-1], (r["parts"][-1][0], e)], r["mention"], r["cue"], r["cue_lemma"])
