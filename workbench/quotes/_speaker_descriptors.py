"""Descriptors and unnamed sources for speaker resolution: a source named after its
descriptor (cataphora), groups and anonymous heads, descriptors matched to known sources,
people named in narration and possessives."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ._mentions import Mention, parse_speaker
from ._name_forms import (
    fullest_name,
    person_gender,
)
from ._name_leads import strip_name_lead
from ._name_runs import NAME_SEQ_RE, is_place
from ._names import ORG_SUFFIXES, gender_of, norm, noun_number, speaker_words
from ._narration import SENTENCE_END_RE, previous_sentence_person
from ._office_names import campaign_name
from ._roles import (
    body_start,
    contradicts,
    role_heads,
    same_role,
)
from ._source_type import MEDIA_WORDS, document_words, source_type
from ._speaker_orgs import _PLACE_HEADS, MAX_LEDE_NAMING_GAP, last_barrier
from ._speaker_source import Source, institution
from ._whole_words import word_starts


def cataphoric(m: Mention, text: str) -> str:
    """How an unnamed source with no antecedent may be named next: "definite" ("the former
    minister"), "indefinite" ("A former transport secretary has attacked ...", a specific
    singular descriptor, not an anonymous "a senior official"), else ""."""
    if definite_anaphor(m):
        return "definite"
    before = text[max(0, (m.start or 0) - 4) : m.start or 0]
    if (
        m.kind == "descriptor"
        and m.number == "sg"
        and m.head not in _ANONYMOUS_HEADS
        and m.head not in speaker_words()["generic"]
        and (re.match(r"(?:an?|one\s+of)\s", m.text, re.I) or re.search(r"\ban?\s+$", before, re.I))
        and not re.search(r"\b(?:who|with)\b", m.text)
    ):
        # "A former director of the port authority has told the paper ...": a specific
        # person (of a place or body) whom the next sentence may name
        return "indefinite"
    return ""


def cataphor(
    sources: list[Source], full: str, role: str, pos: int, after: str = "", text: str = ""
) -> Source | None:
    """A definite descriptor that had no antecedent ("'...,' the former minister said.
    Richard Hale, who ...") is the next new person named just after it: the unnamed
    source becomes that person (earlier statements follow, as rows keep the source)."""
    for s in sorted(sources, key=lambda s: -s.last):
        if (
            s.kind == "descriptor"
            and s.number == "sg"
            and s.head
            and s.head not in _ANONYMOUS_HEADS
            and any(same_role(h, sh) for h in role_heads(role) for sh in {s.head} | role_heads(s.role))
            and not _kept_unnamed(s, text)
        ):
            # role agreement: "an orthopaedic surgeon who ... said" is the first person
            # named later with that role ("said the surgeon, Dr. Farhan Qureshi"), also by
            # the role of its apposition ("The lead author, a freshwater ecologist, said")
            name_source(s, full, role, pos)
            return s
    for s in sorted(sources, key=lambda s: -s.last)[:1]:
        if s.cataphoric == "pronoun":
            continue  # (a pronoun only by the next speaker named: Resolver.named)
        # an indefinite one only by a name that comes with its own description
        # ("Sir Richard Hale, who held the post ...,"), so the two are one person
        if s.cataphoric == "indefinite" and not re.match(
            r",\s+(?:who|whose|an?|the|[a-z][\w-]*(?:\s+[a-z][\w-]*)"
            r"{0,2}\s+(?:of|at|for)\s)",
            after,
        ):
            continue
        if (
            s.cataphoric
            # (one person: "according to the deeds", "the records" name no one after them)
            and s.number != "pl"
            and not (s.head and noun_number(s.head)[1])
            and s.head not in document_words()
            and 0 <= pos - s.last <= MAX_LEDE_NAMING_GAP
            # (people's roles are not compared: the lists know few of the words one person
            # goes by, "the boss" and "the manager", "the player" and "the captain"; a "Dr"
            # whose role and title both contradict the noun is someone else)
            and not (contradicts(role, s.head) and _title_contradicts(text, full, s.head))
            # ("the paper noted ... Ai Jun, its editor": a body's, a text's or a place's noun
            # is never a person named next)
            and not (_thing_noun(s.head) and source_type("name", full) == "person")
            # ("'...,' he said ... His manager, Lisa Grant, said": no woman is that "he")
            # ("the chairman" may be a woman in British copy: a noun in -man tells no gender)
            and (
                s.gender is None
                or s.head.endswith("man")
                or gender_of(full.split(), speaker_words()) in (None, s.gender)
            )
        ):
            name_source(s, full, role, pos)
            return s
    return None


#: nouns of places and of campaign committees, which no person named next is
_THING_NOUNS = frozenset(_PLACE_HEADS | {"pac", "paper"})


def _thing_noun(head: str) -> bool:
    """``head`` names a body, a medium, a text or a place, not a person."""
    return (
        head in _THING_NOUNS
        or head in speaker_words()["orgs"]
        or head in MEDIA_WORDS
        or head in document_words()
    )


def _title_contradicts(text: str, full: str, head: str) -> bool:
    """A title before the name gives a role that contradicts ``head``."""
    title = _title_role(text, full)
    return bool(title) and contradicts(title, head)


def _title_role(text: str, full: str) -> str:
    """The role a title before the name gives ("Dr Farida Mensah": a doctor), or ""."""
    # (the words the pattern needs first: a pattern compiled per name, for most texts in vain)
    if (
        full in text
        and ("Dr" in text or "Doctor" in text)
        and re.search(r"\b(?:Dr\.?|Doctor)\s+" + re.escape(full) + r"\b", text)
    ):
        return "doctor"
    return ""


_UNNAMED_RE = re.compile(
    r"\b(?:not to be (?:named|identified)|anonymity|not authori[sz]ed|declined to be named)\b"
)


def _kept_unnamed(s: Source, text: str) -> bool:
    """The report says the unnamed source stays unnamed ("a nurse who asked not to be named")."""
    k = text.find(s.intro) if s.intro else -1
    return k >= 0 and _UNNAMED_RE.search(text, k, k + len(s.intro) + 120) is not None


def name_source(s: Source, full: str, role: str, pos: int) -> None:
    """An unnamed source turns out to be the person ``full`` (earlier rows follow)."""
    s.kind, s.name, s.anonymous, s.key = "name", full, False, f"name:{full}"
    s.role = role or s.role
    s.cataphoric = ""
    s.last = pos


def names_lede_source(src, m: Mention, pos: int, text: str) -> bool:
    """The narration sentence at ``pos`` names ``src``, an unnamed source just introduced
    with an indefinite article, by giving the person its head noun ("A former deputy
    governor ... . Ivo Marenko, who served as deputy governor, ...")."""
    if (
        src is None
        or src.kind != "descriptor"
        or src.number != "sg"
        or not src.head
        or not (0 <= pos - src.last <= MAX_LEDE_NAMING_GAP)
        or len(fullest_name(text, m.name).split()) < 2
    ):
        return False
    if not re.match(r"(?:an?|one)\s", src.intro, re.I):
        return False
    end = text.find(".", pos)
    sentence = text[pos : end if end > 0 else len(text)].lower()
    return bool(word_starts(sentence, src.head))


def introduced_unnamed(text: str, pos: int, head: str) -> bool:
    """The body before ``pos`` introduced someone unnamed by this head noun ("A local
    shopkeeper, who asked not to be named, disagreed"): "the shopkeeper" is that person."""
    # As in named_organisation: a match of one scan of the text that starts before the last
    # barrier is one of the text up to ``pos``; past it, the text is searched again (searching
    # the whole body before every mention was quadratic on a one-line text)
    body = body_start(text)
    pattern, starts = _introduction_index(text, head)
    cut = last_barrier(text, pos)
    if cut > body and bisect_left(starts, cut) > 0:
        return True
    return pattern.search(text, max(cut + 1, body), pos) is not None


@lru_cache(maxsize=64)
def _introduction_index(text: str, head: str) -> tuple[re.Pattern, list[int]]:
    """'a local shopkeeper': where the body of ``text`` introduces someone by ``head``."""
    pattern = _introduction_re(head)
    return pattern, [m.start() for m in pattern.finditer(text, body_start(text))]


@lru_cache(maxsize=256)  # compiled once per head, not once per text and head
def _introduction_re(head: str) -> re.Pattern:
    return re.compile(
        r"\b(?:an?|one)\s+(?:[\w'\u2019-]+\s+){0,3}" + re.escape(head) + r"\b(?!\s+[A-Z])", re.I
    )


def definite_anaphor(m: Mention) -> bool:
    """ "the striker", "the 24-year-old cardiologist": a singular definite descriptor with
    no post-modifier and a specific head (not "the official", "the source")."""
    return (
        m.kind == "descriptor"
        and m.number == "sg"
        and re.match(r"the\s", m.text, re.I) is not None
        and m.head not in _ANONYMOUS_HEADS
        and m.head not in speaker_words()["generic"]
        and not re.search(r"\b(?:of|for|at|in|from|who|with)\b", m.text)
    )


#: nouns for a group of people, which refer back to the group last named ("the team")
_COLLECTIVE_HEADS = frozenset("team panel crew".split())


#: heads of descriptors that stand for unnamed sources even when definite ("the official said")
_ANONYMOUS_HEADS = frozenset(
    "official source sources spokesman spokeswoman spokesperson aide insider "
    "diplomat negotiator officer representative ex-official".split()
)


def group_source(sources: list[Source], m: Mention) -> Source | None:
    """A definite collective or plural noun referring back to a group: "the team" to the
    group of people last named, "the doctors" to the named group whose name holds the noun."""
    if m.head in _COLLECTIVE_HEADS and m.number == "sg" and re.match(r"the\s", m.text, re.I):
        # "Researchers at X followed 4,000 people ... , the team reported": a collective
        # noun refers back to the group of people last named
        return next(
            (
                s
                for s in sorted(sources, key=lambda s: -s.last)
                if s.kind == "descriptor" and s.number == "pl"
            ),
            None,
        )
    if m.number == "pl" and re.match(r"the\s", m.text, re.I):
        # "the doctors" after "Doctors for Camp Closure": the named group whose name
        # holds the noun; "the physicians" or "the campaigners": a campaign of such people
        return next(
            (
                s
                for s in sorted(sources, key=lambda s: -s.last)
                if not s.anonymous
                and s.kind in ("name", "organisation")
                and (
                    m.head.rstrip("s") in {w.rstrip("s") for w in norm(s.name).split()}
                    or (m.head in _CAMPAIGN_PEOPLE or _same_people(m.head, s.name))
                    and campaign_name(s.name) is not None
                )
            ),
            None,
        )
    if m.head in _CAMPAIGN_NOUNS and m.number == "sg" and re.fullmatch(r"the\s+[a-z]+", m.text.strip(), re.I):
        # "Parents Against Cuts said ... . The group said": the campaign named last
        return next(
            (
                s
                for s in sorted(sources, key=lambda s: -s.last)
                if not s.anonymous
                and s.kind in ("name", "organisation")
                and campaign_name(s.name) is not None
            ),
            None,
        )
    return None


#: people of any campaign ("the campaigners" after "Residents Against the Incinerator")
_CAMPAIGN_PEOPLE = frozenset("campaigner activist member supporter organizer organiser".split())
#: an organisation's nouns that a campaign is called by ("the group", "the campaign")
_CAMPAIGN_NOUNS = frozenset("group campaign organisation organization coalition".split())


def _same_people(head: str, name: str) -> bool:
    """``head`` (a singular noun) names the people of the campaign ``name``, or is their
    noun's synonym ("physician" for "Doctors for ...")."""
    people = campaign_name(name)
    return people is not None and same_role(head, people)


def match_descriptor(sources: list[Source], m: Mention) -> Source | None:
    generic = speaker_words()["generic"]
    for s in sorted(sources, key=lambda s: -s.last):
        if (
            s.kind == m.kind
            and s.head == m.head
            and m.mods <= s.mods
            and s.number == m.number
            # ("Ann Lowe and the ambassador signed ... The ambassador said": one of the two)
            and not (m.number == "sg" and " and " in s.name and " and " not in m.name)
        ):
            # "people familiar with their thinking" is not "people familiar with the talks"
            if m.head in generic and m.name.lower() not in (s.name.lower(), m.head):
                continue
            return s
        if (
            s.kind == "name"
            and m.head
            and any(same_role(h, m.head) for h in role_heads(s.role))
            and m.kind == "descriptor"
            and m.number == "sg"
            and not _INDEFINITE_RE.match(m.text)
            # ("Father Liam Roe spoke. Her father said": someone's kin, not the priest)
            and not (
                m.head in _KIN_TITLES
                and _POSSESSOR_RE.match(m.text)
                # (the title, capitalised; "his brother Alastair Roe" is his brother)
                and any(w in _CLERGY_KIN for w in (s.role or "").split())
            )
        ):
            return s  # but "a spokesperson for the board" is someone new, not the named one
    return None


_INDEFINITE_RE = re.compile(r"(?:an?|one|another)\s", re.I)
#: kin nouns that are clergy's titles too ("Father Liam Roe", "Sister Ann")
_KIN_TITLES = frozenset("father mother sister brother".split())
_CLERGY_KIN = frozenset("Father Mother Sister Brother".split())
#: a possessor before the noun ("her father", "the girl's father")
_POSSESSOR_RE = re.compile(r"(?:his|her|their|my|our|your)\s|(?:the\s+)?[\w-]+['\u2019]s?\s", re.I)


def same_person(known: str, name: str) -> bool:
    """``name`` can refer to the source called ``known``: the same surname, and the same
    first name when both give one ("Ashby" = "Margaret Ashby" != "Daniel Ashby").
    An organisation's name must match whole."""
    a, b = known.split(), name.split()
    if a[-1] in ORG_SUFFIXES or b[-1] in ORG_SUFFIXES:
        return norm(known) == norm(name) or known.endswith(" " + name)
    if norm(a[-1]) != norm(b[-1]):
        # "Sarah added" after "Sarah Collins": a first name alone (feature and sports style)
        return len(b) == 1 and len(a) >= 2 and norm(a[0]) == norm(b[0])
    return len(a) < 2 or len(b) < 2 or norm(a[0]) == norm(b[0])


def note_narration(sources: list[Source], m: Mention, pos: int, text: str, roles: dict) -> None:
    """A person the narrator names as a sentence's subject: refresh or add a candidate."""
    if m.kind == "name":
        full = fullest_name(text, m.name)
        for s in sorted(sources, key=lambda s: -s.last):
            if s.kind == "name" and same_person(s.name, full):
                s.last = pos
                s.role = s.role or m.role
                return
        full = fullest_name(text, m.name)
        if len(full.split()) < 2:
            return
        sources.append(
            Source(
                f"name:{full}",
                "name",
                full,
                m.role or roles.get(full, ""),
                False,
                gender=m.gender or person_gender(text, full.split()),
                last=pos,
            )
        )
    elif m.kind == "descriptor":
        known = match_descriptor(sources, m)
        if known is not None:
            known.last = pos
            return
        sources.append(
            Source(
                f"anon:{m.role or m.name}",
                m.kind,
                m.name,
                m.role,
                True,
                m.head,
                m.mods,
                m.gender,
                m.number,
                last=pos,
            )
        )


def possessed(sources: list[Source], m: Mention, pos: int, text: str) -> Source | None:
    """ "His office said", "her lawyer said": the office or person of whom the possessive
    points to (the person named in the sentence before, else the latest source of that
    gender), as a new source "office of Daniel Okonjo"; None when there is no such person."""
    poss = re.match(r"(his|her)\s", m.text, re.I)
    if poss is None or m.number != "sg":
        return None
    gender = "m" if poss.group(1).lower() == "his" else "f"
    who = previous_sentence_person(text, pos, Mention("pronoun", poss.group(1), gender=gender), after=-1)
    if who is None:
        who = next(
            (
                s.name
                for s in sorted(sources, key=lambda s: -s.last)
                if s.kind == "name" and s.gender in (None, gender) and len(s.name.split()) >= 2
            ),
            None,
        )
    if who is None:
        return None
    name = f"{m.name} of {fullest_name(text, who)}"
    anonymous = m.kind == "descriptor"
    return Source(f"{'anon' if anonymous else 'org'}:{name}", m.kind, name, name, anonymous, m.head, m.mods)


def sentence_descriptor(text: str, pos: int, m: Mention) -> Source | None:
    """A pronoun with no antecedent named: the person a definite descriptor earlier in its
    sentence describes ("When the mayor unveiled plans ..., she called it ..."), an unnamed
    source that the first later name with that role will name (see :func:`cataphor`)."""
    if m.number != "sg":
        return None
    ends = [e.end() for e in SENTENCE_END_RE.finditer(text, 0, pos)]
    start = ends[-1] if ends else 0
    # only before the pronoun ("He went in, and the manager was ...": not the manager)
    end = m.start if m.start is not None and start <= m.start < pos else pos
    own = [
        _fits_one_or_two(text[start:end], d, m)
        for d in re.finditer(r"\b[Tt]he\s+[a-z][\w-]*", text[start:end])
    ]
    found = next((d for d in reversed(own) if d is not None), None)
    if found is None and ends:
        # none there: the sentence just before ("Emma Hart met the widower. He said ...": no
        # name fits "He"); of several there, the one of the pronoun's gender, else none
        # ("The governor and the mayor met. She said": either)
        found = _previous_sentence_person(text[ends[-2] if len(ends) > 1 else 0 : start], m)
    if found is None:
        return None
    return Source(
        f"anon:{found.name}",
        "descriptor",
        found.name,
        "",
        True,
        found.head,
        found.mods,
        m.gender,
        intro=found.text,
        cataphoric="definite",
    )


#: "the X" in the sentence before, with what follows it: a possessive "'s" makes it no
#: person of its own ("the mayor's driver" is the driver), "and" a pair ("the author and ...")
_THE_NOUN_RE = re.compile(r"\b[Tt]he\s+[a-z][\w-]*(?P<poss>['\u2019]s?\b)?(?P<pair>\s+and\s)?")
#: "the" and two words in lower case ("the shadow chancellor")
_THE_TWO_RE = re.compile(r"[Tt]he\s+[a-z][\w-]*\s+[a-z][\w-]*(?![\w'\u2019])")
#: nouns of a group: no "he" or "she" ("The hospital apologised to the family. She said")
_GROUPS = frozenset(
    "family jury crowd team staff public panel committee board group couple audience crew class".split()
)
_OTHER_POSSESSIVE = {"m": re.compile(r"\b[Hh]er\b"), "f": re.compile(r"\b[Hh]is\b")}


def _previous_sentence_person(sentence: str, m: Mention) -> Mention | None:
    """The person a pronoun with no antecedent in its own sentence stands for in the sentence
    before: the one description that fits it, or of several the one of its gender; none when
    the sentence also has a possessive of the other gender ("met the minister and his aide.
    She"), or the one that fits is half of a pair with a noun the lists do not know ("The
    author and the publisher met. He")."""
    if m.gender in _OTHER_POSSESSIVE and _OTHER_POSSESSIVE[m.gender].search(sentence):
        return None
    fits = []
    for d in _THE_NOUN_RE.finditer(sentence):
        phrase = d.group().split("'")[0].split("\u2019")[0].removesuffix(" and ").strip()
        d_m = None if d.group("poss") else _fits(phrase, m)
        if d_m is None and not d.group("poss") and not d.group("pair"):
            # "The shadow chancellor hit back. She said": a modifier before the noun
            two = _THE_TWO_RE.match(sentence, d.start())
            d_m = _fits(two.group(), m) if two is not None else None
        if d_m is not None and d_m.head not in _GROUPS:
            paired = d.group("pair") is not None or re.search(r"\sand\s+$", sentence[: d.start()]) is not None
            fits.append((d_m, paired))
    gendered = [d for d, _ in fits if d.gender is not None]
    if len(gendered) == 1:
        return gendered[0]
    if len(fits) == 1 and not fits[0][1]:
        return fits[0][0]
    return None


def _fits_one_or_two(sentence: str, d: re.Match, m: Mention) -> Mention | None:
    """ "the X" at ``d`` read as a person ``m`` may stand for, else "the X Y" with a modifier
    before the noun ("The opposition leader has a point when she says": not "the
    opposition")."""
    found = _fits(d.group(), m)
    if found is None:
        two = _THE_TWO_RE.match(sentence, d.start())
        found = _fits(two.group(), m) if two is not None else None
    return found


def _fits(phrase: str, m: Mention) -> Mention | None:
    """``phrase`` ("the widower") read as a person the singular pronoun ``m`` may stand for."""
    d_m = parse_speaker(phrase)
    if (
        d_m is not None
        and d_m.kind == "descriptor"
        and d_m.number == "sg"
        and d_m.gender in (None, m.gender)
        and d_m.head not in _ANONYMOUS_HEADS
    ):
        return d_m
    return None


def fallback_person(text: str, pos: int, m: Mention) -> Source | None:
    """A pronoun with no earlier source: the nearest full name before it."""
    best = None
    # before the pronoun, not only before the statement ("She told Harbor Radio the talks
    # ...": the one she told is no antecedent)
    pos = m.start if m.start is not None and m.start < pos else pos
    if m.number == "pl":
        # "they said": the nearest organisation named before ("The X Supporters' Trust")
        for match in NAME_SEQ_RE.finditer(text, 0, pos):
            toks = strip_name_lead(match.group().split())
            if len(toks) >= 2 and toks[-1] in ORG_SUFFIXES:
                best = " ".join(toks)
        if best is None:
            return None
        return Source(f"org:{best}", "organisation", best, "", False, number="pl")
    for match in NAME_SEQ_RE.finditer(text, 0, pos):
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.end()]
        if re.match(r"\s*(?:By|BY)\s", line):
            continue  # "By Hannah Lindqvist": the byline names the writer, not a speaker
        toks = strip_name_lead(match.group().split())
        if (
            len(toks) >= 2
            and not toks[-1].endswith(("'s", "\u2019s"))
            and not is_place(text, match.start(), toks)
            and gender_of(toks, speaker_words()) in (None, m.gender)
            # ("Speaking to Harbor Radio, she said": a body is no "she")
            and not institution(" ".join(toks))
        ):
            best = " ".join(toks)
    if best is None:
        return None
    return Source(f"name:{best}", "name", best, "", False, gender=m.gender)
