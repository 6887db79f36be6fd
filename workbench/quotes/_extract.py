"""Statements of one article: quoted passages and the sentences that carry an attribution
(:mod:`workbench.quotes` describes the rules); ``extract_quotes(text)`` works on any text."""

from __future__ import annotations

import inspect
import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from itertools import chain
from operator import itemgetter

import numpy as np
import pandas as pd
import pyarrow as pa

try:  # pandas >= 3: a frame straight from its column arrays, without the constructor's checks
    from pandas.api.internals import create_dataframe_from_blocks
except ImportError:  # pragma: no cover - older pandas: the plain constructor
    create_dataframe_from_blocks = None

from ..text import sentence_spans
from ._body_evidence import typed_by_text
from ._clause_subjects import clause_subjects
from ._continuations import (
    MAX_CONTINUATION_GAP,
    attribute_continuations,
    unmarked_continuations,
)
from ._cues import (
    n_words,
    positions_of,
    reporting_verb_forms,
)
from ._dash_turns import dash_turns
from ._direct import direct_statements, embedded_statements
from ._doc import (
    Doc,
    default_paragraphs,
    is_headline,
    span_test,
    split_glued,
)
from ._indirect import sentence_statement, trailing_statement
from ._lead_participle import lead_participles
from ._memo import new_document
from ._mention_type import Mention
from ._name_marks import mask_name_marks, unmask_records
from ._names import colon_dateline
from ._narration import DATELINE_RE, narration_subject
from ._openers import drop_opening_adverbials
from ._passive_reports import passive_reports
from ._said_after_quote import said_after_quote
from ._sentence_rest import lead_statement, tail_statement
from ._speaker_it import kept_unresolved, unresolved_source
from ._speakers import UNNAMED_ASKER_KEY, resolve
from ._this_was_said import this_was_said
from ._title_statements import title_statement
from ._transcripts import transcript_statements
from ._triggers import may_report

__all__ = ["extract_quotes", "reporting_verb_forms", "QUOTE_COLUMNS", "EXTRA_COLUMNS"]


QUOTE_COLUMNS = [
    "doc_id",
    "quote_id",
    "para_id",
    "sent_id",
    "kind",
    "speaker",
    "source_id",
    "cue",
    "text",
    "char_start",
    "char_end",
]


EXTRA_COLUMNS = [
    "cue_lemma",
    "speaker_start",
    "speaker_end",
    "speaker_name",
    "role",
    "anonymous",
    "source_type",
    "source_key",
    "parts",
    "n_words",
]


#: The columns of one document's statements: the frame's own, then the extra ones after cue_lemma.
_FRAME_COLUMNS = ["kind", "speaker", "cue", "cue_lemma", "text", "char_start", "char_end", *EXTRA_COLUMNS[1:]]


def extract_quotes(
    text: str,
    *,
    doc_id: str = "",
    paragraphs: list[tuple[int, int]] | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> pd.DataFrame:
    """Attributed statements of one article text, one row per statement, in text order.

    Columns: ``kind`` (direct, unmarked, indirect, mixed), ``speaker`` (as written),
    ``cue``, ``cue_lemma``, ``text`` (content without marks or attribution),
    ``char_start``/``char_end`` (offsets into ``text``; an interrupted statement spans
    its attribution too, ``parts`` lists its pieces as ``"a-b;c-d"``),
    ``speaker_start``/``speaker_end``, and the resolved source: ``speaker_name``,
    ``role``, ``anonymous``, ``source_key``; ``n_words`` of the content; ``doc_id``
    (as given) first. Paragraph spans default to blank-line-separated blocks, sentence
    spans to :func:`workbench.segment.sentence_spans` within each paragraph."""
    return _frame(quote_records(text, paragraphs=paragraphs, sentences=sentences), doc_id)


def quote_records(
    text: str,
    *,
    paragraphs: list[tuple[int, int]] | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> list[dict]:
    """:func:`extract_quotes`' rows as dicts (no ``doc_id``), for the build: no frame per document."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    new_document()
    # ("Which? said ...": a name's final mark read as a letter, given back in the records)
    masked = mask_name_marks(text)
    if masked is not text:
        return unmask_records(quote_records(masked, paragraphs=paragraphs, sentences=sentences))
    if paragraphs is None:
        paragraphs = default_paragraphs(text)
    if sentences is None:
        sentences = [(ps + a, ps + b) for ps, pe in paragraphs for a, b in sentence_spans(text[ps:pe])]
    sentences = _after_clock_stamps(
        text, _after_colon_datelines(text, _after_datelines(text, split_glued(text, sentences)))
    )
    doc = Doc(text, list(paragraphs), list(sentences))
    spans = direct_statements(doc)
    transcript_statements(doc)  # "Anna Berg: We rebuild ...": a transcript's unquoted lines
    # 'On WKRP's "Morning Show," Lund said ...': a title's marks in the sentence's circumstance;
    # dropped before the sentences are read, the clause after the cue is read instead
    drop_opening_adverbials(doc)
    title_statement(doc)  # "Harbour Chief Says Fees Will Rise.": capitalised cues
    text = doc.text
    for a, b in doc.sentences:
        if not doc.covered(a, b):
            # (a sentence without any rule's words, most of them: no rule is tried)
            if may_report(text, a, b) and sentence_statement(doc, a, b):
                tail_statement(doc, a, b)
        else:
            lead_statement(doc, a, b)
            trailing_statement(doc, a, b)
            said_after_quote(doc, a, b)
    this_was_said(doc)  # "... . This was stated by X.": the sentence before, X's
    passive_reports(doc)  # "X was quoted as saying ...", "It was noted in the statement that ..."
    lead_participles(doc)  # "Noting that A, the minister said B": A the minister's too
    embedded_statements(doc, spans)
    unmarked_continuations(doc)
    dash_turns(doc)  # "— A. B, — the minister answered.": the whole turn
    # 'In an interview in May, Lund said ...': the sentence's circumstance
    drop_opening_adverbials(doc)
    doc.rows.sort(key=lambda r: r["char_start"])
    clause_subjects(doc)  # "..., who said A, said B": A's speaker is "who"
    headlines = [(a, b) for a, b in doc.paragraphs if is_headline(text[a:b])]
    in_headline = span_test(headlines)
    # the narration's sentences: outside every statement found (before the continuations are
    # attributed, which drops rows) and every headline (a headline's subject, "Former minister
    # attacks ...", is no one the text refers back to)
    subjects = _NarrationSubjects(
        text, [(a, b) for a, b in doc.sentences if not doc.covered(a, b) and not in_headline(a)]
    )
    # a passage with no attribution looks back at most MAX_CONTINUATION_GAP characters for the
    # narration's person: only the sentences there are read for it
    passages = [r["char_start"] for r in doc.rows if r["mention"].kind == "continuation"]
    doc.rows = attribute_continuations(
        text, doc.rows, subjects.starting(span_test([(k - MAX_CONTINUATION_GAP, k) for k in passages]))
    )
    doc.rows = [
        r for r in doc.rows if not in_headline(r["char_start"]) and not _phrase_as_speaker(r["mention"])
    ]
    # the people of all the narration are candidates for the statements' speakers; with no
    # statement left (a quarter of the dev pages) no more subjects are read and nothing resolved
    resolved = (
        resolve([(r["char_start"], r["mention"]) for r in doc.rows], text, subjects.starting(lambda k: True))
        if doc.rows
        else []
    )
    # "It said ..." with no organisation to speak for: no statement, unless a text speaks
    kept = [
        (r, src if src["key"] is not None else unresolved_source(r))
        for r, src in zip(doc.rows, resolved)
        if src["key"] is not None or kept_unresolved(r)
    ]
    doc.rows, resolved = [r for r, _ in kept], [src for _, src in kept]
    records = []
    prev_speaker = (pd.NA, pd.NA, pd.NA)
    for r, src in zip(doc.rows, resolved):
        m = r["mention"]
        if m.kind == "continuation":
            speaker, s0, s1 = prev_speaker
        else:
            speaker, s0, s1 = m.text, m.start, m.end
        if src["key"] != UNNAMED_ASKER_KEY:  # an unnamed asker is no one a continuation goes on
            prev_speaker = (speaker, s0, s1)
        records.append(
            {
                "kind": r["kind"],
                "speaker": speaker,
                "cue": r["cue"],
                "source_type": src.get("source_type", "person"),
                "cue_lemma": r["cue_lemma"],
                "text": r["text"],
                "char_start": r["char_start"],
                "char_end": r["char_end"],
                "speaker_start": s0,
                "speaker_end": s1,
                "speaker_name": src["name"],
                "role": src["role"] or pd.NA,
                "anonymous": bool(src["anonymous"]),
                "source_key": src["key"],
                "parts": ";".join(f"{a}-{b}" for a, b in r["parts"]),
                "n_words": n_words(r["text"]),
            }
        )
    if doc.handles:
        _handles_back(records, doc.handles)
    return typed_by_text(records, text) if records else records


def _handles_back(records: list[dict], handles: dict[str, str]) -> None:
    """The speakers' words as written: each handle read as a name ("Hjenxwalks") given back
    its own characters ("@jen_walks") in the speaker, its name, role and key."""
    pattern = re.compile("|".join(re.escape(w) for w in sorted(handles, key=len, reverse=True)))
    for r in records:
        for key in ("speaker", "speaker_name", "role", "source_key"):
            value = r[key]
            if isinstance(value, str) and pattern.search(value):
                r[key] = pattern.sub(lambda m: handles[m.group()], value)
        name = r["speaker_name"]
        if not isinstance(name, str):
            continue
        *nouns, last = name.split() or [""]
        if last in handles.values() and all(w.islower() for w in nouns):
            # ("the account @x wrote", "Reddit user u/x": the noun describes the handle, which
            # names who posted; a handle ending in "s" is no plural, "@harbour_cats")
            r["speaker_name"] = last
            if r["source_type"] in ("anonymous", "group"):
                r["source_type"], r["anonymous"] = "person", False


#: a speaker as written never opens with these: a prepositional phrase read as the speaker
#: ("with many rental firms added", "from small cafes elaborate": a cue word used otherwise)
_NO_SPEAKER_OPENING = re.compile(r"(?:with|from|for|into|of|to)\s", re.I)


def _phrase_as_speaker(m) -> bool:
    return m.kind != "continuation" and bool(m.text) and _NO_SPEAKER_OPENING.match(m.text) is not None


class _NarrationSubjects:
    """The subjects (:func:`narration_subject`) of one document's narration sentences, each
    read once and only when asked for: it is the costliest rule a sentence, and an article
    whose statements all drop out needs few or none."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self.text = text
        self.sentences = sentences
        self._read: dict[tuple[int, int], Mention | None] = {}

    def starting(self, test: Callable[[int], bool]) -> list[tuple[int, Mention]]:
        """``(start, subject)`` of the sentences with a subject whose start passes ``test``, in
        order; the same Mention each time a sentence is asked for (rows share it)."""
        out = []
        for a, b in self.sentences:
            if not test(a):
                continue
            if (a, b) not in self._read:
                self._read[(a, b)] = narration_subject(self.text, a, b)
            m = self._read[(a, b)]
            if m is not None:
                out.append((a, m))
        return out


def _after_datelines(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences that open with a wire dateline ("SALEM, Ore. (AP) - The mayor said ...")
    start after it: the rules read a sentence's subject and content from its first word, and
    a city in capitals there is taken for the speaker or blocks the clause's subject."""
    out: list[tuple[int, int]] = []
    # a dateline ends with a dash after a space: where none is (most sentences, and the
    # sentence before), neither match is tried
    # (each dash found by str.find, kept after whitespace as the pattern's look-behind reads
    # it: a search for the character set tested every character of the text against it)
    dashes = [k for k in positions_of(text, _DASHES) if k > 0 and text[k - 1].isspace()]
    if not dashes:
        return [(a, b) for a, b in sentences]  # (a third of articles: no sentence is read)
    n_dashes = len(dashes)
    for a, b in sentences:
        # a dash in the sentence (or the one before it), by bisection
        i = bisect_left(dashes, min(a, out[-1][0]) if out else a)
        if i == n_dashes or dashes[i] >= b:
            out.append((a, b))
            continue
        m = DATELINE_RE.match(text, a, b) if text[a : a + 1].isupper() else None
        if m is None and out and text[out[-1][0] : out[-1][0] + 1].isupper():
            # "SALEM, Ore." ended a sentence of its own at its full stop: the dateline runs on
            m = DATELINE_RE.match(text, out[-1][0], b)
        out.append((m.end(), b) if m is not None and a <= m.end() < b else (a, b))
    return out


#: a city in capitals and a colon opening a paragraph ("ISLAMABAD: ", "NEW DELHI: ")
_COLON_DATELINE_RE = re.compile(r"([A-Z]{3,}(?:[ .'-][A-Z]+)*):\s+(?=[A-Z\"\u201c])")


def _after_colon_datelines(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences that open a paragraph with a city's colon dateline, as Gulf and South Asian
    copy writes it ("ISLAMABAD: The minister said ..."), start after it; a transcript's label
    in capitals ("HALE: ") names no place and stays."""
    out = []
    for a, b in sentences:
        m = (
            _COLON_DATELINE_RE.match(text, a, b)
            if text[a : a + 3].isupper() and text[a - 1 : a] in ("", "\n")
            else None
        )
        if m is not None and m.end() < b and colon_dateline(m.group(1), text):
            a = m.end()
        out.append((a, b))
    return out


def _after_clock_stamps(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines that open with a live blog's time ("16:02 The fire service says ...", "3.14pm
    - Lund tells MPs ...", "UPDATE 16:50 - The council said ...") or a list's bullet or number
    ("• The council says ...", "1. The council says ...") start after it: the line's furniture is no part of the subject."""
    out = []
    for a, b in sentences:
        # (a line's first words: a blog's entry opens with its time, a list's item with its mark)
        m = (
            _LINE_FURNITURE_RE.match(text, a, b)
            if text[a : a + 1] in _FURNITURE_FIRST and text[a - 1 : a] in ("", "\n")
            else None
        )
        out.append((m.end(), b) if m is not None and m.end() > a else (a, b))
    return out


#: a clock time, its zone and what sets it off, before a capital ("11:02 Police ...")
_CLOCK = (
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}(?=\s*[-\u2013\u2014:|]))?"
    r"\s*(?:[-\u2013\u2014:|]\s*)?"
)
#: a list's bullet (not the dash, which other rules read as a transcript's or a list's turn)
_BULLETS = "\u2022\u25e6\u25aa\u25ab\u2023\u2219\u00b7\u25cf\u25cb\u25a0\u25a1\u25ba\u25b6\u27a4*"
#: a live blog's entry label before its time ("UPDATE 16:50 -", "Breaking 09:12:"): the words
#: live blogs stamp an entry with (a vocabulary)
_ENTRY_LABEL = r"(?:UPDATED?|Updated?|BREAKING|Breaking|LATEST|Latest)\s+"
#: the furniture opening a line: a bullet or a numbered list's number ("1. ", "2) "), then a
#: time with or without its label, before a capital
_LINE_FURNITURE_RE = re.compile(
    r"(?:["
    + _BULLETS
    + r"]\s*|\d{1,2}[.)]\s+)?(?:(?:"
    + _ENTRY_LABEL
    + r")?"
    + _CLOCK
    + r")?(?=[A-Z\"\u201c])"
)
#: the characters that may open a line's furniture
_FURNITURE_FIRST = frozenset("0123456789UBL" + _BULLETS)


#: a dash after whitespace: DATELINE_RE has one
_SPACED_DASH_RE = re.compile(r"[-\u2013\u2014](?<=\s.)")
_DASHES = "-\u2013\u2014"


#: Each frame column's dtype: strings (NA for missing), offsets, nullable speaker offsets.
_DTYPES = {
    **dict.fromkeys(
        (
            "kind",
            "speaker",
            "cue",
            "cue_lemma",
            "text",
            "speaker_name",
            "role",
            "source_type",
            "source_key",
            "parts",
        ),
        "string",
    ),
    **dict.fromkeys(("char_start", "char_end", "n_words"), "int64"),
    **dict.fromkeys(("speaker_start", "speaker_end"), "Int64"),
    "anonymous": "bool",
}


#: pandas' "string" dtype is stored by pyarrow here (the ArrowStringArray that pd.array makes)
_ARROW_STRINGS = pd.StringDtype().storage == "pyarrow" and pd.StringDtype().na_value is pd.NA


#: one string dtype for every column's array, where pandas takes one (>= 3): each array made
#: its own otherwise (~8 us, eleven columns a document)
_STRING_DTYPE = (
    {"dtype": pd.StringDtype("pyarrow", na_value=pd.NA)}
    if _ARROW_STRINGS and "dtype" in inspect.signature(pd.arrays.ArrowStringArray).parameters
    else {}
)


def _arrow_string_maker() -> Callable[[pa.Array], pd.api.extensions.ExtensionArray]:
    """``ArrowStringArray(values, dtype=...)`` for a large_string array, by pandas' own
    shortcut where it has one (``_from_pyarrow_array``: the array wrapped as it is, without
    the constructor's type checks and the ArrowDtype it makes and drops, ~60% of a string
    column's cost); the constructor otherwise."""
    if _ARROW_STRINGS:
        template = pd.array([], dtype=pd.StringDtype("pyarrow", na_value=pd.NA))
        shortcut = getattr(template, "_from_pyarrow_array", None)
        if shortcut is not None and isinstance(template, pd.arrays.ArrowStringArray):
            return shortcut
    return lambda values: pd.arrays.ArrowStringArray(values, **_STRING_DTYPE)


_arrow_strings = _arrow_string_maker()


#: the frame's column labels, made once (an Index of strings is an Arrow array in pandas 3)
_LABELS = ["doc_id", *_FRAME_COLUMNS]
_PLACES = [np.array([i]) for i in range(len(_LABELS))]


def _frame(records: list[dict], doc_id: str) -> pd.DataFrame:
    if not records:
        # a quarter of articles have no statement: the one empty frame, copied (no values to
        # share; building it cost as much as a short article's rules)
        return _empty_frame().copy(deep=False)
    return _built_frame(records, doc_id)


def _built_frame(records: list[dict], doc_id: str) -> pd.DataFrame:
    # one typed array per column, then one constructor: a frame built as objects and cast
    # column by column cost half the extraction's time on short articles
    # the rows' values column by column, transposed in C (itemgetter, zip) rather than a
    # list comprehension a column
    columns = map(list, zip(*map(_ROW_VALUES, records))) if records else ([] for _ in _FRAME_COLUMNS)
    values = {"doc_id": [doc_id] * len(records), **dict(zip(_FRAME_COLUMNS, columns))}
    data = _string_columns(values)
    for col in _LABELS:
        if col not in data:
            data[col] = _column(values[col], _DTYPES[col])
    data = {col: data[col] for col in _LABELS}
    if create_dataframe_from_blocks is None:
        return pd.DataFrame(data)
    # the arrays are typed already: one block per column, as they are (pd.DataFrame's
    # inference and checks cost ~1 ms a document, more than most documents' rules)
    blocks = [
        (v.reshape(1, -1) if isinstance(v, np.ndarray) else v, place)
        for v, place in zip(data.values(), _PLACES)
    ]
    return create_dataframe_from_blocks(blocks, index=pd.RangeIndex(len(records)), columns=_columns())


@lru_cache(maxsize=1)
def _empty_frame() -> pd.DataFrame:
    return _built_frame([], "")


@lru_cache(maxsize=1)
def _columns() -> pd.Index:
    return pd.Index(_LABELS)


#: the string columns, in frame order
_STRING_LABELS = [c for c in _LABELS if c == "doc_id" or _DTYPES[c] == "string"]
_LARGE_STRING = pa.large_string()
_STR_OR_NA = frozenset({str, type(pd.NA)})
_ROW_VALUES = itemgetter(*_FRAME_COLUMNS)


def _string_columns(values: dict[str, list]) -> dict:
    """The string columns as pyarrow strings, from ONE pyarrow array sliced per column (an
    array per column cost ~40 us each, more than a short document's rules); {} when the
    values are not all strings or NA (then each column is made by :func:`_column`)."""
    if not _ARROW_STRINGS:
        return {}
    flat = list(chain.from_iterable(values[col] for col in _STRING_LABELS))
    if not _STR_OR_NA.issuperset(map(type, flat)):
        return {}
    whole = pa.array(flat, type=_LARGE_STRING, from_pandas=True)  # (from_pandas: NA is null)
    out, k = {}, 0
    for col in _STRING_LABELS:
        n = len(values[col])
        out[col] = _arrow_strings(whole.slice(k, n))
        k += n
    return out


def _column(values: list, dtype: str):
    """``pd.array(values, dtype=dtype)`` built straight from its parts where that is cheaper
    (pyarrow strings, numpy numbers, a masked integer array): same values, same dtype."""
    if dtype in ("int64", "bool"):
        return np.array(values, dtype=dtype)
    if dtype == "Int64" and all(isinstance(v, int) or v is pd.NA for v in values):
        mask = np.array([v is pd.NA for v in values], dtype=bool)
        return pd.arrays.IntegerArray(np.array([0 if v is pd.NA else v for v in values], dtype="int64"), mask)
    if dtype == "string" and _ARROW_STRINGS and all(isinstance(v, str) or v is pd.NA for v in values):
        return _arrow_strings(pa.array([None if v is pd.NA else v for v in values], type=_LARGE_STRING))
    return pd.array(values, dtype=dtype)
