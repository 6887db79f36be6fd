"""What kind of source speaks: ``source_type`` of a resolved speaker.

``person`` (a named individual), ``organisation`` (a named or described institution,
and a place that stands for its government: "according to Washington"), ``document``
(a report, a poll, a statement: "the survey found"), ``group`` (several unnamed people:
"officials", "dozens", "fishermen") and ``anonymous`` (one unnamed person: "a senior
official"). Read from the source's kind, number and words, with the word lists of
``resources/quote_speakers.txt`` (``[organisation]``, ``[document]``, ``[seat]``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import read_resource
from ._name_leads import FACILITY_ENDS, HONORIFICS, one_in_name
from ._names import (
    IN_NAME_OPENERS,
    LEGAL_FORMS,
    NAME_ORG_ENDS,
    ORG_SUFFIXES,
    PORTFOLIO_WORDS,
    country_names,
    demonym_noun,
    known_organisations,
    person_head,
    speaker_words,
)
from ._office_names import OFFICE_WORDS, office_name

__all__ = [
    "COLLECTIVES",
    "SOURCE_TYPES",
    "MEDIA_WORDS",
    "OUTLET_WORDS",
    "source_type",
    "is_group_word",
    "document_words",
]

SOURCE_TYPES = ("person", "organisation", "document", "group", "anonymous")
_WORD_RE = re.compile(r"[\w'\u2019-]+")
#: quantities that stand for people ("Dozens said ...", "Thousands marched")
_QUANTITIES = frozenset("dozens hundreds thousands millions scores".split())
#: the last words of the names of newspapers and other outlets ("the Daily News", "the
#: Harbour Gazette"): a name ending in one is an organisation's
MEDIA_WORDS = frozenset(
    "news times post journal reporter tribune herald gazette magazine insider advocate ledger "
    "chronicle courier observer inquirer examiner register dispatch telegraph guardian".split()
)
#: ... and the words an outlet's name may be alone after "the" ("the Sun", "the Globe"),
#: never a group of people or one person (a capitalised "the Times" is no plural noun)
OUTLET_WORDS = MEDIA_WORDS | frozenset(
    "sun star mirror globe independent economist atlantic express mail".split()
)
#: singular nouns of a few people who speak together ("the family", "the couple")
COLLECTIVES = frozenset("family pair couple duo trio household".split())
#: the organisation suffixes in lower case (made once, not once a source)
_ORG_SUFFIXES_LOWER = frozenset(w.lower() for w in ORG_SUFFIXES)
#: the word before "of" in a body's name that is no body's word on its own ("the chamber" is
#: a room)
_OF_BODIES = frozenset("chamber chambers convention".split())
#: a body's word that ends a name only as its head ("the Rule of Law Institute"; not "Union",
#: which ends "the Act of Union" as often)
_BODY_ENDS = frozenset(
    "institute foundation society association centre center trust group fund council committee "
    "commission agency academy".split()
)
#: the plural of a party's members, the last word of a group's name ("House Republicans")
_PARTY_MEMBERS = frozenset("democrats republicans conservatives socialists liberals greens".split())
#: the word before "of" in a text's name
_OF_TEXTS = frozenset("bill code rule charter declaration treaty act statute".split())
#: a law's or a pact's last word, which no surname or body ends with ("the Clean Air Act",
#: "the Paris Agreement"; not "Convention", which names a party's gathering as often)
_NAME_TEXT_ENDS = frozenset(
    "act agreement accord treaty charter protocol constitution amendment directive statute ordinance "
    "declaration code doctrine manifesto".split()
)
#: the last word of a published count's name ("the Drewry World Container Index", "the
#: Nationwide House Price Index"): a text of figures, no surname or body
_COUNT_NAME_ENDS = frozenset("index indices".split())
#: cardinal numbers written as words, the last word of an outlet's or a channel's name ("Page
#: Six", "Channel Four"); "One" is one_in_name's
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty hundred".split())
#: a newspaper's last word that is also a surname ("Washington Post", "Sarah Post")
_SURNAME_OUTLETS = frozenset("post sun star courier".split())
#: a body's words that are also surnames ("Karen Church", "Tom Bank", "Ann Court")
_SURNAME_BODIES = frozenset("church bank banks court courts school".split())
#: titles of the clergy before a name ("Father John Church", "Canon Mary Church")
_CLERGY_TITLES = frozenset("father rev reverend canon pastor vicar bishop sister brother".split())
#: a newspaper's last word that is neither a surname nor an official's title ("Heath Ledger",
#: "Don Guardian", "the Medical Examiner", "the Public Advocate" are people)
_NEWSPAPER_ENDS = frozenset(
    "herald tribune gazette journal chronicle observer telegraph inquirer dispatch news express mirror "
    "mail globe magazine".split()
)


#: nouns of a numbered part of a text ("Section 12", "Article 5", "Psalm 23")
TEXT_PARTS = frozenset(
    "section article clause rule paragraph chapter part schedule annex appendix amendment verse "
    "psalm proposition resolution directive regulation principle title".split()
)
#: a numbered part of a text ("Chapter 2", "Section 4 of the code"): a chapter or a section
#: heads a body as often ("the local chapter"), so only the numbered form is a text
_NUMBERED_RE = re.compile(r"[A-Z][a-z]+\s+(?:\d|[IVXL]+\b|[A-Z]\b|[A-Z]-?\d)")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset]:
    res = read_resource("quote_speakers.txt")
    flat = lambda sec: frozenset(w.lower() for row in res.get(sec, []) for w in row)  # noqa: E731
    return {"document": flat("document"), "writing": flat("writing"), "seat": flat("seat")}


def document_words() -> frozenset:
    """Head nouns of sources that are texts (``[document]``: report, letter, memo, ...)."""
    return _lists()["document"]


#: an acronym's plural ("GPs", "MPs", "MEPs", "CEOs"): people of a post, never a name
ACRONYM_PLURAL_RE = re.compile(r"[A-Z]{2,5}s")


def is_group_word(word: str) -> bool:
    """A capitalised plural common noun or quantity that opens a sentence ("Dozens",
    "Fishermen", "Officials"): a group of people, never a name."""
    w = word.lower()
    if w in _QUANTITIES or ACRONYM_PLURAL_RE.fullmatch(word) is not None:
        return True
    if word in known_organisations():
        return False  # "Reuters", "Bloomberg": a name the gazetteer knows, no plural
    heads = speaker_words()["heads"]
    if w in heads and heads[w][1]:
        return True
    return (
        w.endswith("men")
        and len(w) > 4
        or w.endswith(("ers", "ists", "ians", "ants", "ents"))
        and w not in speaker_words()["orgs"]
        # "Republicans", "Democrats", "Conservatives", "Liberals": party members and
        # demonyms in the plural (long enough not to be a surname: "Evans", "Keats")
        or len(w) > 6
        and w.endswith(("ans", "ats", "ives", "als"))
        and w not in speaker_words()["orgs"]
    )


#: last words of armed services that are surnames too ("Tom Guard"): a body's only after a
#: word that is no given name or title
_SERVICE_ENDS = frozenset("guard fleet brigade navy army cross crescent marines".split())


#: titles of a person before a surname ("Captain Guard", "Nurse Fleet"), not the words of a
#: service's name that the title list also holds ("National Guard", "Royal Navy")
_PERSONAL_TITLES = frozenset(
    """mr mrs ms miss dr sir dame lady lord captain capt general gen colonel col major maj sergeant sgt
    lieutenant lt admiral adm commander cmdr nurse officer constable pc inspector private cpl corporal
    professor prof father rev""".split()
)


#: the first words of football clubs' names in Spain, Portugal, France and eastern Europe
#: ("Real Castellón", "Sporting Lisboa"), never a given name there
_CLUB_OPENERS = frozenset("real deportivo atletico atlético sporting racing olympique dynamo dinamo".split())
#: an agency's task before its country's name ("Elections Canada", "Statistics Norway")
_AGENCY_OPENERS = frozenset("elections statistics sport parks".split())


#: a foreign article, or a seat's word, first in a name ("O Globo", "Il Messaggero", "Die
#: Zeit", "Casa Rosada", "Palacio Quemado"); not "Le", "La", "De", "Di", "Van", which open
#: surnames ("Le Pen", "La Russa", "De Bruyne")
_FOREIGN_BODY_OPENERS = frozenset("o os el il der die das het casa palacio palácio palazzo palais".split())
#: the last word of a seat's or an assembly's name ("Buckingham Palace", "the Bishops'
#: Conference"), never a surname
_BODY_NAME_ENDS = frozenset("palace conference".split())


#: countries' names that English copy uses more often as a man's given name
_GIVEN_NAME_COUNTRIES = frozenset("chad jordan".split())


def law_name(name: str) -> bool:
    """A name a law's or a pact's last word ends ("Paris Agreement", "Clean Air Act"): a text
    where "the" comes before it (a surname else: "Jenny Charter")."""
    words = _WORD_RE.findall(name or "")
    return len(words) > 1 and words[-1].lower() in _NAME_TEXT_ENDS


#: "Staff" with a capital after a capitalised word: an armed force's or a state's body, not
#: people who work somewhere ("Hospital staff", "the staff")
_STAFF_BODY_RE = re.compile(r"[A-Z][\w'\u2019-]*\s+Staff\b")


#: the last words of firms' names in the trades that sell research, data and lines ("Oxley
#: Economics", "Harlow Analytics", "Fenwick Broadband"): a trade's word, which no surname is,
#: kept apart from ``NAME_ORG_ENDS``; the class is vocabulary
_TRADE_ENDS = frozenset("economics analytics insights broadband consulting consultancy".split())


#: heads of [evidence] that a source names as published counts ("according to official figures")
_PUBLISHED_COUNTS = frozenset("data figures numbers statistics stats results".split())


def source_type(kind: str, name: str, *, anonymous: bool = False, number: str = "sg", head: str = "") -> str:
    """The ``source_type`` of a source of ``kind`` (name, organisation, descriptor,
    pronoun) called ``name``; ``head`` is its head noun when it has one."""
    words = [w.lower() for w in _WORD_RE.findall(name or "")]
    last = words[-1] if words else ""
    lists = _lists()
    # (a firm named by a text's word, "Findings Ltd" resolved as "Findings", has no head noun:
    # its capitalised name is no text)
    named_firm = kind == "organisation" and not head and name[:1].isupper() and len(words) == 1
    head = (head or last).lower()
    if kind == "name":
        before_of = words[words.index("of", 1) - 1] if "of" in words[1:-1] else ""
        toks = name.split()
        if toks and one_in_name(toks, [w.lower() for w in toks], speaker_words()):
            return "organisation"  # "One Nation", "the One Campaign": no person's name opens so
        if (
            1 < len(toks) < 4
            and words[-1] in _NUMBER_WORDS
            and toks[-1][:1].isupper()
            and words[0] not in speaker_words()["given_names"]
        ):
            return "organisation"  # "Page Six", "Channel Four": no person's name ends with a number
        if len(toks) == 3 and toks[1] == "in" and toks[0] in IN_NAME_OPENERS:
            return "organisation"  # "Faith in Action", "Hope in Harvest": a charity's name
        if office_name(name, speaker_words()):
            return "person"  # "the Leader of the Council", "the Minister for Health": an office
        if len(words) > 2 and words[0] in HONORIFICS and name.split()[-1] in FACILITY_ENDS:
            return "organisation"  # "Sheikh Harith Medical City": a place named after someone
        if (
            1 < len(words) < 4
            and words[0] in speaker_words()["orgs"]
            and words[-1] not in PORTFOLIO_WORDS
            # ("Senate Republicans", "Assembly Democrats": a chamber's party members, a group)
            and words[-1] not in _PARTY_MEMBERS
        ):
            return "organisation"  # "Police Scotland", "Army Command West": a body's word first
        if len(toks) > 1 and toks[1][:1].isupper() and toks[0].lower() in _FOREIGN_BODY_OPENERS:
            return "organisation"  # "O Globo", "Der Spiegel", "Casa Rosada": no person's name opens so
        if len(words) > 1 and last in _BODY_NAME_ENDS and words[0] not in speaker_words()["given_names"]:
            return "organisation"  # "Elysee Palace", "the Bishops' Conference": a seat's, a body's name
        if 1 < len(words) < 4 and words[0] in _CLUB_OPENERS:
            return "organisation"  # "Real Castellón", "Deportivo Alcaraz": a club's first word
        if len(words) == 2 and words[0] in _AGENCY_OPENERS and name.split()[-1] in country_names():
            return "organisation"  # "Elections Canada", "Sport England": an agency's task and its country
        if (
            len(toks) == 2
            and toks[0].isupper()
            and toks[0] in country_names()
            and toks[1][:1].isupper()
            and words[1] not in speaker_words()["given_names"]
        ):
            # "US Treasury", "UK Hospitality": a country's short name is no person's first word
            return "organisation"
        if before_of in _OF_BODIES or before_of and words[-1] in _BODY_ENDS:
            # "the Chamber of Commerce", "the Rule of Law Institute"
            return "organisation"
        if before_of in _OF_TEXTS:
            return "document"  # "the Bill of Rights", "the Act of Union", "the Treaty of Rome"
        if "of" in words[1:-1]:
            # "Republican Party of Wyoming", "Bank of Halden": the institution's word is the
            # one before "of", not the place after it
            last = words[words.index("of", 1) - 1]
        if (
            len(words) == 1
            and (last in lists["seat"])
            or " ".join(words) in {"white house", "downing street"}
        ):
            return "organisation"
        bare = name.removeprefix("the ").removeprefix("The ")
        if (bare in country_names() or bare + "." in country_names()) and (
            len(words) > 1
            or words
            and words[0] not in speaker_words()["given_names"]
            and words[0] not in _GIVEN_NAME_COUNTRIES
        ):
            # "Russia said", "the U.S. said": a country speaks by its government ("Jordan"
            # and "Chad" speak more often as men in English copy: a person, as before; "India",
            # "Georgia" or "Kenya" as the country)
            return "organisation"
        if (
            len(words) >= 2
            and (last in _SURNAME_OUTLETS or last in _SURNAME_BODIES)
            and words[-2] in speaker_words()["given_names"]
            and all(w in speaker_words()["titles"] or w in _CLERGY_TITLES for w in words[:-2])
        ):
            # "Sarah Post", "Bill Post", "Karen Church", "Tom Bank": a given name and a
            # surname, no newspaper or body ("Victoria University" stays a body)
            return "person"
        if (
            len(words) > 1
            and last in _NEWSPAPER_ENDS
            # ("Don Guardian" is a man: a given name first is a person, as before)
            and words[0] not in speaker_words()["given_names"]
        ):
            return "organisation"  # "the Charlotte Observer", "the Evening Standard"
        if (
            len(words) > 1
            and last in _SERVICE_ENDS
            and not any(w in speaker_words()["given_names"] for w in words[:-1])
            and words[0] not in _PERSONAL_TITLES
            # (Cross is a common surname: only "the Red Cross", "the Red Crescent")
            and (last not in ("cross", "crescent") or words[-2] == "red")
        ):
            return "organisation"  # "the Coast Guard", "the Black Sea Fleet" ("Harriet Fleet" a nurse)
        if (
            len(words) > 1
            and (last in NAME_ORG_ENDS or last in _TRADE_ENDS)
            and words[0] not in speaker_words()["given_names"]
        ):
            return "organisation"
        if len(words) > 1 and (last in _PARTY_MEMBERS or ACRONYM_PLURAL_RE.fullmatch(toks[-1])):
            # "House Democrats", "the Liberal Democrats", "Opposition MPs": members who speak together
            return "group"
        if (
            last in _ORG_SUFFIXES_LOWER
            or last in speaker_words()["orgs"]
            or last in LEGAL_FORMS
            # "Associated Press", "Homeland Security": a name ends in a portfolio only as an institution's
            or last in PORTFOLIO_WORDS
            and len(words) > 1
        ):
            return "organisation"
        if (
            # (three words at least: "Jenny Charter", "Rob Constitution" are people; a name of
            # two, "the Paris Agreement", is a text where "the" comes before it, law_name)
            len(words) > 2
            and last in _NAME_TEXT_ENDS
            # ("Bill Code", "Tom Act": a given name first is a person; "bill" is no given name
            # of the lists, where it would make "the bill" a person)
            and words[0] not in speaker_words()["given_names"]
            and not (len(words) == 2 and words[0] == "bill")
        ):
            return "document"  # "the Clean Air Act", "the Paris Agreement", "the Highway Code"
        if (
            last in lists["document"]
            and len(words) > 1
            or "of" in words
            and last in lists["writing"]
            or len(words) > 1
            and words[-1] in _COUNT_NAME_ENDS
        ):
            return "document"  # ("the Bill of Rights": the word before "of")
        if len(words) == 1 and is_group_word(words[0]):
            return "group"
        return "person"
    if (
        head in lists["document"]
        and not named_firm
        # ("the Institute for Fiscal Studies": an organisation's head decides, not its last word)
        or last in lists["document"]
        and kind != "organisation"
        or kind == "descriptor"
        and (
            head in lists["writing"]
            # ("the minutes said": the lemma "minute" is no text; the plural the list holds is;
            # not "the Sunday papers said": newspapers, as often as a council's papers)
            or last in lists["writing"]
            and number == "pl"
            and last != "papers"
            or head in TEXT_PARTS
            and _NUMBERED_RE.match(name or "") is not None
            # ("according to official figures": counts published, read as a text; never a
            # speaker on their own, the [evidence] list sees to that)
            or head in _PUBLISHED_COUNTS
        )
    ):
        return "document"
    if kind == "organisation" and "-year-old" in name:
        # "a 38-year-old drone operator": an age is a person's, whatever the noun ("operator")
        return "group" if number == "pl" else "anonymous"
    if kind == "organisation":
        return "organisation"
    if (
        kind == "descriptor"
        and number != "pl"
        and re.fullmatch(r"[A-Z][\w'\u2019.-]*", name or "") is not None
        and not person_head(name.lower())
        and name.lower() not in OFFICE_WORDS
        and name.lower() not in speaker_words()["determiners"]  # ("One said": one of the people)
        and not is_group_word(name)
        and not demonym_noun(name)  # ("The Spaniard said", "The Briton said": a person)
    ):
        # "The Pentagon said", "The Garda said": one capitalised word after "the" that names no
        # person's role is an institution's name
        return "organisation"
    if kind == "descriptor" and head == "intelligence" and len(words) > 1:
        # "according to Ukrainian military intelligence", "US intelligence said": a state's
        # service (not "the intelligence assessment", a text, whose head is its last noun)
        return "organisation"
    if kind == "descriptor" and head == "staff" and _STAFF_BODY_RE.search(name or "") is not None:
        return "organisation"  # "the Joint Defense Staff", "the General Staff": a capitalised body
    if kind == "descriptor" and number != "pl" and head in speaker_words()["orgs"]:
        # "The Council said", "The Board": an institution's word written with a capital is
        # read as a descriptor, not the organisation "the council" is; it is one all the same
        return "organisation"
    if (
        number == "pl"
        or kind == "pronoun"
        and last in ("they", "we")
        or kind == "descriptor"
        and head in COLLECTIVES
    ):
        return "group"  # ("the family said", "the pair said": several people, a singular noun)
    if kind == "pronoun" and last == "it":
        return "organisation"
    return "anonymous" if anonymous or kind == "descriptor" else "person"
