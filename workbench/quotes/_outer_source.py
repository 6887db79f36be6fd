"""The outer source of a reported statement: '"...," X said at a rally, according to the
Sun.', 'According to the Post, the judge said "..."', 'X said ..., CNN reported.'. PolNeAR
gives such a statement to the outlet or document it is known through, not to the person
inside it (PolNeAR train: 29 of 31 sentences "X said ..., according to Z" and 3 of 3
"X said ..., Z reported" have Z as the gold source), so the statement of the speech clause
before the outer cue is given to Z (tests/data/quotes/GUIDELINES.md: a nested statement
rests on the outer source). A record of the speaker's own words after "according to" ("a
statement", "a recording", "a transcript": ``_record_tails``) is no outer source."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clause_speakers import COLLECTIVE
from ._clauses import MIN_CONTENT_WORDS
from ._cues import QUOTE_CHARS, cues_in, n_words, reporting_verb_forms
from ._mentions import Mention, parse_speaker
from ._names import speaker_words
from ._record_tails import names_record
from ._source_phrases import source_phrase as _source_phrase
from ._source_type import is_group_word

if TYPE_CHECKING:
    from ._doc import Doc

#: ", according to Z" closing the sentence (no comma needed right after the speech clause's
#: verb or where it was said: "X said according to the Sun", "... in an interview according to ...")
_TRAILING_ACCORDING_RE = re.compile(
    r"(?:,|\b(?P<verb>said|statement|interview))\s+according\s+to\s+(?P<src>[^,;:()\"\u201c\u201d]{2,120}?)"
    # ('..., according to Reuters, during a visit to ...': an adverbial after the source)
    r"(?:,\s+(?:during|while|aboard|at|on|in|after|before)\s[^;:()\"\u201c\u201d]{2,200})?\s*$"
)
#: "According to Z," opening it
_LEADING_ACCORDING_RE = re.compile(
    r"(?:(?:But|And|Yet|Still|Now|Then)\s+)?[Aa]ccording\s+to\s+(?P<src>[^,;:]{2,100}),\s+"
)
#: words that end the poll's modifiers (a preposition or clause word before "poll")
_NOT_MODIFIER = (
    r"(?:of|on|about|after|before|over|in|at|for|with|from|by|to|into|during|since|that|which|where|when)\b"
)
#: "In a Gallup poll released Monday, ..." opening it: the poll is the source of what its
#: respondents "said" (PolNeAR train: 3 of 3 such sentences with a speech verb)
_LEADING_POLL_RE = re.compile(
    # the poll heads the phrase: "In a new Gallup poll (of voters | released Monday)," (not
    # "In an interview about the poll,", "In a survey flight,", "In the poll's comments,")
    r"(?P<cue>In)\s+(?P<src>(?:a|an|the)\s+(?:(?!" + _NOT_MODIFIER + r")[\w./&'\u2019-]+\s+){0,5}?"
    r"(?:poll|survey)(?:\s+(?:of|by|for|conducted|released|published|taken|commissioned|carried)\s"
    r"[^,;:()\"\u201c\u201d]{0,60})?),\s+"
)
#: "A new Gallup survey shows that ...": the poll opening the sentence with a finding verb
_POLL_FINDS_RE = re.compile(
    r"(?P<src>(?:The|A|An|This|That|the|a|an)\s+[^,;:()\"\u201c\u201d]{0,60}?\b(?:poll|survey))\s+"
    r"(?:also\s+|now\s+)?(?P<cue>finds|found|shows|showed)\s+(?:that,?\s+)?"
    r"(?:(?:while|although|though|as)\s+)?"
)
#: ... whose clause opens with a share of the respondents ("62 percent of fans", "a majority")
_SHARE_RE = re.compile(
    r"(?:(?:just|only|about|nearly|almost|roughly|some|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?"
    # a share, not a count ("3 divers said" is what three people said)
    r"(?:\d[\d.]*\s*(?:%|percent\b|per\s+cent\b|in\s+\d|out\s+of\b)|a\s+majority\b|a\s+third\b"
    r"|a\s+quarter\b|half\b|two-thirds\b|three-quarters\b|one\s+in\b)"
)
#: ", CNN reported" / ", The Post first reported" closing it: an outlet (capitalised) reports
_TRAILING_REPORTED_RE = re.compile(
    r",[\"\u201d]?\s+(?P<src>(?:the\s+|The\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4})\s+"
    r"(?:(?:first|also|previously|originally|later|has|had|have)\s+)*(?P<cue>reported|reports)"
    r"(?:\s+(?:in|on|last|this|earlier|late|early)\b[^,;:]{0,30})?\s*$"
)
#: the same inverted: ", reported the Financial Times" / ", reports USA Today"
_TRAILING_REPORTED_BY_RE = re.compile(
    r",[\"\u201d]?\s+(?:(?:first|also|originally)\s+)?(?P<cue>reported|reports)\s+"
    r"(?P<src>(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4})\s*$"
)
#: ", the lawyer said" closing the sentence
_TRAILING_SAID_RE = re.compile(
    r",[\"\u201d]?\s+(?P<src>(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w.'\u2019-]+\s+){0,3}?[\w.'\u2019-]+)\s+said\s*$"
)
#: what a thing "tells" or "shows" (a cue only when a person's words report it)
_THING_CUES = frozenset("tells tell told shows show showed says say suggests suggested".split())


def _thing_speaks(text: str, a: int, b: int) -> bool:
    """The clause ``text[a:b]`` opens with a thing as the subject of a cue ("The evidence
    tells ...", "The figures show ..."), not a person's or a body's words it reports."""
    cues = cues_in(text, a, b)
    if not cues or cues[0].group() not in _THING_CUES:
        return False
    subject = parse_speaker(text[a : cues[0].start()].strip(), a, lenient=True)
    if subject is None or subject.kind != "descriptor":
        return False
    words = speaker_words()
    last = subject.text.split()[-1].lower()
    return not any(
        w in words["heads"] or w in words["learned_heads"] or w in COLLECTIVE or is_group_word(w)
        for w in (subject.head, last)
    )


#: statements of a paragraph looked at, from its end (a quotation may run on past the sentence)
MAX_ROWS = 6


def outer_source(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """Give the statements whose speech clause lies in the sentence ``text[a:b]`` to the
    outer source the sentence names; with none yet, add '(X said A), CNN reported' as
    that source's statement. True when the sentence is done with."""
    text = doc.text
    if (
        "ccording" not in text[a:end_b]
        and "report" not in text[a:end_b]
        and "said" not in text[a:end_b]
        and not text.startswith("In ", a)
        and "poll" not in text[a:end_b]
        and "survey" not in text[a:end_b]
    ):
        return False
    outer = _outer_cue(text, a, end_b)
    if outer is None:
        return False
    mention, cue, lemma, clause = outer
    lo, hi = clause
    # the statements whose speaker is named within the clause: their attribution is nested
    rows = spoken_within(doc, lo, hi)
    if rows:
        for row in rows:
            row["mention"], row["cue"], row["cue_lemma"] = mention, cue, lemma
        return True
    if (
        lemma not in ("report", "poll", "say")
        or doc.covered(lo, hi)
        or re.search(r"\breport(?:s|ed)\b", text[lo:hi])
    ):
        return False  # "A, KING-TV reported, while B, the Sun-Times reported": two sources
    # "The mayor said the bridge would open in May, the Herald reported.": the whole clause
    if n_words(text[lo:hi]) < MIN_CONTENT_WORDS or not _has_cue_or_verb(text, lo, hi):
        return False
    kind = "mixed" if any(q in text[lo:hi] for q in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(lo, hi)], mention, cue, lemma)


def spoken_within(doc: Doc, lo: int, hi: int) -> list[dict]:
    """The statements of the paragraph whose speaker is named in ``text[lo:hi]`` (a clause
    that attributes them: '"...," X said'), from the last, at most MAX_ROWS looked at."""
    para_start, limit = doc.paragraph_at(lo)
    rows: list[dict] = []
    for _ in range(MAX_ROWS):
        row = doc.last_ending_within(para_start, limit)
        if row is None or row["char_end"] <= para_start:
            break
        spoken = row["mention"]
        if (
            spoken.kind != "continuation"
            and spoken.start is not None
            and lo <= spoken.start < hi
            and row["char_start"] < hi
        ):
            rows.append(row)
        limit = row["char_start"] - 1
        if limit < para_start:
            break
    return rows


def _outer_cue(text: str, a: int, end_b: int) -> tuple[Mention, str, str, tuple[int, int]] | None:
    """``(source, cue, cue lemma, (start, end) of the clause it reports)`` of the outer
    attribution of ``text[a:end_b]``, or None."""
    # (each trailing pattern only where its words are: it was tried at every word)
    m = _TRAILING_ACCORDING_RE.search(text, a, end_b) if text.find("according", a, end_b) >= 0 else None
    # (the clause ends at the comma, or after the verb or noun that stands without one)
    cut = m.end("verb") if m is not None and m.group("verb") else m.start() if m is not None else a
    if (
        m is not None
        and _speech_clause_in(text, a, cut)
        and not names_record(text, m.start("src"), m.end("src"))
    ):
        src = _mention(text, m.start("src"), m.end("src"))
        if src is not None:
            return src, "according to", "according to", (a, cut)
    m = _LEADING_ACCORDING_RE.match(text, a, end_b)
    if (
        m is not None
        and _speech_clause_in(text, m.end(), end_b)
        and not names_record(text, m.start("src"), m.end("src"), spoken=True)
    ):
        src = _mention(text, m.start("src"), m.end("src"))
        if src is not None:
            return src, "according to", "according to", (m.end(), end_b)
    m = _LEADING_POLL_RE.match(text, a, end_b)
    if m is not None and _SHARE_RE.match(text, m.end(), end_b) and _speech_clause_in(text, m.end(), end_b):
        src = _source_phrase(text, m.start("src"), m.end("src"))
        if src is not None:
            return src, m.group("cue"), "poll", (m.end(), end_b)
    m = _POLL_FINDS_RE.match(text, a, end_b)
    if m is not None and _SHARE_RE.match(text, m.end(), end_b) and _speech_clause_in(text, m.end(), end_b):
        src = _source_phrase(text, m.start("src"), m.end("src"))
        if src is not None:
            return src, m.group("cue"), "poll", (m.end("cue") + 1, end_b)
    m = _TRAILING_SAID_RE.search(text, a, end_b) if text[a:end_b].rstrip().endswith("said") else None
    if m is not None and m.start() > a and _thing_speaks(text, a, m.start()):
        # "The evidence tells a different story, the lawyer said.": the lawyer's words; a
        # thing's "tells" or "shows" in them is no statement of its own
        src = parse_speaker(m.group("src"), m.start("src"))
        if src is not None and src.kind in ("name", "organisation", "descriptor"):
            return src, "said", "say", (a, m.start())
    m = (
        _TRAILING_REPORTED_RE.search(text, a, end_b) or _TRAILING_REPORTED_BY_RE.search(text, a, end_b)
        if text.find("report", a, end_b) >= 0
        else None
    )
    if m is not None and m.start() > a:
        src = parse_speaker(m.group("src"), m.start("src"))
        if src is not None and src.kind in ("name", "organisation", "descriptor"):
            return src, m.group("cue"), "report", (a, m.start())
    return None


def record_tail(text: str, a: int, end_b: int) -> int | None:
    """Where the speech clause of ``text[a:end_b]`` ends when a closing "according to" names a
    record of its words ("The firm said ..., according to a statement."): the statement is
    the clause's speaker's, read without the tail; else None."""
    if text.find("according", a, end_b) < 0:
        return None
    m = _TRAILING_ACCORDING_RE.search(text, a, end_b)
    if m is None or not names_record(text, m.start("src"), m.end("src")):
        return None
    cut = m.end("verb") if m.group("verb") else m.start()
    return cut if _speech_clause_in(text, a, cut) else None


def record_lead(text: str, a: int, end_b: int) -> int | None:
    """Where the speech clause of ``text[a:end_b]`` starts when an opening "according to"
    names a record of its spoken words ("According to a transcript, the minister told ..."):
    the statement is the clause's speaker's, read after the lead; else None. (A writing
    opening the sentence, "According to the school's post, X said ...", is its writer's
    account of X's words, the outer source.)"""
    if not text.startswith(("According", "according", "But according", "And according"), a):
        return None
    m = _LEADING_ACCORDING_RE.match(text, a, end_b)
    if m is None or not names_record(text, m.start("src"), m.end("src"), spoken=True):
        return None
    return m.end() if _speech_clause_in(text, m.end(), end_b) else None


def _mention(text: str, k: int, e: int) -> Mention | None:
    """The source after "according to": a name or an organisation, or a document."""
    src = parse_speaker(text[k:e], k) or _source_phrase(text, k, e)
    return None if src is None or src.kind == "pronoun" else src


def _speech_clause_in(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a reporting verb (the nested attribution)."""
    for cue in cues_in(text, lo, hi):  # the text's one index of cues
        if reporting_verb_forms()[cue.group()][1] != "belief":
            return True
    return False


def _has_cue_or_verb(text: str, lo: int, hi: int) -> bool:
    """A reported clause has a finite verb; a speech verb will do as a sign of one."""
    return _speech_clause_in(text, lo, hi) or re.search(r"\b\w+(?:ed|s)\b", text[lo:hi]) is not None
