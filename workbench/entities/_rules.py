"""Finding entity mentions for :mod:`workbench.entities`: tokens, capitalised runs, classification.

:func:`analyse` tokenises a text, marks sentence-initial words, takes date expressions out first
(:func:`workbench.text.find_dates`), then classifies each run of capitalised words by the rules the
module docstring of :mod:`workbench.entities` lists, with the word lists and gazetteers of
:mod:`workbench.entity_gazetteer`. Lone words without evidence wait in ``Doc.pending`` for
:func:`workbench.entities._resolve`.
"""

from __future__ import annotations

import re

from ..text import find_dates, sentence_spans
from ._runs import capital_runs, split_at_stops, word_toks
from ._tokens import (
    KIND_LABEL,
    MAX_ACRONYM_CHARS,
    MAX_NAME_WORDS,
    QUOTES_OPEN,
    Doc,
    Mention,
    lexicon,
    span_text,
    tokenize,
)


# ------------------------------------------------------------------------------ classifier
def _gaz(doc: Doc, toks: list[int]):
    return lexicon()["names"].get(span_text(doc, toks)) if toks else None


def _emit(doc: Doc, toks: list[int], label: str, entity: str, role: str = "", country: str = ""):
    doc.mentions.append(
        Mention(doc.toks[toks[0]].start, doc.toks[toks[-1]].end, label, entity, role, country)
    )


def _emit_gaz(doc: Doc, toks: list[int], hit) -> None:
    label, entity, country = hit
    _emit(doc, toks, label, entity, country=country)


_CAMEL = re.compile(r"^(?!Mc|De|Di|Da|La|Le|O['’])[A-Z]?[a-z]+[A-Z]")


def _name_like(doc: Doc, toks: list[int]) -> bool:
    """Capitalised words that read as a person's name: no stop word, no common lowercase word."""
    lex = lexicon()
    words = [doc.toks[k] for k in toks if doc.toks[k].word]
    if not 2 <= len([w for w in words if w.cap]) <= MAX_NAME_WORDS:
        return False
    common = 0
    for w in words:
        t = w.text
        if t in lex["particle"]:
            continue
        if not w.cap or not t[0].isalpha() or t in lex["stop"] or t in lex["product"]:
            return False
        if t.isupper() and len(t) > 1 and not t.endswith("."):
            return False
        if _CAMEL.search(t):
            return False  # "MacBook", "AirPods": products, not people ("McDonald" is fine)
        common += t.lower() in doc.lower_words or t.lower() in lex["stop_lower"]
    # a heading in title case is mostly ordinary words; a name has at most one ("Bill Richardson")
    return common <= 1 and words[-1].text not in lex["keyword"]


def _classify(doc: Doc, run: list[int], depth: int = 0) -> None:
    lex = lexicon()
    if not run:
        return
    words = word_toks(doc, run)
    text = span_text(doc, run)
    first = doc.toks[run[0]].text

    # 1. whole-name gazetteer: "United States of America", "Kremlin", "Russian", "Global South"
    hit = _gaz(doc, run)
    if not hit and len(words) > 1 and text.isupper():
        hit = lex["names"].get(text.title())  # a dateline: "NEW DELHI"
    if hit:
        # "pilot Jackson" is a person; "Moscow said" stays a place standing for its government
        prev = doc.toks[run[0] - 1].text if run[0] > 0 else ""
        single_place = (
            len(words) == 1
            and hit[0] == "GPE"
            and text in lex["cities"]
            and prev in lex["role"]
            and prev.islower()
        )
        if not single_place:
            _emit_gaz(doc, run, hit)
            return

    # 1a. "the charity Action on Smoking and Health", "carmaker Volkswagen": an organisation
    if (
        run[0] > 0
        and doc.toks[run[0] - 1].text in lex["org_prev"]
        and not hit
        and (len(words) > 1 and not _title_split(doc, run, probe=True))
    ):
        _emit(doc, run, "ORG", re.sub(r"\s+", " ", text))
        return

    # 1b. "Russia and the United States": two names, unless a head word governs both
    ands = [i for i, k in enumerate(run) if doc.toks[k].text in ("and", "&") and i > 0]
    governed = (
        ands
        and (
            any(
                doc.toks[run[i]].text in lex["keyword"] and doc.toks[run[i + 1]].text in ("of", "for", "on")
                for i in range(ands[0])
            )
            # "Securities and Exchange Commission": one name when only its end is a head or known name
            or (
                doc.toks[run[-1]].text in lex["keyword"]
                and not _gaz(doc, run[: ands[0]])
                and doc.toks[run[ands[0] - 1]].text not in lex["keyword"]
                and not (_name_like(doc, run[: ands[0]]) and not any(_gaz(doc, [k]) for k in run[: ands[0]]))
            )
        )
    )
    if ands and not governed:
        if doc.toks[run[ands[0]]].text == "and" or doc.text[doc.toks[run[ands[0]]].start - 1] == " ":
            a = ands[0]
            _classify(doc, run[:a], depth + 1)
            rest = run[a + 1 :]
            while rest and doc.toks[rest[0]].text in lex["connector"]:
                rest = rest[1:]
            _classify(doc, rest, depth + 1)
            return

    # 2. hyphen compounds of known parts: "United States-Russia", "Putin-Biden", "US-Russian"
    hy = [k for k in run if doc.toks[k].text == "-"]
    if hy and depth < 3:
        pieces: list = []
        cur: list = []
        for k in run:
            if k in hy:
                pieces.append(cur)
                cur = []
            else:
                cur.append(k)
        pieces.append(cur)
        if all(p and doc.toks[p[0]].text[0].isdigit() for p in pieces[1:]) and _gaz(doc, pieces[0]):
            hit = _gaz(doc, pieces[0])  # "START-3"
            _emit(doc, run, hit[0], text, country=hit[2])
            return
        known = doc_known(doc)
        is_known = [
            bool(p) and bool(_gaz(doc, p) or _title_split(doc, p, probe=True) or span_text(doc, p) in known)
            for p in pieces
        ]
        if all(k or len(p) == 1 for k, p in zip(is_known, pieces)) and (
            any(is_known) or all(len(p) == 1 for p in pieces)
        ):
            for p in pieces:
                _classify(doc, p, depth + 1)
            return

    # 3. keyword heads: "... Council" ORG, "Strategic Offensive Arms Treaty" LAW, "World War III"
    kind = _keyword_kind(doc, run)
    if kind and not (kind == "gpe" and len(words) == 1):
        label = KIND_LABEL[kind]
        entity = re.sub(r"^[Tt]he\s+", "", re.sub(r"\s+", " ", text))
        _emit(doc, run, label, entity)
        return

    # 4. titles: "Russian Deputy Foreign Minister Sergei Ryabkov", "President Putin"
    if _title_split(doc, run):
        return

    # 4a. an organisation's head word inside: "Directorate General of Civil Aviation"
    if len(words) >= 2 and any(lex["keyword"].get(doc.toks[k].text) == "org" for k in words[:-1]):
        _emit(doc, run, "ORG", re.sub(r"^[Tt]he\s+", "", re.sub(r"\s+", " ", text)))
        return

    # 4b. "Tom Becker of Morgan Stanley": two names joined by a connector no head word governs
    conn = [i for i, k in enumerate(run) if 0 < i < len(run) - 1 and doc.toks[k].text in ("of", "for", "on")]
    if conn and depth < 3:
        c = conn[0]
        rest = run[c + 1 :]
        while rest and doc.toks[rest[0]].text in lex["connector"]:
            rest = rest[1:]
        _classify(doc, run[:c], depth + 1)
        _classify(doc, rest, depth + 1)
        return

    # 5. a region of a place: "Central Asia", "Eastern Europe"
    if len(words) >= 2 and first in lex["direction"]:
        rest = _gaz(doc, run[1:])
        if rest and rest[0] in ("GPE", "LOC"):
            _emit(doc, run, "LOC", text)
            return
        if rest and rest[0] == "NORP":  # "South American" -> "South Americans"
            _emit(doc, run, "NORP", f"{first} {rest[1]}")
            return

    # 6. a known prefix, then a name: "Russian Vadim Krasikov"; or known names side by side
    for cut in range(len(run) - 1, 0, -1):
        head = run[:cut]
        hit = _gaz(doc, head)
        if hit and doc.toks[run[cut]].word:
            tail = run[cut:]
            tail_hit = _gaz(doc, tail)
            if tail_hit or (hit[0] == "NORP" and _name_like(doc, tail)):
                _emit_gaz(doc, head, hit)
                _classify(doc, tail, depth + 1)
                return
            break

    # 7. acronyms: "NATO", "RIAC", "G20"; defined ones are resolved later
    if len(words) == 1:
        t = doc.toks[run[0]].text
        if t.isupper() and len(t) > 2 and t.title() in lex["names"]:
            _emit_gaz(doc, run, lex["names"][t.title()])  # a dateline: "MADRID"
            return
        if (
            t.isupper()
            and 2 <= len(t) <= MAX_ACRONYM_CHARS
            and t[0].isalpha()
            and t.lower() not in lex["stop_lower"]
            and t not in lex["not_acronym"]
            and t.lower() not in doc.lower_words
        ):
            _emit(doc, run, "ORG", t)
            return
        if len(t) < 2:
            return
        if _CAMEL.search(t) and t not in lex["product"]:
            _emit(doc, run, "ORG", t)  # "OpenAI", "YouTube", "BlackRock": a company's spelling
            return
        doc.pending.append((run[0], run[0] in doc.initial))
        return

    # 8. names: "Brittney Griner", "Zelimkhan Khangoshvili"; "supplier Gotion High-Tech" is a firm
    if _name_like(doc, run):
        if run[0] > 0 and doc.toks[run[0] - 1].text in lex["org_prev"]:
            _emit(doc, run, "ORG", re.sub(r"\s+", " ", text))
            return
        _emit(doc, run, "PERSON", re.sub(r"\s+", " ", text))
        return

    # 9. otherwise a title-case phrase: keep the known names inside it
    i = 0
    while i < len(run):
        for j in range(len(run), i, -1):
            hit = _gaz(doc, run[i:j])
            if hit:
                _emit_gaz(doc, run[i:j], hit)
                i = j
                break
        else:
            i += 1


def _keyword_kind(doc: Doc, run: list[int]) -> str | None:
    lex = lexicon()
    kw = lex["keyword"]
    words = word_toks(doc, run)
    last = doc.toks[words[-1]].text
    if last in kw and len(words) >= 2:
        return kw[last]
    if last in kw and kw[last] == "org" and doc.toks[words[-1]].text.isupper():
        return None
    for a, b in zip(run, run[1:]):
        if doc.toks[a].text in kw and doc.toks[b].text in lex["connector"]:
            return kw[doc.toks[a].text]
    if (
        len(words) >= 2
        and doc.toks[words[-1]].text.isupper()
        and doc.toks[words[-1]].text in ("I", "II", "III", "IV")
        and doc.toks[words[-2]].text in kw
    ):
        return kw[doc.toks[words[-2]].text]
    return None


def _title_split(doc: Doc, run: list[int], probe: bool = False) -> bool:
    """Split "<prefix> <title> <name>": emit the prefix's entities and the PERSON with its role."""
    lex = lexicon()
    toks = doc.toks
    heads = [i for i, k in enumerate(run) if toks[k].text in lex["title"]]
    for h in reversed(heads):
        tail = run[h + 1 :]
        # words inside a title after its head: "Secretary of State"
        while (
            tail
            and len(tail) > 1
            and toks[tail[0]].text not in lex["names"]
            and (
                toks[tail[0]].text in lex["title_mod"]
                or toks[tail[0]].text in lex["title"]
                or toks[tail[0]].text in ("of", "the", "-")
            )
        ):
            if toks[tail[0]].text == "of" and toks[tail[1]].text not in lex["title_mod"]:
                break  # "Directorate General of Civil Aviation": a body, not a title
            tail = tail[1:]
        if tail and toks[tail[0]].text == "of":
            continue
        # the role starts at the first title word after any known prefix
        s = h
        while s > 0 and (toks[run[s - 1]].text in lex["title"] or toks[run[s - 1]].text in lex["title_mod"]):
            s -= 1
        prefix = run[:s]
        if prefix and toks[run[h]].text in lex["office"] and not _gaz(doc, prefix):
            # "Civil Aviation Minister X", "US Energy Secretary X": the words before the head
            # name the office; a known name at their start stays an entity of its own
            cut = max((c for c in range(1, len(prefix) + 1) if _gaz(doc, prefix[:c])), default=0)
            s = cut
            prefix = run[:s]
        if prefix and not (_gaz(doc, prefix) or _keyword_kind(doc, prefix)):
            continue  # "Martin Luther King": a name, not a title
        role_toks = run[s : len(run) - len(tail)]
        if not tail:
            if probe:
                return False
            # a title without a name: "Russian President"; keep the prefix
            if prefix:
                _classify(doc, prefix, 1)
            return bool(prefix) or len(role_toks) > 0
        tail_words = [k for k in tail if toks[k].word]
        if not tail_words or not all(toks[k].cap for k in tail_words):
            continue
        if len(tail_words) > MAX_NAME_WORDS:
            continue
        hit = _gaz(doc, tail)
        person = not hit and (
            len(tail_words) == 1
            or _name_like(doc, tail)
            or all(toks[k].text[0].isalpha() and toks[k].text not in lex["stop"] for k in tail_words)
        )
        if not (hit or person):
            continue
        if probe:
            return True
        if prefix:
            _classify(doc, prefix, 1)
        if hit:
            _emit_gaz(doc, tail, hit)  # "President of Russia"
        else:
            _emit(doc, tail, "PERSON", span_text(doc, tail), role=span_text(doc, role_toks))
        return True
    return False


def person_context(doc: Doc, k: int) -> bool:
    """Words around a lone capitalised word that make it a person."""
    lex = lexicon()
    toks = doc.toks
    prev = toks[k - 1].text if k > 0 else ""
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    if nxt in ("'s", "’s") and k + 2 < len(toks):
        nxt = ""
    if prev in lex["role"] and prev.islower():
        return True
    if nxt in lex["cue"] or nxt in lex["person_next"]:
        return True
    if nxt == "," and k + 2 < len(toks) and toks[k + 2].text in ("who", "whose"):
        return True
    return False


def doc_known(doc: Doc) -> dict[str, tuple[str, str, str]]:
    known: dict = {}
    for m in doc.mentions:
        known.setdefault(doc.text[m.start : m.end], (m.label, m.entity, m.country))
    return known


def analyse(text: str, sentences: list[tuple[int, int]] | None) -> Doc:
    if sentences is None:
        sentences = sentence_spans(text)
    toks = tokenize(text)
    lower_words = {t.text for t in toks if t.text.islower()}
    # sentence-initial tokens: the first word of a sentence, or after an opening quote or colon
    initial: set[int] = set()
    starts = sorted(s for s, _ in sentences)
    si, prev_word_sentence = 0, -1
    for k, t in enumerate(toks):
        while si + 1 < len(starts) and starts[si + 1] <= t.start:
            si += 1
        if not t.word:
            continue
        if si != prev_word_sentence:
            initial.add(k)
            prev_word_sentence = si
        elif k > 0 and toks[k - 1].text in QUOTES_OPEN:
            initial.add(k)
    doc = Doc(text, toks, initial, lower_words)
    dates = find_dates(text)
    blocked = [False] * len(toks)
    if dates:
        di = 0
        for k, t in enumerate(toks):
            while di < len(dates) and dates[di][1] <= t.start:
                di += 1
            if di < len(dates) and dates[di][0] < t.end and t.start < dates[di][1]:
                blocked[k] = True
    for run in capital_runs(doc, blocked):
        for part in split_at_stops(doc, run):
            _classify(doc, part)
    for s, e, canon in dates:
        doc.mentions.append(Mention(s, e, "DATE", canon))
    return doc
