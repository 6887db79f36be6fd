"""The labels of a transcript's lines: who a "Label:" before a line's words names. A name
("Anna Berg:", "PRYCE:" after "Alan Pryce"), a title and a surname ("Mr Doyle:"), a role and
a name ("Presenter Sima Kaur:"), a role alone ("HOST:", "CALLER (Dave, Leeds):") or an
interview's "Q:" and "A:"; a newsroom's note ("Update:", "Editor's Note:"), a heading and a
clause ("Police said:") name no one."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ._colon_labels import role_and_name
from ._memo import per_document
from ._mention_type import Mention
from ._mentions import parse_speaker
from ._name_runs import NAME_SEQ_RE
from ._names import colon_dateline, norm, speaker_words

__all__ = ["Label", "read_label", "named_elsewhere", "written_in_full"]

#: labels of the newsroom's notes and possessives ("Editor's Note:", "Update:")
_NOT_A_SPEAKER_RE = re.compile(
    r"['\u2019]s\b|\b(?:Note|Update|Correction|Clarification|Warning|Disclaimer)\b", re.I
)
#: an interview's question and answer
_QUESTION_LABELS = frozenset({"q", "question", "interviewer"})
_ANSWER_LABELS = frozenset({"a", "answer"})
#: the roles a broadcast's, a podcast's, a sitting's or a hearing's transcript labels its
#: speakers by ("HOST:", "Caller:", "MAYOR:"), alone or before a name ("Presenter Sima Kaur:")
TRANSCRIPT_ROLES = frozenset(
    """host co-host cohost presenter co-presenter interviewer caller guest anchor co-anchor reporter
    correspondent moderator chair chairman chairwoman chairperson panellist panelist questioner
    announcer witness interviewee listener viewer audience-member mayor minister premier senator
    councillor judge prosecutor defendant spokesperson spokesman spokeswoman operator speaker
    deputy-speaker mr-speaker madam-speaker madam-deputy-speaker presiding-officer
    deputy-presiding-officer hon.-members""".split()
)
#: a title before a surname, with or without its full stop ("Mr Doyle", "Dr. Reed")
_TITLE_RE = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Baroness|Rev|Cllr|Councillor|Rep|Sen|Gov)\.?[ \t]+"
    r"(?=[A-Z])",
    re.I,
)
#: a party's short name closing a member's label ("(Lab)", "(SNP)", "(R-Texas)", "(Lab/Co-op)"),
#: after the seat's or not ("Ann Roe (Leeds North) (Con):")
_PARTY_ASIDE_RE = re.compile(
    r"\((?:[A-Z]{2,5}|[A-Z][a-z]{2}|Lib Dem|Green|[RDI]-[A-Z][\w. ]{1,15})(?:/[\w-]+)?\)\s*$"
)
#: a name in an aside after a role ("CALLER (Dave, Leeds)", "The Minister (Ms Ruth Hale)")
_ASIDE_NAME_RE = re.compile(r"\(\s*([^(),]+?)\s*(?:,[^()]*)?\)")


@dataclass(frozen=True)
class Label:
    """A line's label: the speaker's mention (its words as written, the label's offsets),
    ``key`` (the same for each line one speaker says: "q", "a", a surname, a role),
    ``role_only`` (a role, or an interview's "Q:"/"A:": read only inside a transcript),
    ``member`` (a name before a party's aside: a sitting's record), ``known`` (the lists or the text say the words are a person's name: see :func:`_named`;
    a line may stand alone), ``likely`` (known, or the text names them loosely elsewhere:
    proof enough of a transcript's speaker), ``caps`` (written in capitals), ``narrator`` (a
    broadcast's reporter, "ANN ROE, BYLINE:": the piece's narration, not a statement)."""

    mention: Mention | None
    key: str
    role_only: bool = False
    known: bool = True
    caps: bool = False
    narrator: bool = False
    likely: bool = False
    #: a parliament's member, the name before a party ("Ann Roe (Leeds North) (Lab):"): a
    #: sitting's record, whose lines are the member's words whatever their person
    member: bool = False


def read_label(text: str, start: int, end: int, aside: str | None, post: str | None = None) -> Label | None:
    """The label ``text[start:end]`` (``aside``: the parentheses after it; ``post``: the
    words after a comma, "BYLINE", "HOST", an age), or None."""
    label = text[start:end]
    low = label.lower().rstrip(".")
    if aside is None and post is None:
        if low in _QUESTION_LABELS:
            return Label(None, "q", role_only=True)
        if low in _ANSWER_LABELS:
            return Label(None, "a", role_only=True)
    if _NOT_A_SPEAKER_RE.search(label):
        return None  # ("Editor's Note:", "Update:"): the newsroom's words
    caps = label.isupper()
    if (
        caps
        and aside is None
        and post is None
        and text.count(label + ":") == 1
        and colon_dateline(label, text)
    ):
        # ("ISLAMABAD: The minister said ...": a city's dateline, no speaker; a transcript's
        # speaker called after a place, "BOLTON:", speaks on more lines than one)
        return None
    # a label in capitals read as a name's ("PRYCE" as "Pryce", "KATE ROE"): same length,
    # so offsets hold
    plain = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in label.split(" "))
    if aside is not None:
        person = _aside_person(aside)
        role = _role(plain)
        # ("The Minister for Health (Ms Ruth Hale)": an office the article opens, its holder named)
        if person is not None and (role is not None or _descriptor(plain) or plain.startswith("The ")):
            # "CALLER (Dave, Leeds)", "The Minister (Ms Ruth Hale)": the role's holder the
            # aside names (each caller a speaker of their own)
            # (the office's article no part of what is written: "the ..." reads as a body's name)
            lead = 4 if label.startswith("The ") else 0
            m = replace(
                person,
                text=f"{label[lead:]} {aside.strip()}",
                start=start + lead,
                end=end,
                role=role or _office(plain),
            )
            return Label(m, norm(person.name.split()[-1]), role_only=True, caps=caps)
    role = _role(plain)
    if role is not None:
        # "HOST:", "Caller:": the role's holder, unnamed (or named in the narration)
        # (the role's words as written: "Madam Deputy Speaker" -> "madam deputy speaker")
        words = " ".join(w for w in plain.lower().split() if w != "the")
        held = parse_speaker(words, 0)
        if held is None or held.kind != "descriptor":
            held = Mention("descriptor", words, name=words, head=words.split()[-1])
        if held.head in speaker_words()["orgs"]:
            # ("Operator: Our next question comes from ..."): a call's operator is one person
            # at the microphone, not the firm "the operator said" is in news copy
            held = replace(held, head="person")
        return Label(
            replace(held, text=label, start=start, end=end), "role:" + role, role_only=True, caps=caps
        )
    if aside is not None and not _speaker_aside(aside) or post is not None and not _speaker_aside(post):
        return None  # ("Breaking (10:45):", "Weather (May 3):")
    named = _named(text, plain, start)
    if named is None:
        return None
    m, known = named
    # (a copy: the speaker phrases' parses are shared)
    as_written = (
        label[m.start - start : m.end - start] if m.start is not None and m.end is not None else m.text
    )
    m = replace(m, text=as_written)
    narrator = post is not None and post.strip().lower() == "byline"
    if post is not None and not narrator and not m.role and not post.strip()[:1].isdigit():
        m.role = post.strip().lower()  # ("NINA LEE, HOST")
    member = aside is not None and _party_aside(label, aside)
    known = known or member
    likely = known or named_elsewhere(text, m.name.split()[-1], start, loosely=True)
    return Label(
        m, norm(m.name.split()[-1]), known=known, caps=caps, narrator=narrator, likely=likely, member=member
    )


def _party_aside(label: str, aside: str) -> bool:
    """The aside closing ``label`` is a party's short name ("Ann Roe (Leeds) (Lab)"), not the
    label's own acronym ("Actual Cash Value (ACV)", "Project MUSE (MUSE)")."""
    party = _PARTY_ASIDE_RE.search(aside)
    if party is None:
        return False
    short = party.group().strip().strip("()").split("/")[0]
    capitals = "".join(c for c in label if c.isupper())
    return short != capitals and short not in label.split()


def _office(label: str) -> str:
    """An office's words without their article, in lower case but for its portfolio ("The
    Minister for Health" -> "minister for Health"), as a role is written."""
    words = label.split()
    if words[:1] == ["The"]:
        words = words[1:]
    return " ".join([words[0].lower(), *words[1:]]) if words else label


def _role(label: str) -> str | None:
    """The transcript's role ``label`` is, without an article ("The Host" -> "host")."""
    words = label.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    role = "-".join(words)
    return role if role in TRANSCRIPT_ROLES else None


def _descriptor(label: str) -> bool:
    """``label`` is a role's words ("The Minister", "Minister for Roads")."""
    m = parse_speaker(label[:1].lower() + label[1:], 0)
    return m is not None and m.kind == "descriptor"


def _aside_person(aside: str) -> Mention | None:
    """The person an aside names first ("(Dave, Leeds)", "(Ms Ruth Hale)"), or None."""
    inner = _ASIDE_NAME_RE.fullmatch(aside.strip())
    if inner is None or NAME_SEQ_RE.fullmatch(_TITLE_RE.sub("", inner.group(1), count=1)) is None:
        return None
    person = parse_speaker(inner.group(1), 0)
    return person if person is not None and person.kind == "name" else None


def _named(text: str, label: str, start: int) -> tuple[Mention, bool] | None:
    """The person ``label`` names and whether the text says it is a person's name: a full
    name whose given name the lists know, a title and a surname ("Mr Doyle"), a role and a
    name ("Presenter Sima Kaur", "Former team captain Ann Lee Moss"), or a name the text
    gives elsewhere ("Lund" after "Anna Lund"); other capitalised words are names only as
    far as the transcript's other labels say (see :class:`Label`)."""
    words = label.split()
    if not words or len(words) > 7:
        return None
    title = _TITLE_RE.match(label)
    if title is not None:
        rest = label[title.end() :]
        if NAME_SEQ_RE.fullmatch(rest) is None or len(rest.split()) > 3:
            return None
        m = parse_speaker(label, start)
        return (m, True) if m is not None and m.kind == "name" else None
    if NAME_SEQ_RE.fullmatch(label) is not None and len(words) <= 3:
        lead = _role_lead(words)
        if lead == 0 or len(words) - lead < 2:
            m = parse_speaker(label, start)
            if m is None or m.kind != "name":
                return None
            if len(words) > 1 and norm(words[0]) in speaker_words()["given_names"]:
                return m, True
            return m, named_elsewhere(text, words[-1], start)
    lead = _role_lead(words)
    if lead:
        # "Presenter Sima Kaur": a transcript's role, then the name
        k = len(" ".join(words[:lead])) + 1
        rest = label[k:]
        person = parse_speaker(rest, start + k)
        if (
            person is not None
            and person.kind == "name"
            and NAME_SEQ_RE.fullmatch(rest) is not None
            and len(rest.split()) in (2, 3)
        ):
            return replace(person, role=" ".join(words[:lead])), True
        return None
    m = role_and_name(label, start)
    if m is not None and m.kind == "name" and len(m.name.split()) >= 2:
        return m, True  # "Podcast host Mo Rahimi", "Former team captain Ann Lee Moss"
    return None


def _role_lead(words: list[str]) -> int:
    """How many words opening ``words`` are a transcript's role ("Presenter", "Co-host",
    "Podcast host"), up to two."""
    for n in (2, 1):
        if (
            len(words) > n
            and norm(words[n - 1]) in TRANSCRIPT_ROLES
            and all(not w[:1].isupper() or i == 0 for i, w in enumerate(words[:n]))
        ):
            return n
    return 0


def _speaker_aside(aside: str) -> bool:
    """An aside a speaker's label may carry: a party, a place, an age ("(R-Texas)", "(Leeds)",
    "(34)"), no time or date ("(10:45)", "(May 3)")."""
    inner = aside.strip().strip("()").strip()
    return bool(inner) and not re.search(
        r"\d:\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", inner
    )


def named_elsewhere(text: str, surname: str, at: int, *, loosely: bool = False) -> bool:
    """The surname is a person's the text gives elsewhere: after a given name the lists know
    ("Anna Lund took over") or a title ("Mayor Dana Whitcombe"), or before a speech verb
    ("Lund said"), outside the label at ``at``; ``loosely``, after an outlet's possessive too
    ("the Courier's Ana Lind", but also "Acme's Product Tour")."""
    return any(not a <= at < b and (loosely or strict) for a, b, strict in _namings(text, surname.strip()))


@per_document
def _namings(text: str, surname: str) -> tuple[tuple[int, int, bool], ...]:
    """Where the text names a person of ``surname`` (see :func:`named_elsewhere`); read once a
    surname, however many lines its label opens (a scan per line was quadratic)."""
    word = re.escape(surname)
    given = speaker_words()["given_names"]
    found = []
    for m in re.finditer(
        rf"\b([A-Z][\w'\u2019-]+)\s+{word}\b|\b{word}\s+(?:said|says|told|asked)\b", text, re.I
    ):
        first = m.group(1)
        if first is not None and not first[:1].isupper():
            continue
        if (
            first is None
            or norm(first) in given
            or _TITLE_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
        ):
            found.append((m.start(), m.end(), True))
        elif _POSSESSIVE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()):
            found.append((m.start(), m.end(), False))
    return tuple(found)


def written_in_full(text: str, surname: str, at: int) -> bool:
    """The text writes the surname after another capitalised word outside the label at
    ``at`` ("Rosa Delgado" for "DELGADO:"), whatever the lists know of that word."""
    return any(not a <= at < b for a, b in _full_forms(text, surname.strip()))


@per_document
def _full_forms(text: str, surname: str) -> tuple[tuple[int, int], ...]:
    """Where the text writes ``surname`` after a capitalised word (see :func:`written_in_full`)."""
    found = re.finditer(rf"\b[A-Z][\w'\u2019-]+[ \t]+({re.escape(surname)})\b", text, re.I)
    return tuple((m.start(), m.end()) for m in found if m.group()[:1].isupper() and m.group(1)[:1].isupper())


#: a title or a role's noun right before a given name ("Mayor Dana Whitcombe", "coach Nadia
#: Feltham"): the name after it is a person's, whether or not the lists know the given name
_TITLE_BEFORE_RE = re.compile(
    r"\b(?:Mayor|Governor|Senator|President|Minister|Judge|Justice|Chief|Coach|Dr|Mr|Mrs|Ms|Councillor|"
    r"Inspector|Sergeant|Captain|mayor|governor|coach|chef|singer|minister|councillor|judge|governor)\.?\s+$"
)
#: an outlet's possessive before a name ("the Courier's Ana Lind", "Harbour FM's Tom Reed"):
#: mostly its journalist's, sometimes its product's ("Acme's Product Tour")
_POSSESSIVE_BEFORE_RE = re.compile(r"\b[A-Z][\w.&-]*['\u2019]s?\s+$")
