"""Cues: the reporting verbs and phrases of ``resources/reporting_verbs.txt``, the words
that stand between a speaker and its cue (``strip_aux``), and the word classes the sentence
rules share. The speaker phrase before or after a cue is read in ``_cue_speakers``, groups
counted as subjects in ``_group_subjects``, a clause's opening subject in ``_subjects``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..text import alternation, count_words, read_resource
from ._marks import QUOTE_CHARS as _MARKS
from ._marks import SINGLE_OPEN
from ._marks import positions_of as positions_of  # re-exported: _doc, _extract
from ._memo import per_document
from ._name_runs import lower_runs
from ._subjects import clause_subject as clause_subject  # re-exported: other modules import it from here
from ._subjects import subject_of as subject_of
from ._time_words import WEEKDAY

QUOTE_CHARS = _MARKS + SINGLE_OPEN

_AUX = frozenset(
    "has have had was were is are will would also later then further previously "
    "earlier again recently quickly only once repeatedly often publicly privately "
    "reportedly quick keen careful eager happy willing to went on been never always "
    "however, however since first initially now still just even subsequently originally openly "
    # "Cruz himself said": the intensifier is no part of the speaker
    "himself herself themselves itself "
    # "Reid would not say", "the spokesman wouldn't say", "could only quip": a modal and
    # its negation between the subject and its verb
    "would could not wouldn't couldn't won't wouldn\u2019t couldn\u2019t won\u2019t "
    # "The prime minister likes to say": a habit's verb before the infinitive cue
    "likes liked loves loved tends tended "
    # "Bismarck is supposed to have said": hearsay's raising verb before "to have" and the cue
    "supposed "
    # "The company is pleased to announce", "The ministry wishes to inform the public": a
    # pleasure's or a wish's word before the infinitive cue. (Not "used": "My father used to say
    # that A, Anna Berg recalled" is Anna Berg's report of it, which the inner cue took whole.)
    "pleased delighted glad proud wishes wished".split()
)
_PERFECT = frozenset({"has", "have", "had"})
#: words of _AUX that are surnames too: capitalised, they name the speaker ("Quick said")
_NAME_LIKE_AUX = frozenset("quick keen careful eager happy willing just even once".split())
#: Verbs that attribute a quoted phrase they name something with ("called it "a crisis"").
#: verbs that name or charge with quoted words ("called it a "disgrace"", "accused the
#: government of "selling the family silver"")
#: (each first letter, then a look-behind for the ``\\b`` before it: a pattern that opens with
#: a letter is searched for that letter, one that opened with ``\\b`` at every position)
NAMING_RE = re.compile(
    r"(c(?<!\w.)(?:alled|alls|alling)|d(?<!\w.)(?:escribed|escribes|ubbed|ubs)|l(?<!\w.)(?:abell?ed|abels)"
    r"|t(?<!\w.)ermed|a(?<!\w.)(?:ccused|ccuses))\b"
)
NAMING_LEMMAS = {
    "call": "call",
    "desc": "describe",
    "dubb": "dub",
    "dubs": "dub",
    "labe": "label",
    "term": "term",
    "accu": "accuse",
}
LEAD_RE = re.compile(
    r"(?:But|And|As|So|Yet|Still|Meanwhile|Also|Then|Now\s+that|Now|However|Instead|Later|Earlier|"
    r"Separately|Previously|Indeed)\s+(?=\S)"
)
#: a determiner right before a cue's form makes it a noun ("a friend of the accused", "called
#: the charges "baseless""): no verb of speech ("that" and "her" left out: a relative pronoun,
#: an object pronoun before a verb)
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|an?|his|its|their|our|these|those)\s+$", re.I)


def after_determiner(text: str, a: int, k: int) -> bool:
    """Whether a determiner (from ``a`` on) comes right before the word at ``k``."""
    return _DETERMINER_BEFORE_RE.search(text, max(a, k - 7), k) is not None


FIRST_PERSON = frozenset({"i", "we"})
#: Cues that report a paraphrase even in a copy without quotation marks ("..., Kan reported").
PARAPHRASE_CUES = frozenset({"report", "confirm", "announce", "reveal", "indicate"})
#: A finite verb: "ousting Putin would not be impossible" is a clause (gerund subject),
#: "breaking from the official line" is not.
FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|would|will|can|could|should|has|have|had|does|did|may|might|must)\b"
)
FIRST_PERSON_RE = re.compile(
    r"\b(?:I|we|We|our|Our|us|my|My|me)\b|n't\b|n\u2019t\b|'re\b|\u2019re\b|'ve\b|'m\b"
)
CLAUSE_OPENER_BAD = frozenset(
    "to in on at for with about by from of into over goodbye hello nothing something".split()
)


@lru_cache(maxsize=1)
def reporting_verb_forms() -> dict[str, tuple[str, str]]:
    """Every reporting verb form -> (lemma, class) from ``resources/reporting_verbs.txt``."""
    res = read_resource("reporting_verbs.txt")
    forms: dict[str, tuple[str, str]] = {}
    for cls in ("speech", "that", "belief"):
        for row in res.get(cls, []):
            row = [w for w in row if not w.isdigit()]  # the count column
            lemma = row[0].strip("()")
            for form in row if row[0] == lemma else row[1:]:
                forms[form] = (lemma, cls)
    return forms


def participle_lemma(form: str) -> str:
    """The lemma of an -ing form of a reporting verb ("saying" -> "say"), else its stem."""
    stem = form[:-3]
    forms = reporting_verb_forms()
    for lemma in (stem, stem + "e", stem[:-1]):
        if lemma in forms:
            return forms[lemma][0]
    return stem


@lru_cache(maxsize=1)
def reporting_verb_counts() -> dict[str, int]:
    """How many statements of PolNeAR train each reporting verb (lemma) or phrase
    introduces, as ``resources/reporting_verbs.txt`` records it."""
    res = read_resource("reporting_verbs.txt")
    return {
        row[0].strip("()"): int(row[-1])
        for cls in ("speech", "that", "belief", "phrase")
        for row in res.get(cls, [])
        if row[-1].isdigit()
    }


@lru_cache(maxsize=1)
def phrase_re() -> re.Pattern:
    """Multi-word cues that name a source ("according to", "in the words of")."""
    phrases = [" ".join(row[0].split("_")) for row in read_resource("reporting_verbs.txt").get("phrase", [])]
    return re.compile(_word_start_alternation([p[0].upper() + p[1:] for p in phrases] + phrases) + r"\s+")


def _word_start_alternation(words: list[str]) -> str:
    """``\\b`` and an alternation of ``words``, written first letter first ("A(?<!\\w.)ccording
    to|..."): a pattern that opens with a literal lets the engine skip to where one occurs,
    where a leading ``\\b`` made it try every position. The look-behind is the ``\\b``."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words):
        by_first.setdefault(w[0], []).append(w[1:])
    branches = []
    for first, rests in by_first.items():
        rest = alternation([r for r in rests if r])
        branches.append(re.escape(first) + r"(?<!\w.)" + (rest + "?" if "" in rests else rest))
    return "(?:" + "|".join(branches) + ")"


@lru_cache(maxsize=1)
def cue_re() -> re.Pattern:
    # (the bare "point" is a verb only before its particle, "to point out that": "at one point",
    # "the point is" are nouns; "forecast" after a determiner is the noun, "The forecast suggests")
    nouns = "".join(
        rf"(?<!\b{det}\s{form})" for det in _NOUN_DETERMINERS for form in ("forecast", "forecasts")
    )
    return re.compile(r"\b" + alternation(reporting_verb_forms()) + r"\b(?!(?<=\bpoint)(?!\s+out\b))" + nouns)


#: the determiners after which a form that is a noun too is the noun
_NOUN_DETERMINERS = ("the", "The", "a", "an", "its", "his", "her", "their", "this", "This", "latest", "new")


@per_document  # each sentence rule reads the same sentence's cues: one search a sentence
def cues_in(text: str, a: int, b: int) -> tuple[re.Match, ...]:
    """The matches of :func:`cue_re` in ``text[a:b]``, in order (never changed by callers):
    ``cue_re().finditer(text, a, b)``'s, read from the text's one index of cues."""
    if 0 < b < len(text):
        last, after = text[b - 1], text[b]
        # (``\w`` as the regex engine reads one character: alphanumeric or "_")
        if (last.isalnum() or last == "_") and (after.isalnum() or after == "_"):
            # ``b`` inside a word: the range's last word is cut there, and may be a cue that
            # the whole word is not ("saidx" cut to "said"); searched as asked
            return tuple(cue_re().finditer(text, a, b))
    starts, matches = _text_cues(text)
    # a cue is a whole word: none crosses ``b`` (not inside a word), none starts before ``a``
    # and ends after it, and one at ``a`` is one when the character before ``a`` is no word's
    # (``\b`` reads it in both searches)
    return tuple(matches[bisect_left(starts, a) : bisect_left(starts, b)])


@lru_cache(maxsize=1)
def _form_bytes() -> frozenset[bytes]:
    return frozenset(form.encode() for form in reporting_verb_forms())


@per_document
def _text_cues(text: str) -> tuple[list[int], list[re.Match]]:
    """Every match of :func:`cue_re` in ``text`` (with its start), found without running the
    pattern at every position (a regex engine's general search calls its matcher at each
    character, ~300 instructions a character, the cost of a text's cues read sentence by
    sentence): the forms present as lower-case runs (each other character a space, in C),
    then their places by ``str.find``, each matched there."""
    # every cue is a run of a-z between non-word characters, so its form is one of the runs;
    # a form's places inside other words ("unsaid", "saidé", "essay") are found too, and the
    # match there rejects them (no word boundary)
    runs = lower_runs(text)
    starts: set[int] = set()
    find = text.find
    for form in _form_bytes().intersection(runs):
        word = form.decode()
        k = find(word)
        while k >= 0:
            starts.add(k)
            k = find(word, k + 1)
    match = cue_re().match
    found = [m for m in (match(text, k) for k in sorted(starts)) if m is not None]
    return [m.start() for m in found], found


@per_document
def _char_positions(text: str, chars: str) -> list[int]:
    return positions_of(text, chars)


def any_char_within(text: str, chars: str, a: int, b: int) -> bool:
    """Whether one of ``chars`` occurs in ``text[a:b]``, read from the text's one list of
    their places (a search for the character set in each sentence tested every character)."""
    places = _char_positions(text, chars)
    i = bisect_left(places, a)
    return i < len(places) and places[i] < b


@per_document  # a statement's words are counted when it is added and again for its record
def n_words(s: str) -> int:
    """``count_words(s)``, counted in C where ``s`` is ASCII once its common non-ASCII
    punctuation is read as ASCII (:func:`_ascii_words`); by the word pattern otherwise."""
    if not s.isascii():
        for char, ascii_char in _ASCII_PUNCTUATION:
            if char in s:
                s = s.replace(char, ascii_char)
        if not s.isascii():
            return count_words(s)
    return _ascii_words(s)


#: non-ASCII characters of news text as the word pattern reads them: the curly apostrophe
#: joins words as "'" does, the others are no word's (as a space)
_ASCII_PUNCTUATION = (
    ("\u2019", "'"),
    *((c, " ") for c in "\u201c\u201d\u2018\u2014\u2013\u2026\u00ab\u00bb\u00a0"),
)
#: an ASCII byte as the word pattern sees it: a word character "a", a joiner ("-", "'") "-",
#: anything else a space
_WORD_BYTES = (
    bytes(
        ord("a") if chr(c).isalnum() or c == ord("_") else ord("-") if chr(c) in "-'" else ord(" ")
        for c in range(128)
    )
    + b" " * 128
)


def _ascii_words(s: str) -> int:
    """How many matches ``count_words``' pattern (``\\w+(?:[-']\\w+)*``) has in ASCII ``s``: the
    runs of word characters, less the joiners between two of them. A joiner next to another
    joiner has a word character on one side at most, so such pairs are blanked first; each
    joiner left then joins the runs on its sides, if any."""
    marked = s.encode("ascii").translate(_WORD_BYTES)
    if b"-" in marked:
        marked = marked.replace(b"--", b"  ").replace(b"-", b"")
    return len(marked.split())


#: when or where, between a speaker and the cue ("Mayor Ruiz on Thursday evening said",
#: "Tom Haldane in a newsletter post said", "The league on Tuesday responded")
_PRE_ADJUNCT_RE = re.compile(
    r"(?=\s)(?<!\buntil)(?<!\bsince)(?<!\bby)(?<!\bbefore)(?<!\bafter)(?<!\bfrom)(?<!,)"
    r"\s(?:(?:late\s+|early\s+)?on\s+)?(?:"
    + WEEKDAY
    + r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|last\s+(?:week|month|night|year)"
    r"|earlier\s+this\s+(?:week|month|year)|this\s+(?:week|month|morning|year)"
    r"|in\s+the\s+past"  # "Hale's friends have in the past said"
    r"|(?:in|on)\s+(?:an?|the|his|her|their|its)\s+(?:[\w'\u2019.-]+\s+){0,2}"
    r"(?:statement|interview|post|tweet|letter|email|memo|filing|op-ed|speech|appearance|radio\s+interview)"
    r"|at\s+an?\s+(?:[\w'\u2019.-]+\s+){0,2}(?:rally|conference|event|briefing|hearing|meeting|forum|debate))"
    r"\s*$"  # no comma: "... until this morning, said X" ends the content there
)
#: the words _PRE_ADJUNCT_RE can end with (a cheap test before a search at every position)
_ADJUNCT_LAST_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday morning afternoon evening night "
    "yesterday today week month year statement interview post tweet letter email memo filing "
    "op-ed speech appearance rally conference event briefing hearing meeting forum debate past".split()
)
_LY_ADVERB_RE = re.compile(r"[a-z]{3,}ly")
#: determiners and possessors after which a word in -ly is a noun ("the family", "his ally")
_LY_NOUN_BEFORE = frozenset("the a an his her their its our my your this that".split())
#: nouns in -ly a speaker phrase may end with
_LY_NOUNS = frozenset("family families ally allies assembly assemblies rally bully".split())


def _noun_after_determiner(s: str, word: str) -> bool:
    """The last word of ``s``, in -ly, is a noun: right after a determiner or a possessor
    ("the family said", "the boy's family said"), or a noun in -ly the lists know after one
    adjective ("a close ally said"); never an adverb after a noun ("the governor angrily
    said")."""
    before = s[: len(s) - len(word)].split()
    if not before:
        return False
    prev = before[-1].lower()
    if prev in _LY_NOUN_BEFORE or prev.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return True
    return word.lower() in _LY_NOUNS and len(before) > 1 and before[-2].lower() in _LY_NOUN_BEFORE


#: a connective set off by commas between a subject and its verb ("Murphy, though, said")
_ASIDE_AFTER_SUBJECT_RE = re.compile(
    r",\s+(?:though|however|meanwhile|too|also|instead|in\s+turn|in\s+contrast|for\s+(?:his|her|its|their)\s+part)"
    r",?$"
)


_AT_PAINS_RE = re.compile(r"\sat\s+pains$")


@per_document  # the same words before a cue, for the sentence's rules and its speaker
def strip_aux(pre: str) -> tuple[str, bool]:
    """Drop auxiliaries, adverbs and time adjuncts between a speaker and the cue ("was
    quick to", "on Tuesday")."""
    perfect = False
    s = pre.rstrip()
    while True:
        aside = _ASIDE_AFTER_SUBJECT_RE.search(s)
        if aside is not None and aside.start() > 0:
            s = s[: aside.start()].rstrip()  # "Murphy, though, said": the aside is no part of him
            continue
        # the last word (``s`` ends with one) is the adjunct's last word, or it is none
        word = s.rsplit(None, 1)[-1] if s else ""
        if word == "pains" and _AT_PAINS_RE.search(s):
            s = s[: len(s) - len("at pains")].rstrip()  # "was at pains to say": as "was keen to say"
            continue
        adj = _PRE_ADJUNCT_RE.search(s) if word in _ADJUNCT_LAST_WORDS else None
        if adj is not None and adj.start() > 0:
            s = s[: adj.start()].rstrip()
            continue
        # any lower-case -ly adverb too ("has consistently said"), and "have long argued"
        if (
            not word
            or (word.lower() not in _AUX and word != "long" and not _LY_ADVERB_RE.fullmatch(word))
            or word.lower() in _NAME_LIKE_AUX
            and word[:1].isupper()  # '"...," Quick said': a surname
            or word.lower() not in _AUX
            and _noun_after_determiner(s, word)
        ):
            break
        perfect |= word.lower() in _PERFECT
        s = s[: len(s) - len(word)].rstrip()
    return s, perfect


def subject_cue(form: str) -> bool:
    """A speech verb in an inflected form ("said", "says", "told"), after which a noun
    phrase opening the sentence is the speaker; a bare form ("add", "note") may be a
    plural subject's verb about anything ("The findings add to ...")."""
    lemma, cls = reporting_verb_forms()[form]
    return cls == "speech" and form != lemma
