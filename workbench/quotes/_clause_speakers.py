"""Cues and speakers that make no attribution, seen on web pages of other kinds (guides,
reviews, company blogs) far more than in news copy: a cue form that is a noun ("reports like
the weekly summary", "answers to questions that would sit ...", an "add-on"), a speech verb
whose object is a thing, not a clause ("adds warmth to the room", "claims first place"), and a
"speaker" that is a clause or a piece of one ("most of which related to", "... a filing
service for" before "added privacy", "Side" before "note:")."""

from __future__ import annotations

import re

from ._bare_clauses import bare_clause
from ._clauses import PRONOUN_CLAUSE_RE, whole_phrase
from ._cues import QUOTE_CHARS, reporting_verb_forms
from ._group_subjects import quantity_subject
from ._mentions import Mention, parse_speaker
from ._names import speaker_words

#: cue forms that are plural nouns too ("the reports", "bold claims", "radio signals")
NOUN_FORMS = frozenset(
    "reports claims notes comments answers replies remarks statements states charges labels "
    "signals shares calls estimates promises".split()
)
#: after such a form, words that only a noun takes ("reports like the weekly summary",
#: "claims of fraud", "reports can be printed", "claims are false"): never a verb's clause
_NOUN_TAIL_RE = re.compile(
    r"\s+(?:like|such\s+as|of|can|could|will|would|should|may|might|must|are|were|have|do)\s"
)
#: "... that would sit for days": a relative clause opens with its verb (no subject),
#: so the form before it is the noun the clause describes
_RELATIVE_THAT_RE = re.compile(
    r"[^,;:.!?]{0,60}?\bthat\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b"
)
#: a subject pronoun right before the form makes it a verb ("he notes that it would ...")
_PRONOUN_BEFORE_RE = re.compile(r"\b(?:he|she|it|they|this|who|which|that)\s+(?:\w+ly\s+)?$", re.I)
_HYPHENS = "-\u2010\u2011"
_ADD_FORMS = frozenset({"add", "adds", "added"})
#: "adds to the bill", "added up quickly": a particle right after "add" (no comma between)
_ADD_TO_RE = re.compile(r"\s+(?:to|up|on)\b")
#: a preposition right before the form: its object, a noun (a verb never follows one)
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:with|of|for|about|from|in|on|by|without|into|among|between|through|under|via|per|despite)\s+$",
    re.I,
)


#: a verb that rebuts what others said, right before a plural form: the form is its object
#: ("rejected claims that", "denied reports that", "dismissed charges"), no verb of speech
_REBUTTAL_BEFORE_RE = re.compile(
    r"\b(?:rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes|refuted|refutes|rebutted|"
    r"rebuts|countered|counters|debunked|debunks)\s+(?:[a-z]+ly\s+)?$"
)


def noun_cue(text: str, a: int, cue: re.Match, post: str) -> bool:
    """The cue ``cue`` of the clause opening at ``a`` is a noun or part of a word, no verb
    of speech: joined by a hyphen ("add-on", "well-written"), "add" before a particle ("adds
    to the bill"), right after a preposition ("in comments"), or a plural form before words
    that only a noun takes ("reports like ...", "answers to questions that would sit ...")."""
    k, e = cue.start(), cue.end()
    if text[e : e + 1] in _HYPHENS and text[e + 1 : e + 2].isalpha():
        return True
    if k > a and text[k - 1] in _HYPHENS and text[k - 2 : k - 1].isalpha():
        return True
    if _ADD_TO_RE.match(text, e) and cue.group().lower() in _ADD_FORMS:
        return True  # "the fee adds to the bill": to increase, no report
    if _PREPOSITION_BEFORE_RE.search(text, max(a, k - 12), k):
        return True  # "praise in comments and reposts", "a book by noted chefs"
    if _FINITE_CUE_AFTER_RE.match(text, e) and _bare_form(cue.group()):
        # "A Home Office report said ...": the noun of a subject, its verb after it (a bare
        # form only: never a past one, "said added costs ...")
        return True
    if cue.group().lower() not in NOUN_FORMS or _PRONOUN_BEFORE_RE.search(text, max(a, k - 20), k):
        return False
    if _REBUTTAL_BEFORE_RE.search(text, max(a, k - 24), k):
        return True  # "The minister rejected claims that ...": the claims' object, no verb
    return _NOUN_TAIL_RE.match(post) is not None or _RELATIVE_THAT_RE.match(post) is not None


#: a finite verb of speech right after a cue's form: the form is the subject's noun ("A Home
#: Office report said", "the survey report says"), as no verb takes such a verb next. Forms that
#: are also plural nouns ("said states like ...", "claims", "notes") are left out, and so are verbs
#: that are no cues ("the report found ...": the form stays the cue, or the sentence says nothing)
_FINITE_CUE_AFTER_RE = re.compile(
    r"\s+(?:said|says|stated|warned|warns|noted|added|argued|argues|claimed|revealed|concluded|suggested)\b"
)


#: cues whose object must be a clause for a statement ("added the plan would cost less"); a
#: thing as their object is no report ("adds warmth", "added rye loaves", "claims first place")
CLAUSE_ONLY_CUES = frozenset({"add", "claim"})


def thing_object(lemma: str, post: str) -> bool:
    """The words ``post`` after a cue of ``lemma`` (one of :data:`CLAUSE_ONLY_CUES`) are a
    noun object, not a clause, a quotation or a clause after "that", a colon or a comma."""
    if lemma not in CLAUSE_ONLY_CUES:
        return False
    rest = post.lstrip()
    if not rest or rest[0] in QUOTE_CHARS + ",:;" or re.match(r"that\b", rest):
        return False
    return not (
        bare_clause(post)
        or PRONOUN_CLAUSE_RE.match(post)
        or _PRONOUN_CONTRACTED_RE.match(post)
        or _NAME_PRESENT_RE.match(post)
        or _COUNT_CLAUSE_RE.match(post)
    )


#: "claims Lund runs a network": a name, then a verb in the present before its object
_NAME_PRESENT_RE = re.compile(
    r"\s+(?:[A-Z]\S*\s+){1,3}[a-z]+[^s\W]s\s+(?:a|an|the|his|her|its|their|no|more|about|to|on|in|at|over|with|for|"
    r"from|that|\d|two|three|four|five|six|seven|eight|nine|ten|several|many|some|most|all)\b"
)
#: "added 30 percent of staff had left": a count or share, up to a finite verb
_COUNT_CLAUSE_RE = re.compile(
    r"\s+(?:\d[\d,.]*\s*(?:%|percent|per\s+cent)?|half|most|many|some|few|none|all)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:had|has|have|was|were|is|are|will|would|could|can|did)\b",
    re.I,
)
#: "claims he's worth ...", "added they'd wait": a pronoun and its contracted verb
_PRONOUN_CONTRACTED_RE = re.compile(r"\s+(?:he|she|it|they|we|I|you|there)['\u2019][a-z]", re.I)


#: a speaker's last word that leaves it open, right before the cue: a preposition, conjunction
#: or article ("a filing service for" before "added privacy", "... a secret but" before "says");
#: not "to", an infinitive's ("prompting critics to call it ...")
_OPEN_END = frozenset("for in with without of at by from into onto the a an than as and but".split())
#: "some of which were about", "some of whom": a relative clause, never a subject
_OF_WHICH_RE = re.compile(r"\b(?:of|in|for|to|with)\s+(?:which|whom)\b", re.I)
#: "some of whom" alone, or after its antecedent set off by a comma ("Fans of the club, some
#: of whom travelled far"): the relative clause's speaker, or an aside of the subject's
_OF_WHOM_ASIDE_RE = re.compile(r"^(?:\w+\s+){1,2}of\s+whom$|,\s+(?:\w+\s+){1,2}of\s+whom\b", re.I)
#: a verb of speech inside the phrase ("Half of the parents said they prefer"): a clause
_SAID_INSIDE_RE = re.compile(r"\b(?:said|says|told|tells)\b")
#: heads that name a wording, not a source ("as the name suggests", "as the headline implies")
_WORDING_HEADS = frozenset("name names headline title term word label phrase".split())
#: singular heads that take a plural verb ("the team say", "the majority think")
COLLECTIVE = frozenset(
    "team staff public majority minority family government crew panel jury committee board group "
    "couple audience media press management faculty crowd class police".split()
)
#: a pronoun of the first or second person, maybe with its auxiliary ("I'd", "you'll")
_PERSONAL_RE = re.compile(r"(?:i|we|you|they)(?:['\u2019]\w+)?$", re.I)
#: "a part of the fans", "one in five of the voters": the plural after "of" agrees
_OF_PLURAL_RE = re.compile(r"\b(?:of|in)\s+(?:\S+\s+){0,3}\S+s$")
#: a word that may be a plural, which the phrase's head may be ("Democrats", "fishermen")
_PLURAL_WORD_RE = re.compile(r"(?:[^s'\u2019\W]s|men|people|children|folk)\b", re.I)
#: a number in the phrase: a count of people, plural whatever its head
_NUMBER_RE = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|both|percent|half|third|quarter)\b",
    re.I,
)


def clause_speaker(text: str, mention: Mention, cue: str | None, lemma: str | None) -> bool:
    """The speaker ``mention`` as written is no subject of the cue ``cue``: a phrase left
    open at its end, a relative clause, a clause with its own verb of speech, or a singular
    name or noun that opens its sentence right before the bare form ("Side note:")."""
    if mention.kind not in ("name", "descriptor") or mention.start is None or mention.end is None:
        return False
    words = mention.text.split()
    if not words:
        return False
    if words[-1].lower() in _OPEN_END and _cue_right_after(text, mention.end, cue):
        return True
    if _OF_WHICH_RE.search(mention.text) and not _OF_WHOM_ASIDE_RE.search(mention.text):
        return True
    if _SAID_INSIDE_RE.search(mention.text):
        return True
    if (
        isinstance(lemma, str)
        and lemma in ("suggest", "imply")
        and (mention.head or "").lower() in _WORDING_HEADS
    ):
        return True  # "As its name suggests, ...": what a word means, no one's statement
    return (
        isinstance(cue, str) and cue == lemma and _bare_form(cue) and _bare_after_singular(text, mention, cue)
    )


def coordinated_subject(text: str, mention: Mention, cue: str | None) -> Mention | None:
    """The subject of a speaker read with its first predicate and "and"/"but" up to a cue
    ("several growers praised the weather and" before "said"): the words before that
    predicate's verb in the past ("praised"), or None."""
    if mention.kind not in ("name", "descriptor") or mention.start is None or mention.end is None:
        return None
    words = list(re.finditer(r"\S+", mention.text))
    if (
        len(words) < 3
        or words[-1].group().lower() not in ("and", "but")
        or not _cue_right_after(text, mention.end, cue)
    ):
        return None
    past = speaker_words()["past"]
    for i, w in enumerate(words[1:-1], 1):
        t = w.group()
        if t.islower() and (t in past or (t.endswith("ed") and len(t) > 4)):
            k = words[i - 1].start() if i > 1 and words[i - 1].group().endswith("ly") else w.start()
            if not k or mention.text[:k].rstrip().endswith(","):
                return None  # "X, the cup in his hands, turned and said": an aside before the verb
            return _phrase(text, mention.start, mention.start + len(mention.text[:k].rstrip()))
    return None


#: a time opening the phrase before its subject ("not long ago most bakers"): an
#: adjunct, no part of the speaker
_TIME_LEAD_RE = re.compile(r"[^,]*?\bago,?\s+(?=\S)", re.I)


def time_led_subject(text: str, mention: Mention) -> Mention | None:
    """The subject of a speaker phrase that opens with a time ("not long ago most bakers" ->
    "most bakers"), or None."""
    if mention.kind not in ("name", "descriptor") or mention.start is None:
        return None
    lead = _TIME_LEAD_RE.match(mention.text)
    if lead is None:
        return None
    return _phrase(text, mention.start + lead.end(), mention.start + len(mention.text))


#: words before "to" that make its infinitive the subject's own act of speech ("was careful
#: to note", "went on to say", "was quick to add")
_SPEAKING_TO = frozenset("careful quick keen eager happy willing ready sure on hastened rushed moved".split())


#: words of a subject phrase read whole at most ("several growers")
MAX_PHRASE_WORDS = 6


def _phrase(text: str, a: int, b: int) -> Mention | None:
    """The speaker phrase ``text[a:b]``: parsed, or read whole as a descriptor when no known
    head is in it ("several growers"), its last word the head."""
    found = parse_speaker(text[a:b], a, lenient=True)
    seg = text[a:b].strip()
    words = seg.split()
    if found is not None or not words or len(words) > MAX_PHRASE_WORDS or "," in seg:
        return found
    a += len(text[a:b]) - len(text[a:b].lstrip())
    head = words[-1].lower()
    return whole_phrase(seg, a, head, plural=head.endswith("s"))


def infinitive_cue(text: str, k: int) -> bool:
    """The cue at ``k`` follows "to" after a word that does not make it the subject's act
    ("need the time to think"): never the verb of an attribution that ends
    its sentence ("..., the official was careful to note" is one)."""
    before = re.search(r"(\w+)\s+to\s+$", text[max(0, k - 40) : k])
    return before is not None and before.group(1).lower() not in _SPEAKING_TO


def _cue_right_after(text: str, end: int, cue: str | None) -> bool:
    """The cue follows the speaker's last word directly: the phrase is cut there in the text,
    not by the parser ("a friend of the" read out of "a friend of the family suggested")."""
    if not isinstance(cue, str):
        return False
    k = end
    while k < len(text) and text[k].isspace():
        k += 1
    return text.startswith(cue, k) and not text[k + len(cue) : k + len(cue) + 1].isalnum()


def _bare_form(cue: str) -> bool:
    """A cue written as a verb's bare form ("note", "answer"; not "is", "says" or "choosing").
    "read" is its past as well ("The banner read: ..."), so never only a bare form."""
    if cue == "read":
        return False
    if cue in reporting_verb_forms():
        return reporting_verb_forms()[cue][0] == cue
    return (
        cue.isalpha() and cue.islower() and not cue.endswith(("s", "ed", "ing")) and cue not in ("be", "am")
    )


def _bare_after_singular(text: str, mention: Mention, cue: str) -> bool:
    """A bare form ("note", "answer") whose subject is one person or thing ("Side note:"): the
    noun of a compound, or an order ("Please note"), when no auxiliary or "to" stands before it.
    A name takes a plural verb as a team or a body does ("Arsenal say", "..., say Unite"): only
    a label ("Marsh note:", "Special report by ...") is no statement of it."""
    if mention.number != "sg" or (mention.head or mention.text).lower() in COLLECTIVE:
        return False
    if mention.kind == "name" and mention.text.lower() not in ("please", "kindly"):
        assert mention.end is not None
        after = text[mention.end :].lstrip()
        if not after.startswith(cue):
            return False  # ("..., say Unite": a body's plural verb)
        post = after[len(cue) :]
        # a label ("Marsh note:", "Special report by ..."), not the clause a body reports
        return post.lstrip().startswith(":") or re.match(r"\s+(?:by|from|of|for|on)\b", post) is not None
    if _PERSONAL_RE.match(mention.text) or _OF_PLURAL_RE.search(mention.text):
        return False  # "I'd say", "A good part of the crowd cheer": no singular subject
    if _PLURAL_WORD_RE.search(mention.text):
        return False  # (a plural read as one: "Officials say", "Fishermen trying to ... say")
    assert mention.start is not None and mention.end is not None
    if _NUMBER_RE.search(mention.text) or quantity_subject(mention.text, 0) is not None:
        return False  # "the three agree", "a mere tenth say": a number of people
    if _cue_right_after(text, mention.end, cue):
        # the phrase must open its sentence ("Side note:"), not sit inside one ("fans such as
        # Lund say", "A 1998 farm board report found")
        k = mention.start
        while k > 0 and text[k - 1].isspace():
            k -= 1
        return k == 0 or text[k - 1] in ".!?:;"
    # (inverted, "..., answer Zen": the form right before the speaker)
    k = mention.start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return text.endswith(cue, 0, k) and not text[k - len(cue) - 1 : k - len(cue)].isalnum()
