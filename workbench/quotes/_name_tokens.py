"""Tests on the words of a speaker phrase, for reading the name in it: whether a word is in a
name, before one, a postnominal, an apposition's role ("Dr Pike, a surgeon"), a preposition's
object ("Helen Park of the Transport Office"), a portfolio's title.
"""

from __future__ import annotations

import re

from ._descriptor_mentions import POSSESSIVE_RE as _POSSESSIVE_RE
from ._name_leads import role_word, title_pair
from ._names import (
    IN_NAME_OPENERS,
    LEGAL_FORMS,
    NAME_TOKEN_RE,
    ORG_SUFFIXES,
    PARTICLE_NAME_RE,
    PARTICLES,
    PORTFOLIO_WORDS,
    PREPOSITIONS,
    demonym_words,
    is_name_token,
    known_organisations,
    norm,
    place_names,
)
from ._office_names import TITLE_MODIFIERS
from ._source_type import document_words

CONJUNCTIONS = frozenset("and but or nor yet so".split())


#: what name_mention gives when the capitalised run is no name (a lone head noun): the
#: phrase is read as a descriptor instead
NO_NAME = object()


#: capitalised words that open a sentence and are no name ("Amid", "Alongside", "Another")
_NOT_NAMES = frozenset(
    "amid alongside despite during after before another against among unlike like "
    "following including regarding under within without "
    # adverbs and linking words that open a sentence ("Likewise, a study ...")
    "likewise again interestingly similarly additionally notably importantly ironically "
    "initially ultimately eventually fortunately unfortunately surprisingly frankly clearly "
    "obviously apparently finally previously currently recently originally separately "
    "specifically basically essentially anyway otherwise nonetheless nevertheless therefore "
    "thus hence afterward afterwards overall altogether elsewhere tonight "
    # number words ("Eleven years before, she had backed ...")
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand".split()
)


#: a lone capitalised participle ("Frustrated", "Asked"): how the speaker felt or acted
_PARTICIPLE_NAME_RE = re.compile(r"[A-Z][a-z]{6,}ed,?")  # not "Reed", "Mohammed"


#: a capitalised participle ("Speaking", "Writing") opening a phrase is no name
_PARTICIPLE_RE = re.compile(r"[A-Z][a-z]+ing")


def _appositive_tokens(names: list[str]) -> set[int]:
    """Token indexes of comma-separated parts that are appositive roles ("a spokeswoman
    for the National Transport Safety Office"): never the name."""
    out: set[int] = set()
    if "," not in "".join(names[:-1]):
        return out  # no comma before the last word: one part, nothing in apposition
    part: list[int] = []
    bounds: list[list[int]] = []
    for i, tok in enumerate(names):
        part.append(i)
        if tok.endswith(",") or i == len(names) - 1:
            bounds.append(part)
            part = []
    if len(bounds) < 2:
        return out  # one part: nothing in apposition
    named_first = any(NAME_TOKEN_RE.match(names[i]) for i in bounds[0])
    for part in bounds[1:]:
        first = names[part[0]]
        if (
            norm(first) in ("a", "an", "the", "his", "her", "its", "their")
            and len(part) > 1
            and names[part[1]][:1].islower()
        ):
            out.update(part)
        elif named_first and first[:1].islower():
            out.update(part)  # "Ada Brill, chief executive of ... Plain Figures"
    return out


def _org_noun_after(names: list[str], i: int, words: dict) -> bool:
    """The capitalised token ``i`` is followed by one lower-case organisation noun that ends
    the phrase ("the Allied Building Workers union")."""
    return (
        i + 2 == len(names)
        and i >= 1
        and names[i + 1][:1].islower()
        and norm(names[i + 1]) in words["orgs"]
        and (NAME_TOKEN_RE.match(names[i - 1]) is not None or norm(names[i - 1]) == "the")
    )


_CAPITALISED_RE = re.compile(r"[A-Z][a-z]+")


_INITIAL_RE = re.compile(r"[A-Z]\.")


#: a one-word name after the noun it names, hyphenated too ("the state news agency Al-Waha")
_APPOSED_NAME_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")


_COMMA_RE = re.compile(r",\s*")


_RELATIVE_RE = re.compile(r"(?:who|which|whose|where)\b")


_ARTICLE_RE = re.compile(r"^(?:a|an|the)(?:\s+|$)", re.I)


#: courtesy titles: the capitalised word after one is a surname
_COURTESY = frozenset("mr mr. mrs mrs. ms ms. dr dr.".split())


#: a given name's shape: a capital, then lower-case letters ("Julia", "Ken"; not "NHS", "O'Neill")
_GIVEN_LIKE_RE = re.compile(r"[A-Z][a-z]+")


#: the places and houses an office is of, before its title ("Harris County Sheriff", "House Speaker")
_JURISDICTIONS = frozenset("county city house district parish town borough province region township".split())


#: an institution's last word ("St Thomas Hospital", "the Leeds General Hospital"): a run it
#: ends after "of", "for" or "at" names the speaker's employer, even with a title's word in it
_INSTITUTION_ENDS = frozenset(
    "Hospital Academy Agency Association Authority Bureau Center Centre College Commission Committee "
    "Company Corporation Council Department Federation Foundation Institute Ministry Organisation "
    "Organization Society University Trust League".split()
)


#: possessive pronouns a campaign's name may hold, capitalised inside it
_NAME_POSSESSIVES = frozenset(("Our", "Your"))


#: lower-case words inside an institution's name ("Bank of England", "Department for Work and Pensions")
_NAME_JOINERS = frozenset("of the for and on".split())


def _person_before_employer(names: list[str], k: int, words: dict) -> bool:
    """A person's name (a given name or a courtesy title in it) ends right before a
    preposition of employment ahead of token ``k`` ("Dr Jane Ross of (the) ...")."""
    p = next((j for j in range(k - 1, 0, -1) if norm(names[j]) in _EMPLOYER_PREPOSITIONS), None)
    if p is None or not names[p - 1][:1].isupper():
        return False
    j = p - 1
    while j > 0 and names[j - 1][:1].isupper() and not names[j - 1].endswith(","):
        j -= 1
    run = [norm(t) for t in names[j:p]]
    return (
        any(t in words["given_names"] for t in run)
        # (a courtesy title opening the run or before it: "Dr Ola Ade of ...")
        or run[0] in _COURTESY
        or (j > 0 and norm(names[j - 1]) in _COURTESY)
    )


def _postnominal(tok: str, words: dict) -> bool:
    """Letters in capitals after a person's name ("MP", "SC", "OBE"): an office or an honour,
    no part of the name (not a company's legal form, "AB", "PLC", which says what it is)."""
    t = tok.rstrip(",")
    low = t.lower()
    return len(t) >= 2 and t.isupper() and low in words["postnominals"] and low not in LEGAL_FORMS


def _in_name(names: list[str], i: int, words: dict) -> bool:
    """Token ``i`` belongs to a name: a name token, a capitalised portfolio word after one,
    or letters after a name ("Tony Kerslake MP", "Dame Olivia Harte OBE")."""
    tok = names[i].rstrip(",")
    if is_name_token(tok, words):
        return True
    j = i
    while j > 0 and _postnominal(names[j], words) and not names[j - 1].endswith(","):
        j -= 1
    if j < i and _person_before(names, j, words):
        return True
    if i > 0 and _CAPITALISED_RE.fullmatch(tok) and not names[i - 1].endswith(","):
        prev = names[i - 1]
        # "Mr. King said", "Peter T. King", "Billie Jean King": after a courtesy title, an
        # initial or a given name, a title word is a surname
        if norm(prev) in _COURTESY or _INITIAL_RE.fullmatch(prev) or norm(prev) in words["given_names"]:
            return True
        if _names_before(names, i, words):
            return True
    j = i
    while j >= 0 and norm(names[j].rstrip(",")) in PORTFOLIO_WORDS and names[j][:1].isupper():
        if j < i and names[j].endswith(","):
            return False
        j -= 1
    return j < i and j >= 0 and not names[j].endswith(",") and is_name_token(names[j], words)


def _names_before(names: list[str], i: int, words: dict) -> bool:
    """The title's word at ``i`` (or another capitalised word no name token, "Al From"), no
    role's noun, ends a run of one or two name words that no article, title or body's word opens
    ("Julia Sheriff", "Ken Brigadier", "Mary Ellen Alderman"): a surname after a given name the
    lists do not know (not "the Leeds Sheriff", "Harris County Sheriff", "Fire Marshal"; nor
    "Leeds Mayor", "Kremlin Spokesman": a role's noun, left as read)."""
    if norm(names[i]) in words["heads"] or norm(names[i]) in TITLE_MODIFIERS:
        return False  # ("Harbour Chief Says ...": a headline's role)
    j = i
    while (
        j > 0 and i - j < 2 and _GIVEN_LIKE_RE.fullmatch(names[j - 1]) and is_name_token(names[j - 1], words)
    ):
        n = norm(names[j - 1])
        if n in words["orgs"] or n in words["heads"] or n in _JURISDICTIONS or names[j - 1] in ORG_SUFFIXES:
            return False
        j -= 1
    return (
        j < i
        and (j == 0 or names[j - 1][:1].islower() and norm(names[j - 1]) not in words["determiners"])
        and not title_pair([norm(t) for t in names[i - 1 : i + 1]])
    )


def _person_before(names: list[str], j: int, words: dict) -> bool:
    """The capitalised run ending at token ``j`` may be a person's name that letters follow
    ("Tony Kerslake MP"): no article or lower-case modifier before it and no body's or
    people's word in it ("the Labour MP", "a Scottish Tory MSP" are roles)."""
    p = j
    while p > 0 and is_name_token(names[p - 1], words) and not names[p - 1].endswith(","):
        p -= 1
    run = [t.rstrip(",") for t in names[p : j + 1]]
    return (
        all(t[:1].isupper() and is_name_token(t, words) for t in run)
        and not (p > 0 and norm(names[p - 1]) in words["determiners"])
        # ("one senior Tory MP", "a veteran Conservative MP": a word in lower case before one
        # capitalised word makes it a role's party, no person's name)
        # ("minister Tony Kerslake MP", "the backbencher Tony Kerslake MP": a full name is his)
        and not (p == j and p > 0 and names[p - 1][:1].islower() and norm(names[p - 1]) not in PARTICLES)
        and not any(
            t in known_organisations()
            or t in demonym_words()
            or norm(t) in words["orgs"]
            or t in ORG_SUFFIXES
            for t in run
        )
    )


def _in_run(names: list[str], k: int, i: int, words: dict) -> bool:
    """Token ``k`` continues the run that ends at ``i``: portfolio words only at its end
    ("CWTU Director of Member Services Gail Porter": the run is "Gail Porter")."""
    if is_name_token(names[k], words):
        return True
    if k < i and _INITIAL_RE.fullmatch(names[k]) and names[k + 1][:1].isupper():
        return True  # "W. A. Sunil Fernando": an initial "A." is no article
    if k < i and all(_postnominal(t, words) for t in names[k : i + 1]) and _in_name(names, k, words):
        return True  # "Tony Kerslake MP OBE" (not "Labour MP Dawn Butterfield": a title there)
    if names[k] in _NAME_POSSESSIVES and 0 < k < i:
        return True  # "Save Our Pools", "Keep Your Parks": a campaign's name
    return all(norm(t.rstrip(",")) in PORTFOLIO_WORDS for t in names[k : i + 1]) and _in_name(names, k, words)


def _may_name(names: list[str], words: dict) -> bool:
    """Some token of the phrase may be :func:`_in_name` where :func:`name_run` looks for a
    run's end (its ``ends_part``: the last two words, a word before a comma or before
    "of"/"from"/"at"): the first word when it is a name token, a later one only when it
    opens with a capital or is a particle (``_in_name`` asks one of these of the token
    itself). False: :func:`name_run` finds no run and no demonym."""
    last = len(names) - 1
    for i, tok in enumerate(names):
        if i:
            c = tok[:1]
            if not (
                c.isupper()
                or norm(tok) in PARTICLES
                or PARTICLE_NAME_RE.fullmatch(tok.rstrip(",")) is not None
            ):
                continue
        elif not is_name_token(tok.rstrip(","), words):
            continue
        if i >= last - 1 or tok.endswith(",") or norm(names[i + 1]) in ("of", "from", "at"):
            return True
    return False


#: last words of services whose names open with a title's word ("National Guard")
_SERVICE_WORDS = frozenset("guard fleet".split())


#: nouns of bodies and teams that a name in apposition follows ("the women's team Lisa
#: Brandvold": the name is the coach's whose team it is)
_COLLECTIVE_NOUNS = frozenset(
    "team side squad crew band group club council family delegation wing arm branch division unit section "
    "chapter desk faction caucus camp office staff".split()
)


#: unnamed people inside a body ("Sources in the Prime Minister's Office", "Officials at the
#: Foreign Office"): they speak, the body's name is where they work
_INSIDE_PEOPLE = frozenset("sources officials insiders".split())


def _sources_inside(names: list[str], k: int) -> bool:
    """The run at ``k`` is the body the phrase's unnamed people are in ("Sources in the
    Prime Minister's Office", "Officials at the Foreign Office")."""
    return (
        k >= 3
        and norm(names[0]) in _INSIDE_PEOPLE
        and names[1] in ("in", "at")
        and all(t == "the" or t[:1].isupper() for t in names[2:k])
    )


def _after_preposition(names: list[str], k: int, words: dict) -> bool:
    """Whether only lower-case words, the last no body's noun, stand between a preposition and
    the run at ``k`` ("The daughter of the late poet Simon Gray": the poet is the object, not
    the speaker; not "Head coach of the women's team Lisa Brandvold", whose name is the coach's)."""
    j = k - 1
    while (
        j >= 0
        and names[j][:1].islower()
        and norm(names[j]) not in PREPOSITIONS
        and not names[j].endswith(",")
    ):
        j -= 1
    before = norm(names[k - 1])
    return (
        j >= 0
        and j < k - 1
        and norm(names[j]) in PREPOSITIONS
        and before not in words["orgs"]
        and before not in _COLLECTIVE_NOUNS
        # ("director for trade and shipping Kevin Lund": a post's portfolio, no person)
        and not before.endswith("ing")
        and "and" not in names[j + 1 : k]
    )


def _named_after_role(names: list[str], k: int, words: dict) -> bool:
    """The name at ``k`` follows a comma after a person's noun and its phrase in lower case ("his
    wife of 52 years, Doris", "the pastor for 30 years, Ann Roe"): the person so described, no
    object of the phrase's preposition (not "the mayor of Leeds, Ann Roe", left as read)."""
    return (
        k >= 4
        and names[k - 1].endswith(",")
        and norm(names[0]) in ("his", "her", "their", "the", "a")
        and (role_word(norm(names[1]), words) or norm(names[1]) in words["person_nouns"])
        and all(t[:1].islower() or t[:1].isdigit() for t in names[2:k])
        # (a person or an article in the phrase: the name may be theirs, "the wife of the
        # defender, Kieran Doyle", "a friend of the singer, Ava Lane")
        and not any(
            role_word(norm(t), words) or norm(t) in words["person_nouns"] or norm(t) in words["determiners"]
            for t in names[2:k]
        )
        and not any(t.endswith(",") for t in names[1 : k - 1])
        # ("his friend from school, Colm Deery": a body's noun before the comma, left as read)
        and norm(names[k - 1]) not in words["orgs"]
    )


def _portfolio_title(names: list[str], k: int, words: dict) -> bool:
    """The phrase opens with a capitalised post, a preposition and a portfolio in lower case
    without an article up to the name at ``k`` ("Head of sixth form Ann Roe", "Deputy head of
    science Jo Lee"): the post is the name's, no object of the preposition ("Wife of farmer Tom
    Reed", "Head of the family Ann Roe" name someone else)."""
    j = next((j for j in range(1, min(3, k)) if names[j] in ("of", "for")), 0)
    return (
        0 < j < k - 1
        and all(t[:1].islower() for t in names[j + 1 : k])
        and names[0][:1].isupper()
        and all(norm(t) in words["titles"] or role_word(norm(t), words) for t in names[:j])
        # (a person's noun there is the object: "Wife of farmer Tom Reed"; a preposition opens
        # the employer's name: "Head of research at Goldman Sachs")
        and not any(
            norm(t) in words["determiners"]
            or norm(t) in PREPOSITIONS
            or t.endswith(",")
            or role_word(norm(t), words)
            or norm(t) in words["person_nouns"]
            for t in names[j + 1 : k]
        )
    )


def _in_name_of_cause(names: list[str], k: int, i: int) -> bool:
    """The one word at ``k`` (== ``i``) ends a name "X in Y" whose X opens such names and
    Y is no place ("Faith in Action", not "Hope in Leeds")."""
    return (
        k == i
        and k >= 2
        and names[k - 1] == "in"
        and names[k - 2] in IN_NAME_OPENERS
        and (k == 2 or names[k - 3][:1].islower())
        and names[k].rstrip(",") not in place_names()
    )


#: nouns of makers ("carmaker", "drugmaker") and the agentive endings of a person's or a
#: body's noun ("singer", "presenter", "novelist", "comedian", "regulator")
_MAKER_END = "maker"


_AGENT_ENDS = ("er", "or", "ist", "ian")


def _close_apposition(names: list[str], i: int, words: dict) -> bool:
    """The capitalised last token ``i`` names what the lower-case noun right before it
    describes ("the singer Adele", "the union Unite", "the carmaker Nissan"), rather than
    being a demonym or a party's member used as a noun ("the 52-year-old Frenchman", "a senior
    Tory", "the veteran Democrat")."""
    tok, prev = names[i].rstrip(","), names[i - 1]
    if i < 2 or not prev[:1].islower() or prev.endswith(",") or not _APPOSED_NAME_RE.fullmatch(tok):
        # ("the sheep farmer, Cumbria": after a comma, a place as often as a name)
        return False
    low = tok.lower()
    if (
        any(t in ("and", "&") for t in names[:i])  # "The charity X and the union Y": two bodies
        or low in _BODY_WORDS
        or low in words["titles"]
        or low in words["orgs"]  # "the hospital Trust": a body's own word, no name
        or low in _PARTY_MEMBERS
        or low.endswith(_DEMONYM_ENDS)
        or tok in demonym_words()
        or tok + "s" in demonym_words()  # ("Britons": "a local Briton")
        or _POSSESSIVE_RE.search(prev)  # "the party's Treasurer": a post, no name
    ):
        return False
    noun = norm(prev)
    if noun in document_words():
        return False  # "the letter Hale wrote": the writer of a text, read as before
    if noun in words["titles"] and noun not in words["heads"] and noun not in words["learned_heads"]:
        return False  # "a senior Tory", "the acting Chair": a title's modifier
    return (
        noun in words["heads"]
        or noun in words["learned_heads"]
        or noun in words["orgs"]
        or noun.endswith(_MAKER_END)
        or len(noun) > 5
        and noun.endswith(_AGENT_ENDS)
        and noun not in _COMPARATIVES
    )


#: a demonym's endings ("Frenchman", "Englishwomen", "Texans", "Brazilians") and a
#: follower's ("Marxists")
_DEMONYM_ENDS = ("man", "men", "woman", "women", "ans", "ese", "ish", "ist", "ists")


#: a body's own capitalised word after the noun of what it belongs to ("the council
#: Cabinet", "the university Senate"): no name
_BODY_WORDS = frozenset("cabinet senate assembly parliament congress executive chamber house".split())


#: members of parties and movements, used as nouns ("a senior Tory", "the veteran Democrat")
_PARTY_MEMBERS = frozenset(
    "tory tories conservative conservatives liberal liberals democrat democrats republican "
    "republicans socialist socialists unionist unionists nationalist nationalists loyalist "
    "loyalists brexiteer brexiteers remainer remainers".split()
)


#: comparatives that end like an agent's noun and go before a surname as adjectives
_COMPARATIVES = frozenset("former latter younger elder older bigger smaller".split())


#: titles of address, which go with the name after them only
_HONORIFICS = frozenset("mr mrs ms miss dr prof professor sir dame lady lord".split())


#: a person's kin, whose phrase "the widow of Sgt X" names the kinsman, not X
_KIN = frozenset(
    """widow widower wife husband son sons daughter daughters mother father parents brother
    brothers sister sisters family relatives children grandson granddaughter grandmother
    grandfather nephew niece uncle aunt cousin fiancee fiancée fiance fiancé""".split()
)


def _employer_run(names: list[str], k: int, words: dict) -> bool:
    """The run starting at ``k`` names an organisation in the object of a preposition: an
    organisation noun right before it, an employer's preposition further back among the lower-case words
    ("the director of the local advocacy group Fair Rivers": Fair Rivers employs the speaker;
    the three words before a run that ``name_run`` looks at end before "of" there)."""
    if k < 4 or norm(names[k - 1]) not in words["orgs"]:
        return False
    j = k - 2
    while j >= 0 and names[j][:1].islower() and not names[j].endswith(","):
        if norm(names[j]) in _EMPLOYER_PREPOSITIONS:
            return True
        j -= 1
    return False


#: the prepositions of a role's employer ("director of", "spokesman for", "analyst at"); not
#: "by" ("a forecast by the research firm X": X made the document that speaks)
_EMPLOYER_PREPOSITIONS = frozenset(("of", "for", "at"))
