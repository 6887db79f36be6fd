"""Cues and the speakers around them: the reporting verbs and phrases of
``resources/reporting_verbs.txt``, and the speaker phrase before or after a cue in a
sentence (``speaker_before``, ``speaker_after``), and the groups counted as subjects
(``quantity_subject``); the subject a clause opens with lives in ``_subjects``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import alternation, count_words, read_resource
from ._marks import QUOTE_CHARS as _MARKS
from ._marks import SINGLE_OPEN
from ._memo import per_document
from ._mentions import Mention, parse_speaker
from ._names import (
    ORG_SUFFIXES,
    fullest_name,
    norm,
    strip_postnominals,
)
from ._subjects import clause_subject as clause_subject  # re-exported: other modules import it from here
from ._subjects import organisation_before
from ._subjects import subject_of as subject_of

QUOTE_CHARS = _MARKS + SINGLE_OPEN

_AUX = frozenset(
    "has have had was were is are will would also later then further previously "
    "earlier again recently quickly only once repeatedly often publicly privately "
    "reportedly quick keen careful eager happy willing to went on been never always "
    "however, however since first initially now still just even subsequently originally openly "
    # "Cruz himself said": the intensifier is no part of the speaker
    "himself herself themselves itself".split()
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
    r"(?:But|And|As|So|Yet|Still|Meanwhile|Also|Then|Now|However|Instead|Later|Earlier|"
    r"Separately|Previously|Indeed)\s+(?=\S)"
)
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
    return re.compile(r"\b" + alternation(reporting_verb_forms()) + r"\b")


@per_document  # a statement's words are counted when it is added and again for its record
def n_words(s: str) -> int:
    return count_words(s)


#: when or where, between a speaker and the cue ("Sean Spicer on Thursday evening said",
#: "Jeb Bush in a Medium post said", "The campaign on Tuesday responded")
_PRE_ADJUNCT_RE = re.compile(
    r"(?=\s)(?<!\buntil)(?<!\bsince)(?<!\bby)(?<!\bbefore)(?<!\bafter)(?<!\bfrom)(?<!,)"
    r"\s(?:(?:late\s+|early\s+)?on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|last\s+(?:week|month|night|year)"
    r"|earlier\s+this\s+(?:week|month|year)|this\s+(?:week|month|morning|year)"
    r"|(?:in|on)\s+(?:an?|the|his|her|their|its)\s+(?:[\w'\u2019.-]+\s+){0,2}"
    r"(?:statement|interview|post|tweet|letter|email|memo|filing|op-ed|speech|appearance|radio\s+interview)"
    r"|at\s+an?\s+(?:[\w'\u2019.-]+\s+){0,2}(?:rally|conference|event|briefing|hearing|meeting|forum|debate))"
    r"\s*$"  # no comma: "... until this morning, said X" ends the content there
)
#: the words _PRE_ADJUNCT_RE can end with (a cheap test before a search at every position)
_ADJUNCT_LAST_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday morning afternoon evening night "
    "yesterday today week month year statement interview post tweet letter email memo filing "
    "op-ed speech appearance rally conference event briefing hearing meeting forum debate".split()
)
_LY_ADVERB_RE = re.compile(r"[a-z]{3,}ly")


#: a connective set off by commas between a subject and its verb ("Murphy, though, said")
_ASIDE_AFTER_SUBJECT_RE = re.compile(
    r",\s+(?:though|however|meanwhile|too|also|instead|in\s+turn|in\s+contrast|for\s+(?:his|her|its|their)\s+part)"
    r",?$"
)


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
        ):
            break
        perfect |= word.lower() in _PERFECT
        s = s[: len(s) - len(word)].rstrip()
    return s, perfect


_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady prof prof.".split())


def is_person(m: Mention) -> bool:
    """A person's name: at least two words, none an organisation's ("Central Bank")."""
    words = m.name.split()
    return m.kind == "name" and len(words) >= 2 and not any(w in ORG_SUFFIXES for w in words)


_NAME_RUN_RE = re.compile(
    r"[A-Z][\w'\u2019-]*(?:\s+(?:and|of|for|the|[A-Z][\w'\u2019-]*))*\s+[A-Z][\w'\u2019-]*"
)
#: words of a sentence's subject made of two noun phrases ("Clinton and the State Department")
MAX_SUBJECT_WORDS = 8


def speaker_before(
    text: str, a: int, b: int, *, whole: bool = False, lenient: bool = False, subject: bool = False
) -> tuple[Mention | None, int]:
    """The speaker phrase ending at ``b`` (the cue's start) inside ``text[a:b]``.
    Tries the last comma-separated part, then two, then the whole (``whole``: the
    whole first, for an attribution after a quote, where no content precedes it).
    ``subject``: the phrase opens a sentence before a speech verb and its clause, where a
    noun phrase is a speaker even when its noun is in no list.
    Returns the mention and where it starts (the content before it ends there)."""
    pre, _ = strip_aux(text[a:b])
    place = _OF_PLACE_RE.search(pre)
    if place is not None and not whole:
        # "Dana Ruiz of Lansing, Mich., said": the region after the town is no speaker
        mention, start = speaker_before(text, a, a + place.start(), lenient=lenient, subject=subject)
        if mention is not None and mention.kind != "pronoun" and not _CLAUSE_OPENING_RE.match(mention.text):
            return mention, start
    # "a nurse in Dayton, Ohio, said", "Moss, at a rally in Dayton, Ohio, said": the town's
    # region is no part of the commas' apposition (blanked, so offsets hold); read as
    # written when that finds no one
    blanked = _TOWN_REGION_RE.sub(lambda m: m.group(1) + " " * len(m.group(2)), pre)
    if blanked != pre:
        blanked = blanked.rstrip(" ,")  # "..., Ohio, said": the comma closed the region
        found = _speaker_in(text, a, b, blanked, whole=whole, lenient=lenient, subject=subject)
        if found[0] is not None:
            return found
        # "Moss, during a rally in Dayton, Ohio, said", "Moss, 30, of Dayton, Ohio, who ...,
        # said": the name the phrase opens with, before its first comma
        lead = LEAD_RE.match(pre)
        k = lead.end() if lead else 0
        first = parse_speaker(pre[k : pre.find(",", k)], a + k) if "," in pre[k:] else None
        if first is not None and first.kind == "name":
            return first, a + k
    return _speaker_in(text, a, b, pre, whole=whole, lenient=lenient, subject=subject)


def _speaker_in(
    text: str, a: int, b: int, pre: str, *, whole: bool, lenient: bool, subject: bool
) -> tuple[Mention | None, int]:
    """:func:`speaker_before` on ``pre``, the words before the cue as read there."""
    cuts = [
        m.end()
        for m in re.finditer(
            r",\s+(?:and\s+|but\s+|yet\s+|so\s+)?|[:;]\s+|\s+(?:--|\u2014|\u2013)\s+|\b(?:when|while|after|before|because|"
            r"since|if|although|though|until|whereas)\s+",
            pre,
        )
    ]
    order = [*reversed(cuts), 0][:3]
    # "But she acknowledged", "As early retiree Steve Adcock wrote": the opener is no part of it
    lead = LEAD_RE.match(pre)
    if lead and order and order[-1] == 0 and not whole:
        order[-1] = lead.end()
    elif lead and whole:
        order = [lead.end() if c == 0 else c for c in order]
    for n, cut in enumerate(sorted(order) if whole else order):
        seg = pre[cut:]
        mention = parse_speaker(seg, a + cut, lenient=lenient)
        if mention is None and subject:
            # "Almost half said", "47% say"; "Despite the setback, local officials said"
            mention = quantity_subject(seg, a + cut) or (
                _bare_plural_subject(seg, a + cut) if cut and not _NOT_GROUP_OPENING_RE.match(seg) else None
            )
        if mention is None or _ADJUNCT_OPENING_RE.match(mention.text) or _ADVERB_RE.fullmatch(mention.text):
            continue  # "In interviews voters said", "Significantly, ...": an adjunct is no speaker
        if not whole and n + 1 < len(order):
            # "Paul Whiteman, the general secretary of ..., said" / "The shadow education
            # secretary, Bridget Phillipson, said": a name and its appositive role
            prev = order[n + 1]
            if re.fullmatch(r"\s*\d{1,3},\s*", pre[prev:cut]) and n + 2 < len(order):
                prev = order[n + 2]  # "Adebayo, 44, a former sound engineer, said": past the age
            other = parse_speaker(pre[prev:cut], a + prev)
            if other is not None and (
                _ADVERB_RE.fullmatch(other.text) or _ADJUNCT_OPENING_RE.match(other.text)
            ):
                other = None  # "Significantly, the judge said": an adverb, not a name in apposition
            run = _NAME_RUN_RE.fullmatch(pre[prev:cut].strip(" ,"))
            if (
                run is not None
                and (other is None or other.kind != "name")
                and mention.kind != "pronoun"
                and re.match(r"\s*(?:an?|the)\s", seg, re.I)
                and (mention.kind == "organisation" or mention.number == "pl" or mention.head == "group")
            ):
                # "Doctors for Camp Closure, a group of physicians, said": the name of a group
                k0 = prev + len(pre[prev:]) - len(pre[prev:].lstrip())
                name = run.group()
                return Mention(
                    "organisation",
                    name,
                    a + k0,
                    a + k0 + len(name),
                    name=name,
                    role=seg.strip(" ,"),
                    head=norm(name.split()[-1]),
                ), a + k0
            if (
                other is not None
                and other.kind == "name"
                and is_person(other)
                and mention.kind != "pronoun"
                and not is_person(mention)
                and (re.match(r"\s*(?:an?|the|its|his|her|their)\s", seg, re.I) or re.match(r"\s*[a-z]", seg))
            ):
                # ... and "Farida Mensah, chair of the Medical Association, said": a role
                # without an article, in lower case, is an apposition all the same
                # "Igor Yushkov, a leading analyst at the National Energy Security Fund, explains"
                other.role = (
                    other.role if other.role and other.role.lower() not in _HONORIFICS else seg.strip(" ,")
                )
                return other, a + prev
            if (
                other is not None
                and {other.kind, mention.kind} == {"name", "descriptor"}
                and "pl" not in (other.number, mention.number)  # "Democrats, Frank notes,": no apposition
            ):
                named, desc = (other, mention) if other.kind == "name" else (mention, other)
                if not named.role or named.role.lower() in _HONORIFICS:
                    named.role = desc.role or desc.name
                if named is other or prev == 0 or pre[:prev].rstrip().endswith(","):
                    return named, a + prev
        return mention, a + cut
    return _subject_speaker(text, a, b, pre, whole=whole, subject=subject)


def _subject_speaker(
    text: str, a: int, b: int, pre: str, *, whole: bool, subject: bool
) -> tuple[Mention | None, int]:
    """:func:`speaker_before` when no comma-separated part of ``pre`` is a speaker: a noun
    phrase opening the sentence, "It" for an organisation, or a name before a long apposition."""
    if (
        subject
        and re.match(r"\s*(?:A|An|The|Another|One|This|That)\s", pre)
        and not re.search(r"\b(?:who|which|that)\s*$", pre)  # a relative clause's subject is before it
    ):
        # "A mechanic at the depot said ...": a noun phrase opening the sentence right before
        # the cue is its subject, a speaker even when its noun is in no list
        mention = parse_speaker(pre, a, lenient=True)
        if mention is not None and mention.kind == "descriptor":
            return mention, a
    if subject and n_words(pre) <= MAX_SUBJECT_WORDS and " and " in pre:
        lead = LEAD_RE.match(pre)
        k = lead.end() if lead else 0
        run = _NAME_RUN_RE.fullmatch(pre[k:].strip())
        if run is not None:
            # "Customs and Border Protection said": one capitalised name, an organisation's
            k0 = k + len(pre[k:]) - len(pre[k:].lstrip())
            name = run.group()
            return Mention(
                "organisation", name, a + k0, a + k0 + len(name), name=name, head=norm(name.split()[-1])
            ), a + k0
        # "Clinton and the State Department have said ...": the first of two subjects
        left = parse_speaker(pre[k : pre.index(" and ")], a + k, lenient=True)
        right = parse_speaker(pre[pre.index(" and ") + 5 :], lenient=True)
        if left is not None and right is not None and left.kind != "pronoun":
            left.number = "pl"
            return left, a + k
    if subject:
        bare = _bare_plural_subject(pre, a)
        if bare is not None:
            return bare, bare.start if bare.start is not None else a
    lead = re.match(r"\s*(?:In\s+an?\s+(?:statement|filing|letter|post|email|report),\s+)?", text[a:b])
    assert lead is not None  # every part of the pattern is optional
    # '"...," it said' (``whole``: after a closing mark) is the same "it" when nothing but
    # the pronoun stands before the cue
    alone = not whole or not lead.group().strip()
    if (
        re.fullmatch(
            r"[Ii]t(?:\s+(?:also|later|further|previously|has|had|will|would))*\s*", text[a + lead.end() : b]
        )
        and alone
    ):  # not "It is believed that ...": a passive with an empty subject
        # "It said ...": a neuter pronoun that speaks only for an organisation, the subject of
        # the sentence before (named here) or the source just quoted (see ``resolve``)
        org = organisation_before(text, a)
        k = a + lead.end()
        return Mention(
            "pronoun", text[k : k + 2], k, k + 2, name=strip_postnominals(org.name) if org else "", gender="n"
        ), k
    # "Dr. Tobias Engel, an ornithologist at X who was not involved in the research, pointed
    # out": a long appositive between the sentence's named subject and its cue
    # ("Ted Cruz, when asked what was wrong, responded that ...": an aside likewise)
    first = re.match(
        r"\s*([^,]+),\s+(?:\d{1,3},\s+)?(?:an?|the|who|whose|when|while|after|asked|speaking)\s[^;:]*,\s*$",
        pre,
    )
    if first and not whole:
        apposed = parse_speaker(first.group(1), a + first.start(1))
        if (
            apposed is not None
            and apposed.kind == "name"
            and (is_person(apposed) or len(fullest_name(text, apposed.name).split()) >= 2)
        ):
            return apposed, a + first.start(1)
        # "The 54-year-old, who was re-elected last year ..., said": a definite description
        described = (
            parse_speaker(first.group(1), a + first.start(1), lenient=True)
            if re.match(r"\s*(?:The|the)\s", first.group(1))
            else None
        )
        if (
            (apposed is None or apposed.kind != "name")
            and described is not None
            and described.kind in ("descriptor", "organisation")
        ):
            if described.kind == "descriptor":
                # "The lead author, a freshwater ecologist at X, said": the apposition is a role too
                apposition = re.sub(r"^(?:an?|the)\s+", "", pre[first.end(1) :].strip(" ,"), flags=re.I)
                if not re.match(r"(?:who|whose)\s", apposition):
                    described.role = ", ".join(r for r in (described.role, apposition) if r)
            return described, a + first.start(1)
    return None, b


#: "Hacking specialists say ...", "Local officials have said ...", "A significant number of
#: voters said ...": a plural noun phrase of common nouns opening the sentence before a speech
#: verb and its clause; its first word may be capitalised (sentence case, a demonym)
_BARE_PLURAL_RE = re.compile(
    r"\s*((?:(?:A|An|The|Some|Many|Most|Several|Other|Few)\s+)?(?:[A-Z][a-z'\u2019-]+\s+)?"
    r"(?:[a-z][\w'\u2019-]*\s+){0,5}[a-z][a-z-]*[^s'\u2019\W]s)\s*$"
)
#: words that show the phrase is a clause or a pronoun's, not a group of people
_NOT_IN_BARE = frozenset(
    "it this that these those there which who what when where whose is are was were has have had "
    "be been do does did not also who's to by than thus so".split()
)


#: "of Lansing, Mich.," / "from Jackson, Miss.," after a speaker: a town and its region
_OF_PLACE_RE = re.compile(
    r"\s+(?:of|from|in)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2},\s+"
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?,?\s*$"
)
#: a town after a preposition inside the phrase (not opening it: "In Dayton, Moss said") and
#: its region, one word or a two-word state ("in Dayton, Ohio,", "from Ava, Mo.", "of
#: Albany, New York,"), before a comma or the cue
_TOWN_REGION_RE = re.compile(
    r"((?<=[\w,]\s)(?:in|of|from|at|near|outside)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})"
    r"(,\s+(?:(?:New|North|South|West|Rhode)\s+)?[A-Z][\w.'\u2019-]*)(?=,|\s*$)"
)
#: a participle or "Asked" opening a clause: no speaker ("Speaking in Columbia, S.C., Trump said")
_CLAUSE_OPENING_RE = re.compile(r"(?:[A-Z][a-z]+ing|Asked|Told|Pressed|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)\b")
#: a sentence adverb written before the cue's clause ("Significantly, ...", "Again, ...")
#: (by its suffix, so that names in -ly stay names: Kelly, Early, Connolly)
_ADVERB_RE = re.compile(
    r"[A-Z][a-z]+(?:ally|ingly|edly|ously|ively|ently|antly|ately|fully|lessly)|Again|Overall|Already|"
    r"Instead|Still|Meanwhile|Now|Today|Yesterday|Later|Earlier|Notably|Similarly|Separately|Likewise|"
    r"Finally|Eventually|Ultimately|Clearly|Indeed|Recently|Previously|Currently|Increasingly"
)
#: a prepositional phrase opening a sentence, before its subject
_ADJUNCT_OPENING_RE = re.compile(r"(?:In|On|At|During|From|After|Before|Under|Amid|Among)\s")
#: a subordinate clause's opening word: "While analysts say ..., ..."
_SUBORDINATOR_RE = re.compile(r"(?:While|When|Although|Though|Whereas|Because|As|Since|After)\s+")


#: a share or number of people opening a clause ("Almost half", "47%", "Six in 10", "all but
#: two", "Some 20 percent of people in a recent poll", "those surveyed", "Others"), before a
#: speech verb: the people counted speak (survey results, a group's members)
_QUANTITY_RE = re.compile(
    r"\s*((?:(?:[Ss]ome|[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Aa]round|[Jj]ust|[Oo]nly|[Oo]ver|[Uu]nder|[Ff]ully"
    r"|[Mm]ore\s+than|[Ff]ewer\s+than|[Ll]ess\s+than|[Aa]s\s+many\s+as|[Aa]nother|[Aa]ll\s+but|[Jj]ust\s+over"
    r"|[Jj]ust\s+under)\s+)?"
    r"(?:\d+(?:[,.]\d+)*(?:\s*%|\s+percent|\s+per\s+cent)?"
    r"|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Dd]ozens|[Hh]undreds|[Tt]housands|[Tt]wenty|[Tt]hirty|[Ff]orty"
    r"|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:[\s-]+(?:percent|thirds?|quarters?|fifths?|in\s+(?:\d+|ten|five|four|three)))?"
    r"|[Hh]alf|[Aa]\s+third|[Aa]\s+quarter|[Aa]\s+(?:slim\s+|narrow\s+|large\s+|clear\s+)?(?:majority|minority|plurality)"
    r"|[Aa]\s+(?:few|handful|number)|[Tt]he\s+(?:majority|rest)|[Mm]ost|[Mm]any|[Ff]ew|[Ss]everal|[Nn]one|[Bb]oth|[Ee]ach|[Oo]thers"
    r"|[Tt]hose\s+(?:surveyed|polled|questioned|interviewed|asked|who\s+[a-z]+)|[Ss]ome)"
    # "of voters in a recent CBS News poll", "teachers", "who back her opponents"
    r"(?:\s+(?!(?:said|says|say|told|that|which|states)\b)[\w'\u2019.()/-]+){0,10}?)\s*$"
)


#: a clause's first word that opens no group of people ("as the race turns", "comparing his")
_NOT_GROUP_OPENING_RE = re.compile(
    r"\s*(?:as|and|but|or|if|so|because|then|than|where|what|how|why|whether|[a-z]+ing)\b"
)


_NOT_QUANTITY_END = frozenset(
    "into in on at of for to from with by after before over under about minutes hours days weeks months "
    "years times".split()
)


def quantity_subject(seg: str, a: int) -> Mention | None:
    """A share or number of people (``_QUANTITY_RE``) as the group speaking, or None."""
    m = _QUANTITY_RE.fullmatch(seg)
    if m is None or FINITE_RE.search(m.group(1)) or any(q in seg for q in QUOTE_CHARS):
        return None
    phrase = m.group(1)
    words = phrase.lower().split()
    if words[-1] in _NOT_QUANTITY_END or re.fullmatch(r"(?:1[89]|20)\d\d", phrase):
        return None  # "two minutes into", "since 2016": a time, not people
    if len(words) == 1 and words[0] in ("one", "each", "another"):
        number = "sg"  # "One says ..., while another says ..."
    else:
        number = "pl"
    start = a + m.start(1)
    return Mention(
        "descriptor",
        phrase,
        start,
        start + len(phrase),
        name=phrase,
        role=phrase,
        head=words[-1],
        number=number,
    )


def _bare_plural_subject(pre: str, a: int) -> Mention | None:
    """The plural noun phrase ``pre`` (from ``a``) as a group speaking, or None."""
    lead = LEAD_RE.match(pre) or _SUBORDINATOR_RE.match(pre)
    k = lead.end() if lead else 0
    m = _BARE_PLURAL_RE.fullmatch(pre, k)
    if m is None or re.match(
        r"(?:In|On|At|From|For|By|With|After|Before|During|Already|[A-Z][a-z]+(?:ly|ing))\s", m.group(1)
    ):
        return None  # "In interviews", "Defending ...": an adjunct, not a subject
    phrase = m.group(1)
    words = phrase.lower().split()
    if (
        len(words) > MAX_SUBJECT_WORDS
        or any(w in _NOT_IN_BARE for w in words)
        or any(w.endswith(("ed", "ly")) and len(w) > 4 for w in words[1:-1])
    ):
        return None
    start = a + m.start(1)
    head = words[-1]
    return Mention(
        "descriptor", phrase, start, start + len(phrase), name=phrase, role=phrase, head=head, number="pl"
    )


def subject_cue(form: str) -> bool:
    """A speech verb in an inflected form ("said", "says", "told"), after which a noun
    phrase opening the sentence is the speaker; a bare form ("add", "note") may be a
    plural subject's verb about anything ("The findings add to ...")."""
    lemma, cls = reporting_verb_forms()[form]
    return cls == "speech" and form != lemma


_RELATIVE_RE = re.compile(r",?\s+(?:who|whose|which)\s")
_SUBORDINATE_RE = re.compile(
    r"\s+(?:as|because|when|while|after|before|since|although|though|"
    r"whereas|until)\s+(?=\S)"
)


_OUTLET_RE = re.compile(
    r"\s*to\s+(?:the\s+)?(?:(?:news\s+agency|newspaper|paper|magazine|agency|channel|"
    r"TV\s+channel|radio|radio\s+station|broadcaster|publication|outlet|website|portal|"
    r"journal)\s+)?(?:[\"\u201c\u00ab]?[A-Z][\w.'\u2019-]*[\"\u201d\u00bb]?\s+){1,4}(?=[a-z])"
)


_AFTER_NAME_RE = re.compile(
    r"\s+(?:in|on|at|during|after|before|via|through|while|when|from|to|last|this|earlier|"
    r"late|told|who|as|before)\s"
)


def speaker_after(text: str, a: int, b: int, *, lenient: bool = False) -> Mention | None:
    """An inverted speaker after the cue: ``said Dmitry Peskov, Vladimir Putin's press
    secretary`` (the appositive becomes the role)."""
    # "said Judge Weir as she passed sentence": a subordinate clause ends the speaker
    sub = _SUBORDINATE_RE.search(text, a, b)
    if sub is not None:
        b = sub.start()
    # "said Al From, who helped found the group, and wrote ...": a relative clause ends it
    rel = _RELATIVE_RE.search(text, a, b)
    if rel is not None:
        b = rel.start()
    # "explains to the newspaper Delovoy Vzglyad the leading expert ... Igor Yushkov":
    # the outlet spoken to is not the speaker, who follows it
    outlet = _OUTLET_RE.match(text, a, b)
    if outlet is not None:
        a = outlet.end()
    seg = text[a:b].rstrip(" ,;")  # "said X, though he added ...": the comma before the clause
    m = re.match(r"\s*([^,;]+?)\s*(?:,\s*([^;]+?))?\s*[.!?]?\s*$", seg)
    if not m:
        return None
    app = m.group(2) or ""
    mention = parse_speaker(m.group(1), a + m.start(1), appositive=app, lenient=lenient)
    if mention is None:
        # "said Port spokesman Ari Lund in a statement": a short phrase after the name is no part of it
        cut = _AFTER_NAME_RE.search(m.group(1))
        if cut is not None and cut.start() > 0 and n_words(m.group(1)[cut.end() :]) <= 5:
            named = parse_speaker(m.group(1)[: cut.start()], a + m.start(1), appositive=app, lenient=lenient)
            mention = named if named is not None and named.kind == "name" else None
    if mention is not None and mention.kind == "descriptor" and app:
        # "said the surgeon, Dr. Farhan Qureshi": the appositive names the person described
        named = parse_speaker(app, a + m.start(2), appositive=m.group(1))
        if named is not None and named.kind == "name":
            return named
    if mention is not None and mention.kind != "name" and app:
        mention.role = (mention.role + ", " + app).strip(", ")
    return mention
