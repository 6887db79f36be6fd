"""A text named with its author ("The report by the Halden Institute", "Research by
scientists at Marlow University", "A 2019 study led by the Pelham Centre"): the author is
the speaker the text speaks for, and the phrase is a text's (``Mention.document``), so the
cue is read as a text's ("concludes", "suggests", "found"), not a person's view in general.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ._mention_type import Mention
from ._source_type import OUTLET_WORDS, document_words, source_type

__all__ = ["text_by_agent", "FINDING_NOUNS"]

#: texts and findings that an author is named after by "by", beside the [document] list
FINDING_NOUNS = frozenset(
    """research analysis analyses findings modelling modeling forecast forecasts estimate
    estimates projection projections paper papers assessment assessments audit audits
    investigation investigations inquiry calculations polling data figures
    fact-check fact-checks factcheck factchecks""".split()
)
#: a determiner, up to three lower-case or numeric modifiers ("A 2019 report", "the latest
#: annual survey", "new research"), the text's noun, a participle of making it, "by", the author
_TEXT_HEAD = (
    r"\s*(?:(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Nn]ew|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)?"
    r"(?:(?:[a-z][a-z-]*|\d{4}|\d+-\w+)\s+){0,3}?"
    r"(?P<noun>[A-Za-z]+(?:-[a-z]+)?)"  # (a compound's hyphen: "A fact-check by X")
)
_TEXT_AGENT = (
    r"(?:(?P<made>published|released|issued|written|prepared|compiled|conducted|produced|carried\s+out|led|co-authored|authored)\s+)?"
    r"by\s+(?P<agent>\S.*)"
)
_TEXT_BY_RE = re.compile(_TEXT_HEAD + r"\s+" + _TEXT_AGENT, re.S)
#: ... or with what the text is of between ("A review of 42 trials by X", "The survey of
#: 5,000 teenagers by X"), or the author set off by commas ("The modelling, by scientists
#: at X,"): tried second ("the average of recent polls compiled by X" is the polls')
_TEXT_OF_BY_RE = re.compile(
    _TEXT_HEAD
    + r"(?:\s+of\s+(?:[\w'\u2019.,-]+\s+){0,3}?[\w'\u2019-]+)?(?:(?P<comma>,)\s+(?=by\s)|\s+)"
    + _TEXT_AGENT,
    re.S,
)


@lru_cache(maxsize=1)
def _text_nouns() -> frozenset[str]:
    return document_words() | FINDING_NOUNS


def _outlet(name: str) -> bool:
    """A newspaper's, a magazine's or a journal's name ("the Evening Star", "Journal of X")."""
    words = [w.lower() for w in name.split()]
    return bool(words) and (words[0] in _OUTLET_OPENERS or any(w in OUTLET_WORDS for w in words))


def _bare_one_word(agent: Mention) -> bool:
    """One word with no title, role or gender, not an acronym ("Toastly", not "Dr Ruiz" nor
    "FBI", which is typed a body's name as it is)."""
    return (
        agent.kind == "name"
        and " " not in agent.name
        and not agent.role
        and agent.gender is None
        and not agent.name.replace(".", "").replace("-", "").isupper()
    )


#: the heads of a description that authors a text ("scientists at X", "a team of economists")
_AUTHOR_HEADS = frozenset(
    "researcher researchers scientist scientists team teams economist economists analyst analysts academic "
    "academics expert experts statistician statisticians epidemiologist epidemiologists".split()
)
#: first words of newspapers' names that no list of their last words holds ("Daily Clarion")
_OUTLET_OPENERS = frozenset("daily evening sunday weekly morning".split())


def text_by_agent(seg: str, offset: int, parse: Callable[[str, int], Mention | None]) -> Mention | None:
    """The author of the text ``seg`` names ("The report by X" -> X, its ``document``
    "report"), read by ``parse``; None when ``seg`` is no such phrase or its author is no
    speaker ("The report by the end of the year", "a letter by him")."""
    if " by " not in seg:
        return None
    m = _TEXT_BY_RE.fullmatch(seg)
    if m is None or m.group("noun").lower() not in _text_nouns():
        m = _TEXT_OF_BY_RE.fullmatch(seg)
    if m is None or m.group("noun").lower() not in _text_nouns():
        return None
    k = m.start("agent")
    agent_seg = seg[k:]
    if m.groupdict().get("comma"):
        # ("The modelling, by scientists at X, suggests": the aside's closing comma ends it)
        agent_seg = agent_seg.rstrip().removesuffix(",")
        if "," in agent_seg:
            return None
    agent = parse(agent_seg, offset + k)
    if agent is None or agent.kind not in ("name", "organisation", "descriptor"):
        return None
    if (
        m.re is _TEXT_OF_BY_RE
        and not m.groupdict().get("comma")
        and not (
            agent.kind == "organisation"
            or agent.kind == "name"
            and (source_type("name", agent.name) == "organisation" or _bare_one_word(agent))
            or agent.kind == "descriptor"
            and agent.head in _AUTHOR_HEADS
        )
    ):
        # ("A study of 300 paintings by Turner", "a review of complaints by patients": after
        # what the text is of, "by" may name who made those things; only a body or a team of
        # researchers is read as the text's author there)
        return None
    noun = m.group("noun").lower()
    if m.group("made") == "published" and _outlet(agent.name):
        # ("a study published by the Journal of X", "... by the Evening Star": a publisher of
        # others' work is no author; the text speaks, as written up to its noun)
        agent = parse(seg[: m.end("noun")], offset)
        if agent is None or agent.kind == "pronoun":
            return None
        agent.document = noun
        return agent
    if _bare_one_word(agent) and source_type("name", agent.name) == "person":
        # ("a study by Toastly", "a report by Statista": one word after a text's "by" names a
        # firm or a pollster far more often than a person, whom news names in full)
        agent.kind = "organisation"
    agent.document = noun
    return agent
