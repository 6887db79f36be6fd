"""Speaker phrases: the words that name who speaks, read into a ``Mention``.

``parse_speaker`` reads "he", "political scientist, RIAC expert Elena Suponina" or "a former
United States official directly involved in the talks" into a mention of kind name,
descriptor (an unnamed source by its head noun), organisation or pronoun, with its role,
modifiers, gender and number. The phrase's edges are trimmed by ``_phrase_edges``; a
capitalised run is read by ``_name_mentions``, a head noun by ``_descriptor_mentions``;
quantities, groups and pronouns here.
"""

from __future__ import annotations

import functools
import re

from ._body_names import firm_possessive
from ._coordinated import and_name, list_unpunctuated, peer_name, with_commas, without_parent
from ._descriptor_mentions import RELATIVES, descriptor, head_index
from ._joined_roles import joined_roles
from ._lower_in_body import lower_word_in_body
from ._memo import MAX_ENTRIES
from ._mention_type import Mention
from ._name_mentions import name_mention
from ._name_run import name_run
from ._name_runs import forget_runs
from ._name_tokens import CONJUNCTIONS, NO_NAME
from ._names import ORG_SUFFIXES, norm, noun_number, speaker_words
from ._office_names import office_mention
from ._phrase_edges import clean_phrase
from ._post_names import listed_body, listed_body_object, listed_office, post_with_portfolio
from ._role_chain import role_chain_name
from ._source_type import OUTLET_WORDS, TEXT_PARTS, document_words, is_group_word
from ._text_agents import text_by_agent
from ._time_words import MONTH, WEEKDAY

__all__ = ["MAX_SPEAKER_WORDS", "Mention", "forget_parses", "parse_speaker"]

#: A speaker phrase longer than this is a clause, not a name or descriptor
#: ("a former United States official directly involved in the talks" has 9 words).
MAX_SPEAKER_WORDS = 14
#: function words that a name writes in lower case ("Bank of England"): capitalised inside
#: a phrase they mark a headline's title case
_TITLE_CASE_SMALL = frozenset("The Of Over And To For In On At With From By Into Under About Is Are".split())
#: Bare quantifiers are not sources ("Others fear that ...", "Some say ...").
_QUANTIFIERS = frozenset(
    "others some many few most all everyone everybody nobody anyone someone one both either neither".split()
)
#: quantifiers that stand alone for a group of speakers after a quotation
#: a capitalised group word and the place it is in ("Fishermen in Port Kessan", "Fishermen
#: in the harbour")
_GROUP_PLACE_RE = re.compile(
    # ("GPs in the area": an acronym's plural)
    r"([A-Z][a-z]+|[A-Z]{2,5}s)\s+(?:in|from|at|near|around|across"
    # ("Shopkeepers on Kings Street", not "Voters on Tuesday" or "on the day")
    r"|on(?!\s+(?:" + WEEKDAY + "|" + MONTH + r"|the\s+(?:day|night|eve|morning|weekend)\b)))"
    r"\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}"
)
_GROUP_QUANTIFIERS = frozenset("most several many some others few both".split())
_NUMBER_WORDS = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\w+)"
)
#: a quantity of people: "45% of Republicans", "about four in 10 voters", "thirty percent",
#: "a majority of his voters", "many in the crowd" (a bare "many" or "some" says too little)
_QUANTITY_RE = re.compile(
    r"(?:about|nearly|almost|roughly|more\s+than|fewer\s+than|less\s+than|only|just|over|some)?\s*"
    r"(?:" + _NUMBER_WORDS + r"\s*(?:%|percent|per\s+cent)"
    r"|" + _NUMBER_WORDS + r"\s+(?:in|out\s+of)\s+" + _NUMBER_WORDS + r"(?:\s+[a-z]+)?"
    # ("two of the nine members", "dozens of residents": a number of a group named after it)
    # (a number as a word or in digits, not an age's "30," before "of Leeds")
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)(?=\s+of\s+the\s)"
    r"|(?:dozens|scores|hundreds|thousands|millions)(?=\s+of\s)"
    r"|a\s+majority|majorities|most|many|half|a\s+third|two-thirds|three-fourths|three-quarters"
    r"|(?:a\s+(?:large\s+|small\s+)?)?part(?=\s+of\s+(?:the|his|her|their|its|our)\s+[a-z]+(?:\s+[a-z]+)?$))"
    r"(?:\s+(?:of|in|among)\s+[^,;:]{2,60})?"
    r"(?<!\bmany)(?<!\bmost)(?<!\bhalf)"
)
#: words that end no quantity of people: a relative clause or a coordination goes on
#: ("two of the women who", "Hundreds of letters and")
_CLAUSE_WORDS = frozenset("who whom which that and or but".split())
#: "those surveyed", "those polled", "those who voted for him": a group of people
_THOSE_RE = re.compile(r"those\s+(?:[a-z]+ed|polled|asked|interviewed|who\s+[a-z][\w\s'\u2019-]{2,60})")
_VERB_PHRASE_RE = re.compile(r"[a-z]+ing\s+(?:the|a|an|his|her|their|its|this|that)\b")
#: "prepared for the National Retail Federation", "commissioned by the council": a reduced
#: relative clause about a thing or person before it, never the speaker
_PASSIVE_PHRASE_RE = re.compile(r"[a-z]{3,}ed\s+(?:by|for|in|at|on|from|with|to)\s")
#: "Ruiz, citing data from the Federal Reserve, said": a participle that names where the
#: speaker's words come from opens an aside about the speaker, never the speaker
#: "in its daily summary", "at a rally": a prepositional phrase is where or how someone spoke
_PREPOSITIONAL_RE = re.compile(r"(?:in|at|on|during|after|before|through|by)\s(?!least\b|most\b)")
_SOURCE_ASIDE_RE = re.compile(r"(?:citing|quoting|echoing|referring\s+to|drawing\s+on|relying\s+on)\s")
#: the words the two patterns above open with
_PREPOSITIONS = ("in", "at", "on", "during", "after", "before", "through", "by")
_SOURCE_ASIDE_OPENINGS = ("citing", "quoting", "echoing", "referring", "drawing", "relying")

#: "Appearing on Morning Desk, the front-runner", "In the email, Ash": an opening clause (a
#: preposition's, or a participle's with its complement) before a comma; the speaker follows
_OPENING_CLAUSE_RE = re.compile(
    r"(?i:in|at|on|during|after|before|from|with|under|amid|despite|following|throughout)\s"
    r"|([A-Z][a-z]+(?:ing|ed|en))\s+[a-z]"
)


#: a one-word opener in "-ing" or "-ly", a comma, then a subject with an article
_OPENER_THEN_SUBJECT_RE = re.compile(
    r"\s*([A-Z][a-z]+(?:ing|ly)),\s+((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s[^,]+?)\s*"
)
#: an acronym: "FBI", "F.B.I." (the last stop may be cut as the sentence's), "A.F.L.-C.I.O.", "AFL-CIO"
_ACRONYM_RE = re.compile(r"[A-Z]{2,8}|(?:[A-Z]\.)+(?:-(?:[A-Z]\.)*)?[A-Z]\.?|[A-Z]{2,5}-[A-Z]{2,5}")
#: a country's code after a body's name ("Age UK")
_COUNTRY_CODES = frozenset("UK US USA".split())
_BODY_BEFORE_CODE_RE = re.compile(
    r"(?:[Tt]he\s+)?(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\b)[A-Z][\w&'\u2019.-]*"
    r"(?:\s+(?:[A-Z][\w&'\u2019.-]*|the|for|and))*\s+(?:UK|US|USA)"
)
#: a numbered part of a text ("Section 12", "Article 5 of the treaty", "Rule 4", "Psalm
#: 23"): a document speaking, its noun the head (no name: "Section" is no one's first name)
_TEXT_PART_RE = re.compile(
    r"(" + "|".join(sorted(w.capitalize() for w in TEXT_PARTS)) + r")\s+"
    r"(?:\d[\w.-]*|[IVXL]+\b|[A-Z]-?\d[\w.-]*|[A-Z]\b)(?:\s+of\s+(?:the\s+)?[\w'\u2019 -]+)?"
)
_TITLE_WORD_RE = re.compile(r"[A-Z][a-z]{2,}")

#: a body's name, then the writer's comment set off by a comma, opened by a negative or
#: limiting word ("hardly a hotbed of ...", "never one to ...", "no friend of ..."): the
#: words of such a comment (no role or apposition opens with them)
_COMMENT_ASIDE_RE = re.compile(
    r"([A-Z][^,]{1,80}?),\s+((?:hardly|never|no|not|rarely|seldom|scarcely)\s+[^,]{2,60}?)\s*,?"
)

#: "one Ohio Democrat", "another voter": read as with "a"
_ONE_RE = re.compile(r"\s*((?i:one|another|this|that))\s+(?!of\b|in\b|another\b)(?=[A-Za-z])")


def parse_speaker(
    seg: str, offset: int = 0, *, appositive: str = "", lenient: bool = False
) -> Mention | None:
    """Read a speaker phrase, or None when ``seg`` is not one. ``appositive`` is a role
    written after the name ("Dmitry Peskov, Vladimir Putin's press secretary"). ``lenient``:
    the phrase attributes a quotation for certain (it follows the closing mark), so a
    definite or indefinite noun phrase is a descriptor even when its noun is in no list."""
    # the rules read the same phrase again and again (a sentence's subject, then its cue's
    # speaker), at different offsets: read once at offset 0, then moved; a copy each time,
    # as callers set roles and genders on what they get
    read = _parse_at_zero(seg, appositive, lenient)
    if read is None and " and " in seg:
        # ("her friend and fellow activist Ann Roe": one person's two roles)
        read = joined_roles(seg, lambda rest: _parse_at_zero(rest, appositive, lenient))
    if read is None and " " in seg and seg[:1].isupper():
        # ("The Medicines and Healthcare products Regulatory Agency": one body's name)
        read = lower_word_in_body(seg, lambda s: _parse_at_zero(s, appositive, lenient))
    if read is None:
        return None
    mention = object.__new__(Mention)
    mention.__dict__.update(read.__dict__)
    if offset:
        if mention.start is not None:
            mention.start += offset
        if mention.end is not None:
            mention.end += offset
    return mention


@functools.lru_cache(maxsize=MAX_ENTRIES)
def _parse_at_zero(seg: str, appositive: str, lenient: bool) -> Mention | None:
    # kept across documents: a phrase reads the same in any text (the word lists are fixed),
    # and articles share many ("he", "the president", "Trump"); bench_quotes forgets them
    # before each timed pass, so that repeated passes time the parsing
    return without_parent(_parse_speaker(seg, 0, appositive=appositive, lenient=lenient))


def forget_parses() -> None:
    """Forget the phrases and capitalised runs read so far (a timing's passes each read
    theirs afresh)."""
    _parse_at_zero.cache_clear()
    forget_runs()


#: a determiner, one or two lower-case adjectives and a name ending the phrase ("a delighted
#: Tom Hale"): not a role's head ("the Labour leader": lower case)
_DESCRIBED_NAME_RE = re.compile(
    r"\s*(?P<det>[Aa]n?|[Tt]he)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|ful|ing|ous|ive|less|ic|y)\s+"
    r"(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){0,2})\s*$"
)


def _full_person_name(m: Mention) -> bool:
    """A person's full name ("a delighted Tom Hale"): a given name the lists know, then a
    surname. One capitalised word is too often a place, a club, a party or a people ("a
    struggling Leeds", "a leading Tory", "a visiting American") to be read as a person."""
    words = m.name.split()
    return len(words) >= 2 and norm(words[0]) in speaker_words()["given_names"]


#: a determiner, a body's name with "of" ("Department of Health", "Bank of England",
#: "Ministry of the Interior") and a role noun: "A Department of Health spokesperson"
_BODY_OF_ROLE_RE = re.compile(
    # (no determiner before a plural: "University of Otago researchers say", "Bank of England
    # officials")
    r"\s*(?:(?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne)\s+|(?=\S+(?:\s+\S+)*s\s*$))(?P<body>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
    r"\s+(?P<of>of(?:\s+the)?)\s+[A-Z][\w.'\u2019-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w.'\u2019-]*)*"
    # (a noun between the body and the role: "A City of London police spokesman")
    r"(?:\s+[a-z]+)?\s+(?P<head>[a-z]+))\s*$"
)


def _people_first(body: re.Match) -> bool:
    """The first word of a body's name read with no determiner before it is a person's noun, a
    group's or a quantity ("Leaders of the Opposition parties", "One of the Premier League
    managers"): the phrase's head, no name."""
    first = norm(body.group("body").split()[0])
    words = speaker_words()
    return first in words["heads"] or first in words["determiners"] or first.endswith("s")


def _body_of_role(seg: str, body: re.Match, offset: int, appositive: str) -> Mention | None:
    """A body's name with "of" before a role noun, read as the same phrase without the "of"
    (filled with capitalised letters of the same length, so that offsets hold), then given
    back its own words: a descriptor whose role is the whole phrase."""
    k, e = body.span("of")
    filled = seg[:k] + " ".join("Z" + "z" * (len(w) - 1) for w in seg[k:e].split()) + seg[e:]
    mention = _own_words(seg, filled, offset, appositive, False)
    return mention if mention is not None and mention.kind == "descriptor" else None


#: a ranking's "No" before its number, after a word ("the world No 4", "the No. 2 seed"; not
#: Downing Street's "No 10")
_RANK_RE = re.compile(r"(?<=[a-z]\s)No\.?(\s+)(?=\d)")


def _own_words(seg: str, filled: str, offset: int, appositive: str, lenient: bool) -> Mention | None:
    """``filled`` (``seg`` with some characters replaced, the same length) read as a speaker
    phrase, its text, name and role then given back ``seg``'s own characters."""
    mention = _parse_speaker(filled, offset, appositive=appositive, lenient=lenient)
    if mention is None:
        return None

    def own(words: str) -> str:
        at = filled.find(words)
        return seg[at : at + len(words)] if words and at >= 0 else words

    mention.text, mention.name, mention.role = own(mention.text), own(mention.name), own(mention.role)
    return mention


#: a party and a state set after a name ("Sen. Ann Roe, R-Ohio, said"): never a speaker
_PARTY_TAG = r"(?:D|R|I|Ind|Dem|Rep)-(?:[A-Z][a-z]*\.(?:[A-Z][a-z]*\.)?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+\.?)?)"
_PARTY_TAG_RE = re.compile(r"\s*" + _PARTY_TAG + r"[\s,]*")


_TRAILING_PARTY_TAG_RE = re.compile(r",\s*" + _PARTY_TAG + r"[\s,]*$")


def _parse_speaker(seg: str, offset: int, *, appositive: str, lenient: bool) -> Mention | None:
    if "-" in seg[:4] and _PARTY_TAG_RE.fullmatch(seg):
        return None
    one = _ONE_RE.match(seg) if lenient else None
    if one is not None:
        # "said one Ohio Democrat", "another voter said": a determiner like "a"; the phrase
        # is read as with "a" (padded, so offsets hold) and keeps its own words
        k = one.start(1)
        padded = seg[:k] + "a".ljust(len(one.group(1))) + seg[one.end(1) :]
        mention = parse_speaker(padded, offset, appositive=appositive, lenient=True)
        if mention is None or mention.kind != "descriptor" or mention.start is None or mention.end is None:
            return None
        mention.text = seg[mention.start - offset : mention.end - offset]
        return mention
    opener = _OPENER_THEN_SUBJECT_RE.fullmatch(seg)
    if opener is not None:
        # "Predictably, the usual suspects": an adverb or a participle opening the sentence,
        # then its subject (no comma closes an apposition: "Harding, the minister," keeps
        # the name); the subject read as a noun phrase of any noun
        k = opener.start(2)
        return _parse_speaker(seg[k:], offset + k, appositive=appositive, lenient=True)
    if " by " in seg:
        # "The report by the Halden Institute": its author, the text's noun kept beside
        authored = text_by_agent(
            seg, offset, lambda s, k: _parse_speaker(s, k, appositive=appositive, lenient=False)
        )
        if authored is not None:
            return authored
    rank = _RANK_RE.search(seg) if "No" in seg else None
    if rank is not None:
        # "the world No 4, Ivan Petrenko": a ranking's number read as one word with its "No"
        # (else a title case's "No" and a bare number, no phrase), then given back its space
        k, e = rank.span(1)
        return _own_words(seg, seg[:k] + "-" * (e - k) + seg[e:], offset, appositive, lenient)
    described = _DESCRIBED_NAME_RE.match(seg)
    if described is not None:
        # "a delighted Anna Berg": the person named, described in passing
        k = described.start("name")
        named = _parse_speaker(seg[k:], offset + k, appositive=appositive, lenient=False)
        if named is not None and named.kind == "name" and _full_person_name(named):
            named.text, named.start = seg[described.start("det") :].rstrip(), offset + described.start("det")
            return named
    body = _BODY_OF_ROLE_RE.match(seg)
    if body is not None and body.start("body") == len(seg) - len(seg.lstrip()) and _people_first(body):
        body = None  # ("Leaders of the Opposition parties", "One of the managers": no body's name)
    if body is not None and body.group("head").lower() in speaker_words()["heads"]:
        return _body_of_role(seg, body, offset, appositive)
    if body is not None and body.group("head").lower() in speaker_words()["orgs"]:
        # "The Isle of Wight council", "The House of Commons committee": the body's own name
        # before an organisation's noun is that organisation, not a person called "Isle"
        a, b = body.span("body")
        return Mention(
            "organisation", seg[a:b], offset + a, offset + b, name=seg[a:b], head=body.group("head").lower()
        )
    words = speaker_words()
    seg, a, b = clean_phrase(seg)
    s = seg[a:b]
    if not s or s.isspace():
        return None  # (a space the edges do not strip: nothing to read)
    if "," in s and " and " in s and (listed := list_unpunctuated(s)) is not None:
        # ("the ministers of France, Germany and Britain": one group, not an apposition)
        mention = _own_words(s, listed, offset + a, appositive, lenient)
        if mention is not None:
            mention.role = with_commas(s, mention.role)
        return mention
    if "," in s and " and " in s and (at := listed_body_object(s, words)) is not None:
        # ("a spokesman for the Bureau of Alcohol, Tobacco and Firearms": the body's list, no
        # apposition; read without its commas)
        mention = _own_words(s, s[:at] + s[at:].replace(",", " "), offset + a, appositive, lenient)
        if mention is not None and mention.kind == "descriptor":
            mention.role = with_commas(s, mention.role)
            return mention
    if "," in s and "-" in s:
        tag = _TRAILING_PARTY_TAG_RE.search(s)
        if tag is not None and tag.start() > 0:
            # "Sen. Ann Roe, R-Ohio,": the person, the party and state tag no part of the name
            return _parse_speaker(s[: tag.start()], offset + a, appositive=appositive, lenient=lenient)
    if "," in s:
        opening = _OPENING_CLAUSE_RE.match(s)
        if opening is not None and (
            opening.group(1) is None or norm(opening.group(1)) not in words["given_names"]
        ):
            # "Driven by anger at the mayor, Hale": the speaker is after the clause (when
            # that reads as one; else the phrase is read whole, as before)
            k = s.rindex(",") + 1
            after = _parse_speaker(s[k:], offset + a + k, appositive=appositive, lenient=lenient)
            if after is not None:
                return after
    if "," in s and (aside := _COMMENT_ASIDE_RE.fullmatch(s)) is not None:
        k = aside.end(1)
        own = _parse_speaker(s[:k], offset + a, appositive=appositive, lenient=lenient)
        if (
            own is not None
            and own.kind == "organisation"
            and _parse_speaker(aside.group(2), 0, appositive="", lenient=False) is None
        ):
            # "The Office for Budget Responsibility, hardly a hotbed of radicalism,": the
            # writer's comment on the body or person, no role, so no part of the name
            return own
    # no further than one word past the longest phrase: a long clause is none (split
    # splits at the whitespace TOKEN_RE's \S+ stops at, at a fraction of its match objects)
    parts = s.split(None, MAX_SPEAKER_WORDS)
    base = a + offset
    if len(parts) > MAX_SPEAKER_WORDS:
        # ("the head of the press service of the Ministry of Energy of Ukraine Iryna
        # Dovzhenko": a long role before a name)
        return role_chain_name(s, base, words) if " of " in s else None
    if (
        len(parts) == 2
        and parts[0].lower() == "the"
        and _ACRONYM_RE.fullmatch(parts[1])
        and parts[1].lower() not in words["heads"]  # ("the CEO", "the CFO": a person's post)
    ):
        # "the FBI", "the CFA": an acronym is a name, the article no part of it
        t, t0, t1 = _token_spans(s, parts, base)[1]
        return Mention("name", t, t0, t1, name=t)
    if (
        len(parts) == 2
        and parts[0].lower() == "the"
        and parts[1][:1].isupper()
        and norm(parts[1]) in OUTLET_WORDS
    ):
        # "the Times", "the Herald": a newspaper's name, not a plural or a person's noun
        name = _token_spans(s, parts, base)[1][0]
        return Mention("organisation", s, base, base + len(s), name=name, head=name.lower())
    if s[:1].isupper() and (part := _TEXT_PART_RE.fullmatch(s)) is not None:
        return Mention(
            "descriptor", s, base, base + len(s), name=s, role="", head=part.group(1).lower(), number="sg"
        )
    if len(parts) >= 3 and not _TITLE_CASE_SMALL.isdisjoint(parts[1:]):
        return None  # "Watch Over The Bay": a headline's title case, not a name
    if len(parts) == 1 and firm_possessive(s, words):
        # "Christie's said", "McDonald's said": a possessive that no noun follows is the
        # name of a firm called after its founder, not someone's ("Reed's lawyer")
        return Mention("organisation", s, base, base + len(s), name=s)
    placed = _GROUP_PLACE_RE.fullmatch(s) if 2 < len(parts) <= 6 else None
    if (
        placed is not None
        and placed.group(1).lower() not in words["heads"]
        and placed.group(1).lower() not in _QUANTIFIERS
        and is_group_word(placed.group(1))
    ):
        # "Fishermen in Port Kessan say": the group and where it is, as "Residents in X"
        t = placed.group(1)
        t = t if t[1:2].isupper() else t.lower()  # (an acronym keeps its capitals: "GPs")
        return Mention("descriptor", s, base, base + len(s), name=t, role=t, head=t.lower(), number="pl")
    if (
        len(parts) == 1
        and parts[0][:1].isupper()
        and parts[0].lower() not in words["heads"]
        and parts[0].lower() not in _QUANTIFIERS
        and is_group_word(parts[0])
    ):
        # "Dozens said", "Fishermen said": a group of people, never a name
        t, t0, t1 = _token_spans(s, parts, base)[0]
        low = t if t[1:2].isupper() else t.lower()  # (an acronym keeps its capitals: "GPs")
        return Mention("descriptor", t, t0, t1, name=low, role=low, head=t.lower(), number="pl")
    if (
        len(parts) == 1
        and parts[0][:1].isupper()
        and parts[0].lower() in document_words()
        and (noun_number(parts[0].lower())[1] or parts[0].lower() == "research")
    ):
        # "Studies find that ...", "Polls suggest": texts of a kind, never a name
        t, t0, t1 = _token_spans(s, parts, base)[0]
        return Mention("organisation", t, t0, t1, name=t.lower(), head=t.lower(), number="pl")
    if len(parts) == 1 and norm(parts[0]) in words["titles"] and _TITLE_WORD_RE.fullmatch(parts[0]):
        # "King says", '"...," Marshall said': a title alone, with no article, is a surname
        t, t0, t1 = _token_spans(s, parts, base)[0]
        return Mention("name", t, t0, t1, name=t)
    low = s.lower()
    if low == "another" or lenient and low == "one":
        # 'Another said, "..."', '"...," another added': one more of the people quoted;
        # '"...," one said' after a quotation: one of the people the report is about
        return Mention(
            "descriptor", s, a + offset, b + offset, name=low, role=low, head="person", number="sg"
        )
    if lenient and low in _GROUP_QUANTIFIERS:
        # '"...," most said', '"...," several added': after a quotation, a share of the people
        # the article quotes
        return Mention(
            "descriptor", s, a + offset, b + offset, name=low, role=low, head="people", number="pl"
        )
    # (each pattern only where its literal opening or its "ing" is: most phrases have none)
    if (
        "ing" in s
        and _VERB_PHRASE_RE.match(s)
        or "ed " in s
        and _PASSIVE_PHRASE_RE.match(s)
        or s.startswith(_SOURCE_ASIDE_OPENINGS)
        and _SOURCE_ASIDE_RE.match(s)
        or "," not in s
        and s.startswith(_PREPOSITIONS)
        and _PREPOSITIONAL_RE.match(s)
    ):
        return None  # "launching the plan at a clinic": what the speaker was doing
    if low.startswith("those") and _THOSE_RE.fullmatch(low):
        # "those surveyed", "those who attended": the people a survey or event gathered
        return Mention("descriptor", s, a + offset, b + offset, name=s, role=s, head="people", number="pl")
    if _QUANTITY_RE.fullmatch(low) and low.rsplit(None, 1)[-1] not in _CLAUSE_WORDS:
        # "45% of Republicans", "About four in 10 voters", "Many in the crowd": a group
        head = low.split()[-1] if not _QUANTITY_RE.fullmatch(low.split()[-1]) else "people"
        # ("A majority of economists": the group named without its article, as any descriptor)
        name = s[2:] if low.startswith("a majority ") else s
        return Mention("descriptor", s, a + offset, b + offset, name=name, role=name, head=head, number="pl")
    first = low.split(None, 1)[0]
    if low in _QUANTIFIERS or first in CONJUNCTIONS or first in RELATIVES:
        return None  # "who chairs the Residents' Association": a clause about the speaker
    if " and " in s and (" of " in s or " for " in s):
        # ("Minister for Trade and Industry Orla Keane": a post whose portfolio holds "and",
        # then the person; "the Bureau of Alcohol, Tobacco and Firearms": one body)
        post = post_with_portfolio(s, a + offset, words) or listed_body(s, a + offset, words)
        if post is not None:
            return post
        if listed_office(s, words) and (
            office := _own_words(s, s.replace(",", " "), a + offset, appositive, lenient)
        ):
            office.role = with_commas(s, office.role)
            return office
    if (peer := peer_name(s, a + offset)) is not None:
        return peer  # ("Lord Pemberton of Wick": a peer's name, no "Pemberton" of a place)
    if " and " in s and (joined := and_name(s, a + offset)) is not None:
        return joined  # ("U.S. Customs and Border Protection": one body, not two)
    closed = _closed_form(s, low, a + offset, b + offset, appositive, words)
    if closed is not None:
        return closed
    read = _run_or_head(s, parts, base, appositive, lenient, words)
    if (read is None or read.kind == "descriptor") and (" of " in s or " for " in s):
        # "the head of the committee Viktor Orlovsky", "Commissioner for Wendover Alan Price":
        # the name after the role's phrase
        chain = role_chain_name(s, base, words)
        if chain is not None:
            return chain
    if s[:1].isupper() or s.startswith("the "):
        # "The Duke of Sussex", "the Department for Education": an office or a body named
        # with "of" or "for", which the readers cut at its first word
        office = office_mention(s, base, read, words)
        if office is not None:
            return office
    return read


def _run_or_head(s: str, parts: list[str], base: int, appositive: str, lenient: bool, words: dict):
    """The name in the phrase's capitalised run, or else the descriptor around its head noun."""
    if len(parts) >= 2 and parts[-1] in _COUNTRY_CODES and _BODY_BEFORE_CODE_RE.fullmatch(s):
        # "Age UK", "Brightwell UK", "Save the Children UK": a body's branch for a country
        # (the code is a title's word before a person's name, "UK Foreign Secretary"); a name,
        # which organisation_name types
        k = 4 if s[:4].lower() == "the " else 0
        return Mention("name", s[k:], base + k, base + len(s), name=s[k:])
    run_start, run_end, demonym = name_run(parts, words)
    if run_start is not None and run_end is not None:
        named = name_mention(parts, _token_spans(s, parts, base), run_start, run_end, appositive, words)
        # ("a spokesperson for the Food and Drug Administration": the run after "and" is the
        # end of a body's name, which the descriptor's post-modifier holds whole)
        if named is not NO_NAME and not (
            named is None
            and run_start >= 2
            and parts[run_start - 1] == "and"
            and parts[run_start - 2][:1].isupper()
        ):
            return named
    head_i, words, any_role = head_index(parts, words, demonym, lenient)
    if head_i is None:
        return None
    return descriptor(s, base, base + len(s), parts, head_i, words, any_role)


def _token_spans(s: str, parts: list[str], base: int) -> list[tuple[str, int, int]]:
    """(word, start, end) of each of ``parts`` (``s.split()``'s), offsets moved by ``base``:
    only for a phrase read as a name (most phrases are none, and need no offsets)."""
    toks = []
    k = 0
    index = s.index
    for part in parts:
        k = index(part, k)
        end = k + len(part)
        toks.append((part, k + base, end + base))
        k = end
    return toks


#: a pronoun and a contracted auxiliary ("I've", "they’d", "she's")
_CONTRACTED_PRONOUN_RE = re.compile(r"(i|we|they|he|she)['\u2019](?:ve|d|ll|m|re|s)")
#: a capitalised name with "and" inside, maybe after "the" ("the Food and Drug Administration")
_AND_NAMED_BODY_RE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|for|and|the)){2,8}")
_ONE_OF_THEM_RE = re.compile(r"(?:one|some|two|three|several|many|most|all|none|both) of (?:them|those)")


def _closed_form(s: str, low: str, start: int, end: int, appositive: str, words: dict) -> Mention | None:
    """A group of two descriptors, "one of them", or a pronoun; None for anything else."""
    if " and " in s and not appositive and _AND_NAMED_BODY_RE.fullmatch(s):
        # "the Food and Drug Administration", "the Competition and Markets Authority": one body
        # whose name holds "and", its last word an organisation's
        k = 4 if s[:4].lower() == "the " else 0
        last = s.split()[-1]
        before_and = s[: s.index(" and ")].split()[-1]
        if (
            (last in ORG_SUFFIXES or norm(last) in words["orgs"])
            # (not two bodies: "the Home Office and the Metropolitan Police", "the Times and
            # the Post")
            and " and the " not in s
            and not (before_and in ORG_SUFFIXES or norm(before_and) in words["orgs"])
        ):
            return Mention("organisation", s[k:], start + k, end, name=s[k:], head=norm(last))
    if " and " in s and not appositive:
        # "diplomats and officials from both countries": one group of unnamed sources
        k = s.index(" and ")
        left, right = parse_speaker(s[:k]), parse_speaker(s[k + 5 :])
        if (
            left is not None
            and right is not None
            and left.kind == right.kind == "organisation"
            and left.name[:1].isupper()
            and right.name[:1].isupper()
        ):
            # "The charity Hopewell and the union Fellmark": two named bodies speaking together
            name = f"{left.name} and {right.name}"
            return Mention("organisation", s, start, end, name=name, role=s, head=right.head, number="pl")
        if left is not None and right is not None and left.kind == right.kind == "descriptor":
            return Mention(
                "descriptor",
                s,
                start,
                end,
                name=f"{left.name} and {right.name}",
                role=s,
                head=right.head,
                mods=right.mods,
                number="pl",
            )
    if " of th" in low and _ONE_OF_THEM_RE.fullmatch(low):
        # "one of them" speaks for the group last quoted
        return Mention("pronoun", s, start, end, gender=None, number="pl")
    if low in words["pronouns"]:
        gender, number = words["pronouns"][low]
        return Mention("pronoun", s, start, end, gender=gender, number=number)
    contracted = _CONTRACTED_PRONOUN_RE.fullmatch(low)
    if contracted is not None and contracted.group(1) in words["pronouns"]:
        # "I've said", "They've argued": the pronoun, its auxiliary no part of a name
        gender, number = words["pronouns"][contracted.group(1)]
        k = len(contracted.group(1))
        return Mention("pronoun", s[:k], start, start + k, gender=gender, number=number)
    return None
