"""A transcript's lines: "Anna Berg: We rebuild, starting on Monday." A paragraph (or a line
of one) that opens with a speaker's label and a colon is that speaker's direct statement (an
interview copied from a page whose marks are the layout's, not the text's).

A label alone proves little: "Update:", "Police said:", a profile's "Anna Berg: Our longest-
serving member" and a tally's "Berg: 547." open lines too. So a line stands alone only
when its label names a person and it speaks in the first or second person ("Anna Berg: We
rebuild"); the rest (a role, "HOST:", an interview's "Q:"/"A:", a short answer, a line about
someone else) is read only in a transcript, where two labelled lines of different speakers
in a row are an exchange: a question and the line after it, two lines in the first or second
person, two labels in capitals ("HOST:", "PRYCE:"), or "Q:" and then "A:"; and, whatever the
lists know of the names, a full name's sentence next to a role's ("Operator:", "Moderator:"),
to a question, or to a line of its own speaker's again (see _plain_exchange). In a transcript
a label decides the speaker of the quotation after it too, and in an interview the paragraphs
between an answer and the next question go on with the answer; a broadcast's reporter
("ANN ROE, BYLINE:") narrates, and their lines are left to the narration's rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import pandas as pd

from ._colon_labels import speaks_as_person
from ._cues import QUOTE_CHARS, n_words
from ._interviewee import interviewee
from ._memo import per_document
from ._mention_type import Mention
from ._questions import UNNAMED_ASKER
from ._transcript_labels import Label, read_label, written_in_full

if TYPE_CHECKING:
    from ._doc import Doc

__all__ = ["transcript_statements"]

#: a line's label (a capitalised word, then up to six more: a title's full stop, a role's
#: words), an aside in parentheses or a role after a comma ("NINA LEE, HOST", "Ann Roe, 34"),
#: a colon, then the line's words; an opening mark before the label is the layout's ('"Ann
#: Roe: We ..."')
_LINE_RE = re.compile(
    r"[ \t]*(?:\*\*)?[\"\u201c]?(?P<label>[A-Z][\w.'\u2019-]*(?:[ \t]+[\w.'\u2019-]+){0,6}?)"
    # (two asides: a parliament's member, "Ann Roe (Leeds North) (Lab):")
    r"(?:[ \t]*(?P<aside>\([^()\n]{1,40}\)(?:[ \t]*\([^()\n]{1,12}\))?)|,[ \t]*(?P<post>\w[\w.'\u2019 -]{0,30}?))?"
    r"(?:\*\*:|:(?:\*\*)?)[ \t]+(?P<body>\S[^\n]*)"
)
#: a page's bold type around a label ("**Ann Roe:** We ..."): the layout's, not a quotation's
_BOLD = "**"
#: "Q. Why now?" / "A. Because ...": an interview's labels with a full stop (read only when
#: the page has both, since "A. Because" could open a name's initial elsewhere)
_DOTTED_RE = re.compile(r"[ \t]*(?:\*\*)?(?P<label>[QA])\.(?:\*\*)?[ \t]+(?P<body>[A-Z\"\u201c][^\n]*)")
#: "QThere's no ...": an interview's question whose colon went with its bold type
_GLUED_Q_RE = re.compile(r"[ \t]*(?P<label>Q)(?P<body>[A-Z][a-z'\u2019][^\n]*)")
#: the fewest words of a line that stands alone
MIN_LINE_WORDS = 4
#: a paragraph of a transcript that no one says: a stage direction ("(LAUGHTER)", "[crosstalk]")
_DIRECTION_RE = re.compile(r"\s*[(\[]")


@dataclass
class _Line:
    """A labelled line: its label and offsets (the line's, the label's, the words')."""

    label: Label
    start: int
    end: int
    label_start: int
    label_end: int
    body: int
    paragraph: tuple[int, int]
    #: the paragraph's index in the document's
    index: int
    mention: Mention | None = field(init=False)
    #: the text says the label names a person: proof of an exchange (see _speakers)
    sure: bool = False

    def __post_init__(self) -> None:
        self.mention = self.label.mention

    def words(self, text: str) -> str:
        return text[self.body : self.end]


def transcript_statements(doc: Doc) -> None:
    """Add a direct statement for each transcript's line of a named speaker (see the module)."""
    text = doc.text
    lines = _speakers(text, _labelled_lines(doc))
    if _is_transcript(text, lines):
        _read_transcript(doc, lines)
        return
    for line in lines:
        # (the first paragraph is the title, "Lund: We Will Rebuild", but for a member's
        # label: a sitting's record may open the text)
        if line.sure and (line.index > 0 or line.label.member) and _stands_alone(doc, line):
            doc.add("direct", [(line.body, _rstrip(text, line.body, line.end))], line.mention, pd.NA, pd.NA)


def _labelled_lines(doc: Doc) -> list[_Line]:
    """The lines of the paragraphs after the title that open with a label."""
    text = doc.text
    lines = []
    dotted = []
    for i, (a, b) in enumerate(doc.paragraphs):
        k = a
        while k < b:
            e = text.find("\n", k, b)
            e = b if e < 0 else e
            # (a label's colon first: _LINE_RE tries up to seven words at every line without one)
            m = (
                (_LINE_RE.match(text, k, e) if text.find(":", k, e) >= 0 else None)
                or _GLUED_Q_RE.match(text, k, e)
                or _DOTTED_RE.match(text, k, e)
            )
            if m is not None and re.search("[^\\W\\d_]", text[m.start("body") : e]):
                got = m.groupdict()
                label = read_label(text, m.start("label"), m.end("label"), got.get("aside"), got.get("post"))
                if label is not None:
                    line = _Line(label, k, e, m.start("label"), m.end("label"), m.start("body"), (a, b), i)
                    lines.append(line)
                    if m.re is _DOTTED_RE:
                        dotted.append(line)
            k = e + 1
    if {line.label.key for line in dotted} != {"q", "a"}:
        lines = [line for line in lines if all(line is not d for d in dotted)]
    return lines


def _opened_by_mark(text: str, line: _Line) -> bool:
    """A quotation mark opens the line before its label ('"Ann Roe: We ..."'; bold type's
    "**" is the layout's)."""
    return bool(text[line.start : line.label_start].strip().replace(_BOLD, ""))


def _speakers(text: str, lines: list[_Line]) -> list[_Line]:
    """The lines whose label may name a speaker, ``sure`` when the text says it is a
    person's: an interview's "Q:" and "A:" when the text names who was interviewed (the
    questions an unnamed asker's, the answers the interviewee's); a name the lists or the
    text know (see :class:`Label`), the surname of such a name in another label ("LUND:"
    after "ANNA LUND:"), a full name in capitals and its surname ("KATE ROE:", "ROE:").
    Not sure, a speaker's only once a transcript is proven: two or three capitalised words
    ("Matt Osei:" answering "Lauren Pike: What made you leave?"; a how-to page's "Blade
    Height:" proves nothing) and a word the text writes after another capitalised one
    ("DELGADO:" after "Rosa Delgado")."""
    keys = [line.label.key for line in lines]
    if "q" in keys and "a" in keys:
        first = next(line.start for line in lines if line.label.key in ("q", "a"))
        person = interviewee(text, first)
        for line in lines:
            s, e = line.label_start, line.label_end
            if line.label.key == "a" and person is not None:
                line.mention = replace(person, text=text[s:e], start=s, end=e)
            elif line.label.key == "q" and person is not None:
                line.mention = Mention(UNNAMED_ASKER, text[s:e], s, e)
    elif "q" in keys and any(
        line.label.mention is not None and line.label.mention.kind == "name" for line in lines
    ):
        # "Q: Why now?" / "Lindqvist: Because ...", "INTERVIEWER:" / "MARIA ESTEVEZ:": the
        # questions an unnamed asker's, the answers labelled by the answerer's name
        for line in lines:
            if line.label.key == "q":
                s, e = line.label_start, line.label_end
                line.mention = Mention(UNNAMED_ASKER, text[s:e], s, e)
    known = {line.label.key for line in lines if line.label.known}
    # "KATE ROE:" at the first line and "ROE:" after: a broadcast transcript's full name, then
    # the surname (a spec table's "SIZE:", "WEIGHT:" have no such pair)
    caps: dict[str, set[int]] = {}
    for line in lines:
        if line.label.caps and line.mention is not None:
            caps.setdefault(line.label.key, set()).add(len(line.mention.text.split()))
    paired = {key for key, sizes in caps.items() if len(sizes) > 1}
    roles = [line for line in lines if line.label.role_only and line.label.key.startswith("role:")]
    kept = []
    for line in lines:
        if line.mention is None:
            continue
        label = line.label
        words = line.mention.text.split()
        line.sure = label.known or label.likely or label.key in known or label.key in paired
        if not line.sure and not label.role_only and len(words) > 1 and line.mention.kind == "name":
            # ("Operator: Our next question comes from Lin Meiling." / "Lin Meiling: ..."): the
            # full name a role's line (a host's, an operator's) hands the floor to
            line.sure = any(line.mention.text in role.words(text) for role in roles)
        if line.sure or len(words) > 1 or written_in_full(text, words[-1], line.label_start):
            kept.append(line)
    return kept


def _is_transcript(text: str, lines: list[_Line]) -> bool:
    """Two labelled lines in a row are an exchange of two speakers (see the module): "Q:"
    then "A:"; a question of a named speaker, then another's line; an interviewer's line, then
    a name's who answers more than once; two named speakers' lines
    both in the first or second person, or both labelled in capitals."""
    keys = [line.label.key for line in lines]
    for x, y in zip(lines, lines[1:]):
        if x.label.key == y.label.key or not x.sure:
            continue
        if (x.label.key, y.label.key) == ("q", "a") or "?" in x.words(text):
            return True
        if (
            x.label.key == "q"
            and y.mention is not None
            and y.mention.kind == "name"
            and keys.count(y.label.key) > 1
        ):
            return True  # ("Interviewer: But you did." / "Reuben Adler: By accident.", who answers twice)
        if y.sure and _member_speaks(text, x, y):
            return (
                True  # ("Ann Roe (Leeds North) (Lab): ..." / "Hon. Members: Hear, hear!": a sitting's record)
            )
        if y.sure and (x.label.caps and y.label.caps or _speaks(text, x) and _speaks(text, y)):
            return True
    return _plain_exchange(text, lines)


def _plain_exchange(text: str, lines: list[_Line]) -> bool:
    """Two lines in consecutive paragraphs of two speakers, each a full name's or a
    transcript's role's label and a sentence, are an exchange when a role speaks ("Operator:
    Good morning ..." / "Lin Meiling: Thank you, operator."; an interview's "Interviewer:"),
    one asks and the other does not ("Lin Meiling: Revenue rose 12%." / "Tom Lee: What about
    margins?"), or the first speaks again after the second ("Moderator:", "Ana Ruiz:",
    "Moderator:"). Names no list knows speak so only when they alternate and the text never
    writes their words in lower case ("GIL MARSH:", "NOOR EBADI:", "GIL MARSH:"). Not a
    FAQ's "Shipping Costs: How much ...?" / "Returns: Can I ...?" (questions both), a review's
    "Best Value: ..." / "Best Overall: Which one ...?" (no name known), a spec list's "Blade
    Height: 5 cm." (no sentence), a profile's "Tom Hale: He made three saves." (about the
    person named)."""
    for i, (x, y) in enumerate(zip(lines, lines[1:])):
        if y.index != x.index + 1 or x.label.key == y.label.key:
            continue
        if not (_spoken_line(text, x) and _spoken_line(text, y)):
            continue
        roles = [_role_line(line) for line in (x, y)]
        if all(roles):
            continue  # (a speaker's name in one label at least)
        nxt = lines[i + 2] if i + 2 < len(lines) else None
        again = nxt is not None and nxt.index == y.index + 1 and nxt.label.key == x.label.key
        if any(roles) or again and (x.sure or y.sure or _never_lower(text, x, y)):
            return True
        asks = [line.words(text).rstrip().rstrip('"”').endswith("?") for line in (x, y)]
        if asks[0] != asks[1] and (x.sure or y.sure):
            return True
    return False


def _role_line(line: _Line) -> bool:
    """A role's line ("Moderator:", "Interviewer:", "Q:"), its speaker unnamed."""
    return line.label.role_only and line.mention is not None and line.mention.kind != "name"


def _never_lower(text: str, *lines: _Line) -> bool:
    """No word of the lines' labels is one the text writes in lower case: names ("Lin
    Meiling"), not a page's headings ("Quality Monitoring" beside "monitoring")."""
    lower = _lower_words(text)
    return all(
        w.lower() not in lower
        for line in lines
        if line.mention is not None
        for w in line.mention.text.split()
    )


@per_document
def _lower_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case (read once a document)."""
    return frozenset(_LOWER_WORD_RE.findall(text))


_LOWER_WORD_RE = re.compile(r"\b[a-z][a-z'’-]*")


def _spoken_line(text: str, line: _Line) -> bool:
    """The line could be said at a microphone: a role's label ("Moderator:") or a full
    name's ("Lin Meiling:"), then a sentence that is no headline and no profile's words about
    the person named."""
    label, m = line.label, line.mention
    if m is None or label.narrator or label.member:
        return False
    role = _role_line(line)
    if not role and (m.kind != "name" or not 2 <= len(m.text.split()) <= 3 or m.text.startswith("Dear ")):
        return False  # (an advice column's "Dear Doctors: ...": a letter's salutation)
    body = line.words(text).strip()
    opening = _opening(body)
    return (
        body[:1].isupper()  # (a results table's "Anna Berg: 1,204 votes." / "re-elected.")
        and body.rstrip('"”)').endswith((".", "?", "!"))
        and n_words(body) >= 2
        # (a directory's "Mayor: Ann Bose." / "Town Clerk: Priya Okafor.": a name, no sentence)
        and any(w[:1].islower() for w in body.split())
        and not _title_case(body)
        and not (_THIRD_PERSON_RE.search(opening) is not None and _I_RE.search(opening) is None)
    )


def _member_speaks(text: str, x: _Line, y: _Line) -> bool:
    """A member's line (name, seat and party) in a sitting's record with another speaker's
    next to it, the member's a sentence of speech ("Anna Berg (Lab): 1,204 votes." is a
    results table's line)."""
    member = x if x.label.member else y if y.label.member else None
    if member is None:
        return False
    words = member.words(text)
    return n_words(words) >= MIN_LINE_WORDS and not _title_case(words)


def _speaks(text: str, line: _Line) -> bool:
    """The line's first sentence is in the first or second person."""
    return speaks_as_person(_opening(line.words(text)), -1)


def _stands_alone(doc: Doc, line: _Line) -> bool:
    """A line read outside a transcript: a person's label, then at least MIN_LINE_WORDS
    words in the first or second person, not quoted (read as a quotation), not a headline's
    title case, not a profile's words about the person named."""
    text = doc.text
    body = line.words(text)
    if line.label.role_only or not line.label.known or line.label.narrator or text[line.body] in QUOTE_CHARS:
        return False
    if _opened_by_mark(text, line):
        return False  # ('"Ann Roe: We ..."': a quotation, read as one)
    if doc.covered(line.body, line.end):
        return False
    opening = _opening(body)
    if line.label.member:
        # ("Ann Roe (Leeds North) (Lab): The Minister says the scheme works."): a sitting's
        # record, the member's words in any person
        return n_words(body) >= MIN_LINE_WORDS and not _title_case(body)
    return not (
        n_words(body) < MIN_LINE_WORDS
        or not speaks_as_person(opening, -1)
        or _title_case(body)
        # ("Tom Hale: Our best player again, he made three saves": a profile's line, the
        # writer's words about the person named)
        or _THIRD_PERSON_RE.search(opening) is not None
        and _I_RE.search(opening) is None
    )


def _read_transcript(doc: Doc, lines: list[_Line]) -> None:
    """Each line of a transcript its speaker's statement: to the next label of its paragraph
    or the paragraph's end; an answer's paragraphs up to the next question (see _goes_on)."""
    text = doc.text
    # the statements with no cue by where they start (asked once a line)
    uncued: dict[int, list[dict]] = {}
    for r in doc.rows:
        if pd.isna(r["cue"]):
            uncued.setdefault(r["char_start"], []).append(r)
    relabelled = False
    # a broadcast's reporter ("ANN ROE, BYLINE:", then "ROE:") narrates: "Lund says ..." in
    # those lines is read as the narration's
    narrators = {line.label.key for line in lines if line.label.narrator}
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        end = nxt.start if nxt is not None and nxt.index == line.index else line.paragraph[1]
        end = _rstrip(text, line.body, end)
        mention = line.mention
        if line.label.key in narrators or mention is None:
            continue
        if _relabel(doc, line, mention, end, uncued):
            relabelled = True
        elif text[line.body] not in QUOTE_CHARS and not _title_case(text[line.body : end]):
            if _opened_by_mark(text, line):
                while end > line.body and text[end - 1] in QUOTE_CHARS:
                    end -= 1  # ('"Ann Roe: We ..."': the closing mark of the opening one)
            if not doc.covered(line.body, end):
                doc.add("direct", [(line.body, end)], mention, pd.NA, pd.NA)
        if nxt is None or not _goes_on(line, nxt):
            continue
        for a, b in doc.paragraphs[line.index + 1 : nxt.index]:
            if not _DIRECTION_RE.match(text, a) and not _title_case(text[a:b]) and not doc.covered(a, b):
                doc.add("direct", [(a, b)], replace(mention), pd.NA, pd.NA)
    if relabelled:
        doc.rows = list(doc.rows)  # (a statement's start may have moved: the indexes are rebuilt)


def _goes_on(line: _Line, nxt: _Line) -> bool:
    """The paragraphs between ``line`` and the next labelled line ``nxt`` are ``line``'s
    speaker's: an interview's answer runs on to the next question ("A: ...", a paragraph,
    then "Q: ..."). Not after a question (the answer's label was lost), nor in a broadcast's
    transcript, where the writer's words come between the lines ("HALE: ...", "The mood
    in the studio soured.", "ROE: ...")."""
    return line.label.key == "a" and nxt.label.key != "a"


def _relabel(doc: Doc, line: _Line, mention: Mention, end: int, uncued: dict[int, list[dict]]) -> bool:
    """A statement with no cue that the line's label opens is the label's speaker's (``mention``),
    whoever the marks' rules took (the asker's 'Q: "Do you ...?"', not the interviewee's of
    the paragraph before); one that a stray closing mark ran back over the label itself
    starts after it. True if a statement was relabelled; a quoted line no rule read is added."""
    text = doc.text
    rows = [r for k in range(line.body, min(line.body + 3, end)) for r in uncued.get(k, ())]
    for r in rows:
        r["mention"] = replace(mention)
    moved = False
    for r in uncued.get(line.label_start, ()):
        a, b = r["parts"][0]
        if b > line.body:
            r["parts"] = [(line.body, b), *r["parts"][1:]]
            r["char_start"] = line.body
            r["text"] = " ".join(doc.raw[a:b] for a, b in r["parts"])
            r["mention"] = replace(mention)
            moved = True
    if not rows and not moved and text[line.body] in QUOTE_CHARS and not doc.covered(line.body, end):
        a, b = line.body, end
        while a < b and text[a] in QUOTE_CHARS:
            a += 1
        while b > a and text[b - 1] in QUOTE_CHARS:
            b -= 1
        doc.add("direct", [(a, b)], mention, pd.NA, pd.NA)
    return moved or bool(rows)


def _rstrip(text: str, a: int, b: int) -> int:
    """``b`` before the white space that ends ``text[a:b]``."""
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


#: a third person in a line's first sentence, and "I" (a speaker may speak of others)
_THIRD_PERSON_RE = re.compile(r"\b(?:he|she|him|her|his)\b", re.I)
_I_RE = re.compile(r"\bI\b")
#: a line's first sentence (its words in the first or second person make it speech)
_FIRST_SENTENCE_RE = re.compile(r"[^.!?]*[.!?]?")


def _opening(body: str) -> str:
    first = _FIRST_SENTENCE_RE.match(body)
    return first.group() if first else body


def _title_case(body: str) -> bool:
    """Most words of the line are capitalised: a headline, not speech."""
    words = [w for w in body.split() if w[:1].isalpha()]
    return len(words) >= MIN_LINE_WORDS and sum(w[:1].isupper() for w in words) * 2 > len(words)
