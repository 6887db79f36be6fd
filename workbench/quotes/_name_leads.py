"""Reading a run of capitalised words as a name: titles, determiners, openers and
possessors stripped from its start ("When", "NASA's", "Finance Minister"), a title or office
before a name, a body's title ("National Archives"), one person's words ("Dr Pike") against a
body's, and postnominals.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._memo import per_document
from ._names import (
    _ELECT_RE,
    LEGAL_FORMS,
    NAME_ONLY_TITLES,
    NAME_ORG_ENDS,
    ORG_SUFFIXES,
    PARTICLES,
    PORTFOLIO_WORDS,
    PREPOSITIONS,
    RANK_FORCES,
    country_names,
    demonym_noun,
    demonym_words,
    known_given,
    known_organisations,
    norm,
    noun_number,
    openers,
    place_names,
    speaker_words,
)


def strip_name_lead(toks: list[str], after_role: bool = False) -> list[str]:
    """Drop titles, determiners, sentence openers ("When") and possessors ("NASA's")
    from the start of a run of capitalised words; ``after_role``: the run follows a role
    ("Election Commission secretary Akhtar Ahmed Sarkar"), so a name-shaped first word before
    a known given name is the person's own, no body's."""
    # every scan of a text's capitalised runs asks again for the same runs, and texts share
    # many: read once, kept across documents (forgotten with the speaker phrases)
    return list(_stripped_lead(tuple(toks), after_role))


@lru_cache(maxsize=1 << 14)
def _stripped_lead(run: tuple[str, ...], after_role: bool = False) -> tuple[str, ...]:
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
        # ("W. A. Sunil Fernando": initials open the name)
        and not all(_INITIAL_RE.fullmatch(t) for t in toks[: given[0]])
        and not (after_role and given[0] == 1 and first_name_word(toks[0], norms[0], words))
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
            and not (len(toks) > 1 and _INITIAL_RE.fullmatch(toks[0]))  # ("A. Nimal Perera": an initial)
            or toks[0].endswith(("'s", "\u2019s"))
            or (len(toks) > 2 and role_word(norms[0], words) and toks[-1] not in ORG_SUFFIXES)
            or (len(toks) > 2 and norms[0] in RANK_FORCES and person_words(toks[1:], norms[1:], words))
            or (
                len(toks) in (3, 4)
                and name_title(norms[0], words)
                and person_words(toks[1:], norms[1:], words)
            )
            or (len(toks) in (3, 4) and role_lead(toks, norms, words))  # ("Stylist Ngozi Ekwueme")
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


_PLACE_WORDS = frozenset("Street St Road Rd Avenue Ave Lane Square Crescent Terrace Boulevard".split())


#: endings of nouns of a trade or a calling ("Stylist", "Shoutcaster", "Dietician",
#: "Hairdresser", "Beekeeper"): a word written so before a name is its role, whatever list
#: leaves it out; not "-er"/"-or" alone, surnames as often ("Baker", "Taylor", "Archer")
_TRADE_ENDS = ("ist", "caster", "ician", "dresser", "keeper", "grapher", "maker", "smith")

#: words of those endings that name no trade ("Christ Church ...", "Blacksmith" is one)
_NOT_TRADES = frozenset(("christ", "exist", "insist", "assist", "resist", "persist", "twist", "smith"))


def role_lead(toks: list[str], norms: list[str], words: dict) -> bool:
    """The first of three or four capitalised words is a role written as a title before a
    person's given name and surname, which no list of titles holds: a noun of a trade
    ("Stylist Ngozi Ekwueme", "Shoutcaster Ewan MacPherson"), or a rank in capitals
    ("SHO Ghulam Mustafa Jatoi", a station house officer). Not a given name ("Christian Dior
    Couture"), and the words after it a person's: written as names, no body's or place's word
    ("NHS Greater Glasgow", "BBC Radio Ulster" stay whole)."""
    t, n = toks[0], norms[0]
    rest, rest_norms = toks[1:], norms[1:]
    if known_given(n, words["given_names"]) or not all(_NAME_WORD_RE.fullmatch(r) for r in rest):
        return False
    trade = t[:1].isupper() and t[1:].islower() and len(n) >= 6 and n.endswith(_TRADE_ENDS)
    rank = 3 <= len(t) <= 5 and t.isalpha() and t.isupper()
    if not (trade and n not in _NOT_TRADES or rank):
        return False
    return (
        person_words(rest, rest_norms, words)
        and t not in known_organisations()
        and t not in demonym_words()
        and rest[-1] not in place_names()  # (its first may be a town's too: "Ngozi")
        and not any(r in known_organisations() or n2 in NAME_ORG_ENDS for r, n2 in zip(rest, rest_norms))
    )


#: a word written as a person's name: a capital, then small letters, maybe a hyphen or an
#: apostrophe, or a second capital after a short prefix ("MacPherson", "Chukwu-Lane",
#: "O'Neill"; not a brand's "SolutionsHub")
_NAME_WORD_RE = re.compile(
    r"(?:[A-Z][a-z]{0,2}(?=[A-Z])|[A-Z](?=['\u2019]))?[A-Z]?['\u2019]?[A-Z]?[a-z]+(?:-[A-Z]?[a-z]+)*"
)


#: an initial of a given name ("W.", "A.")
_INITIAL_RE = re.compile(r"[A-Z]\.")


def first_name_word(t: str, n: str, words: dict) -> bool:
    """``t`` is written as a person's first name (a capital, then small letters) and no list
    knows it as a body's, a title's, a role's or a place's word: "Akhtar" in "secretary Akhtar
    Ahmed Sarkar", a given name no list holds."""
    return (
        _NAME_WORD_RE.fullmatch(t) is not None
        and n not in words["orgs"]
        and n not in words["titles"]
        and n not in words["heads"]
        and n not in NAME_ORG_ENDS
        and t not in ORG_SUFFIXES
        and t not in known_organisations()
        and t not in place_names()
        and t not in demonym_words()
        and n not in ABBREVIATED_NAMES  # ("Brig Gen Omar Haddad")
        and n not in RANK_FORCES
        and n not in _BODY_PLACES  # ("Siberian Federal District Sergei Lomtev")
        and not name_title(n, words)  # ("Sgt. Major Kevin Pryor")
        and not role_word(n, words)
    )


#: the last words of a region's or a body's unit, capitalised before a person's name
_BODY_PLACES = frozenset("district county province region state city town borough division zone".split())
