"""A reported clause coordinated after a quotation in the same sentence: 'The mayor toured
the harbour, calling it "a disgrace," and said the city would pay', '"Not yet," Lund said
on the radio, but she said talks would go on'. The sentence holds a statement already, so
the rules for sentences without one never read the words after it; the second verb reports
the same subject (or the pronoun written before it)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clauses import MIN_CONTENT_WORDS, has_verb
from ._cue_precision import drop_unannotated
from ._cues import CLAUSE_OPENER_BAD, QUOTE_CHARS, n_words, reporting_verb_forms
from ._mentions import parse_speaker
from ._subjects import clause_subject

if TYPE_CHECKING:
    from ._doc import Doc

__all__ = ["said_after_quote"]

#: "..., and said", "but he said", "and then told": a coordinator, maybe a pronoun subject
#: and an adverb, then the verb (checked against the reporting verbs)
#: ("[,\s]\s*": ",\s*|\s+" written as one class first, so that the engine skips to commas and
#: whitespace, where the alternation was tried at every position)
_AND_CUE_RE = re.compile(
    r"[,\s]\s*(?:and|but)\s+(?:(he|she|they)\s+)?(?:(?:also|later|then|further|still)\s+)?"
    r"([a-z]+)\s+(that\s+)?(?=[A-Za-z])"
)
_RELATIVE_RE = re.compile(r"\b(?:who|whom|whose|which)\b")
#: a clause with its own subject between the attribution and the coordinated verb ('...,"
#: Rossi said as the doctor examined him and said'): an opener, then a first word that is
#: neither a pronoun that may be the speaker nor a participle ("after meeting")
_OWN_CLAUSE_RE = re.compile(
    r"\b(?:as|after|while|when|because|before|since|until|once|but|and)\s+"
    r"(?!(?:he|she|they|I|we|then|also|later|still)\b)(?=[A-Za-z])[\w'\u2019-]*(?<!ing)\b"
)
_WORD_RE = re.compile(r"\S+")
#: a participle that hands the next quotation over, closing the clause (", adding: \"...\"")
_HANDOVER_TAIL_RE = re.compile(r"[,;]?\s*(?:(?:adding|saying|noting|explaining)\b[\s,:]*(?:that\s*)?)?$")


def said_after_quote(doc: Doc, a: int, b: int) -> bool:
    """Add the statement of a speech verb coordinated after the statement that ends first
    in sentence ``text[a:b]`` (see the module); True if one is added."""
    text = doc.text
    end_b = b - 1 if text.endswith((".", "!", "?"), a, b) else b
    n = len(doc.rows)
    for m in _AND_CUE_RE.finditer(text, a, end_b):
        form = m.group(2)
        if form not in reporting_verb_forms() or doc.covered(m.start(), m.end()):
            continue
        lemma, cls = reporting_verb_forms()[form]
        # "and added that ...": a speech verb, another verb of speech only before "that";
        # "told" names whom first, and "said goodbye" is no clause
        if cls != "speech" or lemma == "tell" or (form != "said" and lemma != "say" and not m.group(3)):
            continue
        row = doc.last_ending_within(a, m.start())
        if row is None or row["mention"].kind == "continuation":
            continue
        # '"...," Lund told Reyes, who ... and said': the relative clause's person speaks
        if _RELATIVE_RE.search(text, row["char_end"], m.start()):
            continue
        # (a match of the next word alone: a copy of the rest of the text per cue is quadratic)
        word = _WORD_RE.match(text, m.end())
        if word is not None and word.group().lower() in CLAUSE_OPENER_BAD:
            continue
        # '"...," Rossi said as the doctor examined him and said': the verb is that subject's
        # (a person it names), never the quotation speaker's
        own = [
            c
            for c in _OWN_CLAUSE_RE.finditer(text, row["char_end"], m.start())
            if has_verb(text[c.end() : m.start()])
        ]
        subject = (
            clause_subject(text, own[-1].end() - len(own[-1].group().split()[-1]), m.start()) if own else None
        )
        if own and subject is None:
            continue
        # the clause runs to the next statement of the sentence or its end, without a
        # participle that hands that statement over
        stop = doc.first_start_within(m.end(), end_b) or end_b
        while stop > m.end() and text[stop - 1] in QUOTE_CHARS:
            stop -= 1
        tail = _HANDOVER_TAIL_RE.search(text, m.end(), stop)
        stop = tail.start() if tail is not None else stop
        clause = text[m.end() : stop]
        if n_words(clause) < MIN_CONTENT_WORDS or not has_verb(clause) or doc.covered(m.end(), stop):
            continue  # (too short, no clause, or read already: "..., but he added that ...")
        mention = parse_speaker(m.group(1), m.start(1)) if m.group(1) else subject or row["mention"]
        if mention is None:
            continue
        kind = "mixed" if any(q in clause for q in QUOTE_CHARS) else "indirect"
        doc.add(kind, [(m.end(), stop)], mention, form, lemma)
        break
    return drop_unannotated(doc, n)
