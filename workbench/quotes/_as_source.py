"""Statements an "as" clause attributes: "As the Harbor Gazette noted, ...", "As X put it, ..."."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ._clauses import MIN_CONTENT_WORDS
from ._cues import (
    QUOTE_CHARS,
    n_words,
    reporting_verb_forms,
)
from ._mentions import Mention, parse_speaker
from ._source_phrases import source_phrase as _source_phrase

if TYPE_CHECKING:
    from ._doc import Doc


#: whom a wording was put to ("put it to me", "put it to the BBC", "put it to a reporter"), as
#: columnists write it
PUT_TO = (
    r"(?:me|us|him|her|them|(?:the\s+|an?\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3}"
    r"|(?:the|an?|this|one)\s+(?:[a-z]+\s+)?(?:reporter|journalist|newspaper|paper|programme|program|"
    r"committee|inquiry|audience|interviewer))"
)
#: "As the Harbor Gazette recently noted, ...", "But as Okafor noted, ...", "As reported by X, ...":
#: the source and its cue in a comparative clause before the content
_AS_CLAUSE_REST = (
    r"s\s+"
    r"(?!(?:if|though|well|much|long|soon|far|many|good|usual|expected|a\s+result|to)\b)"
    r"(?:(?:first\s+)?(?P<passive>reported|noted|detailed|revealed|stated|said|indicated|specified|mentioned|emphasi[sz]ed)\s+(?:by|in)\s+(?P<agent>[^,;:]{2,80})"
    r"|(?P<source>[^,;:]{2,80}?)\s+(?:(?:has|had|have|recently|first|also|previously|earlier|once)\s+)*"
    # (a possessor's source is no cue, the phrase after it no occasion: "As Kommersant's source
    # in the government explained, ...")
    r"(?P<cue>(?!(?:sources?|officials?|insiders?|interlocutors?|spokes(?:man|woman|person)|representatives?)\b)"
    r"[a-z]+(?:\s+(?:out|it))?))"
    # ("As Ruzin told Interfax, ...", "As a source told the agency, ...": whom it was told)
    r"(?:(?<=told)\s+(?:(?:the|a|an)\s+)?(?:(?:news|local|state|national|foreign|radio|television|tv)\s+)?(?:[A-Z][\w.&'\u2019-]*|reporters|journalists|agency|newspaper|paper|"
    r"channel|broadcaster|station|outlet)(?:\s+[A-Z][\w.&'\u2019-]*){0,3})?"
    # ("As one nurse put it to me, ...", "As X put it to the BBC, ...": whom it was put to)
    r"(?:(?<=\sit)\s+to\s+" + PUT_TO + r")?"
    r"(?:\s+(?:on|in|at|last|this|earlier)\b[^,;:]{0,40})?,\s+"
)
_AS_CLAUSE = r"[Aa]" + _AS_CLAUSE_REST
#: ... after a comma or a conjunction (the letter first, then the look-behinds for what stands
#: before it: a pattern that opened with the look-behinds was tried at every position, one with
#: the letter skips to it)
_AS_SOURCE_RE = re.compile(
    r"[Aa](?:(?<=,\s.)|(?<=\bBut\s.)|(?<=\bAnd\s.)|(?<=\bHowever,\s.)|(?<=\bBut,\s.))" + _AS_CLAUSE_REST
)
#: ... opening the sentence (a search from the sentence's start cannot see it: "^" holds only
#: at the text's start), maybe inside a bracket ("(As BuzzFeed first reported, ...)")
_AS_OPENING_RE = re.compile(r"\(?" + _AS_CLAUSE)


#: "as"/"As" between whitespace: what _has_as_word answers without a search (tests compare)
_AS_WORD_RE = re.compile(r"[Aa](?<!\S.)s(?!\S)")


def _has_as_word(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b].split()`` holds "as" or "As", without splitting: each place of
    the two found by ``str.find`` (a search for their letters tried each "a" of the
    sentence), a word where whitespace or the range's edge stands on both sides."""
    for word in ("as", "As"):
        k = text.find(word, a, b)
        while k >= 0:
            if (k == a or text[k - 1].isspace()) and (k + 2 == b or text[k + 2].isspace()):
                return True
            k = text.find(word, k + 1, b)
    return False


#: the words before an "as" clause's cue that make it a saying ("they like to say", "people would say")
_HEARSAY_RE = re.compile(r"\b(?:to|would|might|could|will|can|may|often|always)$")


#: the writer's own text, as an "as" clause refers to it ("as noted above", "as stated in the
#: previous chapter", "as mentioned in Section 2")
_OWN_TEXT_RE = re.compile(
    r"(?:the\s+)?(?:(?:previous|preceding|above|following|next|last|this|earlier|first|second|third|"
    r"introductory|opening|final)\s+)?(?:chapter|section|article|paragraph|part|page|post|story|episode|"
    r"introduction|appendix|footnote|note|table|figure)s?\b(?:\s+\d+\w*)?\s*$",
    re.I,
)
#: what may stand between "As X put it" and its comma: a time, or the occasion it was put on
_PUT_IT_TAIL_RE = re.compile(
    r"(?:\s+to\s+" + PUT_TO + r")?"
    r"(?:\s+(?:on\s+[A-Z][a-z]+|(?:in|at|during)\s+(?:a|an|his|her|their)\s+(?:[a-z]+\s+)?"
    r"(?:interview|speech|statement|letter|post|tweet|message|address|briefing|column|book|essay|memo|email)"
    r"|last\s+[a-z]+|this\s+[a-z]+|earlier(?:\s+this\s+[a-z]+)?))?,\s+"
)


def as_source(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """ "As the Harbor Gazette recently noted, trust in the ferry service is fading": the clause
    after the comma (and any before "as"), attributed to the source of the "as" clause."""
    text = doc.text
    # the regex needs "as" as a word of its own; most sentences have none, and its
    # look-behinds make the search scan every position
    if not _has_as_word(text, a, end_b):
        return False
    m = _AS_OPENING_RE.match(text, a, end_b) or _AS_SOURCE_RE.search(text, a, end_b)
    if m is None:
        return False
    if m.group("passive"):
        cue, lemma = m.group("passive"), reporting_verb_forms().get(m.group("passive"), ("report",))[0]
        seg, k = m.group("agent"), m.start("agent")
        if _OWN_TEXT_RE.match(seg):
            return False  # ("As mentioned in the previous chapter, ...": the writer's own text)
    else:
        cue = m.group("cue")
        if cue in ("put it", "sees it", "saw it"):
            # "As one analyst put it, ...": how someone worded it ("put it on sale": no one's);
            # "The problem, as Marsh sees it, is ...": a view, as "in Marsh's view"
            if not _PUT_IT_TAIL_RE.fullmatch(text, m.end("cue"), m.end()):
                return False
            lemma = "put" if cue == "put it" else "view"
        else:
            # ("As the minister pointed out, ...": the verb's form without its particle)
            form = reporting_verb_forms().get(cue.removesuffix(" out"))
            if form is None or form[1] == "belief":
                return False
            lemma = form[0]
        seg, k = m.group("source"), m.start("source")
    mention = parse_speaker(seg, k) or _source_phrase(text, k, k + len(seg))
    if mention is not None and mention.kind == "descriptor":
        mention = _name_after_role(seg, k) or mention
    if mention is None or n_words(text[m.end() : end_b]) < MIN_CONTENT_WORDS:
        return False
    if mention.kind == "pronoun" and mention.text.lower() in ("it", "this", "that"):
        return False  # "as it turned out", "as this shows"
    if _HEARSAY_RE.search(seg) or (mention.kind == "pronoun" and cue == lemma):
        return False  # "As they like to say in ...", "as they say": a saying, no one's statement
    before = text[a : m.start()].rstrip(" ,(")
    parts = [(m.end(), end_b)]
    if before and not re.fullmatch(r"(?:But|And|However)", before):
        parts.insert(0, (a, a + len(before)))
    kind = "mixed" if any(q in text[m.end() : end_b] for q in QUOTE_CHARS) else "indirect"
    return doc.add(kind, parts, mention, cue, lemma)


def _name_after_role(seg: str, k: int) -> Mention | None:
    """The person's name closing a role with an "of" phrase ("Deputy Minister of
    Infrastructure Oksana Levchuk" -> Oksana Levchuk, its role the words before): the last
    two words, capitalised and read as a name after a role with "of" in it; else None."""
    words = list(re.finditer(r"\S+", seg))
    if len(words) < 4 or " of " not in seg or not all(w.group()[:1].isupper() for w in words[-2:]):
        return None
    start = words[-2].start()
    name = parse_speaker(seg[start:], k + start)
    if name is None or name.kind != "name":
        return None
    return replace(name, role=seg[:start].strip(" ,"))
