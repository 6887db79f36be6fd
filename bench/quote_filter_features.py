"""Features of each statement ``workbench.quotes.quote_records`` returns, for a learned filter
over them (``bench/train_quote_filter.py``; tuning aid, nothing here is shipped).

Each record is described by what the record and its document show, never by gold: kind, cue
lemma and form (``_cue_precision.cue_form``), source type, speaker found / named / a pronoun,
the words before the cue (negated, conditional, future, infinitive, if/when, relative; a
question, a headline, a caption: the shapes of ``bench/polnear_fp.py``), marks, place in the
sentence, paragraph and article, and the neighbouring statements. The statement's length is
left out on purpose: the benchmark keeps statements of four words or more, our guidelines keep
a one-word quotation; a length feature would learn the former. No word of a publisher or an
article is a feature (cue lemmas only, with a minimum count).
"""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy as np
from polnear_fp import SHAPES as FP_SHAPES

from workbench.quotes._cue_precision import cue_form
from workbench.quotes._cues import QUOTE_CHARS, reporting_verb_forms
from workbench.quotes._doc import is_headline

KINDS = ("direct", "indirect", "mixed", "unmarked")
FORMS = ("say:base", "say:s", "say:past", "say:ing", "other:base", "other:s", "other:past", "other:ing")
SOURCE_TYPES = ("person", "organisation", "group", "document", "unidentified")
#: the words just before a cue that give its shape (checked in this order): polnear_fp's, one
#: name made a feature name
SHAPE_RES = tuple(("if_when" if name == "if/when clause" else name, rx) for name, rx in FP_SHAPES)
SHAPES = ("headline", "caption", "question", *(name for name, _ in SHAPE_RES))
CAPTION_RE = re.compile(r"\b(?:Photo|Getty Images|AP Photo|Reuters/|Image:|Credit:)")
PRONOUNS = frozenset("he she they it we i you who".split())
FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|we|we're|we've|our|us|my|me)\b")
#: the features every model has, then one per cue lemma the model lists (``lemmas``)
FEATURES = (
    *(f"kind:{k}" for k in KINDS),
    *(f"form:{f}" for f in FORMS),
    "cue:none",
    "cue:phrase",
    *(f"source:{s}" for s in SOURCE_TYPES),
    "anonymous",
    "speaker:none",
    "speaker:pronoun",
    "speaker:named",
    "speaker:role",
    "speaker:after",
    "speaker:outside_sentence",
    *(f"shape:{s}" for s in SHAPES),
    "cue:not_found",
    "cue:after_statement",
    "marks:inside",
    "marks:document",
    "parts:several",
    "first_person",
    "starts_sentence",
    "ends_sentence",
    "first_paragraph",
    "rel_position",
    "paragraph_first_sentence",
    "paragraph_one_sentence",
    "log_paragraph_index",
    "records_per_sentence",
    "cue:perfect",
    "prev:same_source",
    "prev:same_sentence",
    "next:same_sentence",
    "prev:adjacent",
    "prev:same_paragraph",
    "next:same_source",
    "speaker:relative",
    "speaker:lower",
    "statement:lower_start",
    "statement:that_start",
)
RELATIVE_SPEAKER_RE = re.compile(r"\b(?:who|those|whom|which|that|someone|anyone)\b", re.I)
PERFECT_RE = re.compile(r"\b(?:has|have|had|'s|'ve)\W+(?:\w+\W+){0,1}$", re.I)


#: the kinds whose product with every feature is a feature too (a cue or a shape weighs
#: differently for a quotation and for reported speech)
CROSSED_KINDS = ("direct", "indirect", "mixed")


def feature_names(lemmas: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The model's columns: :data:`FEATURES`, one per cue lemma, then each crossed with a kind."""
    plain = FEATURES + tuple(f"lemma:{x}" for x in lemmas)
    return plain + tuple(f"{k}*{name}" for k in CROSSED_KINDS for name in plain)


def crossed(x: np.ndarray) -> np.ndarray:
    """``x`` (plain features) with its products with each crossed kind's column."""
    cols = [FEATURES.index(f"kind:{k}") for k in CROSSED_KINDS]
    return np.hstack([x, *(x * x[:, [c]] for c in cols)])


def _find_at(spans: list[tuple[int, int]], starts: list[int], k: int) -> int:
    return max(0, bisect_right(starts, k) - 1) if spans else 0


def features(
    text: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    records: list[dict],
    lemmas: dict[str, int],
) -> np.ndarray:
    """One row of :data:`FEATURES` (then one column per lemma of ``lemmas``) per record."""
    n_base = len(FEATURES)
    col = {name: i for i, name in enumerate(FEATURES)}
    x = np.zeros((len(records), n_base + len(lemmas)))
    if not records:
        return x
    p_starts = [a for a, _ in paragraphs]
    s_starts = [a for a, _ in sentences]
    doc_marked = any(c in text for c in QUOTE_CHARS)
    n_len = max(1, len(text))
    per_sentence = len(records) / max(1, len(sentences))
    heads: dict[int, bool] = {}
    for i, r in enumerate(records):
        row = x[i]
        parts = [tuple(map(int, p.split("-"))) for p in r["parts"].split(";")] if r["parts"] else []
        a, b = (parts[0][0], parts[-1][1]) if parts else (int(r["char_start"]), int(r["char_end"]))
        kind = r["kind"]
        if kind in KINDS:
            row[col[f"kind:{kind}"]] = 1.0
        cue = r["cue"] if isinstance(r["cue"], str) else ""
        form = cue_form(cue) if cue else None
        if form is not None:
            row[col[f"form:{form}"]] = 1.0
        elif not cue:
            row[col["cue:none"]] = 1.0
        elif " " in cue:
            row[col["cue:phrase"]] = 1.0
        lemma = r["cue_lemma"] if isinstance(r["cue_lemma"], str) else ""
        if lemma in lemmas:
            row[n_base + lemmas[lemma]] = 1.0
        st = r["source_type"]
        if st in SOURCE_TYPES:
            row[col[f"source:{st}"]] = 1.0
        row[col["anonymous"]] = float(bool(r["anonymous"]))
        speaker = r["speaker"] if isinstance(r["speaker"], str) else ""
        s0 = r["speaker_start"]
        s0 = None if not isinstance(s0, (int, np.integer)) else int(s0)
        if not speaker:
            row[col["speaker:none"]] = 1.0
        elif speaker.lower() in PRONOUNS:
            row[col["speaker:pronoun"]] = 1.0
        row[col["speaker:named"]] = float(isinstance(r["speaker_name"], str) and bool(r["speaker_name"]))
        row[col["speaker:role"]] = float(isinstance(r["role"], str) and bool(r["role"]))
        k = _find_at(sentences, s_starts, a)
        sa, sb = sentences[k] if sentences else (0, len(text))
        j = _find_at(paragraphs, p_starts, a)
        pa, pb = paragraphs[j] if paragraphs else (0, len(text))
        if s0 is not None:
            row[col["speaker:after"]] = float(s0 >= b)
            row[col["speaker:outside_sentence"]] = float(s0 < sa or s0 >= max(sb, b))
        # the shape of the sentence and of the words before its cue
        if j not in heads:
            heads[j] = is_headline(text[pa:pb])
        sent = text[sa:sb].rstrip()
        shape = ""
        if heads[j]:
            shape = "headline"
        elif CAPTION_RE.search(text, pa, pb):
            shape = "caption"
        elif sent.endswith(("?", '?"', "?\u201d")):
            shape = "question"
        cue_at = None
        if cue:
            # the cue's occurrence nearest the speaker (or the statement) in the sentence
            lo, hi = sa, max(sb, b)
            anchor = s0 if s0 is not None else a
            at = text.find(cue, lo, hi)
            while at >= 0:
                if cue_at is None or abs(at - anchor) < abs(cue_at - anchor):
                    cue_at = at
                at = text.find(cue, at + 1, hi)
            if cue_at is None:
                row[col["cue:not_found"]] = 1.0
            else:
                row[col["cue:after_statement"]] = float(cue_at >= b)
        if not shape and cue_at is not None:
            before = text[max(sa, cue_at - 60) : cue_at]
            for name, rx in SHAPE_RES:
                if rx.search(before):
                    shape = name
                    break
        if shape:
            row[col[f"shape:{shape}"]] = 1.0
        inside = text[a:b]
        row[col["marks:inside"]] = float(
            text[a - 1 : a] in QUOTE_CHARS or any(c in inside for c in QUOTE_CHARS) if a > 0 else False
        )
        row[col["marks:document"]] = float(doc_marked)
        row[col["parts:several"]] = float(len(parts) > 1)
        row[col["first_person"]] = float(FIRST_PERSON_RE.search(text, a, b) is not None)
        row[col["starts_sentence"]] = float(a <= sa + 1)
        row[col["ends_sentence"]] = float(b >= sb - 2)
        row[col["first_paragraph"]] = float(j == 0)
        row[col["rel_position"]] = a / n_len
        row[col["paragraph_first_sentence"]] = float(sa <= pa + 1)
        row[col["paragraph_one_sentence"]] = float(sa <= pa + 1 and sb >= pb - 1)
        row[col["log_paragraph_index"]] = np.log1p(j)
        row[col["records_per_sentence"]] = per_sentence
        if cue_at is not None and PERFECT_RE.search(text, max(sa, cue_at - 25), cue_at):
            row[col["cue:perfect"]] = 1.0
        if speaker:
            row[col["speaker:relative"]] = float(RELATIVE_SPEAKER_RE.search(speaker) is not None)
            row[col["speaker:lower"]] = float(speaker[:1].islower() and speaker.lower() not in PRONOUNS)
        head = text[a : a + 5]
        row[col["statement:lower_start"]] = float(head[:1].islower())
        row[col["statement:that_start"]] = float(head.lower().startswith("that "))
        # the neighbouring statements: a second piece of one statement, or a duplicate
        if i > 0:
            q = records[i - 1]
            row[col["prev:same_source"]] = float(_same_source(q, r))
            row[col["prev:same_sentence"]] = float(int(q["char_start"]) >= sa)
            row[col["prev:adjacent"]] = float(a - int(q["char_end"]) <= 3)
            row[col["prev:same_paragraph"]] = float(int(q["char_start"]) >= pa)
        if i + 1 < len(records):
            q = records[i + 1]
            row[col["next:same_sentence"]] = float(int(q["char_start"]) < sb)
            row[col["next:same_source"]] = float(_same_source(q, r))
    return x


def _same_source(q: dict, r: dict) -> bool:
    return isinstance(r["source_key"], str) and q["source_key"] == r["source_key"]


#: promise verbs: our guidelines annotate "X vowed to ..." (tests/data/quotes/GUIDELINES.md)
PROMISE_LEMMAS = frozenset(("vow", "promise", "pledge"))


def protected(r: dict, level: str = "guidelines") -> bool:
    """Whether a filter may never drop ``r``. ``quotations``: a quotation with a named speaker
    and a cue (the guidelines' core case); ``guidelines`` (the default) also a belief ("X
    believes that ...") or a promise ("X vowed to ..."), which our guidelines annotate and
    PolNeAR mostly does not (a model would learn the benchmark's selection); ``none``."""
    if level == "none":
        return False
    cue = r["cue"] if isinstance(r["cue"], str) else ""
    if r["kind"] == "direct" and cue and isinstance(r["speaker_name"], str) and r["speaker_name"]:
        return True
    if level == "quotations":
        return False
    forms = reporting_verb_forms()
    lemma = r["cue_lemma"] if isinstance(r["cue_lemma"], str) else ""
    belief = any(forms.get(w, ("", ""))[1] == "belief" for w in (cue.lower(), lemma))
    return belief or lemma in PROMISE_LEMMAS
