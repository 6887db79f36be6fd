"""A statement attributed after it, in a sentence of its own that points back at it: "The
talks will continue. This was stated by the ministry's spokesman Oleg Marin." and "Marin said
this on Monday." (as wire copy, much of it translated, writes its sources). The statement is
the sentence before, when no other rule read it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clauses import MIN_CONTENT_WORDS
from ._cues import QUOTE_CHARS, n_words, reporting_verb_forms
from ._mentions import Mention, parse_speaker
from ._role_chain import MAX_CHAIN_WORDS

if TYPE_CHECKING:
    from ._doc import Doc

__all__ = ["this_was_said"]

#: the verbs that point back in either shape (participle and past are the same form)
_VERBS = (
    r"stated|said|announced|reported|declared|noted|emphasi[sz]ed|stressed|confirmed|claimed|"
    r"explained|added|told|written|wrote|pointed\s+out|disclosed|expressed|voiced|underlined|underscored|"
    r"highlighted|reiterated|spoke"
)
#: "This was stated by X ..." / "This was announced by the press service of X."
_PASSIVE_RE = re.compile(
    r"(?:This|That)\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?(?P<cue>" + _VERBS + r")"
    # ("stated on Tuesday by X", "reported to a news agency by X")
    # (a unit's name in marks inside the agent's role: 'the group of forces "West" Ivan Roe')
    r"(?:\s+(?!by\b)[\w'\u2019-]+){0,5}?\s+by\s+"
    r"(?P<agent>(?:[^;:\"\u201c\u201d()]|[\"\u201c][A-Z][\w.-]{0,20}[\"\u201d](?=\s)){2,160}?)\s*[.!]?\s*$"
)
#: "X said this on Monday." / "X stated this in an interview with Y." ("said this was ..." is
#: a clause: only a preposition, a comma or the sentence's end may follow "this")
#: the words that open the circumstances after "this" (a time, a place, an occasion)
_TAIL_WORDS = "in|on|at|during|while|after|when|over|via|last|earlier|yesterday|today"
_ACTIVE_RE = re.compile(
    r"(?P<agent>[^;:\"\u201c\u201d()]{2,120}?)\s+(?:also\s+)?(?P<cue>" + _VERBS + r")"
    # ("told journalists this", "told the agency about this", "spoke about this")
    r"(?:(?<=told)(?:\s+(?:the\s+)?[\w'\u2019-]+){0,3}?\s+(?:about\s+)?this"
    r"|(?:(?<=spoke)|(?<=wrote))\s+about\s+this|(?<!spoke)\s+(?:this|so))"
    # (a time, a place or an occasion, or whom it was said to: _SAID_TO)
    r"(?P<tail>(?:(?:\s+(?:" + _TAIL_WORDS + r")\b"
    r"|\s+to\s+)[^;:\"\u201c\u201d]*)?)"
    r"\s*[.!]?\s*$"
)
#: where the agent's phrase ends: the circumstances after it ("in an interview with X",
#: "on Monday", "at a briefing", ", citing a source")
_AGENT_TAIL_RE = re.compile(
    r"(?:,|\s+(?:in\s+(?:a|an|his|her|their)|on|at|during|while|after|when|citing|via|last|earlier|yesterday|today)\b).*$",
    re.S,
)
#: words of a description before a name in apposition ("The commissioner, Ada Obi, ...")
MAX_ROLE_WORDS = 6
#: the words before the agent that open the sentence in the active shape ("Earlier, X said this")
#: what every match of _ACTIVE_RE has: "this" or "so" after whitespace, then its tail's opening
#: word or the end (a cheap search, where _ACTIVE_RE's lazy agent was tried at every length)
_THIS_AT_END_RE = re.compile(r"\s(?:this|so)(?:\s+(?:" + _TAIL_WORDS + r")\b|\s+to\s|\s*[.!]?\s*$)")
_OPENING_RE = re.compile(r"(?:Earlier|Later|Previously|Meanwhile|However|Also|In\s+turn)\s*,?\s+")


def _agent(text: str, k: int, end: int, active: bool = False) -> Mention | None:
    """The speaker in ``text[k:end]``, the circumstances after it cut off; before an active
    verb, a name in apposition is the speaker ("The commissioner, Ada Obi, disclosed this")."""
    seg = text[k:end].rstrip(" ,")
    if active and seg.count(",") == 1:
        left, right = seg.split(",")
        named = parse_speaker(right.strip(), k + len(left) + 1 + len(right) - len(right.lstrip()))
        if named is not None and named.kind == "name" and n_words(left) <= MAX_ROLE_WORDS:
            return named
    tail = _AGENT_TAIL_RE.search(seg)
    if tail is not None:
        seg = seg[: tail.start()]
    seg = seg.rstrip(" .")
    # (a role with "of" phrases before the name runs longer: "This was stated by the head of
    # the press center of the group of forces West Ivan Dorofeev")
    if not seg or n_words(seg) > (MAX_CHAIN_WORDS if " of " in seg else 12):
        return None
    mention = parse_speaker(seg, k)
    if mention is None or mention.kind == "pronoun" and mention.text.lower() in ("it", "this", "that"):
        return None
    return mention


#: the verbs after which "this to X" names whom it was said to ("added this to the list" puts
#: a thing somewhere)
_SAID_TO = frozenset("said stated told explained wrote written reported declared".split())


def _said_to(m: re.Match) -> bool:
    """Whether the attribution's tail is no "to" phrase, or one after a verb of saying."""
    return not m.group("tail").startswith(" to ") or m.group("cue") in _SAID_TO


def _attribution(text: str, a: int, b: int) -> tuple[re.Match, Mention, int] | None:
    """The attribution of ``text[a:b]`` and its speaker, and where the content before it in
    the sentence ends (``a`` when the whole sentence attributes the one before)."""
    m = _PASSIVE_RE.match(text, a, b)
    if m is not None:
        mention = _agent(text, m.start("agent"), m.end("agent"))
        return (m, mention, a) if mention is not None else None
    if _THIS_AT_END_RE.search(text, a, b) is None:
        return None  # (no "this" or "so" that _ACTIVE_RE could end with: most sentences)
    opening = _OPENING_RE.match(text, a, b)
    m = _ACTIVE_RE.match(text, opening.end() if opening is not None else a, b)
    if m is not None and not _said_to(m):
        m = None
    mention = _agent(text, m.start("agent"), m.end("agent"), active=True) if m is not None else None
    if m is not None and mention is not None:
        return m, mention, a
    # "The talks will continue, the ministry said this on Friday."
    comma = text.rfind(", ", a, b)
    m = _ACTIVE_RE.match(text, comma + 2, b) if comma > a else None
    if m is None or not _said_to(m) or n_words(text[a:comma]) < MIN_CONTENT_WORDS:
        return None
    mention = _agent(text, m.start("agent"), m.end("agent"), active=True)
    return (m, mention, comma) if mention is not None else None


def _previous_sentence(doc: Doc, i: int) -> tuple[int, int] | None:
    """The sentence before the ``i``-th, in its paragraph or ending the paragraph before."""
    if i == 0:
        return None
    a, b = doc.sentences[i - 1]
    return (a, b) if doc.text[b : doc.sentences[i][0]].count("\n") <= 2 else None


def this_was_said(doc: Doc) -> None:
    """Add the statements that a sentence of their own attributes afterwards."""
    text = doc.text
    for i, (a, b) in enumerate(doc.sentences):
        if (
            not text.startswith(("This", "That"), a)
            and text.find("this", a, b) < 0
            and text.find(" so", a, b) < 0
        ):
            continue  # (most sentences: no search)
        found = _attribution(text, a, b)
        if found is None:
            continue
        m, mention, content_end = found
        if doc.covered(a, b):
            # ("Marin said this in an interview": read by the cue rules with "this in an
            # interview" as what was said, which is none of it)
            own = [r for r in doc.rows if a <= r["char_start"] < b]
            if (
                not own
                or doc.covered(a, own[0]["char_start"])
                or not all(text.startswith(("this", "so"), r["char_start"]) for r in own)
            ):
                continue
            doc.rows = [r for r in doc.rows if not a <= r["char_start"] < b]
        prev = (a, content_end) if content_end > a else _previous_sentence(doc, i)
        if prev is None or doc.covered(*prev) or n_words(text[prev[0] : prev[1]]) < MIN_CONTENT_WORDS:
            continue
        if any(q in text[prev[0] : prev[1]] for q in QUOTE_CHARS):
            continue  # (a quotation with no attribution is read as one, by the continuations)
        cue = m.group("cue")
        lemma = reporting_verb_forms().get(cue.split()[0], (cue,))[0]
        end = prev[1] - 1 if text.endswith((".", "!"), *prev) else prev[1]
        doc.add("indirect" if doc.marked else "unmarked", [(prev[0], end)], mention, cue, lemma)
