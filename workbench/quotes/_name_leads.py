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


_PLACE_WORDS = frozenset("Street St Road Rd Avenue Ave Lane Square Crescent Terrace Boulevard".split())
