"""Named entities: a rule-based recogniser with gazetteers, and entity co-occurrence with quotes.

    ents = wb.entities_table(corpus)                     # the contract's `entities` table
    ents = wb.extract_entities(text, doc_id="x")         # any article text
    net = wb.cooccurrence(corpus_quotes, ents)           # which sources speak about which entities

No model: capitalised sequences are found with a tokeniser and classified by rules, in order —
whole-name gazetteer match (countries, cities, US states, regions, organisations, treaties,
groups: ``resources/gazetteer_*.tsv``, built from GeoNames/ISO data packages), titles before a
name ("Foreign Minister Sergei Lavrov" -> PERSON "Sergei Lavrov", role "Foreign Minister"),
head words ("... Council" ORG, "... Treaty" LAW, "... War" EVENT, "... Sea" LOC), acronyms (ORG
unless defined in the text as something else), and two-to-four-word names (PERSON). A lone
capitalised word is kept only with evidence: it is the surname of a person named in full in the
same document (or, in :func:`entities_table`, anywhere in the corpus), it appeared as an entity
elsewhere, or the words around it make it a person ("pilot X", "X said", "X administration").
Dates come from patterns ("February 21", "late November", "September 2022", "2014").

Labels: PERSON, ORG, GPE, LOC, NORP, EVENT, LAW, DATE (OntoNotes' meanings). Decisions:

* mention ``text`` leaves out a leading "the" and a trailing possessive "'s";
* government seats stand for governments: "Kremlin", "White House" are ORG; cities and countries
  stay GPE when they stand for their governments ("Moscow said");
* NORP's canonical ``entity`` is the group in the plural: "Russian" and "Russians" -> "Russians",
  with the country in the extra column ``country`` ("Russia");
* PERSON's canonical ``entity`` is the fullest name the document gives ("Suponina" ->
  "Elena Suponina"); titles go to the extra column ``role``;
* GPE's canonical ``entity`` is the GeoNames or ISO name: "US", "U.S.", "USA" -> "United States",
  "Kiev" -> "Kyiv"; ORG's is the long form an acronym is defined by in the text
  ("Strategic Offensive Arms Treaty (START)": "START" -> "Strategic Offensive Arms Treaty");
* DATE covers calendar expressions only (dates, months, years, decades, weekdays, holidays, with
  "early", "mid", "late"); relative ones ("last week", "in recent years") are not tagged. Its
  ``entity`` spells months out and puts the month first ("11 Nov." -> "November 11")
  (:mod:`workbench.entity_dates`).

Extra columns: ``role`` (the title stripped from a PERSON) and ``country`` (a NORP's country).

:func:`entities_table` skips documents detected as not English (the rules are English ones).
"""

from __future__ import annotations

import re

import pandas as pd

from .entity_dates import find_dates
from .entity_rules import Doc, Mention, analyse, doc_known, lexicon, person_context
from .segment import sentence_spans

__all__ = ["COLUMNS", "LABELS", "cooccurrence", "entities_table", "extract_entities", "find_dates"]

COLUMNS = ["doc_id", "sent_id", "text", "label", "entity", "char_start", "char_end", "role", "country"]
LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "DATE")


# --------------------------------------------------------------------------- canonical forms
def _surname_index(persons: list[str], *, first_names: bool = True) -> dict[str, str]:
    """A lone word -> the full name it stands for, when exactly one multi-word name has it.

    The last word first ("Suponina" -> "Elena Suponina"); then the first word, for names written
    family name first ("Yoon" -> "Yoon Suk Yeol") and first-name references ("Emmanuel"), unless
    ``first_names`` is false (across documents a shared first name says little).
    """
    by_last: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    for name in persons:
        parts = name.split()
        if len(parts) >= 2:
            by_last.setdefault(parts[-1], set()).add(name)
            by_first.setdefault(parts[0], set()).add(name)
    if not first_names:
        by_first = {}
    out = {
        w: next(iter(n)) for w, n in by_first.items() if len(n) == 1 and len(w) > 2 and not w.endswith(".")
    }
    out.update({w: next(iter(n)) for w, n in by_last.items() if len(n) == 1})
    return out


#: A lone "Democratic" or "National" is an adjective, not the start of an organisation's name.
_ADJECTIVE_ENDINGS = ("ic", "al", "an", "ish", "ese", "ive", "ary")
_PLACE_NOUNS = frozenset(
    {
        "town",
        "city",
        "village",
        "province",
        "region",
        "state",
        "county",
        "district",
        "suburb",
        "port",
        "island",
        "capital",
    }
)
#: "shares of X", "a spokesman for X" make a lone name an organisation
_ORG_OF_NOUNS = frozenset(
    {
        "shares",
        "stake",
        "shareholders",
        "subsidiary",
        "unit",
        "division",
        "owner",
        "headquarters",
        "employees",
        "executives",
        "founder",
        "chairman",
        "boss",
    }
)
_ACRONYM_DEF = re.compile(r"\s*\(([A-Z][A-Z0-9-]{1,9})\)")


def _resolve(doc: Doc, known: dict | None = None) -> None:
    """Canonical forms within the document, then lone words with evidence."""
    lex = lexicon()
    # acronyms defined in the text: "Strategic Offensive Arms Treaty (START)"
    acronyms = {}
    for m in doc.mentions:
        d = _ACRONYM_DEF.match(doc.text, m.end)
        if d and m.label != "PERSON" and d.group(1)[0] == doc.text[m.start : m.end].lstrip("the ")[0]:
            acronyms[d.group(1)] = (m.label, m.entity, m.country)
    for m in doc.mentions:
        t = doc.text[m.start : m.end]
        if t in acronyms and (m.label == "ORG" or t in acronyms):
            m.label, m.entity, m.country = acronyms[t]
    surnames = _surname_index([m.entity for m in doc.mentions if m.label == "PERSON"])
    for m in doc.mentions:
        if m.label == "PERSON" and " " not in m.entity and m.entity in surnames:
            m.entity = surnames[m.entity]
        elif (
            m.label == "GPE"
            and doc.text[m.start : m.end] in surnames
            and doc.text[m.start : m.end] in lex["cities"]
        ):
            m.label, m.entity, m.country = "PERSON", surnames[doc.text[m.start : m.end]], ""
    seen = doc_known(doc)
    # "Northwind" after "Northwind Analytics": the first word of one organisation's name
    org_first: dict[str, set] = {}
    for m in doc.mentions:
        if m.label == "ORG" and " " in m.entity:
            org_first.setdefault(m.entity.split()[0], set()).add((m.label, m.entity, m.country))
    for w, readings in org_first.items():
        if (
            len(readings) == 1
            and w not in seen
            and w not in lex["names"]
            and w.lower() not in lex["stop_lower"]
            and not w.endswith(_ADJECTIVE_ENDINGS)
        ):
            seen[w] = next(iter(readings))
    resolved: dict[int, tuple[str, str, str]] = {}
    for _ in range(2):  # twice: a word identified late identifies its earlier occurrences
        for k, initial in doc.pending:
            if k not in resolved:
                hit = _lone_word(doc, k, initial, surnames, seen, acronyms, known)
                if hit:
                    resolved[k] = hit
                    seen.setdefault(doc.toks[k].text, hit)
    for k, hit in resolved.items():
        doc.mentions.append(Mention(doc.toks[k].start, doc.toks[k].end, *hit))
    doc.pending = [(k, i) for k, i in doc.pending if k not in resolved]
    for m in doc.mentions:
        if m.label == "PERSON" and " " not in m.entity and m.entity in surnames:
            m.entity = surnames[m.entity]


def _lone_word(doc: Doc, k: int, initial: bool, surnames, seen, acronyms, known):
    """The reading of a lone capitalised word, from the evidence in order; None without any."""
    lex = lexicon()
    t = doc.toks[k].text
    prev = doc.toks[k - 1].text if k > 0 else ""
    nxt = doc.toks[k + 1].text if k + 1 < len(doc.toks) else ""
    if t in surnames:
        return ("PERSON", surnames[t], "")
    if t in seen:
        return seen[t]
    if t in acronyms:
        return acronyms[t]
    if known and t in known:
        return known[t]
    if prev == "of" and k > 1 and doc.toks[k - 2].text in _PLACE_NOUNS:
        return ("GPE", t, "")  # "the town of Payson"
    common = t.lower() in doc.lower_words
    if not common and (
        prev in lex["org_prev"] or (prev == "of" and k > 1 and doc.toks[k - 2].text.lower() in _ORG_OF_NOUNS)
    ):
        return ("ORG", t, "")  # "carmaker Volkswagen", "shares of Volkswagen"
    if (
        not initial
        and prev == "the"
        and not common
        and nxt not in lex["person_next"]
        and ((t.endswith("s") and not t.endswith("ss")) or nxt in lex["cue"])
    ):
        return ("ORG", t, "")  # "the Lakers", "the Guardian reported": a body, not a person
    if not initial and person_context(doc, k) and not common:
        return ("PERSON", t, "")
    if (
        initial
        and person_context(doc, k)
        and t.lower() not in lex["stop_lower"]
        and not common
        and nxt in lex["cue"]
    ):
        return ("PERSON", t, "")
    return None


def _frame(doc: Doc, doc_id: str, sentences: list[tuple[int, int]], sent_ids: list[str]) -> pd.DataFrame:
    return _typed(pd.DataFrame(_rows(doc, doc_id, sentences, sent_ids), columns=COLUMNS))


def _rows(doc: Doc, doc_id: str, sentences: list[tuple[int, int]], sent_ids: list[str]) -> list[dict]:
    rows = []
    mentions = sorted({(m.start, m.end): m for m in doc.mentions}.values(), key=lambda m: (m.start, m.end))
    starts = [s for s, _ in sentences]
    si = 0
    for m in mentions:
        while si + 1 < len(starts) and starts[si + 1] <= m.start:
            si += 1
        sid = sent_ids[si] if sentences and sentences[si][0] <= m.start < sentences[si][1] + 1 else pd.NA
        rows.append(
            {
                "doc_id": doc_id,
                "sent_id": sid,
                "text": doc.text[m.start : m.end],
                "label": m.label,
                "entity": m.entity,
                "char_start": m.start,
                "char_end": m.end,
                "role": m.role or pd.NA,
                "country": m.country or pd.NA,
            }
        )
    return rows


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    df = df.astype({c: "string" for c in COLUMNS if c not in ("char_start", "char_end")})
    return df.astype({"char_start": "int64", "char_end": "int64"}).reset_index(drop=True)


def extract_entities(
    text: str,
    *,
    doc_id: str = "",
    sentences: list[tuple[int, int]] | None = None,
    known: dict[str, tuple[str, str, str]] | None = None,
) -> pd.DataFrame:
    """Entity mentions in one text: the contract's ``entities`` columns plus ``role``, ``country``.

    ``sentences``: (char_start, char_end) spans of its sentences (found with
    :func:`workbench.segment.sentence_spans` when not given); ``sent_id`` is
    ``f"{doc_id}:s{n:04d}"`` with ``n`` the 1-based sentence number. ``known``: surface ->
    (label, entity, country) learned elsewhere, used for lone capitalised words.
    """
    if sentences is None:
        sentences = sentence_spans(text)
    sentences = sorted(sentences)
    doc = analyse(text, sentences)
    _resolve(doc, known)
    return _frame(doc, doc_id, sentences, [f"{doc_id}:s{n + 1:04d}" for n in range(len(sentences))])


def _corpus_known(rows: list[list[dict]]) -> dict[str, tuple[str, str, str]]:
    """Surface forms and surnames that identify an entity across the corpus (one reading only)."""
    readings: dict[str, set[tuple[str, str, str]]] = {}
    for r in rows:
        for x in r:
            if x["label"] != "DATE":
                cty = x["country"]
                readings.setdefault(x["text"], set()).add(
                    (x["label"], x["entity"], "" if cty is pd.NA else cty)
                )
    known = {t: next(iter(r)) for t, r in readings.items() if len(r) == 1}
    persons = sorted({x["entity"] for r in rows for x in r if x["label"] == "PERSON"})
    for last, full in _surname_index(persons, first_names=False).items():
        if known.get(last, ("PERSON",))[0] == "PERSON":
            known[last] = ("PERSON", full, "")  # "Putin" -> "Vladimir Putin" across documents
    return known


def entities_table(corpus, *, languages: tuple[str, ...] | None = ("en",)) -> pd.DataFrame:
    """The contract's ``entities`` table for a corpus: one row per mention, offsets into documents.text.

    Variants are joined across documents too: a lone surname or a short form that one document
    leaves unresolved takes the reading another document gives it ("Putin" -> "Vladimir Putin").
    ``languages``: skip documents detected as another language (None: tag all); documents whose
    language is unknown are tagged.
    """
    docs = corpus.documents
    sents = corpus.sentences.sort_values(["doc_id", "char_start"])
    by_doc = {d: g for d, g in sents.groupby("doc_id", sort=False)}
    analysed = []
    for doc_id, text, lang in zip(docs["doc_id"], docs["text"], docs["language"]):
        if pd.isna(text) or (languages is not None and pd.notna(lang) and lang not in languages):
            continue
        g = by_doc.get(doc_id)
        spans = list(zip(g["char_start"].tolist(), g["char_end"].tolist())) if g is not None else []
        ids = g["sent_id"].tolist() if g is not None else []
        doc = analyse(text, spans)
        _resolve(doc)
        analysed.append((doc_id, doc, spans, ids))
    rows = [_rows(doc, d, spans, ids) for d, doc, spans, ids in analysed]
    known = _corpus_known(rows)
    out = []
    for (doc_id, doc, spans, ids), r in zip(analysed, rows):
        if doc.pending or any(x["label"] == "PERSON" for x in r):
            _resolve(doc, known)
            r = _rows(doc, doc_id, spans, ids)
            for x in r:
                if x["label"] == "PERSON" and " " not in x["entity"]:
                    x["entity"] = known.get(x["entity"], ("", x["entity"], ""))[1]
        out.extend(r)
    df = _typed(pd.DataFrame(out, columns=COLUMNS))
    return df.sort_values(["doc_id", "char_start", "char_end"], ignore_index=True)


def cooccurrence(quotes: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """Which sources speak about which entities: ``source_id, entity, label, n``.

    ``n`` counts entity mentions lying inside a quote's span (same ``doc_id``,
    ``char_start``/``char_end``) of that source; one row per source, entity and label, sorted by
    ``n`` descending, then source and entity.
    """
    cols = ["source_id", "entity", "label", "n"]
    q = quotes[["doc_id", "source_id", "char_start", "char_end"]].dropna(subset=["source_id"])
    e = entities[["doc_id", "entity", "label", "char_start", "char_end"]]
    pairs = q.merge(e, on="doc_id", suffixes=("_q", "_e"))
    inside = pairs[
        (pairs["char_start_e"] >= pairs["char_start_q"]) & (pairs["char_end_e"] <= pairs["char_end_q"])
    ]
    # an entity inside two overlapping quotes of the same source counts once
    inside = inside.drop_duplicates(["source_id", "doc_id", "char_start_e", "char_end_e", "label"])
    out = inside.groupby(["source_id", "entity", "label"], sort=False).size().rename("n").reset_index()
    if out.empty:
        out = pd.DataFrame(columns=cols)
    out = out.astype({"source_id": "string", "entity": "string", "label": "string", "n": "int64"})
    return out.sort_values(
        ["n", "source_id", "entity", "label"], ascending=[False, True, True, True], ignore_index=True
    )[cols]
