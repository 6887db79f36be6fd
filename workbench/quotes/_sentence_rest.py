"""The words of a sentence outside the statement found in it, read for one more: before a
quotation's statement ('Byrne wrote the agents knew the risk, saying, "..."') and after a
reported one ("Most said A, against a fifth who argue B")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clauses import PRONOUN_CLAUSE_RE, has_verb
from ._cues import QUOTE_CHARS, n_words, participle_lemma, reporting_verb_forms
from ._indirect import sentence_statement
from ._triggers import may_report

if TYPE_CHECKING:
    from ._doc import Doc

__all__ = ["lead_statement", "tail_statement"]


def lead_statement(doc: Doc, a: int, b: int) -> None:
    """The words before the first statement of sentence ``[a, b)`` (a quotation's) report
    one of their own ('Byrne wrote the agents knew the risk, saying, "..."')."""
    lead = _uncovered_lead(doc, a, b)
    if lead is None or not may_report(doc.text, a, lead):
        return
    n = len(doc.rows)
    sentence_statement(doc, a, _before_handover(doc.text, a, lead))
    if all(_own_lead_statement(doc, r, lead) for r in doc.rows[n:]):
        return
    doc.truncate(n)
    # ('when Lund said the square felt like home, a man near the door shouted "..."': the
    # quotation's own speaker and cue are no part of the words before it that report)
    first = doc.first_added_within(lead, b, n)  # (the sentence's first statement, found first)
    speaker = first["mention"].start if first is not None else None
    if (
        speaker is not None
        and a < speaker < lead
        and n_words(doc.text[a:speaker]) >= MIN_LEAD_WORDS
        # (a clause of its own, after a comma: not a phrase that names the speaker, "in the
        # company's words")
        and doc.text[a:speaker].rstrip().endswith(",")
    ):
        sentence_statement(doc, a, speaker)
        own = (
            r["char_end"] <= speaker
            and r["mention"].start is not None
            and r["mention"].start < r["char_start"]
            for r in doc.rows[n:]
        )
        if not all(own):
            doc.truncate(n)


def tail_statement(doc: Doc, a: int, b: int) -> None:
    """The words of sentence ``[a, b)`` after its last statement, read as a sentence of their
    own: a statement found there whose speaker and clause both lie there is kept."""
    row = doc.latest_end_within(a, b, b)  # (the one that ends last, not the last added)
    if row is None:
        return
    e = row["char_end"]
    if n_words(doc.text[e:b]) < MIN_TAIL_WORDS or not may_report(doc.text, e, b):
        return
    n = len(doc.rows)
    sentence_statement(doc, e, b)
    if not all(_own_tail_statement(r, e) for r in doc.rows[n:]):
        doc.truncate(n)


#: The words before the first statement of a sentence are tried as a statement of their own
#: from this many on.
MIN_LEAD_WORDS = 5


#: words of a sentence left after its statement that are read for one more ("Most said A,
#: against a fifth who argue B")
MIN_TAIL_WORDS = 4


def _own_tail_statement(row: dict, e: int) -> bool:
    """A statement read in a sentence's tail after ``e`` stands on its own: its speaker and
    then its clause there, not the first statement's attribution read again ("A, the mayor
    told the paper", "..., according to X")."""
    m = row["mention"]
    return (
        m.start is not None
        and m.end is not None
        and e <= m.start
        and m.end <= row["char_start"]
        and not str(row["cue"]).lower().startswith("according")
        # a clause, or what stands for one ("say the same of X"), not whom it was told
        and (
            has_verb(row["text"])
            or _PRESENT_CLAUSE_RE.match(row["text"]) is not None
            or PRONOUN_CLAUSE_RE.match(" " + row["text"]) is not None
            or _SAME_RE.match(row["text"]) is not None
        )
    )


#: a noun phrase and a verb in the present ("the figures do not add up", "prices keep
#: rising", "the plan works"): a clause with no auxiliary or past form
_PRESENT_CLAUSE_RE = re.compile(
    r"(?:the|a|an|this|that|these|those|his|her|their|its|our|some|many|most|all)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:do|does)\s+not\b"
    r"|.*\b(?:cannot|can['\u2019]t|won['\u2019]t|don['\u2019]t|doesn['\u2019]t|isn['\u2019]t|aren['\u2019]t)\b"
    r"|(?:the|this|that|his|her|their|its|our)\s+(?:[a-z'\u2019-]+\s+){0,2}?[a-z]{3,}[^s\W]s\b(?!\s+(?:of|to|for|and|in)\b)"
)
#: "who say the same of X", "said the opposite": a statement that refers to one before it
_SAME_RE = re.compile(r"the\s+(?:same|opposite)\s+(?:of|about|for)\s")


def _uncovered_lead(doc: Doc, a: int, b: int) -> int | None:
    """Where the first statement inside sentence ``[a, b)`` starts (before its opening mark)
    when words before it are left uncovered (``MIN_LEAD_WORDS`` or more), else None; None
    too when a colon hands the quotation over (the words before it introduce it)."""
    lead = doc.first_start_within(a, b)
    if lead is None or doc.covered(a, a + 1):
        return None
    while lead > a and (doc.text[lead - 1].isspace() or doc.text[lead - 1] in QUOTE_CHARS):
        lead -= 1
    if doc.covered(a, lead) or n_words(doc.text[a:lead]) < MIN_LEAD_WORDS:
        return None
    # ('X said A, adding: "B"': the participle hands the quotation over, not the words before it)
    if doc.text[lead - 1] == ":" and not _COLON_HANDOVER_RE.search(doc.text, a, lead):
        return None
    return lead


#: a participle handing a quotation over with a colon, after a clause of its own
_COLON_HANDOVER_RE = re.compile(r",\s+(?:adding|saying|noting|explaining|writing)\s*:$")


#: a cue and a speech participle handing a quotation over, just before it (", Lund said, adding, ")
_HANDOVER_RE = re.compile(
    r"\s(?:said|says|told\s+\S+),\s+(?:adding|saying|noting|explaining)(?:[,:]|\s+that)?\s*$"
)


#: a participle of speech closing the words before a quotation, with up to three words of
#: its object (', alleging "...', ', accusing them of "...')
_PARTICIPLE_HANDOVER_RE = re.compile(r",\s+([a-z]{3,}ing)(?:\s+[\w'\u2019]+){0,3}?\s*$")


def _before_handover(text: str, a: int, lead: int) -> int:
    """Where the words before a quotation at ``lead`` end as a clause: before the comma of a
    speech participle that hands the quotation over ('said it would go to court, alleging
    "..."': the participle no part of the clause), else ``lead``."""
    m = _PARTICIPLE_HANDOVER_RE.search(text, a, lead)
    if m is None or participle_lemma(m.group(1)) not in reporting_verb_forms():
        return lead
    return m.start()


def _own_lead_statement(doc: Doc, row: dict, lead: int) -> bool:
    """A statement found in the words before a sentence's first statement stands on its own
    when it ends within them and its content follows its speaker ('Byrne wrote the agents
    knew ..., saying, "..."'); content before the speaker there is an opening phrase ('In a
    statement, the official said, "..."')."""
    start = row["mention"].start
    return (
        row["char_end"] <= lead
        and start is not None
        # ('A, Lund said, adding, "..."': a clause before its speaker, a participle hands the quotation over)
        and (row["char_start"] > start or _HANDOVER_RE.search(doc.text, row["char_end"], lead) is not None)
        # the quotation's own cue stands between ('..., saying, "'); with none the words
        # found are an adjunct of the cue handing the quotation over ('told reporters, "')
        and n_words(doc.text[row["char_end"] : lead]) > 0
        # (before a colon's handover, a clause: "claimed victory, saying:" reports no statement)
        and (doc.text[lead - 1] != ":" or has_verb(row["text"]))
    )
