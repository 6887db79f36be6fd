"""The cue and speaker before a quoted passage's opening mark (:func:`head_attribution`), and
whether narration or a cue before the mark governs the quotation."""

from __future__ import annotations

import re

from ._attribution import PatternCue
from ._clause_cut import coordinated_cut
from ._cue_speakers import speaker_after, speaker_before
from ._cues import (
    QUOTE_CHARS,
    after_determiner,
    cues_in,
    n_words,
    phrase_re,
    reporting_verb_forms,
    subject_cue,
    subject_of,
)
from ._dash_handover import dash_as_colon
from ._doc import (
    END_RE,
    Doc,
    sentence_end_at,
    sentence_start_at,
)
from ._head_clauses import (
    as_clause_head,
    governing_cue,
    hands_over_sentence,
    participle_head,
    relative_naming_head,
    relative_or_aside_speaker,
    retort_head,
)
from ._indirect import MAX_CUE_REST_WORDS
from ._mentions import Mention, parse_speaker
from ._names import person_head, speaker_words
from ._narration import verbish
from ._quoted_subjects import clause_subject
from ._reported_lead import clause_lead
from ._source_type import is_group_word
from ._speaker_intro import colon_speaker

#: Words allowed between a cue and a quotation it introduces with a comma
#: ("Priya Nandi wrote on her blog Plant, Tend, Harvest, "...").
MAX_HEAD_REST_WORDS = 6


#: ... or this many when they are prepositional phrases, each after a comma ('announced on
#: her campaign page, in bold capitals, "..."')
MAX_PHRASES_REST_WORDS = 12
_PHRASES_RE = re.compile(
    r"(?:,?\s+(?:on|in|at|to|during|after|before|with|from|via|through|over|outside|inside)\s[^,;:\"\u201c]+)+,\s*"
)


#: the forms of "say": a clause they report runs on into a quotation after a colon
_SAY_FORMS = frozenset(("said", "says", "say"))

#: a personal pronoun, one verb and the conjunction before a cue ("she laughed and admitted")
_PRONOUN_AND_RE = re.compile(
    r"\b(he|she|they|He|She|They)\s+(?:[a-z]+ly\s+)?[a-z]+\s+(?:and|but|then)\s+(?:later\s+|also\s+|then\s+)?$"
)
#: a conjunction that opens a clause of its own before the pronoun
_CLAUSE_AND_RE = re.compile(r"\s(?:and|but|yet|so|then|while)\s")
#: verbs of informing that are no cue of their own ("The club informed the striker he ...")
_INFORM_RE = re.compile(r"\b(?:informed|notified)\b")


def _reported_before(text: str, a: int, k: int) -> bool:
    """Whether a speech or telling verb stands in the clause before the pronoun at ``k``
    (after the last comma, semicolon or conjunction): "The company told staff she resigned and said ..."
    reports what she did, and the pronoun is that report's subject, not the speaker. Only an
    inflected form ("told", "says") is read: a lemma's form may be a noun ("at the mention
    of the trophy she laughed and admitted ...")."""
    start = max(text.rfind(",", a, k), text.rfind(";", a, k), a - 1) + 1
    for m in _CLAUSE_AND_RE.finditer(text, start, k):
        start = m.end()  # "The memo said the plant would close and she sighed": her own clause
    forms = reporting_verb_forms()
    if any(forms.get(c.group(), (c.group(),))[0] != c.group() for c in cues_in(text, start, k)):
        return True
    return _INFORM_RE.search(text, start, k) is not None


#: a subordinator right before a word
_SUBORDINATOR_BEFORE_RE = re.compile(
    r"\b(?:as|when|while|after|before|because|since|until|if|once|whenever)\s+$", re.IGNORECASE
)
#: a subordinator opening the clause a cue ends
_SUBORDINATOR_RE = re.compile(r"\b(?:that|when|where|while|after|because|until|as)\s+")


#: a writing's words handed over with a comma or colon ('the banner reads: "..."'); on PolNeAR
#: train an annotated statement holds 5 of 5 such quotations (and none of 4 short signs 'read "X"')
#: (not the noun: 'one of his recent reads, "..."')
_READS_RE = re.compile(
    r"(?<!recent )(?<!favorite )(?<!favourite )(?<!good )(?<!great )(?<!best )(?<!quick )\b(reads|read)\s*[,:]$"
)


#: a possessor's words right before a quotation ('..., in the curator's words, "', 'in its own
#: words: "'); "the words of X" is read where it opens a sentence (``_in_view.in_view``)
_IN_WORDS_RE = re.compile(
    r"(?:^|[,(]\s*|\s)(?P<cue>[Ii]n\s+(?P<who>his|her|their|its|(?:the\s+)?"
    r"[\w.\u2019'-]+(?:\s+[\w.\u2019'-]+){0,3}?(?:'s|\u2019s|s'|s\u2019))\s+(?:own\s+)?words)\s*[,:]$"
)


#: a quoted title: two to eight words, each capitalised but for short ones, then its mark
_TITLE_RE = re.compile(
    r"[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z0-9][\w'\u2019-]*|a|an|the|of|in|on|for|to|and|or|at|by|with)){1,7}"
    r"[.,!?]?[\"\u201d]"
)


#: a naming verb before the phrase ('called the budget, in his words, "..."'): its subject's words
_NAMING_BEFORE_RE = re.compile(
    r"\b(?:called|calls|calling|described|describes|describing|dubbed|labell?ed|branded|termed)\b"
)


class _WordsCue(PatternCue):
    """ "in X's words": the statement is the quotation alone."""

    quote_only = True


_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
#: a possessive pronoun and one or two nouns ("his agent", "her new publicist")
_POSSESSED_RE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?([a-z]{3,})")
_POSSESSIVE_END_RE = re.compile(r"(?:'s|\u2019s|')$|(?<=s)\u2019$")


#: what may stand before an inverted "said Smith," that opens the sentence: nothing or a conjunction
_INVERTED_LEAD_RE = re.compile(r"\s*(?:(?:But|And|Yet|So)\s*,?\s*)?")


#: a sentence's end (END_RE) or a quotation mark: one class of both first, so that the engine
#: skips to those characters (with a class opening each branch, it tried every position)
_HEAD_START_RE = re.compile(
    "[.!?" + re.escape(QUOTE_CHARS) + "](?:(?<=[.!?])" + END_RE.pattern.removeprefix("[.!?]") + "|(?<![.!?]))"
)
assert END_RE.pattern.startswith("[.!?]") and not set(".!?") & set(QUOTE_CHARS)


#: "continue" right before the opening mark, no comma or colon between
_CONTINUE_END_RE = re.compile(r"\bcontinu(?:e|es|ed)$", re.I)


def head_attribution(doc: Doc, open_: int, para_start: int):
    """Attribution before an opening mark in the same sentence: ``X continues, "``."""
    text = doc.text
    a = para_start
    # the sentence's start: past a full stop that is no abbreviation's ("Mrs. Clinton's
    # friend said, "...""), or past the last quotation mark. Searched backwards in windows
    # that double, not from the paragraph's start: a one-line text is one paragraph, and
    # rescanning it for every mark was quadratic. Every match is one character and the
    # lookbehinds see before ``lo``, so the last match in a window is the last of all.
    width = 256
    while True:
        lo = max(para_start, open_ - width)
        for m in _HEAD_START_RE.finditer(text, lo, open_):
            a = m.end()
        if a > para_start or lo == para_start:
            break
        width *= 2
    if a > para_start and text[a - 1] in ".!?":
        while a < open_ and text[a].isspace():
            a += 1  # (the sentence's first word, not the space after the full stop before it)
    paren = text.rfind("(", a, open_)
    if paren >= 0 and text.rfind(")", paren, open_) < 0:
        a = paren + 1  # an aside in parentheses opens its own clause: '... (Roe once said, "...")'
    head = text[a:open_]
    stripped = head.rstrip()
    stripped = dash_as_colon(stripped)  # ('tweeted a single word \u2014 "Grateful" \u2014')
    in_words = _in_words_head(text, a, stripped, open_) if "words" in stripped else None
    if in_words is not None:
        return in_words
    as_clause = as_clause_head(text, a, a + len(stripped))
    if as_clause is not None:
        return as_clause
    naming = relative_naming_head(text, a, open_)
    if naming is not None:
        return naming
    participle = participle_head(doc, para_start, a, open_)
    if participle is not None:
        return participle
    if not stripped.endswith((",", ":")) and not stripped.endswith(tuple(reporting_verb_forms())):
        return None
    if _CONTINUE_END_RE.search(stripped):
        # 'said the strike would continue "for as long as it takes"': the quoted words end
        # the clause "continue" heads; it hands over speech after a comma or colon only
        # ('Suslov continues, "..."')
        return None
    retort = retort_head(text, a, a + len(stripped))
    if retort is not None:
        return retort
    limit = MAX_CUE_REST_WORDS if stripped.endswith(":") else MAX_HEAD_REST_WORDS
    far_cue = False  # a cue too far before the colon: the clause the colon ends has its own subject
    for cue in reversed(cues_in(text, a, a + len(stripped))):
        if after_determiner(text, a, cue.start()):
            continue  # ('who called the charges "..."': a noun, the verb before it is the cue)
        rest = text[cue.end() : a + len(stripped)]
        if n_words(rest) > limit and not (
            n_words(rest) <= MAX_PHRASES_REST_WORDS and _PHRASES_RE.fullmatch(rest)
        ):
            if stripped.endswith(":"):
                far_cue = True
                if cue.group() in _SAY_FORMS and not re.search(r"[,;]", rest):
                    # 'Roe said the ferry was a relic of another age: "..."': the quotation goes
                    # on with the words the cue reports, its speaker's
                    said, _ = speaker_before(text, a, cue.start())
                    if said is not None:
                        # (with the cue when its clause is one statement with the quotation,
                        # 'said in an interview that she sent the same text: "..."', as
                        # PolNeAR marks it: the statement opens at the clause)
                        lead_in = clause_lead(cue, text[cue.end() : open_])
                        return said, (cue if lead_in is not None else None)
                break  # 'When X hinted that ..., Lund shot back: "..."': the colon's subject speaks
            return None
        last_clause = _clause_before_colon(text, a, stripped, cue.end())
        if last_clause is not None:
            return last_clause, None
        mention, _ = speaker_before(text, a, cue.start())
        if mention is None and subject_cue(cue.group()):
            # 'Another reader said, "..."', 'the author wrote: "..."': a noun phrase before
            # an inflected speech verb that hands over a quotation is its speaker
            mention, _ = speaker_before(text, a, cue.start(), lenient=True, subject=True)
        if mention is None and re.search(
            r"\s(?:and|but|then)\s+(?:later\s+|also\s+|then\s+)?$", text[a : cue.start()]
        ):
            # 'Eight years ago, he backed the mayor and said, "..."': the speaker is the
            # subject of the clause the cue's verb is coordinated with
            starts = [a + m.end() for m in re.finditer(r"[,;]\s+", text[a : cue.start()])]
            for k in [*reversed(starts), a]:
                mention = subject_of(text, k, cue.start())
                if mention is not None:
                    break
            own = _PRONOUN_AND_RE.search(text, a, cue.start())
            if (
                own is not None
                and (mention is None or mention.kind == "organisation")
                # ("the coach watched as they argued and then said": the subject of a clause
                # a subordinator opens right before it need not go on to the cue)
                and not _SUBORDINATOR_BEFORE_RE.search(text, a, own.start(1))
                and not _reported_before(text, a, own.start(1))
            ):
                # '... on the subject of the trophy she laughed and admitted "..."': the
                # pronoun right before the first verb, not a noun of an earlier clause that
                # names no person (a person, "The club's founder left, and he said", is kept)
                mention = parse_speaker(own.group(1), own.start(1))
        if mention is None:
            mention = relative_or_aside_speaker(text, a, cue.start())
        if mention is None:
            # 'It ran so late that the mayor could only joke: "..."', '... when a voter said, "..."':
            # the subject of the clause the cue ends, after its subordinator
            sub = None
            for sub in _SUBORDINATOR_RE.finditer(text, a, cue.start()):  # noqa: B007 - the last one
                pass
            if sub is not None and not cues_in(text, a, sub.start()):
                # (after an earlier cue, 'said that the ferry line would keep "..."', the
                # clause is that cue's report)
                mention, _ = speaker_before(text, sub.end(), cue.start(), subject=True)
                if mention is not None and cues_in(text, sub.end(), cue.start()):
                    mention = None  # 'that the board predicts will continue "..."': its cue
        if mention is None and _INVERTED_LEAD_RE.fullmatch(text, a, cue.start()):
            # "Said Smith: "..."", "But, said Smith, "...""
            mention = speaker_after(text, cue.end(), a + len(stripped.rstrip(",:")))
        if mention is not None:
            return mention, cue
    written = _READS_RE.search(stripped)
    if written is not None:
        # 'The caption reads, "..."', 'a sign at the gate read: "..."': the writing's words
        mention, _ = speaker_before(text, a, a + written.start(1), lenient=True, subject=True)
        if mention is not None:
            return mention, PatternCue(text, a + written.start(1), a + written.end(1), "read")
    if stripped.endswith(":") and n_words(stripped) >= 2 or hands_over_sentence(text, stripped, open_):
        # 'Savchuk draws attention to the other side: "..."', 'He was candid: "..."': a
        # colon hands the quotation to the subject of the sentence that introduces it
        comma = stripped.rfind(", ")
        mention = None
        if far_cue and comma > 0:
            # 'When X hinted that ..., Lund shot back: "..."': the subject of the clause
            # the colon ends, not the sentence's first one
            mention = clause_subject(text, a + comma + 2, a + len(stripped) - 1)
        mention = mention or colon_speaker(text, a, a + len(stripped) - 1)
        if mention is not None:
            return mention, None
    return None


def _agrees(subject: Mention, pronoun: str) -> bool:
    """Whether ``subject`` is one the possessive pronoun can stand for: a body for "its", a
    person for "his"/"her", a plural for "their" ("The plan, in his words," is no one's)."""
    words = speaker_words()
    if pronoun == "it":
        return subject.kind == "organisation" or (subject.head or "") in words["orgs"]
    if pronoun == "they":
        return subject.number == "pl" and subject.kind != "pronoun"
    return subject.kind == "name" or subject.kind == "descriptor" and person_head(subject.head)


def _in_words_head(text: str, a: int, stripped: str, open_: int):
    """'closed because, in the head teacher's words, "...': the possessor's words, the
    quotation alone; None when the head does not end so."""
    in_words = _IN_WORDS_RE.search(stripped)
    if in_words is None:
        return None
    who = in_words.group("who")
    pronoun = _POSSESSIVE_PRONOUNS.get(who.lower())
    k = a + in_words.start("who")
    cue = _WordsCue(text, a + in_words.start("cue"), a + in_words.end("cue"), "view")
    if _TITLE_RE.match(text, open_ + 1):
        return None  # 'called, in the singer's words, "Songs for Rainy Days."': a title
    if pronoun and (
        cues_in(text, a, a + in_words.start()) or _NAMING_BEFORE_RE.search(text, a, a + in_words.start())
    ):
        return None  # ('the chief said the year was, in his words, "..."': the cue's subject speaks)
    if pronoun and in_words.start() > 0:
        subject, _ = speaker_before(text, a, a + in_words.start(), lenient=True, subject=True)
        if subject is not None and subject.end == a + in_words.start() and _agrees(subject, pronoun):
            return subject, cue  # 'The club, in its own words, "..."': the subject it goes back to
    if pronoun == "it":
        # ("it" is in no pronoun list: it speaks for the body the text names before it)
        return Mention("pronoun", "it", k, k + len(who), number="sg"), cue
    # (the possessor without its "'s": "the head teacher", "Ruth Ellis")
    owner = _POSSESSIVE_END_RE.sub("", who)
    mention = parse_speaker(pronoun or owner, k, lenient=True)
    if mention is None and (possessed := _POSSESSED_RE.fullmatch(owner)) is not None:
        # "in his agent's words": a noun no list knows after a possessive pronoun is a person
        noun = possessed.group(1).lower()
        mention = Mention(
            "descriptor", owner, k, k + len(owner), name=noun, role=noun, head=noun, number="sg"
        )
    return (mention, cue) if mention is not None else None


#: a subordinate clause opening the sentence, its cue inside ("As the union said ...", "Told
#: that the council said ...", "Minutes after Grant said ..."): the main clause after its comma
_FRONTED_RE = re.compile(
    r"(?:(?:Just|Even|Only|Minutes|Hours|Days|Soon|Shortly|Moments)\s+)?"
    r"(?:As|When|While|Whilst|Although|Though|Because|Since|Once|After|Before|Until|Told|Asked|If)\b"
)


def _clause_before_colon(text: str, a: int, stripped: str, cue_end: int) -> Mention | None:
    """'As the union said the offer was unfair, one driver shouted: "...': the main clause after
    a subordinate clause that holds the cue, between a comma and the colon that hands the
    quotation over; its subject speaks (None when there is no such clause)."""
    if not stripped.endswith(":"):
        return None
    comma = stripped.rfind(", ")
    if comma < 0 or a + comma < cue_end:
        return None
    contrast = _CONTRAST_RE.match(stripped, comma + 2)
    if contrast is not None:
        # 'The landlord said the heating was fixed, but the tenants disagree: "..."': the
        # subject of the clause the contrast opens
        return _contrast_subject(text, a + contrast.end(), a + len(stripped) - 1)
    if not _FRONTED_RE.match(stripped):
        return None  # ('Roe said that after the storm, residents were ...:': still her report)
    m = colon_speaker(text, a + comma + 2, a + len(stripped) - 1)
    return m if m is not None and m.start is not None and m.start >= a + comma + 2 else None


#: a contrast opening the last clause before the colon, then its subject ("while" is left
#: out: as often a time, "while reporters waited outside:", as a contrast)
_CONTRAST_RE = re.compile(r"(?:but|yet|whereas|though|although)\s+(?!(?:he|she|they|it|we|I)\b)(?=[A-Za-z])")
#: the verb after the subject of such a clause, maybe after an adverb
_AFTER_SUBJECT_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]{2,})\b")
#: bare forms of verbs of stance a plural subject takes ("the tenants disagree:")
_STANCE_VERBS = frozenset(
    "disagree agree remain differ say insist argue object doubt fear worry feel think".split()
)
#: words that make a lead no subject ("but only after the board met", "but last year the company")
_NOT_SUBJECT_WORDS = frozenset(
    "only after before last next this that year years week month day at in on during until since when "
    "then now also even still".split()
)


#: a quantifier alone as a subject, then its verb ("many feared", "others disagree")
_QUANTITY_SUBJECT_RE = re.compile(r"(many|some|others|most|few|several)\s+(?:[a-z]+ly\s+)?([a-z]{2,})\b")


def _speaks(m: Mention) -> bool:
    """A name, a body, or a description of people ("the director", "the tenants"), not of a
    thing ("the mood among fans")."""
    if m.kind != "descriptor":
        return True
    head = (m.head or "").lower()
    if person_head(head):
        return True
    # (a plural head the lists do not know: "the tenants", "commuters")
    written = next((w for w in m.text.split() if w.lower().startswith(head)), "") if head else ""
    return m.number == "pl" and written.lower() != head and is_group_word(written)


def _contrast_subject(text: str, k: int, colon: int) -> Mention | None:
    """The subject opening ``text[k:colon]`` (up to four words that parse as a person, a group,
    a body or a name, the longest, with a word of the clause after it), or None."""
    words = list(re.finditer(r"\S+", text[k:colon]))
    quantity = _QUANTITY_SUBJECT_RE.match(text, k, colon)
    if quantity is not None and (verbish(quantity.group(2)) or quantity.group(2) in _STANCE_VERBS):
        # "but many feared the worst:", "but others disagree:": a share of the people
        q = quantity.group(1)
        return Mention(
            "descriptor", q, k, k + len(q), name=q.lower(), role=q.lower(), head="people", number="pl"
        )
    best = None
    for n in range(1, min(4, len(words) - 1) + 1):
        end = k + words[n - 1].end()
        if any(w.group().lower() in _NOT_SUBJECT_WORDS for w in words[:n]):
            break
        m = parse_speaker(text[k:end], k) or parse_speaker(text[k:end], k, lenient=True)
        verb = _AFTER_SUBJECT_RE.match(text, end, colon)
        if (
            m is not None
            and m.kind in ("name", "descriptor", "organisation")
            and m.end == end
            and verb is not None
            # (a verb after it, not the rest of a compound: "the police chief remains")
            and (verbish(verb.group(1)) or verb.group(1) in _STANCE_VERBS)
            and _speaks(m)
        ):
            best = m
    return best


def opened_mid_sentence(doc: Doc, sp) -> int | None:
    """Where the sentence opens when a quotation with an attribution after it opens inside
    it after narration with no cue and no other quotation ('Guns are "a crisis," said X'):
    the statement starts there. None when the mark opens the sentence."""
    if sp.open_mark is None:
        return None
    a = sentence_start_at(doc, sp.open_mark)
    if a is None:
        return None
    before = doc.text[a : sp.open_mark]
    if (
        n_words(before) < 2
        or n_words(before) > 40
        or any(c in before for c in QUOTE_CHARS)
        and (doc.covered(a, sp.open_mark) or before.rstrip()[-1:] in QUOTE_CHARS + ",")
        or before.rstrip().endswith(":")
        or before.rstrip().endswith(",")
        and n_words(before) < 5
        or phrase_re().search(before)
        or before.rstrip().endswith(("-", "\u2013", "\u2014", "(", "["))  # (an aside opens with the mark)
        or governing_cue(doc.text, a, sp.open_mark)
    ):
        return None
    return a + len(before) - len(before.lstrip())


def governed_by_head_cue(doc: Doc, sp) -> bool:
    """The quotation opens mid-sentence inside the clause of a cue before it with its speaker
    ('Carter said the approach remained "one of care", but he warned ...'): the reported
    clause is that cue's statement, whatever follows the closing mark."""
    if sp.open_mark is None:
        return False
    a = sentence_start_at(doc, sp.open_mark)
    if a is None or any(c in doc.text[a : sp.open_mark] for c in QUOTE_CHARS):
        return False
    return governing_cue(doc.text, a, sp.open_mark)


#: between a cue and the mark of the clause it governs: 'that', after at most three words of
#: object ('saying that "..."', 'telling the crowd that "..."')
_THAT_BEFORE_MARK_RE = re.compile(r"\s+(?:[\w'\u2019.-]+\s+){0,3}?(?P<that>that)\s+$")


#: a later quotation in a relative clause or with a cue of its own is no part of the clause
_OWN_CUE_RE = re.compile(r"\b(?:which|who|whom|call|calls|called|calling)\b")


def bare_cue_clause_end(doc: Doc, sp, head, para_end: int) -> tuple[int, int] | None:
    """The statement's start and the sentence's end when a head attribution ends in a bare
    cue ('75 percent said "most people" cannot be trusted', 'saying that "most people"
    cannot ...') and the sentence goes on after the closing mark: the clause is the
    statement, from the mark (or its 'that', which PolNeAR's content spans hold)."""
    cue = head[1]
    if cue is None or len(head) > 2 and head[2] is not None or sp.close_mark is None or sp.open_mark is None:
        return None  # (a participle's content opening before the mark runs on already)
    start = sp.open_mark
    if doc.text[cue.end() : sp.open_mark].strip():
        that = _THAT_BEFORE_MARK_RE.fullmatch(doc.text, cue.end(), sp.open_mark)
        if that is None:
            return None  # 'said, "..."' / 'said: "..."' hand over the quotation itself
        start = that.start("that")
    end = coordinated_cut(doc.text, sp.close_mark, sentence_end_at(doc, sp.start, para_end))
    rest = doc.text[sp.close_mark + 1 : end]
    if n_words(rest) < 2 or rest.lstrip()[:1] in (",", ";"):
        return None
    if any(c in rest for c in QUOTE_CHARS) and (
        _OWN_CUE_RE.search(rest) or cues_in(doc.text, sp.close_mark + 1, end)
    ):
        # 'said "there is hope" here, which he called "a cruel joke"': the later quotation
        # has a speaker and cue of its own; otherwise ('admitted "one case" where funds
        # had "slipped through"') PolNeAR's statement runs on over it
        return None
    return start, end
