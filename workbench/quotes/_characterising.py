"""Quoted words a characterising verb gives its object: 'Lund called the levy "unfair"',
'dismissed the complaint as "absurd"', 'blamed the closure on "careless regulators"', 'what
he calls the "harbour cartel"'. Even one quoted word is the subject's statement there: the
verb says the words are the subject's view of the object. The content is the object and the
quoted words (on to the clause's end when the sentence goes on in lower case)."""

from __future__ import annotations

import re

from ._cues import n_words, subject_of
from ._head_clauses import relative_or_aside_speaker
from ._mentions import Mention, parse_speaker
from ._names import norm, speaker_words
from ._phone_calls import places_a_call
from ._quoted_subjects import NOT_SUBJECT_RE, clause_subject
from ._subjects import subject_before

__all__ = ["CHARACTERISING_RE", "RELATIVE_BEFORE_VERB_RE", "characterised", "clause_trail"]

#: The object between the verb and the opening mark has at most this many words.
MAX_OBJECT_WORDS = 12

_VERB = (
    r"call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dub(?:s|bed|bing)?|label(?:s|ed|led|ing|ling)?|"
    r"brand(?:s|ed|ing)?|term(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|hail(?:s|ed|ing)?|herald(?:s|ed|ing)?|"
    r"portray(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)|derid(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|"
    r"blast(?:s|ed|ing)?|slam(?:s|med|ming)?|critici[sz](?:e|es|ed|ing)|accus(?:e|es|ed|ing)|"
    r"blam(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|mock(?:s|ed|ing)?|decr(?:y|ies|ied|ying)|"
    r"refer(?:s|red|ring)?\s+to|condemn(?:s|ed|ing)?|lambast(?:s|ed|ing)?|ridicul(?:e|es|ed|ing)|"
    r"pronounc(?:e|es|ed|ing)|deem(?:s|ed|ing)?|cast(?:s|ing)?|"
    # verbs taking a stance on their object ('attacked the plan for "ignoring the boats"',
    # 'touted her "fifty-town strategy"', 'warned of "a long winter"')
    r"attack(?:s|ed|ing)?|tout(?:s|ed|ing)?|defend(?:s|ed|ing)?|reject(?:s|ed|ing)?|"
    r"question(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|emphasi[sz](?:e|es|ed|ing)|"
    r"stress(?:es|ed|ing)?|highlight(?:s|ed|ing)?|complain(?:s|ed|ing)?\s+(?:about|of)|"
    r"boast(?:s|ed|ing)?\s+(?:about|of)|warn(?:s|ed|ing)?\s+(?:of|against|about)|"
    r"talk(?:s|ed|ing)?\s+(?:about|up)|admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|"
    r"conced(?:e|es|ed|ing)|applaud(?:s|ed|ing)?|thank(?:s|ed|ing)?"
)
#: one of the verbs alone
CHARACTERISING_RE = re.compile(_VERB)
#: the verb, its object (no clause break, no other quotation) and the word before the mark
_GOVERNED_RE = re.compile(
    r"\b(?P<verb>"
    + _VERB
    + r")\b(?P<obj>[^.;:!?()\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014\u2013]{0,120}?)\s*$"
)
#: a verb of promising or asking whose infinitive holds the quoted words ('vowed to "take the
#: fight" to the towns', 'urged voters to "stay calm"'): the infinitive is the statement
_INFINITIVE_RE = re.compile(
    r"\b(?P<verb>vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|"
    r"ask(?:s|ed|ing)?|demand(?:s|ed|ing)?|threaten(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|"
    r"appeal(?:s|ed|ing)?\s+to)\b"
    r"(?P<obj>[^.;:!?()\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014\u2013,]{0,60}?\bto\b"
    r"[^.;:!?()\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014\u2013,]{0,80}?)\s*$"
)
#: a verb of belief or wish whose complement holds the quoted words ('believes in a press
#: that "takes sides"', 'hopes the vote will "clear the air"'): the complement is the statement
_BELIEF_RE = re.compile(
    r"\b(?P<verb>believ(?:e|es|ed|ing)|hop(?:e|es|ed|ing)|fear(?:s|ed|ing)?|want(?:s|ed|ing)?|"
    r"wish(?:es|ed|ing)?|expect(?:s|ed|ing)?|feel(?:s|ing)?|felt|think(?:s|ing)?|thought)\b"
    r"(?P<obj>[^.;:!?()\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014\u2013,]{0,80}?)\s*$"
)
#: between the subject and the verb: auxiliaries and adverbs, or a coordinated clause
_BETWEEN_RE = re.compile(
    r"\s*(?:(?:has|have|had|also|later|then|again|once|repeatedly|recently|previously|even|"
    r"would|will|did|does|do|is|was|are|were|has\s+been|had\s+been|[a-z]+ly)\s+)*",
)
_COORDINATED_RE = re.compile(r"\b(?:and|but)\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?$")
#: 'was called', 'is described as', 'so-called', 'what is called': no speaker's words
_PASSIVE_RE = re.compile(r"(?:\b(?:was|were|is|are|been|being|be|so|get|got)[\s-]+(?:[a-z]+ly\s+)?)$", re.I)
#: a relative pronoun opening the verb's clause after a comma, auxiliaries and adverbs between
#: (or without a comma: 'a man who called the victim "..."' is the man's)
RELATIVE_BEFORE_VERB_RE = re.compile(r"(?:,\s*|\s)(?:who|which)\s+" + _BETWEEN_RE.pattern + "$")
_PRONOUN_BEFORE_RE = re.compile(r"\b(he|she|they|we)\s+$", re.I)
#: the clause going on after the closing mark ('for "walking away" from the town', a reason or
#: a relative on the name: 'because ...', 'who ...'), not a new one ('and cast himself ...',
#: 'which he ...', 'as he left')
_TRAIL_RE = re.compile(
    r"[ \t]+(?!(?:and|but|or|while|as|which|whom|before)\b)"
    r"[a-z][^,;.!?:()\u2014\"\u201c\u201d\u00ab\u00bb]{0,120}"
)


#: _TRAIL_RE going on over quotation marks (a naming participle's clause: 'calling it a
#: "slip" of the clerk')
_QUOTED_TRAIL_RE = re.compile(
    r"[ \t]+(?!(?:and|but|or|while|as|which|whom|before)\b)"
    r"[a-z][^,;.!?:()\u2014]{0,120}"
)


#: an article right before a verb's form: the noun ("a call", "the cast")
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:a|an|the)\s+$")


def _governs(between: str) -> bool:
    """Only auxiliaries and adverbs, or a coordinated clause, between a subject and the verb."""
    return bool(
        _BETWEEN_RE.fullmatch(between)
        or _COORDINATED_RE.search(between)
        or _ADJUNCT_ASIDE_RE.fullmatch(between) is not None
    )


#: where or when, set off by commas between the subject and the verb ("The chief executive,
#: in a call with reporters, dismissed ..."), then auxiliaries and adverbs
_ADJUNCT_ASIDE_RE = re.compile(
    r"\s*,\s+(?:in|at|on|during)\s+(?:an?|the|his|her|its|their)\s[^,;:\"\u201c\u201d]{2,60},"
    + _BETWEEN_RE.pattern
)


#: a second verb of the list coordinated inside the first one's object ('praised the defence
#: but described the midfield as "..."'): the quotation is the second verb's
_LATER_VERB_RE = re.compile(
    r"(?:\b(?:and|but)\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?"
    # or a relative clause's ('was condemned by Ann Ruiz, who called the sentence "..."')
    r"|,\s*(?:who|which)\s+" + _BETWEEN_RE.pattern + r")(?=(?:" + _VERB + r")\b)"
)


def _last_coordinated(text: str, m: re.Match, open_: int) -> re.Match:
    """The match of the last coordinated characterising verb inside ``m``'s object, or ``m``."""
    k = None
    for later in _LATER_VERB_RE.finditer(text, m.start("obj"), m.end("obj")):
        k = later.end()
    if k is None:
        return m
    return _GOVERNED_RE.match(text, k, open_) or m


#: a person's phrase and the preposition of a place or body after it ('the union leaders at')
_PERSON_BEFORE_PLACE_RE = re.compile(
    r"\b((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2})\s+(?:at|in|of|with|from|for|on)\s+(?:(?:the|a|an)\s+)?$"
)


def _person_before_place(text: str, s: int, mention: Mention) -> Mention | None:
    """For "who" after a place, a body or a thing in a prepositional phrase ('the union leaders
    at the ministry, who called', 'the teacher at the school, who', 'the family of the girl at
    the centre of the case, who'), the people opening the chain of phrases; None if none are.
    A person's name ends no such chain: 'the wife of Tom Reed, who' may be his."""
    if mention.start is None or _a_person(mention):
        return None
    k, person = mention.start, None
    for _ in range(4):
        m = _PERSON_BEFORE_PLACE_RE.search(text, max(s, k - 60), k)
        if m is None:
            break
        found = parse_speaker(m.group(1), m.start(1), lenient=True)
        if found is not None and _a_person(found):
            person = found  # ('a statement from the mayor, who': the mayor is one already)
        k = m.start(1)
    return person


def _a_person(m: Mention) -> bool:
    """``m`` names a person: a name with a known given name ("Ann Lee", not "Leeds United")
    or a descriptor whose noun is a person's ("the teacher", not "the school")."""
    words = speaker_words()
    if m.kind == "name":
        return any(norm(w) in words["given_names"] for w in m.text.split())
    head = m.head or ""
    return m.kind == "descriptor" and (head in words["heads"] or head in words["person_nouns"])


#: a "call" object before an infinitive that is no "call on X to" ('called the meeting to')
_CONVENED_RE = re.compile(r"(?!\s*(?:on|upon)\b).*\bto\s*")


def characterised(text: str, sp, s: int, pe: int) -> tuple[int, int, Mention, tuple[int, int]] | None:
    """The statement a characterising verb before quotation ``sp`` (in the sentence from
    ``s``, paragraph ending ``pe``) makes of it: (start, end, speaker mention, verb span), or
    None when no such verb governs it or no subject speaks."""
    if sp.open_mark is None or sp.close_mark is None:
        return None
    lo = max(s, sp.open_mark - 160)
    m = _GOVERNED_RE.search(text, lo, sp.open_mark)
    while m is not None and _ARTICLE_BEFORE_RE.search(text, max(lo, m.start() - 5), m.start()):
        # ('in a call with reporters, dismissed ... as "..."': the noun, the verb after it)
        m = _GOVERNED_RE.search(text, m.end("verb"), sp.open_mark)
    m = m or _INFINITIVE_RE.search(text, lo, sp.open_mark) or _BELIEF_RE.search(text, lo, sp.open_mark)
    first, first_governs = m, False
    if m is not None and m.re is _GOVERNED_RE:
        m = _last_coordinated(text, m, sp.open_mark)
    if m is None or n_words(m.group("obj")) > MAX_OBJECT_WORDS or "--" in m.group("obj"):
        return None
    if m.re is _GOVERNED_RE and m.group("verb").startswith("call") and _CONVENED_RE.fullmatch(m.group("obj")):
        return None  # 'who called the meeting to "clear the air"': a meeting convened, no name
    if (
        m.re is _GOVERNED_RE
        and m.group("verb").startswith("call")
        and places_a_call(text, m.end("verb"), sp.open_mark)
    ):
        return None  # 'who called the hotline "..."': a call placed, no name given
    commas = m.group("obj").count(",")
    if commas and not (commas == 2 and re.search(r"\bas\s+$", m.group("obj"))):
        return None  # 'praised these as brave steps, the "Green Wave" was ...': another clause
    # ('refers to the candidate, an old friend, as "Mr. Lund"': an aside between commas)
    verb = m.group("verb")
    if _PASSIVE_RE.search(text, max(s, m.start() - 12), m.start()) or (
        verb.endswith("ed") and re.search(r"\bas\s+$", m.group("obj")) is None and not m.group("obj").strip()
    ):
        return None  # 'a class called "Perception"'
    near = _PRONOUN_BEFORE_RE.search(text, max(s, m.start() - 8), m.start())
    if re.search(r"\bwhat\s+\S+\s+$", text[max(s, m.start() - 30) : m.start()]):
        return None  # 'what she calls the "new quay"': a label the narration borrows
    relative = RELATIVE_BEFORE_VERB_RE.search(text, max(s, m.start() - 40), m.start()) is not None
    if relative and n_words(text[sp.open_mark + 1 : sp.close_mark]) < 2:
        return None  # 'editors, who once called such stories "spinach"': a word, mostly no statement
    if relative:
        # 'Senator Ann Ruiz, who called the sentence "far too lenient"': the phrase the
        # pronoun refers to (none found: no statement, rather than "who" as the speaker)
        mention = relative_or_aside_speaker(text, s, m.start())
        if mention is not None and text.rfind("who", s, m.start()) > (mention.end or 0):
            mention = _person_before_place(text, s, mention) or mention
    elif near is not None:  # 'whom she described as'
        mention = parse_speaker(near.group(1), near.start(1))
    else:  # the finders see the clause up to its verb
        mention = subject_of(text, s, m.end("verb")) or clause_subject(text, s, m.end("verb"))
        if mention is not None and mention.end is not None and not _governs(text[mention.end : m.start()]):
            # ("The chief executive, in a call with reporters, dismissed": the subject read
            # without the aside the first reading took in)
            own = clause_subject(text, s, m.end("verb"))
            if own is not None and own.end is not None and _governs(text[own.end : m.start()]):
                mention = own
        if mention is None or mention.end is None or not _governs(text[mention.end : m.start()]):
            # '..., when Clinton called', 'who Beck called': the subject of the verb's own clause
            mention = subject_before(text, s, m.start("verb")) or mention
        if mention is None and first is not None and first is not m:
            # 'The chef praised the staff but called the menu "..."': the first verb's subject
            mention = (
                subject_of(text, s, first.end("verb"))
                or clause_subject(text, s, first.end("verb"))
                or subject_before(text, s, first.start("verb"))
            )
            # (its clause holds the later verb: the subject governs both)
            first_governs = (
                mention is not None
                and mention.end is not None
                and _governs(text[mention.end : first.start()])
            )
    if (
        mention is None
        or mention.start is None
        or mention.end is None
        or NOT_SUBJECT_RE.fullmatch(mention.text)
    ):
        return None
    if not relative and not first_governs and not _governs(text[mention.end : m.start()]):
        return None  # the subject's verb is another one, in another clause
    a = m.end("verb")
    while a < sp.open_mark and text[a].isspace():
        a += 1
    return a, clause_trail(text, sp.close_mark + 1, pe), mention, (m.start("verb"), m.end("verb"))


def clause_trail(text: str, b: int, pe: int, *, across_quotes: bool = False) -> int:
    """``b`` (just after a closing mark), or the end of the clause that goes on after it in
    lower case up to ``pe`` ('calling it "a blunder" of the council'), not a new one;
    ``across_quotes``: on over later quoted words of the clause ('... "a blunder" that the
    "town paper" found')."""
    if text[b - 2 : b - 1] not in ".!?," and text[b : b + 1] not in ".!?,":
        trail = (_QUOTED_TRAIL_RE if across_quotes else _TRAIL_RE).match(text, b, pe)
        if trail is not None:
            return trail.end()
    return b
