"""Resolution of a document's speaker mentions to sources.

``resolve`` links each mention of a document (read by ``_mentions.parse_speaker``) to a
source: names by surname, descriptors ("the ex-official") by their head noun and modifiers,
pronouns to the most recent compatible source (by gender and number, when the text gives
them), unnamed sources to the person named later with their role (cataphora). Name handling
lives in ``_names``, the subjects of narration sentences in ``_narration``; sources and their
agreement in ``_speaker_source``, organisations and groups in ``_speaker_orgs``, descriptors
and unnamed sources in ``_speaker_descriptors``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ._mentions import Mention, parse_speaker
from ._name_forms import (
    fullest_name,
    person_gender,
)
from ._names import (
    ORG_SUFFIXES,
    PORTFOLIO_WORDS,
    gender_of,
    norm,
    speaker_words,
    strip_postnominals,
)
from ._narration import narration_subject, previous_sentence_person, sentence_subject
from ._questions import UNNAMED_ASKER
from ._roles import role_index
from ._source_type import document_words, source_type
from ._speaker_descriptors import (
    cataphor,
    cataphoric,
    definite_anaphor,
    fallback_person,
    group_source,
    introduced_unnamed,
    match_descriptor,
    name_source,
    names_lede_source,
    note_narration,
    possessed,
    same_person,
    sentence_descriptor,
)
from ._speaker_orgs import (
    COMPANY_NOUNS,
    MAX_LEDE_NAMING_GAP,
    definite_antecedent,
    lede_organisation,
    named_organisation,
    organisation_name,
    plural_common_noun,
    referred_organisation,
)
from ._speaker_pronouns import same_sentence_subject
from ._speaker_source import Source, compatible

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


#: a neuter pronoun's document is named at most this many characters before it
_DOCUMENT_WINDOW = 300
_MEDIUM_RE = re.compile(r"\bin\s+$", re.I)
_DOCUMENT_RE = re.compile(r"\b(the|a|an|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\b", re.I)


#: the source of a question whose asker the text does not name ("Asked whether ...")
UNNAMED_ASKER_KEY = "anon:unnamed asker"


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
        if not narrative and m.kind == UNNAMED_ASKER:
            # "Asked whether ...": someone unnamed asked; no one a later statement continues
            out.append(
                {
                    "key": UNNAMED_ASKER_KEY,
                    "name": "unnamed asker",
                    "role": "",
                    "anonymous": True,
                    "source": None,
                    "source_type": "anonymous",
                }
            )
            continue
        m = plural_common_noun(m, text)
        company = False
        if m.kind == "name" and m.name:
            # "Brightwell Foods Plc": a legal form says the name is an organisation's
            company = organisation_name(m.name)
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
            src = Source("anon:unidentified speaker", "descriptor", "unidentified speaker", "", True)
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
    sources: list[Source] = field(default_factory=list)
    previous: Source | None = None
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
                s.kind == "name" and same_person(s.name, full) for s in sources
            ):
                name_source(unnamed, full, unnamed.role, pos)
                unnamed.gender = unnamed.gender or m.gender
                return
        if self.previous is not None and m.kind == "name" and names_lede_source(self.previous, m, pos, text):
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
            s.kind == "name" and same_person(s.name, fullest_name(text, m.name)) for s in sources
        ):
            full = fullest_name(text, m.name)
            if len(full.split()) >= 2 and cataphor(
                sources,
                full,
                m.role or roles.get(full, ""),
                pos,
                _after(text, m),
                text,
            ):
                return
        note_narration(sources, m, pos, text, roles)
        if m.kind == "name" and len(fullest_name(text, m.name).split()) < 2:
            weak.append((pos, m))

    def named(self, pos: int, m: Mention, company: bool) -> Source:
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
            if s.kind == "name" and same_person(s.name, full):
                src = s
                break
        if src is None:
            full = fullest_name(text, m.name)
            src = cataphor(
                sources,
                full,
                m.role or roles.get(full, ""),
                pos,
                _after(text, m),
                text,
            )
        if src is None:
            src = Source(
                f"name:{full}",
                "name",
                full,
                m.role or roles.get(full, ""),
                False,
                gender=person_gender(text, full.split()),
            )
            if (
                company
                or len(full.split()) > 1
                and norm(full.split()[-1]) in PORTFOLIO_WORDS  # "Associated Press", "Homeland Security"
                or re.match(r"the\s", m.text, re.I)
                and gender_of(full.split(), speaker_words()) is None
            ):
                # "The Treasury said": a person's name takes no article
                src.kind, src.key = "organisation", f"org:{full}"
            sources.append(src)
        return src

    def described(self, pos: int, m: Mention) -> Source:
        """The source a descriptor or an organisation's common noun refers to."""
        src = None
        sources, text, roles = self.sources, self.text, self.roles
        src = named_organisation(sources, m, pos, text)
        if src is None:
            src = group_source(sources, m)
        if src is None:
            src = match_descriptor(sources, m)
        if src is None and definite_anaphor(m) and not introduced_unnamed(text, pos, m.head):
            # "The 24-year-old striker added", "According to the expert": the person
            # the report is talking about, when that is the latest named source and
            # nothing said about them contradicts the descriptor
            src = definite_antecedent(sources, m, roles, self.previous)
        if src is None and m.kind == "organisation" and m.number == "sg" and re.match(r"the\s", m.text, re.I):
            # "Quillon Systems, the maker of ..., will cut 1,200 jobs, the company said":
            # the organisation the sentence is about; else, for a bare "the company", the
            # one the report is about: the subject of its first sentence
            org = sentence_subject(text, m.start if m.start is not None else pos)
            if org is None and re.fullmatch(r"the\s+[a-z]+", m.text.strip(), re.I):
                lede = lede_organisation(text)
                if lede is not None and (m.head in COMPANY_NOUNS or norm(lede.split()[-1]) == m.head):
                    org = lede  # "the company", or "the bank" after "Harbour Bank ..."
            if org is not None:
                org = strip_postnominals(org)
                src = next((s for s in sources if same_person(s.name, org)), None)
                if src is None:
                    src = Source(f"org:{org}", "organisation", org, "", False)
                    sources.append(src)
        if (
            src is None
            and m.kind == "organisation"
            and m.number == "sg"
            and re.fullmatch(r"the\s+[\w'\u2019-]+", m.text.strip(), re.I)
        ):
            # "the agency said" after "Customs and Border Protection said": the
            # organisation that spoke last
            src = referred_organisation(sources, m.head, text, m.start if m.start is not None else pos)
        if src is None:
            src = possessed(sources, m, pos, text)
            if src is not None:
                sources.append(src)
        if src is None:
            desc = m.role or m.name
            src = Source(
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
                cataphoric=cataphoric(m, text),
            )
            sources.append(src)
        return src

    def neuter(self, pos: int, m: Mention) -> Source | None:
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
                    if s.kind in ("organisation", "name") and same_person(s.name, m.name)
                ),
                None,
            )
            if src is None:
                src = Source(f"org:{m.name}", "organisation", m.name, "", False)
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
        if src is None:
            src = self._document_before(pos)
        return src

    def _document_before(self, pos: int) -> Source | None:
        """'Nine charities sent a letter ... "...," it said': the text a neuter pronoun
        stands for when the sentences just before it name one (a letter, a memo, an
        editorial) and no organisation speaks."""
        lo = max(0, pos - _DOCUMENT_WINDOW)
        nouns = document_words()
        found = None
        for hit in _DOCUMENT_RE.finditer(self.text, lo, pos):
            # "In a statement, the guild called her ...": a text someone speaks *in* is
            # their medium, not the source "it" stands for
            if hit.group(2).lower() in nouns and not _MEDIUM_RE.search(
                self.text, max(0, hit.start() - 4), hit.start()
            ):
                found = hit  # the last one named: nearest the pronoun
        if found is None:
            return None
        mention = parse_speaker("the " + found.group(2).lower(), found.start(2) - 4)
        return None if mention is None else self.described(pos, mention)

    def pronoun(self, pos: int, m: Mention) -> Source | None:
        """The person or group a pronoun refers to, if any."""
        src = None
        sources, text, roles, weak = self.sources, self.text, self.roles, self.weak
        if m.text.lower() in ("i", "we") and self.previous is not None:
            src = self.previous
        subject = same_sentence_subject(text, pos if m.start is None else m.start, m)
        if subject is not None:
            # "Ines Varga mocked both rivals, but she paid ...": the subject of the
            # pronoun's own sentence comes before any earlier speaker
            src = next((s for s in sources if s.kind == "name" and same_person(s.name, subject)), None)
            if src is None:
                src = Source(
                    f"name:{subject}", "name", subject, roles.get(subject, ""), False, gender=m.gender
                )
                sources.append(src)
            return src
        for s in sorted(sources, key=lambda s: -s.last):
            if src is None and compatible(s, m):
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
            if near is not None and (src is None or not same_person(src.name, near)):
                full = fullest_name(text, near)
                src = next((s for s in sources if s.kind == "name" and same_person(s.name, full)), None)
                if src is None:
                    src = Source(f"name:{full}", "name", full, roles.get(full, ""), False, gender=m.gender)
                    sources.append(src)
        if (
            src is None
            and m.number == "sg"
            and weak
            and pos - weak[-1][0] <= MAX_LEDE_NAMING_GAP
            and weak[-1][1].gender in (None, m.gender)
        ):
            w = weak[-1][1]
            src = Source(f"name:{w.name}", "name", w.name, w.role, False, gender=m.gender)
            sources.append(src)
        if src is None:
            src = fallback_person(text, pos, m) or sentence_descriptor(text, pos, m)
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


def _after(text: str, m: Mention) -> str:
    """The words after a name as written; a relative pronoun that stands for the name
    ("Ivo Marenko, who said ...", written "who") is the relative clause after it."""
    if m.text.lower() in ("who", "which"):
        return ", " + text[m.start or 0 :]
    return text[m.end :] if m.end is not None else ""
