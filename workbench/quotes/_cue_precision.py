"""Reporting cues whose statements without quotation marks PolNeAR does not annotate:
counted on PolNeAR train (``resources/reported_cue_counts.txt``), not listed by hand.

PolNeAR reads "X maintained ...", "X revealed that ...", "..., noting ..." as narration far
more often than as a statement: of the reported statements we find with such a cue, at
most one in ten is one of its annotations. Belief verbs are kept: our own guidelines
annotate "X believes that ..." (tests/data/quotes/GUIDELINES.md).

The form of the cue counts too (``resources/reported_cue_form_counts.txt``): "Critics argue
that ...", "officials insist ..." (the plain present of a verb other than say/tell: a view held
in general, no occasion of speech) are seldom annotated, "argued" and "says" mostly are.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import read_resource
from ._clauses import has_verb
from ._cues import reporting_verb_forms
from ._partial_speakers import is_person
from ._source_type import document_words
from ._span_ends import reported_end

if TYPE_CHECKING:
    from ._doc import Doc

#: a cue needs this many reported statements on train to be judged
MIN_PREDICTED = 5
#: ... and at most this share of them annotated by PolNeAR to be dropped
MAX_ANNOTATED_SHARE = 0.1


def cue_key(cue: str | None) -> str:
    """The lemma of a one-word cue ("revealed" -> "reveal"); a participle ("noting") or
    a phrase as written, lower-cased."""
    form = cue.lower() if isinstance(cue, str) else ""
    entry = reporting_verb_forms().get(form)
    return entry[0] if entry is not None else form


@lru_cache(maxsize=1)
def unannotated_cues() -> frozenset[str]:
    """Cue keys whose reported statements PolNeAR train rarely annotates."""
    rows = read_resource("reported_cue_counts.txt").get("", [])
    forms = reporting_verb_forms()
    out = set()
    for key, predicted, matched in (r[:3] for r in rows if len(r) >= 3):
        if forms.get(key, ("", ""))[1] == "belief":
            continue
        if int(predicted) >= MIN_PREDICTED and int(matched) <= MAX_ANNOTATED_SHARE * int(predicted):
            out.add(key)
    return frozenset(out)


def cue_form(cue: str | None) -> str | None:
    """The form class of a one-word cue: ``say:`` or ``other:`` (say/tell or another verb)
    then ``base`` ("argue"), ``s`` ("argues"), ``ing`` or ``past``; None for a phrase, a
    belief verb (kept, see the module) or no cue."""
    form = cue.lower() if isinstance(cue, str) else ""
    entry = reporting_verb_forms().get(form)
    if entry is None or entry[1] == "belief":
        return None
    lemma = entry[0]
    group = "say" if lemma in ("say", "tell") else "other"
    if form == lemma:
        return f"{group}:base"
    if form in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
        return f"{group}:s"  # says, argues, denies
    return f"{group}:ing" if form.endswith("ing") else f"{group}:past"


#: a form class needs this many reported statements on train to be judged (as a cue, above)
MIN_FORM_PREDICTED = 20


@lru_cache(maxsize=1)
def unannotated_forms() -> frozenset[str]:
    """Cue form classes (:func:`cue_form`) whose reported statements PolNeAR train rarely annotates."""
    rows = read_resource("reported_cue_form_counts.txt").get("", [])
    return frozenset(
        form
        for form, predicted, matched in (r[:3] for r in rows if len(r) >= 3)
        if int(predicted) >= MIN_FORM_PREDICTED and int(matched) <= MAX_ANNOTATED_SHARE * int(predicted)
    )


#: those whose work is to estimate ("Researchers estimate that ..."): their estimate is a
#: finding; PolNeAR train's 10 "estimate(d) that" clauses have organisations and people as
#: subjects, none of these (and 2 are annotated), so the finders' form is kept alone
_ESTIMATORS = frozenset("researcher scientist economist analyst epidemiologist statistician team".split())
#: who concludes as a finder does: a study's authors, auditors, investigators
_CONCLUDERS = _ESTIMATORS | frozenset("author auditor investigator inspector".split())
#: "estimate(s/d) that" or "conclude(s/d) that" right before the content
_ESTIMATE_THAT_RE = re.compile(r"\b(?:estimat|conclud)(?:e|es|ed)\s+that\s+$")


def _finders_estimate(text: str, m, row: dict) -> bool:
    """A finder's "estimate that" or "concluded that" ("Scientists estimate that ...", "The
    researchers concluded that ..."), which is their finding, as a text's is."""
    key = cue_key(row["cue"])
    return (
        key in ("estimate", "conclude")
        and m.kind == "descriptor"
        and (m.head or "").lower() in (_ESTIMATORS if key == "estimate" else _CONCLUDERS)
        and _ESTIMATE_THAT_RE.search(text, max(0, row["parts"][0][0] - 20), row["parts"][0][0]) is not None
    )


def _unannotated(row: dict, text: str) -> bool:
    """A reported statement (no quotation marks) whose cue or cue form PolNeAR rarely annotates,
    except a group's view in the plain present ("Critics argue that ...", "Economists predict
    ..."), or a text's ("The review concluded that ...", "The audit estimated that ..."):
    PolNeAR reads them as the writer's summary, an analyst as the group's or the text's claim
    (tests/data/quotes/GUIDELINES.md), so they stay."""
    if _informed_without_that(text, row):
        return True
    if row["kind"] != "indirect":
        return False
    m = row["mention"]
    if not _unannotated_cue(row["cue"]):
        return False
    if _disclosed_by_person(text, m, row) or _charge_made(text, row):
        return False
    if cue_key(row["cue"]) not in unannotated_cues() and (
        _eager_infinitive(text, row) or cue_key(row["cue"]) in _PAST_IS_BARE
    ):
        return False  # (judged by its verb alone: the form is an infinitive's, or a past's)
    if _finders_estimate(text, m, row):
        return False
    if (
        (
            m.kind in ("descriptor", "organisation")
            and (m.head or "").lower() in document_words()
            or m.document
        )
        # (not a participle: "The email was intercepted ..., claiming ...": whose claim is unclear)
        and not str(row["cue"]).endswith("ing")
    ):
        return False
    return not (
        cue_key(row["cue"]) not in unannotated_cues()
        and m.number == "pl"
        and m.kind in ("descriptor", "organisation", "pronoun")
        and _subject_then_cue(text, m, row)
    )


#: cues PolNeAR train annotates after a text or a poll seldom (reveal: 16 clauses found, none
#: annotated; indicate: 20, 2), which a person's "that" clause still is ("Governor Ann Roe
#: revealed that ...", regional and parliamentary copy; our guidelines: a statement)
_PERSON_DISCLOSURES = frozenset({"reveal", "indicate"})
#: the cue then "that", right before the content
_CUE_THAT_RE = re.compile(r"\b(?:revealed|reveals|indicated|indicates)\s+that\s+$")


def _informed_without_that(text: str, row: dict) -> bool:
    """An "informed" whose clause is not after "that" ("to make informed, timely decisions"):
    the adjective, no report ("informed the House that ..." is one)."""
    if row["kind"] == "direct" or cue_key(row["cue"]) != "inform" or not row["parts"]:
        return False
    k = row["parts"][0][0]
    return not text[max(0, k - 5) : k].endswith("that ")


#: an appositive between the name and the cue
_APPOSITIVE_RE = re.compile(r",\s[^,]{2,80},\s*")
#: a preposition right before the name (the name is a modifier's, not the subject)
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:from|of|by|with|to|for|at|in)\s+$")


def _disclosed_by_person(text: str, m, row: dict) -> bool:
    """A named person's "revealed that" or "indicated that" ("Governor Ann Roe revealed that
    ..."): kept, where a poll's or a filing's is dropped."""
    if cue_key(row["cue"]) not in _PERSON_DISCLOSURES or not row["parts"] or not is_person(m):
        return False
    k = row["parts"][0][0]
    cue = _CUE_THAT_RE.search(text, max(0, k - 20), k)
    if cue is None or m.start is None or m.end is None:
        return False
    # the name is the cue's subject: right before it or an appositive's comma ("Ann Roe, the
    # governor, revealed"), no preposition before it ("An email from Ann Roe reveals": the
    # email's), no text's noun in it ("the Best States report revealed")
    between = text[m.end : cue.start()]
    return (
        (not between.strip(" ,") or _APPOSITIVE_RE.fullmatch(between) is not None)
        and _PREPOSITION_BEFORE_RE.search(text, max(0, m.start - 8), m.start) is None
        and not any(w.lower() in document_words() for w in m.name.split())
    )


#: "allege(s/d)" (and "that") right before the content: a charge made
_ALLEGED_RE = re.compile(r"\ballege[sd]?\s+(?:that\s+)?$")


def _charge_made(text: str, row: dict) -> bool:
    """A charge laid with its clause ("Locals alleged that the embankment was substandard",
    "students have alleged they were misled"): a claim, which our guidelines count as a
    statement (PolNeAR train annotates none of the 7 such clauses found: its convention,
    not ours); not an "alleged" the content only stands near ("in an alleged road rage
    incident")."""
    if cue_key(row["cue"]) != "allege" or not row["parts"]:
        return False
    k = row["parts"][0][0]
    return _ALLEGED_RE.search(text, max(0, k - 14), k) is not None


def _subject_then_cue(text: str, m, row: dict) -> bool:
    """The group's phrase is the cue's subject, right before it ("Critics argue that"), not
    the object of a verb before an infinitive ("allows users to write", "use agents to
    predict") nor a modal's ("we can predict")."""
    if (
        m.end is None
        or m.start is None
        or not row["parts"]
        or "," in m.text
        or m.text.lower().startswith("one ")
    ):
        return False  # (a phrase across a comma, or "one wrong claim can ...": no group's)
    if _CONDITION_RE.match(m.text) or _CONDITION_BEFORE_RE.search(text, max(0, m.start - 12), m.start):
        return False  # "If doctors warn that ...": a condition, no claim made
    hit = _SUBJECT_CUE_RE.fullmatch(text, m.end, row["parts"][0][0])
    a, b = row["parts"][-1]
    # ("Experts suggest walking 8,000 steps", "Analysts suggest caution": advice, a noun or a
    # gerund, no clause)
    return (
        hit is not None
        and hit.group("cue") == row["cue"]
        and (
            hit.group("that") is not None
            or text.startswith("that ", a)
            or has_verb(text[a:b])
            or _PRONOUN_START_RE.match(text, a) is not None
        )
    )


#: what may stand between a group's phrase and its content: an adverb, the cue, "that"
_SUBJECT_CUE_RE = re.compile(
    # ("Critics, including the campaign group X, argue": who is among them, set off by commas)
    r"(?:,\s+(?:including|among\s+them|such\s+as)\s[^,;:]{2,80},)?"
    r",?\s+(?:[a-z]+ly\s+|also\s+|still\s+|now\s+)?(?P<cue>[a-z]+)(?P<that>\s+that)?\s*"
)
#: a clause that opens with a pronoun subject ("he's returning", "they will")
_PRONOUN_START_RE = re.compile(r"(?:he|she|it|they|we|I|you|there)\b", re.I)
#: a subordinator of condition or time before the group ("If doctors warn that ...")
_CONDITION_WORDS = (
    r"(?:[Ii]f|[Uu]nless|[Ww]hen|[Ww]henever|[Uu]ntil|[Oo]nce|[Ww]hether|[Bb]efore|[Aa]fter|[Ss]hould)"
)
_CONDITION_RE = re.compile(_CONDITION_WORDS + r"\s")
_CONDITION_BEFORE_RE = re.compile(r"\b" + _CONDITION_WORDS + r"\s+$")


#: an adjective of eagerness and "to" before the cue and its "that" ("were quick to note that",
#: "was keen to stress that", "was at pains to point out that"), or a pleasure's or
#: a wish's word (a notice's "is pleased to announce that", "wishes to inform the public
#: that"): the infinitive is the subject's own act of speech, no plain
#: present of a view held in general
_EAGER_TO_RE = re.compile(
    r"\b(?:quick|keen|careful|eager|anxious|at\s+pains|pleased|happy|delighted|glad|proud|wish(?:es|ed)?)"
    r"\s+to\s+[a-z]+(?:\s+out)?\s+(?:(?:the\s+)?[a-z]+\s+(?=that\s))?(?:that\s+)?$"
)


def _eager_infinitive(text: str, row: dict) -> bool:
    """The cue is an infinitive after "quick to", "keen to" (:data:`_EAGER_TO_RE`)."""
    k = row["parts"][0][0] if row["parts"] else 0
    return _EAGER_TO_RE.search(text, max(0, k - 40), k) is not None


#: verbs whose past is their bare form: "The bank forecast that ..." is the past, no plain
#: present of a view held in general, so the form says nothing and the verb alone is judged
_PAST_IS_BARE = frozenset({"forecast"})


@lru_cache(maxsize=1024)
def _unannotated_cue(cue: str | None) -> bool:
    """Whether ``cue``'s lemma or form class is one PolNeAR rarely annotates (the same few
    dozen cues are asked about in every article: each is judged once)."""
    return cue_key(cue) in unannotated_cues() or cue_form(cue) in unannotated_forms()


def drop_unannotated(doc: Doc, n: int) -> bool:
    """Drop (and end, see ``_span_ends``) the reported statements (no quotation marks) added since row ``n`` whose cue
    PolNeAR does not annotate; True if any statement added since ``n`` is left. In a copy
    without any quotation mark ("unmarked" rows) the clause may be the speaker's own words
    whose marks were lost ("Russian power, he concluded, is ..."): kept."""
    if len(doc.rows) == n:
        return False  # nothing added (most sentences)
    added = doc.rows[n:]
    kept = [r for r in added if not _unannotated(r, doc.text)]
    # the reported clause ends before the writer's comparison (``_span_ends``)
    ends = [
        reported_end(doc.text, r["parts"][-1][0], r["parts"][-1][1])
        if r["kind"] in ("indirect", "mixed")
        else 0
        for r in kept
    ]
    if len(kept) < len(added) or any(e and e < r["parts"][-1][1] for e, r in zip(ends, kept)):
        doc.truncate(n)
        for e, r in zip(ends, kept):
            parts = r["parts"][:-1] + [(r["parts"][-1][0], e or r["parts"][-1][1])]
            doc.add(r["kind"], parts, r["mention"], r["cue"], r["cue_lemma"])
    return bool(kept)
