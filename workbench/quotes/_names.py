"""Names and roles in news text, for the quote extractor's speakers.

The word lists of ``resources/quote_speakers.txt`` (``speaker_words``), what a name token is,
a speaker's gender from the words around them, runs of capitalised words with titles and
openers stripped, the fullest form of a name in a text ("Suponina" -> "Elena Suponina"),
the roles a text writes next to names ("Finance Minister Olga Brandt") and whether two
roles agree ("the surgeon" / "Dr Pike, a surgeon").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..text import read_resource, resource_lines
from ._letters import UPPER
from ._memo import per_document

__all__ = [
    "speaker_words",
    "strip_postnominals",
    "ORG_SUFFIXES",
    "PORTFOLIO_WORDS",
]

#: Words that never occur in a speaker phrase: they start or carry a clause.
STOP = frozenset(
    "that which if when because while although is are was were be been being it there "
    "this but as so than then what where would will could should can may might not no "
    "has have had do does did".split()
)
NAME_TOKEN_RE = re.compile(r"^(?:[" + UPPER + r"][\w'\u2019.-]*|[A-Z]\.)$")
#: Days and months open sentences ("Tuesday, prosecutors asserted ...") but name nobody.
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "april june july august september october november december".split()
)
ORG_SUFFIXES = frozenset(
    "Agency Ministry Office Council Commission Department Bank Union Institute "
    "University Forum Party League Court Times News Post Journal Reporter Service "
    "Organization Organisation Association Foundation Group Committee Fund Studies "
    "Center Centre Company Corporation Exchange Authority Bureau Trust Society "
    "Academy College Hospital Federation Works "
    # armed and security services ("the Armed Forces of X", "the Eastern Theater Command")
    # (not Guard, Fleet, Brigade: surnames too, "Nurse Harriet Fleet")
    "Forces Force Command Corps Regiment Battalion Directorate "
    # bodies named "X of Y" / "X for Y" ("the Alliance of Independent Journalists", "the
    # Coalition for Peace", "the Confederation of Employers": cut at "of" before)
    "Alliance Coalition Confederation "
    # (and a church's: "the Diocese of Kellbridge"; a safety body: "the Health and Safety Inspectorate")
    "Diocese Archdiocese Inspectorate "
    # (a register's keeper and a press office of the armed forces: "the National Civil
    # Registry", "the Security Media Cell")
    "Registry Cell".split()
)
#: the last words of firms', clubs' and parties' names that are no head noun of a role
#: ("Archway Capital", "Velloria Airlines", "Ashford Rovers", "Osprey City", "Meridian TV", "the
#: Democratic Alliance", "Halcyon Books", "the Marigold Players", "the Tally Arena"), after a
#: first word that is no given name ("Jo United" is no one's)
NAME_ORG_ENDS = frozenset(
    """capital partners pharma pharmaceuticals telecom telecoms biotech airlines airways insurance
    electric holdings ventures motors logistics technologies labs alliance rovers athletic united
    wanderers albion city town county fc tv radio congress coalition caucus movement
    energy foods brands mining steel oil records studios electronics books observatory arena
    transit players staff
    systems services trains railways dynamics aerospace industries solutions robotics semiconductors
    shipping engineering
    air voyages cruises futures front guild unit
    hospitals therapeutics ratings retail collective water renewables homes athletics
    collaboration consortium""".split()
)
#: the first words of charities' names of the shape "X in Y" ("Faith in Action", "Hope in
#: Harvest"), no person's name before a place ("Hope in Leeds" is Hope, in Leeds)
IN_NAME_OPENERS = frozenset(("Faith", "Hope"))
#: a company's legal form after its name ("Norland Shipping AB"), in lower case
LEGAL_FORMS = frozenset(
    "ab asa oyj ag gmbh sa s.a. nv n.v. plc ltd ltd. llc inc inc. corp corp. spa s.p.a. bv a/s".split()
)
#: title words that name a portfolio ("Energy Secretary") and also end organisations' names
#: after another capitalised word ("the Associated Press", "Bloomberg New Energy Finance")
PORTFOLIO_WORDS = frozenset(
    "affairs defence defense economy education energy finance health interior justice press security trade".split()
)
PREPOSITIONS = frozenset("in at from of for with on to near outside inside within by".split())
#: (with the Philippine "dela Cruz", "delos Santos")
#: (and "binti"/"binte", a Malay woman's "daughter of"; Portuguese "das", Italian "della",
#: Welsh "ap": "Siti Aisyah binti Omar", "Maria das Neves", "Rhys ap Gwyn"; not Portuguese
#: "do", an English verb a particle would make a name's word: "Let's do")
PARTICLES = frozenset(
    "de da di van von der bin bint binti binte ibn al la le du dos das del della dela delos ap".split()
)
#: a surname that opens with a lower-case particle joined by a hyphen ("al-Rashid", "el-Sayed",
#: "bin-Laden"): one name token
_HYPHEN_PARTICLES = r"(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|abu)-"
PARTICLE_NAME_RE = re.compile(_HYPHEN_PARTICLES + r"[" + UPPER + r"][\w'\u2019-]*")
#: a rank that is also the force's name ("Garda Niamh Cullen", but "the Garda said", "Garda
#: Headquarters"): a title before a given name and a surname only, never in the title lists
RANK_FORCES = frozenset(("garda",))
#: church titles that are surnames too ("Cardinal Ana Ruiz", "Bishop Tom Lake", but "Julie Bishop",
#: "Bishop said"): a title before a given name and a surname only, as RANK_FORCES
CHURCH_TITLES = frozenset("cardinal bishop".split())
#: ... and a lawyer's title in South Asian copy ("Advocate Sana Raza"; "the Public Advocate" is
#: an office), titles that open names too ("Premier Qian Dongsheng" but "the Premier League";
#: Fiji's "Ratu Isoa Vakabua"), and occupations a sentence opens with before a name, written
#: capitalised there only ("Sprinter Amara Booker", "Jockey Niamh Cassidy"; lower case after
#: a word: "the jockey Niamh Cassidy"); not those that are common surnames too ("Singer",
#: "Farmer", "Painter", "Bowler": test_titles_and_honorifics43)
NAME_ONLY_TITLES = (
    CHURCH_TITLES
    | {"advocate", "premier", "ratu", "emperor", "empress"}
    # honorifics of South Asian, Indonesian and Akan copy that are given names or surnames
    # too ("Begum Nasreen Akhtar" but "Shamima Begum", "Sardar Harjit Singh Sohal", "Pak
    # Bambang Wiryo", "Nana Kofi Mensah" but "Nana Owusu"): stripped before a full name only
    | {"begum", "sardar", "pak", "nana"}
    # honorifics of Thai, East African and Filipino copy, South Asia's Superintendent of
    # Police, and the one army rank that is a surname too ("Phra Somchai Wongsakul", "Mama
    # Zawadi Achieng", "Aling Rosa Cruz", "SP Bisi Okuneye", "Major Oleh Tymchuk" but "John
    # Major", "Major said")
    | {"phra", "mama", "aling", "sp", "major"}
    | frozenset(
        """sprinter runner hurdler marathoner cyclist swimmer golfer boxer wrestler jockey
        driver racer skier snowboarder skater gymnast climber fighter
        batsman cricketer footballer midfielder defender quarterback
        model actor actress songwriter rapper musician conductor composer pianist violinist
        cellist guitarist drummer dancer choreographer filmmaker screenwriter playwright novelist
        poet author writer sculptor photographer designer architect chef comedian
        broadcaster anchor co-anchor newsreader commentator pundit influencer vlogger podcaster
        entrepreneur investor nurse surgeon paramedic firefighter pilot astronaut
        explorer mountaineer""".split()
    )
)
#: a title for an office not yet taken up ("President-elect Tomás Irarrázaval", "Prime
#: Minister-designate")
_ELECT_RE = re.compile(r"(?P<title>[a-z]+)-(?:elect|designate)")
TOKEN_RE = re.compile(r"\S+")


@lru_cache(maxsize=1)
def demonym_words() -> frozenset[str]:
    """Demonyms and groups' nouns of the gazetteers ("Frenchman", "Kurds"): the first column of
    ``gazetteer_demonyms.tsv`` and the rows of ``gazetteer_manual.tsv`` labelled NORP."""
    out = set()
    for name, label in (("gazetteer_demonyms.tsv", None), ("gazetteer_manual.tsv", "NORP")):
        for row in resource_lines(name, inline_comments=False)[1:]:
            cols = row.split("\t")
            if label is None or len(cols) > 2 and cols[2] == label:
                out.add(cols[0])
    return frozenset(out)


@lru_cache(maxsize=1)
def known_organisations() -> frozenset[str]:
    """One-word names of organisations the hand-written gazetteer knows ("Labour", "Kremlin",
    "Hamas"): the rows of ``gazetteer_manual.tsv`` labelled ORG."""
    out = set()
    for row in resource_lines("gazetteer_manual.tsv", inline_comments=False)[1:]:
        cols = row.split("\t")
        if len(cols) > 2 and cols[2] == "ORG" and " " not in cols[0]:
            out.add(cols[0])
    return frozenset(out)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Names of countries, regions and towns of the gazetteers (first columns of
    ``gazetteer_countries.tsv`` and ``gazetteer_places.tsv``, GPE rows of the manual one)."""
    out = set()
    for name in ("gazetteer_countries.tsv", "gazetteer_places.tsv", "gazetteer_manual.tsv"):
        for row in resource_lines(name, inline_comments=False)[1:]:
            cols = row.split("\t")
            if name != "gazetteer_manual.tsv" or len(cols) > 2 and cols[2] in ("GPE", "LOC"):
                out.add(cols[0])
    return frozenset(out)


def colon_dateline(label: str, text: str) -> bool:
    """Whether ``label`` in capitals before a colon ("ISLAMABAD", "NEW DELHI") is a city's
    dateline: a known place, no given name, and no one's surname in ``text`` ("Rosa Delgado
    ... DELGADO: we ..." is her transcript's label)."""
    plain = label.strip().title()
    if plain not in place_names() or norm(plain.split()[0]) in speaker_words()["given_names"]:
        return False
    return re.search(r"\b[A-Z][a-z]+\s+" + re.escape(plain) + r"\b", text) is None


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Countries' names and their short forms ("Russia", "United States", "U.S.", "UK"), as
    written (``gazetteer_countries.tsv``, and the manual rows for a country: "Britain")."""
    rows = [r.split("\t") for r in resource_lines("gazetteer_countries.tsv", inline_comments=False)[1:]]
    countries = {cols[1] for cols in rows if len(cols) > 1}
    manual = [r.split("\t") for r in resource_lines("gazetteer_manual.tsv", inline_comments=False)[1:]]
    extra = {cols[0] for cols in manual if len(cols) > 2 and cols[2] == "GPE" and cols[1] in countries}
    return frozenset({cols[0] for cols in rows} | extra)


def demonym_noun(word: str) -> bool:
    """A demonym used as a noun for a person ("Spaniard", "Briton", "Frenchwoman")."""
    return word.endswith(("man", "woman")) or word + "s" in demonym_words() or word in demonym_words()


@lru_cache(maxsize=1)
def speaker_words() -> dict:
    """The word lists of ``resources/quote_speakers.txt``, and the person nouns learnt from
    train's gold sources (``resources/source_heads.txt``, "learned_heads")."""
    res = read_resource("quote_speakers.txt")
    pronouns = {row[0]: (None if row[1] == "-" else row[1], row[2]) for row in res["pronoun"]}
    heads: dict[str, tuple[str, bool]] = {}
    generic = set()
    for row in res["descriptor"]:
        flag = row[-1] == "generic"
        forms = row[:-1] if flag else row
        for form in forms:
            heads.setdefault(form, noun_number(form))
            if flag:
                generic.add(form)
    # kept apart: read as heads only in lower case ("Freedom Partners", "Rival Hillary
    # Clinton's campaign" are names); only a singular one opening a run of three capitalised
    # words is a role written as a title there ("Columnist Selim Yavuzer", strip_name_lead)
    learned: dict[str, tuple[str, bool]] = {}
    for row in read_resource("source_heads.txt").get("descriptor", []):
        singular, *plurals = (w for w in row if not w.isdigit())  # the count column
        learned[singular] = (singular, False)
        for form in plurals:
            learned[form] = (singular, form != singular)
    # documents speak as organisations do ("the report said", "according to the survey")
    orgs = {w for sec in ("organisation", "document") for row in res.get(sec, []) for w in row}
    flat = lambda sec: frozenset(w for row in res[sec] for w in row)  # noqa: E731
    return {
        "pronouns": pronouns,
        "heads": heads,
        "learned_heads": {w: v for w, v in learned.items() if w not in heads},
        "generic": frozenset(generic),
        "orgs": frozenset(orgs),
        "titles": flat("title"),
        "female": flat("female"),
        "male": flat("male"),
        "determiners": flat("determiner"),
        "postnominals": flat("postnominal"),
        "past": flat("past"),
        "female_names": flat("female_name") | flat("female_name_wire"),
        "male_names": flat("male_name") | flat("male_name_wire"),
        # both lists at once: tested for every token of every capitalised run
        "given_names": flat("female_name")
        | flat("male_name")
        | flat("female_name_wire")
        | flat("male_name_wire"),
        "role_synonyms": tuple(frozenset(row) for row in res.get("role_synonym", [])),
        "person_nouns": flat("person_noun"),
        "evidence": flat("evidence"),
    }


def person_head(head: str | None) -> bool:
    """A head noun the speaker lists know for a person ("coach", "director", "widower"):
    a role, a title, a person's noun or a head learnt from train's gold sources."""
    words = speaker_words()
    h = (head or "").lower()
    return any(h in words[k] for k in ("heads", "learned_heads", "person_nouns", "titles"))


def noun_number(form: str) -> tuple[str, bool]:
    """(singular, plural?) of a head noun: "officials" -> ("official", True)."""
    if form in ("people", "spokesmen", "spokeswomen", "staff"):
        plural = {
            "people": "people",
            "spokesmen": "spokesman",
            "spokeswomen": "spokeswoman",
            "staff": "staff",
        }
        return plural[form], True
    if form.endswith("s") and not form.endswith("ss"):
        return form[:-1], True
    return form, False


@lru_cache(maxsize=1 << 16)  # called ~1,000 times a document, mostly on the same words
def norm(word: str) -> str:
    w = word.lower().strip(".,;:'\u2019\"()")
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    return w


def norm_mod(word: str) -> str:
    w = norm(word)
    return {
        "ex": "former",
        "u.s": "united-states",
        "us": "united-states",
        "u.s.": "united-states",
        "united": "united-states",
        "states": "united-states",
        "american": "united-states",
        "uk": "british",
        "u.k": "british",
    }.get(w, w)


@lru_cache(maxsize=1)
def openers() -> frozenset:
    from ..text import sentence_openers

    return frozenset(w.lower() for w in sentence_openers())


def is_name_token(tok: str, words: dict) -> bool:
    n = norm(tok)
    if n in PARTICLES or PARTICLE_NAME_RE.fullmatch(tok.rstrip(",.")):
        return True
    # (the lists' words tested as one set each: asked for every word of every phrase)
    if n in _never_names():
        return False
    return NAME_TOKEN_RE.match(tok) is not None and n not in _not_name_words(
        words["titles"], words["determiners"]
    )


@lru_cache(maxsize=1)
def _never_names() -> frozenset:
    """Sentence openers, days and months, and clause words: never a name token."""
    return openers() | _CALENDAR | STOP


@lru_cache(maxsize=2)
def _not_name_words(titles: frozenset, determiners: frozenset) -> frozenset:
    """Titles, determiners and the pronouns that open a sentence: no name token either."""
    return titles | determiners | {"it", "this", "there", "that"}


def known_given(n: str, given_names: frozenset) -> bool:
    """A given name of the lists, written with its accents or without ("José", "Jose")."""
    return n in given_names or not n.isascii() and _unaccented(n) in given_names


@lru_cache(maxsize=1 << 12)
def _unaccented(n: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c))


def gender_of(tokens: list[str], words: dict) -> str | None:
    # (each word lowered and normed once, the lists tested without building intersections:
    # asked for every name and descriptor read)
    lows = [t.lower() for t in tokens]
    norms = [norm(t) for t in tokens]
    low = set(norms)
    low.update(lows)
    if (
        len(tokens) >= 2
        and tokens[-1][:1].isupper()
        and lows[-2] in words["given_names"]
        and tokens[-2][:1].isupper()
        and norms[-1] not in norms[:-1]
    ):
        # "Amy King", "Tom Lord": a title's word after a given name is a surname, no gender
        low.discard(norms[-1])
        low.discard(lows[-1])
    if not words["female"].isdisjoint(low):
        return "f"
    if not words["male"].isdisjoint(low):
        return "m"
    # the given name: the first capitalised word that is no title and a known given name
    # ("Dr Helen Marsh", "Council leader Sandra Whitlock")
    known, titles = words["given_names"], words["titles"]
    for t, lw, n in zip(tokens, lows, norms):
        if lw in known and t[:1].isupper() and n not in titles:
            female, male = lw in words["female_names"], lw in words["male_names"]
            return "f" if female and not male else "m" if male and not female else None
    return None


#: a capitalised word or an initial ("[A-Z]."), written with the capital first so that the
#: regex engine skips to the next capital (a leading alternation scanned every position)
NAME_SEQ_RE = re.compile(
    r"[" + UPPER + r"](?:[\w'\u2019-]+|(?<=[A-Z])\.)"
    r"(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?!\n))[" + UPPER + r"](?:[\w'\u2019-]+|(?<=[A-Z])\.))*"
)


def strip_name_lead(toks: list[str]) -> list[str]:
    """Drop titles, determiners, sentence openers ("When") and possessors ("NASA's")
    from the start of a run of capitalised words."""
    # every scan of a text's capitalised runs asks again for the same runs, and texts share
    # many: read once, kept across documents (forgotten with the speaker phrases)
    return list(_stripped_lead(tuple(toks)))


@lru_cache(maxsize=1 << 14)
def _stripped_lead(run: tuple[str, ...]) -> tuple[str, ...]:
    words = speaker_words()
    if len(run) == 1:
        # one word (most runs): of the rules below, only the title/determiner/opener one applies
        t, n = run[0], norm(run[0])
        drop = n in words["titles"] or n in words["determiners"] or t.lower() in openers()
        return () if drop or t.endswith(("'s", "\u2019s")) else run
    toks = list(run)
    saint = next(
        (i for i, t in enumerate(toks[:-2]) if t in _SAINTS and toks[i + 1].endswith(("'s", "\u2019s"))), None
    )
    if saint is not None and toks[-1] in FACILITY_ENDS:
        # "St Vincent's University Hospital": a saint's possessive opens a place's name
        return tuple(toks[saint:])
    norms = [norm(t) for t in toks]  # each word's norm once, cut along with the words
    given_names = words["given_names"]
    org_at = [i for i, t in enumerate(toks[:-1]) if t in ORG_SUFFIXES]
    if org_at and len(toks) - org_at[-1] - 1 >= 2:
        # "Asian Studies Anna Goncharova" -> "Anna Goncharova"
        toks, norms = toks[org_at[-1] + 1 :], norms[org_at[-1] + 1 :]
    titled = [
        i
        for i, n in enumerate(norms[:-1])
        if (n in words["titles"] or toks[i] in _DOTTED_TITLES or i > 0 and title_pair(norms, i - 1))
        and not (n in HONORIFICS and toks[-1] in FACILITY_ENDS)
        and not _title_of_body(norms, toks, i, words["titles"])
        and not nation_of_body(toks, norms, i, words)
    ]
    after_title = bool(titled) and len(toks) - titled[-1] - 1 >= 2
    if after_title:
        # "Transport Secretary Mark Harper" -> "Mark Harper"
        toks, norms = toks[titled[-1] + 1 :], norms[titled[-1] + 1 :]
    # (not after a particle: "Saud bin Faisal Al Mahrouqi", a father's given name in a patronym)
    given = [
        i
        for i, n in enumerate(norms[:-1])
        if i > 0
        and n in given_names
        and not known_given(norms[i - 1], given_names)  # ("José Luis Ramírez")
        and norms[i - 1] not in PARTICLES
        and toks[i - 1] != "Ma."  # (Filipino "Ma. Teresa Cruz": María, the given name's)
    ]
    # (not after a title when the words before are a name's: "Maulana Fazal Karim Hashmi", whose
    # first given name no list knows; but "American Action Forum's Douglas Roe" is cut)
    if (
        given
        and len(toks) - given[0] >= 2
        and not (
            after_title
            and titled == list(range(len(titled)))  # (titles that open the run: "Maulana", "Datuk Seri")
            and person_words(toks[: given[0]], norms[: given[0]], words)
            and not any(
                t.endswith(("'s", "\u2019s")) or role_word(n, words) or n in ABBREVIATED_NAMES
                for t, n in zip(toks, norms)
            )
        )
    ):
        # "AgroMarket Consult Pavel Hrytsenko" -> "Pavel Hrytsenko"
        toks, norms = toks[given[0] :], norms[given[0] :]
    # "Chief Electoral Officer Rangi Paewai", "Ontario Premier Li Wen": a singular role word
    # inside the run before a name of two or three words, whatever its given name (not within
    # a person's own names, "Mary Baker Eddy"; not in a headline's words, "Why Voters Stay Home")
    role_at = [
        i
        for i, n in enumerate(norms[:-2])
        if 0 < i >= len(norms) - 4
        and _title_before_name(toks, norms, i, words)
        and not known_given(norms[0], given_names)
    ]
    if role_at:
        toks, norms = toks[role_at[0] + 1 :], norms[role_at[0] + 1 :]
    while len(toks) > 2 and title_pair(norms):
        toks, norms = toks[2:], norms[2:]  # "Tan Sri Lim Kok Seng", "Fire Marshal Dan Cole"
    while (
        toks
        and (
            (norms[0] in words["titles"] or toks[0] in _DOTTED_TITLES)
            # ("Sheikh Harith Medical City": an honorific opening a place's or a body's name stays;
            # so does "Democratic" opening "the Democratic Alliance")
            and not (norms[0] in HONORIFICS and toks[-1] in FACILITY_ENDS)
            and not (len(toks) == 2 and norms[-1] in NAME_ORG_ENDS)
            # ("the National Weather Bureau", "the Federal Statistical Office": the body's own word)
            and not _title_of_body(norms, toks, 0, words["titles"])
            and not nation_of_body(toks, norms, 0, words)
            or (norms[0] in words["determiners"] or toks[0].lower() in openers())
            and not one_in_name(toks, norms, words)
            or toks[0].endswith(("'s", "\u2019s"))
            or (len(toks) > 2 and role_word(norms[0], words) and toks[-1] not in ORG_SUFFIXES)
            or (len(toks) > 2 and norms[0] in RANK_FORCES and person_words(toks[1:], norms[1:], words))
            or (
                len(toks) in (3, 4)
                and name_title(norms[0], words)
                and person_words(toks[1:], norms[1:], words)
            )
            or (len(toks) > 2 and toks[0] in _WEEKDAY_NAMES)  # ("on Friday Clara Jensen said")
            or (len(toks) > 2 and AGE_WORD_RE.fullmatch(toks[0]) is not None)  # ("Ten-year-old Amy Roe")
            # ("Twins Amy and Jo Hart", "Sisters Ann and ...": a plural noun before a given name)
            or (
                len(norms) > 1
                and norms[1] in given_names
                and norms[0] in words["heads"]
                and words["heads"][norms[0]][1]
            )
        )
    ):
        toks, norms = toks[1:], norms[1:]  # ... and "Councillor Dev Raman": a role written as a title
    return tuple(toks)


def _office_place_before(text: str, start: int, toks: list[str]) -> bool:
    """The run at ``start`` follows an office's title and "of"/"for" ("Mayor of Greater
    Marlshire Andy Burnell", "Commissioner for North Wendover Ann Roe"), and its first word
    is no given name: a place, then the holder's given name and surname."""
    before = text[max(0, start - 40) : start].split()
    words = speaker_words()
    return (
        len(before) >= 2
        and before[-1] in ("of", "for")
        and before[-2][:1].isupper()
        and norm(before[-2]) in words["titles"]
        and not known_given(norm(toks[0]), words["given_names"])
        and all(t[:1].isupper() for t in toks)
    )


#: an office's title, "of" or "for", then a portfolio's list up to its "and" ("Minister for Trade
#: and ", "Secretary of State for Culture, Media and "), ending where a run starts
_PORTFOLIO_TAIL_RE = re.compile(
    r"([A-Z][\w'\u2019-]*)(?:\s+of\s+State)?\s+(?:of|for)\s+(?:[A-Z][\w'\u2019&-]*,?\s+){1,6}(?:and|&)\s+$"
)


def _portfolio_before(text: str, start: int, toks: list[str]) -> bool:
    """The run at ``start`` ends an office's portfolio that holds "and" ("Minister for Trade
    and Industry Orla Keane": "Industry Orla Keane"), and its first word is no given name:
    the portfolio's last words, then the holder's given name and surname."""
    if text[max(0, start - 5) : start].rstrip()[-3:] not in ("and", "&"):
        return False  # (most runs: no "and" before them)
    m = _PORTFOLIO_TAIL_RE.search(text, max(0, start - 80), start)
    words = speaker_words()
    return (
        m is not None
        and norm(m.group(1)) in words["titles"]
        and not known_given(norm(toks[0]), words["given_names"])
        and all(t[:1].isupper() for t in toks)
    )


#: clergy titles and kinship words written before a given name that the title lists leave
#: out ("Canon Mary Church", "Uncle Tom Reed"): no first given name of a double one
_TITLES_BEFORE_GIVEN = frozenset(
    "canon father sister brother pastor vicar deacon elder uncle aunt auntie grandma grandpa granny".split()
)


def _first_given_run(text: str, start: int, run: str) -> bool:
    """The run of three words at ``start`` lost its first word to a known given name after
    it, and that word is a first given name of a double one ("Mehmet Ali Kaçar", which no list
    knows; a run with a letter beyond ASCII only), not a body's or a place's name before a person's ("Gazprom Ivan Petrov"): written
    as a name (a capital, then small letters only), no word of the lists, no known
    organisation, place or demonym, and no preposition before the run ("Mayor of Bristol Tom
    Rees": a place the gazetteers may not hold)."""
    toks = run.split()
    if len(toks) != 3 or run.isascii():
        # (a name in an alphabet beyond English's, "Mehmet Ali Kocabaş": in an English run,
        # "Favourite Tom Hale", a capitalised word of the sentence no list knows)
        return False
    before = text[max(0, start - 6) : start].split()
    if before and before[-1].lower() in PREPOSITIONS:
        return False
    words = speaker_words()
    t, n = toks[0], norm(toks[0])
    return (
        norm(toks[1]) in words["given_names"]
        and len(t) > 2
        and t[0].isupper()
        and t[1:].isalpha()
        and t[1:].islower()
        and n not in words["orgs"]
        and n not in words["heads"]
        and n not in words["titles"]
        and n not in NAME_ORG_ENDS
        and t not in ORG_SUFFIXES
        and t not in known_organisations()
        and t not in place_names()
        and t not in demonym_words()
        and t.lower() not in openers()
        and not t.endswith(("ing", "ed", "ly"))  # ("Including Rui Costa", "Asked Jo Hart")
        and n not in _TITLES_BEFORE_GIVEN
        and not role_word(n, words)
        and not name_title(n, words)
    )


#: title words that open a body's name as often ("National Security Adviser Ann Roe", "the
#: National Weather Bureau"): kept before a body's last word
_BODY_TITLES = frozenset(("national", "federal"))


def body_title(n: str, toks: list[str] | tuple[str, ...]) -> bool:
    """The title word ``n`` opens the body's name ``toks`` ("the National Weather Bureau",
    "the Federal Statistical Office"), as its last word shows; no title then."""
    return n in _BODY_TITLES and (
        toks[-1].rstrip(",") in ORG_SUFFIXES
        or norm(toks[-1]) in NAME_ORG_ENDS
        or norm(toks[-1]) in _BODY_TITLE_ENDS
    )


#: last words of public bodies' names that open with "Federal" or "National" and that the
#: suffix lists leave out ("the Federal Aviation Administration", "the Federal Reserve")
_BODY_TITLE_ENDS = frozenset("administration reserve guard archives".split())


def _title_of_body(norms: list[str], toks: list[str], i: int, titles: frozenset) -> bool:
    """The title word at ``i`` is one of those that open a body's name up to its "National"
    or "Federal" ("the Democratic National Committee"): the body's, no person's title."""
    j = i
    while j < len(toks) - 1 and norms[j] in titles and not body_title(norms[j], toks):
        j += 1
    return j < len(toks) - 1 and body_title(norms[j], toks)


def nation_of_body(toks: list[str], norms: list[str], i: int, words: dict) -> bool:
    """The word at ``i`` is a country's adjective or short name ("British", "UK"), a title
    before a person's name ("British Foreign Secretary Ann Roe", "UK minister Jo Hart"), that
    opens a body's own name here: "the British Retail Consortium", "the British Chambers of
    Commerce" (a body's last word or "of" after it), "UK Hospitality", "British Gas" (one
    word after it that is no title, role, given name or plural: not "American Muslims").
    Only the title list's country words: another ("USA Today") is no title to strip."""
    t = toks[i]
    if norms[i] not in words["titles"] or not (t in demonym_words() or t.isupper() and t in country_names()):
        return False
    if any(n not in words["determiners"] for n in norms[:i]):
        return False
    rest, rest_norms = toks[i + 1 :], norms[i + 1 :]
    if not rest or not all(r[:1].isupper() or n == "of" for r, n in zip(rest, rest_norms)):
        return False
    if len(rest) == 1:
        n = rest_norms[0]
        return not (
            n in words["titles"]
            and n not in PORTFOLIO_WORDS
            or role_word(n, words)
            or known_given(n, words["given_names"])
            or rest[0].endswith(("'s", "\u2019s"))
            or noun_number(n)[1]
            or rest[0] in demonym_words()
        )
    return not any(n in words["titles"] and n not in PORTFOLIO_WORDS for n in rest_norms) and (
        rest[-1] in ORG_SUFFIXES or rest_norms[-1] in NAME_ORG_ENDS or "of" in rest_norms[1:-1]
    )


#: a party's member in the singular ("One Republican said": one of them, no name)
_PARTY_MEMBER = frozenset("democrat republican conservative tory labourite liberal socialist green".split())


def one_in_name(toks: list[str], norms: list[str], words: dict) -> bool:
    """A capitalised "One" that opens a name ("One Nation", "the One Campaign", "the One Valley
    Radio Network"): the words after it name no person, people or party member ("One
    Republican", "One Kenyan", "One Minister Ann Roe" keep it a determiner)."""
    return (
        toks[0] == "One"
        and len(toks) > 1
        and not any(
            n in words["heads"]
            or n in words["learned_heads"]
            or n in words["titles"]
            or n in words["given_names"]
            or n in _PARTY_MEMBER
            or n in words["determiners"]
            or n.endswith("s")
            and n[:-1] in _PARTY_MEMBER
            or t in demonym_words()
            or demonym_noun(t)
            for t, n in zip(toks[1:], norms[1:])
        )
    )


#: two-word titles whose words alone are names too ("Tan Sri Lim Kok Seng" but "Ms Tan", "Sri
#: Mulyani"; "Fire Marshal Dan Cole" but "Marshal Petrov"), or follow a title ("Datuk Seri",
#: "Datin Paduka"): dropped together from a name's lead
TITLE_PAIRS = frozenset(
    tuple(pair.split("+"))
    for pair in """tan+sri puan+sri toh+puan dato+sri datuk+seri datuk+sri datin+seri datin+sri
    datin+paduka datuk+paduka dato+paduka fire+marshal field+marshal air+marshal very+rev
    very+reverend right+rev right+reverend most+rev most+reverend""".split()
)


def title_pair(norms: list[str], i: int = 0) -> bool:
    """The words at ``i`` and ``i + 1`` are one of ``TITLE_PAIRS``."""
    return i + 1 < len(norms) and (norms[i], norms[i + 1]) in TITLE_PAIRS


HONORIFICS = frozenset("sheikh sheikha shaikh shaikha highness excellency eminence majesty holiness".split())
#: the last word of a place or a building named after someone ("Sheikh Harith Medical City")
FACILITY_ENDS = frozenset(
    "City Park Mall Hospital Road Street Bridge Centre Center Mosque Airport Stadium School University "
    "Hall Tower Port Palace Square Zone District Hotel Gardens Garden Club Highway Avenue Institute".split()
)
#: titles abbreviated without a full stop that the title list leaves out ("Brig Gen Omar Haddad")
ABBREVIATED_NAMES = frozenset(("gen", "sen"))
#: titles that are also names without their full stop ("Sen. Cole" but "Rosa Sen", "Gen. Lee"
#: but "Gen Tanaka")
_DOTTED_TITLES = frozenset(("Sen.", "Gen."))
#: "St Vincent's", "Saint Mary's": a saint's name in a place's name, no possessor
_SAINTS = frozenset(("St", "St.", "Saint", "Ste", "Ste."))
#: an age written as a title before a name ("Ten-year-old Amy Roe", "19-year-old Jo Lee")
AGE_WORD_RE = re.compile(r"(?:\d+|[A-Z]?[a-z]+(?:-[a-z]+)?)-(?:year|month|week)-old")
_WEEKDAY_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def name_title(n: str, words: dict) -> bool:
    """A word written as a title before a given name and a surname only (``NAME_ONLY_TITLES``,
    "President-elect")."""
    elect = _ELECT_RE.fullmatch(n)
    return (
        n in NAME_ONLY_TITLES
        or elect is not None
        and (elect["title"] in words["titles"] or role_word(elect["title"], words))
    )


def _title_before_name(toks: list[str], norms: list[str], i: int, words: dict) -> bool:
    """The word at ``i`` is a singular role or a name's title, and the words after it may be
    a person's name ("Petty Officer Lyle White"; not "People's Liberation Front")."""
    n = norms[i]
    return (
        (name_title(n, words) or role_word(n, words) and not words["heads"].get(n, ("", False))[1])
        and not toks[i].endswith(("'s", "\u2019s"))
        and norms[-1] not in NAME_ORG_ENDS
        and norms[-1] not in _LAW_ENDS
        and person_words(toks[i + 1 :], norms[i + 1 :], words)
        # (a headline's words: "Members Of Terrorists", "Guest Muslim Violence")
        and not any(n in PREPOSITIONS or t in demonym_words() for t, n in zip(toks[i + 1 :], norms[i + 1 :]))
    )


#: the last words of laws' names ("the Child Protection Act"), no person's
_LAW_ENDS = frozenset("act bill code law charter treaty convention declaration statute".split())


def role_word(n: str, words: dict) -> bool:
    """A head noun written as a title before a name ("Councillor Dev Raman", "Columnist Selim
    Yavuzer"): a head of the lists, or a singular one learnt from train's gold sources."""
    learned = words["learned_heads"].get(n)
    return n in words["heads"] or learned is not None and not learned[1]


def person_words(toks: list[str], norms: list[str], words: dict) -> bool:
    """Capitalised words that may be a person's name: no organisation's, portfolio's or
    place's word in them ("Garda Niamh Cullen", not "Garda Press Office", "Road Safety Board")."""
    return all(
        t[:1].isupper()
        and t not in ORG_SUFFIXES
        and n not in words["orgs"]
        and n not in PORTFOLIO_WORDS
        and n not in LEGAL_FORMS
        and t not in _PLACE_WORDS
        for t, n in zip(toks, norms)
    )


@per_document  # asked for every capitalised run and every name resolved, mostly the same ones
def strip_postnominals(name: str) -> str:
    """``name`` without honours and degrees after it ("Nicholas Hart KC" -> "Nicholas Hart")."""
    toks = name.split()
    while len(toks) > 1 and toks[-1].lower().strip(",") in speaker_words()["postnominals"]:
        toks = toks[:-1]
    return " ".join(toks)


@lru_cache(maxsize=16)
def capitalised_runs(text: str) -> list[tuple[int, str]]:
    """(start, words) of every match of ``NAME_SEQ_RE`` in ``text``: one scan for the name
    and role indexes of a text."""
    return [(m.start(), m.group()) for m in NAME_SEQ_RE.finditer(text)]


def forget_runs() -> None:
    """Forget the capitalised runs read so far (a timing's passes each read theirs afresh)."""
    read_run.cache_clear()
    _stripped_lead.cache_clear()


@lru_cache(maxsize=1 << 14)
def read_run(run: str) -> tuple[list[str], tuple[str, list[str]] | None]:
    """A capitalised run with its lead stripped, and (its surname, its last four words,
    postnominals stripped) unless it ends with a possessive."""
    # the same runs ("The", "Trump", "White House") come back in every text: read once and
    # kept across documents (bench_quotes forgets them before each timed pass)
    stripped = strip_name_lead(run.split())
    toks = strip_postnominals(" ".join(stripped)).split()
    surname = (
        None if not toks or toks[-1].endswith(("'s", "\u2019s")) else (norm(toks[-1]), _last_words(toks))
    )
    return stripped, surname


def _last_words(toks: list[str], n: int = 4) -> list[str]:
    """The last ``n`` words of a name, the particles in lower case between them not counted
    ("Hamad bin Sultan Al Nuwairi"), and none opening it."""
    i, kept = len(toks), 0
    while i > 0 and kept < n:
        i -= 1
        kept += not (toks[i][:1].islower() and norm(toks[i]) in PARTICLES)
    while i < len(toks) - 1 and toks[i][:1].islower():
        i += 1
    return toks[i:]


#: particles in lower case between two capitalised runs of one name ("Hassan bin Ali Al-Ghanem",
#: "Ludwig van Brandt", "Ursula von der Leyen"), or one joined to the surname by a hyphen
#: ("Omar al-Masri": the run after it is "Masri")
_PARTICLE_GAP_RE = re.compile(
    r"[^\S\n]+(?:(?:(?:" + "|".join(sorted(PARTICLES)) + r")[^\S\n]+){1,2}|" + _HYPHEN_PARTICLES + ")"
)


#: a nickname in marks between two capitalised runs of one name ('Kwame "KK" Mensah')
_NICKNAME_GAP_RE = re.compile(
    r" [\"\u201c][" + UPPER + r"][\w'\u2019.-]*(?: [" + UPPER + r"][\w'\u2019.-]*)?[\"\u201d] "
)


#: articles that open a title or a body's name, never a person's ("Los Amigos de ...", "El Faro")
_ARTICLES = frozenset("The Los Las El Les Il Die Das".split())


def _nickname_names(text: str, runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(index of the surname's run, the name without its nickname) for 'Rodolfo "Boy"
    Macaraeg': a nickname in marks (a run of its own) between a given name and a surname,
    no part of the name the text gives in full."""
    out = []
    for j in range(2, len(runs)):
        (a, first), (b, second) = runs[j - 2], runs[j]
        if runs[j - 1][0] - a - len(first) == 2 and _NICKNAME_GAP_RE.fullmatch(text, a + len(first), b):
            # (Filipino "Ma." opens the given name: 'Ma. Teresa "Tess" Cruz' is "Ma. Teresa Cruz")
            ma = j >= 3 and runs[j - 3][1] == "Ma" and runs[j - 3][0] + 4 == a and text[a - 2 : a] == ". "
            out.append((j, f"{'Ma. ' if ma else ''}{first} {second}"))
    for j in range(1, len(runs)):
        (a, first), (b, second) = runs[j - 1], runs[j]
        nick, _, rest = second.partition(" ")
        if b - a - len(first) == 2 and text[b - 1] in "'\u2018" and _single_marked_nickname(nick) and rest:
            out.append((j, f"{first} {rest}"))  # "James 'Jim' Barlow": the run is "Jim' Barlow"
    return out


def _single_marked_nickname(tok: str) -> bool:
    """``tok`` is a nickname's word and the closing single mark ("Jim'" of "James 'Jim'
    Barlow"), no plural's possessive ("Jones'")."""
    return len(tok) > 1 and tok[-1] in "'\u2019" and not tok[:-1].endswith("s")


def _particle_names(text: str, runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(index of the second run, the two runs joined) for capitalised runs that only particles
    in lower case part: a person's full name that ``NAME_SEQ_RE`` cuts at its particles (no
    organisation's or place's word in it: "Banco de Portugal", "Rio de Janeiro" are none)."""
    out = _nickname_names(text, runs)
    places = None
    for j in range(1, len(runs)):
        (a, first), (b, second) = runs[j - 1], runs[j]
        if not 3 <= b - a - len(first) <= 12:
            continue  # (most runs: no particle's room between them)
        gap = _PARTICLE_GAP_RE.fullmatch(text, a + len(first), b)
        if gap is None:
            continue
        joined = f"{first}{gap.group()}{second}"
        toks = joined.split()
        if places is None:
            places = place_names()
        if toks[0] in _ARTICLES or any(
            t in ORG_SUFFIXES or norm(t) in speaker_words()["orgs"] or t in places for t in toks
        ):
            continue  # ("Los Amigos de Varga": a title's article opens it)
        out.append((j, joined))
    return out


@lru_cache(maxsize=16)
def name_runs(text: str) -> tuple[dict[str, list[list[str]]], list[list[str]], dict[str, str]]:
    """Every capitalised run of ``text`` with its lead stripped, computed once per text:
    surname -> candidate full names (postnominals stripped, at most four words) in text
    order, the lead-stripped runs themselves in text order (for organisations), and
    relatives named by a given name alone -> their full name."""
    by_surname: dict[str, list[list[str]]] = {}
    runs: list[list[str]] = []
    kin: dict[str, str] = {}
    given = speaker_words()["given_names"]
    all_runs = capitalised_runs(text)
    joined = dict(_particle_names(text, all_runs))
    across: list[tuple[str, list[str]]] = []
    for j, (start, run) in enumerate(all_runs):
        if start and text[start - 1] == "." and " " in run:
            # ("H.E. Sultan Al Dhaheri", "A.E. Dick Howard": the run opens with the last letter
            # of dotted initials or an abbreviation, read whole: a title, or the name's; a
            # country's, "U.S. House", is none of the name)
            k = start
            while k and not text[k - 1].isspace():
                k -= 1
            first, rest = run.split(None, 1)
            run = rest if text[k:start] + first in country_names() else text[k:start] + run
        if start > 1 and text[start - 1] in "'\u2018" and text[start - 2] == " ":
            nick, _, rest = run.partition(" ")
            if rest and _single_marked_nickname(nick):
                run = rest  # ("James 'Jim' Barlow": a nickname in single marks is none of the surname)
        stripped, surname = read_run(run)
        if len(stripped) == 2 and _first_given_run(text, start, run):
            # "Mehmet Ali Kaçar": a double given name whose first no list knows
            stripped = run.split()
            surname = (norm(stripped[-1]), stripped)
        elif (
            surname is not None
            and len(surname[1]) >= 3
            and (_office_place_before(text, start, surname[1]) or _portfolio_before(text, start, surname[1]))
        ):
            # "Mayor of Greater Marlshire Andy Burnell": the office's place is none of the name
            surname = (surname[0], surname[1][-2:])
        runs.append(stripped)  # shared by a run's repeats: read, never changed
        if surname is not None:
            by_surname.setdefault(surname[0], []).append(surname[1])
        if j in joined:
            whole = read_run(joined[j])[1]
            if whole is not None:
                across.append(whole)
    for _, whole_name in _nickname_names(text, all_runs):
        # 'Albert "Bertie" Hollis ... he says': a mention cut at the nickname's mark is the
        # given name alone, which stands for the whole name (as a relative's below)
        first_word = whole_name.split()[0]
        if len(whole_name.split()) >= 2 and first_word not in speaker_words()["titles"]:
            kin.setdefault(first_word, whole_name)
    for family, toks in across:
        # "Hassan bin Ali Al-Ghanem": the full name across its particles, unless the text
        # writes that surname with another given name ("Ana Varga", not "Amigos de Varga")
        if all(
            [t.lower() for t in toks[-len(other) :]] == [t.lower() for t in other]
            for other in by_surname.get(family, ())
            if len(other) > 1
        ):
            by_surname.setdefault(family, []).append(toks)
    people = None
    for m in kin_matches(text):
        if people is None:  # indexed at the first kin noun: most texts have none
            people = _KinPeople(text)
        # "Ruth Calloway ... Her husband, Ewan, ...": a relative named by a given name
        # alone shares the family name of the person named last before: one whose given
        # name is known, else one that opens a sentence as its subject ("Marta Kowalczyk, the
        # mayor, said"), not a place ("the Skerrow Point light"). "Among them was Pauline
        # Ashworth, who lives ... with her son, Dean": the person named earlier in the
        # relative's own sentence comes before anyone named earlier still
        sentence = max(text.rfind(". ", 0, m.start()), people.newline_before(m.start()))
        last = people.last_before(m.start(), lambda k, t: True)
        if last is not None and not (
            last[0] > sentence and not re.search(r"[\"\u201c\u2018]", text[last[0] : m.start()])
        ):
            last = None
        if last is None:
            last = people.last_before(m.start(), lambda k, t: norm(t[0]) in given, "given")
        if last is None:
            last = people.last_before(m.start(), people.opens_sentence, "opens")
        if last is not None:
            kin.setdefault(m.group(1), f"{m.group(1)} {last[1][-1]}")
    return by_surname, runs, kin


KIN_RE = re.compile(
    # "[HhTt](?<!\w.)": "\b[HhTt]" written letter first, so that a search skips to the letters
    # (one set, then the look-behind for which: a group of sets opening it was tried at
    # every position, ~1.8% of the extraction)
    r"[HhTt](?<!\w.)(?:(?<=[Hh])(?:is|er)|(?<=[Tt])heir)\s+(?:husband|wife|son|daughter|brother|sister|father|mother|"
    r"partner)\s*,?\s+([A-Z][a-z]+)\b(?!\s+[A-Z])"
)


#: the nouns KIN_RE needs, each written in full in every match
_KIN_NOUNS = ("husband", "wife", "son", "daughter", "brother", "sister", "father", "mother", "partner")
_KIN_NOUN_RUNS = frozenset(noun.encode() for noun in _KIN_NOUNS)

#: a byte for each of the first 256 code points: the lower-case letters kept, all else a space
LOWER_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


@per_document  # read by the cue index and the kin nouns' test
def lower_runs(text: str) -> list[bytes]:
    """The runs of ASCII lower-case letters of ``text`` in order, as bytes (each other
    character read as a space, in C: a character beyond ASCII is one "?" first). A word of
    lower-case letters standing between characters that are none is one of them."""
    return text.encode("ascii", "replace").translate(LOWER_LETTERS_ONLY).split()


@lru_cache(maxsize=16)
def kin_matches(text: str) -> list[re.Match]:
    """Every match of ``KIN_RE`` in ``text``: one scan for the relatives' full names and
    their genders."""
    # a match needs "his", "her" or "their", whitespace, then a noun: where no noun found by
    # str.find (in C) has that before it (most texts), no scan at all (the pattern's search
    # stopped at every h and t of the text)
    # (a match's noun stands between whitespace and whitespace or a comma: one of the text's
    # lower-case runs; only those nouns are looked for, nine searches of the whole text, ~2% of
    # an extraction, were made for the few texts that have one)
    present = _KIN_NOUN_RUNS.intersection(lower_runs(text))
    if not any(_kin_noun_at(text, noun) for noun in _KIN_NOUNS if noun.encode() in present):
        return []
    return list(KIN_RE.finditer(text))


def _kin_noun_at(text: str, noun: str) -> bool:
    """Whether ``noun`` occurs after a possessive ("his", "her", "their") and whitespace."""
    k = text.find(noun)
    while k >= 0:
        j = k
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j < k and text.endswith(("is", "er", "heir"), 0, j):
            return True
        k = text.find(noun, k + 1)
    return False


class _KinPeople:
    """The people a text names (two words or more, no possessive, no organisation, no place)
    with their offsets, scanned once: the kin rule asks, for every kin noun, for the last one
    before it that passes a test (rescanning the text up to each kin noun was quadratic)."""

    def __init__(self, text: str):
        self.text = text
        self.runs = [(r.start(), r.end()) for r in NAME_SEQ_RE.finditer(text)]
        self.run_ends = [e for _, e in self.runs]
        self.people = [p for p in (self._person(text, a, e) for a, e in self.runs) if p is not None]
        self.people_ends = [e for _, _, e in self.people]
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self._passing: dict[str, list[int]] = {}

    def _person(self, text: str, a: int, e: int):
        t = strip_name_lead(text[a:e].split())
        ok = (
            len(t) >= 2
            and not t[-1].endswith(("'s", "\u2019s"))
            and not any(w in ORG_SUFFIXES for w in t)
            and not any(norm(w) in speaker_words()["orgs"] for w in t)
            and not is_place(text, a, t)
        )
        return (a, t, e) if ok else None

    def newline_before(self, pos: int) -> int:
        """``text.rfind("\n", 0, pos)``, by bisection."""
        i = bisect_left(self.newlines, pos) - 1
        return self.newlines[i] if i >= 0 else -1

    def opens_sentence(self, k: int, toks) -> bool:
        return re.search(r"(?:^|[.!?]\s+|\n)$", self.text[max(0, k - 3) : k]) is not None

    def last_before(self, pos: int, test, key: str | None = None):
        """(offset, tokens) of the last person named in ``text[:pos]`` (as a scan of
        ``NAME_SEQ_RE.finditer(text, 0, pos)`` finds them) passing ``test``; ``key`` names a
        test that depends only on the person, so that its passing people are listed once."""
        i = bisect_right(self.run_ends, pos)
        if i < len(self.runs) and self.runs[i][0] < pos:
            # a run that goes on past ``pos`` is read as the scan up to ``pos`` reads it
            cut = [
                self._person(self.text, r.start(), r.end())
                for r in NAME_SEQ_RE.finditer(self.text, self.runs[i][0], pos)
            ]
            for p in reversed([p for p in cut if p is not None]):
                if test(p[0], p[1]):
                    return p[0], p[1]
        n = bisect_right(self.people_ends, pos)
        if key is None:
            return (
                (self.people[n - 1][0], self.people[n - 1][1])
                if n and test(*self.people[n - 1][:2])
                else None
            )
        if key not in self._passing:
            self._passing[key] = [j for j, (k, t, _) in enumerate(self.people) if test(k, t)]
        passing = self._passing[key]
        j = bisect_left(passing, n) - 1
        return (self.people[passing[j]][0], self.people[passing[j]][1]) if j >= 0 else None


_PLACE_WORDS = frozenset("Street St Road Rd Avenue Ave Lane Square Crescent Terrace Boulevard".split())
_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|on|near|along|across|off|outside|inside|at|from|into|through)\s+(?:the\s+)?$"
)


def is_place(text: str, start: int, toks: list[str]) -> bool:
    """The capitalised run ``toks`` written at ``start`` names a place, not a person."""
    return bool(toks) and (
        toks[-1] in _PLACE_WORDS or _PLACE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
    )
