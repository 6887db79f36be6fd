"""Organisations and groups for speaker resolution: plural common nouns, the kind of an
organisation, the organisation a descriptor (\"the agency\", \"the company\") or the lede names."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ._coarguments import other_argument
from ._mentions import Mention, parse_speaker
from ._name_forms import (
    fullest_name,
)
from ._name_leads import strip_name_lead, strip_postnominals
from ._name_runs import NAME_SEQ_RE, capitalised_runs, read_run
from ._names import (
    LEGAL_FORMS,
    country_names,
    gender_of,
    known_organisations,
    norm,
    openers,
    place_names,
    speaker_words,
)
from ._narration import CLAUSE_AFTER_COMMA_RE, SENTENCE_END_RE, sentence_subject_noun
from ._roles import (
    body_start,
    contradicts,
    role_heads,
    same_role,
)
from ._source_type import MEDIA_WORDS, document_words, source_type
from ._speaker_source import Source, compatible
from ._time_words import MONTHS, WEEKDAYS

#: endings of plural nouns for people by what they do ("Forecasters", "Campaigners",
#: "Residents", "Critics")
_AGENT_PLURAL_RE = re.compile(r"[A-Z][a-z]{2,}(?:er|or|ist|ian|ant|ent|ee|ive|ic)s")


@lru_cache(maxsize=256)
def _capitalised_mid_sentence(text: str, word: str) -> bool:
    """``word`` follows a lower-case word or a comma somewhere in ``text`` (once per word:
    a search of the whole text for every mention was quadratic)."""
    return re.search(r"[a-z,;][^\S\n]+" + word + r"\b", text) is not None


def plural_common_noun(m: Mention, text: str) -> Mention:
    """A one-word "name" that only the start of its sentence capitalises and that reads as a
    plural noun for people ("Forecasters said more rain was expected") is a group of unnamed
    people, not a person: a later "she" cannot mean it. A family name that ends the same way
    ("Sanders said") has its full form elsewhere in the report, or is capitalised mid-sentence."""
    if m.kind != "name" or m.start is None or not _AGENT_PLURAL_RE.fullmatch(m.text.strip()):
        return m
    word = m.text.strip()
    k = m.start  # the text before it without its trailing spaces, read backwards (no copy)
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k > 0 and not (text[k - 1] == "\n" or SENTENCE_END_RE.search(text[max(0, k - 3) : k] + " ")):
        return m
    if (
        len(fullest_name(text, word).split()) > 1
        or word in known_organisations()  # ("Reuters reported": an agency, no plural)
        or gender_of([word], speaker_words()) is not None
        or _capitalised_mid_sentence(text, word)
    ):
        return m
    low = word.lower()
    return Mention("descriptor", m.text, m.start, m.end, name=low, role=low, head=low[:-1], number="pl")


#: nouns by which a report refers to the company it is about, whatever its name
COMPANY_NOUNS = frozenset("company firm group business".split())


#: a firm's trade as wire copy names it ("the planemaker said", "the housebuilder added"): a
#: noun a descriptor's reading gives (one that a person may be too, "the lender", is read as an
#: organisation's noun already); never "lawmaker", "filmmaker", which name people
FIRM_TRADES = frozenset(
    "drugmaker chipmaker steelmaker planemaker toymaker automaker carmaker housebuilder homebuilder "
    "shipbuilder reinsurer".split()
)


#: kinds of organisation by their common noun: "the agency" refers back to a public body,
#: "the company" to a business; any other noun ("the club") only to a name that holds it
_ORG_CLASSES = {
    "public": frozenset(
        "agency department ministry office service authority administration bureau "
        "commission regulator watchdog government council committee".split()
    ),
    "business": frozenset(
        "company firm group maker retailer lender insurer airline operator manufacturer "
        "utility bank business corporation carrier chain supermarket conglomerate startup giant "
        # ("Brookfield Studios ... the studio said", "Halcyon Books ... the publisher said")
        "studio publisher "
        # ("Ford's workers will strike. The carmaker said")
        "carmaker automaker".split()
    )
    | FIRM_TRADES,
    # a country, which speaks by its government ("Russia said ... The country said")
    "state": frozenset("country nation state".split()),
}


def noun_class(noun: str) -> str | None:
    """The class of an organisation's common noun ("airline", "carmaker": business)."""
    if noun.endswith("maker"):
        return "business"
    return next((c for c, nouns in _ORG_CLASSES.items() if noun in nouns), None)


def _org_class(name: str) -> str | None:
    if name.removeprefix("the ") in country_names():
        return "state"  # ("Britain said ... The agency said": no agency of Britain's named)
    words = [norm(w) for w in name.split()]
    if words and (words[-1] in LEGAL_FORMS or words[-1] in _ORG_CLASSES["business"]):
        return "business"
    if any(w in _ORG_CLASSES["public"] for w in words):
        return "public"
    return None


#: the nouns a bare "the company" or "the charity" is written with that may refer to the body an
#: earlier sentence is about though its name says nothing of its kind ("Zorvia has fixed the
#: outage. The company said"; not "the ministry" or "the police", which a text names in full)
REFERRING_BODY_NOUNS = _ORG_CLASSES["business"] | frozenset(
    # ("Fenwick County Council voted ... The local authority said": a council, in British copy)
    "charity foundation organisation organization union club band venue agency authority".split()
)


def compatible_body(name: str, head: str) -> bool:
    """A body named ``name`` may be what "the <head>" refers to: no class of either, or the same
    ("Westshire County Council" is no company)."""
    cls, want = _org_class(name), noun_class(head)
    return cls is None or want is None or cls == want


#: kinds of body beside business and public ones: a common noun ("the union") and the last
#: words of names ("Lindale University") that say the kind
_BODY_KINDS = {
    "union": frozenset(["union"]),
    "education": frozenset("university college academy school".split()),
    "health": frozenset("hospital hospitals infirmary clinic".split()),
    "club": frozenset("club city town county united rovers wanderers albion athletic fc".split()),
    "airport": frozenset(["airport"]),
    "party": frozenset(["party"]),
    "court": frozenset(["court"]),
}
#: the last words of business names that say their trade ("Halvern Pharma", "Brightway Foods")
_BUSINESS_NAME_ENDS = frozenset(
    """pharma pharmaceuticals telecom telecoms biotech airlines airways insurance electric holdings
    ventures motors logistics technologies labs energy foods brands mining steel oil studios
    electronics books systems trains railways dynamics aerospace industries solutions robotics
    semiconductors shipping engineering cruises capital partners""".split()
)
#: public bodies' last words ("Dunmore Council", "the Met Office")
_PUBLIC_NAME_ENDS = _ORG_CLASSES["public"] | frozenset(["board", "inspectorate"])
#: the club nouns "the club" stands for, as a team's ("the side said")
_HEAD_KINDS = {"team": "club", "side": "club", "board": "public", "centre": "center"}
#: nouns any kind of body is called by
_ANY_BODY_NOUNS = frozenset("group organisation organization body institution".split())
#: what opens the name of a storm, which is no body ("Storm Elowen", "Hurricane Delphine")
_EVENT_OPENERS = frozenset("storm hurricane typhoon cyclone tropical".split())
#: the last words of names of places, routes and laws ("Mill Street", "the Harbour Line", "the
#: Schools Bill"): no body at all, which "the council" or "the government" closing a report
#: on them could stand for ("Mill Street will close for repairs, the council said"); not
#: "way" or "crescent", which end bodies' names ("United Way", "Red Crescent")
_THING_ENDS = frozenset("street road lane avenue row park line bypass bridge tunnel square bill act".split())


def _name_kind(name: str) -> str | None:
    words = [norm(w) for w in name.split()]
    if not words:
        return None
    if words[0] in _EVENT_OPENERS or len(words) > 1 and words[-1] in _THING_ENDS:
        return "event"
    last = words[-1]
    if last in LEGAL_FORMS or last in _BUSINESS_NAME_ENDS or last in _ORG_CLASSES["business"]:
        return "business"
    if last in _PUBLIC_NAME_ENDS:
        return "public"
    if last in ("center", "centre"):
        return "center"
    return next((k for k, ends in _BODY_KINDS.items() if last in ends), None)


def _head_kind(head: str) -> str | None:
    if head in _HEAD_KINDS:
        return _HEAD_KINDS[head]
    if head == "center":
        return "center"
    return noun_class(head) or next((k for k, ends in _BODY_KINDS.items() if head in ends), None)


def kinds_clash(name: str, head: str) -> bool:
    """The body named ``name`` is plainly of another kind than "the <head>" ("Halvern Pharma"
    is no union, "Lindale University" no council, a storm no body at all): "Halvern Pharma
    will cut 300 jobs, the union said" is the union's, not the firm's, statement."""
    kind = _name_kind(name)
    if kind == "event":
        return True
    if kind is None or head in _ANY_BODY_NOUNS or head in {norm(w) for w in name.split()}:
        return False
    want = _head_kind(head)
    return want is not None and want != kind


#: "the RNC", "FBI", "the F.B.I.", "the A.F.L.-C.I.O.", "AFL-CIO": an acronym of capitals is
#: an organisation's name, not a person's (two dotted letters may be a person's initials, "J.R.")
_ACRONYM_RE = re.compile(r"[A-Z]{3,6}|(?:[A-Z]\.){2,}(?:-(?:[A-Z]\.)*)?[A-Z]\.?|[A-Z]{2,5}-[A-Z]{2,5}")


#: "TfL", "DfE": an acronym with a lower-case joiner inside
_MIXED_ACRONYM_RE = re.compile(r"[A-Z][a-z][A-Z]")
#: titles of address: a country's code after one is a title's ("Miss UK")
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady".split())
#: a country's code after a body's name ("Brightwell UK")
_COUNTRY_CODES = frozenset("UK US USA".split())


def organisation_name(name: str) -> bool:
    """ "Brightwell Foods Plc" (a legal form), "the RNC" or "TfL" (an acronym), "NHS England"
    (an acronym's body for a place) or "Brightwell UK" (a body for a country) names an
    organisation."""
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in LEGAL_FORMS:
        return True
    if "Our" in words or "Your" in words:
        return True  # "Save Our Pools": a campaign, no person
    if len(words) == 1:
        return _ACRONYM_RE.fullmatch(name) is not None or _MIXED_ACRONYM_RE.fullmatch(name) is not None
    if words[-1] in _COUNTRY_CODES:
        # ("Miss UK", "Mark Ellis of Leeds UK": a title's or a place's, no body's)
        return words[0].lower() not in _HONORIFICS and "of" not in words
    # "NHS Westshire", "BBC Scotland": an acronym's branch for a place ("JRR Tolkien",
    # "RFK Jr": a person's initials before a name)
    return (
        len(words) <= 3
        and _ACRONYM_RE.fullmatch(words[0]) is not None
        and all(w in place_names() for w in words[1:])
    )


def latest_organisation(sources: list[Source], head: str) -> Source | None:
    """The named organisation that spoke last and that ``head`` ("agency", "company") can
    refer to: one of its class, a name of no known class for a public body's noun, or a
    name that holds the noun itself."""
    want = next((c for c, nouns in _ORG_CLASSES.items() if head in nouns), None)
    for s in sorted(sources, key=lambda s: -s.last):
        if (
            s.anonymous
            or s.kind not in ("name", "organisation")
            or not s.name[:1].isupper()
            or source_type(s.kind, s.name, number=s.number, head=s.head) != "organisation"
        ):
            continue
        # ("the airline Skyvane said ... The company added": the noun it came with tells too)
        cls = _org_class(s.name) or (noun_class(s.head) if s.head else None)
        if (
            head in {norm(w) for w in s.name.split()}
            # ("Police Scotland said ... the force added")
            or head in ("force", "constabulary")
            and any(norm(w) in _POLICE_WORDS for w in s.name.split())
            or want is not None
            and (cls == want or cls is None and want == "public" and head not in _NAMED_BODY_NOUNS)
        ):
            return s
    return None


#: public bodies' nouns their names hold ("the Ministry of Energy", "the Justice Department"):
#: "the ministry" refers to no name without the word ("Police said ... The ministry said")
_NAMED_BODY_NOUNS = frozenset("ministry department council committee commission".split())


def _lede_subject(text: str) -> tuple[str | None, str | None]:
    """:func:`sentence_subject_noun` of the first body sentence."""
    start = body_start(text)
    start += len(text[start:]) - len(text[start:].lstrip())
    end = SENTENCE_END_RE.search(text, start)
    return sentence_subject_noun(text, end.start() if end is not None else len(text), for_body=True)


def lede_noun(text: str) -> str | None:
    """The body's noun before the name the first body sentence opens with ("The bank
    Harcourt Lyle has ...": "bank"), or None."""
    return _lede_subject(text)[1]


def lede_organisation(text: str, head: str = "") -> str | None:
    """The organisation the first body sentence opens with as its subject ("STOCKHOLM - Norland
    Shipping AB reported ..."), or None (a person or no name). When the lede writes a noun
    before the name ("The union Fairwork ..."), ``head`` (the noun that refers back) must be
    that noun or of its class ("the company" is no union)."""
    name, noun = _lede_subject(text)
    if name is not None and noun is not None and head and noun != head:
        cls = noun_class(noun)
        if cls is None or cls != noun_class(head):
            return None
    if name is not None and noun is None and head:
        # ("Westshire County Council has cut ... the company said": a council is no company)
        cls, want = _org_class(name), noun_class(head)
        if cls is not None and want is not None and cls != want:
            return None
    return name


#: Characters that neither NAME_SEQ_RE nor the "of/for" pattern below ever consume (a full stop
#: only after a capital, "U.S."): a scan that ends after one reads the same text up to it
#: whatever its end, so matches before it can be taken from one scan of the whole text.
#: (written as one character set and a look-behind for "[A-Z].": a pattern that opens with a
#: set is searched for it, one that opened with an alternation was tried at every position)
_BARRIER_RE = re.compile(r"[^\w\s'\u2019\-](?<![A-Z]\.)")
#: the last barrier before an offset is looked for this far back first (most are a clause's
#: or a sentence's punctuation a few words before)
_BARRIER_WINDOW = 200


def last_barrier(text: str, pos: int) -> int:
    """The offset of the last barrier before ``pos`` (-1 when none): searched in the window
    before ``pos`` (a match depends on no character after it), else in the text's barriers."""
    lo = max(0, pos - _BARRIER_WINDOW)
    last = -1
    for m in _BARRIER_RE.finditer(text, lo, pos):
        last = m.start()
    if last >= 0 or lo == 0:
        return last
    barriers = _barriers(text)
    k = bisect_left(barriers, pos) - 1
    return barriers[k] if k >= 0 else -1


@lru_cache(maxsize=4)
def _barriers(text: str) -> list[int]:
    """Offsets of every barrier in ``text`` (one scan, for texts with long runs without one)."""
    return [m.start() for m in _BARRIER_RE.finditer(text)]


@lru_cache(maxsize=4)
def name_index(text: str) -> tuple:
    """One scan of ``text`` for :func:`named_organisation`: where the body starts, and the
    names of two or more words (by their last word's ``norm``) with the offsets of all runs
    of capitalised words."""
    start = body_start(text)
    by_head: dict[str, tuple[list[int], list[str]]] = {}
    # the runs of the text's one scan that start in the body (a scan from the body's start
    # finds the same), unless one runs over the body's start (rare: scanned again from there)
    runs = capitalised_runs(text)
    k = bisect_left(runs, (start,))
    if k and runs[k - 1][0] + len(runs[k - 1][1]) > start:
        runs, k = [(m.start(), m.group()) for m in NAME_SEQ_RE.finditer(text, start)], 0
    for run_start, run in runs[k:]:
        toks = read_run(run)[0]  # read once across documents; never changed here
        if (
            len(toks) >= 2
            and toks[-1][:1].isupper()
            # ("the National Union of Rail Workers": the name goes on, read by _of_for_index)
            and _OF_FOR_AFTER_RE.match(text, run_start + len(run)) is None
        ):
            starts, names = by_head.setdefault(norm(toks[-1]), ([], []))
            starts.append(run_start)
            names.append(" ".join(toks))
    return start, by_head


@lru_cache(maxsize=64)
def _of_for_index(text: str, head: str) -> tuple[re.Pattern | None, list[int], list[re.Match]]:
    """'the Union of Secondary Teachers': one scan of ``text`` for the names that ``head``
    (capitalised) heads and that go on with "of"/"for" and capitalised words."""
    # every match writes the capitalised head, then "of" or "for" between spaces: where the
    # text has none (most texts), no pattern is compiled for the head nor the text scanned
    cap = head.capitalize()
    if not any(_OF_FOR_AFTER_RE.match(text, k + len(cap)) for k in _places_of(text, cap)):
        return None, [], []
    pattern = _of_for_re(head)
    matches = list(pattern.finditer(text))
    return pattern, [m.start() for m in matches], matches


#: what follows the head in every match of _of_for_re
_OF_FOR_AFTER_RE = re.compile(r"[^\S\n]+(?:of|for)[^\S\n]")


def _places_of(text: str, word: str) -> list[int]:
    """Every place of ``word`` in ``text`` (overlapping or not), by ``str.find``."""
    out = []
    k = text.find(word)
    while k >= 0:
        out.append(k)
        k = text.find(word, k + 1)
    return out


@lru_cache(maxsize=256)  # compiled once per head, not once per text and head
def _of_for_re(head: str) -> re.Pattern:
    return re.compile(
        r"\b(?:[A-Z][\w'\u2019-]+[^\S\n]+)*" + re.escape(head.capitalize()) + r"[^\S\n]+(?:of|for)"
        r"[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'\u2019-]+(?:[^\S\n]+(?:(?:of|for|and)[^\S\n]+(?:the[^\S\n]+)?)?"
        r"[A-Z][\w'\u2019-]+)*"
    )


#: the rest of a name whose "of"/"for" phrase is a list: ", Sport and Tourism", ", Sport and
#: Media Orla Keane" (a holder's name after an office's)
_LIST_REST_RE = re.compile(
    r"(?:,\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)*,?\s+(?:and|&)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}"
)


def named_organisation(sources: list[Source], m: Mention, pos: int, text: str) -> Source | None:
    """ "The union said", "the board has told them": a definite common noun that ends the
    name of an organisation written earlier ("the Allied Building Workers union", "the
    Northern Lights Board") refers to that organisation, as its short form."""
    if m.number != "sg" or not m.head or re.fullmatch(r"the\s+[\w'\u2019-]+", m.text.strip(), re.I) is None:
        return None
    for s in sorted(sources, key=lambda s: -s.last):
        if s.kind == "name" and not s.anonymous and s.role == m.head and len(s.name.split()) >= 2:
            return s  # "the Allied Building Workers union" ... "the union"
    # The names written before the mention: those of a scan of the whole text that start
    # before the last barrier, and a scan from that barrier to the mention (rescanning the
    # text before each mention was quadratic on a long text).
    end = m.start if m.start is not None else pos
    body, by_head = name_index(text)
    cut = last_barrier(text, end)
    best = None
    for match in NAME_SEQ_RE.finditer(text, max(cut + 1, body), end):
        toks = strip_name_lead(match.group().split())
        if (
            len(toks) >= 2
            and norm(toks[-1]) == m.head
            and toks[-1][:1].isupper()
            # ("the National Union of Rail Workers": the name goes on, read below)
            and _OF_FOR_AFTER_RE.match(text, match.end()) is None
        ):
            best = " ".join(toks)
    if best is None and cut > body and m.head in by_head:
        starts, names = by_head[m.head]
        i = bisect_left(starts, cut) - 1
        best = names[i] if i >= 0 else None
    if best is None:
        # "the Union of Secondary Teachers" ... "the union": the noun heads a name that goes
        # on with "of"/"for" and capitalised words
        pattern, starts, matches = _of_for_index(text, m.head)
        # (a match before ``end`` is one of the whole text, or inside one: none there, none here)
        found = (
            [x for x in pattern.finditer(text, cut + 1, end) if x.start() >= body]
            if pattern is not None
            else []
        )
        if not found:
            i = bisect_left(starts, cut) - 1
            found = [matches[i]] if i >= 0 and matches[i].start() >= body else []
        if found:
            toks = found[-1].group().split()
            while (
                norm(toks[0]) in speaker_words()["determiners"]
                or toks[0].lower() in openers()
                # ("Columbia's Graduate School of Journalism": its owner is none of the name)
                or len(toks) > 1
                and toks[0].endswith(("'s", "\u2019s"))
            ):
                toks = toks[1:]  # "The Board of Trade" is the "Board of Trade"
            best = " ".join(toks)
            listed = _LIST_REST_RE.match(text, found[-1].end(), end)
            if listed is not None and any(
                norm(t) in speaker_words()["given_names"] for t in listed.group().replace(",", " ").split()
            ):
                listed = None  # ("the Ministry of Defence and Ann Roe": a body and a person)
            held = parse_speaker(best + listed.group() if listed is not None else best)
            if (
                held is not None
                and held.kind == "organisation"
                and listed is not None
                and held.name.startswith(best)
            ):
                best = (
                    held.name
                )  # ("the Ministry of Culture, Sport and Tourism": the name goes on with a list)
            if held is not None and held.kind == "name" and held.role and held.name != best:
                # ("Minister for Health Orla Keane visited ... the minister said": the office's
                # holder, named after it, whom the person's noun refers to, not a body)
                return None
    if best is None:
        return None
    src = next((s for s in sources if s.kind in ("name", "organisation") and s.name == best), None)
    if src is None:
        src = Source(f"org:{best}", "organisation", best, "", False)
        sources.append(src)
    return src


#: how far after an unnamed source's statement the sentence naming it may start (characters;
#: the lede's next sentence)
MAX_LEDE_NAMING_GAP = 300


#: nouns of places and polities: a definite one ("the state", "the city") is no person
_PLACE_HEADS = frozenset("state city county country town nation village region province district".split())


def definite_antecedent(
    sources: list[Source], m: Mention, roles: dict, previous: Source | None = None, text: str | None = None
) -> Source | None:
    """The named person a definite descriptor ("the striker", "the judge") refers back to:
    the most recent one whose role has its head noun, else the most recent one of matching
    gender and number whose known role does not contradict it, else, when every role known
    contradicts it, the speaker of the statement just before (the most salient person:
    "'...,' the researcher added" after the words of "the study's lead author")."""
    if m.head in _PLACE_HEADS:
        return None  # "the state admitted": a place speaks through its government, not a person
    named = [s for s in sorted(sources, key=lambda s: -s.last) if s.kind == "name" and compatible(s, m)]
    if m.head in _NOUN_KINDS:
        # ("according to the paper" after a panel's lines: a paper is no person)
        named = [s for s in named if source_type("name", s.name) != "person"]
    elif m.head in document_words():
        # ("Trump leads ... The Q poll also finds that": a text's statement is no person's)
        named = [s for s in named if source_type("name", s.name) == "document"]
    if text is not None and m.start is not None:
        # ("Ann Lowe met the minister. ... The minister said": someone else than Ann Lowe;
        # "Asked by Senator Walsh whether ..., the director said": the agent is no director)
        named = [
            s
            for s in named
            if not other_argument(text, m.start, s.name, m.head) and not _agent_before(text, m.start, s.name)
        ]
    for s in named:
        if any(same_role(h, m.head) for h in role_heads(s.role or roles.get(s.name, ""))):
            return s
    for s in named:
        if m.any_role or not contradicts(s.role or roles.get(s.name, ""), m.head):
            return s
    if previous is not None and named and named[0] is previous:
        return previous
    if named and m.mods & _PAST_MODS:
        # "Front-runner Aldo Ferrante ... the retired surgeon said": a role held before
        # contradicts no role held now; the latest person named is the one meant
        return named[0]
    return None


def _agent_before(text: str, pos: int, name: str) -> bool:
    """``name`` is the agent after "by" in the sentence before ``pos`` ("Asked by Senator
    Walsh whether ..., the director said")."""
    # (a bounded search: an unbounded rfind per mention was quadratic on one long line)
    lo = max(0, pos - 300)
    start = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos), lo)
    surname = name.split()[-1] if name.split() else ""
    if not surname or surname not in text[start:pos]:
        # (the pattern needs the surname as written: most sentences before have none, and a
        # pattern compiled per surname also pushed the rules' own patterns out of re's cache)
        return False
    pattern = r"\bby\s+(?:[\w.'\u2019-]+\s+){0,4}?" + re.escape(surname) + r"\b"
    return re.search(pattern, text[start:pos]) is not None


#: modifiers that make a descriptor a role held before ("the retired surgeon")
_PAST_MODS = frozenset("former retired one-time onetime erstwhile".split())


#: the words of a police force's name ("Hartwell Police", "Police Scotland", "the Fenmoor
#: Constabulary"), which "the force" refers back to
_POLICE_WORDS = frozenset("police constabulary gendarmerie garda".split())
#: how far before a bare "the company" the organisation it refers to may be named (characters)
_INTRODUCED_WINDOW = 900
#: the last words of the names of media, associations and businesses ("the Daily News", "the
#: Trayvon Martin Foundation", "Vanguard Logistics Services"): the kinds of organisation a
#: "the newspaper", "the group" or "the company" refers back to
_NAME_KINDS = {
    "media": MEDIA_WORDS,
    "association": frozenset(
        "foundation association league union institute society fund coalition council federation "
        "committee organization organisation alliance".split()
    ),
    "business": frozenset(
        "services systems holdings industries partners motors airlines airways group company corporation "
        "capital pharma pharmaceuticals telecom telecoms biotech insurance electric ventures logistics "
        "technologies labs foods brands studios records books electronics transit trains railways dynamics "
        "aerospace solutions robotics semiconductors shipping engineering".split()
    ),
    # ("Ashford Rovers ... the club said")
    "club": frozenset("rovers united athletic wanderers albion city town county fc".split()),
    # ("Hartwell Police ... the force said"; a word anywhere in the name: "Police Scotland")
    "police": _POLICE_WORDS,
    # ("the Financial Conduct Authority ... the regulator said")
    "public": frozenset("authority commission agency bureau regulator".split()),
}
#: the kind of organisation each common noun refers to (a public body's "the department" or
#: "the administration" is often one the report never names: no kind)
_NOUN_KINDS = {
    **dict.fromkeys(
        "newspaper paper magazine publication outlet network channel journal tabloid broadcaster periodical".split(),
        "media",
    ),
    **dict.fromkeys("group organization organisation charity foundation".split(), "association"),
    **dict.fromkeys(_ORG_CLASSES["business"] - {"group"}, "business"),
    **dict.fromkeys("club side".split(), "club"),
    **dict.fromkeys("regulator watchdog".split(), "public"),
    **dict.fromkeys("force constabulary".split(), "police"),
}
#: ', a regional freight consulting firm', ', which opposed the bill': what the text says the
#: name before it is (an apposition's noun, or "which": a thing, not a person)
_AFTER_NAME_RE = re.compile(r",[^\S\n]+(?:(which)\b|(?:an?|the)[^\S\n]+((?:[\w'\u2019-]+[^\S\n]*){1,5}))")
#: a preposition ends the words an apposition's noun is read from ("a partner at the firm")
_PREPOSITIONS = frozenset("at of in for with from by on to".split())


def _name_kinds(toks: list[str], after: str) -> tuple[set[str], set[str]]:
    """The kinds of organisation the name ``toks`` may be: by its last word (a name of two
    words or more), and by what follows it."""
    by_name = set()
    last = norm(toks[-1])
    if len(toks) >= 2:
        by_name = {kind for kind, ends in _NAME_KINDS.items() if last in ends}
        if any(norm(t) in _POLICE_WORDS for t in toks):
            by_name.add("police")
        if _org_class(" ".join(toks)) == "business":
            by_name.add("business")
    by_context = set()
    hit = _AFTER_NAME_RE.match(after)
    if hit is not None:
        if hit.group(1):
            by_context = {"business", "association"}  # "Monsanto, which": an organisation
        else:
            for word in hit.group(2).split():
                if word in _PREPOSITIONS:
                    break
                if word in _NOUN_KINDS:
                    by_context = {_NOUN_KINDS[word]}
                    break
    return by_name, by_context


#: capitalised words of a date, never an organisation's name
_TIME_NAMES = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"Today", "Yesterday", "Tonight", "Tomorrow"}


def _opens_sentence(text: str, k: int) -> bool:
    """The word at ``k`` opens its sentence or line (where an adverbial stands before the
    subject; "... hours with EgyptAir, the airline said" names the airline)."""
    before = text[max(0, k - 4) : k]
    return k == 0 or before.endswith("\n") or re.search(r"[.!?][\"'\u201d\u2019]?\s+$", before) is not None


def introduced_organisation(text: str, pos: int, head: str) -> tuple[str, int] | None:
    """ "Norvale, which opposed the bill. '...,' the company tweeted": the organisation of
    ``head``'s kind (a "company", a "newspaper", a "group") that the text names last in the
    few sentences before ``pos``, with where it is named; None when none is."""
    want = _NOUN_KINDS.get(head)
    if want is None:
        return None
    words = speaker_words()
    found = None
    lo = max(body_start(text), pos - _INTRODUCED_WINDOW)
    for match in NAME_SEQ_RE.finditer(text, lo, pos):
        toks = match.group().split()
        while toks and (norm(toks[0]) in words["determiners"] or toks[0].lower() in openers()):
            toks = toks[1:]  # "The Daily News" is the "Daily News"
        if (
            not toks
            or toks[-1].endswith(("'s", "\u2019s"))
            or all(t.strip(",.") in _TIME_NAMES for t in toks)
        ):
            continue  # ("In March, the company said": a month, no company named)
        after = text[match.end() : match.end() + 80]
        if len(toks) == 1 and CLAUSE_AFTER_COMMA_RE.match(after) and _opens_sentence(text, match.start()):
            continue  # ("Overnight, the company said": an adverbial, no name in apposition)
        if len(toks) >= 2 and want != "media" and norm(toks[-1]) in document_words():
            # ("In its Inflation Report, the bank said": a text's title is where the body
            # said it, never the body; a magazine's may be: "the Harvard Business Review")
            continue
        by_name, by_context = _name_kinds(toks, after)
        if want in by_context and any(
            norm(t) in words["given_names"] or norm(t) in words["titles"] for t in toks
        ):
            continue  # "Dana Whitcomb, a partner at the firm": a person
        if want in by_name or want in by_context:
            found = (" ".join(toks), match.start())
    return found


def referred_organisation(sources: list[Source], head: str, text: str, pos: int) -> Source | None:
    """The organisation a bare "the agency" or "the company" at ``pos`` refers to: the named
    one that spoke last (:func:`latest_organisation`), unless the text introduces one of its
    kind after that (:func:`introduced_organisation`)."""
    src = latest_organisation(sources, head)
    intro = introduced_organisation(text, pos, head) or named_with_noun(text, pos, head)
    if (
        intro is None
        or src is not None
        and (src.last >= intro[1] or _same_sentence(text, src.last, intro[1]))
    ):
        # ("Bank of Ireland said its income would fall as the European Central Bank cuts
        # rates. The lender also said": a body named inside what the speaker said, or in the
        # sentence the speaker is the subject of, is none "the lender" refers to)
        return src
    name = strip_postnominals(intro[0])
    src = next(
        (s for s in sources if s.kind in ("name", "organisation") and norm(s.name) == norm(name)), None
    )
    if src is None:
        src = Source(f"org:{name}", "organisation", name, "", False)
        sources.append(src)
    src.kind = "organisation"  # "EgyptAir said ... the airline added": the name is an organisation's
    return src


def _same_sentence(text: str, lo: int, hi: int) -> bool:
    """No sentence ends between offsets ``lo`` and ``hi`` (a sentence's length apart at most)."""
    return hi - lo < _INTRODUCED_WINDOW and SENTENCE_END_RE.search(text, lo, hi) is None


#: nouns an organisation is brought in with, for the noun that refers back to it ("the daily
#: Gazeta Nord ... the newspaper")
_NOUN_SYNONYMS = {
    "newspaper": ("newspaper", "daily", "paper", "tabloid", "weekly"),
    "paper": ("paper", "daily", "newspaper"),
    # (translated copy's "the publication"/"the outlet" for a paper, a magazine or a portal
    # named before: "The newspaper Utrenny Kuryer writes ... According to the publication")
    **dict.fromkeys(
        ("publication", "outlet"),
        tuple("publication outlet newspaper daily paper tabloid weekly magazine portal website".split()),
    ),
}
#: "the (news) agency DPN", "the broadcaster RTS-2": a noun, then the name
_NOUN_THEN_NAME_RE = re.compile(
    r"\b[Tt]he[^\S\n]+(?:news[^\S\n]+|state[^\S\n]+|daily[^\S\n]+)?(?P<noun>[a-z]+)[^\S\n]+"
    r"(?P<name>[A-Z][\w'\u2019.&-]*(?:[^\S\n]+[A-Z][\w'\u2019.&-]*){0,3})"
)
#: "the CGL-Trasporti union": the name, then the noun
_NAME_THEN_NOUN_RE = re.compile(
    r"\b[Tt]he[^\S\n]+(?P<name>[A-Z][\w'\u2019.&-]*(?:[^\S\n]+[A-Z][\w'\u2019.&-]*){0,3})[^\S\n]+(?P<noun>[a-z]+)\b"
)


def named_with_noun(text: str, pos: int, head: str) -> tuple[str, int] | None:
    """ "The news agency DPN first reported ... The agency said": the organisation the text
    names beside ``head``'s noun in the few sentences before ``pos`` ("the agency DPN", "the
    CGL-Trasporti union"), with where it is named; None when none is."""
    nouns = _NOUN_SYNONYMS.get(head, (head,))
    lo = max(body_start(text), pos - _INTRODUCED_WINDOW)
    found = None
    names = set()
    for regex in (_NOUN_THEN_NAME_RE, _NAME_THEN_NOUN_RE):
        for m in regex.finditer(text, lo, pos):
            name = m.group("name").rstrip(".")
            if m.group("noun") in nouns and name.split()[0] not in _TIME_NAMES:
                names.add(name)
                if found is None or m.start() > found[1]:
                    found = (name, m.start())
    # ("The union Metallia and the union Fervia ... The union said": either, so neither)
    return found if len(names) == 1 else None
