"""Resolution of a document's speaker mentions to sources.

``resolve`` links each mention of a document (read by ``quote_mentions.parse_speaker``) to a
source: names by surname, descriptors ("the ex-official") by their head noun and modifiers,
pronouns to the most recent compatible source (by gender and number, when the text gives
them), unnamed sources to the person named later with their role (cataphora). Name handling
lives in ``quote_names``, the subjects of narration sentences in ``quote_narration``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ._mentions import Mention, parse_speaker
from ._names import (
    LEGAL_FORMS,
    NAME_SEQ_RE,
    ORG_SUFFIXES,
    body_start,
    contradicts,
    fullest_name,
    gender_of,
    is_place,
    norm,
    openers,
    person_gender,
    role_heads,
    role_index,
    same_role,
    speaker_words,
    strip_name_lead,
    strip_postnominals,
)
from ._narration import SENTENCE_END_RE, narration_subject, previous_sentence_person, sentence_subject
from ._source_type import source_type

__all__ = [
    "Mention",
    "parse_speaker",
    "resolve",
    "fullest_name",
    "role_index",
    "speaker_words",
    "narration_subject",
    "ORG_SUFFIXES",
]


@dataclass
class _Source:
    key: str
    kind: str
    name: str
    role: str
    anonymous: bool
    head: str = ""
    mods: frozenset = field(default_factory=frozenset)
    gender: str | None = None
    number: str = "sg"
    last: int = -1
    intro: str = ""  # the words that introduced the source, as written
    #: "the former minister" with no antecedent, or a lede's "A former minister": may be
    #: named just after ("definite" / "indefinite"; "" when not)
    cataphoric: str = ""


def _compatible(src: _Source, m: Mention) -> bool:
    if m.number == "pl":
        return src.number == "pl" or src.kind == "organisation"
    if src.number == "pl" or src.kind == "organisation":
        return False
    return m.gender is None or src.gender in (None, m.gender)


def resolve(
    mentions: list[tuple[int, Mention]], text: str, narration: Sequence[tuple[int, Mention]] = ()
) -> list[dict]:
    """Resolve each ``(position, mention)`` of one document's statements to a source:
    returns one dict per mention with ``key``, ``name``, ``role``, ``anonymous``.
    ``narration`` holds people the narrator introduces as the subject of a sentence
    ("Council member James Whitfield voted against"): they are candidates for later
    pronouns and descriptors, but become sources only when a statement points at them."""
    r = _Resolver(text, role_index(text))
    out: list[dict] = []
    timeline = sorted(
        [(p, 0, i, m) for i, (p, m) in enumerate(mentions)]
        + [(p, 1, i, m) for i, (p, m) in enumerate(narration)],
        key=lambda t: (t[0], t[1]),
    )
    for pos, narrative, _, m in timeline:
        m = _plural_common_noun(m, text)
        company = False
        if m.kind == "name" and m.name:
            # "Brightwell Foods Plc": a legal form says the name is an organisation's
            company = len(m.name.split()) >= 2 and m.name.split()[-1].lower() in LEGAL_FORMS
            m.name = strip_postnominals(m.name)
        if narrative:
            r.narrate(pos, m)
            continue
        src = None
        if m.kind == "name":
            src = r.named(pos, m, company)
        elif m.kind in ("descriptor", "organisation"):
            src = r.described(pos, m)
        elif m.kind == "pronoun" and m.gender == "n":
            src = r.neuter(pos, m)
            if src is None:
                out.append({"key": None, "name": "", "role": "", "anonymous": False, "source": None})
                continue
        elif m.kind == "pronoun":
            src = r.pronoun(pos, m)
        elif m.kind == "continuation":
            src = r.previous
        if src is None:
            src = _Source("anon:unidentified speaker", "descriptor", "unidentified speaker", "", True)
            r.sources.append(src)
        if m.kind == "pronoun" and m.gender and src.gender is None and m.number == "sg":
            src.gender = m.gender
        if not src.role and m.role and m.kind == "name":
            src.role = m.role
        if m.gender and src.gender is None and m.kind != "pronoun":
            src.gender = m.gender
        src.last = pos
        r.previous = src
        out.append(
            {"key": src.key, "name": src.name, "role": src.role, "anonymous": src.anonymous, "source": src}
        )
    # roles learnt later in the document apply to earlier statements too
    for row in out:
        src = row.pop("source")
        if src is not None:
            row.update(
                key=src.key,
                name=src.name,
                role=src.role,
                anonymous=src.anonymous,
                source_type=source_type(
                    src.kind, src.name, anonymous=src.anonymous, number=src.number, head=src.head
                ),
            )
    return out


@dataclass
class _Resolver:
    """The state of one document's resolution: the sources so far, the one that spoke last,
    and the people the narration names by one word only ("Silva, who ...")."""

    text: str
    roles: dict
    sources: list[_Source] = field(default_factory=list)
    previous: _Source | None = None
    weak: list[tuple[int, Mention]] = field(default_factory=list)

    def narrate(self, pos: int, m: Mention) -> None:
        """A person the narrator introduces: a candidate for later pronouns and descriptors."""
        sources, text, roles, weak = self.sources, self.text, self.roles, self.weak
        if m.naming:
            # "The woman pouring bronze ... . 'People think ...,' she says. ... Her name is
            # Agnes Morrow": the latest unnamed person of that gender is the one named
            full = fullest_name(text, m.name)
            unnamed = next(
                (
                    s
                    for s in sorted(sources, key=lambda s: -s.last)
                    if s.number == "sg" and s.kind == "descriptor" and s.gender in (None, m.gender)
                ),
                None,
            )
            if unnamed is not None and not any(
                s.kind == "name" and _same_person(s.name, full) for s in sources
            ):
                _name_source(unnamed, full, unnamed.role, pos)
                unnamed.gender = unnamed.gender or m.gender
                return
        if self.previous is not None and m.kind == "name" and _names_lede_source(self.previous, m, pos, text):
            # "A former deputy governor ... has told X that ... . Ivo Marenko, who served
            # as deputy governor, ...": the lede's unnamed source is named next
            full = fullest_name(text, m.name)
            self.previous.kind, self.previous.name, self.previous.anonymous = "name", full, False
            self.previous.key = f"name:{full}"
            self.previous.role = self.previous.role or self.previous.name
            self.previous.last = pos
            self.previous = None
            return
        if m.kind == "name" and not any(
            s.kind == "name" and _same_person(s.name, fullest_name(text, m.name)) for s in sources
        ):
            full = fullest_name(text, m.name)
            if len(full.split()) >= 2 and _cataphor(
                sources,
                full,
                m.role or roles.get(full, ""),
                pos,
                text[m.end :] if m.end is not None else "",
                text,
            ):
                return
        _note_narration(sources, m, pos, text, roles)
        if m.kind == "name" and len(fullest_name(text, m.name).split()) < 2:
            weak.append((pos, m))

    def named(self, pos: int, m: Mention, company: bool) -> _Source:
        """The source a name refers to: a person (or organisation) met before, or a new one."""
        src = None
        sources, text, roles = self.sources, self.text, self.roles
        full = fullest_name(text, m.name)  # a bare surname: its first full form
        if len(m.name.split()) == 1:
            # "Novak said" after "Ella Novak and her brother Jan ... Jan Novak said": a bare
            # surname is the person of that surname mentioned last
            full = next(
                (
                    s.name
                    for s in sorted(sources, key=lambda s: -s.last)
                    if s.kind == "name"
                    and len(s.name.split()) >= 2
                    and norm(s.name.split()[-1]) == norm(m.name)
                ),
                full,
            )
        for s in sorted(sources, key=lambda s: -s.last):
            if s.kind == "name" and _same_person(s.name, full):
                src = s
                break
        if src is None:
            full = fullest_name(text, m.name)
            src = _cataphor(
                sources,
                full,
                m.role or roles.get(full, ""),
                pos,
                text[m.end :] if m.end is not None else "",
                text,
            )
        if src is None:
            src = _Source(
                f"name:{full}",
                "name",
                full,
                m.role or roles.get(full, ""),
                False,
                gender=person_gender(text, full.split()),
            )
            if (
                company
                or re.match(r"the\s", m.text, re.I)
                and gender_of(full.split(), speaker_words()) is None
            ):
                # "The Treasury said": a person's name takes no article
                src.kind, src.key = "organisation", f"org:{full}"
            sources.append(src)
        return src

    def described(self, pos: int, m: Mention) -> _Source:
        """The source a descriptor or an organisation's common noun refers to."""
        src = None
        sources, text, roles = self.sources, self.text, self.roles
        src = _named_organisation(sources, m, pos, text)
        if src is None:
            src = _group_source(sources, m)
        if src is None:
            src = _match_descriptor(sources, m)
        if src is None and _definite_anaphor(m) and not _introduced_unnamed(text, pos, m.head):
            # "The 24-year-old striker added", "According to the expert": the person
            # the report is talking about, when that is the latest named source and
            # nothing said about them contradicts the descriptor
            src = _definite_antecedent(sources, m, roles, self.previous)
        if src is None and m.kind == "organisation" and m.number == "sg" and re.match(r"the\s", m.text, re.I):
            # "Quillon Systems, the maker of ..., will cut 1,200 jobs, the company said":
            # the organisation the sentence is about; else, for a bare "the company", the
            # one the report is about: the subject of its first sentence
            org = sentence_subject(text, m.start if m.start is not None else pos)
            if org is None and re.fullmatch(r"the\s+[a-z]+", m.text.strip(), re.I):
                lede = _lede_organisation(text)
                if lede is not None and (m.head in _COMPANY_NOUNS or norm(lede.split()[-1]) == m.head):
                    org = lede  # "the company", or "the bank" after "Harbour Bank ..."
            if org is not None:
                org = strip_postnominals(org)
                src = next((s for s in sources if _same_person(s.name, org)), None)
                if src is None:
                    src = _Source(f"org:{org}", "organisation", org, "", False)
                    sources.append(src)
        if (
            src is None
            and m.kind == "organisation"
            and m.number == "sg"
            and re.fullmatch(r"the\s+[\w'\u2019-]+", m.text.strip(), re.I)
        ):
            # "the agency said" after "Customs and Border Protection said": the
            # organisation that spoke last
            src = _latest_organisation(sources, m.head)
        if src is None:
            src = _possessed(sources, m, pos, text)
            if src is not None:
                sources.append(src)
        if src is None:
            desc = m.role or m.name
            src = _Source(
                f"anon:{desc}",
                m.kind,
                m.name,
                m.role,
                m.kind == "descriptor",
                m.head,
                m.mods,
                m.gender,
                m.number,
                intro=m.text,
                cataphoric=_cataphoric(m, text),
            )
            sources.append(src)
        return src

    def neuter(self, pos: int, m: Mention) -> _Source | None:
        """ "It said": the organisation it speaks for, or None (no statement)."""
        src = None
        sources = self.sources
        # "It said": the organisation the sentence before is about, else the source just
        # quoted when that is an organisation; never a person or a thing
        if m.name:
            src = next(
                (
                    s
                    for s in sorted(sources, key=lambda s: -s.last)
                    if s.kind in ("organisation", "name") and _same_person(s.name, m.name)
                ),
                None,
            )
            if src is None:
                src = _Source(f"org:{m.name}", "organisation", m.name, "", False)
                sources.append(src)
        elif (
            self.previous is not None
            and self.previous.number == "sg"
            and not self.previous.anonymous
            and (
                self.previous.kind == "organisation"
                or self.previous.kind == "name"
                and (
                    self.previous.name.split()[-1] in ORG_SUFFIXES
                    or norm(self.previous.name.split()[-1]) in speaker_words()["orgs"]
                )
            )
        ):
            src = self.previous
        return src

    def pronoun(self, pos: int, m: Mention) -> _Source | None:
        """The person or group a pronoun refers to, if any."""
        src = None
        sources, text, roles, weak = self.sources, self.text, self.roles, self.weak
        if m.text.lower() in ("i", "we") and self.previous is not None:
            src = self.previous
        for s in sorted(sources, key=lambda s: -s.last):
            if src is None and _compatible(s, m):
                src = s
        if m.number == "sg" and m.text.lower() not in ("i", "we"):
            # "I put the question to Councillor Dev Raman. He was candid: ...": a person
            # named in the sentence just before is more salient than an older source
            # (a source of unknown gender is passed over for a person the sentence before
            # names with the pronoun's gender: "Robin Vale said ... . Maria Santos ... 'We
            # will not sign,' she said")
            near = previous_sentence_person(
                text,
                pos,
                m,
                after=src.last if src is not None and (src.gender is not None or m.gender is None) else -1,
            )
            if near is not None and (src is None or not _same_person(src.name, near)):
                full = fullest_name(text, near)
                src = next((s for s in sources if s.kind == "name" and _same_person(s.name, full)), None)
                if src is None:
                    src = _Source(f"name:{full}", "name", full, roles.get(full, ""), False, gender=m.gender)
                    sources.append(src)
        if (
            src is None
            and m.number == "sg"
            and weak
            and pos - weak[-1][0] <= MAX_LEDE_NAMING_GAP
            and weak[-1][1].gender in (None, m.gender)
        ):
            w = weak[-1][1]
            src = _Source(f"name:{w.name}", "name", w.name, w.role, False, gender=m.gender)
            sources.append(src)
        if src is None:
            src = _fallback_person(text, pos, m) or _sentence_descriptor(text, pos, m)
            if src is not None:
                sources.append(src)
        if (
            src is None
            and m.number == "pl"
            and m.text.lower() == "they"
            and self.previous is not None
            and self.previous.kind == "name"
            and self.previous.number == "sg"
        ):
            # singular "they": with no group or organisation for it to refer to, the
            # person whose statement came just before ("Ortiz said they had applied ...
            # '...,' they said")
            src = self.previous
        return src


#: endings of plural nouns for people by what they do ("Forecasters", "Campaigners",
#: "Residents", "Critics")
_AGENT_PLURAL_RE = re.compile(r"[A-Z][a-z]{2,}(?:er|or|ist|ian|ant|ent|ee|ive|ic)s")


@lru_cache(maxsize=256)
def _capitalised_mid_sentence(text: str, word: str) -> bool:
    """``word`` follows a lower-case word or a comma somewhere in ``text`` (once per word:
    a search of the whole text for every mention was quadratic)."""
    return re.search(r"[a-z,;][^\S\n]+" + word + r"\b", text) is not None


def _plural_common_noun(m: Mention, text: str) -> Mention:
    """A one-word "name" that only the start of its sentence capitalises and that reads as a
    plural noun for people ("Forecasters said more rain was expected") is a group of unnamed
    people, not a person: a later "she" cannot mean it. A family name that ends the same way
    ("Sanders said") has its full form elsewhere in the report, or is capitalised mid-sentence."""
    if m.kind != "name" or m.start is None or not _AGENT_PLURAL_RE.fullmatch(m.text.strip()):
        return m
    word = m.text.strip()
    k = m.start  # the text before it without its trailing spaces, read backwards (no copy)
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k > 0 and not (text[k - 1] == "\n" or SENTENCE_END_RE.search(text[max(0, k - 3) : k] + " ")):
        return m
    if (
        len(fullest_name(text, word).split()) > 1
        or gender_of([word], speaker_words()) is not None
        or _capitalised_mid_sentence(text, word)
    ):
        return m
    low = word.lower()
    return Mention("descriptor", m.text, m.start, m.end, name=low, role=low, head=low[:-1], number="pl")


#: nouns by which a report refers to the company it is about, whatever its name
_COMPANY_NOUNS = frozenset("company firm group business".split())


#: kinds of organisation by their common noun: "the agency" refers back to a public body,
#: "the company" to a business; any other noun ("the club") only to a name that holds it
_ORG_CLASSES = {
    "public": frozenset(
        "agency department ministry office service authority administration bureau "
        "commission regulator watchdog government council committee".split()
    ),
    "business": frozenset(
        "company firm group maker retailer lender insurer airline operator manufacturer "
        "utility bank business corporation".split()
    ),
}


def _org_class(name: str) -> str | None:
    words = [norm(w) for w in name.split()]
    if words and (words[-1] in LEGAL_FORMS or words[-1] in _ORG_CLASSES["business"]):
        return "business"
    if any(w in _ORG_CLASSES["public"] for w in words):
        return "public"
    return None


def _latest_organisation(sources: list[_Source], head: str) -> _Source | None:
    """The named organisation that spoke last and that ``head`` ("agency", "company") can
    refer to: one of its class, a name of no known class for a public body's noun, or a
    name that holds the noun itself."""
    want = next((c for c, nouns in _ORG_CLASSES.items() if head in nouns), None)
    for s in sorted(sources, key=lambda s: -s.last):
        if (
            s.anonymous
            or s.kind not in ("name", "organisation")
            or not s.name[:1].isupper()
            or source_type(s.kind, s.name, number=s.number, head=s.head) != "organisation"
        ):
            continue
        cls = _org_class(s.name)
        if (
            head in {norm(w) for w in s.name.split()}
            or want is not None
            and (cls == want or cls is None and want == "public")
        ):
            return s
    return None


def _lede_organisation(text: str) -> str | None:
    """The organisation the first body sentence opens with as its subject ("STOCKHOLM - Norland
    Shipping AB reported ..."), or None (a person or no name)."""
    start = body_start(text)
    start += len(text[start:]) - len(text[start:].lstrip())
    end = SENTENCE_END_RE.search(text, start)
    return sentence_subject(text, end.start() if end is not None else len(text))


#: Characters that neither NAME_SEQ_RE nor the "of/for" pattern below ever consume (a full stop
#: only after a capital, "U.S."): a scan that ends after one reads the same text up to it
#: whatever its end, so matches before it can be taken from one scan of the whole text.
_BARRIER_RE = re.compile(r"[^\w\s'\u2019.\-]|(?<![A-Z])\.")


@lru_cache(maxsize=4)
def _name_index(text: str) -> tuple:
    """One scan of ``text`` for :func:`_named_organisation`: where the body starts, the
    barriers' offsets, and the names of two or more words (by their last word's ``norm``) with
    the offsets of all runs of capitalised words."""
    start = body_start(text)
    barriers = [m.start() for m in _BARRIER_RE.finditer(text)]
    by_head: dict[str, tuple[list[int], list[str]]] = {}
    for match in NAME_SEQ_RE.finditer(text, start):
        toks = strip_name_lead(match.group().split())
        if len(toks) >= 2 and toks[-1][:1].isupper():
            starts, names = by_head.setdefault(norm(toks[-1]), ([], []))
            starts.append(match.start())
            names.append(" ".join(toks))
    return start, barriers, by_head


@lru_cache(maxsize=64)
def _of_for_index(text: str, head: str) -> tuple[re.Pattern, list[int], list[re.Match]]:
    """'the Union of Secondary Teachers': one scan of ``text`` for the names that ``head``
    (capitalised) heads and that go on with "of"/"for" and capitalised words."""
    pattern = re.compile(
        r"\b(?:[A-Z][\w'\u2019-]+[^\S\n]+)*" + re.escape(head.capitalize()) + r"[^\S\n]+(?:of|for)"
        r"[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'\u2019-]+(?:[^\S\n]+(?:(?:of|for|and)[^\S\n]+(?:the[^\S\n]+)?)?"
        r"[A-Z][\w'\u2019-]+)*"
    )
    matches = list(pattern.finditer(text))
    return pattern, [m.start() for m in matches], matches


def _named_organisation(sources: list[_Source], m: Mention, pos: int, text: str) -> _Source | None:
    """ "The union said", "the board has told them": a definite common noun that ends the
    name of an organisation written earlier ("the Allied Building Workers union", "the
    Northern Lights Board") refers to that organisation, as its short form."""
    if m.number != "sg" or not m.head or re.fullmatch(r"the\s+[\w'\u2019-]+", m.text.strip(), re.I) is None:
        return None
    for s in sorted(sources, key=lambda s: -s.last):
        if s.kind == "name" and not s.anonymous and s.role == m.head and len(s.name.split()) >= 2:
            return s  # "the Allied Building Workers union" ... "the union"
    # The names written before the mention: those of a scan of the whole text that start
    # before the last barrier, and a scan from that barrier to the mention (rescanning the
    # text before each mention was quadratic on a long text).
    end = m.start if m.start is not None else pos
    body, barriers, by_head = _name_index(text)
    k = bisect_left(barriers, end) - 1
    cut = barriers[k] if k >= 0 else -1
    best = None
    for match in NAME_SEQ_RE.finditer(text, max(cut + 1, body), end):
        toks = strip_name_lead(match.group().split())
        if len(toks) >= 2 and norm(toks[-1]) == m.head and toks[-1][:1].isupper():
            best = " ".join(toks)
    if best is None and cut > body and m.head in by_head:
        starts, names = by_head[m.head]
        i = bisect_left(starts, cut) - 1
        best = names[i] if i >= 0 else None
    if best is None:
        # "the Union of Secondary Teachers" ... "the union": the noun heads a name that goes
        # on with "of"/"for" and capitalised words
        pattern, starts, matches = _of_for_index(text, m.head)
        found = [x for x in pattern.finditer(text, cut + 1, end) if x.start() >= body]
        if not found:
            i = bisect_left(starts, cut) - 1
            found = [matches[i]] if i >= 0 and matches[i].start() >= body else []
        if found:
            toks = found[-1].group().split()
            while norm(toks[0]) in speaker_words()["determiners"] or toks[0].lower() in openers():
                toks = toks[1:]  # "The Board of Trade" is the "Board of Trade"
            best = " ".join(toks)
    if best is None:
        return None
    src = next((s for s in sources if s.kind in ("name", "organisation") and s.name == best), None)
    if src is None:
        src = _Source(f"org:{best}", "organisation", best, "", False)
        sources.append(src)
    return src


#: how far after an unnamed source's statement the sentence naming it may start (characters;
#: the lede's next sentence)
MAX_LEDE_NAMING_GAP = 300


def _definite_antecedent(
    sources: list[_Source], m: Mention, roles: dict, previous: _Source | None = None
) -> _Source | None:
    """The named person a definite descriptor ("the striker", "the judge") refers back to:
    the most recent one whose role has its head noun, else the most recent one of matching
    gender and number whose known role does not contradict it, else, when every role known
    contradicts it, the speaker of the statement just before (the most salient person:
    "'...,' the researcher added" after the words of "the study's lead author")."""
    named = [s for s in sorted(sources, key=lambda s: -s.last) if s.kind == "name" and _compatible(s, m)]
    for s in named:
        if any(same_role(h, m.head) for h in role_heads(s.role or roles.get(s.name, ""))):
            return s
    for s in named:
        if m.any_role or not contradicts(s.role or roles.get(s.name, ""), m.head):
            return s
    if previous is not None and named and named[0] is previous:
        return previous
    return None


def _cataphoric(m: Mention, text: str) -> str:
    """How an unnamed source with no antecedent may be named next: "definite" ("the former
    minister"), "indefinite" ("A former transport secretary has attacked ...", a specific
    singular descriptor, not an anonymous "a senior official"), else ""."""
    if _definite_anaphor(m):
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


def _cataphor(
    sources: list[_Source], full: str, role: str, pos: int, after: str = "", text: str = ""
) -> _Source | None:
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
            _name_source(s, full, role, pos)
            return s
    for s in sorted(sources, key=lambda s: -s.last)[:1]:
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
            and 0 <= pos - s.last <= MAX_LEDE_NAMING_GAP
            and (not contradicts(role, s.head) or not contradicts(_title_role(text, full), s.head))
        ):
            _name_source(s, full, role, pos)
            return s
    return None


def _title_role(text: str, full: str) -> str:
    """The role a title before the name gives ("Dr Farida Mensah": a doctor), or ""."""
    if re.search(r"\b(?:Dr\.?|Doctor)\s+" + re.escape(full) + r"\b", text):
        return "doctor"
    return ""


_UNNAMED_RE = re.compile(
    r"\b(?:not to be (?:named|identified)|anonymity|not authori[sz]ed|declined to be named)\b"
)


def _kept_unnamed(s: _Source, text: str) -> bool:
    """The report says the unnamed source stays unnamed ("a nurse who asked not to be named")."""
    k = text.find(s.intro) if s.intro else -1
    return k >= 0 and _UNNAMED_RE.search(text, k, k + len(s.intro) + 120) is not None


def _name_source(s: _Source, full: str, role: str, pos: int) -> None:
    """An unnamed source turns out to be the person ``full`` (earlier rows follow)."""
    s.kind, s.name, s.anonymous, s.key = "name", full, False, f"name:{full}"
    s.role = role or s.role
    s.cataphoric = ""
    s.last = pos


def _names_lede_source(src, m: Mention, pos: int, text: str) -> bool:
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
    return re.search(r"\b" + re.escape(src.head) + r"\b", sentence) is not None


def _introduced_unnamed(text: str, pos: int, head: str) -> bool:
    """The body before ``pos`` introduced someone unnamed by this head noun ("A local
    shopkeeper, who asked not to be named, disagreed"): "the shopkeeper" is that person."""
    # As in _named_organisation: a match of one scan of the text that starts before the last
    # barrier is one of the text up to ``pos``; past it, the text is searched again (searching
    # the whole body before every mention was quadratic on a one-line text)
    body, barriers, _ = _name_index(text)
    pattern, starts = _introduction_index(text, head)
    k = bisect_left(barriers, pos) - 1
    cut = barriers[k] if k >= 0 else -1
    if cut > body and bisect_left(starts, cut) > 0:
        return True
    return pattern.search(text, max(cut + 1, body), pos) is not None


@lru_cache(maxsize=64)
def _introduction_index(text: str, head: str) -> tuple[re.Pattern, list[int]]:
    """'a local shopkeeper': where the body of ``text`` introduces someone by ``head``."""
    pattern = re.compile(
        r"\b(?:an?|one)\s+(?:[\w'\u2019-]+\s+){0,3}" + re.escape(head) + r"\b(?!\s+[A-Z])", re.I
    )
    return pattern, [m.start() for m in pattern.finditer(text, body_start(text))]


def _definite_anaphor(m: Mention) -> bool:
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


def _group_source(sources: list[_Source], m: Mention) -> _Source | None:
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
        # holds the noun
        return next(
            (
                s
                for s in sorted(sources, key=lambda s: -s.last)
                if not s.anonymous
                and s.kind in ("name", "organisation")
                and m.head.rstrip("s") in {w.rstrip("s") for w in norm(s.name).split()}
            ),
            None,
        )
    return None


def _match_descriptor(sources: list[_Source], m: Mention) -> _Source | None:
    generic = speaker_words()["generic"]
    for s in sorted(sources, key=lambda s: -s.last):
        if s.kind == m.kind and s.head == m.head and m.mods <= s.mods and s.number == m.number:
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
        ):
            return s  # but "a spokesperson for the board" is someone new, not the named one
    return None


_INDEFINITE_RE = re.compile(r"(?:an?|one|another)\s", re.I)


def _same_person(known: str, name: str) -> bool:
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


def _note_narration(sources: list[_Source], m: Mention, pos: int, text: str, roles: dict) -> None:
    """A person the narrator names as a sentence's subject: refresh or add a candidate."""
    if m.kind == "name":
        full = fullest_name(text, m.name)
        for s in sorted(sources, key=lambda s: -s.last):
            if s.kind == "name" and _same_person(s.name, full):
                s.last = pos
                s.role = s.role or m.role
                return
        full = fullest_name(text, m.name)
        if len(full.split()) < 2:
            return
        sources.append(
            _Source(
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
        known = _match_descriptor(sources, m)
        if known is not None:
            known.last = pos
            return
        sources.append(
            _Source(
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


def _possessed(sources: list[_Source], m: Mention, pos: int, text: str) -> _Source | None:
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
    return _Source(f"{'anon' if anonymous else 'org'}:{name}", m.kind, name, name, anonymous, m.head, m.mods)


def _sentence_descriptor(text: str, pos: int, m: Mention) -> _Source | None:
    """A pronoun with no antecedent named: the person a definite descriptor earlier in its
    sentence describes ("When the mayor unveiled plans ..., she called it ..."), an unnamed
    source that the first later name with that role will name (see :func:`_cataphor`)."""
    if m.number != "sg":
        return None
    ends = [e.end() for e in SENTENCE_END_RE.finditer(text, 0, pos)]
    start = ends[-1] if ends else 0
    for d in reversed(list(re.finditer(r"\b[Tt]he\s+[a-z][\w-]*", text[start:pos]))):
        d_m = parse_speaker(d.group())
        if (
            d_m is not None
            and d_m.kind == "descriptor"
            and d_m.number == "sg"
            and d_m.gender in (None, m.gender)
            and d_m.head not in _ANONYMOUS_HEADS
        ):
            return _Source(
                f"anon:{d_m.name}",
                "descriptor",
                d_m.name,
                "",
                True,
                d_m.head,
                d_m.mods,
                m.gender,
                intro=d_m.text,
                cataphoric="definite",
            )
    return None


def _fallback_person(text: str, pos: int, m: Mention) -> _Source | None:
    """A pronoun with no earlier source: the nearest full name before it."""
    best = None
    if m.number == "pl":
        # "they said": the nearest organisation named before ("The X Supporters' Trust")
        for match in NAME_SEQ_RE.finditer(text, 0, pos):
            toks = strip_name_lead(match.group().split())
            if len(toks) >= 2 and toks[-1] in ORG_SUFFIXES:
                best = " ".join(toks)
        if best is None:
            return None
        return _Source(f"org:{best}", "organisation", best, "", False, number="pl")
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
        ):
            best = " ".join(toks)
    if best is None:
        return None
    return _Source(f"name:{best}", "name", best, "", False, gender=m.gender)
