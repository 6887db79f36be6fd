"""A finding: what a study, a poll or a report found, or those whose work is to find
("The survey found that most voters back the plan", "Researchers found teenagers slept less",
"Half of voters oppose it, a poll found"). The text or the researchers are the source.

Published counts "show" the same way ("..., official figures showed on Monday.", "Data
released on Tuesday showed that ..."), as does a text named with its author ("Research by X
shows that ..."); a person's "showed" is no statement ("she showed the judge the letter").

"find" is no reporting verb of the cue list: "he found Trump charming", "police found the
car", "the body was found" are no statements, and every cue form changes how the clauses
around it are read. This rule reads the verb only after the noun of a text or of a finder,
and only in a sentence no other rule attributed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._bare_clauses import bare_clause
from ._clauses import MIN_CONTENT_WORDS, has_verb
from ._cues import n_words
from ._mention_type import Mention
from ._mentions import parse_speaker
from ._source_type import document_words
from ._text_agents import FINDING_NOUNS

if TYPE_CHECKING:
    from ._doc import Doc

__all__ = ["finding_statement", "FIND_WORDS"]

#: the forms of "show" read after the noun of a text or of published counts ("Official
#: figures showed that ...", "..., data published on Tuesday showed."), never a person's
#: ("she showed the judge the letter")
SHOW_WORDS = ("show", "shows", "showed")
#: the forms of "find" that report a finding, of "show" and of a court's "rule" or "hold", for
#: the sentence gate (``_triggers``)
FIND_WORDS = ("found", "finds", "find", *SHOW_WORDS, "ruled", "rules", "held", "holds")
#: published counts that show: a poll's, a survey's or a report's "show" is left out, as
#: PolNeAR train annotates none of its 29 such clauses (polls, reports, analyses, surveys);
#: a text named with its author ("Research by X shows") is read as "found" is
_SHOW_NOUNS = frozenset("figures data statistics stats numbers".split())
_POLL_NOUNS = frozenset("poll polls polling survey surveys".split())
#: modifiers written lower-case in the speaker's name ("Official figures" -> "official figures")
_COMMON_LEADS = frozenset(
    "official government provisional preliminary latest new recent early last this these its their".split()
)
#: the words before the verb of "show": a determiner and up to four modifiers, the noun,
#: and a participle or a preposition naming its maker or its date ("data published on
#: Tuesday", "figures from the Church of Albion", "Research by the Pelham Centre")
_SHOW_SUBJECT_RE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Nn]ew|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hese)\s+)?"
    r"(?:[\w'\u2019/-]+\s+){0,4}?(?P<noun>[A-Za-z]+)"
    r"(?:\s+(?:published|released|issued|compiled|out|from|by|of|for)\b[^,;:]{0,60})?"
)
#: the content, then the text and "show" closing the sentence, a time after it ("...,
#: official figures showed on Wednesday.")
_SHOW_AFTER_RE = re.compile(
    r"(?P<content>\S.*?),\s+(?P<subject>[^,;:\"\u201c\u201d]{1,100}?)\s+(?P<cue>show|shows|showed)"
    r"(?:\s+(?:on\s+[A-Z][a-z]+|last\s+\w+|this\s+\w+|earlier|yesterday|today))?\s*[.!?]?\s*",
    re.S,
)
#: those whose findings are statements: researchers, inspectors, a court or a panel
_FINDERS = frozenset(
    "researcher researchers scientist scientists investigator investigators inspector inspectors "
    "auditor auditors author authors analyst analysts economist economists inquiry inquiries panel "
    "court jury coroner judge tribunal committee commission regulator regulators watchdog team".split()
)
#: the last word of a finder's name ("the Supreme Court", "the Leveson Inquiry")
_NAMED_FINDERS = frozenset("Court Tribunal Inquiry Commission".split())


def _named_finder(name: str) -> bool:
    """A court or an inquiry by its name: its last word, or "Court of" ("the 9th U.S. Circuit
    Court of Appeals")."""
    words = name.split()
    return bool(words) and (words[-1] in _NAMED_FINDERS or "Court" in words[:-1] and "of" in words)


#: those who rule: a court's or a judge's "ruled that" / "held that" is its finding ("The court
#: ruled that the law was void"); a person's "held that" is no statement ("He held that post")
_RULERS = frozenset(
    "court courts judge judges justice justices tribunal tribunals panel magistrate magistrates".split()
)
#: the forms of "rule" and "hold" read after a ruler's noun, with "that" only
_RULE_WORDS = ("ruled", "rules", "held", "holds")
#: subject, the verb (a perfect or an adverb before it), "that" or not, the content
_FORWARD_RE = re.compile(
    r"(?P<subject>[^;:\"\u201c\u201d]{2,140}?)\s+(?:(?:has|have|had)\s+)?(?:also\s+|recently\s+|previously\s+)?"
    r"(?P<cue>found|finds|find|concluded|concludes|showed|shows|show|ruled|rules|held|holds)\s+(?P<that>that\s+)?"
    r"(?P<content>\S.*)",
    re.S,
)
#: the content, then the source and the verb at the sentence's end ("..., a poll found")
_AFTER_RE = re.compile(
    r"(?P<content>\S.*?),\s+(?P<subject>(?:an?|the|one|another|this|that|its|their|his|her)\s[^,;:]{1,100}?"
    # or a bare plural of finders ("..., researchers (at X) found.")
    r"|(?:researchers|scientists|investigators|inspectors|auditors|analysts|economists)(?:\s[^,;:]{1,80}?)?"
    # or a bare mass noun of a text with its author ("..., analysis by X found.", "...,
    # research by the charity X found."): no determiner is written before such a noun
    r"|(?:research|analysis|modelling|modeling|polling)\s+by\s[^,;:]{1,80}?)"
    r"\s+(?:(?:has|have|had)\s+)?(?P<cue>found|finds)\s*[.!?]?\s*",
    re.S,
)
#: a relative pronoun or a coordination before the verb: the verb is no main clause's
_RELATIVE_RE = re.compile(r"\b(?:who|which|that|whose|and|or)\s*$|\b(?:who|which|whose)\b")
#: the writer's noun for what was found, set after it ("..., a finding he disputes")
_VERDICT_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:finding|conclusion|claim|verdict|result|view|assertion|charge|figure)s?\b"
)
#: a time opening the clause before its subject ("Last month", "On Tuesday,", "In 2019")
_TIME_LEAD_RE = re.compile(
    r"(?:(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+that)\s+(?:week|month|year|spring|summer|autumn|fall|winter)"
    r"|(?:[Oo]n|[Ii]n)\s+(?:[A-Z][a-z]+day|\d{4}|[A-Z][a-z]+)|[Yy]esterday|[Ee]arlier|[Ll]ater)\s*,?\s+(?=[A-Za-z])"
)
#: an aside between the subject and the verb ("The study, published on Monday in X, found")
_ASIDE_RE = re.compile(r"([^,]+),\s+[^,]{3,90},\s*$")


def _source(seg: str, start: int):
    """The mention of a text or a finder that ``seg`` (the words before the verb) is, or None."""
    time = _TIME_LEAD_RE.match(seg)
    if time is not None:
        # ("Last month a judge ruled that ...": the time opening the clause is no part of it)
        seg, start = seg[time.end() :], start + time.end()
    aside = _ASIDE_RE.fullmatch(seg)
    if aside is not None:
        # ("The inquiry, which lasted two years, found": the aside's relative is no verb's)
        seg = aside.group(1)
    if _RELATIVE_RE.search(seg):
        return None  # "The inspector, who visited and found ...": a relative clause's verb
    written = seg
    if seg[:4].lower() == "one ":
        seg = "a  " + seg[3:]  # "One study found": read as "a study" (padded: offsets hold)
    mention = parse_speaker(seg, start, lenient=True)
    if mention is not None and mention.kind == "name" and _named_finder(mention.name):
        return mention  # "The Supreme Court found that ...": a body named as a court or an inquiry
    if mention is None or mention.kind not in ("descriptor", "organisation") and not mention.document:
        return None
    if mention.start is not None and mention.end is not None:
        mention.text = written[mention.start - start : mention.end - start]
    head = (mention.head or "").lower()
    if head in FINDING_NOUNS and not mention.document:
        # "The assessment concluded that ...": a text's finding (so read, as a text's cue, by
        # the precision filter too)
        mention.document = head
    if (
        mention.document
        or head in document_words()
        or head in _FINDERS
        # ("The department's inspector general found that ...": a finder's office)
        or head == "general"
        and bool(mention.mods & {"inspector", "auditor"})
        or (mention.name or "").lower().split()[-1:] == ["study"]
    ):
        return mention
    return None


#: a pronoun subject of "found/concluded that", an opening phrase before it allowed ("In the
#: study, they found that ...")
_PRONOUN_SUBJECT_RE = re.compile(r"(?:[A-Z][^,;:]{0,40},\s+)?(?P<pronoun>[Tt]hey|[Ss]he|[Hh]e|[Ii]t)\s*")
#: finders one person may be ("she"/"he"), beside the bodies and groups a "they" refers to
#: and the text an "it" does
_PERSON_FINDERS = frozenset(
    "researcher scientist investigator inspector auditor author analyst economist".split()
)
#: the first words of the sentence before, its subject's candidates: up to eight words
_LEADING_WORDS_RE = re.compile(r"\s*(?:\S+\s+){1,8}")


def _pronoun_finder(doc: Doc, seg: str, start: int) -> Mention | None:
    """The finder a pronoun subject ``seg`` refers to: the subject of the sentence just before
    in its paragraph, read as a finder ("The team analysed the records. They found that ...":
    the team), or None."""
    m = _PRONOUN_SUBJECT_RE.fullmatch(seg)
    if m is None:
        return None
    text = doc.text
    here = doc.sentence_at(start + m.start("pronoun"))
    if here is None:
        return None
    k = here[0] - 1
    while k > 0 and text[k].isspace():
        k -= 1
    prev = doc.sentence_at(k) if k > 0 else None
    if prev is None or prev[0] < doc.paragraph_at(here[0])[0]:
        return None
    pronoun = m.group("pronoun").lower()
    # the longest opening phrase of the sentence before that a finder's noun ends, a word
    # in lower case (its verb) after it ("The team analysed", "The researchers, led by X,")
    words = _LEADING_WORDS_RE.match(text, prev[0], prev[1])
    if words is None:
        return None
    cut = [w.end() for w in re.finditer(r"\S+", text[prev[0] : words.end()])]
    for end in cut[:-1]:
        after = text[prev[0] + end : prev[1]].lstrip()
        if not after[:1].islower() or after.startswith(("of ", "at ", "from ", "in ")):
            continue
        mention = _source(text[prev[0] : prev[0] + end], prev[0])
        if mention is None:
            continue
        head = (mention.head or "").lower()
        if pronoun == "they":
            fits = mention.number == "pl" or head in _FINDERS
        elif pronoun == "it":
            fits = mention.number == "sg" and head not in _PERSON_FINDERS
        else:
            fits = mention.number == "sg" and head in _PERSON_FINDERS
        if fits:
            return mention
        return None
    return None


def _ruler(mention: Mention) -> bool:
    """A court or a judge, by its head noun or its name's last word ("the appeals court",
    "The Supreme Court", "Judge Ann Roe" is a person's "ruled")."""
    words = (mention.name or mention.text).lower().split()
    return (
        (mention.head or "").lower() in _RULERS
        or bool(words)
        and words[-1] in _RULERS
        or mention.kind == "name"
        and "court" in words
        and _named_finder(mention.name)
    )


def _show_source(seg: str, start: int) -> Mention | None:
    """The text or counts that ``seg`` (the words before "show") names, as a text's mention
    (its ``document`` the noun), or None ("she", "the farmer", "The judge")."""
    seg_start = start + len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if _RELATIVE_RE.search(seg):
        return None
    mention = parse_speaker(seg, seg_start, lenient=True)
    if mention is not None and mention.document and mention.document not in _POLL_NOUNS:
        return mention  # "Research by the Pelham Centre": its author (a poll's "by" names its takers)
    m = _SHOW_SUBJECT_RE.fullmatch(seg)
    if m is None or m.group("noun").lower() not in _SHOW_NOUNS:
        return None
    noun = m.group("noun").lower()
    # ("data published on Tuesday": the data; "figures from the Church": the maker kept)
    name = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+|\s+(?:published|released|issued|compiled|out)\b.*", "", seg)
    first = name.split()[0].lower()
    if first in _COMMON_LEADS or first in _SHOW_NOUNS:
        name = name[:1].lower() + name[1:]
    return Mention(
        kind="descriptor",  # (typed a document, as "according to official figures" is)
        text=seg,
        start=seg_start,
        end=seg_start + len(seg),
        name=name,
        head=noun,
        number="pl" if noun.endswith("s") or noun == "data" else "sg",
        document=noun,
    )


#: what every form of _FORWARD_RE's verb holds as written ("finds", "concluded", "showed")
_FORWARD_STEMS = ("find", "found", "conclude", "show", "rule", "held", "holds")


def _holds(text: str, a: int, b: int, stems: tuple[str, ...]) -> bool:
    """``text[a:b]`` holds one of ``stems``, as a pattern that must match one of them needs."""
    return any(text.find(stem, a, b) >= 0 for stem in stems)


def finding_statement(doc: Doc, a: int, b: int, end_b: int, *, conclusion: bool = False) -> bool:
    """A finding in the sentence ``text[a:b]``; True if one is added. With ``conclusion``
    only a text's "concluded that" (its statement as a person's was dropped)."""
    text = doc.text
    # (the patterns' lazy subjects and contents are tried at every comma and space of a
    # sentence: a sentence without any of their verbs, most of them, is not read)
    m = _FORWARD_RE.fullmatch(text, a, end_b) if _holds(text, a, end_b, _FORWARD_STEMS) else None
    if conclusion and (m is None or not m.group("cue").startswith("conclu")):
        return False
    if m is not None and m.group("cue").startswith("conclu") and not m.group("that"):
        m = None  # ("The inquiry concluded in May": it ended; a text's conclusion takes "that")
    if m is not None and m.group("cue") in _RULE_WORDS and not m.group("that"):
        m = None  # ("The court ruled in May", "the judge held the hearing": no ruling's clause)
    if m is not None and m.group("cue") in SHOW_WORDS:
        # ("Official figures showed that ...": the counts'; "The data showed the largest
        # rise" is no clause)
        content = m.group("content")
        if m.group("that") or bare_clause(content):
            mention = _show_source(m.group("subject"), m.start("subject"))
            if mention is not None and doc.add(
                "indirect", [(m.start("content"), end_b)], mention, m.group("cue"), "show"
            ):
                return True
        m = None
    if m is not None:
        content = m.group("content")
        if (
            m.group("that")
            or bare_clause(content)
            or has_verb(content)
            and n_words(content) > MIN_CONTENT_WORDS
        ):
            mention = _source(m.group("subject"), m.start("subject")) or _pronoun_finder(
                doc, m.group("subject"), m.start("subject")
            )
            # (", a finding the government rejected": the writer's word on it ends the content)
            verdict = _VERDICT_RE.search(text, m.start("content"), end_b)
            end = verdict.start() if verdict is not None else end_b
            lemma = "find"
            if m.group("cue") in _RULE_WORDS:
                lemma = "rule" if m.group("cue").startswith("rule") else "hold"
                if mention is not None and not _ruler(mention):
                    mention = None  # ("The study held that ...": only a court rules)
            if mention is not None and doc.add(
                "indirect", [(m.start("content"), end)], mention, m.group("cue"), lemma
            ):
                return True
    if conclusion:
        return False
    # the content, then the source and its verb at the sentence's end ("..., figures showed",
    # "..., a poll found")
    for after_re, source, lemma, stems in (
        (_SHOW_AFTER_RE, _show_source, "show", ("show",)),
        (_AFTER_RE, _source, "find", ("found", "finds")),
    ):
        m = after_re.fullmatch(text, a, b) if _holds(text, a, b, stems) else None
        if m is not None and has_verb(m.group("content")):
            mention = source(m.group("subject"), m.start("subject"))
            if mention is not None:
                return doc.add(
                    "indirect", [(m.start("content"), m.end("content"))], mention, m.group("cue"), lemma
                )
    return _relative_finding(doc, a, end_b)


#: a body's relative clause of finding closing the sentence ("The appeal was dismissed by the
#: Planning Board, which found the apartments would have a "significant negative impact" ...")
_RELATIVE_FIND_RE = re.compile(
    r"(?P<subject>(?:[A-Z][\w'\u2019.-]*\s+(?:(?:of|for|and)\s+)?){0,5}[A-Z][\w'\u2019.-]*),\s+which\s+"
    r"(?:(?:has|had)\s+)?(?P<cue>found|concluded)\s+(?P<that>that\s+)?(?=[A-Za-z])"
)


#: a preposition of place or source before the name: a journal's or a place's, no finder
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|on|at|from|into)\s+$")


def _relative_finding(doc: Doc, a: int, end_b: int) -> bool:
    """A named body's finding in its relative clause ("..., which found (that) ..."): the body's
    statement, as "The Planning Board found that ..." is; the clause needs its own verb
    ("which found the car" is no finding)."""
    text = doc.text
    if text.find("which", a, end_b) < 0:
        return False
    m = _RELATIVE_FIND_RE.search(text, a, end_b)
    if m is None:
        return False
    content = text[m.end() : end_b]
    if not (m.group("that") or bare_clause(content)) or n_words(content) <= MIN_CONTENT_WORDS:
        return False
    if _PLACE_BEFORE_RE.search(text, max(a, m.start() - 6), m.start()):
        return False  # ("a study published in Frontiers in Psychology, which found": the study's)
    mention = parse_speaker(m.group("subject"), m.start("subject"))
    if mention is None or mention.kind not in ("name", "organisation"):
        return False
    lemma = "conclude" if m.group("cue") == "concluded" else "find"
    return doc.add("indirect", [(m.end(), end_b)], mention, m.group("cue"), lemma)
