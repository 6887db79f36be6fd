"""Resolution of a document's speaker mentions to sources.

``resolve`` links each mention of a document (read by ``_mentions.parse_speaker``) to a
source: names by surname, descriptors ("the ex-official") by their head noun and modifiers,
pronouns to the most recent compatible source (by gender and number, when the text gives
them), unnamed sources to the person named later with their role (cataphora). Name handling
lives in ``_names``, the subjects of narration sentences in ``_narration``; sources and their
agreement in ``_speaker_source``, the state of one document's resolution (names,
descriptors, the narration's people) in ``_speaker_resolver``, pronouns in
``_speaker_pronouns`` and ``_speaker_neuter``, organisations and groups in
``_speaker_orgs``, descriptors and unnamed sources in ``_speaker_descriptors``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._firm_evidence import known_firms
from ._mentions import Mention, parse_speaker
from ._name_forms import (
    fullest_name,
)
from ._name_leads import strip_name_lead, strip_postnominals
from ._names import NAME_ORG_ENDS, ORG_SUFFIXES, gender_of, known_organisations, norm, speaker_words
from ._narration import narration_subject
from ._questions import UNNAMED_ASKER
from ._roles import role_index
from ._run_context import role_before
from ._source_type import source_type
from ._speaker_orgs import (
    organisation_name,
    plural_common_noun,
)
from ._speaker_resolver import Resolver
from ._speaker_source import Source

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
    r = Resolver(text, role_index(text))
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
        m = _surname_not_group(plural_common_noun(m, text), text)
        company = False
        if m.kind == "name" and m.name:
            # "Brightwell Foods Plc": a legal form says the name is an organisation's
            # ("the AA", "the FT": two capitals after "the" are a body's; "the GP", "the KC"
            # a person's post)
            company = organisation_name(m.name) or (
                len(m.name) == 2
                and m.name.isupper()
                and m.start is not None
                and text[max(0, m.start - 4) : m.start].lower() == "the "
                and m.name.lower() not in speaker_words()["titles"]
                and m.name not in _PERSON_INITIALISMS
            )
            m.name = strip_postnominals(m.name)
            if (
                len(m.name.split()) > 2
                and not company
                and source_type("name", m.name) == "person"
                # ("the Prince of Wales", "the Secretary of State for Health": an office's
                # title is its name)
                and " of " not in m.name
                and " for " not in m.name
            ):
                # "Candidate Aldo Ferrante said", "CNN's Dana Holt", "Ohio Gov. Tom Reyes": a
                # role noun, a title or a possessor before a person's name is no part of it
                # (an organisation's words are: "National Rifle Association")
                toks = m.name.split()
                # ("Election Commission secretary Akhtar Ahmed Sarkar": the name after a
                # role keeps its first word before a known given name)
                after_role = m.start is not None and role_before(text, m.start)
                kept = strip_name_lead(toks, after_role)
                if kept:
                    lead = toks[: len(toks) - len(kept)]
                    if lead and not m.role and not lead[-1].endswith(("'s", "\u2019s")):
                        m.role = " ".join(lead)  # "Councillor", "Ohio Gov."
                    m.name = " ".join(kept)
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
            if m.kind == "pronoun" and m.number == "sg" and m.gender in ("m", "f") and m.start is not None:
                # (a person the next sentence may name: Resolver.named)
                src.cataphoric, src.intro = "pronoun", str(m.start)
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
                source_type=_known_body(src) or _source_type(src),
            )
    return out


#: heads of a role that a firm holds as often as a person ("Archway Capital, the owner of ...",
#: "The developer, Kilbride Homes, said"), or that speaks for it ("a spokesman for Archway Capital")
_FIRM_ROLES = frozenset(
    "owner owners operator operators maker makers buyer seller provider supplier sponsor partner spokesman "
    "spokeswoman spokesperson representative developer developers contractor contractors builder "
    "builders".split()
)


def _source_type(src: Source) -> str:
    """:func:`source_type` of the source, and a person's when a name a firm's word ends is
    described as a person ("Tara Capital, a lecturer in economics, said", "Dr Kate Capital")."""
    kind = source_type(src.kind, src.name, anonymous=src.anonymous, number=src.number, head=src.head)
    if kind == "organisation" and src.kind == "name" and norm(src.name.split()[-1]) in NAME_ORG_ENDS:
        role = parse_speaker(src.role, lenient=True) if src.role else None
        if " for " in f" {src.role} " or role is not None and role.head in _FIRM_ROLES:
            return kind  # "a spokesman for Archway Capital": the firm speaks
        if (
            src.gender is not None
            or _PERSON_TITLE_RE.match(src.role or "")
            or role is not None
            and role.kind == "descriptor"
            and (role.head in speaker_words()["heads"] or role.head in speaker_words()["learned_heads"])
            and role.head not in _FIRM_ROLES
        ):
            return "person"
    return kind


_PERSON_TITLE_RE = re.compile(r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame)\b\.?")


#: posts written as two capitals ("the GP said", "the KC told the court")
_PERSON_INITIALISMS = frozenset("GP KC QC DA VP PM MP DJ MC PC DC DS DI MD".split())


def _known_body(src: Source) -> str | None:
    """ "organisation" for a one-word name the hand-written gazetteer knows as one ("Labour
    said", "Hamas said") or a firm's name of ``known_firms`` ("Boeing said"), unless a title or a pronoun gave the source a gender ("Mrs Wagner")."""
    if (
        src.kind == "name"
        and src.gender is None
        and (" " not in src.name and src.name in known_organisations() or src.name in known_firms())
    ):
        return "organisation"
    return None


def _surname_not_group(m: Mention, text: str) -> Mention:
    """ "Sanders said", "Summers left": a one-word plural-looking speaker read as a group
    ("Fishermen said") is a person when the report names them in full with a given name
    ("Bernie Sanders")."""
    word = m.text.strip()
    if m.kind != "descriptor" or m.number != "pl" or not word[:1].isupper() or m.name != word.lower():
        return m
    full = fullest_name(text, word).split()
    if len(full) < 2 or full[-1] != word or gender_of(full[:1], speaker_words()) is None:
        return m
    return Mention("name", word, m.start, m.end, name=word)
