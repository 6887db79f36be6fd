"""Statements attributed by a phrase rather than a verb: "according to X, ...", "..., according
to the survey.", "In X's view, ...", "As X noted, ..." (a naming verb before a quotation:
``_naming_quote``)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import read_resource
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
from ._mentions import Mention, parse_speaker
from ._names import person_head, speaker_words
from ._report_that import report_verb
from ._source_type import document_words
from ._text_agents import FINDING_NOUNS
from ._view_tail import closing_holder


@lru_cache(maxsize=1)
def _text_nouns() -> frozenset[str]:
    """Nouns of texts and published counts, whose author may follow ("figures from X")."""
    return document_words() | FINDING_NOUNS | frozenset("statistics numbers".split())


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


#: "the Nationwide building society", "the Harwell estate agency": a name, then in lower case
#: the kind of body it is (no name reader takes the lower-case noun after a name)
_NAME_THEN_BODY_RE = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w'\u2019&.-]*(?:\s+[A-Z][\w'\u2019&.-]*){0,3})"
    r"\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z][\w-]*)"
)
#: body nouns of that shape beside the speaker lists' ("building society", "think tank")
_BODY_KINDS = frozenset("society tank institute foundation trust consultancy".split())
#: "figures from X", "research by the charity X": the text's noun, then its author
_FROM_AUTHOR_RE = re.compile(r"\s+(?:from|by)\s+(?P<author>.+?)[\s.;:)]*$", re.S)


def _named_body(seg: str, k: int) -> Mention | None:
    """ "the Nationwide building society": the body its name names, else None."""
    hit = _NAME_THEN_BODY_RE.fullmatch(seg)
    if hit is None:
        return None
    noun = hit.group("noun")
    if noun not in _BODY_KINDS and noun not in speaker_words()["orgs"]:
        return None
    name = hit.group("name")
    return Mention("organisation", seg, k, k + len(seg), name=name, role=noun, head=noun)


def _text_author(text: str, mention: Mention, end: int) -> Mention:
    """ "according to figures from the Nationwide building society", "according to research
    from the charity Shelter": the author of the published text or counts speaks, the text
    kept as its ``document``; "according to the Nationwide building society": the body. The
    mention itself else."""
    if mention.start is None or mention.kind not in ("organisation", "descriptor"):
        return mention
    if mention.kind == "descriptor" and mention.head not in _text_nouns():
        if mention.head in speaker_words()["orgs"]:
            return mention  # ("the Senate intelligence committee": a body's noun heads it already)
        return _named_body(text[mention.start : end].rstrip(" .;:)"), mention.start) or mention
    if mention.head not in _text_nouns():
        return mention
    head = re.search(r"\b" + re.escape(mention.head) + r"\b", text[mention.start : end], re.I)
    if head is None:
        return mention
    k = mention.start + head.end()
    hit = _FROM_AUTHOR_RE.match(text, k, end)
    if hit is None:
        return mention
    seg, at = hit.group("author"), hit.start("author")
    author = parse_speaker(seg, at)
    if author is None or author.kind not in ("name", "organisation"):
        author = _named_body(seg, at)
    if author is None or author.kind == "organisation" and author.head in _text_nouns():
        return mention
    return replace(author, document=mention.head)


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


#: where the noun phrase after "according to" ends ("a poll released Sunday by ...")
_SOURCE_PHRASE_END_RE = re.compile(
    r"(?<!\d),|,(?!\d)|\s+(?:released|conducted|published|issued|filed|taken|compiled|obtained|reviewed|seen|cited|reported|"
    r"provided|unearthed|found|made|given|shown|prepared|signed|adopted|approved|sent|posted|written|drafted|"
    # (what a congress or a meeting is shown: "results presented at X", "papers tabled")
    r"presented|tabled|circulated|leaked|"
    # (a contact relative clause's subject: "a letter they sent to the board")
    r"they|he|she|we|you|I|"
    r"that|which|who|by|from|for|on|in|at|to|as|with)\s"
)
#: words of that noun phrase
MAX_SOURCE_PHRASE_WORDS = 8
_OBJECT_PRONOUNS = frozenset("him her them it me us you some many most others".split())
#: ... of which a noun may follow: "according to many local officials"
_QUANTIFIERS = frozenset("some many most".split())


#: the subject form of a pronoun after "according to" (its gender and number)
_SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they"}


def object_pronoun(seg: str, k: int) -> Mention | None:
    """``According to him, ...``: the pronoun as written, with the gender and number of its
    subject form, so that it resolves as "he said" would; None for anything else."""
    subject = _SUBJECT_FORMS.get(seg.lower())
    mention = parse_speaker(subject, k) if subject is not None else None
    return None if mention is None else replace(mention, text=seg, end=k + len(seg))


def _source_phrase(text: str, k: int, b: int, possessive: bool = False) -> Mention | None:
    """The source after "according to" that names no person: an organisation ("the
    Associated Press") or a document, poll or data ("a new poll", "census data released
    Monday"): its noun phrase up to a participle, relative clause or preposition.
    ``possessive``: "her" may open it as a determiner ("according to her promoter"; not
    after "As": "As her campaign sent out ... remarks," holds no source)."""
    end = _SOURCE_PHRASE_END_RE.search(text, k, b)
    seg = text[k : end.start() if end is not None else b].rstrip(" .;:")
    words = seg.split()
    if not words or len(words) > MAX_SOURCE_PHRASE_WORDS or FINITE_RE.search(seg):
        return None
    if words[0].lower() in ("what", "whatever"):
        return None  # ("according to what they told me": a clause, no noun to name a source)
    openers = _QUANTIFIERS | {"her"} if possessive else _QUANTIFIERS
    if words[0].lower() in _OBJECT_PRONOUNS and (len(words) == 1 or words[0].lower() not in openers):
        # "according to him": a pronoun, read as a speaker elsewhere ("many officials" is
        # none, nor "her promoter": a possessive)
        return None
    if any(q in seg for q in QUOTE_CHARS) or not re.fullmatch(
        r"[\w'\u2019.&/%,-]+(?:\s+[\w'\u2019.&/%,-]+)*", seg
    ):
        return None
    content = [w for w in words if w.lower() not in ("the", "a", "an", "of", "and", "&")]
    named = bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)
    # (a descriptor's name without its article, as other descriptors': "incident log")
    name = re.sub(r"^(?:the|The)\s+", "", seg) if named else re.sub(r"^(?:the|an?)\s+", "", seg, flags=re.I)
    return Mention(
        "organisation" if named else "descriptor",
        seg,
        k,
        k + len(seg),
        name=name,
        role="" if named else seg,
        # ("a survey of 2,000 adults": the survey speaks, not the adults)
        head=(words[words.index("of") - 1] if "of" in words[1:] else words[-1]).lower(),
    )


#: words of a name in apposition after "According to the regulator," (an organisation's name)
MAX_APPOSITION_NAME_WORDS = 6

_VIEW_RE = re.compile(
    r"(?:In|From)\s+(his|her|their|([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)(?:'s|\u2019s)"
    # "In the coach's view", "In his manager's words": a person's noun after "the" or a possessive
    r"|((?:the|his|her|their)\s+(?:[a-z]+\s+)?[a-z]{3,})(?:'s|\u2019s|(?<=s)'|(?<=s)\u2019))\s+"
    r"(view|opinion|words|assessment|estimation|judgment|judgement),\s+"
)


#: "In the opinion of the political scientist X of Y, ...": the holder after "of"
_VIEW_OF_RE = re.compile(
    r"In\s+the\s+(view|opinion|words|assessment|estimation|judge?ment)\s+of\s+([^,;:]{3,120}),\s+"
)


def in_view(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """``In his view, ...`` / ``In Suponina's opinion, ...`` / ``In the opinion of X, ...``:
    the clause after the comma."""
    if not doc.text.startswith(("In", "From"), a):
        return False  # (both patterns open with one of these: most sentences, no match tried)
    m = _VIEW_RE.match(doc.text, a, b)
    if m is None:
        mo = _VIEW_OF_RE.match(doc.text, a, b)
        mention = parse_speaker(mo.group(2), mo.start(2)) if mo is not None else None
        if mo is None or mention is None or mention.kind == "pronoun":
            return False
        cue = doc.text[mo.start() : mo.start(2)].rstrip()
        return doc.add("indirect", [(mo.end(), end_b)], mention, cue, "view")
    if m.group(3):
        # ("the coach", "his manager"): read as the noun phrase it is, its head a person's
        mention = parse_speaker(m.group(3), m.start(3), lenient=True)
        if mention is None or not (
            mention.kind == "organisation" or mention.kind == "descriptor" and person_head(mention.head)
        ):
            return False  # ("In the end's view": no one)
        cue = doc.text[m.start() : m.end()].rstrip(", ")
        return doc.add("indirect", [(m.end(), end_b)], mention, cue, "view")
    who = m.group(2) or m.group(1)
    mention = parse_speaker(who, m.start(2) if m.group(2) else m.start(1))
    if mention is None and m.group(1) in ("his", "her", "their"):
        closing = closing_holder(doc.text, m.end(), end_b)
        if closing is not None:
            # ("In his opinion, ..., - Lyubimov added.": the name the pronoun points forward to)
            named, verb, end = closing
            return doc.add("indirect", [(m.end(), end)], named, verb, reporting_verb_forms()[verb][0])
        mention = parse_speaker({"his": "he", "her": "she", "their": "they"}[m.group(1)], m.start(1))
    if mention is None:
        return False
    cue = doc.text[m.start() : m.end()].rstrip(", ")
    return doc.add("indirect", [(m.end(), end_b)], mention, cue, "view")


#: whom a wording was put to ("put it to me", "put it to the BBC", "put it to a reporter"), as
#: columnists write it
PUT_TO = (
    r"(?:me|us|him|her|them|(?:the\s+|an?\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3}"
    r"|(?:the|an?|this|one)\s+(?:[a-z]+\s+)?(?:reporter|journalist|newspaper|paper|programme|program|"
    r"committee|inquiry|audience|interviewer))"
)
#: "As the Harbor Gazette recently noted, ...", "But as Okafor noted, ...", "As reported by X, ...":
#: the source and its cue in a comparative clause before the content
_AS_CLAUSE_REST = (
    r"s\s+"
    r"(?!(?:if|though|well|much|long|soon|far|many|good|usual|expected|a\s+result|to)\b)"
    r"(?:(?:first\s+)?(?P<passive>reported|noted|detailed|revealed|stated|said|indicated|specified|mentioned|emphasi[sz]ed)\s+(?:by|in)\s+(?P<agent>[^,;:]{2,80})"
    r"|(?P<source>[^,;:]{2,80}?)\s+(?:(?:has|had|have|recently|first|also|previously|earlier|once)\s+)*"
    # (a possessor's source is no cue, the phrase after it no occasion: "As Kommersant's source
    # in the government explained, ...")
    r"(?P<cue>(?!(?:sources?|officials?|insiders?|interlocutors?|spokes(?:man|woman|person)|representatives?)\b)"
    r"[a-z]+(?:\s+(?:out|it))?))"
    # ("As Ruzin told Interfax, ...", "As a source told the agency, ...": whom it was told)
    r"(?:(?<=told)\s+(?:(?:the|a|an)\s+)?(?:(?:news|local|state|national|foreign|radio|television|tv)\s+)?(?:[A-Z][\w.&'\u2019-]*|reporters|journalists|agency|newspaper|paper|"
    r"channel|broadcaster|station|outlet)(?:\s+[A-Z][\w.&'\u2019-]*){0,3})?"
    # ("As one nurse put it to me, ...", "As X put it to the BBC, ...": whom it was put to)
    r"(?:(?<=\sit)\s+to\s+" + PUT_TO + r")?"
    r"(?:\s+(?:on|in|at|last|this|earlier)\b[^,;:]{0,40})?,\s+"
)
_AS_CLAUSE = r"[Aa]" + _AS_CLAUSE_REST
#: ... after a comma or a conjunction (the letter first, then the look-behinds for what stands
#: before it: a pattern that opened with the look-behinds was tried at every position, one with
#: the letter skips to it)
_AS_SOURCE_RE = re.compile(
    r"[Aa](?:(?<=,\s.)|(?<=\bBut\s.)|(?<=\bAnd\s.)|(?<=\bHowever,\s.)|(?<=\bBut,\s.))" + _AS_CLAUSE_REST
)
#: ... opening the sentence (a search from the sentence's start cannot see it: "^" holds only
#: at the text's start), maybe inside a bracket ("(As BuzzFeed first reported, ...)")
_AS_OPENING_RE = re.compile(r"\(?" + _AS_CLAUSE)


#: "as"/"As" between whitespace: what _has_as_word answers without a search (tests compare)
_AS_WORD_RE = re.compile(r"[Aa](?<!\S.)s(?!\S)")


def _has_as_word(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b].split()`` holds "as" or "As", without splitting: each place of
    the two found by ``str.find`` (a search for their letters tried each "a" of the
    sentence), a word where whitespace or the range's edge stands on both sides."""
    for word in ("as", "As"):
        k = text.find(word, a, b)
        while k >= 0:
            if (k == a or text[k - 1].isspace()) and (k + 2 == b or text[k + 2].isspace()):
                return True
            k = text.find(word, k + 1, b)
    return False


#: the words before an "as" clause's cue that make it a saying ("they like to say", "people would say")
_HEARSAY_RE = re.compile(r"\b(?:to|would|might|could|will|can|may|often|always)$")


#: the writer's own text, as an "as" clause refers to it ("as noted above", "as stated in the
#: previous chapter", "as mentioned in Section 2")
_OWN_TEXT_RE = re.compile(
    r"(?:the\s+)?(?:(?:previous|preceding|above|following|next|last|this|earlier|first|second|third|"
    r"introductory|opening|final)\s+)?(?:chapter|section|article|paragraph|part|page|post|story|episode|"
    r"introduction|appendix|footnote|note|table|figure)s?\b(?:\s+\d+\w*)?\s*$",
    re.I,
)
#: what may stand between "As X put it" and its comma: a time, or the occasion it was put on
_PUT_IT_TAIL_RE = re.compile(
    r"(?:\s+to\s+" + PUT_TO + r")?"
    r"(?:\s+(?:on\s+[A-Z][a-z]+|(?:in|at|during)\s+(?:a|an|his|her|their)\s+(?:[a-z]+\s+)?"
    r"(?:interview|speech|statement|letter|post|tweet|message|address|briefing|column|book|essay|memo|email)"
    r"|last\s+[a-z]+|this\s+[a-z]+|earlier(?:\s+this\s+[a-z]+)?))?,\s+"
)


def as_source(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """ "As the Harbor Gazette recently noted, trust in the ferry service is fading": the clause
    after the comma (and any before "as"), attributed to the source of the "as" clause."""
    text = doc.text
    # the regex needs "as" as a word of its own; most sentences have none, and its
    # look-behinds make the search scan every position
    if not _has_as_word(text, a, end_b):
        return False
    m = _AS_OPENING_RE.match(text, a, end_b) or _AS_SOURCE_RE.search(text, a, end_b)
    if m is None:
        return False
    if m.group("passive"):
        cue, lemma = m.group("passive"), reporting_verb_forms().get(m.group("passive"), ("report",))[0]
        seg, k = m.group("agent"), m.start("agent")
        if _OWN_TEXT_RE.match(seg):
            return False  # ("As mentioned in the previous chapter, ...": the writer's own text)
    else:
        cue = m.group("cue")
        if cue in ("put it", "sees it", "saw it"):
            # "As one analyst put it, ...": how someone worded it ("put it on sale": no one's);
            # "The problem, as Marsh sees it, is ...": a view, as "in Marsh's view"
            if not _PUT_IT_TAIL_RE.fullmatch(text, m.end("cue"), m.end()):
                return False
            lemma = "put" if cue == "put it" else "view"
        else:
            # ("As the minister pointed out, ...": the verb's form without its particle)
            form = reporting_verb_forms().get(cue.removesuffix(" out"))
            if form is None or form[1] == "belief":
                return False
            lemma = form[0]
        seg, k = m.group("source"), m.start("source")
    mention = parse_speaker(seg, k) or _source_phrase(text, k, k + len(seg))
    if mention is not None and mention.kind == "descriptor":
        mention = _name_after_role(seg, k) or mention
    if mention is None or n_words(text[m.end() : end_b]) < MIN_CONTENT_WORDS:
        return False
    if mention.kind == "pronoun" and mention.text.lower() in ("it", "this", "that"):
        return False  # "as it turned out", "as this shows"
    if _HEARSAY_RE.search(seg) or (mention.kind == "pronoun" and cue == lemma):
        return False  # "As they like to say in ...", "as they say": a saying, no one's statement
    before = text[a : m.start()].rstrip(" ,(")
    parts = [(m.end(), end_b)]
    if before and not re.fullmatch(r"(?:But|And|However)", before):
        parts.insert(0, (a, a + len(before)))
    kind = "mixed" if any(q in text[m.end() : end_b] for q in QUOTE_CHARS) else "indirect"
    return doc.add(kind, parts, mention, cue, lemma)


def _name_after_role(seg: str, k: int) -> Mention | None:
    """The person's name closing a role with an "of" phrase ("Deputy Minister of
    Infrastructure Oksana Levchuk" -> Oksana Levchuk, its role the words before): the last
    two words, capitalised and read as a name after a role with "of" in it; else None."""
    words = list(re.finditer(r"\S+", seg))
    if len(words) < 4 or " of " not in seg or not all(w.group()[:1].isupper() for w in words[-2:]):
        return None
    start = words[-2].start()
    name = parse_speaker(seg[start:], k + start)
    if name is None or name.kind != "name":
        return None
    return replace(name, role=seg[:start].strip(" ,"))
