"""Who narration sentences are about: the subject a sentence opens with, the person the
sentence before names, the organisation a sentence is about. These people are candidates
for later pronouns and descriptors of the quote extractor's speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..text import sentence_openers
from ._body_of import body_of_end
from ._descriptor_mentions import participle
from ._marks import positions_of
from ._memo import per_document
from ._mentions import MAX_SPEAKER_WORDS, Mention, parse_speaker
from ._name_forms import (
    fullest_name,
    person_gender,
)
from ._name_leads import body_title, strip_name_lead
from ._name_runs import NAME_SEQ_RE, is_place, name_runs
from ._named_bodies import after_body_noun, named_inside
from ._names import (
    ORG_SUFFIXES,
    PARTICLES,
    country_names,
    demonym_words,
    gender_of,
    norm,
    place_names,
    speaker_words,
)
from ._office_names import office_name
from ._post_names import titled_lead
from ._roles import (
    body_start,
    words_singular,
)
from ._source_type import document_words
from ._time_words import MONTHS, WEEKDAYS

__all__ = ["CLAUSE_AFTER_COMMA_RE", "narration_subject"]

#: (one character set first, then which branch by a look-behind: a pattern that opens with
#: a set is searched for it, an alternation of a set and a literal was tried everywhere)
SENTENCE_END_RE = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'\u201d\u2019\u00bb]?\s+|(?<=\n)\s*\n)")


#: a wire dateline: "OSLO - ", "STOCKHOLM, May 6 - ", "LONDON, Jan. 12 (Reuters) - ", and with
#: the city's state or country ("SALEM, Ore. - ", "AUSTIN, Texas, Jan. 3 (UPI) - ")
DATELINE_RE = re.compile(
    r"[A-Z][A-Z .,'-]*(?:,\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?)?)?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s+\([A-Za-z .]+\))?"
    r"\s+[-\u2013\u2014]+\s+"
)


def sentence_subject(text: str, pos: int) -> str | None:
    """The name of :func:`sentence_subject_noun`."""
    return sentence_subject_noun(text, pos)[0]


def _body_shaped(toks: list[str], words: dict) -> bool:
    """A sentence's capitalised subject ``toks`` may name a body: some words, no possessor's,
    no person's (no known given name or title) and not a date's ("On Tuesday, the council
    said")."""
    return bool(
        toks
        and not toks[-1].endswith(("'s", "\u2019s"))
        and not any(
            norm(t) in words["given_names"] or norm(t) in words["titles"] and not body_title(norm(t), toks)
            for t in toks
        )
        and not all(t.strip(",.") in _TIME_NAMES for t in toks)
    )


def sentence_subject_noun(text: str, pos: int, *, for_body: bool = False) -> tuple[str | None, str | None]:
    """The capitalised name that opens the sentence holding ``pos`` as its subject (after
    any dateline), when it names no person (no known given name), else None; and the body's
    noun before it ("The airline Skyvane": "airline"), if any. One word alone counts only
    with an appositive after it ("Annual consumer price inflation ...") or such a noun.
    ``for_body``: for a body's noun to refer to, so not a name after a person's title either
    ("Coach Emil Varga was sacked": a person, whom "the club" is not)."""
    body = body_start(text)
    last = _sentence_end_matches_before(text, pos)
    if last and last[-1][0] >= body:
        # a match that starts in the body is one of the scan from the body's start too
        start = last[-1][1]
    else:  # none since the body's start: scan from there (up to the first sentence end)
        ends = [e.end() for e in SENTENCE_END_RE.finditer(text, body, pos)]
        start = ends[-1] if ends else body
    start += len(text[start:pos]) - len(text[start:pos].lstrip())
    dateline = DATELINE_RE.match(text, start, pos)
    if dateline is not None:
        start = dateline.end()
    words = speaker_words()
    # "The airline Skyvane has cancelled ...", "The German carmaker Voltwerk will ...": the
    # name after a body's noun
    noun = _BODY_NOUN_OPENING_RE.match(text, start, pos)
    if noun is not None and not _body_noun(noun.group(1), words):
        noun = None
    if noun is not None:
        start = noun.end()
    match = NAME_SEQ_RE.match(text, start, pos)
    if match is None:
        return None, None
    # ("The Reserve Bank of New Zealand held ...": the name goes on through "of")
    end = body_of_end(text, match.end(), match.group().rsplit(None, 1)[-1], pos)
    if not re.match(r"\s*(?:,|[a-z])", text[end:pos]):
        return None, None
    raw = match.group().split()
    toks = strip_name_lead(raw)
    if end > match.end() and toks:
        toks = [*toks, *text[match.end() : end].split()]
    if (
        not _body_shaped(toks, words)
        or for_body
        and titled_lead(raw, toks, words)
        # (one word alone: only with an apposition after it, a body's noun before it or a
        # capital inside it, which no common word opening a sentence has: "SpaceX", "BlackRock")
        or (
            len(toks) == 1
            and noun is None
            and not text[match.end() : pos].startswith(",")
            and not _INNER_CAPITAL_RE.match(toks[0])
        )
        # "Overnight, the company said ...": one word, then a subject and its verb that no
        # comma parts, is the sentence's adverbial, no subject in apposition
        or (len(toks) == 1 and noun is None and CLAUSE_AFTER_COMMA_RE.match(text, match.end()) is not None)
    ):
        return None, None
    return " ".join(toks), noun.group(1) if noun is not None else None


#: a word with a capital inside it after three lower-case letters or more, not a surname's
#: ("SpaceX", "BlackRock"; not "MacArthur", "McKay", "LeBlanc", "DiMaggio")
_INNER_CAPITAL_RE = re.compile(r"[A-Z][a-z]{3,}[A-Z]")


#: a comma, then a determiner's subject (no relative inside it) and a finite verb: a clause
#: of its own, no apposition
CLAUSE_AFTER_COMMA_RE = re.compile(
    r",\s+(?:the|a|an|its|his|her|their)\s+(?:(?!(?:who|which|that|whose)\b)[\w'\u2019-]+\s+){1,5}?"
    r"(?:said|says|say|told|tells|has|have|had|is|are|was|were|will|would|can|could|may|might|must|should"
    r"|did|does)\b"
)
#: how far before a bare "the company" an earlier sentence whose subject it refers to may start
#: (characters: the few sentences before)
SUBJECT_ORGANISATION_WINDOW = 900


#: after a sentence's subject: a finite verb (one in -s or -ed, an auxiliary, a common past), or
#: an apposition that says what it is (", a UN-backed agency,", ", which runs ..."); not "Ahead
#: of ...", "Carrying signs, ..."
_SUBJECT_THEN_VERB_RE = re.compile(
    r"\s+(?:[a-z]{2,}(?:s|ed)|has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did"
    r"|does|said|told|made|won|lost|ran|set|cut|put|began|became|took|gave|sold|bought|built|kept|left|held"
    r"|paid|sent|spent|struck|brought|hit|shut|let)\b(?!['\u2019])"
    r"|,\s+(?:an?|the|which)\s"
)
_SUBJECT_APPOSITION_RE = re.compile(r",\s+(?:an?|the|which)\s")
#: a firm's people after its name as a modifier or a possessor ("Amazon warehouse workers",
#: "Ford's European staff"): the subject is theirs, the name an employer's
_STAFF_AFTER_NAME_RE = re.compile(
    r"(?:['\u2019]s)?(?:[^\S\n]+[A-Za-z][a-z]+){0,2}?[^\S\n]+(?:workers|staff|employees|drivers|pilots|engineers)\b"
    # (and where they work: "Amazon workers in Coventry staged a walkout")
    r"(?:[^\S\n]+(?:in|at)[^\S\n]+[A-Z][\w'\u2019-]*(?:[^\S\n]+[A-Z][\w'\u2019-]*)?)?"
)


def earlier_subject_organisation(
    text: str, pos: int, head: str = "", *, own: bool = False
) -> tuple[str, int] | None:
    """The name that opens one of the few sentences before the one holding ``pos`` as its
    subject, when it names no person, with where it stands; the latest such ("Zorvia has fixed
    the outage. The company said", "Hope Without Borders runs three clinics. The charity
    said"). One word counts too, unless the text writes it after another capitalised word (a
    surname: "Anna Lind ... Lind has resigned") or it is a place or a descriptor's noun
    ("Police", "Deputies"), or its sentence writes ``head``'s noun too ("Brendan Moore left the
    agency. The agency said": someone else than the agency). For a bare "the company" or "the
    charity" that nothing else resolves. ``own``: the sentence holding ``pos`` only, up to it
    ("Tarvo is recalling 9,000 cars, the company said")."""
    lo = max(body_start(text), pos - SUBJECT_ORGANISATION_WINDOW)
    starts = [lo] + [e.end() for e in SENTENCE_END_RE.finditer(text, lo, pos)]
    if lo > body_start(text):
        starts = starts[1:]  # (the window's first offset is inside a sentence)
    if own:
        starts = [*starts[-1:], pos] if starts else []
    words = speaker_words()
    for start, end in reversed(list(zip(starts, starts[1:]))):
        start += len(text[start:end]) - len(text[start:end].lstrip())
        dateline = DATELINE_RE.match(text, start, end)
        if dateline is not None:
            start = dateline.end()
        match = NAME_SEQ_RE.match(text, start, end)
        staff = None
        if match is not None:
            # ("Grayton's European workers": the employer's name ends with its possessor's ending)
            cut = re.search(r"['\u2019]s\b", match.group())
            employer = NAME_SEQ_RE.match(text, start, start + cut.end()) if cut is not None else match
            staff = _STAFF_AFTER_NAME_RE.match(text, employer.end(), end) if employer is not None else None
            if staff is not None and _SUBJECT_THEN_VERB_RE.match(text, staff.end(), end):
                match = employer
            else:
                staff = None
        if own and staff is not None:
            continue  # ("Bus drivers will strike, the union said": the workers' union, no "Bus")
        if match is None or staff is None and not _SUBJECT_THEN_VERB_RE.match(text, match.end(), end):
            continue  # (a subject followed by its verb or what it is, not "Intro." or a list)
        if len(match.group().split()) == 1 and match.group().endswith("ing"):
            continue  # ("Carrying signs ...": a participle)
        raw = re.sub(r"['\u2019]s$", "", match.group()).split() if staff else match.group().split()
        toks = strip_name_lead(raw)
        if (
            not _body_shaped(toks, words)
            or is_place(text, match.start(), toks)
            or titled_lead(raw, toks, words)
        ):
            continue  # (no body's name: "Coach Emil Varga was sacked" names a person)
        # ("Galatasaray sacked coach Emre Yildirim": one that hires or sacks someone named
        # by their post is a body, the one word its name)
        employs = _EMPLOYS_RE.match(text, match.end(), end) if len(toks) == 1 and staff is None else None
        if employs is not None and (
            employs.group("role") not in words["heads"] or employs.group("role") in words["orgs"]
        ):
            employs = None
        if len(toks) == 1 and (
            norm(toks[0]) in words["heads"]
            or norm(toks[0]) in words["orgs"]
            or norm(toks[0]) in words["pronouns"]
            or re.search(r"[A-Z][\w'\u2019-]*[^\S\n]+" + re.escape(toks[0]) + r"\b", text[lo:end]) is not None
            # (a capital only by its place, "Revenue was ...", "Tickets are ...": a name is
            # written so inside a sentence too, or said what it is)
            or staff is None
            and not _SUBJECT_APPOSITION_RE.match(text, match.end(), end)
            # (anywhere in the text: "A Tarvo spokeswoman said" after it counts too)
            and toks[0] not in named_inside(text)
            and employs is None
            # ("Airbus delivered 72 jets, bringing its total to 585": no person is an "its")
            and _ITS_RE.search(text, match.end(), end) is None
        ):
            continue
        if head and re.search(r"\bthe\s+" + re.escape(head) + r"\b", text[match.end() : end], re.I):
            return None  # (the subject left or joined the body: a person, not the body)
        if employs is not None and _other_name(text, employs.end(), end, articled=False):
            return None  # (the one employed, and a cup or a league after "the", are no rivals)
        if employs is None and _other_name(text, staff.end() if staff is not None else match.end(), end):
            return None  # ("Ofgem fined Talbot Energy. The company said": which of the two)
        return " ".join(toks), match.start()
    return None


def _other_name(text: str, k: int, end: int, *, articled: bool = True) -> bool:
    """Another name in ``text[k:end]`` than a day's, a month's or a place's (``articled``:
    one after "the" counts too)."""
    for run in NAME_SEQ_RE.finditer(text, k, end):
        toks = run.group().split()
        if not articled and text[max(0, run.start() - 4) : run.start()].lower() == "the ":
            continue
        if not all(t.strip(",.") in _TIME_NAMES or _MODIFIER_RE.fullmatch(t) for t in toks) and not is_place(
            text, run.start(), toks
        ):
            return True
    return False


#: the neuter possessive, which a body takes and a person never does
_ITS_RE = re.compile(r"\bits\b")

#: a verb of hiring or sacking, then someone named by their post ("sacked coach Emre
#: Yildirim", "has appointed chief executive Ann Roe")
_EMPLOYS_RE = re.compile(
    r"[^\S\n]+(?:has[^\S\n]+|have[^\S\n]+)?(?:sacked|fired|dismissed|appointed|hired|signed|named|suspended"
    r"|recruited)[^\S\n]+(?:its[^\S\n]+|their[^\S\n]+)?(?:[a-z-]+[^\S\n]+)?(?P<role>[a-z]+)"
    r"[^\S\n]+[A-Z][\w'\u2019-]+(?:[^\S\n]+[A-Z][\w'\u2019-]+)+"
)

#: a capital in a compound modifier, no name ("UN-backed", "Paris-based")
_MODIFIER_RE = re.compile(r"[A-Z][\w.]*-[a-z][\w-]*,?")


#: "The airline ", "The German carmaker ": a determiner and up to three modifiers before the
#: body's noun (its group) and a capitalised name
_BODY_NOUN_OPENING_RE = re.compile(r"The\s+(?:[\w-]+\s+){0,3}?([a-z][\w-]*)\s+(?=[A-Z])")


def _body_noun(word: str, words: dict) -> bool:
    """A lower-case noun of a business or body that a name may follow ("airline", "carmaker")."""
    return (word in words["orgs"] or word.endswith("maker")) and word not in document_words()


#: capitalised words of a date, never the name of a sentence's subject
_TIME_NAMES = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"Today", "Yesterday", "Tonight", "Tomorrow"}


@lru_cache(maxsize=4)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of SENTENCE_END_RE's matches in the whole ``text``."""
    # the pattern opens with one of ".!?\n": matched at each of those (found by str.find)
    # past the last match's end, as a search resumes there (a search for the set tested
    # every character of the text against it)
    starts: list[int] = []
    ends: list[int] = []
    match = SENTENCE_END_RE.match
    for k in positions_of(text, ".!?\n"):
        if ends and k < ends[-1]:
            continue
        e = match(text, k)
        if e is not None:
            starts.append(e.start())
            ends.append(e.end())
    return starts, ends


def sentence_ends_before(text: str, pos: int) -> list[int]:
    """The last two ends of ``SENTENCE_END_RE.finditer(text, 0, pos)``, from one scan of the
    text (a scan for every mention was quadratic on a one-line text). A match that ends by
    ``pos`` is the same whatever the scan's end (the pattern reads nothing past a match's
    end); one that runs over ``pos`` is matched again within it."""
    return [b for _, b in _sentence_end_matches_before(text, pos)]


def _sentence_end_matches_before(text: str, pos: int) -> list[tuple[int, int]]:
    """The last two (start, end) of ``SENTENCE_END_RE.finditer(text, 0, pos)`` (see
    :func:`sentence_ends_before`)."""
    starts, ends = _sentence_ends(text)
    k = bisect_right(ends, pos)
    out = list(zip(starts[max(0, k - 2) : k], ends[max(0, k - 2) : k]))
    if k < len(starts) and starts[k] < pos:
        out += [(e.start(), e.end()) for e in SENTENCE_END_RE.finditer(text, starts[k], pos)]
    return out[-2:]


#: first words of names that are no person's: weather systems and named operations, and German
#: articles opening a title ("Storm Ciara brought winds ... The mayor said", "Die Zeit reported
#: ...": no one the sentence names; "Le Pen", "La Russa", "El Khoury" are people's names)
NO_PERSON_OPENERS = frozenset(
    "storm hurricane typhoon cyclone tornado tropical operation die der das".split()
)


def previous_sentence_person(
    text: str, pos: int, m: Mention, *, after: int, lone_possessor: bool = False
) -> str | None:
    """The last full person's name of matching gender in the sentence before the one
    holding ``pos``, when that sentence starts after ``after`` (the best source's last
    mention) and names no one else of that gender; else None. ``lone_possessor``: a
    one-word possessor opening that sentence counts too (for a pronoun with no source)."""
    ends = sentence_ends_before(text, pos)
    if len(ends) < 1:
        return None
    start = ends[-2] if len(ends) >= 2 else 0
    stop = ends[-1]
    if start <= after or re.search(r"\n\s*\n", text[start:stop].strip()) or text[start : start + 3] == "By ":
        return None
    found = []
    neutral: list[str] = []
    subject = None
    opening = _OPENING_PHRASE_RE.match(text, start, stop)
    lead = opening.end() if opening is not None else start
    for match in NAME_SEQ_RE.finditer(text, start, stop):
        words = match.group().split()
        if words[0].lower() in NO_PERSON_OPENERS:
            continue  # ("Storm Ciara brought winds of 90 mph": a named storm, no person)
        possessor = words[-1].endswith(("'s", "\u2019s"))
        if possessor:
            # "Castellane's next book is due in 2028": the possessor is the person the
            # sentence is about, when the text names them in full elsewhere
            words = words[:-1] + [words[-1][:-2]]
        toks = strip_name_lead(words)
        if len(toks) >= 3 and toks[0] in country_names() and text.endswith("of ", 0, match.start()):
            toks = toks[1:]  # ("the Directorate of Ukraine Kyrylo Bondarenko": the office's country)
        if (
            re.search(r"\b(?:the|The)\s+$", text[max(0, match.start() - 5) : match.start()])
            or match.group().split()[0] == "The"
        ):
            continue  # "the United States": a person's name takes no article
        if is_place(text, match.start(), toks) and not (
            # ("not in Ann Roe's nature": a possessor after "in" is a person's, unless a place's)
            possessor and len(toks) >= 2 and " ".join(toks) not in place_names()
        ):
            continue  # "a house on Foundry Street", "a cinema in Ashby Marsh"
        if len(toks) >= 2 and _modifies_role(text, match.end()):
            continue  # "Red Bull team boss Ann Lee": the body of the role, no one's name
        if after_body_noun(text, match.start(), match.end()):
            continue  # "he told the newspaper Dagens Posten": a body, named after its noun
        if match.group().isupper() and DATELINE_RE.match(text, match.start(), stop) is not None:
            continue  # "KUALA LUMPUR, March 3 -- ...": a wire dateline's city, no person
        if (
            len(toks) == 1
            and (possessor or toks[0] not in ORG_SUFFIXES)
            and not _modifies_noun(text, match.end())
        ):
            # "..., and Kowalczyk, 38, still works the box office": a surname alone stands
            # for the full name the text gives it
            toks = fullest_name(text, toks[0]).split()
        given = len(toks) == 1 and not possessor and gender_of(toks, speaker_words()) == m.gender
        if (
            lone_possessor
            and possessor
            and len(toks) == 1
            and match.start() == lead
            and _possessor_person(toks[0], m.gender)
        ):
            # "Osei's first novel was rejected by 23 publishers. '...,' he says": the one
            # word possessor the sentence opens with is the person it is about
            found.append(toks[0])
            subject = subject or found[-1]
            continue
        if (
            len(toks) == 1
            and len(words) > 1
            and not possessor
            and _title_gender(words[0]) == m.gender
            # (not an object when a description of a person opens the sentence as its subject:
            # "The judge told Mr Pike he would be jailed. '...,' he said" is the judge's)
            and (match.start() == lead or not _described_subject(text, lead, match.start(), m.gender))
        ):
            # "Mr Hale and Ms Dunn both attended. '...,' he said": a surname after a title of
            # the pronoun's gender is a person of that gender
            found.append(toks[0])
            if subject is None and match.start() == lead:
                subject = found[-1]
            continue
        if (
            len(toks) == 1
            and len(words) > 1
            and not possessor
            and _title_gender(words[0]) is None
            and norm(words[0]) in speaker_words()["titles"]
            # (not a nationality's word: "American Muslims")
            and words[0] not in demonym_words()
            and toks[0] not in demonym_words()
            and person_gender(text, toks) in (None, m.gender)
        ):
            # "Judge Leclerc interrupted the witness. '...,' she said": a surname after a
            # title of no gender, taken when no one of the pronoun's gender is named
            neutral.append(toks[0])
            continue
        if given:
            # "For Carol, ...": a given name alone stands for the full name it shortens
            toks = next((t for t in name_runs(text)[1] if len(t) >= 2 and t[0] == toks[0]), toks)
        if given and len(toks) == 1:
            # "Her neighbour Joan, 79, ...": a person the report names by a given name only
            # (features, people in the street) is a person all the same
            found.append(toks[0])
            if subject is None and match.start() == lead:
                subject = found[-1]
        elif (
            len(toks) >= 2
            and not toks[-1].endswith(("'s", "\u2019s"))
            and not any(t in ORG_SUFFIXES or norm(t) in speaker_words()["orgs"] for t in toks)
            and person_gender(text, toks) in (None, m.gender)
            # ("said North Korean troops had ...": a nationality, no one's name)
            and " ".join(toks) not in demonym_words()
        ):
            found.append(" ".join(toks))
            if subject is None and match.start() == lead:
                subject = found[-1]
    if not found and len(set(neutral)) == 1:
        return neutral[0]
    if len({f.split()[-1] for f in found}) != 1:
        # "Marta Ruiz beat Elena Sousa ... 'I knew I had it,' she said": of two people, the
        # subject the sentence opens with is the more salient one
        return subject
    return found[-1]


def _possessor_person(word: str, gender: str | None) -> bool:
    """A one-word possessor ("Osei's") may be a person of ``gender``: no body's, place's or
    acronym's name, and no given name of the other gender."""
    w = norm(word)
    return (
        not word.isupper()
        and word not in ORG_SUFFIXES
        and w not in speaker_words()["orgs"]
        and word not in place_names()
        and word not in _TIME_NAMES
        and gender_of([word], speaker_words()) in (None, gender)
    )


def _described_subject(text: str, lead: int, end: int, gender: str | None) -> bool:
    """The sentence opening at ``lead`` has a description of a person of ``gender`` (or of
    none given) as its subject, before ``end``: its words up to the first comma or verb."""
    words: list[str] = []
    for w in text[lead:end].split():
        if words and verbish(w):
            break
        words.append(w.rstrip(","))
        if w.endswith(","):
            break
    subject = parse_speaker(" ".join(words)) if words else None
    return subject is not None and subject.kind == "descriptor" and subject.gender in (None, gender)


def _title_gender(word: str) -> str | None:
    """The gender a title gives ("Mr" m, "Ms" f), else None."""
    w = norm(word)
    words = speaker_words()
    return "f" if w in words["female"] else "m" if w in words["male"] else None


_VERBISH = frozenset("is was are were has had have will would could can did does who said says told".split())


def _modifies_noun(text: str, end: int) -> bool:
    """The capitalised run ending at ``end`` modifies the role noun after it ("Rovers
    manager Kath Doyle"): a team or a body, not a person."""
    nxt = re.match(r"\s+([a-z][\w-]*)", text[end : end + 30])
    if nxt is None:
        return False
    w = nxt.group(1)
    return w in speaker_words()["heads"] or w in speaker_words()["titles"] or w in speaker_words()["orgs"]


#: lower-case words, then a capitalised word: a role between a body and a name
_ROLE_THEN_NAME_RE = re.compile(r"((?:\s+[a-z][\w-]*){1,3})\s+[A-Z]")


def _modifies_role(text: str, end: int) -> bool:
    """The capitalised run ending at ``end`` (no possessor) modifies a role whose holder's
    name follows ("Red Bull team boss Ann Lee", "Rovers manager Kath Doyle"): role nouns
    only between them (not "Ann Lee's statement on Tuesday")."""
    role = _ROLE_THEN_NAME_RE.match(text[end : end + 60])
    if role is None or text[end - 2 : end] in ("'s", "\u2019s"):
        return False
    words = speaker_words()
    return all(
        w in words["heads"] or w in words["titles"] or w in words["orgs"] for w in role.group(1).split()
    )


@per_document  # asked for every word that may follow a sentence's subject
def verbish(tok: str) -> bool:
    t = tok.lower().strip(",.;:")
    words = speaker_words()
    if t in _VERBISH or t in words["past"] or t.endswith(("n't", "n\u2019t")):  # "didn't", "won't"
        return True
    return (
        t not in words["heads"]
        and t not in words["orgs"]
        and (
            (t.endswith("ed") and len(t) > 4 and not t.endswith("eed"))  # not "shed", "speed"
            or (t.endswith("s") and not t.endswith(("ss", "'s", "\u2019s")))
        )
    )


_OPENING_PHRASE_RE = re.compile(
    r"(?:For|On|In|At|After|Before|During|Since|Until|By|Last|Earlier|Later|Early|Like|Unlike|Despite|"
    r"Inside|Outside|Nearby|Elsewhere|Meanwhile|"
    r"Years|Months|Weeks|Days|Today|Yesterday|Now|Then|Once|"
    r"[A-Z][a-z]+ing|Asked)\b"
    # "Speaking at a town hall in Bend, Oregon, Hale ...": a town and its region
    r"(?:[^,.;:]{0,60}?\bin\s+[A-Z][a-z]+,\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?|[^,.;:]{0,60}),\s+"
    r"(?=[A-Z]|(?:the|a|an|his|her|its|their)\s)"
)
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady prof prof.".split())
_FIRST_PERSON_OPENERS = frozenset("my our i we me us".split())


_APPOSED_RE = re.compile(r"([^,.;:\"\u201c\u201d]{2,60}),\s+(?=[A-Z])")
_NEXT_WORD_RE = re.compile(r"\s+(\S+)")
_OF_FROM_AT_RE = re.compile(r"\s+(?:of|from|at)\s")
#: a party and state after a name ("(D-Ill.)", "(R-Texas)")
_PARTY_TAG_RE = re.compile(r"\s*\([A-Z]{1,3}-[A-Z][\w. ]{0,20}\)")
_PARTY_TAG_END_RE = re.compile(_PARTY_TAG_RE.pattern + "$")


def _named_subject(text: str, a: int, b: int) -> Mention | None:
    """A person named at the start of a narration clause: ``Name verb``, ``Name, aside,
    verb``, ``Name of the X``, or ``Her nephew, Name, ...``."""
    # within the sentence, not a copy of it; only with a comma where the apposition can end
    # (most sentences have none there, and the pattern backtracked over its 60 characters)
    app = _APPOSED_RE.match(text, a, b) if text.find(",", a + 2, min(b, a + 61)) >= 0 else None
    starts = [a]
    if app is not None:
        starts.append(app.end())
    for n, k in enumerate(starts):
        lead = NAME_SEQ_RE.match(text, k, b)
        if lead is None or lead.end() >= b or lead.group().split()[0] in ("The", "A", "An"):
            continue  # "The Varno Strait, a channel": a person's name takes no article
        tag = _PARTY_TAG_RE.match(text, lead.end(), b)  # "Ann Roe (R-Ohio) refused": past the tag
        end = tag.end() if tag is not None else lead.end()
        after = text[end : end + 20]
        nxt = _NEXT_WORD_RE.match(after)
        if not (
            after.startswith(",")
            or _OF_FROM_AT_RE.match(after)
            or (nxt is not None and nxt.group(1)[:1].islower() and verbish(nxt.group(1)))
        ):
            continue
        if n == 1:
            # the part before the name must describe a person: "Her nephew", "The board's chief executive"
            assert app is not None  # the second start is after the apposition
            first = app.group(1).split()[0]
            if " and " in app.group(1):
                continue  # "June Okafor and her husband, Ade, ...": two people are the subject
            desc = parse_speaker(app.group(1), a)
            if not (
                norm(first) in speaker_words()["determiners"]
                or first.endswith(("'s", "\u2019s"))
                or (desc is not None and desc.kind == "descriptor")
            ):
                continue
        m = parse_speaker(lead.group(), k)
        if m is not None and m.kind == "name" and not any(t in ORG_SUFFIXES for t in m.name.split()):
            # the role the narrator gives: "Her nephew, Name," / "Name, the former minister,"
            role = re.match(r",\s+([^,.;:]{2,60}),", text[lead.end() : b])
            desc = (
                parse_speaker(app.group(1))
                if n == 1 and app is not None
                else (parse_speaker(role.group(1), lenient=True) if role is not None else None)
            )
            if (
                desc is not None
                and desc.kind == "descriptor"
                and (not m.role or m.role.lower() in _HONORIFICS)
            ):
                m.role = desc.role or desc.name
            return m
    return None


#: the words that open a head noun's prepositional post-modifier ("Researchers at ...")
_POSTMOD_PREPOSITIONS = ("at", "of", "from", "in", "with", "for")


def _reduced_relative(seg: str, head: str) -> bool:
    """The subject's head noun is followed by a participle's clause ("The woman pouring
    bronze at the far end of the shed") or a prepositional post-modifier ("Researchers at
    the University of X")."""
    toks = seg.split()
    return any(
        words_singular(norm(t)) == head
        and k + 1 < len(toks)
        and (participle(toks[k + 1]) or toks[k + 1] in _POSTMOD_PREPOSITIONS)
        for k, t in enumerate(toks)
    )


def may_be_subject(seg: str, last: str) -> bool:
    """False only when :func:`narration_subject` rejects whatever ``parse_speaker(seg)``
    gives for the words ``seg`` before the verb, ``last`` (normed) the word before it: so
    the phrase need not be read (two sentences in five, most of them "The plan was ...").

    A name is kept only when its last word is ``last``: that word opens with a capital
    (one of ``NAME_SEQ_RE``'s, whose lower case ``last`` opens with) or is a particle ("de").
    A descriptor is kept only when ``last`` is a head noun of the lists (its head is never
    empty), or when a word after the first may open a post-modifier (a participle or one of
    ``_POSTMOD_PREPOSITIONS``)."""
    if last in speaker_words()["heads"] or last in PARTICLES or (last and last[0].upper() in seg):
        return True
    toks = seg.split()
    return any(participle(t) or t in _POSTMOD_PREPOSITIONS for t in toks[1:])


#: "Her name is Agnes Morrow": the narrator names a person described so far ("The woman
#: pouring bronze ...", "she") by the possessive's gender
NAMING_RE = re.compile(r"(?:[Hh]er|[Hh]is)\s+(?:full\s+|real\s+)?name\s+(?:is|was)\s+")
_NAMING_OPENINGS = ("Her", "her", "His", "his")


def _naming(text: str, a: int, b: int) -> Mention | None:
    # (the pattern opens with "her" or "his": asked of every narration sentence, few do)
    m = NAMING_RE.match(text, a, b) if text.startswith(_NAMING_OPENINGS, a, b) else None
    if m is None:
        return None
    run = NAME_SEQ_RE.match(text, m.end(), b)
    named = parse_speaker(run.group(), run.start()) if run is not None else None
    if named is None or named.kind != "name" or len(named.name.split()) < 2:
        return None
    named.gender = named.gender or ("f" if text[m.start() : m.start() + 3].lower() == "her" else "m")
    named.naming = True
    return named


def narration_subject(text: str, a: int, b: int) -> Mention | None:
    """The person or unnamed source a narration sentence ``text[a:b]`` opens with, as
    its subject ("A senior European diplomat who took part ...", "Council member James
    Whitfield voted ...", "On a grey morning, Ashby walked ..."), or None."""
    naming = _naming(text, a, b)
    if naming is not None:
        return naming
    opening = _OPENING_PHRASE_RE.match(text, a, b)
    if opening is not None:
        a = opening.end()
    # a subject with a post-modifier runs to MAX_SPEAKER_WORDS ("The woman pouring bronze
    # at the far end of the shed is 71")
    # the first words as strings, no further than needed (str.split stops at the whitespace
    # TOKEN_RE's \S+ stops at, without a match object a word); offsets only for the one read
    strs = text[a:b].split(None, MAX_SPEAKER_WORDS + 1)[: MAX_SPEAKER_WORDS + 1]
    if (
        not strs
        or strs[0].lower().strip('"\u201c') in _FIRST_PERSON_OPENERS
        or strs[0][:1] in '"\u201c\u2018\u00ab'
        or strs[0].lower() in NO_PERSON_OPENERS  # ("Storm Ciara brought winds ...")
    ):
        return None
    named = _named_subject(text, a, b)
    if named is not None:
        return named
    if strs[0] in sentence_openers() and norm(strs[0]) not in speaker_words()["determiners"]:
        return None
    words = speaker_words()
    for n in range(1, len(strs)):
        nxt = strs[n]
        if nxt in ("who", "whose") and re.match(r"(?:[Aa]n?|[Tt]he)\s", text[a : a + 4]):
            # "Inside, a retired millwright who asked not to be named ... was less optimistic":
            # the noun phrase before its relative clause is the subject
            m = parse_speaker(text[a : _words_end(text, a, strs, n)], a, lenient=True)
            return m if m is not None and m.kind == "descriptor" else None
        if not nxt[:1].islower():
            continue  # (first: the cheapest of the three tests that pass a word by)
        if norm(strs[n - 1]) in ("a", "an", "the"):
            continue  # "a retired millwright": a participle after an article is an adjective
        if not verbish(nxt):
            continue
        seg = text[a : _words_end(text, a, strs, n)]
        last = norm(strs[n - 1])
        if strs[n - 1].endswith(")"):
            tag = _PARTY_TAG_END_RE.search(seg)  # "Sen. Ann Roe (R-Ohio) refused"
            if tag is not None and tag.start() > 0:
                seg = seg[: tag.start()]
                last = norm(seg.split()[-1])
        if not may_be_subject(seg, last):
            return None  # (what the phrase reads as is rejected below)
        m = parse_speaker(seg, a)
        if m is None or m.kind not in ("name", "descriptor"):
            return None
        if (
            m.kind == "name"
            and not office_name(m.name, words)  # ("The Mayor of Northport", "the Leader of the Council")
            and (
                any(t in ORG_SUFFIXES for t in m.name.split())
                or (strs[0] in ("The", "A", "An") and not m.role)
            )
        ):
            return None
        if m.kind == "name" and last != norm(m.name.split()[-1]):
            return None
        if (
            m.kind == "descriptor"
            and words["heads"].get(last, ("",))[0] != m.head
            and not _reduced_relative(seg, m.head)
        ):
            return None
        return m
    return None


def _words_end(text: str, a: int, words: list[str], n: int) -> int:
    """Where the first ``n`` of ``words`` (``text[a:].split()``'s) end in ``text``: each is
    the first occurrence after the one before (only whitespace stands between)."""
    k = a
    for w in words[:n]:
        k = text.index(w, k) + len(w)
    return k
