"""The source a phrase names rather than a subject: "according to a new poll", "figures from X"."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ._cues import (
    FINITE_RE,
    QUOTE_CHARS,
)
from ._mentions import Mention, parse_speaker
from ._names import speaker_words
from ._source_type import document_words
from ._text_agents import FINDING_NOUNS


@lru_cache(maxsize=1)
def _text_nouns() -> frozenset[str]:
    """Nouns of texts and published counts, whose author may follow ("figures from X")."""
    return document_words() | FINDING_NOUNS | frozenset("statistics numbers".split())


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


def text_author(text: str, mention: Mention, end: int) -> Mention:
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


def source_phrase(text: str, k: int, b: int, possessive: bool = False) -> Mention | None:
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
