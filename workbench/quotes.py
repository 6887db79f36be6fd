"""Attributed statements of news articles: quotes, their speakers and cues.

``extract_quotes(text)`` works on any article text; ``quotes_table(corpus)`` runs it
over a corpus and returns the contract's ``quotes`` table. Rules only, no model:

1. Quoted passages come from the quotation marks (``quote_marks``), across paragraphs.
   A passage is a statement (``direct``) when an attribution with a reporting verb
   follows it (``"...," said X``, ``"..." X believes.``) or precedes it (``X continues,
   "..."``, ``X said: "..."``), or when it is a sentence-long passage that continues the
   previous statement's speaker. A quoted phrase with no speaker (a scare quote, a
   title, a slogan: ``so-called "peace plan"``) is not a statement; inside reported
   speech it makes that statement ``mixed``.
2. ``"A," he said, "B."`` is ONE statement (``text`` is A and B joined, ``parts`` gives
   each piece's offsets); ``"A," he said. "B."`` is two (B continues the speaker).
3. Sentences outside quotation marks are statements when they carry an attribution:
   ``X said (that) ...``, ``according to X, ...``, ``..., according to X``, ``...,
   X said.``, ``A, X said, B``, ``X stated: ...``. Such speech is ``unmarked`` (verbatim
   speech whose marks were lost) in a copy without any quotation marks, unless the
   cue is in the perfect tense ("has confirmed") or introduces a that-clause, which are
   ``indirect``; in a copy with quotation marks it is ``indirect``. In a copy without
   marks, a following sentence in the first person or with spoken contractions ("we",
   "don't") continues the last unmarked statement.
4. Speakers are resolved within the document (``quote_speakers.resolve``).

Reporting verbs and phrases live in ``resources/reporting_verbs.txt``.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .quote_marks import QUOTE_CHARS as _MARKS, SINGLE_OPEN, has_quote_marks, quoted_spans

QUOTE_CHARS = _MARKS + SINGLE_OPEN
from .quote_mentions import Mention, parse_speaker
from .quote_names import LEGAL_FORMS, ORG_SUFFIXES, _TOKEN_RE, _norm, fullest_name, speaker_words, strip_postnominals
from .quote_narration import _DATELINE_RE, _SENTENCE_END_RE, _sentence_subject, _verbish, narration_subject
from .quote_speakers import resolve
from .segment import read_resource, sentence_spans

__all__ = ["extract_quotes", "quotes_table", "reporting_verb_forms", "QUOTE_COLUMNS", "EXTRA_COLUMNS"]

QUOTE_COLUMNS = ["doc_id", "quote_id", "para_id", "sent_id", "kind", "speaker", "source_id",
                 "cue", "text", "char_start", "char_end"]
EXTRA_COLUMNS = ["cue_lemma", "speaker_start", "speaker_end", "speaker_name", "role",
                 "anonymous", "source_key", "parts", "n_words"]
_FRAME_COLUMNS = ["kind", "speaker", "cue", "cue_lemma", "text", "char_start", "char_end",
                  "speaker_start", "speaker_end", "speaker_name", "role", "anonymous",
                  "source_key", "parts", "n_words"]

#: The cue of a post-quote attribution lies within this many words of the closing
#: mark ("political scientist, RIAC expert Elena Suponina explains" is 6; appositions
#: such as "Dylan Nelson, a postdoctoral fellow at the Max Planck Institute ..., said"
#: run to 20).
MAX_TAIL_WORDS = 30
#: Words allowed after a sentence-final cue ("..., he told The Moscow Times on Monday";
#: "said Tuesday at the Vox Media's Code Media conference in Hollywood" has 9).
MAX_CUE_REST_WORDS = 12
#: Words allowed between a cue and a quotation it introduces with a comma
#: ("Steve Adcock wrote on his blog Think, Save, Retire, "...").
MAX_HEAD_REST_WORDS = 6
#: Reported content shorter than this is not a statement ("he said so"); a quotation
#: with its own attribution is one at any length ("No," he said).
MIN_CONTENT_WORDS = 3
#: A quoted passage with no attribution continues the previous statement's speaker
#: only when it has at least this many words (shorter ones are phrases).
MIN_CONTINUATION_WORDS = 4
#: ... and starts within this many characters after the previous statement ended
#: (about one short paragraph of narration between them).
MAX_CONTINUATION_GAP = 400
#: In a copy without quotation marks, a first-person sentence continues the last
#: unmarked statement when at most this many sentences lie between them.
MAX_UNMARKED_GAP_SENTENCES = 2

_WORD_RE = re.compile(r"\w[\w'\u2019-]*")
_AUX = frozenset("has have had was were is are will would also later then further previously "
                 "earlier again recently quickly only once repeatedly often publicly privately "
                 "reportedly quick keen careful eager happy willing to went on been never always "
                 "however, however".split())
_PERFECT = frozenset({"has", "have", "had"})
#: Verbs that attribute a quoted phrase they name something with ("called it "a crisis"").
_NAMING_RE = re.compile(r"\b(called|calls|calling|described|describes|dubbed|dubs|labell?ed|labels|termed)\b")
_NAMING_LEMMAS = {"call": "call", "desc": "describe", "dubb": "dub", "dubs": "dub", "labe": "label", "term": "term"}
_LEAD_RE = re.compile(r"(?:But|And|As|So|Yet|Still|Meanwhile|Also|Then|Now|However|Instead)\s+(?=\S)")
FIRST_PERSON = frozenset({"i", "we"})
#: Cues that report a paraphrase even in a copy without quotation marks ("..., Kan reported").
PARAPHRASE_CUES = frozenset({"report", "confirm", "announce", "reveal", "indicate"})
#: A finite verb: "ousting Putin would not be impossible" is a clause (gerund subject),
#: "breaking from the official line" is not.
_FINITE_RE = re.compile(r"\b(?:is|are|was|were|would|will|can|could|should|has|have|had|does|did|may|might|must)\b")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b|n't\b|n\u2019t\b|'re\b|\u2019re\b|'ve\b|'m\b")
_CLAUSE_OPENER_BAD = frozenset("to in on at for with about by from of into over goodbye hello "
                               "nothing something".split())


@lru_cache(maxsize=1)
def reporting_verb_forms() -> dict[str, tuple[str, str]]:
    """Every reporting verb form -> (lemma, class) from ``resources/reporting_verbs.txt``."""
    res = read_resource("reporting_verbs.txt")
    forms: dict[str, tuple[str, str]] = {}
    for cls in ("speech", "that", "belief"):
        for row in res.get(cls, []):
            lemma = row[0].strip("()")
            for form in row if row[0] == lemma else row[1:]:
                forms[form] = (lemma, cls)
    return forms


@lru_cache(maxsize=1)
def _phrase_re() -> re.Pattern:
    """Multi-word cues that name a source ("according to", "in the words of")."""
    phrases = [" ".join(row[0].split("_")) for row in read_resource("reporting_verbs.txt").get("phrase", [])]
    alts = "|".join(re.escape(p[0].upper() + p[1:]) + "|" + re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"\b(?:" + alts + r")\s+")


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern:
    forms = sorted(reporting_verb_forms(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b")


def _n_words(s: str) -> int:
    return len(_WORD_RE.findall(s))


def _default_paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans


def _strip_aux(pre: str) -> tuple[str, bool]:
    """Drop auxiliaries and adverbs between a speaker and the cue ("was quick to")."""
    perfect = False
    s = pre.rstrip()
    while True:
        m = re.search(r"(\S+)$", s)
        word = m.group(1) if m else ""
        # any lower-case -ly adverb too ("has consistently said"), and "have long argued"
        if not m or (word.lower() not in _AUX and word != "long"
                     and not re.fullmatch(r"[a-z]{3,}ly", word)):
            break
        perfect |= m.group(1).lower() in _PERFECT
        s = s[:m.start()].rstrip()
    return s, perfect


_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady prof prof.".split())


def _is_person(m: Mention) -> bool:
    """A person's name: at least two words, none an organisation's ("Central Bank")."""
    words = m.name.split()
    return m.kind == "name" and len(words) >= 2 and not any(w in ORG_SUFFIXES for w in words)


def _speaker_before(text: str, a: int, b: int, *, whole: bool = False,
                    lenient: bool = False, subject: bool = False) -> tuple[Mention | None, int]:
    """The speaker phrase ending at ``b`` (the cue's start) inside ``text[a:b]``.
    Tries the last comma-separated part, then two, then the whole (``whole``: the
    whole first, for an attribution after a quote, where no content precedes it).
    ``subject``: the phrase opens a sentence before a speech verb and its clause, where a
    noun phrase is a speaker even when its noun is in no list.
    Returns the mention and where it starts (the content before it ends there)."""
    pre, _ = _strip_aux(text[a:b])
    cuts = [m.end() for m in re.finditer(r",\s+|\s+(?:--|\u2014|\u2013)\s+|\b(?:when|while|after|before|because|"
                                         r"since|if|although|though|until|whereas)\s+", pre)]
    order = [*reversed(cuts), 0][:3]
    # "But she acknowledged", "As early retiree Steve Adcock wrote": the opener is no part of it
    lead = _LEAD_RE.match(pre)
    if lead and order and order[-1] == 0 and not whole:
        order[-1] = lead.end()
    elif lead and whole:
        order = [lead.end() if c == 0 else c for c in order]
    for n, cut in enumerate(sorted(order) if whole else order):
        seg = pre[cut:]
        mention = parse_speaker(seg, a + cut, lenient=lenient)
        if mention is None:
            continue
        if not whole and n + 1 < len(order):
            # "Paul Whiteman, the general secretary of ..., said" / "The shadow education
            # secretary, Bridget Phillipson, said": a name and its appositive role
            prev = order[n + 1]
            if re.fullmatch(r"\s*\d{1,3},\s*", pre[prev:cut]) and n + 2 < len(order):
                prev = order[n + 2]   # "Adebayo, 44, a former sound engineer, said": past the age
            other = parse_speaker(pre[prev:cut], a + prev)
            if other is not None and other.kind == "name" and _is_person(other) and mention.kind != "pronoun" \
                    and not _is_person(mention) and re.match(r"\s*(?:an?|the|its|his|her|their)\s", seg, re.I):
                # "Igor Yushkov, a leading analyst at the National Energy Security Fund, explains"
                other.role = other.role if other.role and other.role.lower() not in _HONORIFICS \
                    else seg.strip(" ,")
                return other, a + prev
            if other is not None and {other.kind, mention.kind} == {"name", "descriptor"}:
                named, desc = (other, mention) if other.kind == "name" else (mention, other)
                if not named.role or named.role.lower() in _HONORIFICS:
                    named.role = desc.role or desc.name
                if named is other or prev == 0 or pre[:prev].rstrip().endswith(","):
                    return named, a + prev
        return mention, a + cut
    if subject and re.match(r"\s*(?:A|An|The)\s", pre):
        # "A mechanic at the depot said ...": a noun phrase opening the sentence right before
        # the cue is its subject, a speaker even when its noun is in no list
        mention = parse_speaker(pre, a, lenient=True)
        if mention is not None and mention.kind == "descriptor":
            return mention, a
    lead = re.match(r"\s*(?:In\s+an?\s+(?:statement|filing|letter|post|email|report),\s+)?", text[a:b])
    if re.fullmatch(r"[Ii]t(?:\s+(?:also|later|further|previously|has|had|will|would))*\s*", text[a + lead.end():b]) \
            and not whole:   # not "It is believed that ...": a passive with an empty subject
        # "It said ...": a neuter pronoun that speaks only for an organisation, the subject of
        # the sentence before (named here) or the source just quoted (see ``resolve``)
        org = _organisation_before(text, a)
        k = a + lead.end()
        return Mention("pronoun", text[k:k + 2], k, k + 2, name=strip_postnominals(org.name) if org else "",
                       gender="n"), k
    # "Dr. Tobias Engel, an ornithologist at X who was not involved in the research, pointed
    # out": a long appositive between the sentence's named subject and its cue
    first = re.match(r"\s*([^,]+),\s+(?:\d{1,3},\s+)?(?:an?|the|who|whose)\s[^;:]*,\s*$", pre)
    if first and not whole:
        named = parse_speaker(first.group(1), a + first.start(1))
        if named is not None and named.kind == "name" \
                and (_is_person(named) or len(fullest_name(text, named.name).split()) >= 2):
            return named, a + first.start(1)
        # "The 54-year-old, who was re-elected last year ..., said": a definite description
        described = parse_speaker(first.group(1), a + first.start(1), lenient=True) \
            if re.match(r"\s*(?:The|the)\s", first.group(1)) else None
        if (named is None or named.kind != "name") and described is not None \
                and described.kind in ("descriptor", "organisation"):
            if described.kind == "descriptor":
                # "The lead author, a freshwater ecologist at X, said": the apposition is a role too
                apposition = re.sub(r"^(?:an?|the)\s+", "", pre[first.end(1):].strip(" ,"), flags=re.I)
                if not re.match(r"(?:who|whose)\s", apposition):
                    described.role = ", ".join(r for r in (described.role, apposition) if r)
            return described, a + first.start(1)
    return None, b


def _organisation_before(text: str, a: int) -> Mention | None:
    """"It said ...": "it" speaks only for an organisation that is the subject of the
    sentence before the one starting at ``a`` ("Kestrel Paper closed its mill on Monday.
    It said ..."); a thing ("The bridge was closed. It said ...") or a person is no speaker."""
    ends = [e.end() for e in _SENTENCE_END_RE.finditer(text, 0, a + 1)]
    if not ends or ends[-1] > a + 1 or re.search(r"\n\s*\n", text[ends[-1]:a]):
        return None
    start = ends[-2] if len(ends) >= 2 else 0
    start += len(text[start:]) - len(text[start:].lstrip())
    if re.search(r"\n\s*\n", text[start:ends[-1]].strip()):
        return None
    stop = start + len(text[start:ends[-1]].rstrip()) - 1    # before its full stop
    subject = _clause_subject(text, start, stop)
    if subject is None or not _is_organisation(subject):
        return None
    return subject


def _is_organisation(m: Mention) -> bool:
    """An organisation by its common noun ("the ministry"), or a name that ends in an
    organisation's word or legal form ("Harbour Bank", "Kestrel Paper Oyj")."""
    if m.kind == "organisation":
        return m.number == "sg"
    last = m.name.split()[-1] if m.kind == "name" and m.name else ""
    return last in ORG_SUFFIXES or _norm(last) in speaker_words()["orgs"] \
        or last.lower() in LEGAL_FORMS and len(m.name.split()) >= 2


def _subject_cue(form: str) -> bool:
    """A speech verb in an inflected form ("said", "says", "told"), after which a noun
    phrase opening the sentence is the speaker; a bare form ("add", "note") may be a
    plural subject's verb about anything ("The findings add to ...")."""
    lemma, cls = reporting_verb_forms()[form]
    return cls == "speech" and form != lemma


_SUBORDINATE_RE = re.compile(r"\s+(?:as|because|when|while|after|before|since|although|though|"
                             r"whereas|until)\s+(?=\S)")


_OUTLET_RE = re.compile(r"\s*to\s+(?:the\s+)?(?:(?:news\s+agency|newspaper|paper|magazine|agency|channel|"
                        r"TV\s+channel|radio|radio\s+station|broadcaster|publication|outlet|website|portal|"
                        r"journal)\s+)?(?:[\"\u201c\u00ab]?[A-Z][\w.'\u2019-]*[\"\u201d\u00bb]?\s+){1,4}(?=[a-z])")


def _speaker_after(text: str, a: int, b: int, *, lenient: bool = False) -> Mention | None:
    """An inverted speaker after the cue: ``said Dmitry Peskov, Vladimir Putin's press
    secretary`` (the appositive becomes the role)."""
    # "said Judge Weir as she passed sentence": a subordinate clause ends the speaker
    sub = _SUBORDINATE_RE.search(text, a, b)
    if sub is not None:
        b = sub.start()
    # "explains to the newspaper Delovoy Vzglyad the leading expert ... Igor Yushkov":
    # the outlet spoken to is not the speaker, who follows it
    outlet = _OUTLET_RE.match(text, a, b)
    if outlet is not None:
        a = outlet.end()
    seg = text[a:b]
    m = re.match(r"\s*([^,;]+?)\s*(?:,\s*([^;]+?))?\s*[.!?]?\s*$", seg)
    if not m:
        return None
    app = m.group(2) or ""
    mention = parse_speaker(m.group(1), a + m.start(1), appositive=app, lenient=lenient)
    if mention is not None and mention.kind == "descriptor" and app:
        # "said the surgeon, Dr. Farhan Qureshi": the appositive names the person described
        named = parse_speaker(app, a + m.start(2), appositive=m.group(1))
        if named is not None and named.kind == "name":
            return named
    if mention is not None and mention.kind != "name" and app:
        mention.role = (mention.role + ", " + app).strip(", ")
    return mention


class _Doc:
    """Working state of one document's extraction."""

    def __init__(self, text, paragraphs, sentences):
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.marked = has_quote_marks(text)
        self.rows: list[dict] = []

    def add(self, kind, parts, mention, cue, cue_lemma):
        if mention.kind == "pronoun" and mention.text.lower() in FIRST_PERSON and kind != "direct":
            return False   # "We suggested ...": the speaker's own words, or the narrator's
        pieces = [_trim(self.text, a, b) for a, b in parts]
        pieces = [(a, b) for a, b in pieces if b > a]
        if not pieces:
            return False
        body = " ".join(self.text[a:b] for a, b in pieces)
        if _n_words(body) < (1 if kind == "direct" else MIN_CONTENT_WORDS):
            return False
        if kind == "indirect" and any(c in body for c in QUOTE_CHARS):
            kind = "mixed"
        self.rows.append({"kind": kind, "parts": pieces, "mention": mention, "cue": cue,
                          "cue_lemma": cue_lemma, "char_start": pieces[0][0], "char_end": pieces[-1][1],
                          "text": body})
        return True

    def covered(self, a, b) -> bool:
        return any(r["char_start"] < b and a < r["char_end"] for r in self.rows)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:-\u2013\u2014("):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:-\u2013\u2014("):
        b -= 1
    return a, b


_END_RE = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bProf)(?<!\bGen)(?<!\bSen)"
                     r"(?<!\bRep)(?<!\bGov)(?<!\bSt)(?<!\bLt)(?<!\bCol)(?<!\bJr)(?<!\bSr)[.!?](?=\s|$)")


def _sentence_end(text: str, k: int, limit: int) -> int:
    m = _END_RE.search(text, k, limit)
    nxt = min((text.find(c, k, limit) for c in QUOTE_CHARS if text.find(c, k, limit) >= 0),
              default=limit)
    end = m.end() if m else limit
    return min(end, nxt) if nxt < end else end


def _find_cue(text: str, a: int, b: int, *, first=True):
    ms = list(_cue_re().finditer(text, a, b))
    if not ms:
        return None
    return ms[0] if first else ms[-1]


def _tail_attribution(doc: _Doc, close: int, para_end: int):
    """Attribution after a closing mark: (mention, cue match, end of attribution, joins)."""
    text = doc.text
    end = _sentence_end(text, close + 1, para_end)
    tail = text[close + 1:end]
    if _n_words(tail) == 0:
        return None
    cue = _find_cue(text, close + 1, end)
    if cue is None or _n_words(text[close + 1:cue.start()]) > MAX_TAIL_WORDS:
        return None
    if re.search(r"\bto\s+$", text[close + 1:cue.start()]):
        return None     # '"..." A representative declined to comment.': no statement
    # '"A." He added: "B."': a cue ending in a colon introduces the quotation after it
    if re.match(r"[^.!?]*:\s*$", text[cue.end():end]) and text[end:para_end].lstrip()[:1] in QUOTE_CHARS:
        return None
    before = text[close + 1:cue.start()]
    if _n_words(_strip_aux(before)[0]) == 0:
        stop = end
        # "said Smith, "B."": the appositive stops at the next opening mark
        mention = _speaker_after(text, cue.end(), stop, lenient=True)
    else:
        mention, _ = _speaker_before(text, close + 1, cue.start(), whole=True, lenient=True)
        rest = text[cue.end():end]
        if mention is not None and _n_words(rest) > MAX_CUE_REST_WORDS:
            return None
    if mention is None:
        return None
    after = text[end:para_end].lstrip()
    joins = text[end - 1:end] == "," or (text[cue.end():end].rstrip().endswith(",") and after[:1] in QUOTE_CHARS)
    return mention, cue, end, joins


def _head_attribution(doc: _Doc, open_: int, para_start: int):
    """Attribution before an opening mark in the same sentence: ``X continues, "``."""
    text = doc.text
    a = para_start
    for m in re.finditer(r"[.!?](?=\s)|[" + re.escape(QUOTE_CHARS) + "]", text[para_start:open_]):
        a = para_start + m.end()
    head = text[a:open_]
    stripped = head.rstrip()
    if not stripped.endswith((",", ":")) and not stripped.endswith(tuple(reporting_verb_forms())):
        return None
    limit = MAX_CUE_REST_WORDS if stripped.endswith(":") else MAX_HEAD_REST_WORDS
    for cue in reversed(list(_cue_re().finditer(text, a, a + len(stripped)))):
        if _n_words(text[cue.end():a + len(stripped)]) > limit:
            return None
        mention, _ = _speaker_before(text, a, cue.start())
        if mention is None and not text[a:cue.start()].strip():
            # "Said Smith: "...""
            mention = _speaker_after(text, cue.end(), a + len(stripped.rstrip(",:")))
        if mention is not None:
            return mention, cue
    if stripped.endswith(":") and _n_words(stripped) >= 2:
        # 'Savchuk draws attention to the other side: "..."', 'He was candid: "..."': a
        # colon hands the quotation to the subject of the sentence that introduces it
        mention = narration_subject(text, a, a + len(stripped) - 1)
        if mention is None:
            first = re.match(r"\s*([A-Za-z]+)\s+[a-z]", head)
            pron = parse_speaker(first.group(1), a) if first else None
            if pron is not None and pron.kind == "pronoun" and pron.text.lower() not in FIRST_PERSON:
                mention = pron
        if mention is not None:
            return mention, None
    return None


def _para_of(paragraphs, k):
    for ps, pe in paragraphs:
        if ps <= k < pe or k == pe:
            return ps, pe
    return 0, 0


def _direct(doc: _Doc) -> None:
    text = doc.text
    spans = quoted_spans(text, doc.paragraphs)
    i = 0
    while i < len(spans):
        sp = spans[i]
        ps, _ = _para_of(doc.paragraphs, sp.start)
        _, pe = _para_of(doc.paragraphs, sp.end)
        parts = [(sp.start, sp.end)]
        found = None
        if sp.close_mark is not None:
            tail = _tail_attribution(doc, sp.close_mark, pe)
            if tail is not None:
                mention, cue, end, joins = tail
                found = (mention, cue)
                # "A," he said, "B." -> one statement
                if joins and i + 1 < len(spans) and spans[i + 1].open_mark is not None \
                        and text[end:spans[i + 1].open_mark].strip() == "":
                    i += 1
                    parts.append((spans[i].start, spans[i].end))
                elif _continues_after_attribution(doc, spans, i, end, pe):
                    # "A," Smith said. "B." -> one statement (the attribution interrupts it)
                    i += 1
                    parts.append((spans[i].start, spans[i].end))
        if found is None and sp.open_mark is not None:
            head = _head_attribution(doc, sp.open_mark, ps)
            if head is not None:
                found = head
        if found is not None:
            mention, cue = found
            if cue is None:
                doc.add("direct", parts, mention, pd.NA, pd.NA)
            else:
                doc.add("direct", parts, mention, cue.group(), reporting_verb_forms()[cue.group()][0])
        elif _n_words(text[sp.start:sp.end]) >= MIN_CONTINUATION_WORDS \
                and _is_sentence_like(text, sp):
            doc.add("direct", parts, Mention("continuation", ""), pd.NA, pd.NA)
        i += 1


def _continues_after_attribution(doc: _Doc, spans, i: int, end: int, pe: int) -> bool:
    """The quote after an attribution sentence opens at once, in the same paragraph, and
    has no attribution of its own: the second half of one interrupted statement."""
    if i + 1 >= len(spans):
        return False
    nxt = spans[i + 1]
    if nxt.open_mark is None:
        # "A," says Suslov. - B."  (a dash continuation whose opening mark is lost)
        return nxt.close_mark is not None and nxt.start < pe \
            and doc.text[end:nxt.start].strip(" \t\n-\u2013\u2014") == "" \
            and doc.text[end:nxt.start].strip() != ""
    # "A," Goncharova continues. - "B."  (a dash may lead the second half)
    if nxt.open_mark >= pe or doc.text[end:nxt.open_mark].strip(" \t\n-\u2013\u2014"):
        return False
    if nxt.close_mark is not None:
        _, npe = _para_of(doc.paragraphs, nxt.end)
        if _tail_attribution(doc, nxt.close_mark, npe) is not None:
            return False
    return True


def _is_sentence_like(text: str, sp) -> bool:
    """A quoted passage that stands as its own sentence (not a phrase in narration)."""
    body = text[sp.start:sp.end].rstrip()
    before = text[:sp.open_mark if sp.open_mark is not None else sp.start].rstrip()
    ends = body.endswith((".", "!", "?", "\u2026")) or (
        sp.close_mark is not None and text[sp.close_mark + 1:sp.close_mark + 2] in ".!?")
    opens = sp.open_mark is None or not before or before.endswith((".", "!", "?", ":", "\u2026", "-", "\u2013", "\u2014")) \
        or before[-1] in QUOTE_CHARS
    return ends and opens and body[:1].isupper()


def _according_to(doc: _Doc, a: int, b: int, end_b: int) -> bool:
    """``According to X, ...``, ``A, according to X, B`` (also inside a parenthesis:
    ``(which, according to Washington, are used ...)``) and ``..., according to X.``"""
    text = doc.text
    m = _phrase_re().search(text, a, b)
    if not m:
        return False
    cue = m.group().strip()
    k = m.end()
    comma = text.find(",", k, b)
    mention = parse_speaker(text[k:comma], k) if comma > 0 else None
    second = text.find(",", comma + 1, b) if mention is not None and mention.kind != "name" else -1
    if second > 0 and _n_words(text[comma + 1:second]) <= MAX_APPOSITION_NAME_WORDS:
        # "According to the industry regulator, the Water Services Authority, ...": the name
        # in apposition is the source
        named = parse_speaker(text[comma + 1:second], comma + 1)
        if named is not None and named.kind == "name" and named.name[:1].isupper():
            mention, comma = named, second
    if mention is not None:
        if m.start() == a:
            parts = [(comma + 1, end_b)]
        elif text[a:m.start()].rstrip().endswith(",") and "(" not in text[a:m.start()]:
            parts = [(a, m.start()), (comma + 1, end_b)]
        else:
            clause = max(text.rfind("(", a, m.start()) + 1, a)
            close = text.find(")", comma, b)
            parts = [(clause, m.start()), (comma + 1, close if close > 0 else end_b)]
        return doc.add("indirect", parts, mention, cue, "according to")
    mention = _speaker_after(text, k, b)
    if mention is not None and m.start() > a:
        return doc.add("indirect", [(a, m.start())], mention, cue, "according to")
    return False


#: words of a name in apposition after "According to the regulator," (an organisation's name)
MAX_APPOSITION_NAME_WORDS = 6

_VIEW_RE = re.compile(r"(?:In|From)\s+(his|her|their|([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)(?:'s|\u2019s))\s+"
                      r"(view|opinion|words|assessment|estimation|judgment|judgement),\s+")


#: "In the opinion of the political scientist X of Y, ...": the holder after "of"
_VIEW_OF_RE = re.compile(r"In\s+the\s+(view|opinion|words|assessment|estimation|judge?ment)\s+of\s+([^,;:]{3,120}),\s+")


def _in_view(doc: _Doc, a: int, b: int, end_b: int) -> bool:
    """``In his view, ...`` / ``In Suponina's opinion, ...`` / ``In the opinion of X, ...``:
    the clause after the comma."""
    m = _VIEW_RE.match(doc.text, a, b)
    if m is None:
        mo = _VIEW_OF_RE.match(doc.text, a, b)
        mention = parse_speaker(mo.group(2), mo.start(2)) if mo is not None else None
        if mention is None or mention.kind == "pronoun":
            return False
        cue = doc.text[mo.start():mo.start(2)].rstrip()
        return doc.add("indirect", [(mo.end(), end_b)], mention, cue, "view")
    who = m.group(2) or m.group(1)
    mention = parse_speaker(who, m.start(2) if m.group(2) else m.start(1))
    if mention is None and m.group(1) in ("his", "her", "their"):
        mention = parse_speaker({"his": "he", "her": "she", "their": "they"}[m.group(1)], m.start(1))
    if mention is None:
        return False
    cue = doc.text[m.start():m.end()].rstrip(", ")
    return doc.add("indirect", [(m.end(), end_b)], mention, cue, "view")


_SECOND_CUE_RE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?([a-z]+)\s+(that\s+)?")


def _second_cue(text: str, a: int, b: int):
    """"... and said (that) B" after a first statement: a second reporting verb of the same
    subject (a speech verb when no "that" follows it), or None."""
    second = _SECOND_CUE_RE.search(text, a, b)
    while second is not None and (second.group(1) not in reporting_verb_forms() or (
            not second.group(2) and reporting_verb_forms()[second.group(1)][1] != "speech")):
        second = _SECOND_CUE_RE.search(text, second.end(), b)
    return second


def _has_verb(clause: str) -> bool:
    """The words look like a clause: an auxiliary, a past form or a word in -ed ("the
    lowest reading since 2021" is an apposition, not the rest of a statement)."""
    toks = [t.lower().strip(".,;:!?\"'\u2019\u201d") for t in clause.split()]
    return bool(_FINITE_RE.search(clause.lower())) or any(
        t in speaker_words()["past"] or (t.endswith("ed") and len(t) > 4) for t in toks)


_BELIEF_CLAUSE_RE = re.compile(r"\s+(?:it|he|she|they|there|this|the|its|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                               r"(?:is|are|was|were|had|has|have|would|will|could|should|can|may|might|must)\s")


def _sentence_statement(doc: _Doc, a: int, b: int) -> bool:
    """Find one attributed statement in the sentence ``text[a:b]``; True if found."""
    text = doc.text
    s = text[a:b]
    unmarked = "indirect" if doc.marked else "unmarked"
    end_b = b - 1 if s.endswith((".", "!", "?")) else b
    if _according_to(doc, a, b, end_b) or _in_view(doc, a, b, end_b):
        return True
    mq = _NAMING_RE.search(text, a, b)
    if mq and any(c in text[mq.end():b] for c in QUOTE_CHARS):
        # "The Arab League called it an "extremely adverse development"."
        mention, sp_start = _speaker_before(text, a, mq.start())
        lead = text[a:sp_start if mention is not None else a]
        if mention is not None and (not lead.strip() or lead.rstrip().endswith(",")):
            if doc.add("mixed", [(mq.end(), end_b)], mention, mq.group(1), _NAMING_LEMMAS[mq.group(1)[:4].lower()]):
                return True
    for cue in _cue_re().finditer(text, a, b):
        lemma, cls = reporting_verb_forms()[cue.group()]
        post = text[cue.end():b]
        pre_stripped, perfect = _strip_aux(text[a:cue.start()])
        # X said (, however,) (to Y) that ...
        mt = re.match(r"(?:,[^,]{1,30},)?(?:\s+(?:to\s+)?[^,]{1,40}?)??\s+that\s+", post)
        if mt and (_FINITE_RE.search(post[:mt.end()]) or _n_words(post[:mt.end()]) > 7):
            mt = None   # "said the budget was balanced and that ...": the object is a clause
        if mt:
            mention, _ = _speaker_before(text, a, cue.start(), subject=_subject_cue(cue.group()))
            if mention is not None:
                start = cue.end() + mt.end()
                # "He noted that A, and said that B": two statements of one speaker
                second = _second_cue(text, start, end_b)
                if second is not None and doc.add("indirect", [(start, second.start())], mention,
                                                  cue.group(), lemma):
                    lemma2 = reporting_verb_forms()[second.group(1)][0]
                    doc.add("indirect", [(second.end(), end_b)], mention, second.group(1), lemma2)
                    return True
                if doc.add("indirect", [(start, end_b)], mention, cue.group(), lemma):
                    return True
        # ..., X said (to Y).   /   ..., said X(, role).
        if _n_words(post) <= MAX_CUE_REST_WORDS and re.match(r"[^,:;]*$", post.rstrip(".!?")) \
                and not _FINITE_RE.search(post) and not any(c in post for c in QUOTE_CHARS):
            mention, sp_start = _speaker_before(text, a, cue.start())
            content_end = text.rfind(",", a, sp_start)
            coordinated = re.match(r"\s*(?:and|but|or)\s", text[content_end + 1:sp_start + 4]) if content_end > a else None
            if mention is not None and content_end > a and not coordinated:
                kind = "indirect" if perfect or lemma in PARAPHRASE_CUES else unmarked
                if doc.add(kind, [(a, content_end)], mention, cue.group(), lemma):
                    return True
        if pre_stripped.rstrip().endswith(",") and _n_words(pre_stripped) >= MIN_CONTENT_WORDS:
            mention = _speaker_after(text, cue.end(), b)
            if mention is not None:
                if doc.add(unmarked, [(a, a + len(pre_stripped.rstrip()) - 1)], mention, cue.group(), lemma):
                    return True
        # A, X said, B.
        mi = re.match(r"(?:\s+\w+|\s+(?:with|in|on|at|after|before|over|to)(?:\s+[\w'\u2019]+){1,3}"
                      r"|\s+(?:last|this|earlier|later|early|late|next)\s+\w+)?,\s+", post)
        if mi and (re.match(r"\s*(?:\w+ing|who|which|adding|as)\b", post[mi.end():])
                   or (re.match(r"\s*(?:the|a|an)\s", post[mi.end():]) and not _has_verb(post[mi.end():]))) \
                and not (re.match(r"\s*\w+ing\b", post[mi.end():]) and _FINITE_RE.search(post[mi.end():])):
            # "..., the former official added, breaking from ..." ends the statement
            mention, sp_start = _speaker_before(text, a, cue.start())
            content_end = text.rfind(",", a, sp_start)
            if mention is not None and content_end > a:
                if doc.add(unmarked, [(a, content_end)], mention, cue.group(), lemma):
                    return True
            mi = None
        if mi:
            mention, sp_start = _speaker_before(text, a, cue.start())
            content_end = text.rfind(",", a, sp_start)
            if mention is not None and content_end > a and _n_words(text[a:content_end]) >= 1 \
                    and not text[sp_start:cue.start()].lstrip()[:4].lower().startswith(("and ", "but ")):
                if doc.add(unmarked, [(a, content_end), (cue.end() + mi.end(), end_b)], mention,
                           cue.group(), lemma):
                    return True
        # X stated: ...
        mc = re.match(r"[^:,]{0,40}:\s+", post)
        if mc:
            mention, _ = _speaker_before(text, a, cue.start())
            if mention is not None:
                if doc.add(unmarked, [(cue.end() + mc.end(), end_b)], mention, cue.group(), lemma):
                    return True
        # X said the talks failed.  (speech verbs, speaker opening the clause; a belief verb
        # only before a clause that plainly has its own subject and finite verb: "She
        # believed it should have been ruled out", not "He thinks about it")
        if cls == "speech" or (cls in ("belief", "that") and _BELIEF_CLAUSE_RE.match(post)):
            mn = re.match(_ADJUNCTS + r"\s+(?!(?:" + "|".join(_CLAUSE_OPENER_BAD) + r")\b)(?=[A-Za-z0-9])", post)
            if mn and lemma == "tell":
                # "told the paper she had no choice": the addressee is no part of the content
                mn = _ADDRESSEE_RE.match(post) or mn
            # a clause of three words needs its finite verb ("said staff were exhausted"), so
            # that "said the budget" or "told reporters" is no statement
            if mn and (_n_words(post) >= MIN_CONTENT_WORDS + 1
                       or _n_words(post) == MIN_CONTENT_WORDS and _FINITE_RE.search(post[mn.end():])):
                mention, sp_start = _speaker_before(text, a, cue.start(), subject=_subject_cue(cue.group()))
                lead = text[a:sp_start].rstrip()
                if mention is not None and cls == "belief" and not (_is_person(mention) or mention.kind == "pronoun"):
                    mention = None   # "If Russia thought it might lose Crimea": a state's belief, no statement
                if mention is not None and (not lead or lead.endswith(",") or _DATELINE_RE.fullmatch(lead + " ")):
                    # "confirmed it had made an offer but declined to comment further": the
                    # subject's next act is no part of what it said
                    refusal = _REFUSAL_RE.search(text, cue.end() + mn.end(), end_b)
                    end = refusal.start() if refusal is not None else end_b
                    if doc.add("indirect", [(cue.end() + mn.end(), end)], mention, cue.group(), lemma):
                        return True
    return _coordinated_statement(doc, a, b, end_b) or _participle_statement(doc, a, b, end_b)


#: a coordinated refusal after a statement's clause ("..., but declined to comment further")
_REFUSAL_RE = re.compile(r",?\s+(?:but|and)\s+(?:declined|refused|would\s+not|did\s+not)\s+(?:to\s+)?"
                         r"(?:comment|elaborate|give|say|provide|name|disclose)\b")

#: words of an organisation's common-noun subject ("The regional health ministry")
MAX_ORG_SUBJECT_WORDS = 5


def _clause_subject(text: str, a: int, b: int) -> Mention | None:
    """The subject a sentence ``text[a:b]`` opens with: a person or unnamed source
    (:func:`narration_subject`), else a capitalised name that is no person's ("The Harbour
    Bank cut rates", "Norland Shipping AB reported")."""
    dateline = _DATELINE_RE.match(text, a, b)
    if dateline is not None:
        a = dateline.end()
    subject = narration_subject(text, a, b)
    if subject is not None:
        return subject if subject.kind in ("name", "descriptor") else None
    toks = list(_TOKEN_RE.finditer(text, a, b))[:MAX_ORG_SUBJECT_WORDS + 1]
    for n in range(1, len(toks)):
        if toks[n].group()[:1].islower() and _verbish(toks[n].group()):
            # "The ministry rejected the offer": an organisation by its common noun
            subject = parse_speaker(text[a:toks[n - 1].end()], a)
            if subject is not None and subject.kind == "organisation":
                return subject
            break
    org = _sentence_subject(text, b)
    if org is None:
        return None
    subject = parse_speaker(org, text.find(org, a, b))
    return subject if subject is not None and subject.kind in ("name", "organisation") else None


#: a second verb of the sentence's subject: "..., and said (that)", "but added"
_COORDINATED_RE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+)?$")


def _coordinated_statement(doc: _Doc, a: int, b: int, end_b: int) -> bool:
    """"Norland Shipping reported a fall in profit on Tuesday, and said it would cut
    capacity": a speech verb coordinated after the first verb reports what the sentence's
    subject said."""
    text = doc.text
    for cue in _cue_re().finditer(text, a, b):
        lemma, cls = reporting_verb_forms()[cue.group()]
        mc = _COORDINATED_RE.search(text, a, cue.start())
        if cls != "speech" or mc is None or mc.start() <= a:
            continue
        post = text[cue.end():b]
        mn = re.match(r"\s+that\s+" if lemma == "tell" else
                      r"\s+(?:that\s+)?(?!(?:" + "|".join(_CLAUSE_OPENER_BAD) + r")\b)(?=[A-Za-z])", post)
        if mn is None or _n_words(post) < MIN_CONTENT_WORDS + 1 or any(c in text[a:mc.start()] for c in QUOTE_CHARS):
            continue
        subject = _clause_subject(text, a, mc.start())
        if subject is None:
            continue
        kind = "mixed" if any(c in post for c in QUOTE_CHARS) else "indirect"
        if doc.add(kind, [(cue.end() + mn.end(), end_b)], subject, cue.group(), lemma):
            return True
    return False


#: when or where a statement was made, between the cue and its clause ("said on Tuesday its
#: profit rose", "said in a statement it would appeal")
_ADJUNCTS = (r"(?:\s+(?:(?:(?:late\s+|early\s+)?on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
             r"|yesterday|today|last\s+(?:week|month|night|year)|this\s+(?:week|month|morning|year)"
             r"|in\s+an?\s+(?:statement|filing|interview|letter|post|email|report))\b,?)*")

_PARTICIPLE_RE = re.compile(r",\s+(\w+ing)\s+that\s+")


#: the addressee of "tell" before a clause that opens with a pronoun or determiner
_ADDRESSEE_RE = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'\u2019.-]+\s+){1,3}?"
                           r"(?=(?:he|she|they|it|we|I|the|a|an|there|this|his|her|their|its)\s)")


def _participle_statement(doc: _Doc, a: int, b: int, end_b: int) -> bool:
    """"X has attacked the plan, warning that it will fail": a reporting verb's participle
    with "that" reports what the sentence's subject said."""
    text = doc.text
    mp = _PARTICIPLE_RE.search(text, a, end_b)
    if mp is None:
        return False
    stem = mp.group(1)[:-3].lower()
    lemma = next((lem for form, (lem, _) in reporting_verb_forms().items()
                  if lem in (stem, stem + "e") or (len(stem) > 3 and stem[-1] == stem[-2] and lem == stem[:-1])), None)
    if lemma is None or lemma in _PARTICIPLE_NOT_SPEECH:
        return False
    # "The Harbour Bank cut rates, warning that ...": a person, unnamed source or organisation
    subject = _clause_subject(text, a, mp.start())
    if subject is None:
        return False
    # the content may quote words ('warning that it will leave towns "worse connected"')
    kind = "mixed" if any(c in text[mp.end():end_b] for c in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(mp.end(), end_b)], subject, mp.group(1), lemma)


#: participles of reporting verbs that report no statement ("a study suggesting that ...",
#: "a report confirming that ...": the subject is a document or a fact)
_PARTICIPLE_NOT_SPEECH = frozenset("suggest confirm report estimate predict recall observe ask answer "
                                   "respond reply comment continue".split())


def _unmarked_continuations(doc: _Doc) -> None:
    """In a copy without quotation marks: first-person sentences next to an unmarked
    statement continue it (same speaker)."""
    if doc.marked:
        return
    rows = sorted(doc.rows, key=lambda r: r["char_start"])
    last_idx = None
    added = []
    for idx, (a, b) in enumerate(doc.sentences):
        owner = [r for r in rows + added if r["char_start"] < b and a < r["char_end"]]
        if owner:
            last_idx = idx if any(r["kind"] in ("unmarked", "indirect") for r in owner) else None
            continue
        if last_idx is not None and idx - last_idx - 1 <= MAX_UNMARKED_GAP_SENTENCES \
                and _FIRST_PERSON_RE.search(doc.text[a:b]):
            row = {"kind": "unmarked", "parts": [(a, b)], "mention": Mention("continuation", ""),
                   "cue": pd.NA, "cue_lemma": pd.NA, "char_start": a, "char_end": b,
                   "text": doc.text[a:b]}
            added.append(row)
            last_idx = idx
    doc.rows.extend(added)


_GLUED_RE = re.compile(r"(?<=[a-z0-9%\u2019')])[.!?](?=[A-Z][a-z])")
#: words before a period that do not end a sentence even when a capital follows at once
_GLUE_ABBREVIATIONS = frozenset("mr mrs ms dr st prof gen sen rep gov lt col jr sr rev no vs mt ft".split())
#: a paragraph of at most this many words with no closing punctuation is a headline or a
#: heading, not a sentence (headlines in news copy run to about 15 words)
MAX_HEADLINE_WORDS = 20


def _split_glued(text: str, sentences) -> list[tuple[int, int]]:
    """Split sentences glued by a lost space ("...the West.Ivo Marenko, who ..."), as in
    copies whose marks and spaces were stripped."""
    out = []
    for a, b in sentences:
        start = a
        for m in _GLUED_RE.finditer(text, a, b):
            word = re.search(r"(\w+)$", text[start:m.start()])
            if word is None or word.group(1).lower() in _GLUE_ABBREVIATIONS:
                continue
            out.append((start, m.end()))
            start = m.end()
        out.append((start, b))
    return out


def _is_headline(para: str) -> bool:
    """A one-line paragraph without closing punctuation: a headline or heading."""
    para = para.strip()
    return "\n" not in para and _n_words(para) <= MAX_HEADLINE_WORDS \
        and not para.endswith(tuple(".!?:;,\u2026\"\u201c\u201d\u2019\u00bb)"))


def _attribute_continuations(text: str, rows: list[dict], narration: list) -> list[dict]:
    """A quoted passage with no attribution of its own belongs to the person the narration
    has just named as a subject ("Ashby walked me up the tower. ... "My father kept ...""),
    else to the statement just before it; with neither within ``MAX_CONTINUATION_GAP``
    characters it has no speaker and is dropped."""
    out, prev_end = [], None
    for r in rows:
        if r["mention"].kind == "continuation":
            lo = r["char_start"] - MAX_CONTINUATION_GAP
            if prev_end is not None:
                lo = max(lo, prev_end)
            named = [m for p, m in narration if lo <= p < r["char_start"] and m.kind == "name"
                     and len(fullest_name(text, m.name).split()) >= 2]
            if named:
                r = {**r, "mention": named[-1]}
            elif prev_end is None or r["char_start"] - prev_end > MAX_CONTINUATION_GAP:
                continue
        out.append(r)
        prev_end = r["char_end"]
    return out


def extract_quotes(text: str, *, doc_id: str = "", paragraphs: list[tuple[int, int]] | None = None,
                   sentences: list[tuple[int, int]] | None = None) -> pd.DataFrame:
    """Attributed statements of one article text, one row per statement, in text order.

    Columns: ``kind`` (direct, unmarked, indirect, mixed), ``speaker`` (as written),
    ``cue``, ``cue_lemma``, ``text`` (content without marks or attribution),
    ``char_start``/``char_end`` (offsets into ``text``; an interrupted statement spans
    its attribution too, ``parts`` lists its pieces as ``"a-b;c-d"``),
    ``speaker_start``/``speaker_end``, and the resolved source: ``speaker_name``,
    ``role``, ``anonymous``, ``source_key``; ``n_words`` of the content; ``doc_id``
    (as given) first. Paragraph spans default to blank-line-separated blocks, sentence
    spans to :func:`workbench.segment.sentence_spans` within each paragraph."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if paragraphs is None:
        paragraphs = _default_paragraphs(text)
    if sentences is None:
        sentences = [(ps + a, ps + b) for ps, pe in paragraphs for a, b in sentence_spans(text[ps:pe])]
    sentences = _split_glued(text, sentences)
    doc = _Doc(text, list(paragraphs), list(sentences))
    _direct(doc)
    for a, b in doc.sentences:
        if not doc.covered(a, b):
            _sentence_statement(doc, a, b)
    _unmarked_continuations(doc)
    doc.rows.sort(key=lambda r: r["char_start"])
    headlines = [(a, b) for a, b in doc.paragraphs if _is_headline(text[a:b])]
    narration = []
    for a, b in doc.sentences:
        # a headline's subject ("Former minister attacks ...") is no one the text refers back to
        if not doc.covered(a, b) and not any(ha <= a < hb for ha, hb in headlines):
            m = narration_subject(text, a, b)
            if m is not None:
                narration.append((a, m))
    doc.rows = _attribute_continuations(text, doc.rows, narration)
    doc.rows = [r for r in doc.rows if not any(a <= r["char_start"] < b for a, b in headlines)]
    resolved = resolve([(r["char_start"], r["mention"]) for r in doc.rows], text, narration)
    # "It said ..." with no organisation to speak for: no statement
    kept = [(r, src) for r, src in zip(doc.rows, resolved) if src["key"] is not None]
    doc.rows, resolved = [r for r, _ in kept], [src for _, src in kept]
    records = []
    prev_speaker = (pd.NA, pd.NA, pd.NA)
    for r, src in zip(doc.rows, resolved):
        m = r["mention"]
        if m.kind == "continuation":
            speaker, s0, s1 = prev_speaker
        else:
            speaker, s0, s1 = m.text, m.start, m.end
        prev_speaker = (speaker, s0, s1)
        records.append({
            "kind": r["kind"], "speaker": speaker, "cue": r["cue"], "cue_lemma": r["cue_lemma"],
            "text": r["text"], "char_start": r["char_start"], "char_end": r["char_end"],
            "speaker_start": s0, "speaker_end": s1, "speaker_name": src["name"],
            "role": src["role"] or pd.NA, "anonymous": bool(src["anonymous"]),
            "source_key": src["key"], "parts": ";".join(f"{a}-{b}" for a, b in r["parts"]),
            "n_words": _n_words(r["text"]),
        })
    frame = pd.DataFrame.from_records(records, columns=_FRAME_COLUMNS)
    for col in ("kind", "speaker", "cue", "cue_lemma", "text", "speaker_name", "role", "source_key", "parts"):
        frame[col] = frame[col].astype("string")
    for col in ("char_start", "char_end", "n_words"):
        frame[col] = frame[col].astype("int64")
    for col in ("speaker_start", "speaker_end"):
        frame[col] = frame[col].astype("Int64")
    frame["anonymous"] = frame["anonymous"].astype(bool)
    frame.insert(0, "doc_id", pd.Series([doc_id] * len(frame), dtype="string"))
    return frame


def quotes_table(corpus) -> pd.DataFrame:
    """The contract's ``quotes`` table of a corpus (statements of every document, offsets
    into ``documents.text``, ``para_id``/``sent_id`` of each statement's start), with
    ``source_id`` from :func:`workbench.sources.build_sources` and the extra columns
    of :func:`extract_quotes`. Depends only on documents, paragraphs and sentences."""
    from .sources import build_sources

    frames = []
    paras = corpus.paragraphs
    sents = corpus.sentences
    for doc in corpus.documents[["doc_id", "text"]].itertuples(index=False):
        p = paras[paras["doc_id"] == doc.doc_id]
        s = sents[sents["doc_id"] == doc.doc_id]
        q = extract_quotes(doc.text, doc_id=doc.doc_id,
                           paragraphs=list(zip(p["char_start"], p["char_end"])),
                           sentences=list(zip(s["char_start"], s["char_end"])))
        q.insert(1, "quote_id", [f"{doc.doc_id}:q{n:04d}" for n in range(1, len(q) + 1)])
        q.insert(2, "para_id", _unit_at(p, "para_id", q["char_start"]))
        q.insert(3, "sent_id", _unit_at(s, "sent_id", q["char_start"]))
        frames.append(q)
    if frames:
        quotes = pd.concat(frames, ignore_index=True)
    else:
        quotes = extract_quotes("")
        for i, col in enumerate(("quote_id", "para_id", "sent_id"), start=1):
            quotes.insert(i, col, pd.Series(dtype="string"))
    for col in ("doc_id", "quote_id", "para_id", "sent_id"):
        quotes[col] = quotes[col].astype("string")
    _, quotes = build_sources(quotes)
    return quotes[QUOTE_COLUMNS + EXTRA_COLUMNS].reset_index(drop=True)


def _unit_at(units: pd.DataFrame, id_col: str, starts: pd.Series) -> list:
    """The id of the unit (paragraph or sentence) containing each offset (or the next one)."""
    out = []
    bounds = list(zip(units["char_start"], units["char_end"], units[id_col]))
    for k in starts:
        hit = pd.NA
        for a, b, uid in bounds:
            if a <= k < b:
                hit = uid
                break
            if a > k:
                hit = uid
                break
        out.append(hit)
    return out
