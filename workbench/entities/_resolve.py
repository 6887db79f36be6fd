"""Canonical forms within one document, and the evidence that makes a lone capitalised word an entity.

:func:`resolve` runs after :func:`workbench.entity_rules.analyse`: acronyms defined in the text,
surnames and first names standing for a full name, the first word of an organisation's name,
then each lone word waiting in ``Doc.pending`` by the evidence of :func:`lone_word`, in order.
``known`` (surface -> reading learned in other documents) is the cross-document evidence.
"""

from __future__ import annotations

import re

from ._rules import doc_known, person_context
from ._tokens import Doc, Mention, lexicon


def surname_index(persons: list[str], *, first_names: bool = True) -> dict[str, str]:
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


def resolve(doc: Doc, known: dict | None = None) -> None:
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
    surnames = surname_index([m.entity for m in doc.mentions if m.label == "PERSON"])
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
                hit = lone_word(doc, k, initial, surnames, seen, acronyms, known)
                if hit:
                    resolved[k] = hit
                    seen.setdefault(doc.toks[k].text, hit)
    for k, (label, entity, country) in resolved.items():
        doc.mentions.append(Mention(doc.toks[k].start, doc.toks[k].end, label, entity, country=country))
    doc.pending = [(k, i) for k, i in doc.pending if k not in resolved]
    for m in doc.mentions:
        if m.label == "PERSON" and " " not in m.entity and m.entity in surnames:
            m.entity = surnames[m.entity]


def lone_word(doc: Doc, k: int, initial: bool, surnames, seen, acronyms, known):
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
