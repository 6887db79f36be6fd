"""Quoted words inside narration: ``Weller called the levy "a costly mistake for the port"``.

A quotation of several words that no cue before or after it claims is still a statement
when it sits inside a sentence of narration: the content is the complement of the verb or
preposition that governs it ('called the levy "a costly mistake"', 'accused him of "ruining
the harbour"'), the speaker is the subject of the clause; with no subject found the phrase is left out
(handed to the last speaker or the narration's person, it was mostly someone else's). Titles of works, slogans in title case, nicknames and
other quoted names of a few words are not statements.
"""

from __future__ import annotations

import re

from ._attribution import find_cue
from ._characterising import CHARACTERISING_RE, RELATIVE_BEFORE_VERB_RE, characterised
from ._clause_cut import coordinated_cut
from ._cues import n_words, reporting_verb_forms, subject_of
from ._head_clauses import relative_or_aside_speaker
from ._manner_quotes import manner_quote
from ._mentions import parse_speaker
from ._naming_quote import nickname
from ._near_subjects import word_surname
from ._phone_calls import places_a_call
from ._quoted_subjects import NOT_SUBJECT_RE, clause_subject
from ._speaker_intro import absolute_subject
from ._speaker_nearest import nearest_pronoun

__all__ = ["embedded_quotes", "MIN_EMBEDDED_WORDS"]

#: A quoted phrase inside narration is a statement from this many words on (shorter ones
#: are names, labels and scare quotes: 'the "gig economy"').
MIN_EMBEDDED_WORDS = 4
#: ... or from this many inside a that-clause ('told reporters that the vote was "a great
#: thing"'), where the clause is the statement.
MIN_THAT_QUOTE_WORDS = 2
#: A title or name quoted at a sentence's end ('"Face the Nation."') has at most this many words.
MAX_TITLE_WORDS = 6
#: The content reaches back at most this many words before the opening mark.
MAX_LEAD_WORDS = 14
#: ... and on past the closing mark at most this many characters (to the clause's end).
MAX_TRAIL_CHARS = 120

#: Words after which the governed complement (the content) starts.
_GOVERNORS = frozenset("about for to of on in with against as like over that from into by at than".split())
_VERB_RE = re.compile(
    r"(?:[a-z]+ed|[a-z]+ing|said|says|say|told|tells|wrote|writes|is|was|are|were|be|been|"
    r"calls?|thinks?|thought|put|puts|saw|sees?|knows?|knew|has|have|had|made|makes)$"
)
#: Words before a quotation that make it a name or a written sign, not a statement.
_NAMING_RE = re.compile(
    r"(?:titled|entitled|headlined|dubbed|nicknamed|so-called|named|hashtag|slogan|motto|"
    r"book|film|movie|song|show|album|series|column|essay|article|headline|heading|program|programme|"
    r"reading|reads|read|signs?|banners?|placards?|painted)"
    r"[\s,:]*$",
    re.I,
)
_RELATIVE_VERB_RE = re.compile(
    r"(?:has|have|had|is|was|are|were|will|would|can|could|may|might|should|must|[a-z]+ed|[a-z]+es)\b"
)
#: 'said Sunday on ABC's "Face the Nation"': between the cue and the mark only a preposition
#: and names or determiners, so the quotation is the name of an adjunct, not a reported clause
_ADJUNCT_RE = re.compile(
    r"\s*(?:[A-Z][\w'\u2019.-]*\s+)*(?:on|in|at|during|to|with|from|for|after|before|via|through|about|"
    r"of|by|over|under)\s+(?:(?:the|a|an|his|her|its|their|[A-Z][\w'\u2019.-]*)\s+)*"
)
_OPENING_MARK_RE = re.compile(r"(?:^|(?<=\s))[\"\u201c\u2018\u00ab]|''")
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\u2014\u2013\"\u201c\u201d]")
_CLAUSE_EDGE_RE = re.compile(r"[,;:()\u2014\u2013\"\u201c\u201d]$|^-{1,2}$")
_TRAIL_RE = re.compile(r"\s+[a-z][^,;.!?:()\u2014\"\u201c\u201d\u00ab\u00bb]{0,120}")  # MAX_TRAIL_CHARS
#: 'was accused of "..."': the subject of a passive is not the one quoted
_PASSIVE_RE = re.compile(r"\b(?:was|were|is|are|been|being|be|got|gets)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")
#: 'who were told the fee was "fair"': nor the hearers of one whose clause holds the quotation
#: (no comma between: 'were told by the coach, who called it "..."' quotes the coach)
_PASSIVE_TOLD_RE = re.compile(
    r"\b(?:was|were|is|are|been|being|be|got|gets)\s+(?:[a-z]+ly\s+)?told\b[^,;:]*$"
)
_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _title_like(quote: str) -> bool:
    """'"Make the Harbour Great Again"', '"Tales of the Old Port"': most longer words
    capitalised and no sentence punctuation, as titles, slogans and names are written."""
    quote = quote.rstrip()
    if quote.endswith((".", ",")) and n_words(quote) <= MAX_TITLE_WORDS:
        quote = quote[:-1]  # 'told KVLT's "Valley Mornings."': the sentence's stop, not the title's
    if quote.endswith((".", "!", "?", ",")) or re.search(r"[.!?,]\s", quote):
        return False
    words = [w for w in _WORD_RE.findall(quote) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _relative_clause(after_that: str) -> bool:
    """'files that have been moved up to "restricted"': 'that' opens a relative clause
    (a verb follows it), no report; unless the verb reports ('an ad that urges voters to
    "send a message"', which PolNeAR marks as the ad's statement)."""
    m = _RELATIVE_VERB_RE.match(after_that)
    return m is not None and m.group() not in reporting_verb_forms()


def _content_start(text: str, open_: int, lo: int) -> tuple[int, tuple[int, int] | None, bool]:
    """Where the content starts before the opening mark: just after the nearest verb or
    preposition that governs it, within the clause; that verb's span (the cue), if a verb;
    and whether the content is a reported clause (after 'that' or a reporting verb)."""
    # 'telling reporters on Friday that the vote was "a great thing"': a that-clause in the
    # same clause is the content, whatever verbs it holds
    that = re.search(r"\bthat\s+([^,;:()\u2014\u2013\"\u201c\u201d]*)$", text[max(lo, open_ - 120) : open_])
    if (
        that is not None
        and 0 < n_words(that.group(1)) <= MAX_LEAD_WORDS
        # 'files that have been moved up to "restricted"': a relative clause, no report
        and not _relative_clause(that.group(1))
    ):
        return max(lo, open_ - 120) + that.start(1), None, True
    # 'Lund said the harbour fees were "a scandal"': a reporting verb earlier in the clause
    # governs the whole clause after it, not only the quoted words
    cue = find_cue(text, max(lo, open_ - 160), open_, first=False)
    if (
        cue is not None
        and not _CLAUSE_BREAK_RE.search(text, cue.end(), open_)
        and 0 < n_words(text[cue.end() : open_]) <= MAX_LEAD_WORDS
        # 'said on KVLT's "Valley Matters"': a quotation in an adjunct is no clause reported
        and not _ADJUNCT_RE.fullmatch(text, cue.end(), open_)
    ):
        return cue.end(), (cue.start(), cue.end()), True
    k = open_
    for _ in range(MAX_LEAD_WORDS):
        m = re.search(r"(\S+)\s*$", text[lo:k])
        if m is None:
            return k, None, False
        word, s = m.group(1), lo + m.start(1)
        if _CLAUSE_EDGE_RE.search(word) or word in ("and", "but", "or"):
            return k, None, False
        low = word.lower()
        if low in _GOVERNORS:
            return s + len(word), None, False
        if word[:1].islower() and _VERB_RE.match(low):
            return s + len(word), (s, s + len(word)), False
        k = s
    return open_, None, False


#: between a clause's subject and its verb: auxiliaries and adverbs only
_AUX_BETWEEN_RE = re.compile(
    r"\s*(?:(?:did|does|do|has|have|had|will|would|also|then|later|again|once|even|[a-z]+ly)\s+)*"
)


def _subject_after_comma(text: str, s: int, verb: int, a: int):
    """'While the owner kept quiet, Lund did say she found it "charming"': the subject of the
    clause after the sentence's last comma before the verb, right before it (the finders,
    reading from the sentence's start, stop at the subordinate clause)."""
    k = text.rfind(", ", s, verb)
    if k < 0:
        return None
    mention = subject_of(text, k + 2, a) or clause_subject(text, k + 2, a)
    if mention is None or mention.end is None or NOT_SUBJECT_RE.fullmatch(mention.text):
        return None
    return mention if _AUX_BETWEEN_RE.fullmatch(text, mention.end, verb) else None


#: a conjunction opening a clause with a subject of its own inside the sentence
_SUBORDINATE_RE = re.compile(
    r"\s(?:before|after|when|until|because|since|once)\s+(?=[A-Z]|(?:the|an?|its|his|her|their)\s)"
)


def _subordinate_subject(text: str, s: int, verb: int, a: int):
    """The subject of the clause that a conjunction opens before ``verb`` when it stands
    right before the verb (a name, description or organisation), else None."""
    k = None
    for m in _SUBORDINATE_RE.finditer(text, s, verb):
        k = m.end()
    if k is None:
        return None
    own = subject_of(text, k, a) or clause_subject(text, k, a)
    if own is None or own.end is None or own.kind not in ("name", "descriptor", "organisation"):
        return None
    return own if _AUX_BETWEEN_RE.fullmatch(text, own.end, verb) else None


#: a stance verb of the sentence's subject and its object, up to the relative's comma
#: ("praised the firefighters", "has defended the striker")
_STANCE_RE = re.compile(
    r"\s+(?:(?:has|have|had|also|then|again|[a-z]+ly)\s+)*(?P<verb>"
    + CHARACTERISING_RE.pattern
    + r")\s+(?:the|a|an|his|her|its|their|[A-Z])[^,;:()\"\u201c\u201d]{0,60}"
)


def _stance_verb(text: str, mention, k: int) -> tuple[int, int] | None:
    """The span of the stance verb ("praised", "defended", "blamed") with which the subject
    ``mention`` takes the object a relative clause at ``k`` is about, or None."""
    if mention is None or mention.end is None or mention.kind == "pronoun" and mention.text.lower() == "it":
        return None
    m = _STANCE_RE.fullmatch(text, mention.end, k)
    return None if m is None else (m.start("verb"), m.end("verb"))


def _inside_quotation(text: str, s: int, k: int) -> bool:
    """Whether offset ``k`` of the sentence from ``s`` lies inside quotation marks."""
    return text.count("\u201c", s, k) > text.count("\u201d", s, k) or text.count('"', s, k) % 2 == 1


#: an attribution's pronoun after a closing mark: '," she said'
_ATTRIBUTION_PRONOUN_RE = re.compile(r"[,!?][\"\u201d]\s+(he|she|they)\s+[a-z]{2,}")


def _pronoun_after(text: str, k: int, a: int):
    """The pronoun of the attribution that follows the quotation ending after ``k``, before
    the content at ``a``; None when there is none."""
    m = _ATTRIBUTION_PRONOUN_RE.search(text, k, a)
    if m is None or not _PARTICIPLE_AFTER_RE.match(text, m.end()):
        # ('"Ready," she said, while her rival insisted ...': a clause of its own follows)
        return None
    return parse_speaker(m.group(1), m.start(1))


#: the rest of the attribution up to a participle the content hangs on: ", meaning"
_PARTICIPLE_AFTER_RE = re.compile(r"[^,;:]{0,40}?(?:,\s+|\s+)[a-z]+ing\b")


def _content_end(text: str, close: int, hi: int) -> int:
    """The content runs on after the closing mark to the clause's end when the sentence
    goes on in lower case ('that "we are close to done" in clearing the flood debris')."""
    m = _TRAIL_RE.match(text, close, hi)
    return close if m is None else m.end()


#: where a reported clause stops before its sentence's end: a dash, a bracket, a semicolon,
#: a cue of its own after a comma (', according to ...', ', he said') or a coordinated verb
_REPORTED_STOP_RE = re.compile(
    r"\s*[;(\u2014\u2013]|\s+--?\s|,\s+(?:according\b|(?:\w+\s+){0,3}(?:said|says|added|told)\b)"
    # '... but described his plan as "...": the subject's next act is a statement of its own
    r"|\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]{3,}ed|said|says|told|wrote|calls|called)\b"
)


def _reported_end(text: str, close: int, end: int) -> int:
    """A reported clause holding quoted words runs on to its sentence's end ('said the
    levy was "a mistake" and the port would "pay for it" for years'), as PolNeAR marks it,
    unless a dash, bracket, semicolon or a cue of its own comes first."""
    m = _REPORTED_STOP_RE.search(text, close, end)
    b = m.start() if m is not None else end
    while b > close and text[b - 1] in " ,.":
        b -= 1
    return b


#: "while" or "whereas" opening a clause with a subject of its own inside the sentence (a
#: name or a determiner after it: "while praising X as ..." has the sentence's subject)
_CONTRAST_RE = re.compile(r"(?:,\s+|\s+)(?:while|whereas)\s+(?=[A-Z]|(?:the|an?|its|his|her|their)\s)")


def _last_contrast(text: str, s: int, a: int) -> int | None:
    """Where the last clause opened by "while"/"whereas" in ``text[s:a]`` starts, or None."""
    k = None
    for m in _CONTRAST_RE.finditer(text, s, a):
        k = m.end()
    return k


def embedded_quotes(text: str, spans, *, covered, para_of, sentence_start, sentence_end=None):
    """The quoted passages of ``spans`` that no statement covers (``covered(a, b)``, asked
    as the caller adds them) and that quote enough words inside narration, as ``(kind,
    (start, end), mention, cue span or None)``. ``para_of(k)`` is the paragraph around
    offset ``k``, ``sentence_start(k)`` the start of its sentence (or None)."""
    for sp in spans:
        quote = text[sp.start : sp.end]
        if covered(sp.start, sp.end):
            continue
        s = sentence_start(sp.start)
        if manner_quote(text, sp, s if s is not None else 0):
            continue  # 'condemned the attack "in the strongest terms"': narration
        if sp.open_mark is not None and nickname(text, sp.open_mark):
            continue  # 'Fans call him "the Professor"': a nickname, no statement
        ps, pe = para_of(sp.start)
        if sp.open_mark is not None:
            s = sentence_start(sp.open_mark)
            found = characterised(text, sp, ps if s is None or s < ps else s, pe)
            if found is not None and not covered(found[0], found[1]):
                a, b = found[0], found[1]
                close = sp.close_mark + 1
                if sentence_end is not None and text[close - 2 : close - 1] not in ".!?" and b < pe:
                    # 'calling them "boring returns" because "I remain poor"': the clause of
                    # the characterising verb runs on to its sentence's end, as reported ones do
                    far = _reported_end(text, b, sentence_end(close, pe))
                    # only across a later quotation of the same clause (after a comma, the
                    # words are mostly the narrator's again: '"Senator Cruz," he told friends')
                    if (
                        far > b
                        and text[b : b + 1] != ","
                        and _OPENING_MARK_RE.search(text, b, far)
                        and not covered(b, far)
                    ):
                        b = far
                # 'called him "weak" and said he had "zero support"': the second report is a
                # statement of its own
                b = coordinated_cut(text, sp.close_mark, b)
                yield "mixed", (a, b), found[2], found[3]
                continue
        if _title_like(quote):
            continue
        open_ = sp.open_mark if sp.open_mark is not None else sp.start
        if _NAMING_RE.search(text, max(ps, open_ - 40), open_):
            continue
        close = sp.close_mark + 1 if sp.close_mark is not None else sp.end
        s = sentence_start(open_)
        s = ps if s is None or s < ps else s
        a, verb, reported = _content_start(text, open_, s)
        if n_words(quote) < MIN_THAT_QUOTE_WORDS and not reported:
            continue
        if verb is not None and text.startswith("call", verb[0]) and places_a_call(text, verb[1], open_):
            continue  # 'called the police when she heard "..."': a call placed, nothing named
        b = close
        if text[close - 2 : close - 1] not in ".!?" and text[close : close + 1] not in ".!?":
            b = _content_end(text, close, pe)
            if reported and sentence_end is not None:
                far = _reported_end(text, close, sentence_end(close, pe))
                if far > b and not covered(close, far):
                    b = far
        short = n_words(quote) < MIN_EMBEDDED_WORDS
        if short and not (reported and n_words(text[a:b]) > 3):
            continue  # a short quotation is a statement only inside a that-clause
        if covered(a, b):
            if short:
                continue
            a, b = sp.start, sp.end  # the words around it belong to another statement
            verb = None
        if not text[a:open_].strip():
            a = sp.start  # the quotation alone: its words, not its marks
        if b == close and a == sp.start:
            b = sp.end  # (the words after a verb keep the mark that closes them: 'her "..."')
        if _PASSIVE_RE.search(text, s, a) or _PASSIVE_TOLD_RE.search(text, s, a):
            continue
        mention = (subject_of(text, s, a) or clause_subject(text, s, a)) if a > s else None
        if mention is not None and mention.start is not None and _inside_quotation(text, s, mention.start):
            # '"Reckless," she said, meaning that he is "...": a quoted word is no subject;
            # the pronoun of the attribution after it speaks
            mention = _pronoun_after(text, mention.end or mention.start, a) or mention
        contrast = _last_contrast(text, s, a) if mention is not None else None
        if contrast is not None:
            # "Hale backed the deal, while Ruth Dorn, a retired judge, urged that the city
            # "sell the depot"": the clause after "while" has a subject of its own
            own = subject_of(text, contrast, a) or clause_subject(text, contrast, a)
            if own is not None and own.kind in ("name", "descriptor", "organisation"):
                mention = own
        if mention is not None and verb is not None:
            # "Reed left a month before its chief executive boasted about "...": the verb's
            # own subject, in the clause a conjunction opens right before it
            mention = _subordinate_subject(text, s, verb[0], a) or mention
        mention = nearest_pronoun(text, mention, s, a) or mention  # ("when he announced ..., calling")
        if (
            verb is not None
            and text[verb[0] : verb[1]] not in reporting_verb_forms()
            and (rel := RELATIVE_BEFORE_VERB_RE.search(text, max(s, verb[0] - 40), verb[0]))
        ):
            # 'Police arrested a man who called the victim "..."': the man, not the police (a
            # speech verb's relative, 'the motion which said ...', is PolNeAR's outer subject's)
            if not CHARACTERISING_RE.fullmatch(text, verb[0], verb[1]):
                # 'praised the crews, who worked "around the clock"': a plain verb's quoted
                # phrase is no statement of the people the clause is about; the words are the
                # praising subject's, else the narration's borrowing (no statement)
                verb = _stance_verb(text, mention, rel.start())
                if verb is None:
                    continue
            else:
                mention = relative_or_aside_speaker(text, s, verb[0]) or mention
        if verb is not None and text[verb[0] : verb[1]].endswith("ing"):
            # "..., the crowd chanting "..."": an absolute clause's own subject
            mention = absolute_subject(text, s, verb[0] - 1) or mention
        if verb is not None and text[verb[0] - 1 : verb[0]] == " ":
            # "the deal, which May says cuts "...": the verb's own subject, a surname
            # the sentence's subject would hide
            mention = word_surname(text, s, verb[0]) or mention
        if mention is None and verb is not None:
            mention = _subject_after_comma(text, s, verb[0], a)
        if mention is None or NOT_SUBJECT_RE.fullmatch(mention.text):
            continue  # handed to the last speaker or the narration's, it was mostly wrong
        yield ("mixed" if a < sp.start or b > sp.end else "direct"), (a, b), mention, verb
