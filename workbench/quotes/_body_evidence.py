"""What the text shows of a source typed as a person that makes it an organisation: a name
written with an acronym after it ("The Joint Defense Staff (JDS) said"), a name shaped as a
brand or a web address ("BuzzFeed", "Factcheck.org"), or a one-word name the text never
gives in full that "reported" something ("Kyoren reported that ..."): a person is brought in
with a full name, and outlets report; or a one-word name in apposition after a body's noun
("the weather agency, Aemet,"). A name of one or two words that is no given name's is an
organisation's too where the text describes it as a body or makes it speak as one: a body's
noun in apposition after it ("Kelvar, the ride-hailing app, said") or an outlet's "citing its
own sources"; a one-word name also by "its" right after the verb ("X said its members ...") or
a firm's channel ("X said in a statement / in a filing / on its website"). Read once a
document, after every source is resolved."""

from __future__ import annotations

import re

from ._body_names import body_by_mention, person_noun_before, possessive_firms
from ._firm_evidence import firm_by_text
from ._names import speaker_words

__all__ = ["typed_by_text"]

#: an inner capital after a word of three letters or more ("BuzzFeed", "EgyptAir"), not a
#: surname's prefix ("McConnell", "MacArthur", "DeSantis", "VanDyke")
_BRAND_RE = re.compile(r"(?!(?:Mac|Van|Von|Del|Della|Dela)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]")
#: a web address's ending ("Factcheck.org", "Tchadinfos.com")
_DOMAIN_RE = re.compile(r"\.(?:com|org|net|info|news|co\.uk|io)$", re.IGNORECASE)


_GENDERED = frozenset("he she him her his".split())
#: a gendered pronoun early in what was reported ("Lind reported that her car ..."): a person's
_GENDERED_RE = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)


#: an acronym in brackets after a name ("Joint Defense Staff (JDS)")
_BRACKETED_ACRONYM_RE = re.compile(r"\s+\(([A-Z]{2,8})\)")


def _acronym_names(text: str) -> dict[str, list[tuple[str, str]]]:
    """The words before each bracketed acronym of the text, with the acronym, by every
    ending of their last word: one pass (a search per name over the whole text, or a test
    of every acronym per name, was quadratic on a long text)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for m in _BRACKETED_ACRONYM_RE.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()]
        last = before.rsplit(None, 1)[-1] if before.strip() else ""
        for k in range(len(last)):
            index.setdefault(last[k:], []).append((before, m.group(1)))
    return index


def _acronym_after(acronyms: dict[str, list[tuple[str, str]]], name: str) -> bool:
    """``name`` written with its acronym in brackets ("Joint Defense Staff (JDS)"): looked up
    by the ending of the name's last word, which ends the words before the acronym."""
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    return any(
        acronym[0] == name[0] and before.endswith(name) and _second_initial(acronym, name)
        for before, acronym in acronyms.get(last, ())
    )


def _second_initial(acronym: str, name: str) -> bool:
    """The acronym's second capital is the initial of the name's second capitalised word
    ("Joint Defense Staff (JDS)"), where both have one: a member's party after her name
    ("Odile Kamau (ODM):") is no acronym of it."""
    words = [w for w in name.split() if w[:1].isupper()]
    if len(acronym) < 2 or not acronym[1].isupper() or len(words) < 2:
        return True
    return acronym[1] == words[1][0]


def _after_body_noun(text: str, name: str) -> bool:
    """The one-word ``name`` is written in apposition after a body's noun, between commas
    ("Spain's weather agency, Aemet, said", "according to the regulator, Ofwat."): the
    body's name ("the company, Smith said" is no apposition: no comma closes it)."""
    if ", " + name not in text:
        return False  # (most names: no scan of the text)
    orgs = speaker_words()["orgs"]
    for m in re.finditer(r"\b([a-z]+),\s+" + re.escape(name) + r"(?=[,.;]|$)", text):
        before = text[max(0, m.start() - 60) : m.start()]
        if m.group(1) in orgs and re.search(r"(?:\b[Tt]he|['\u2019]s)(?:\s+[a-z-]+){0,3}\s+$", before):
            return True
    return False


#: nouns of a body's kind that the speaker lists hold for no person ("the ride-hailing app",
#: "the streaming platform"), besides the lists' bodies and the makers ("the chipmaker")
_THING_BODIES = frozenset("app apps platform platforms brand brands site service".split())
#: words of an apposition's modifiers that make the noun after them another's ("the head of
#: the union": the person heads it)
_NOT_MODIFIERS = frozenset("of for at to from in with by and or".split())
#: ", the ride-hailing app," / ", a charity," right after the name: up to three modifiers and a
#: noun, closed by a comma
_APPOSED_RE = re.compile(r",\s+(?:the|a|an)\s+((?:[\w'\u2019-]+\s+){0,3}?)([a-z][\w-]*),")
#: the verb and a firm's channel after the name ("said in a statement", "said on Tuesday in a
#: filing", "wrote on its website"), or "its" right after the verb or in a participle aside
#: ("said its members", ", citing its own sources,")
_CHANNEL_RE = re.compile(
    r"\s+(?:(?:has|had|also)\s+)?(?:said|says|announced|wrote|writes|added|confirmed|reported)\s+"
    r"(?:(?:on|late|early)\s+\w+\s+)?(?:in\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:statement|filing|blog\s+post|"
    r"press\s+release|news\s+release)\b|(?:in|on)\s+its\b|(?:that\s+)?its\s)"
)
#: a firm's channel right after an inverted speaker's name ('"...," said X in a statement')
_INVERTED_CHANNEL_RE = re.compile(
    r"\s+(?:(?:on|late|early)\s+\w+\s+)?in\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:statement|filing|blog\s+post|"
    r"press\s+release|news\s+release)\b"
)
#: an outlet's aside after its name (", citing its own sources,")
_CITING_RE = re.compile(r",\s+citing\s+its\b")


def _apposed_body(text: str, start: int) -> bool:
    """A body's noun in apposition right after the name ending at ``start``."""
    m = _APPOSED_RE.match(text, start, start + 80)
    if m is None:
        return False
    if any(w.lower() in _NOT_MODIFIERS or w.endswith(("'s", "\u2019s")) for w in m.group(1).split()):
        return False
    noun = m.group(2)
    return noun in _THING_BODIES or noun.endswith("maker") or noun in speaker_words()["orgs"]


def _speaks_as_body(r: dict, text: str) -> bool:
    """The record's name, of one or two words and no given name, is described as a body, or
    (one word) speaks through a firm's channel or of "its" things right after it."""
    name, end = r["speaker_name"], r["speaker_end"]
    if not isinstance(end, int) or text[r["speaker_start"] : end] != name:
        return False  # (a name written elsewhere: "he", a surname resolved to a full name)
    words = name.split()
    given = speaker_words()["given_names"]
    if len(words) > 2 or any(w.lower() in given or w.lower() in speaker_words()["titles"] for w in words):
        return False
    # (a role learnt elsewhere, "Dr", "the chief executive", says person; the apposition is
    # the role when it is there)
    role = r["role"] if isinstance(r["role"], str) else ""
    # (a firm's channel only after one word: a person's given name that no list holds, "Mira
    # Tolvex said in a statement", is as likely as a firm's first word)
    return (
        _apposed_body(text, end)
        or _CITING_RE.match(text, end) is not None
        or len(words) == 1
        and not role
        and (_CHANNEL_RE.match(text, end, end + 80) is not None or _inverted_channel(r, text))
    )


def _inverted_channel(r: dict, text: str) -> bool:
    """The record's cue right before its speaker, a firm's channel right after it ('"...,"
    said Skelby in a statement')."""
    start, cue = r["speaker_start"], r["cue"]
    if not isinstance(cue, str) or not text[max(0, start - len(cue) - 3) : start].rstrip().endswith(cue):
        return False
    return _INVERTED_CHANNEL_RE.match(text, r["speaker_end"], r["speaker_end"] + 80) is not None


#: what "it" does at the start of what a source said when it is the source itself: an
#: auxiliary and an agent's verb ("X said it had helped", "X says it will appeal", "it was
#: considering"; not "it was caused", "it would be", "it will take", where "it" is the situation)
#: what a dummy or a weather "it" does ("it would rain", "it was going to be tough", "it had
#: worked out", "it would happen again"), a person's words as often as a body's
_DUMMY_VERBS = (
    r"be|been|being|not|take|make|cost|mean|have|need|rain|rained|raining|snow|snowed|snowing|"
    r"freeze|froze|freezing|pour|poured|pouring|happen|happened|happening|go|going|gone|get|got|"
    r"gotten|getting|start|started|starting|begin|began|begun|beginning|become|became|becoming|"
    r"seem|seemed|seeming|feel|felt|feeling|look(?!\s+into)|looked(?!\s+into)|looking(?!\s+into)|work|worked|"
    r"working|turn|turned|"
    r"turning|matter|mattered|depend|depended|depending|remain|remained|hurt|change|"
    r"changed|changing|come|came|coming|stop|stopped|stopping|last|lasted|lasting"
)
_IT_AGENT_RE = re.compile(
    rf"it\s+(?:had|has)\s+(?:(?!(?:{_DUMMY_VERBS})\b)[a-z]+(?:ed|en)|cut|shut|sold|paid|spent|lost|won|built|bought)\b"
    rf"|it\s+(?:is|was)\s+(?!(?:{_DUMMY_VERBS})\b)[a-z]+ing\b"
    rf"|it\s+(?:would|will)\s+(?!(?:{_DUMMY_VERBS})\b)[a-z]+\b"
)
#: counts a body publishes, before the name of their maker ("figures from Nationwide", "data
#: by Harwell"), and research "from" one; not "research by X", which a person writes as often
#: ("research by Ostrova and colleagues")
_PUBLISHED_BY_RE = (
    r"\b(?:(?:figures|data|statistics|numbers)\s+(?:from|by|published\s+by)|(?:research|analysis)\s+from)"
    r"\s+(?:the\s+)?"
)


#: a determiner and a word: a thing "it" may stand for ("Reed, who called the plan sound,
#: said it would save money": the plan)
_THING_BEFORE_RE = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her)\s+[\w-]+", re.I)


#: how far back from a statement its sentence's start is looked for (characters)
_SENTENCE_WINDOW = 300


def _by_its_it(r: dict, text: str) -> bool:
    """What the record's source said opens with "it" doing something: the source itself. A
    name of one word, as often a surname, only where its sentence names no other thing
    before the "it" for it to stand for."""
    if _IT_AGENT_RE.match(r["text"]) is None or _GENDERED_RE.search(r["text"]) is not None:
        return False  # ("X said it would close, and she was sorry": a person's pronoun)
    if " " in r["speaker_name"]:
        return True
    start = r["char_start"]
    if not isinstance(start, int):
        return False
    lo = max(0, start - _SENTENCE_WINDOW)  # (a bounded look back: a one-line text is long)
    sentence = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start), lo - 1) + 1
    return _THING_BEFORE_RE.search(text, sentence, start) is None


#: the published counts' words right before a name (searched up to the name: "\Z" is its start)
_PUBLISHED_BEFORE_RE = re.compile(_PUBLISHED_BY_RE + r"\Z")
#: a name's end that is no part of a longer name or a pair of authors ("figures from X and
#: colleagues": people who write together)
_MAKER_END_RE = re.compile(r"\b(?!\s+[A-Z]|\s+and\s)")


def _published_by(text: str, name: str) -> bool:
    """``name`` is the author of published counts or findings somewhere in the text: the
    words before each of its places looked at (a pattern compiled per name cost ~5% of the
    quote stage on PolNeAR train)."""
    i = text.find(name)
    while i >= 0:
        if (
            _PUBLISHED_BEFORE_RE.search(text, max(0, i - 60), i) is not None
            and _MAKER_END_RE.match(text, i + len(name)) is not None
        ):
            return True
        i = text.find(name, i + 1)
    return False


def _no_person_words(name: str) -> bool:
    """A name of one or two words with no given name or title in it."""
    words = name.split()
    given = speaker_words()["given_names"]
    titles = speaker_words()["titles"]
    return len(words) <= 2 and not any(w.lower() in given or w.lower() in titles for w in words)


def typed_by_text(records: list[dict], text: str) -> list[dict]:
    """``records`` with the sources the text shows to be organisations typed as such (all of
    a source's records)."""
    if "'s" in text or "\u2019s" in text:
        records = possessive_firms(records, text)  # ("Christie's said"; not "Trump's promises")
    # (a source a gendered pronoun speaks for, "she said", is a person whatever it reported)
    gendered = {
        r["source_key"]
        for r in records
        if isinstance(r["speaker"], str) and r["speaker"].lower() in _GENDERED
    }
    keys = set()
    # (a source "it" speaks for in another record, "It added ...", is a body: a pronoun the
    # resolver gave to the name; only a name with no given name or title)
    it_keys = {
        r["source_key"] for r in records if isinstance(r["speaker"], str) and r["speaker"].lower() == "it"
    }
    acronyms = _acronym_names(text) if "(" in text else {}
    published: dict[str, bool] = {}  # (a name's "figures from" looked for once, as its apposition)
    apposed: dict[str, bool] = {}  # (a name's apposition looked for once, not once a record)
    firms: dict[str, frozenset[str]] = {}  # (the text's firms' names read once)
    for r in records:
        name = r["speaker_name"]
        if r["source_type"] != "person" or not isinstance(name, str) or not name[:1].isupper():
            continue
        if person_noun_before(r, text):
            continue  # ("its vice-president, Darius Roe, said it had paid": a person)
        one_word = " " not in name
        if (
            one_word
            and (_BRAND_RE.match(name) or _DOMAIN_RE.search(name))
            or one_word
            and str(r["cue_lemma"]) == "report"
            and r["kind"] != "direct"
            and r["source_key"] not in gendered
            and _GENDERED_RE.search(r["text"], 0, 60) is None
            or acronyms
            and _acronym_after(acronyms, name)
            or one_word
            and r["source_key"] not in gendered
            and (apposed[name] if name in apposed else apposed.setdefault(name, _after_body_noun(text, name)))
            or r["source_key"] not in gendered
            # ("Mbeki said in a filing that she ...": a person's pronoun opens the content)
            and _GENDERED_RE.search(r["text"], 0, 60) is None
            and _speaks_as_body(r, text)
            or r["source_key"] not in gendered
            and body_by_mention(r, text)
            or r["source_key"] not in gendered
            and firm_by_text(r, text, firms)
            or r["source_key"] not in gendered
            and _no_person_words(name)
            and (
                r["source_key"] in it_keys
                or _by_its_it(r, text)
                and r["speaker_name"] == r["speaker"]
                or (
                    published[name]
                    if name in published
                    else published.setdefault(name, _published_by(text, name))
                )
            )
        ):
            keys.add(r["source_key"])
    for r in records:
        if r["source_key"] in keys and r["source_type"] == "person":
            r["source_type"] = "organisation"
    return records
