"""Speaker phrases: the words that name who speaks, read into a ``Mention``.

``parse_speaker`` reads "he", "political scientist, RIAC expert Elena Suponina" or "a former
United States official directly involved in the talks" into a mention of kind name,
descriptor (an unnamed source by its head noun), organisation or pronoun, with its role,
modifiers, gender and number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._memo import per_document
from ._names import (
    NAME_TOKEN_RE,
    ORG_SUFFIXES,
    PARTICLES,
    PREPOSITIONS,
    STOP,
    TOKEN_RE,
    gender_of,
    is_name_token,
    norm,
    norm_mod,
    noun_number,
    speaker_words,
)
from ._source_type import document_words, is_group_word

__all__ = ["Mention", "parse_speaker"]

#: A speaker phrase longer than this is a clause, not a name or descriptor
#: ("a former United States official directly involved in the talks" has 9 words).
MAX_SPEAKER_WORDS = 14
#: Words a descriptor may carry after its head noun ("familiar with the matter").
MAX_POSTMODIFIER_WORDS = 9
#: Words that may open a postmodifier after a descriptor's head, where STOP words are
_PARTY_RE = re.compile(
    r"\s*\((?:[RDI](?:-[A-Z][\w.]{0,5}(?:\s?[A-Z][\w.]{0,4})?)?|[A-Z][a-z]{0,3}\.?)(?:\)|$)"
)
#: function words that a name writes in lower case ("Bank of England"): capitalised inside
#: a phrase they mark a headline's title case
_TITLE_CASE_SMALL = frozenset("The Of Over And To For In On At With From By Into Under About Is Are".split())
#: allowed ("who asked not to be named").
_POSTMOD_OPENERS = frozenset(
    "who familiar close with in at from of for to involved directly briefed speaking knowledgeable aware".split()
)
#: Bare quantifiers are not sources ("Others fear that ...", "Some say ...").
_QUANTIFIERS = frozenset(
    "others some many few most all everyone everybody nobody anyone someone one both either neither".split()
)
#: quantifiers that stand alone for a group of speakers after a quotation
_GROUP_QUANTIFIERS = frozenset("most several many some others few both".split())
_NUMBER_WORDS = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\w+)"
)
#: a quantity of people: "45% of Republicans", "about four in 10 voters", "thirty percent",
#: "a majority of her backers", "many in the crowd" (a bare "many" or "some" says too little)
_QUANTITY_RE = re.compile(
    r"(?:about|nearly|almost|roughly|more\s+than|fewer\s+than|less\s+than|only|just|over|some)?\s*"
    r"(?:" + _NUMBER_WORDS + r"\s*(?:%|percent|per\s+cent)"
    r"|" + _NUMBER_WORDS + r"\s+(?:in|out\s+of)\s+" + _NUMBER_WORDS + r"(?:\s+[a-z]+)?"
    r"|a\s+majority|majorities|most|many|half|a\s+third|two-thirds|three-fourths|three-quarters)"
    r"(?:\s+(?:of|in|among)\s+[^,;:]{2,60})?"
    r"(?<!\bmany)(?<!\bmost)(?<!\bhalf)"
)
#: "those surveyed", "those polled", "those who voted for him": a group of people
_THOSE_RE = re.compile(r"those\s+(?:[a-z]+ed|polled|asked|interviewed|who\s+[a-z][\w\s'\u2019-]{2,60})")
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
    # number words ("Thirteen years earlier, she had voted ...")
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand".split()
)
#: a lone capitalised participle ("Frustrated", "Asked"): how the speaker felt or acted
_PARTICIPLE_NAME_RE = re.compile(r"[A-Z][a-z]{6,}ed,?")  # not "Reed", "Mohammed"
_VERB_PHRASE_RE = re.compile(r"[a-z]+ing\s+(?:the|a|an|his|her|their|its|this|that)\b")
_CONJUNCTIONS = frozenset("and but or nor yet so".split())
#: finite verbs: a post-modifier with one (not after "who") makes the phrase a clause
_FINITE = frozenset(
    "is are was were has have had does did will would can could should may might must".split()
)
_RELATIVES = frozenset("who whom whose which where".split())
_ASIDE_RE = re.compile(r",\s+(?:which|who|whose|speaking|declining|requesting|asking)\b[^,]*(?=,|$)")
_AGE_RE = re.compile(r",\s+\d{1,3}(?:,|$)")
_DOCUMENT_RE = re.compile(
    r"(?:(?:an?|the|its|their)\s+(?:\w+\s+)?)?(?:statements?|reports?|letters?|post|emails?|filings?|"
    r"releases?|announcements?|communiqu[e\u00e9]s?|data|figures|estimates|survey|poll)"
    r"\s+(?:from|by|of|issued by)\s+",
    re.I,
)
_TRAILING_WHEN_RE = re.compile(
    r"\s+(?:(?:late\s+|early\s+)?on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|last\s+(?:week|month|night|year))$"
)
_DATELINE_RE = re.compile(
    r"[A-Z]{3,}[A-Z .'-]*(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s+\([A-Za-z .]+\)(?:\s+[-\u2013\u2014]+\s+|$)|\s+[-\u2013\u2014]+\s+)"
)
_EDGE = " ,;:\t\n\u2013\u2014-\"\u201c\u201d\u00ab\u00bb'()"


@dataclass
class Mention:
    """How a statement names its speaker. ``start:end`` are offsets of the words as
    written (into the text handed to ``parse_speaker`` plus its offset)."""

    kind: str  # name, descriptor, organisation, pronoun, continuation
    text: str
    start: int | None = None
    end: int | None = None
    name: str = ""
    role: str = ""
    head: str = ""
    mods: frozenset = field(default_factory=frozenset)
    gender: str | None = None
    number: str = "sg"
    #: the head noun fits anyone whatever their role ("the 46-year-old", "the Frenchman")
    any_role: bool = False
    #: the narrator gives the name of someone described so far ("Her name is Agnes Morrow")
    naming: bool = False


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
            out.update(part)  # "Will Moy, chief executive of ... Full Fact"
    return out


#: a capitalised participle ("Speaking", "Writing") opening a phrase is no name
_PARTICIPLE_RE = re.compile(r"[A-Z][a-z]+ing")


def participle(tok: str) -> bool:
    """A lower-case present participle ("working", "pouring"), which may open a reduced
    relative clause after a descriptor's head ("the woman pouring bronze")."""
    return tok[:1].islower() and tok.endswith("ing") and len(tok) > 5 and norm(tok) not in STOP


#: an age used as a noun ("the 46-year-old")
_AGE_NOUN_RE = re.compile(r"\d{1,3}-year-olds?")


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


#: a determiner, up to three lower-case modifiers and a noun: read as a descriptor in
#: ``lenient`` mode even when the noun is in no list ("the shopkeeper", "the coastguard")
_LENIENT_DESCRIPTOR_RE = re.compile(
    r"(?:the|a|an|this|that)\s+(?:[a-z0-9][\w'\u2019-]*\s+){0,3}[a-z0-9][\w-]*", re.I
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
    # speaker), at different offsets: read once per document at offset 0, then moved; a
    # copy each time, as callers set roles and genders on what they get
    read = _parse_at_zero(seg, appositive, lenient)
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


@per_document
def _parse_at_zero(seg: str, appositive: str, lenient: bool) -> Mention | None:
    return _parse_speaker(seg, 0, appositive=appositive, lenient=lenient)


def _parse_speaker(seg: str, offset: int, *, appositive: str, lenient: bool) -> Mention | None:
    one = _ONE_RE.match(seg)
    if lenient and one is not None:
        # "said one Ohio Democrat", "another voter said": a determiner like "a"; the phrase
        # is read as with "a" (padded, so offsets hold) and keeps its own words
        k = one.start(1)
        padded = seg[:k] + "a".ljust(len(one.group(1))) + seg[one.end(1) :]
        mention = parse_speaker(padded, offset, appositive=appositive, lenient=True)
        if mention is None or mention.kind != "descriptor" or mention.start is None or mention.end is None:
            return None
        mention.text = seg[mention.start - offset : mention.end - offset]
        return mention
    words = speaker_words()
    seg, a, b = _clean_phrase(seg)
    s = seg[a:b]
    if not s:
        return None
    # no further than one word past the longest phrase: a long clause is none (split
    # splits at the whitespace TOKEN_RE's \S+ stops at, at a fraction of its match objects)
    parts = s.split(None, MAX_SPEAKER_WORDS)
    if len(parts) > MAX_SPEAKER_WORDS:
        return None
    toks = []
    k = 0
    for part in parts:
        k = s.index(part, k)
        toks.append((part, k + a + offset, k + len(part) + a + offset))
        k += len(part)
    if len(toks) == 2 and toks[0][0].lower() == "the" and re.fullmatch(r"[A-Z]{2,8}", toks[1][0]):
        # "the FBI", "the CFA": an acronym is a name, the article no part of it
        t, t0, t1 = toks[1]
        return Mention("name", t, t0, t1, name=t)
    if len(toks) >= 3 and any(t in _TITLE_CASE_SMALL for t, _, _ in toks[1:]):
        return None  # "Watch Over The Bay": a headline's title case, not a name
    if (
        len(toks) == 1
        and toks[0][0][:1].isupper()
        and toks[0][0].lower() not in words["heads"]
        and toks[0][0].lower() not in _QUANTIFIERS
        and is_group_word(toks[0][0])
    ):
        # "Dozens said", "Fishermen said": a group of people, never a name
        t, t0, t1 = toks[0]
        return Mention("descriptor", t, t0, t1, name=t.lower(), role=t.lower(), head=t.lower(), number="pl")
    if len(toks) == 1 and norm(toks[0][0]) in words["titles"] and re.fullmatch(r"[A-Z][a-z]{2,}", toks[0][0]):
        # "King says", '"...," Marshall said': a title alone, with no article, is a surname
        t, t0, t1 = toks[0]
        return Mention("name", t, t0, t1, name=t)
    low = s.lower()
    if low == "another":
        # 'Another said, "..."', '"...," another added': one more of the people quoted
        return Mention(
            "descriptor", s, a + offset, b + offset, name=low, role=low, head="person", number="sg"
        )
    if lenient and low in _GROUP_QUANTIFIERS:
        # '"...," most said', '"...," several added': after a quotation, a share of the people
        # the article quotes
        return Mention(
            "descriptor", s, a + offset, b + offset, name=low, role=low, head="people", number="pl"
        )
    if _VERB_PHRASE_RE.match(s):
        return None  # "launching the plan at a clinic": what the speaker was doing
    if _THOSE_RE.fullmatch(low):
        # "those surveyed", "those who attended": the people a survey or event gathered
        return Mention("descriptor", s, a + offset, b + offset, name=s, role=s, head="people", number="pl")
    if _QUANTITY_RE.fullmatch(low):
        # "45% of Republicans", "About four in 10 voters", "Many in the crowd": a group
        head = low.split()[-1] if not _QUANTITY_RE.fullmatch(low.split()[-1]) else "people"
        return Mention("descriptor", s, a + offset, b + offset, name=s, role=s, head=head, number="pl")
    if low in _QUANTIFIERS or low.split()[0] in _CONJUNCTIONS or low.split()[0] in _RELATIVES:
        return None  # "who chairs the Residents' Association": a clause about the speaker
    closed = _closed_form(s, low, a + offset, b + offset, appositive, words)
    if closed is not None:
        return closed
    names = [t for t, _, _ in toks]
    run_start, run_end, demonym = _name_run(names, words)
    if run_start is not None and run_end is not None:
        named = _name_mention(names, toks, run_start, run_end, appositive, words)
        if named is not _NO_NAME:
            return named
    head_i, words, any_role = _head_index(names, words, demonym, lenient)
    if head_i is None:
        return None
    return _descriptor(s, a + offset, b + offset, names, head_i, words, any_role)


#: what _name_mention gives when the capitalised run is no name (a lone head noun): the
#: phrase is read as a descriptor instead
_NO_NAME = object()


def _clean_phrase(seg: str) -> tuple[str, int, int]:
    """The phrase without its edge punctuation, asides and age (blanked, so offsets hold),
    nor a document it speaks through: (seg, start, end)."""
    a, b = 0, len(seg)
    while a < b and seg[a] in _EDGE:
        a += 1
    while b > a and seg[b - 1] in _EDGE:
        b -= 1
    # ", which represents the operators," / ", speaking on condition of anonymity ...,"
    # describe the speaker without naming them: left out of the phrase
    # (each pattern only when the character it needs is there: most phrases have none)
    inner = seg[a:b]
    if "," in inner:
        inner = _ASIDE_RE.sub(lambda m: " " * len(m.group()), inner)
        # "John Smith, 45,": an age is no part of the phrase; the comma after it stays, so an
        # apposition that follows still reads as one ("Adebayo, 44, a former sound engineer,")
        inner = _AGE_RE.sub(
            lambda m: "," + " " * (len(m.group()) - 1) if m.group().endswith(",") else " " * len(m.group()),
            inner,
        )
    if "(" in inner:
        # "Paul Ryan (R-Wis.)", "Sen. Ron Wyden (D)": a party and state in parentheses
        inner = _PARTY_RE.sub(lambda m: " " * len(m.group()), inner)
    if inner != seg[a:b]:
        seg = seg[:a] + inner + seg[b:]
        while b > a and seg[b - 1] in _EDGE:
            b -= 1
    # "A report published Wednesday", "a statement issued on Monday": when is no part of who
    when = _TRAILING_WHEN_RE.search(seg, a, b)
    if when is not None and when.start() > a:
        b = when.start()
    # "WASHINGTON (AP) - A report ...": a wire dateline names no speaker
    dateline = _DATELINE_RE.match(seg, a, b)
    if dateline is not None:
        a = dateline.end()
        if a >= b:
            return seg, a, a
    # "a statement from the civil protection agency" speaks for the agency
    doc_m = _DOCUMENT_RE.match(seg[a:b])
    if doc_m and doc_m.end() < b - a:
        a += doc_m.end()
    return seg, a, b


_ONE_OF_THEM_RE = re.compile(r"(?:one|some|two|three|several|many|most|all|none|both) of (?:them|those)")


def _closed_form(s: str, low: str, start: int, end: int, appositive: str, words: dict) -> Mention | None:
    """A group of two descriptors, "one of them", or a pronoun; None for anything else."""
    if " and " in s and not appositive:
        # "diplomats and officials from both countries": one group of unnamed sources
        k = s.index(" and ")
        left, right = parse_speaker(s[:k]), parse_speaker(s[k + 5 :])
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
    return None


def _name_run(names: list[str], words: dict) -> tuple[int | None, int | None, int | None]:
    """(start, end) of the name in the tokens: the last run of capitalised non-title tokens
    that ends the phrase or a comma-separated part of it, or is followed by "of"/"from"/"at";
    and the index of a demonym used as a noun ("the 52-year-old Frenchman"), if that is it."""
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
        if (
            ends_part
            and is_name_token(tok.rstrip(","), words)
            and not tok.rstrip(",").endswith(("'s", "\u2019s"))
        ):
            k = i
            while k - 1 >= 0 and is_name_token(names[k - 1], words) and not names[k - 1].endswith(","):
                k -= 1
            # "the director of the Center for Central Asian Studies Anna Goncharova": the
            # person's name is what follows the organisation's last word
            org_at = [j for j in range(k, i) if names[j].rstrip(",") in ORG_SUFFIXES]
            split = bool(org_at) and i - org_at[-1] >= 2
            if split:
                k = org_at[-1] + 1
            # "the analyst of the agency AgroMarket Consult Pavel Hrytsenko": a known given
            # name starts the person's name just as well
            given_names = words["given_names"]
            given = [j for j in range(k, i) if norm(names[j]) in given_names]
            if not split and given and (given[0] > k or k == 0 or names[k - 1][:1].islower()):
                k, split = given[0], given[0] > k or split
            # "in Leeds", "of the Transport Office": a place or employer, not the speaker;
            # but "Minister of Energy Azim Akhmedov" names the minister after the title
            titled = (
                k - 1 >= 0 and i > k and names[k - 1][:1].isupper() and norm(names[k - 1]) in words["titles"]
            )
            if not (split or titled) and any(norm(t) in PREPOSITIONS for t in names[max(0, k - 3) : k]):
                continue
            if k == i == 0 and _PARTICIPLE_RE.fullmatch(tok) and len(names) > 1 and names[1][:1].islower():
                continue  # "Speaking at her home ..., the 46-year-old": a participle opens the phrase
            if (
                k == i == len(names) - 1
                and i >= 1
                and norm(names[0]) in ("the", "a", "an")
                and all(w[:1].islower() or w[:1].isdigit() for w in names[1:i])
            ):
                demonym = i  # "the 52-year-old Frenchman": a person's name takes no article
                break
            run_end, run_start = i, k
            break
    return run_start, run_end, demonym


def _name_bounds(names: list[str], run_start: int, run_end: int, words: dict) -> tuple[int, int]:
    """The first and last token of the name in a capitalised run: past leading particles,
    back over an organisation's capitalised modifiers, on through "of (the) ..." after an
    organisation's suffix."""
    i = run_start
    while i <= run_end and norm(names[i]) in PARTICLES:
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
    if names[run_end] in ORG_SUFFIXES and run_end + 2 < len(names) and norm(names[run_end + 1]) == "of":
        j = run_end + 2 + (names[run_end + 2] == "the")
        k = j
        while k < len(names) and NAME_TOKEN_RE.match(names[k]) and norm(names[k].rstrip(",")) not in STOP:
            k += 1
            if names[k - 1].endswith(","):
                break
        if k > j:
            run_end = k - 1
    return i, run_end


def _name_mention(names, toks, run_start: int, run_end: int, appositive: str, words: dict):
    """The name mention of a capitalised run with its role, None when the phrase is a
    clause, or ``_NO_NAME`` when the run is a lone head noun (read as a descriptor)."""
    i, run_end = _name_bounds(names, run_start, run_end, words)
    run = names[i : run_end + 1]
    run_text = " ".join(run).rstrip(",")
    single = len(run) == 1 and norm(run_text) in words["heads"]
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
        if any(t in ("and", "&") for t in names[:i]) and not any(t.endswith(",") for t in names[:i]):
            return None  # "Granollers and Feliciano Lopez": two people
        if _org_noun_after(names, run_end, words):
            # "the Allied Building Workers union": the organisation is named by its
            # capitalised words; the common noun after them is its role
            return Mention(
                "name", run_text, toks[i][1], toks[run_end][2], name=run_text, role=norm(names[-1])
            )
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
            ):
                return None  # "Jim Hood, lost by five points": a clause, not an apposition
        if names[0].lower() in _CONJUNCTIONS:
            return None
        before = " ".join(names[:i])
        after = " ".join(names[run_end + 1 :])
        role_parts = [p.strip(" ,") for p in re.split(r",\s*", before) if p.strip(" ,")]
        if after:
            role_parts.append(after.strip(" ,"))
        if appositive and not re.match(r"(?:who|which|whose|where)\b", appositive.strip()):
            role_parts.append(appositive.strip(" ,."))
        role_parts = [re.sub(r"^(?:a|an|the)(?:\s+|$)", "", p, flags=re.I) for p in role_parts]
        # every role word must be a title, a descriptor or capitalised (an organisation)
        return Mention(
            "name",
            run_text,
            toks[i][1],
            toks[run_end][2] - (1 if names[run_end].endswith(",") else 0),
            name=run_text,
            role=", ".join(p for p in role_parts if p),
            gender=gender_of(names, words),
        )
    return _NO_NAME


def _head_index(names: list[str], words: dict, demonym: int | None, lenient: bool):
    """(index of the head noun or None, the word lists with any head learnt here, any_role)."""
    head_i = None
    any_role = demonym is not None
    for i, tok in enumerate(names):
        n = norm(tok)
        if demonym is not None:
            words = {
                **words,
                "heads": {**words["heads"], norm(names[demonym]): noun_number(norm(names[demonym]))},
            }
            head_i = demonym
            break
        if n in words["heads"] or (n.startswith("ex-") and n[3:] in words["heads"]):
            head_i = i
            break
        if (
            "-year-old" in n
            and _AGE_NOUN_RE.fullmatch(n)
            and (i + 1 == len(names) or norm(names[i + 1]) in _POSTMOD_OPENERS)
        ):
            any_role = True
            # "the 46-year-old", "two 19-year-olds": an age used as a noun is a person
            words = {**words, "heads": {**words["heads"], n: noun_number(n)}}
            head_i = i
            break
    if head_i is None:
        for i, tok in enumerate(names):
            if norm(tok) in words["orgs"]:
                head_i = i
                break
    if head_i is None and lenient:
        # '"...," the shopkeeper said', "a mechanic at the depot said": any common noun
        # (before its post-modifier) after a quotation or opening the sentence
        stop = next((j for j, t in enumerate(names) if j and norm(t) in _POSTMOD_OPENERS), len(names))
        core_words = names[:stop]
        if (
            _LENIENT_DESCRIPTOR_RE.fullmatch(" ".join(core_words))
            and not core_words[-1].endswith("ed")
            and not any(norm(t) in STOP or t.endswith(("ly", "ing")) for t in core_words)
        ):
            head_i = stop - 1
            words = {
                **words,
                "heads": {**words["heads"], norm(names[head_i]): noun_number(norm(names[head_i]))},
            }
    return head_i, words, any_role


def _descriptor(s: str, start: int, end: int, names: list[str], head_i: int, words: dict, any_role: bool):
    """A descriptor or organisation mention around the head noun at ``head_i``, or None
    when the words around it make a clause rather than a noun phrase."""
    # a partitive ("one of the people") refers to the group
    partitive = len(names) > head_i >= 2 and norm(names[1]) == "of" and norm(names[0]) in words["determiners"]
    # ... but "one of the country's senior doctors" is one person of it, whom a lede may name next
    one = partitive and norm(names[0]) == "one"
    if partitive:
        names = names[2:]
        head_i -= 2
    pre, post = names[:head_i], names[head_i + 1 :]
    if any(norm(t) in STOP for t in pre) or len(pre) > 6 or len(post) > MAX_POSTMODIFIER_WORDS:
        return None
    prep = next(
        (
            j
            for j, t in enumerate(pre)
            if j and norm(t) in PREPOSITIONS and t[:1].islower() and pre[j - 1][:1].islower()
        ),
        None,
    )
    if prep is not None:
        # "the office of the regional governor": the noun before the preposition is the head;
        # "the pressure came from head office": a clause, not a noun phrase
        if norm(pre[prep - 1]) not in words["heads"] and norm(pre[prep - 1]) not in words["orgs"]:
            return None
        head_i = prep - 1
        pre, post = names[:head_i], names[head_i + 1 :]
        if len(post) > MAX_POSTMODIFIER_WORDS:
            return None  # "the pressure came from head office": a clause, not a noun phrase
    if (
        post
        and norm(post[0]) not in _POSTMOD_OPENERS
        and not post[0].endswith("ly")
        and not participle(post[0])
        # "a report published (Wednesday)": a text and how it came out
        and not (post[0].endswith("ed") and norm(names[head_i]) in document_words())
    ):
        return None
    finite = next((j for j, t in enumerate(post) if norm(t) in _FINITE), None)
    if post and norm(post[0]) not in _RELATIVES and finite is not None:
        # "a study from the institute had this to say", "insiders in the state were more
        # likely to": the noun phrase ends before the clause's verb
        cut = [m.start() for m in TOKEN_RE.finditer(s)][head_i + 1 + finite]
        s = s[:cut].rstrip(" ,")
        end = start + len(s)
        names, post = names[: head_i + 1 + finite], post[:finite]
    if (
        pre
        and norm(pre[0]) not in words["determiners"]
        and pre[0][0].islower() is False
        and not NAME_TOKEN_RE.match(pre[0])
    ):
        return None
    head = norm(names[head_i])
    mods = [norm_mod(t) for t in pre if norm(t) not in words["determiners"]]
    if head.startswith("ex-"):
        head, mods = head[3:], ["former", *mods]
    org = head in words["orgs"] and head not in words["heads"]
    base, plural = words["heads"].get(head, (head, False))
    core = [t for t in pre if norm(t) not in words["determiners"]] + [names[head_i]]
    full = names[1:] if pre and norm(pre[0]) in words["determiners"] else list(names)
    # "people familiar with the matter", "the office of the regional governor": the head
    # says nothing without its post-modifier
    # "a customs officer currently working at the port": a participle's reduced relative
    # clause says which officer, so it stays in the name as well
    reduced = (
        bool(post)
        and norm(post[0]) not in _POSTMOD_OPENERS
        and (participle(post[0]) or (post[0].endswith("ly") and len(post) > 1 and participle(post[1])))
    )
    name = " ".join(
        core
        + (post if head in words["generic"] or reduced or (org and post and norm(post[0]) == "of") else [])
    )
    role = " ".join(full) if (post or len(core) > 1) and not org else ""
    return Mention(
        "organisation" if org else "descriptor",
        s,
        start,
        end,
        name=name.strip(" ,"),
        role=role,
        head=base,
        mods=frozenset(mods),
        gender=gender_of(names, words),
        number="pl" if plural and not one else "sg",
        any_role=any_role,
    )


#: a run of capitalised words; it never crosses a blank line ("Headline\n\nCarlos Mendes")
