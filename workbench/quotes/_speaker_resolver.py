"""The state of one document's speaker resolution (:class:`Resolver`): the people the
narration introduces, and the source a name or a descriptor refers to; pronouns are
resolved in ``_speaker_pronouns``, neuter pronouns in ``_speaker_neuter``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ._back_references import (
    asker_of,
    askers_before,
    figure_subject_body,
    initials_holder,
    initials_mention,
    office_holder,
    person_subject,
    previous_body,
    title_initials,
)
from ._mentions import Mention
from ._name_forms import fullest_name, person_gender
from ._name_leads import strip_postnominals
from ._names import PORTFOLIO_WORDS, gender_of, norm, speaker_words
from ._narration import earlier_subject_organisation, sentence_ends_before, sentence_subject
from ._office_names import office_name
from ._source_type import document_words
from ._speaker_descriptors import (
    cataphor,
    cataphoric,
    definite_anaphor,
    group_source,
    introduced_unnamed,
    match_descriptor,
    name_source,
    names_lede_source,
    note_narration,
    possessed,
    same_person,
)
from ._speaker_neuter import neuter_source
from ._speaker_orgs import (
    COMPANY_NOUNS,
    FIRM_TRADES,
    REFERRING_BODY_NOUNS,
    compatible_body,
    definite_antecedent,
    kinds_clash,
    lede_noun,
    lede_organisation,
    named_organisation,
    referred_organisation,
)
from ._speaker_pronouns import pronoun_source
from ._speaker_source import Source
from ._topic_person import topic_person

__all__ = ["Resolver"]


@dataclass
class Resolver:
    """The state of one document's resolution: the sources so far, the one that spoke last,
    and the people the narration names by one word only ("Silva, who ...")."""

    text: str
    roles: dict
    sources: list[Source] = field(default_factory=list)
    previous: Source | None = None
    weak: list[tuple[int, Mention]] = field(default_factory=list)
    #: the initials of the titles of the people named, built when first needed ("the CM")
    initials: dict[str, list[str]] | None = None

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
            if len(full.split()) >= 2 and self._cataphor(pos, m, full):
                return
        note_narration(sources, m, pos, text, roles)
        if m.kind == "name" and len(fullest_name(text, m.name).split()) < 2:
            weak.append((pos, m))

    def _cataphor(self, pos: int, m: Mention, full: str) -> Source | None:
        """The source announced before the name ``full`` first appears, if any."""
        if m.start is not None and _AFTER_QUOTATION_AND_RE.search(self.text, max(0, m.start - 8), m.start):
            return None  # '... the minister saying "A," and Ann Lee saying "B."': two people
        role = m.role or self.roles.get(full, "")
        # ("Asked by the judge whether ..., Marchetti said": the asker is not who answers)
        askers = askers_before(self.text, m)
        sources = [s for s in self.sources if not asker_of(askers, s)] if askers else self.sources
        return cataphor(sources, full, role, pos, _after(self.text, m), self.text)

    def named(self, pos: int, m: Mention, company: bool) -> Source:
        """The source a name refers to: a person (or organisation) met before, or a new one."""
        src = None
        sources, text, roles = self.sources, self.text, self.roles
        full = fullest_name(text, m.name)  # a bare surname: its first full form
        holder = None
        if m.start is not None and initials_mention(text, m):
            if self.initials is None:
                self.initials = title_initials(roles)  # (once per document)
            holder = initials_holder(text, m.name, m.start, self.initials)
        if holder is not None:
            # ("Chief Minister P. Devaraj Gowda ... The CM said": the holder of the title)
            src = next((s for s in sources if s.kind == "name" and same_person(s.name, holder)), None)
            if src is None:
                src = Source(f"name:{holder}", "name", holder, roles.get(holder, ""), False)
                sources.append(src)
            return src
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
            full = fullest_name(text, m.name)  # not the surname's namesake taken above
            src = self._pronoun_cataphor(pos, m, full) or self._cataphor(pos, m, full)
        if src is None:
            src = Source(
                f"name:{full}",
                "name",
                full,
                m.role or roles.get(full, ""),
                False,
                gender=person_gender(text, full.split()),
            )
            if company or (
                (
                    len(full.split()) > 1
                    and norm(full.split()[-1]) in PORTFOLIO_WORDS  # "Associated Press", "Homeland Security"
                    or re.match(r"the\s", m.text, re.I)
                    # (not a person named after a description: "the mayor of Riverton, Clara Jensen")
                    and ", " not in m.text
                    and gender_of(full.split(), speaker_words()) is None
                )
                and not office_name(full, speaker_words())  # "the Minister for Health"
            ):
                # "The Treasury said": a person's name takes no article
                src.kind, src.key = "organisation", f"org:{full}"
            sources.append(src)
        return src

    def _pronoun_cataphor(self, pos: int, m: Mention, full: str) -> Source | None:
        """ "'...,' she joked, laughing. Presenter Ada Obi, 41, said": a pronoun that opened the
        text with no one to refer to is the person the next sentence names as a speaker,
        when no one else was named or spoke between and the name's gender does not clash."""
        latest = max(self.sources, key=lambda s: s.last, default=None)
        if (
            latest is None
            or latest.cataphoric != "pronoun"
            or len(full.split()) < 2
            or m.start is None
            or gender_of(full.split(), speaker_words()) not in (None, latest.gender)
            or any(s.kind == "name" for s in self.sources)
        ):
            return None
        # (in the next sentence: the pronoun's sentence is the one before the name's)
        ends = sentence_ends_before(self.text, m.start)
        at = int(latest.intro)
        if not ends or at >= ends[-1] or len(ends) > 1 and at < ends[-2]:
            return None
        name_source(latest, full, m.role or self.roles.get(full, ""), pos)
        latest.cataphoric = ""
        return latest

    def described(self, pos: int, m: Mention) -> Source:
        """The source a descriptor or an organisation's common noun refers to."""
        src = None
        sources, text, roles = self.sources, self.text, self.roles
        src = named_organisation(sources, m, pos, text)
        if src is None:
            src = group_source(sources, m)
        if src is None:
            src = match_descriptor(sources, m)
        if src is None and m.kind == "descriptor" and m.head in FIRM_TRADES:
            # "Airbus delivered 72 jets, the planemaker said": a firm's trade refers to a
            # firm as "the company" does, never to a person named before
            return self._body(pos, replace(m, kind="organisation")) or self._anonymous(m)
        if src is None and m.start is not None:
            aged = aged_name(text, m)
            if aged is not None:
                # "Firefighters rescued Edna Walsh, 88, ... the 88-year-old said": the person
                # of that age the text names before (a speaker or not)
                src = next((s for s in sources if s.kind == "name" and same_person(s.name, aged)), None)
                if src is None:
                    src = Source(f"name:{aged}", "name", aged, roles.get(aged, ""), False)
                    sources.append(src)
        if src is None and definite_anaphor(m) and not introduced_unnamed(text, pos, m.head):
            # "The 24-year-old striker added", "According to the expert": the person
            # the report is talking about, when that is the latest named source and
            # nothing said about them contradicts the descriptor
            src = definite_antecedent(sources, m, roles, self.previous, text)
        if src is None and not introduced_unnamed(text, pos, m.head):
            # ("Governor Ivan Sydorenko wrote ... . '...,' the official said")
            src = office_holder(self.previous, m, pos, roles)
        if src is None and definite_anaphor(m) and not any(s.kind == "name" for s in sources):
            # ("... not in Aiyana Blackhorse's nature. '...,' the rookie told reporters")
            topic = topic_person(text, pos, m)
            if topic is not None:
                src = Source(f"name:{topic}", "name", topic, roles.get(topic, ""), False)
                sources.append(src)
        if src is None:
            src = self._body(pos, m)
        if src is None:
            src = possessed(sources, m, pos, text)
            if src is not None:
                sources.append(src)
        return src if src is not None else self._anonymous(m)

    def _anonymous(self, m: Mention) -> Source:
        """A new source for a descriptor or a common noun that refers to none before."""
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
            cataphoric=cataphoric(m, self.text),
        )
        self.sources.append(src)
        return src

    def _body(self, pos: int, m: Mention) -> Source | None:
        """The organisation an organisation's common noun ("the company said") refers to: the
        body its sentence, the report or the text just before is about, or that spoke last."""
        sources, text = self.sources, self.text
        src = None
        if (
            m.kind == "organisation"
            and m.number == "sg"
            and re.match(r"the\s", m.text, re.I)
            # (a text is no body a sentence is about: "Unfortunately, the research suggests")
            and m.head not in document_words()
        ):
            # "Quillon Systems, the maker of ..., will cut 1,200 jobs, the company said":
            # the organisation the sentence is about; else, for a bare "the company", the
            # one the report is about: the subject of its first sentence
            org = sentence_subject(text, m.start if m.start is not None else pos)
            lone = None
            if org is None and m.head in REFERRING_BODY_NOUNS and m.start is not None:
                # ("Tarvo is recalling 9,000 cars, the company said", "A Tarvo spokeswoman
                # said ..." after it): a one-word subject the text names as a name elsewhere
                own = earlier_subject_organisation(text, m.start, m.head, own=True)
                org = own[0] if own is not None and len(own[0].split()) == 1 else None
                lone = org
            if org is not None and kinds_clash(org, m.head):
                # ("Halvern Pharma will cut 300 jobs, the union said": the subject of the
                # words the union said, no union)
                org = None
            if org is not None and m.start is not None and person_subject(text, org, m.start):
                # ("Mayor Ama Boateng said the roads were clear, but the army said ...": a
                # titled person, or one who spoke a clause of their own; the body of the
                # next is another source)
                org = None
            if org is None and m.head in REFERRING_BODY_NOUNS and m.start is not None:
                # ("Revenue at Corvane Networks rose 31%, the company said")
                org = figure_subject_body(text, m.start, m.head)
            if org is None and re.fullmatch(r"the\s+[a-z]+", m.text.strip(), re.I):
                lede = lede_organisation(text, m.head)
                if (
                    lede is not None
                    and not kinds_clash(lede, m.head)
                    and (
                        m.head in COMPANY_NOUNS
                        or norm(lede.split()[-1]) == m.head
                        or lede_noun(text) == m.head
                    )
                ):
                    # "the company", or "the bank" after "Harbour Bank ..." or "The bank
                    # Harcourt Lyle ..."
                    org = lede
            if org is not None:
                org = strip_postnominals(org)
                src = next(
                    (s for s in sources if s.name == org or org != lone and same_person(s.name, org)), None
                )
                if src is not None and src.kind == "name" and src.gender is not None:
                    # "Ted Cruz is protesting ... . The group seeks ...": the subject is a
                    # person (a gender is known of them), whom an organisation's noun never means
                    src = None
                elif src is None:
                    src = Source(f"org:{org}", "organisation", org, "", False)
                    sources.append(src)
        if (
            src is None
            and m.kind == "organisation"
            and m.number == "sg"
            and re.fullmatch(r"the\s+(?:local\s+)?[\w'\u2019-]+", m.text.strip(), re.I)
        ):
            # "the agency said" after "Customs and Border Protection said": the
            # organisation that spoke last
            src = referred_organisation(sources, m.head, text, m.start if m.start is not None else pos)
            if (
                src is None
                and m.head in REFERRING_BODY_NOUNS
                and re.fullmatch(r"the\s+(?:local\s+)?[a-z]+", m.text.strip(), re.I)
            ):
                src = self._earlier_body(m, pos)
        if src is None:
            # ("Stratalink said ... . The company said")
            src = previous_body(self.previous, m, pos, REFERRING_BODY_NOUNS)
        return src

    def _earlier_body(self, m: Mention, pos: int) -> Source | None:
        """ "Zorvia has fixed the outage. The company said", "Hope Without Borders runs three
        clinics. The charity said": the body a sentence just before is about, when nothing
        else names what a bare "the company" refers to; never a person a gender is known of."""
        at = m.start if m.start is not None else pos
        found = earlier_subject_organisation(self.text, at, m.head)
        if found is None:
            figure = figure_subject_body(self.text, at, m.head, previous=True)
            found = (figure, 0) if figure is not None else None
        if found is None or not compatible_body(found[0], m.head):
            return None
        org = strip_postnominals(found[0])
        # (not a group it employs: "Amazon workers staged a walkout. The company said")
        # (a one-word body is that name only: "Twitter" is no "Wilayat Twitter" named later)
        same = (lambda s: s.name == org) if " " not in org else (lambda s: same_person(s.name, org))
        src = next((s for s in self.sources if s.kind != "descriptor" and same(s)), None)
        if src is None:
            src = Source(f"org:{org}", "organisation", org, "", False)
            self.sources.append(src)
        elif src.kind != "name" or src.gender is not None:
            return None
        src.kind = "organisation"  # (what "the charity" refers to is one)
        return src

    def neuter(self, pos: int, m: Mention) -> Source | None:
        """ "It said": the organisation it speaks for, or None (no statement)."""
        return neuter_source(self, pos, m)

    def pronoun(self, pos: int, m: Mention) -> Source | None:
        """The person or group a pronoun refers to, if any."""
        return pronoun_source(self, pos, m)


#: a closing mark and "and" right before a name: the name opens a clause of its own
_AFTER_QUOTATION_AND_RE = re.compile(r"[\"\u201d],?\s+and\s+$")


#: "the 88-year-old" (with a noun after it or not)
_AGE_MENTION_RE = re.compile(r"[Tt]he\s+(\d{1,3})-year-old\b")
#: how far before the mention the aged name may be written (characters)
_AGED_NAME_WINDOW = 1500


def aged_name(text: str, m: Mention) -> str | None:
    """The full name written with the age that ``m`` ("the 88-year-old") gives ("Edna Walsh,
    88,"), the latest one before it in a window; None when none or two such names."""
    age = _AGE_MENTION_RE.match(m.text or "")
    if age is None or m.start is None:
        return None
    lo = max(0, m.start - _AGED_NAME_WINDOW)
    found = re.findall(
        r"\b((?:[A-Z][\w'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+),\s+" + age.group(1) + r"\b(?!-)",
        text[lo : m.start],
    )
    names = {f for f in found if f.split()[0] not in ("The", "A", "An")}
    return names.pop() if len(names) == 1 else None


def _after(text: str, m: Mention) -> str:
    """The words after a name as written; a relative pronoun that stands for the name
    ("Ivo Marenko, who said ...", written "who") is the relative clause after it."""
    if m.text.lower() in ("who", "which"):
        return ", " + text[m.start or 0 :]
    return text[m.end :] if m.end is not None else ""
