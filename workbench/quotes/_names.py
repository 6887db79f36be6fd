"""Names in news text, for the quote extractor's speakers: the word lists of
``resources/quote_speakers.txt`` (``speaker_words``), what a name token is, place, country and
organisation lists, and a speaker's gender from the words around them.

How a run of capitalised words is read as a name is in ``_name_leads`` (titles and openers
stripped, roles); the text's runs, nicknames, kin and places in ``_name_runs``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..text import read_resource, resource_lines
from ._letters import UPPER

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
    collaboration consortium construction developments properties""".split()
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


#: singular nouns in "-men" (no "-man" plural: no people)
_MEN_SINGULARS = frozenset("specimen abdomen regimen acumen albumen stamen cyclamen hymen bitumen".split())


def men_plural(tok: str) -> bool:
    """A lower-case plural of a trade in "-man" ("tallymen", "linesmen", "lifeboatmen"): a
    group of people, as "fishermen" is."""
    return len(tok) >= 7 and tok.isalpha() and tok.islower() and tok not in _MEN_SINGULARS


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
