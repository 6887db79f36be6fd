"""Statements "according to" attributes: "According to X, ...", "A, according to X, B", "..., according to X."

"In X's view" (``_in_view``) and "As X noted" (``_as_source``) are re-exported here for ``_indirect``;
a naming verb before a quotation is ``_naming_quote``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import read_resource
from ._as_source import as_source as as_source
from ._clauses import MIN_CONTENT_WORDS, has_verb
from ._cue_speakers import (
    speaker_after,
    speaker_before,
)
from ._cues import (
    FINITE_RE,
    QUOTE_CHARS,
    n_words,
    phrase_re,
    reporting_verb_forms,
)
from ._in_view import in_view as in_view
from ._mentions import Mention, parse_speaker
from ._names import person_head
from ._report_that import report_verb
from ._source_phrases import object_pronoun
from ._source_phrases import source_phrase as _source_phrase
from ._source_phrases import text_author as _text_author

if TYPE_CHECKING:
    from ._doc import Doc


#: "citing X," after the source: where the source had it from, no part of the statement
_CITING_RE = re.compile(r"\s*citing\s+[^,;:]{2,80},")


def according_to(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """``According to X, ...``, ``A, according to X, B`` (also inside a parenthesis:
    ``(which, according to Washington, are used ...)``) and ``..., according to X.``"""
    text = doc.text
    for tail in _phrase_tails():
        if text.find(tail, a, b) >= 0:
            break
    else:
        return False  # no phrase's words (most sentences): no search
    m = phrase_re().search(text, a, b)
    if not m:
        return False
    verb = report_verb(text, a, m.start())
    if verb is not None:
        # "X said that, according to Y, ...": X's statement (the outer source, as PolNeAR
        # marks nested sources), the "according to" phrase part of it
        outer, _start = speaker_before(text, a, verb[0], subject=True)
        if outer is not None:
            lemma = reporting_verb_forms()[verb[1]][0]
            return doc.add("indirect", [(verb[2], end_b)], outer, verb[1], lemma)
    cue = m.group().strip()
    k = m.end()
    comma = clause_comma(text, k, b)
    mention = (parse_speaker(text[k:comma], k) or object_pronoun(text[k:comma], k)) if comma > 0 else None
    if mention is None and comma > 0 and (m.start() == a or text[a : m.start()].rstrip().endswith(",")):
        # "According to early returns, ...", "A, according to a county timeline, B"
        mention = _source_phrase(text, k, comma, possessive=True)
    second = clause_comma(text, comma + 1, b) if mention is not None and mention.kind != "name" else -1
    if second > 0 and n_words(text[comma + 1 : second]) <= MAX_APPOSITION_NAME_WORDS:
        # "According to the industry regulator, the Water Services Authority, ...": the name
        # in apposition is the source
        named = parse_speaker(text[comma + 1 : second], comma + 1)
        if (
            named is not None
            and named.kind == "name"
            and named.name[:1].isupper()
            and not _second_apposition(text, second + 1, b)
        ):
            mention, comma = named, second
    if mention is not None and comma > 0:
        mention = _text_author(text, mention, comma)
    if mention is not None and mention.kind == "name" and comma > 0:
        comma = _past_role_apposition(text, comma, b, end_b)
    if mention is not None and comma > 0 and (citing := _CITING_RE.match(text, comma + 1, b)) is not None:
        comma = citing.end() - 1  # ("According to TASS, citing the fire service, A": where the source had it)
    if mention is not None:
        # "..., according to a person familiar with the matter, who asked not to be named":
        # the source's relative clause is neither the statement nor the source's name (as
        # after "said X, who ..."); the statement goes on after the comma that closes it
        # where the phrase opens the sentence or the words before it hold no verb ("The
        # deal, according to X, who ..., will close")
        closes = False
        if _SOURCE_RELATIVE_RE.match(text, comma + 1, b):
            after = clause_comma(text, comma + 1, b)
            closes = m.start() > a and (after < 0 or has_verb(text[a : m.start()]))
            if not closes:
                if after < 0:
                    return False
                comma = after
        if m.start() == a:
            parts = [(comma + 1, end_b)]
        elif text[a : m.start()].rstrip().endswith(",") and "(" not in text[a : m.start()]:
            parts = [(a, m.start()), (comma + 1, end_b)]
            # ("A, according to the report, published on Monday.": the narrator's words on
            # the source, no second part)
            closes = closes or (
                _SOURCE_PARTICIPLE_RE.match(text, comma + 1, end_b) is not None
                and has_verb(text[a : m.start()])
            )
            # ("The new measures, according to Washington, target firms that ...": a subject
            # with no verb before the phrase, whose predicate comes after it, no apposition)
            closing = (
                _closing_apposition(text, comma + 1, end_b, mention)
                if has_verb(text[a : m.start()])
                else None
            )
            if closing is not None:
                # "A, according to its publisher, Harrow & Lane.": the source's apposition
                # ends the sentence, no second part of the statement
                mention, closes = closing, True
        else:
            clause = max(text.rfind("(", a, m.start()) + 1, a)
            close = text.find(")", comma, b)
            parts = [(clause, m.start()), (comma + 1, close if close > 0 else end_b)]
        return doc.add("indirect", parts[:1] if closes else parts, mention, cue, "according to")
    # "..., according to the budget office - half a point of output.": the source ends at a
    # dash or bracket that adds the writer's words
    aside = _SOURCE_ASIDE_RE.search(text, k, b)
    src_end = aside.start() if aside is not None else b
    mention = speaker_after(text, k, src_end) or object_pronoun(text[k:src_end].rstrip(" .;:)"), k)
    if mention is None and text.rfind(",", a, m.start()) > a:
        # "..., according to census data released Monday."
        mention = _source_phrase(text, k, end_b if aside is None else src_end, possessive=True)
    if mention is not None and m.start() > a:
        mention = _text_author(text, mention, end_b if aside is None else src_end)
        return doc.add(
            "indirect", [(_trailing_start(text, a, m.start()), m.start())], mention, cue, "according to"
        )
    return False


#: a relative clause opening inside an apposition ("a website that tracks outages")
_APPOSITION_RELATIVE_RE = re.compile(r"\s(?:that|which|who|whose)\s")
#: a lower-case noun of an agent, as a role in apposition no list knows ("a box-office tracker")
_AGENT_NOUN_RE = re.compile(r"[a-z][a-z-]*(?:er|or|ist|ian|ant|ent)")


def _closing_apposition(text: str, k: int, end_b: int, source: Mention) -> Mention | None:
    """The source of "A, according to X, B." when B, closing the sentence, is X's apposition
    rather than a second part of the statement: a name after a descriptor or a document
    ("according to its publisher, Harrow & Lane": the name speaks), or a role or body after
    a name ("according to Moira Kinnaird, the union's general secretary", "according to
    Downwatch, a website that tracks outages": X speaks); None when B reads as a clause or
    as neither ("according to the survey, the highest level since 2001")."""
    seg = text[k:end_b]
    if "," in seg or n_words(seg) > MAX_APPOSITION_NAME_WORDS + 4 or any(q in seg for q in QUOTE_CHARS):
        return None
    rel = _APPOSITION_RELATIVE_RE.search(seg)
    noun = seg[: rel.start()] if rel is not None else seg
    if not noun.strip() or has_verb(noun):
        return None
    if source.kind != "name":
        # ("according to the exams regulator, the Examinations Authority": a body's name
        # with its article)
        if rel is not None or not noun.strip().removeprefix("the ")[:1].isupper():
            return None
        named = parse_speaker(noun, k)
        if named is None:
            lead = len(noun) - len(noun.lstrip())
            named = _source_phrase(text, k + lead, k + len(noun))
            named = named if named is not None and named.kind == "organisation" else None
        return named if named is not None and named.kind in ("name", "organisation") else None
    role = parse_speaker(noun, k)
    if role is None and not noun.strip()[:1].isupper():
        role = parse_speaker(noun, k, lenient=True)
        if role is not None and not _AGENT_NOUN_RE.fullmatch(role.head or ""):
            role = None
    return source if role is not None and role.kind in ("descriptor", "organisation") else None


#: a relative clause on the source after its comma ("who asked not to be named", "which
#: declined to comment", "some of whom")
_SOURCE_RELATIVE_RE = re.compile(r"\s*(?:(?:\w+\s+)?of\s+)?(?:who|whom|whose|which)\s")


def clause_comma(text: str, k: int, b: int) -> int:
    """The first comma in ``text[k:b]`` that is no number's thousands comma ("a survey of
    2,000 adults,"), or -1."""
    comma = text.find(",", k, b)
    while 0 < comma < b - 1 and text[comma - 1].isdigit() and text[comma + 1].isdigit():
        comma = text.find(",", comma + 1, b)
    return comma


#: a second apposition after the name that follows "According to the report,": "Jane Roe, a
#: former clerk, moved ...": the name is the subject of the statement, not its source
_SECOND_APPOSITION_RE = re.compile(
    r"\s*(?P<phrase>(?:a|an|the|its|his|her|their)\s+"
    # a short noun phrase that closes right after the name, no clause ("the stadium will be
    # rebuilt, ..." is the statement, its subject the name's apposition)
    r"(?P<words>(?:(?!(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|does|did)\b)"
    r"[\w.'\u2019-]+\s+){0,2}[\w.'\u2019-]+)),\s+(?P<next>[a-z][\w'\u2019-]*)"
)
#: words after a comma that go on with the clause before it or open an apposition of its
#: own ("the bridge, a key route, will close"), no verb after an apposition
_CLAUSE_GOES_ON = frozenset(
    "and but so or nor yet then though although while because as which who whose where when with "
    "a an the its his her their".split()
)


def _second_apposition(text: str, k: int, b: int) -> bool:
    """Whether ``text[k:b]`` opens with a noun phrase in apposition and a comma, the statement's
    verb after it ("a former clerk, moved ..."): a person's description (a descriptor the
    mention parser reads) or at most two words after the determiner, and no conjunction after
    the comma; a clause of the statement's own ("the roof leaks badly, so ...", "its shops sell
    books, clothes and toys") is none."""
    m = _SECOND_APPOSITION_RE.match(text, k, b)
    if m is None or m.group("next") in _CLAUSE_GOES_ON:
        return False
    return n_words(m.group("words")) <= 2 or parse_speaker(m.group("phrase"), m.start("phrase")) is not None


#: words that open a clause's subject ("the budget is balanced", "it will close")
_SUBJECT_OPENERS = frozenset(
    "the a an his her its their our this that these those he she it they we i some many most all no".split()
)
#: a description opening an apposition ("the council's leader", "a former clerk")
_ROLE_OPENING_RE = re.compile(r"\s*(?:a|an|the|his|her|its|their)\s", re.I)
#: ... or a role's noun with no article and its "of" phrase ("mayor of the town")
_BARE_ROLE_RE = re.compile(r"\s+[a-z][a-z-]+\s+of\s")
#: words before "of" that count a share, no role ("most of the town")
_QUANTITY_HEADS = frozenset("most some all half many none each one part much any few several".split())


def _past_role_apposition(text: str, comma: int, b: int, end_b: int) -> int:
    """Where the statement after "According to Ann Cole, the council's leader, ..." starts:
    past the name's description in apposition (a phrase with no verb that reads as a
    person's description, and a clause after it), else at ``comma``."""
    second = text.find(",", comma + 1, b)
    if second < 0 or n_words(text[comma + 1 : second]) > MAX_APPOSITION_NAME_WORDS:
        return comma
    phrase = text[comma + 1 : second]
    # (a role with no article, "chairwoman of the traders' association", is no subject of
    # the statement: read as with "the"; the statement after it may open with any word)
    bare = _BARE_ROLE_RE.match(phrase) is not None
    if not (_ROLE_OPENING_RE.match(phrase) or bare) or has_verb(phrase):
        return comma
    role = parse_speaker("the" + phrase if bare else phrase, comma + 1, lenient=True)
    rest = text[second + 1 : end_b].split()
    if (
        role is None
        or role.kind != "descriptor"
        or role.number != "sg"
        # (a bare role with its "of" phrase is one whatever its noun: "warden of the reserve")
        or not (person_head(role.head) or bare and (role.head or "") not in _QUANTITY_HEADS)
        or not rest
        # (the statement after it opens with a subject of its own: "the mayor, however, will
        # not resign" is the statement, the description its subject)
        or not (bare or rest[0].lower() in _SUBJECT_OPENERS or rest[0][:1].isupper())
        or rest[0].endswith(",")
    ):
        return comma
    return second if has_verb(text[second + 1 : end_b]) else comma


#: a participle of making a text, after the comma that ends the source ("..., according to the
#: report, published by X"): the source's own description
_SOURCE_PARTICIPLE_RE = re.compile(
    r"\s*(?:published|released|issued|compiled|commissioned|conducted|produced|prepared|carried\s+out)"
    r"\s+(?:by|on|in|at|last|this|earlier|late|yesterday|today)\b"
)
#: a dash or an opening bracket after a closing "according to X"
_SOURCE_ASIDE_RE = re.compile(r"\s+(?:-{1,2}|\u2013|\u2014)\s+|\s*\u2014|\s+\(")


@lru_cache(maxsize=1)
def _phrase_tails() -> tuple[str, ...]:
    """The phrases of :func:`phrase_re` without their first letter (either case there): a
    sentence holds a phrase only where it holds its tail."""
    return tuple(
        " ".join(row[0].split("_"))[1:] for row in read_resource("reporting_verbs.txt").get("phrase", [])
    )


#: where the statement a closing "according to X" attributes starts within its sentence: after
#: a colon or inside an open bracket ("(the real count is nearer to 40 boats, according to
#: X)"); PolNeAR's content starts there, not at the sentence's start (train: the colon and the
#: bracket gain 2 statements and lose none; ", with" and ", which" were tried, +4/-3 and +2/-1)
_TRAILING_START_RE = re.compile(r":\s+|\(")


def _trailing_start(text: str, a: int, k: int) -> int:
    """The start of the statement ``text[a:k]`` that a closing "according to" attributes:
    after the last colon that opens a clause or the last bracket still open (neither inside
    quotation marks), else ``a``."""
    start = a
    for m in _TRAILING_START_RE.finditer(text, a, k):
        if m.group() == "(" and ")" in text[m.end() : k]:
            continue
        if m.group() != "(" and not FINITE_RE.search(text, m.end(), k):
            continue  # "three people: Mills, Sullivan and Abedin": a list, not a clause
        if sum(text.count(q, a, m.start()) for q in QUOTE_CHARS) % 2:
            continue  # inside a quotation
        if n_words(text[m.end() : k]) >= MIN_CONTENT_WORDS:
            start = m.end()
    return start


#: words of a name in apposition after "According to the regulator," (an organisation's name)
MAX_APPOSITION_NAME_WORDS = 6
