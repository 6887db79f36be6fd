"""Posts written before a name, whose portfolio or body is a list joined by "and":
"Minister for Trade and Industry Orla Keane", "Secretary of State for Work and Pensions Mel
Strand", "Work and Pensions Secretary Mel Strand", "Minister for Culture, Sport and Media
Orla Keane" (the person, the post their role); "the Bureau of Alcohol, Tobacco and Firearms"
(one body, no person called "Firearms"). And a sentence's subject written after a person's
title ("Coach Emil Varga was sacked"): a person, never a body that "the club" refers to.

The readers of names cut such phrases at "and" (two people: "Granollers and Feliciano
Lopez") or at the list's last comma (an apposition), or take the last capitalised run as
the name ("Media Orla Keane")."""

from __future__ import annotations

import re

from ._mention_type import Mention
from ._names import ORG_SUFFIXES, PORTFOLIO_WORDS, country_names, demonym_words, norm, place_names
from ._office_names import TITLE_MODIFIERS, is_office

__all__ = [
    "listed_body",
    "listed_body_at_end",
    "listed_office",
    "portfolio_before",
    "post_with_portfolio",
    "titled_lead",
]

_CAP = r"[A-Z][\w'\u2019&.-]*"
#: a portfolio: capitalised words, joined by commas and one "and" (or "&") before its last
#: item ("Trade and Industry", "Culture, Sport and Media", "Environment, Food and Rural Affairs")
_LIST = rf"(?:the\s+)?{_CAP}(?:\s+{_CAP})?(?:,\s+{_CAP}(?:\s+{_CAP})?)*,?\s+(?:and|&)\s+{_CAP}(?:\s+{_CAP}){{0,2}}?"
#: an office before "of"/"for" and the portfolio, then the person's two names: "Minister for
#: Trade and Industry Orla Keane", "Secretary of State for Work and Pensions Mel Strand"
_POST_RE = re.compile(
    rf"(?:[Tt]he\s+)?(?P<role>(?P<head>(?:{_CAP}\s+){{0,2}}{_CAP})(?:\s+of\s+State)?\s+(?:of|for)\s+{_LIST})"
    r"\s+(?P<name>[A-Z][a-z'\u2019-]+\s+[A-Z][a-z'\u2019-]+)"
)
#: the office alone, its portfolio a list with commas: "the Minister for Culture, Sport and Media"
_OFFICE_RE = re.compile(
    rf"(?:[Tt]he\s+)?(?P<head>(?:{_CAP}\s+){{0,2}}{_CAP})(?:\s+of\s+State)?\s+(?:of|for)\s+{_LIST}"
)
#: a body's name of a capitalised noun, "of" and a list: "the Bureau of Alcohol, Tobacco and
#: Firearms", "the Department of Environment, Food and Rural Affairs"
_BODY_RE = re.compile(rf"(?:[Tt]he\s+)?(?P<name>(?P<head>(?:{_CAP}\s+){{0,2}}{_CAP})\s+(?:of|for)\s+{_LIST})")


def _name_words(toks: list[str], words: dict) -> bool:
    """``toks`` may be a person's given name and surname: no body's, title's or portfolio's
    word, no place."""
    return not any(
        t in ORG_SUFFIXES
        or norm(t) in words["orgs"]
        or norm(t) in words["titles"]
        or norm(t) in PORTFOLIO_WORDS
        for t in toks
    ) and not (toks[-1] in place_names() and norm(toks[0]) not in words["given_names"])


def _no_given(toks: list[str], words: dict) -> bool:
    """No word of ``toks`` is a known given name (else a person may be named inside)."""
    return not any(norm(t) in words["given_names"] for t in toks)


def post_with_portfolio(s: str, base: int, words: dict) -> Mention | None:
    """The person ``s`` names after an office whose portfolio is a list ("Minister for Trade
    and Industry Orla Keane"), the office their role; else None."""
    m = _POST_RE.fullmatch(s)
    if m is None:
        return None
    head = m["head"].split()
    if not is_office(norm(head[-1]), words) or not _no_given(head, words):
        return None  # ("the Department for Work and Pensions Ann Roe": no office)
    portfolio = s[m.end("head") : m.end("role")].replace(",", " ").split()
    if not _no_given([t for t in portfolio if t[:1].isupper()], words):
        return None  # ("Minister for Trade and Ann Roe ...": a person inside the list)
    if not _name_words(m["name"].split(), words):
        return None  # ("Minister for Trade and Industry Development Board": no name)
    k = m.start("role")
    return Mention("name", s[k:], base + k, base + len(s), name=m["name"], role=m["role"])


def listed_office(s: str, words: dict) -> bool:
    """``s`` names an office whose portfolio is a list with commas ("the Minister for
    Culture, Sport and Media"): read as without them, one office, not "Media" in apposition."""
    m = _OFFICE_RE.fullmatch(s) if "," in s else None
    if m is None:
        return False
    head = m["head"].split()
    caps = [t.rstrip(",") for t in s[m.end("head") :].split() if t[:1].isupper()]
    return is_office(norm(head[-1]), words) and _no_given(head + caps, words)


def listed_body(s: str, base: int, words: dict) -> Mention | None:
    """The body ``s`` names with a list after "of" ("the Bureau of Alcohol, Tobacco and
    Firearms"): its noun an organisation's, no given name in the list; else None."""
    if "," not in s:
        return None  # ("Ministry of Trade and Industry": the readers keep it whole)
    m = _BODY_RE.fullmatch(s)
    if m is None:
        return None
    last = m["head"].split()[-1]
    if last not in ORG_SUFFIXES and norm(last) not in words["orgs"]:
        return None
    if not _no_given([t.rstrip(",") for t in m["name"].split() if t[:1].isupper()], words):
        return None
    return Mention(
        "organisation", m["name"], base + m.start("name"), base + len(s), name=m["name"], head=norm(last)
    )


_BODY_END_RE = re.compile(r"(?<![\w'\u2019-])(?:" + _BODY_RE.pattern + r")[\s,]*$")


def listed_body_at_end(pre: str, base: int, words: dict) -> tuple[Mention, int] | None:
    """:func:`listed_body` for the words that end ``pre`` (the words before a cue: "On Monday,
    the Bureau of Alcohol, Tobacco, Firearms and Explosives"), with where its phrase starts."""
    m = _BODY_END_RE.search(pre) if "," in pre and " and " in pre else None
    if m is None or pre[: m.start()].rstrip()[-1:] not in ("", ","):
        return None  # ("a spokesman for the Bureau of ...": the body is no speaker here)
    body = listed_body(pre[m.start() : m.end("name")], base + m.start(), words)
    return (body, base + m.start()) if body is not None else None


_BODY_OBJECT_RE = re.compile(r"\s(?:of|for|at|from|with|by)\s+(?P<body>" + _BODY_RE.pattern + r")\s*$")


def listed_body_object(s: str, words: dict) -> int | None:
    """Where a body named with a list starts when it ends ``s`` as a preposition's object ("a
    spokesman for the Bureau of Alcohol, Tobacco and Firearms"), else None: its commas are
    no apposition's."""
    m = _BODY_OBJECT_RE.search(s) if "," in s and " and " in s else None
    if m is None or listed_body(m["body"], 0, words) is None:
        return None
    return m.start("body")


def portfolio_before(names: list[str], i: int, words: dict) -> bool:
    """The words before the name at ``i`` are a post whose portfolio holds "and" ("Work and
    Pensions Secretary", "Trade and Industry Minister"): capitalised words and "and", the last
    an office's, the word after each "and" none; not two people ("Granollers and Feliciano
    Lopez", "Ann Roe and Mayor Tom Lee")."""
    before = names[:i]
    if _body_role_before(before, words):
        return True
    if len(before) < 4 or not is_office(norm(before[-1]), words) or not before[-1][:1].isupper():
        return False
    # ("Garment Makers and Exporters Association (GMEA) President": the body's acronym)
    before = [
        t
        for j, t in enumerate(before)
        if not (j and before[j - 1] in ORG_SUFFIXES and _ACRONYM_RE.fullmatch(t))
    ]
    joins = [j for j, t in enumerate(before) if t in ("and", "&")]
    if len(joins) != 1 or not 0 < joins[0] < len(before) - 2:
        return False
    portfolio = [t for j, t in enumerate(before[:-1]) if j != joins[0]]
    # a body's name holding "and" ("Garment Makers and Exporters Association President"): its
    # first words may name its country ("Bangladesh Garment Makers and ..."), no second post
    body = any(t in ORG_SUFFIXES for t in before[joins[0] + 1 : -1])
    places = portfolio[joins[0] :] if body else portfolio
    return (
        all(t[:1].isupper() and t[-1:].isalpha() for t in portfolio)
        # (a title, a place or a nation's word after "and" opens a second person's post:
        # "Christie and Ohio Gov. John Kasich", "Roe and Deputy Mayor Tom Lee")
        and not any(norm(t) in words["titles"] and norm(t) not in PORTFOLIO_WORDS for t in portfolio)
        and not any(t in place_names() or t in demonym_words() or t in country_names() for t in places)
        and _no_given(before, words)
    )


def _body_role_before(before: list[str], words: dict) -> bool:
    """The words before a name are a body's name holding one "and", then a role in lower case
    ("Fire Service and Civil Defence duty officer"): the body's words capitalised, one of them
    a body's ("Service", "Defence"), no given name, and the role's last word a person's noun;
    not two people ("Granollers and team captain Feliciano Lopez")."""
    j = len(before)
    while j > 0 and before[j - 1][:1].islower() and before[j - 1][-1:].isalpha() and len(before) - j < 3:
        j -= 1
    body, role = before[:j], before[j:]
    if (
        not role
        or len(body) < 3
        or norm(role[-1]) not in words["heads"]
        and norm(role[-1]) not in words["titles"]
    ):
        return False
    joins = [k for k, t in enumerate(body) if t in ("and", "&")]
    caps = [t for k, t in enumerate(body) if k not in joins]
    return (
        len(joins) == 1
        and 0 < joins[0] < len(body) - 1
        and all(t[:1].isupper() and t[-1:].isalpha() for t in caps)
        and any(t in ORG_SUFFIXES or norm(t) in words["orgs"] or norm(t) in PORTFOLIO_WORDS for t in caps)
        and _no_given(caps, words)
    )


#: an acronym in parentheses after a body's name ("(BGMEA)")
_ACRONYM_RE = re.compile(r"\([A-Z][A-Z&]{1,8}s?\)")


def titled_lead(raw: list[str], kept: list[str], words: dict) -> bool:
    """The words a capitalised run lost before ``kept`` hold a person's title ("Coach Emil
    Varga", "Mayor Ann Roe", "Dr Ivo Lind"): the run names a person; not a modifier that
    opens a body's name ("National Grid", "Federal Reserve")."""
    dropped = [norm(t) for t in raw[: len(raw) - len(kept)]]
    if any(n in words["titles"] and n not in TITLE_MODIFIERS and n not in PORTFOLIO_WORDS for n in dropped):
        return True
    # a title of modifiers only ("Chief Executive Emil Varga"): a person when a given name and a
    # surname follow, no body's word ("National Grid", "Trade Union Congress" stay bodies)
    return (
        any(n in words["titles"] for n in dropped)
        and len(kept) >= 2
        and not any(t in ORG_SUFFIXES or norm(t) in words["orgs"] for t in kept)
    )
