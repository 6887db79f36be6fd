"""Name mentions: the capitalised run that names the speaker in a phrase ("Minister of Energy
Azim Akhmedov", "Helen Park of the Transport Office"), its bounds and its role."""

from __future__ import annotations

import re

from ._descriptor_mentions import POSSESSIVE_RE as _POSSESSIVE_RE
from ._mention_type import Mention
from ._names import (
    IN_NAME_OPENERS,
    LEGAL_FORMS,
    NAME_ORG_ENDS,
    NAME_TOKEN_RE,
    ORG_SUFFIXES,
    PARTICLE_NAME_RE,
    PARTICLES,
    PORTFOLIO_WORDS,
    PREPOSITIONS,
    RANK_FORCES,
    STOP,
    demonym_words,
    gender_of,
    is_name_token,
    known_given,
    known_organisations,
    nation_of_body,
    norm,
    one_in_name,
    person_head,
    person_words,
    place_names,
    role_word,
    title_pair,
)
from ._office_names import TITLE_MODIFIERS
from ._post_names import portfolio_before
from ._source_type import document_words

__all__ = ["CONJUNCTIONS", "NO_NAME", "name_mention", "name_run"]

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
    return any(t in words["given_names"] for t in run) or (j > 0 and norm(names[j - 1]) in _COURTESY)


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


def name_run(names: list[str], words: dict) -> tuple[int | None, int | None, int | None]:
    """(start, end) of the name in the tokens: the last run of capitalised non-title tokens
    that ends the phrase or a comma-separated part of it, or is followed by "of"/"from"/"at";
    and the index of a demonym used as a noun ("the 52-year-old Frenchman"), if that is it."""
    if len(names) == 1:
        # one word (a third of the phrases): what the loop below gives for it, without its tests
        # of neighbours and parts (a name token that is no possessor is the name)
        tok = names[0].rstrip(",")
        if is_name_token(tok, words) and not tok.endswith(("'s", "\u2019s")):
            return 0, 0, None
        return None, None, None
    first = 1 if norm(names[0]) in words["determiners"] else 0
    if first < len(names) - 1 and not any(t.endswith(",") for t in names):
        body = names[first:]
        if nation_of_body(body, [norm(t) for t in body], 0, words):
            return first, len(names) - 1, None  # "UK Finance": a body's name, though its words are titles'
    if not _may_name(names, words):
        return None, None, None  # (a phrase of lower-case words after its first, most of them)
    run_start = run_end = demonym = None
    appositive_part = _appositive_tokens(names)
    for i in range(len(names) - 1, -1, -1):
        tok = names[i]
        if i in appositive_part:
            continue
        ends_part = (
            i == len(names) - 1
            or tok.endswith(",")
            or norm(names[i + 1]) in ("of", "from", "at")
            or _org_noun_after(names, i, words)
        )
        if ends_part and _in_name(names, i, words) and not tok.rstrip(",").endswith(("'s", "\u2019s")):
            k = i
            while k - 1 >= 0 and _in_run(names, k - 1, i, words) and not names[k - 1].endswith(","):
                k -= 1
            pair = [norm(t) for t in names[max(0, k - 1) : k + 2]]
            if k >= 1 and title_pair(pair) and k < i:
                k += 1  # "Dato' Sri Amin Noor": the title's second word
            elif title_pair(pair[k >= 1 :]) and k + 2 <= i:
                k += 2  # "Tan Sri Lim Kok Seng", "Fire Marshal Dan Cole"
            # "the director of the Center for Central Asian Studies Anna Goncharova": the
            # person's name is what follows the organisation's last word
            org_at = [j for j in range(k, i) if names[j].rstrip(",") in ORG_SUFFIXES]
            split = bool(org_at) and i - org_at[-1] >= 2
            if split:
                k = org_at[-1] + 1
            # "the analyst of the agency AgroMarket Consult Pavel Hrytsenko": a known given
            # name starts the person's name just as well
            given_names = words["given_names"]
            # (not after a particle: "Saud bin Faisal Al Mahrouqi", a father's name in a patronym)
            given = [
                j
                for j in range(k, i)
                if norm(names[j]) in given_names
                and not (j > k and norm(names[j - 1]) in PARTICLES)
                # ("José Luis Ramírez": the name opens with the given name before)
                and not (j > k and known_given(norm(names[j - 1]), given_names))
                and not (j > k and names[j - 1] == "Ma.")  # (Filipino "Ma. Teresa Cruz": María)
            ]
            if not split and given and (given[0] > k or k == 0 or names[k - 1][:1].islower()):
                k, split = given[0], given[0] > k or split
            # "in Leeds", "of the Transport Office": a place or employer, not the speaker;
            # but "Minister of Energy Azim Akhmedov" names the minister after the title
            titled = (
                k - 1 >= 0
                and i > k
                and names[k - 1][:1].isupper()
                and norm(names[k - 1]) in words["titles"]
                # ("the lawyer of Dr. Imogen Clarke", "a spokesman for Mr. Lee": an honorific
                # after "of" or "for" is the object's, a person the role's phrase names)
                and not (
                    k >= 2
                    and norm(names[k - 2]) in ("of", "for")
                    and (
                        norm(names[k - 1]) in _HONORIFICS
                        # ("the widow of Sgt Tom Bale", "the son of Captain Ann Roe": any title
                        # after a kinsman's noun and "of" is the other person's)
                        or k >= 3
                        and names[k - 3][:1].islower()
                        and norm(names[k - 3]) in _KIN
                    )
                )
            )
            # ("Bank of England governor Andrew Bailey": a role in lower case right before
            # the run names the person it opens, whatever preposition came before)
            role_before = (
                k >= 2
                and names[k - 1][:1].islower()
                # (or a title written in lower case as a role: "Bank of Yamato chief Tom Price")
                and (norm(names[k - 1]) in words["heads"] or norm(names[k - 1]) in words["titles"])
                # (an institution's capitalised name before it, not "the wife of farmer Tom Reed")
                and names[0][:1].isupper()
                and all(t[:1].isupper() or norm(t) in _NAME_JOINERS for t in names[: k - 1])
            )
            if _in_name_of_cause(names, k, i):
                k -= 2  # "Faith in Action", "the charity Hope in Harvest": one name
            elif not (
                split
                or titled
                or role_before
                or _portfolio_title(names, k, words)
                or _named_after_role(names, k, words)
            ) and (
                any(norm(t) in PREPOSITIONS for t in names[max(0, k - 3) : k])
                or _after_preposition(names, k, words)
                or _employer_run(names, k, words)
                or _sources_inside(names, k)
            ):
                continue
            if tok.rstrip(",") in _INSTITUTION_ENDS and _person_before_employer(names, k, words):
                continue  # "Jane Ross of St Thomas Hospital": the employer's name, a title's word in it
            if k == i == 0 and _PARTICIPLE_RE.fullmatch(tok) and len(names) > 1 and names[1][:1].islower():
                continue  # "Speaking at her home ..., the 46-year-old": a participle opens the phrase
            if (
                k == i == len(names) - 1
                and i >= 1
                and norm(names[0]) in ("the", "a", "an")
                # ("the singer Adele", "the union Unite": a name in apposition to the noun)
                and not _close_apposition(names, i, words)
                and all(w[:1].islower() or w[:1].isdigit() for w in names[1:i])
                # ("the daughter, Emma": a given name the lists know in apposition after a
                # person's noun and a comma; not "the sheep farmer, Cumbria", a place)
                and not (
                    names[i - 1].endswith(",")
                    and person_head(norm(names[i - 1].rstrip(",")))
                    and norm(tok.rstrip(",")) in words["given_names"]
                )
            ):
                demonym = i  # "the 52-year-old Frenchman": a person's name takes no article
                break
            while (
                k > 0
                and k == i
                and norm(tok.rstrip(",")) in _SERVICE_WORDS
                and names[k - 1][:1].isupper()
                and norm(names[k - 1]) in words["titles"]
                and norm(names[k - 1]) not in words["given_names"]
            ):
                k -= 1  # "the National Guard", "the Republican Guard": a title's word in a service's name
            if (
                k > 0
                and names[k - 1] in ("National", "Federal")
                and (tok.rstrip(",") in ORG_SUFFIXES or norm(tok.rstrip(",")) in NAME_ORG_ENDS)
            ):
                k -= 1  # "the National Farmers' Guild", "the Federal Statistical Office": the body's word
                while k - 1 >= 0 and _in_run(names, k - 1, i, words) and not names[k - 1].endswith(","):
                    k -= 1  # ("the Tamil National Front": the words before it too)
            if k > 0 and nation_of_body(
                [t.rstrip(",") for t in names[k - 1 : i + 1]],
                [norm(t) for t in names[k - 1 : i + 1]],
                0,
                words,
            ):
                k -= 1  # "the British Retail Consortium", "UK Hospitality": the country's word is the body's
            if (
                k > 0
                and names[k - 1] == "One"
                and one_in_name(names[k - 1 : i + 1], [norm(t) for t in names[k - 1 : i + 1]], words)
            ):
                k -= 1  # "One Nation", "the One Campaign": the name's own first word
            run_end, run_start = i, k
            break
    return run_start, run_end, demonym


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


#: a firm's trade written before its name as a title ("Retailer Fairhurst Group", "Insurer
#: Kestrel Mutual", "Drugmaker X", "Housebuilder X"); not "developer", "operator" or a
#: "filmmaker", which a person is as often ("Developer Tom Hale", "Filmmaker Roe"), nor
#: "airline", "grocer" or "utility", which open names ("Airline Pilots Association")
_TRADES = frozenset(
    "retailer insurer reinsurer lender broadcaster publisher carmaker automaker drugmaker chipmaker "
    "steelmaker planemaker toymaker housebuilder homebuilder shipbuilder".split()
)


def _trade_lead(run: list[str], words: dict) -> str:
    """The trade noun that opens the capitalised ``run`` before a firm's name, or ""."""
    if len(run) < 2 or not run[0][:1].isupper():
        return ""
    noun, first = norm(run[0]), norm(run[1])
    if noun not in _TRADES or first in words["given_names"] or first in words["titles"]:
        return ""  # (a person's name after it is a person's trade: "Publisher Ann Roe")
    return noun


def _body_noun(tok: str, words: dict) -> bool:
    """A lower-case noun of an organisation ("union", "airline", "carmaker"), not of a text
    ("the report Ann Lee wrote": the name is the writer's)."""
    noun = norm(tok)
    return (
        tok[:1].islower()
        # ("the daily Yeni Sabah": a newspaper's noun before its name, a modifier elsewhere)
        and (noun in words["orgs"] or noun.endswith(_MAKER_END) or noun == "daily")
        and noun not in document_words()
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


def _role_apposition(names: list[str], k: int, words: dict) -> bool:
    """The lower-case words from ``k`` are a role without an article: a head noun after at
    most three modifiers, then the phrase's end or a preposition ("legal director for the
    group", "chief economist at the bank"; not "lost by five points")."""
    j = k
    while j < len(names) and j - k < 4:
        tok = names[j].rstrip(",")
        if not tok[:1].islower():
            return False
        if norm(tok) in words["heads"] or norm(tok) in words["titles"]:
            ends = names[j].endswith(",") or j + 1 == len(names) or norm(names[j + 1]) in PREPOSITIONS
            if ends:
                return True
        if names[j].endswith(","):
            return False
        j += 1
    return False


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


def _name_bounds(names: list[str], run_start: int, run_end: int, words: dict) -> tuple[int, int]:
    """The first and last token of the name in a capitalised run: past leading particles,
    back over an organisation's capitalised modifiers, on through "of (the) ..." after an
    organisation's suffix."""
    i = run_start
    # ("de la Vega" after a title; a capitalised one opens the name: "Al Gore", "Van Morrison",
    # "De Niro", "Al Jazeera")
    while i <= run_end and norm(names[i]) in PARTICLES and names[i][:1].islower():
        i += 1
    # an organisation keeps its capitalised modifiers ("European Space Agency")
    if norm(names[run_end].rstrip(",")) in words["orgs"] or names[run_end].rstrip(",") in ORG_SUFFIXES:
        while (
            i - 1 >= 0
            and NAME_TOKEN_RE.match(names[i - 1])
            and not names[i - 1].endswith(",")
            and norm(names[i - 1]) not in words["determiners"]
        ):
            i -= 1
    # "the Society of Theatre Nurses", "the International Committee of the Red Cross":
    # an organisation's name goes on through "of (the)" and the capitalised words after
    if (
        (
            names[run_end] in ORG_SUFFIXES
            # (a text's word only as the run's one word: "Bill Code of the Health Department"
            # is a man called Bill Code)
            or names[run_end].lower() in _TEXT_NAMES
            and (run_end == i or names[run_end].lower() in ("chamber", "chambers"))
        )
        and run_end + 2 < len(names)
        and norm(names[run_end + 1]) == "of"
    ):
        j = run_end + 2 + (names[run_end + 2] == "the")
        k = j
        while k < len(names) and NAME_TOKEN_RE.match(names[k]) and norm(names[k].rstrip(",")) not in STOP:
            k += 1
            if names[k - 1].endswith(","):
                break
        if k > j:
            run_end = k - 1
    return i, run_end


#: a text's (or a chamber's) first word in a name that goes on through "of" ("the Bill of
#: Rights", "the Code of Conduct", "the Rule of Law Institute", "the Chamber of Commerce"),
#: not a given name there
_TEXT_NAMES = frozenset(
    "bill code rule charter declaration convention treaty act statute chamber chambers".split()
)


#: kinds of organisation a name is given without ("the Unite union", "the Labour party", "the
#: Guardian newspaper"): the name before them is the organisation's whole name
_NAME_KIND_NOUNS = frozenset(
    "union party newspaper paper magazine network channel broadcaster daily tabloid".split()
)


def name_mention(names, toks, run_start: int, run_end: int, appositive: str, words: dict):
    """The name mention of a capitalised run with its role, None when the phrase is a
    clause, or ``NO_NAME`` when the run is a lone head noun (read as a descriptor)."""
    i, run_end = _name_bounds(names, run_start, run_end, words)
    if run_end - i >= 2 and norm(names[i]) in RANK_FORCES and not names[i].endswith(","):
        rest = names[i + 1 : run_end + 1]
        if person_words([t.rstrip(",") for t in rest], [norm(t) for t in rest], words):
            i += 1  # "Garda Niamh Cullen": the rank, as a title is
    run = names[i : run_end + 1]
    # the name as written ends before the letters after it ("Liam Dwyer SC")
    shown = run_end
    while shown > i and _postnominal(names[shown], words):
        shown -= 1
    if shown < run_end and not _person_before(names, shown, words):
        shown = run_end  # ("a Scottish Tory MSP": a role, read as before)
    run_text = " ".join(names[i : shown + 1]).rstrip(",")
    # ("Mr Pastor", "Ms Imam": after a courtesy title a head noun is a surname)
    single = (
        len(run) == 1 and norm(run_text) in words["heads"] and not (i > 0 and norm(names[i - 1]) in _COURTESY)
    )
    if (
        run
        and run_start == 0
        and norm(run[0]) in _NOT_NAMES
        or len(run) == 1
        and _PARTICIPLE_NAME_RE.fullmatch(run[0])
    ):
        return None  # "Amid the protests, ...", "Frustrated, he said": a sentence's opener, no name
    if len(run) >= 2 and all(t.isupper() and len(t.strip(".,")) >= 4 for t in run):
        return None  # "BREAKING NEWS", "POLLS NOT WRONG": a headline in capitals, not a name
    if run and not single:
        rest = names[:i] + names[run_end + 1 :]
        if any(norm(t) in STOP and t[:1].islower() for t in rest):
            return None
        if (
            any(t in ("and", "&") for t in names[:i])
            and not any(t.endswith(",") for t in names[:i])
            and not portfolio_before(names, i, words)  # ("Work and Pensions Secretary Mel Strand")
        ):
            return None  # "Granollers and Feliciano Lopez": two people
        if _org_noun_after(names, run_end, words):
            # "the Allied Building Workers union": the organisation is named by its
            # capitalised words; the common noun after them is its role, and makes it one
            # ("the EU commission", "the Acme board": no person called EU or Acme)
            noun = norm(names[-1])
            if noun in _NAME_KIND_NOUNS:
                # "the Unite union", "the Guardian newspaper": the name is the capitalised words
                return Mention(
                    "organisation",
                    run_text,
                    toks[i][1],
                    toks[shown][2],
                    name=run_text,
                    role=noun,
                    head=noun,
                )
            # "the Biden administration", "the Lowe inquiry": the body is the name and its noun,
            # never an organisation called "Biden" beside the president
            whole = f"{run_text} {names[-1]}"
            return Mention("organisation", whole, toks[i][1], toks[-1][2], name=whole, role=noun, head=noun)
        # after the name only "of/from/at ..." ("Helen Park of the Transport Office")
        if run_end + 1 < len(names):
            nxt = names[run_end + 1]
            if not names[run_end].endswith(","):
                if norm(nxt) not in ("of", "from", "at", "with"):
                    return None
            elif not (
                norm(nxt) in words["determiners"]
                or norm(nxt) in words["titles"]
                or norm(nxt) in words["heads"]
                or norm(nxt) in words["orgs"]
                or nxt[:1].isupper()
                or _role_apposition(names, run_end + 1, words)
            ):
                return None  # "Ray Dunne, lost by five points": a clause, not an apposition
        if names[0].lower() in CONJUNCTIONS:
            return None
        # (only opening the phrase: "the trade journal Grocer Weekly" is the name whole)
        trade = _trade_lead(run[: shown - i + 1], words) if i == 0 else ""
        if trade:
            # "Drugmaker Halvern Pharma", "Retailer Fairhurst Group": the firm's trade, written
            # as a title before its name, is no part of it
            rest = " ".join(names[i + 1 : shown + 1]).rstrip(",")
            return Mention(
                "organisation", rest, toks[i + 1][1], toks[shown][2], name=rest, role=trade, head=trade
            )
        if (
            i >= 2
            and _body_noun(names[i - 1], words)
            # ("The club's Dean Purcell": a post of the body's; "The newspaper Editor Jo Kemp":
            # a title opens a person's name)
            and not _POSSESSIVE_RE.search(names[i - 1])
            and norm(run[0]) not in words["titles"]
            and norm(run[0]) not in words["heads"]
            # ("the Dutch company Voorn": a demonym among the noun's modifiers)
            and all(t[:1].islower() or t in demonym_words() for t in names[1 : i - 1])
        ):
            # "the union Unite", "the newspaper El Pais": a body named after its noun
            noun = norm(names[i - 1])
            return Mention(
                "organisation", run_text, toks[i][1], toks[shown][2], name=run_text, role=noun, head=noun
            )
        before = " ".join(names[:i])
        after = " ".join(names[run_end + 1 :])
        # (no words before the name, most often: no parts)
        role_parts = [p.strip(" ,") for p in _COMMA_RE.split(before) if p.strip(" ,")] if before else []
        if after:
            role_parts.append(after.strip(" ,"))
        if appositive and not _RELATIVE_RE.match(appositive.strip()):
            role_parts.append(appositive.strip(" ,."))
        role_parts = [_ARTICLE_RE.sub("", p) for p in role_parts]
        return Mention(
            "name",
            run_text,
            toks[i][1],
            toks[shown][2] - (1 if names[shown].endswith(",") else 0),
            name=run_text,
            role=", ".join(p for p in role_parts if p),
            gender=gender_of(names, words),
        )
    return NO_NAME
