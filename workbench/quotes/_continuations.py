"""Statements with no attribution of their own: a quoted passage continuing the person
just named or the statement before it, first-person sentences continuing an unmarked
statement in copies without quotation marks."""

from __future__ import annotations

from bisect import bisect_left, insort

import pandas as pd

from ._cues import (
    FIRST_PERSON_RE,
    n_words,
    reporting_verb_forms,
)
from ._doc import (
    Doc,
)
from ._mentions import Mention
from ._name_forms import (
    fullest_name,
)
from ._names import norm, speaker_words
from ._speaker_intro import credited_speaker, introduced_speaker

#: ... and starts within this many characters after the previous statement ended
#: (about one short paragraph of narration between them).
MAX_CONTINUATION_GAP = 400


#: In a copy without quotation marks, a first-person sentence continues the last
#: unmarked statement when at most this many sentences lie between them.
MAX_UNMARKED_GAP_SENTENCES = 2


def unmarked_continuations(doc: Doc) -> None:
    """In a copy without quotation marks: first-person sentences next to a lost-mark
    quotation (:func:`_lost_mark_quote`) continue it (same speaker). PolNeAR train, copies
    with no marks: of 24 continuations of reported clauses ('he said the plan failed', 'he
    urged the council to drop the parking fee') none was annotated."""
    if doc.marked:
        return
    # (start, end, kind) of the statements, sorted, and the longest one's length: the
    # statements overlapping a sentence start within that length before it (a scan of all
    # of them for every sentence was quadratic)
    spans = sorted((r["char_start"], r["char_end"], r["kind"]) for r in doc.rows)
    longest = max((e - s for s, e, _ in spans), default=0)
    last_idx = None
    added: list = []
    for idx, (a, b) in enumerate(doc.sentences):
        window = spans[bisect_left(spans, (a - longest + 1,)) : bisect_left(spans, (b,))]
        owner = [(s, e) for s, e, kind in window if a < e and kind == "unmarked"]
        if owner or any(a < e for _, e, _ in window):
            # a lost-mark quotation: the speaker's own words in the first person ("we made
            # clear that ..."), or words a short attribution ends ('Nobody believed it,
            # Marenko said.'); a reported clause ('he urged the council to drop the parking
            # fee', 'he said the plan failed') is none
            last_idx = idx if any(_lost_mark_quote(doc.text, s, e, b) for s, e in owner) else None
            continue
        if (
            last_idx is not None
            and idx - last_idx - 1 <= MAX_UNMARKED_GAP_SENTENCES
            and FIRST_PERSON_RE.search(doc.text[a:b])
        ):
            row = {
                "kind": "unmarked",
                "parts": [(a, b)],
                "mention": Mention("continuation", ""),
                "cue": pd.NA,
                "cue_lemma": pd.NA,
                "char_start": a,
                "char_end": b,
                "text": doc.raw[a:b],
            }
            added.append(row)
            insort(spans, (a, b, "unmarked"))
            longest = max(longest, b - a)
            last_idx = idx
    doc.rows.extend(added)


#: A lost-mark quotation with no first person ends its sentence but for an attribution of at
#: most this many words ("the former United States official said").
MAX_LOST_MARK_TAIL_WORDS = 6


def _lost_mark_quote(text: str, s: int, e: int, sentence_end: int) -> bool:
    if FIRST_PERSON_RE.search(text, s, e):
        return True
    return 0 < n_words(text[e:sentence_end]) <= MAX_LOST_MARK_TAIL_WORDS


def _full_or_given(name: str) -> bool:
    """A person's name a passage may go on: a full name, or a given name alone that the
    lists know ("Jo was 31 when ...": features name people so), not another single word (a
    place's or a body's)."""
    words = name.split()
    return len(words) >= 2 or len(words) == 1 and norm(words[0]) in speaker_words()["given_names"]


def attribute_continuations(text: str, rows: list[dict], narration: list) -> list[dict]:
    """A quoted passage with no attribution of its own belongs to the person the narration
    has just named as a subject ("Ashby walked me up the tower. ... "My father kept ...""),
    else to the statement just before it; with neither within ``MAX_CONTINUATION_GAP``
    characters it has no speaker and is dropped."""
    out, prev_end = [], None
    # a belief reported without marks ("They think the ferry is safe.") is no speech: the
    # quotation after it is no more of its words
    beliefs = {lemma for lemma, cls in reporting_verb_forms().values() if cls == "belief"}
    prev_belief = False
    # narration in text order is searched backwards from each passage (a scan of all of it
    # for every passage was quadratic); out of order, every subject is tried
    positions = [p for p, _ in narration]
    ordered = all(p <= q for p, q in zip(positions, positions[1:]))
    for r in rows:
        intro = (
            introduced_speaker(text, r["char_start"]) or credited_speaker(text, r["char_end"])
            if r["mention"].kind == "continuation"
            else None
        )
        if intro is not None:  # 'He went on: "..."': the clause that hands the passage over
            r = {**r, "mention": intro}
        elif r["mention"].kind == "continuation":
            lo = r["char_start"] - MAX_CONTINUATION_GAP
            if prev_end is not None:
                lo = max(lo, prev_end)
            if ordered:
                near = narration[bisect_left(positions, lo) : bisect_left(positions, r["char_start"])]
            else:
                near = [(p, m) for p, m in narration if lo <= p < r["char_start"]]
            named = next(
                (
                    m
                    for _, m in reversed(near)
                    if m.kind == "name" and _full_or_given(fullest_name(text, m.name))
                ),
                None,
            )
            if named is not None:
                r = {**r, "mention": named}
            elif prev_end is None or r["char_start"] - prev_end > MAX_CONTINUATION_GAP or prev_belief:
                continue
        out.append(r)
        prev_end = r["char_end"]
        prev_belief = r["kind"] == "indirect" and r.get("cue_lemma") in beliefs
    return out
