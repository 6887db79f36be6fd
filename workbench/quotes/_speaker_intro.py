"""The speaker a quoted passage is handed to by the clause that introduces it, when no cue
of its own names one: 'Amos praised Frey, but he gave the Ohioan a grudging compliment:
"..."', 'The memo goes on to say: "..."', 'Clinton: "..."', 'Analysts agree - Tom Reyes:
"..."', a paragraph ending "He said:" before the passage, or 'Lena Ortiz agreed. "..."';
or the credit line after it that a column of quotations gives ('"..." / - Lena Ortiz.').
Without such a clause the passage continues the statement before it (``_continuations``).

The speaker is the subject of the introducing clause nearest the colon (the annotators'
and the reader's choice: "but he gave ...:" is "he", resolved later), never a place or an
adverb that opens the sentence ("Likewise, a paper ... had this to say:")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._clause_cut import and_opens_absolute
from ._colon_labels import (
    aside_label,
    from_source,
    label_aside,
    press_label,
    quote_list_label,
    role_and_name,
    speaks_as_person,
    titled_name,
)
from ._cues import QUOTE_CHARS, reporting_verb_forms, subject_of
from ._descriptor_mentions import PAST_VERBS_ONLY
from ._group_subjects import bare_plural_subject
from ._mentions import TEXT_PARTS, Mention, parse_speaker
from ._narration import verbish
from ._passive_agent import passive_agent

__all__ = ["introduced_speaker", "colon_speaker", "credited_speaker"]

#: characters that may stand between an introducing colon and the passage's first word
_OPENERS = set(QUOTE_CHARS) | {"'", "\u2018"}
#: a sentence ends here: a full stop that ends no initial or title, or a line break
_SENTENCE_END_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bMrs)"
    r"[.!?][\"'\u201d\u2019]?\s+|\n"
)
#: where a later clause of an introducing sentence starts: its subject is the speaker
#: ('Amos said ..., but he gave ...:', '... to which Frey interjected:')
_CLAUSE_RE = re.compile(
    r",[\"\u201d\u2019]?\s+(?:(?:but|and|so|yet|while|as|to\s+which)\s+(?:then\s+)?|(?=(?:he|she|they|with)\W))"
    r"|;\s+|\s(?:--|\u2013|\u2014)\s+"
)
#: "..., and Breitbart News responded:": a second clause whose named subject ends the sentence
_AND_CLAUSE_RE = re.compile(
    r",?\s+and\s+(?=(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:[a-z]+ly\s+)?[a-z]+(?:\s+[a-z]+){0,3}$)"
)
#: ... after a first clause of at least this many words (not "Paula Reyes and Tom Baker said:")
_MIN_WORDS_BEFORE_AND = 5
#: what opens a sentence before its subject: an adverb, a linking phrase or a subordinate
#: clause ("Likewise, ...", "In other words, ...", "When Harlan died in 1994, ...")
_OPENER_RE = re.compile(
    r"(?:[A-Z][a-z]+(?:ly|wise)|However|Again|Otherwise|Anyway|Meanwhile|Instead|Still|Indeed|Also|Yet|Then|Now|Later|Earlier|"
    r"Thus|Moreover|Separately|Elsewhere|In\s+(?:other\s+words|addition|response|fact|turn|short)|Of\s+course)"
    r",\s+(?=\S)"
    r"|(?:When|While|After|Before|As|Since|Although|Though|If|Once|Because|Until)\s[^,;:]{2,80},\s+(?=\S)"
)
#: "Name: "..."": a label of one to five capitalised words, alone or after a dash
#: (or two such names joined, "- Ada Reyes and Tom Baker:", the first of them speaking for
#: both; "More from Reyes and Baker:" in a column of quotations)
_LABEL_RE = re.compile(
    r"(?:^|\s[-\u2013\u2014]\s*)(?:(?:More|Also)\s+from\s+|From\s+)?"
    r"((?:[a-z]+\s+){0,2}(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*)"
    r"(?:\s+(?:and|&)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)?$"
)
#: "..., explained panel host Maria Lund:", "doesn't surprise pollster Ed Varga:": a
#: name after a verb, right before the colon
#: (a capitalised word may open the role: "surprise Independent pollster Ed Varga:")
_TRAILING_NAME_RE = re.compile(
    r"\s([a-z]+)\s+((?:[A-Z][\w.'\u2019-]*\s+(?=[a-z]))?(?:[a-z]+\s+){0,2}(?:[A-Z][\w.'\u2019-]*\s+){0,3}"
    r"[A-Z][\w'\u2019-]*)$"
)
#: a personal pronoun opening a clause before its verb ("She said", "He then listed")
_PRONOUN_RE = re.compile(r"\s*(He|She|They|he|she|they)(?:['\u2019](?:s|d|ve))?\s+[a-z]")
#: ... or after an opening without a comma ("In 2012 she said of the toll road:")
_LATE_PRONOUN_RE = re.compile(r"\b(He|She|he|she)\s+(?:[a-z]+ly\s+)?(?:said|wrote|told|added|[a-z]{3,}ed)\b")
#: "with Trump reportedly yelling:": the person of an absolute clause
_WITH_RE = re.compile(
    r"\s*with\s+((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b"
)
#: a bare capitalised name before its verb ("Hale delivered a quick reply")
_NAME_VERB_RE = re.compile(
    r"\s*((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\s+(?:[a-z]+ly\s+)?([a-z]{2,})\b"
)
#: a noun phrase with a determiner before a verb in -s or -ed ("The letter goes on to say")
#: ("One aide inside the hall tried ...": a quantifier opens a descriptor as an article does)
_NOUN_PHRASE_RE = re.compile(
    r"\s*((?:The|the|A|a|An|an|One|one|Another|another|Its|its|His|his|Her|her|Their|their)\s+[^,;:.!?]{1,60}?)"
    # a plural noun before a past verb is the phrase's own ("The two councils rejected")
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}s(?!\s+(?:[a-z]+ly\s+)?[a-z]{2,}ed\b)|[a-z]{2,}ed|wrote|read|had|said|was|"
    + "|".join(sorted(PAST_VERBS_ONLY))  # ("The crowd held signs saying")
    + r")\b"
)
#: a numbered part of a text before its verb ("Article 7 affirms", "Section 4 of the code lists")
_TEXT_PART_VERB_RE = re.compile(
    r"\s*([A-Z][a-z]+\s+(?:\d[\w.-]*|[IVXL]+)(?:\s+of\s+[^,;:.!?]{2,60}?)?)\s+(?:[a-z]+ly\s+)?([a-z]{2,})\b"
)
#: a town's region before its subject ("in Birmingham, Alabama"): no speaker
_REGION_BEFORE_RE = re.compile(r"[A-Z][a-z]+,\s+$")
#: an introducing sentence longer than this is narration, not an introduction
_MAX_INTRO_WORDS = 40
#: an intro sentence with no colon: a subject and a reporting verb with up to three words
#: after it ("Lena Ortiz agreed.", "Cruz tweeted a warning.")
_BARE_CUE_RE = re.compile(
    r"\s*(?P<subj>[^.!?;:]{2,160}?)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)(?:\s+[a-z]+){0,3}\.\s*$"
)
_SPEAKER_KINDS = ("name", "descriptor", "organisation", "pronoun")


def _open_mark(text: str, start: int) -> int | None:
    """Where the opening mark of the passage whose content starts at ``start`` is."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == 0 or text[k - 1] not in _OPENERS:
        return None
    while k > 0 and text[k - 1] in _OPENERS:
        k -= 1
    return k


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """The start of the sentence holding ``pos`` (no earlier than ``lo``)."""
    a = lo
    for m in _SENTENCE_END_RE.finditer(text, lo, pos):
        a = m.end()
    return a


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


#: dashes, which also open a newsletter's item ('—"Headline," by X: "..."'): the label
#: patterns read them as they are
_DASHES = "-\u2013\u2014"
#: a list item's mark alone before a quotation
_BULLET_RE = re.compile(r"[-\u2013\u2014\u2022\u25cf\u25aa*]\s*")
#: a list item that is a quotation and nothing else ('- "..."', '• "..."')
_QUOTED_ITEM_RE = re.compile(
    r"[ \t]*[-\u2013\u2014\u2022\u25cf\u25aa*][ \t]*[\"\u201c][^\n]*[\"\u201d][ \t]*$"
)
#: how many items of a list of quotations may stand between one and its label
_MAX_LIST_ITEMS = 8


def _list_label_end(text: str, line: int) -> int | None:
    """The end (after its colon) of the line ending in a colon above the list item at
    ``line``, past blank lines and other items that are quotations alone; None when none."""
    for _ in range(_MAX_LIST_ITEMS + 1):
        prev = line - 1
        while prev > 0 and text[prev - 1].isspace():
            prev -= 1
        if prev <= 0:
            return None
        if text[prev - 1] == ":":
            return prev
        line = _line_start(text, prev)
        if _QUOTED_ITEM_RE.fullmatch(text, line, prev) is None:
            return None
    return None


def introduced_speaker(text: str, start: int) -> Mention | None:
    """The speaker of the clause that introduces the quoted passage whose content starts at
    ``start``: the subject of the sentence before its opening mark when that sentence ends
    in a colon (in the same paragraph, or as the paragraph before), a "Name:" label, or a
    sentence of a subject and a reporting verb only. None when nothing introduces it."""
    k = _open_mark(text, start)
    if k is None:
        return None
    line = _line_start(text, k)
    head_end = k
    while head_end > line and text[head_end - 1].isspace():
        head_end -= 1
    bullet = _BULLET_RE.match(text, line, head_end)
    if bullet is not None and bullet.end() < head_end:
        if text[line] not in _DASHES:
            line = bullet.end()  # '• Ann Lee: "..."': the item's mark is no part of its label
    elif bullet is not None:
        # '- "..."' under "Key quotes:": an item of a list of quotations, introduced by the
        # label before the list (past the items before it)
        label_end = _list_label_end(text, line)
        if label_end is None:
            return None
        line = _line_start(text, label_end)
        return colon_speaker(text, _sentence_start(text, line, label_end - 1), label_end - 1)
    if head_end == line:
        # the passage opens its paragraph: the paragraph before may end in "He said:"
        prev = line - 1
        while prev > 0 and text[prev - 1].isspace():
            prev -= 1
        if prev <= 0 or text[prev - 1] != ":":
            return None
        head_end = prev
        line = _line_start(text, prev)
    head = text[line:head_end]
    if head.endswith(":"):
        return colon_speaker(text, _sentence_start(text, line, head_end - 1), head_end - 1)
    if head.endswith(".") and not any(c in head for c in QUOTE_CHARS):
        return _bare_cue_speaker(text, line, head_end)
    return None


def colon_speaker(text: str, a: int, colon: int) -> Mention | None:
    """The speaker of an introducing sentence ``text[a:colon]`` that ends in a colon: a
    "Name:" label, a name after a verb before the colon, or the subject of its last clause
    that has one."""
    head = text[a:colon]
    k = label_aside(head)
    personal = speaks_as_person(text, colon)
    if k is not None and aside_label(head[:k], head[k:], personal=personal):
        personal = True  # (the aside shows a speaker's label: "Sen. Cole (R-Texas):")
        # "Rep. Ann Lee (D-Ohio):", "Tom Reed (coach):": a transcript's label with an aside
        head, colon = head[:k], a + k
    if len(head.split()) > _MAX_INTRO_WORDS:
        return None
    press = press_label(head, a)
    if press is not None:
        return press  # "Quote from Ann Lee, chief executive of X:": the source, not "Quote"
    if quote_list_label(head) or head.strip().lower() in _SPEECH_LABELS:
        # "The minister spoke in the Commons. Key quotes:", "The trust issued a statement.
        # Statement:": the bare label names no one, the sentence before may
        return _before_label(text, a)
    owned = _OWNED_WORDS_RE.search(head) or _HERE_IS_RE.match(head)
    if owned is not None:
        # "Lund's reply was:", "From Berg's Facebook post:", "Here's Lund in 1998:": whose words
        # the colon hands over, not the subject of the sentence
        m = parse_speaker(owned.group(1), a + owned.start(1))
        if m is not None and m.kind in ("name", "organisation"):
            return m
    label = _LABEL_RE.search(head)
    if label is not None and (
        titled_name(label.group(1), one_word=True, personal=personal) or label.start() > 0
    ):
        m = parse_speaker(label.group(1), a + label.start(1))
        if m is not None and m.kind in ("name", "organisation"):
            return m
    m = role_and_name(head, a) or from_source(head, a)
    if m is not None:
        return m
    trailing = _TRAILING_NAME_RE.search(head)
    while trailing is not None and not (
        trailing.group(1) in reporting_verb_forms() or trailing.group(1) in _OBJECT_VERBS
    ):
        # "does not surprise pollster Ana Ruiz:": the verb may be a later word than the
        # first the pattern can start at ("not")
        trailing = _TRAILING_NAME_RE.search(head, trailing.start(2) - 1)
    if trailing is not None:
        # "Put simply, explained panel host Maria Lund:": the cue, then its speaker
        m = parse_speaker(trailing.group(2), a + trailing.start(2))
        if m is not None and m.kind == "name":
            return m
    starts = [a + m.end() for m in _CLAUSE_RE.finditer(head)]
    joined = _AND_CLAUSE_RE.search(head)
    if joined is not None and len(head[: joined.start()].split()) >= _MIN_WORDS_BEFORE_AND:
        # "The Ledger made the same claims in March, and the Daily Beacon responded:"
        starts.append(a + joined.end())
    opener = _OPENER_RE.match(head)
    if opener is not None:
        starts.insert(0, a + opener.end())
    for s in [*reversed(starts), a]:
        m = _subject(text, s, colon)
        if m is not None:
            return m
    late = _LATE_PRONOUN_RE.search(text, starts[-1] if starts else a, colon)
    if late is not None:
        return parse_speaker(late.group(1), late.start(1))
    return None


#: a name's possessive, then a word for what it said or wrote, closing the words before a colon
_OWNED_WORDS_RE = re.compile(
    r"(?:^|\s)(?!From\s)((?:[A-Z]\.|[A-Z][\w\u2019-]*)(?:\s+(?:[A-Z]\.|[A-Z][\w\u2019-]*)){0,3})(?:'s|\u2019s)\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?:response|reply|answer|message|statement|post|tweet|letter|remarks|words|speech|email)"
    r"(?:\s+(?:was|were|read|reads))?\s*$"
)
#: "Here's Lund in 1998:", "Here is Berg on the budget:": the name whose words follow
_HERE_IS_RE = re.compile(
    r"\s*Here(?:'s|\u2019s|\s+is)\s+((?:[A-Z]\.|[A-Z][\w\u2019-]*)(?:\s+(?:[A-Z]\.|[A-Z][\w\u2019-]*)){0,3})"
)

#: a press release's bare labels of what follows ("Statement:", "Quote:"): the words, not who
#: said them ("Statement from X:" names X: ``press_label``)
_SPEECH_LABELS = frozenset("statement quote quotes comment comments response reaction".split())

#: verbs whose object, named right before a colon, speaks next ("doesn't surprise X:")
_OBJECT_VERBS = frozenset("surprise surprises surprised".split())


def _before_label(text: str, a: int) -> Mention | None:
    """The subject of the sentence before the label at ``a`` in its paragraph ("The chancellor
    has been speaking to reporters. Key quotes:"), or None."""
    lo = text.rfind("\n", 0, a) + 1
    e = a
    while e > lo and text[e - 1].isspace():
        e -= 1
    if e <= lo or text[e - 1] not in ".!":
        return None
    s = _sentence_start(text, lo, e - 1)
    m = _subject(text, s, e - 1)
    return m if m is not None and m.kind in ("name", "descriptor", "organisation") else None


def _subject(text: str, a: int, b: int) -> Mention | None:
    """The subject the clause ``text[a:b]`` opens with: a name, a descriptor, an
    organisation or a personal pronoun ("She said", "A note in the appendix makes ...")."""
    absolute = _WITH_RE.match(text, a, b)
    if absolute is not None:
        m = parse_speaker(absolute.group(1), absolute.start(1))
        return m if m is not None and m.kind == "name" else None
    noun = _NOUN_PHRASE_RE.match(text, a, b)
    m = _noun_phrase(noun) if noun is not None else None
    if m is not None:
        return m
    m = subject_of(text, a, b)
    if m is not None and (m.start is None or m.start < a):
        m = None  # the subject of the whole sentence, not of this clause
    if m is not None and m.kind in _SPEAKER_KINDS:
        if (
            m.kind == "name"
            and m.start is not None
            and _REGION_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
        ):
            return None  # "At a rally in Macon, Georgia, on Saturday, ...": a place
        return m
    pron = _PRONOUN_RE.match(text, a, b)
    if pron is not None:
        return parse_speaker(pron.group(1), pron.start(1))
    named = _NAME_VERB_RE.match(text, a, b)
    if named is not None and verbish(named.group(2)):
        m = parse_speaker(named.group(1), named.start(1))
        if m is not None and (
            m.kind in ("name", "organisation") or m.kind == "descriptor" and m.number == "pl"
        ):
            return m  # "Sanders delivered", "Democrats are drawing"
    part = _TEXT_PART_VERB_RE.match(text, a, b)
    if part is not None and verbish(part.group(2)):
        m = parse_speaker(part.group(1), part.start(1))
        if m is not None and m.head in TEXT_PARTS:
            return m  # "Article 7 affirms", "Section 4 of the code lists"
    return None


def _noun_phrase(noun: re.Match) -> Mention | None:
    """The speaker a determiner's noun phrase before a verb names ("A footnote in the audit")."""
    phrase = noun.group(1)
    cut = re.split(r"\s+(?:in|inside|within|near|of|on|at|from|for|with|by)\s+", phrase)[0]
    for seg, lenient in ((phrase, False), (cut, False), (cut, len(cut.split()) <= 3)):
        # a noun in no list ("a footnote") only as a short phrase: a longer one may be
        # a clause ("The excuse these serial fibbers use ... is")
        m = parse_speaker(seg, noun.start(1), lenient=lenient)
        if m is not None and m.kind in ("name", "descriptor", "organisation"):
            return m
    return None


def _bare_cue_speaker(text: str, line: int, end: int) -> Mention | None:
    """'Lena Ortiz agreed. "..."': a sentence of a subject and a reporting verb only."""
    a = _sentence_start(text, line, end - 1)
    m = _BARE_CUE_RE.fullmatch(text, a, end)
    if m is None or m.group("verb") not in reporting_verb_forms():
        return None
    subject = parse_speaker(m.group("subj"), m.start("subj")) or subject_of(text, a, end)
    if subject is None or subject.kind not in _SPEAKER_KINDS:
        return None
    return subject


#: "..., with Sen. Ada Moss calling": the person of an absolute clause before a participle
_WITH_ANY_RE = re.compile(
    r"\bwith\s+((?:(?:[A-Z][\w.'\u2019-]*|the|a|an|of|for)\s+){0,6}?[A-Z][\w'\u2019-]*"
    # ("with the chief executive hailing it", "with their lawyer praising", "with workers saying")
    r"|(?:the|a|an|his|her|their|its|our)\s+(?:[a-z-]+\s+){0,2}?[a-z]+|[a-z]+s)"
    r"(?=\s+(?:[a-z]+ly\s+)?[a-z]+ing\b)"
    # "..., with Senator Ada Moss| telling reporters": the clause may end at the cue itself,
    # after a comma ("sided with the growers, saying" is no absolute clause)
    r"|,\s+with\s+((?:(?:[A-Z][\w.'\u2019-]*|the|a|an|of|for)\s+){0,6}?[A-Z][\w'\u2019-]*)\s*$"
)
#: "..., with dozens of nurses chanting", "with the office of the retired harbour master saying": a
#: noun phrase of common nouns (a determiner or a quantity first) as the absolute clause's
#: subject, right before the participle at the clause's end
_WITH_PHRASE_RE = re.compile(
    r"\bwith\s+((?:the|a|an|many|most|some|several|other|(?:hundreds|dozens|thousands|scores)\s+of)"
    r"\s+(?:(?!(?:that|which|who|whose|and|or|but)\s)[\w'\u2019.-]+\s+){0,8}?[\w'\u2019-]+"
    r"(?:\s+and\s+[a-z]+)?)(?:\s+[a-z]+ly)?\s*$"
)
#: the subject of an absolute clause without "with", after a comma, a dash or "and"
_BARE_ABSOLUTE_RE = re.compile(
    r"(?:,|\s[-\u2013\u2014]|\band)\s+((?:the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+"
    r"|(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*"
    # a bare plural of up to three words ("union leaders"), no verb, adverb or pronoun in it
    r"|(?:(?!(?:and|but|or|[a-z]+ing|[a-z]+ly)\s)[a-z]+\s+){0,2}(?!(?:his|its|this|was|has|is|us|thus)\b)[a-z]+s)\s*$"
)
_PARTICIPLE_NEXT_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")
#: how far before a participle its absolute clause's subject is looked for (characters)
_WITH_PHRASE_WINDOW = 100
#: a clause after the subject's own that opens with a pronoun ("..., even as he defended")
_PRONOUN_CLAUSE_RE = re.compile(
    r"(?:,\s+|\b(?:when|as|while|and|but|after|before|because|since|though|although)\s+)"
    r"(he|she|they)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?[a-z]{2,}\b"
)
#: "Like Corker, Menendez ...", "On Twitter, she ...": an opening before the subject
_LIKE_RE = re.compile(
    r"(?:Like|Unlike|On|In|At|For|After|Before|During)\s[^,;:]{1,60},\s+(?=\S)"
    # "Amid calls from readers to publish the list of names, Lund gave ...": a longer circumstance
    r"|(?:Amid|Amidst|Despite|Following)\s[^,;:]{1,120},\s+(?=\S)"
)
#: ", Nefzi said" right before a participle cue: its speaker is the participle's
_TAIL_CUE_RE = re.compile(
    r",\s+((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*|he|she|they)\s+(?:said|says|wrote|writes|told\s+\S+(?:\s+\S+)?)\s*$"
)
#: a conjunction or "Here in <place>," before a clause's subject
_CONJUNCTION_LEAD_RE = re.compile(
    r"(?:And|But|So|Yet)\s+(?:then\s+)?(?=\w)|Here\s+(?:in|at)\s[^,;:]{1,60},\s+(?=\S)"
    # "Then Lund turned on the board, saying": a time adverb with no comma before the subject
    r"|(?:Then|Later|Earlier|Now|Finally|Soon)\s+(?=[A-Za-z])"
    # "76-year-old Ann Roe, founder of ..., endorsed ...": the age before the name
    r"|\d+-year-old\s+(?=[A-Z])"
)


#: a subordinate clause opening the sentence, before the main clause's subject
_SUBORDINATE_OPENING_RE = re.compile(
    r"(?:(?:Even|Just|Only|Shortly|Long|But|And)\s+)?(?:[Bb]efore|[Aa]fter|When|While|As|Because|Although|Though|"
    r"Once|Until|Since)\s[^,;:\"\u201c\u201d]{1,150},\s+(?=[A-Z]|(?:the|a|an|his|her|its|their)\s)"
)


def absolute_subject(text: str, a: int, b: int) -> Mention | None:
    """The subject of an absolute clause with no "with" that ends ``text[a:b]`` right before
    a participle at ``b`` ("..., the chairman saying he was "..." and the coach calling it
    "...""), after a comma, a dash or "and"; None if there is none."""
    bare = _BARE_ABSOLUTE_RE.search(text, max(a, b - _WITH_PHRASE_WINDOW), b)
    if bare is None or not _PARTICIPLE_NEXT_RE.match(text, b):
        return None
    if text.startswith("and", bare.start()) and not and_opens_absolute(text, a, bare.start()):
        return None  # "thanked the fans and the staff saying": the sentence's subject speaks
    k = bare.start(1)
    m = parse_speaker(bare.group(1), k, lenient=True) or bare_plural_subject(bare.group(1), k)
    return m if m is not None and m.kind in _SPEAKER_KINDS and m.kind != "pronoun" else None


def participle_subject(text: str, a: int, b: int) -> Mention | None:
    """Who speaks through a participle cue ending the clause ``text[a:b]`` ("..., saying",
    "by saying", "calling"): the person of an absolute "with X -ing" clause, else a pronoun
    subject of the clause nearest the cue (the main subject, named by the resolver), else
    the sentence's subject (a name, a descriptor with its post-modifier, a pronoun)."""
    absolute = _last(_WITH_ANY_RE.finditer(text, a, b))
    if absolute is not None and " and " in text[absolute.end() : b]:
        absolute = None  # ("with the family welcoming it and the lawyers saying": the second's)
    if absolute is not None:
        k = 1 if absolute.group(1) else 2
        m = parse_speaker(absolute.group(k), absolute.start(k), lenient=True)
        if m is not None and m.kind in _SPEAKER_KINDS:
            return m
    # the participle right after the phrase, no comma or dash between ("backed the airline
    # against the union, saying" is no absolute clause)
    phrase = (
        _WITH_PHRASE_RE.search(text, max(a, b - _WITH_PHRASE_WINDOW), b)
        if _PARTICIPLE_NEXT_RE.match(text, b)
        else None
    )
    if phrase is not None and not any(w.endswith("ing") for w in phrase.group(1).split()[1:]):
        # ("with the band playing loudly, saying": a participle of its own, the clause's subject)
        k = phrase.start(1)
        m = parse_speaker(phrase.group(1), k, lenient=True) or bare_plural_subject(phrase.group(1), k)
        if m is not None and m.kind in _SPEAKER_KINDS:
            return m
    bare = absolute_subject(text, a, b) or passive_agent(text, a, b)
    if bare is not None:
        return bare  # ("was opposed by the union, calling": the agent does the calling)
    tail = _TAIL_CUE_RE.search(text, a, b)
    if tail is not None:
        # "Mateen left early, Nefzi said, adding": the participle goes on from the cue just before it
        m = parse_speaker(tail.group(1), tail.start(1))
        if m is not None and m.kind in _SPEAKER_KINDS:
            return m
    # the clause may start at the space after the sentence before it ('... ferry." And then')
    lead = _CONJUNCTION_LEAD_RE.match(text, a + len(text[a:b]) - len(text[a:b].lstrip()), b)
    # "And then Lund went on the attack, saying", "Here in Salem, Lund stepped up ...": the
    # subject after a conjunction or a place that opens the sentence
    k = lead.end() if lead is not None else a
    sub = _SUBORDINATE_OPENING_RE.match(text, k, b)
    if sub is not None:
        k = sub.end()  # "Even before Lund took the stage, her campaign sent ..., saying": the main clause's
    main: Mention | None = subject_of(text, k, b)
    if main is None or main.start is None or main.start < k or main.kind not in _SPEAKER_KINDS:
        opener = _OPENER_RE.match(text, k, b) or _LIKE_RE.match(text, k, b)
        main = _subject(text, opener.end() if opener is not None else k, b)
    if main is None or main.kind != "pronoun":
        pron = _last(_PRONOUN_CLAUSE_RE.finditer(text, main.end if main is not None and main.end else a, b))
        if pron is not None and (main is None or (pron.group(1).lower() == "they") == (main.number == "pl")):
            # "Hale softened the pledge when he named his deputy, calling":
            # the pronoun nearest the cue, which the resolver takes back to the subject
            return parse_speaker(pron.group(1), pron.start(1))
    return main


def _last(matches: Iterator[re.Match]) -> re.Match | None:
    last = None
    for last in matches:  # noqa: B007 - the last match is the one wanted
        pass
    return last


#: a credit line right after a quoted passage: closing marks, a line break, a dash, one to
#: five capitalised words and a full stop or a comma ('"..."\n\n- Clinton.', '-Lena Ortiz,
#: tweeting after the vote.'); a dash before a sentence ("- Ortiz won 84 percent") is a bullet
_CREDIT_RE = re.compile(
    r"[.!?,\u2026]*[\"'\u201d\u2019)]*[^\S\n]*\n\s*[-\u2013\u2014]{1,2}[^\S\n]*"
    r"((?:[A-Z][\w.'\u2019-]*[^\S\n]+){0,4}[A-Z][\w'\u2019-]*)(?=[.,](?:\s|$)|[^\S\n]*(?:\n|$))"
)
#: how far after a passage's last word its credit line may start (closing marks, spaces)
_CREDIT_WINDOW = 120


#: a credit after a dash on the quotation's own line, ending the line ('- "..." - Ann Lee')
_SAME_LINE_CREDIT_RE = re.compile(
    r"[.!?,\u2026]*[\"'\u201d\u2019)]*[.]?[^\S\n]+[-\u2013\u2014]{1,2}[^\S\n]*"
    r"((?:[A-Z][\w.'\u2019-]*[^\S\n]+){0,4}[A-Z][\w'\u2019-]*)[.]?[^\S\n]*(?=\n|$)"
)
#: a line that opens with a quotation, after a list item's mark or none
_QUOTE_LINE_RE = re.compile(r"[ \t]*(?:[-\u2013\u2014\u2022\u25cf\u25aa*][ \t]*)?[\"\u201c]")


def credited_speaker(text: str, end: int) -> Mention | None:
    """The speaker a credit line after a quoted passage ending at ``end`` names (or a credit
    after a dash ending the line of a quotation that opens it, as a list of quotations
    writes it), or None."""
    m = _CREDIT_RE.match(text, end, min(len(text), end + _CREDIT_WINDOW))
    if m is None and _QUOTE_LINE_RE.match(text, _line_start(text, end)):
        m = _SAME_LINE_CREDIT_RE.match(text, end, min(len(text), end + _CREDIT_WINDOW))
    if m is None:
        return None
    mention = parse_speaker(m.group(1), m.start(1))
    return mention if mention is not None and mention.kind == "name" else None
