"""Name mentions: the capitalised run that names the speaker in a phrase ("Minister of Energy
Azim Akhmedov", "Helen Park of the Transport Office"), its bounds and its role
(``name_mention``); the run itself is found by ``_name_run``.
"""

from __future__ import annotations

from ._descriptor_mentions import POSSESSIVE_RE as _POSSESSIVE_RE
from ._mention_type import Mention
from ._name_leads import person_words, role_lead, role_word
from ._name_tokens import (
    _ARTICLE_RE,
    _COMMA_RE,
    _COURTESY,
    _MAKER_END,
    _NOT_NAMES,
    _PARTICIPLE_NAME_RE,
    _RELATIVE_RE,
    CONJUNCTIONS,
    NO_NAME,
    _org_noun_after,
    _person_before,
    _postnominal,
)
from ._names import (
    NAME_TOKEN_RE,
    ORG_SUFFIXES,
    PARTICLES,
    PREPOSITIONS,
    RANK_FORCES,
    STOP,
    demonym_words,
    gender_of,
    norm,
)
from ._post_names import portfolio_before
from ._source_type import document_words

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


def _role_words_before(names: list[str], i: int, run_end: int, words: dict) -> int:
    """How many words of the run from ``i`` are a role before a person's given name and
    surname: a trade or a rank written as a title ("Stylist Ngozi Ekwueme", "SHO Ghulam
    Mustafa Jatoi"), or the role's head after a title ("Chief Executive Officer Anan
    Wongsakul", "Chief Financial Officer ..."); 0 when none."""
    run = [t.rstrip(",") for t in names[i : run_end + 1]]
    norms = [norm(t) for t in run]
    if len(run) <= 4 and role_lead(run, norms, words):
        return 1
    if not (i > 0 and names[i - 1][:1].isupper() and norm(names[i - 1]) in words["titles"]):
        return 0
    for j in range(min(len(run) - 3, 1), -1, -1):
        if (
            role_word(norms[j], words)
            and not words["heads"].get(norms[j], ("", False))[1]
            and len(run) - j - 1 in (2, 3)
            and person_words(run[j + 1 :], norms[j + 1 :], words)
        ):
            return j + 1
    return 0


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
#: body nouns that name one person plying the trade as often ("tour operator Ann Roe",
#: "publisher Ann Roe"), unlike "airline" or "union"
_PERSON_TRADES = frozenset(("operator", "publisher"))

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
    elif run_end - i in (2, 3, 4) and not any(t.endswith(",") for t in names[i:run_end]):
        i += _role_words_before(names, i, run_end, words)
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
            # ("barge operator Henrik Vossberg": a trade one person plies too, before a given
            # name and a surname, is that person's role, as "Publisher Ann Roe" is)
            and not (
                norm(names[i - 1]) in _PERSON_TRADES and shown > i and norm(run[0]) in words["given_names"]
            )
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
