"""The speaker phrase next to a reporting cue in a sentence: before it (``speaker_before``:
a name and its apposition, a description, a group, "it" for an organisation) or after it
(``speaker_after``: "said Dmitry Peskov, the Kremlin's spokesman")."""

from __future__ import annotations

import re
from dataclasses import replace

from ._body_names import firm_before_verb
from ._cue_asides import aside_open
from ._cues import LEAD_RE, n_words, strip_aux
from ._group_subjects import MAX_SUBJECT_WORDS, NOT_GROUP_OPENING_RE, bare_plural_subject, quantity_subject
from ._lead_shapes import after_cleft, object_in_subordinate, opening_time
from ._member_asides import members_aside, speaks_past_aside
from ._mentions import Mention, parse_speaker
from ._name_forms import (
    fullest_name,
)
from ._name_leads import strip_postnominals
from ._names import NAME_ONLY_TITLES, gender_of, norm, person_head, place_names, speaker_words
from ._near_subjects import near_subject
from ._partial_speakers import is_person as is_person  # re-exported: _speech_clause imports it from here
from ._partial_speakers import partial_speaker_before as partial_speaker_before  # (and _attribution)
from ._post_names import listed_body_at_end
from ._source_type import law_name, source_type
from ._speaker_after import (
    speaker_after as speaker_after,  # re-exported: its callers import both readers from here
)
from ._speaker_asides import aside_start, trailing_list
from ._speaker_it import IT_LEAD_RE
from ._subjects import organisation_before
from ._time_words import WEEKDAY

_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady prof prof.".split())


NAME_RUN_RE = re.compile(
    r"[A-Z][\w'\u2019-]*(?:\s+(?:and|of|for|the|[A-Z][\w'\u2019-]*))*\s+[A-Z][\w'\u2019-]*"
)


#: a speech verb and a subject pronoun right before the cue ("Roe said she expected")
_SAID_PRONOUN_RE = re.compile(r"\b(?:said|says|told\s+\w+)\s+(he|she|they|we|I)$")
_PRONOUN_ENDS = (" he", " she", " they", " we", " I")
#: a cut word that is a preposition as often as a conjunction: the noun phrase after it, closed
#: by a comma before the cue, is its object ("X, after a short silence, said"), not a subject
_PREPOSITION_CUT_RE = re.compile(r"\b(?:after|before|since|until)\s+$")


def neuter_it(text: str, a: int, k: int) -> Mention:
    """The "it" at ``k`` of the sentence starting at ``a`` as a cue's subject ("It said ...",
    "..., it said."): a neuter pronoun that speaks only for an organisation, the subject of
    the sentence before (named here) or the source just quoted (see ``resolve``)."""
    org = organisation_before(text, a)
    return Mention(
        "pronoun", text[k : k + 2], k, k + 2, name=strip_postnominals(org.name) if org else "", gender="n"
    )


def speaker_before(
    text: str, a: int, b: int, *, whole: bool = False, lenient: bool = False, subject: bool = False
) -> tuple[Mention | None, int]:
    """The speaker phrase ending at ``b`` (the cue's start) inside ``text[a:b]``.
    Tries the last comma-separated part, then two, then the whole (``whole``: the
    whole first, for an attribution after a quote, where no content precedes it).
    ``subject``: the phrase opens a sentence before a speech verb and its clause, where a
    noun phrase is a speaker even when its noun is in no list.
    Returns the mention and where it starts (the content before it ends there)."""
    k = after_cleft(text, a, b)
    if k > a:
        # "It was in May that Lund, the chair, said": the cleft's opening is no part of it
        found = speaker_before(text, k, b, whole=whole, lenient=lenient, subject=subject)
        if found[0] is not None:
            return found
    k = opening_time(text, a, b)
    if k > a:
        # "Last week the coach said": the time opening the clause is no part of the speaker
        found = speaker_before(text, k, b, whole=whole, lenient=lenient, subject=subject)
        if found[0] is not None:
            return found
    pre, _ = strip_aux(text[a:b])
    listed = trailing_list(pre)
    if listed is not None:
        # "the envoys of A, B, and C said": one group, whose list's last item reads as a name
        group = parse_speaker(pre[listed:], a + listed, lenient=lenient)
        if group is not None and group.kind == "descriptor":
            return group, a + listed
    cut = aside_start(pre)
    if cut is not None:
        # "Several priests in the diocese, speaking on condition of anonymity, said", "Analysts
        # at Jefferies, led by Ann Roe, wrote": the aside is none of the phrase
        found = _speaker_before(text, a, a + cut, pre[:cut], whole=whole, lenient=lenient, subject=subject)
        if found[0] is not None:
            return found
    found = _speaker_before(text, a, b, pre, whole=whole, lenient=lenient, subject=subject)
    end = found[0].end if found[0] is not None else None
    # (the pattern only where the phrase ends with a pronoun: most end with a name)
    said = _SAID_PRONOUN_RE.search(pre) if end is not None and pre.endswith(_PRONOUN_ENDS) else None
    if (
        said is not None
        and end is not None
        and pre[end - a : said.start()].strip()
        and not pre[: said.start()].rstrip().endswith(",")
    ):
        # "Asked about Hale, Roe said she expected that": the phrase read is no subject of the
        # speech verb before the cue (a name in an aside, and the verb's own subject stands
        # right before it: "Hale, the club captain, said" is one person); the pronoun after
        # that verb is the cue's subject, which the resolver takes back to the speaker
        return parse_speaker(said.group(1), a + said.start(1)), a + said.start(1)
    if found[0] is not None and found[0].kind == "descriptor" and end is not None and "as " in text[end:b]:
        named = _GIVEN_AS_RE.search(text, end, b)
        if named is not None:
            # 'Another mother, who gave her name only as Karen, said': the name she gave
            k = named.start(1)
            return replace(
                found[0],
                kind="name",
                text=named.group(1),
                start=k,
                end=named.end(1),
                name=named.group(1),
                head="",
            ), found[1]
    return found


#: an aside that gives a speaker's name ("who gave her name only as Karen", "identified
#: only as Tom", "who asked to be known as Ali"), right before the cue
_GIVEN_AS_RE = re.compile(
    r",\s+(?:who\s+)?(?:(?:gave|giving|gives)\s+(?:her|his|their|only\s+(?:her|his|their))\s+(?:first\s+)?name"
    r"|(?:was\s+)?identified|(?:asked|wanted)\s+to\s+be\s+(?:identified|known|called)|known)"
    r"\s+(?:only\s+)?as\s+([A-Z][a-z]+(?:\s+[A-Z]\.?)?),\s*(?:[a-z]+ly\s+)?$"
)


def _speaker_before(
    text: str, a: int, b: int, pre: str, *, whole: bool, lenient: bool, subject: bool
) -> tuple[Mention | None, int]:
    """:func:`speaker_before` on ``pre``, the words before the cue without auxiliaries."""
    own = near_subject(text, a, b, pre)  # ("which May claims", "which port officials said")
    if own is not None and own.start is not None:
        return own, own.start
    k = members_aside(pre)  # "Many growers, including Per Lund, said": the group speaks, not him
    if k is not None:
        group, start = speaker_before(text, a, a + k, whole=whole, lenient=lenient, subject=subject)
        if group is None or speaks_past_aside(text, group, a, a + k):
            return group, start if group is not None else b  # (none: as without the aside)
    # (both patterns below need a comma: without one, neither is searched for)
    comma = "," in pre
    place = _OF_PLACE_RE.search(pre) if comma else None
    if (
        place is not None
        and not whole
        and not _named_region(place.group(1), pre[: place.start()], place.group())
    ):
        # "Dana Ruiz of Lansing, Mich., said": the region after the town is no speaker
        mention, start = speaker_before(text, a, a + place.start(), lenient=lenient, subject=subject)
        if mention is not None and mention.kind != "pronoun" and not _CLAUSE_OPENING_RE.match(mention.text):
            return mention, start
    # "a nurse in Dayton, Ohio, said", "Moss, at a rally in Dayton, Ohio, said": the town's
    # region is no part of the commas' apposition (blanked, so offsets hold); read as
    # written when that finds no one
    town = comma and _TOWN_OPENING_RE.search(pre) is not None  # (the pattern's opening: mostly none)
    blanked = _TOWN_REGION_RE.sub(_blank_region, pre) if town else pre
    if blanked != pre:
        blanked = blanked.rstrip(" ,")  # "..., Ohio, said": the comma closed the region
        found = _speaker_in(text, a, b, blanked, whole=whole, lenient=lenient, subject=subject)
        if found[0] is not None:
            return found
        # "Moss, during a rally in Dayton, Ohio, said", "Moss, 30, of Dayton, Ohio, who ...,
        # said": the name the phrase opens with, before its first comma
        lead = LEAD_RE.match(pre)
        k = lead.end() if lead else 0
        first = parse_speaker(pre[k : pre.find(",", k)], a + k) if "," in pre[k:] else None
        if first is not None and first.kind == "name":
            return first, a + k
    found = _speaker_in(text, a, b, pre, whole=whole, lenient=lenient, subject=subject)
    if comma and found[0] is not None and found[0].kind != "pronoun" and (not whole or _misread(found[0])):
        head = _chain_head(text, a, pre, found[0])
        if head is not None:
            return head
    return found


#: more items of a list with "and" after a town's region: no region but a list's item ("the
#: Bureau of Alcohol, Tobacco, Firearms and Explosives")
_LIST_GOES_ON_RE = re.compile(r",\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?,?\s+(?:and|&)\s+[A-Z]")


def _blank_region(m: re.Match) -> str:
    """:data:`_TOWN_REGION_RE`'s match with its region blanked, unless the region is no place
    and a list goes on after it."""
    region = m.group(2).lstrip(" ,").split()[-1]
    if region not in place_names() and _LIST_GOES_ON_RE.match(m.string, m.end()) is not None:
        return m.group()
    return m.group(1) + " " * len(m.group(2))


#: a name, then a chain of two or more appositions closed by the comma before the cue: "Ann
#: Roe, the editor of the city's daily, The Harbor Times, said", "Ann Roe, who was at that time a member
#: of the Circle, a club of writers, said" (not ", and": a list of speakers); translated copy
#: drops the article: "Ivan Orlov, Doctor of Law, professor at the academy, said"
_CHAIN_RE = re.compile(
    r"\s*((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*),\s+(?:(?:an?|the|who|whose)\s|[a-z]|[A-Z][a-z]+\s+of\s)"
    r"(?:(?!,\s+and\s)[^;:])*,"
    r"(?:(?!,\s+and\s)[^;:])*,\s*$"
)


_MAX_CHAIN_CHARS = 300


def _misread(m: Mention) -> bool:
    """A description read across the chain's commas, the name and a title in capitals as its
    name ('"...," Ivan Orlov, Doctor of Law, professor at X, said': "Ivan Orlov, Doctor")."""
    return m.kind == "descriptor" and "," in m.name


def _chain_head(text: str, a: int, pre: str, found: Mention) -> tuple[Mention, int] | None:
    """The person a chain of appositions describes, when the phrase read before the cue is the
    chain's last link, a group or a name inside the first link's description (its object)."""
    # (a phrase no longer than an apposition chain: the two open runs would backtrack on a long one)
    chain = _CHAIN_RE.match(pre) if len(pre) <= _MAX_CHAIN_CHARS else None
    if chain is None or found.start is None or found.start < a + chain.end(1) and not _misread(found):
        return None
    named = parse_speaker(chain.group(1), a + chain.start(1))
    if (
        named is None
        or named.kind != "name"
        or not (is_person(named) or len(fullest_name(text, named.name).split()) >= 2)
    ):
        return None
    link = pre[chain.end(1) + 1 : found.start - a]
    if is_person(found) and not re.search(r"\b(?:who|whose|of|at|for)\s|['\u2019]s\s", link):
        return None  # "Ann Roe, the chair, Tom Lund, said": a second person may be the speaker
    named.role = named.role or pre[chain.end(1) + 1 :].strip(" ,")
    return named, a + chain.start(1)


#: a cue followed by a comma: an aside that interrupts the statement ("..., the coach said, ...")
_CUE_THEN_COMMA_RE = re.compile(r"[A-Za-z]+,")
#: ... that opens a quotation of a sentence of its own ('stated, "It is ..."'; not 'Clinton, an
#: aide said, "is very confident"', where the quotation goes on with the subject's predicate)
_CUE_THEN_QUOTE_RE = re.compile("[A-Za-z]+,\\s*[\"\u201c\u2018'][A-Z]")


def _office_word(word: str) -> bool:
    """A post's word opening a capitalised phrase ("Deputy", "Director-General",
    "Undersecretary", "Minister")."""
    n = norm(word)
    return (
        n in speaker_words()["titles"]
        or person_head(n)
        or person_head(n.split("-")[0])
        or n.endswith("secretary")
    )


def _named_body(name: str, start: int, apposition: str, head: str) -> Mention:
    """The organisation ``name`` written at ``start``, with the apposition beside it as its role."""
    return Mention(
        "organisation", name, start, start + len(name), name=name, role=apposition.strip(" ,"), head=head
    )


#: a description, then the person's name between commas ("the town's mayor, Rhona Gilfeather,")
_DESCRIPTION_THEN_NAME_RE = re.compile(
    r"\s*((?:[Tt]he|[Aa]n?|[A-Z][\w'\u2019-]*['\u2019]s)\s[^,]{2,80}),\s+"
    r"((?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]*),?\s*"
)


_OF_ONE_RE = re.compile(r"\bof\s+(?:the|a|an|his|her|their|its)\s")


def _office_of_body(description: str) -> bool:
    """ "the head of the regional administration", "the governor of the region": a title's
    office in a body that is no person ("the wife of the defender", "a friend of the singer"
    are not), whose holder the name after it is."""
    title, _, body = description.partition(" of ")
    last = norm(body.split()[-1]) if body.split() else ""
    return (
        bool(title.split())
        and norm(title.split()[-1]) in speaker_words()["titles"]
        and not person_head(last)
        and last not in NAME_ONLY_TITLES
    )


def _apposed_name(seg: str, start: int) -> Mention | None:
    """The person named after a description in ``seg`` (written at ``start``), with the
    description as the role; None unless the name reads as a person's full name."""
    hit = _DESCRIPTION_THEN_NAME_RE.fullmatch(seg)
    if hit is None or _OF_ONE_RE.search(hit.group(1)) and not _office_of_body(hit.group(1)):
        return None  # ("the wife of the defender, Kieran Doyle,": the name may be the defender's)
    named = parse_speaker(hit.group(2), start + hit.start(2))
    if (
        named is None
        or named.kind != "name"
        or not is_person(named)
        or len(named.name.split()) < 2
        or _REGION_WORD_RE.search(named.name) is not None  # "the mayor of Bolton, Greater Manchester,"
    ):
        return None
    # the phrase as written spans the description ('"...," the mayor of Riverton, Clara
    # Jensen, said': the quotation ends before it)
    k = start + hit.start(1)
    return replace(
        named,
        text=seg[hit.start(1) : hit.end(2)],
        start=k,
        end=start + hit.end(2),
        role=named.role or hit.group(1).strip(),
    )


def _speaker_in(
    text: str, a: int, b: int, pre: str, *, whole: bool, lenient: bool, subject: bool
) -> tuple[Mention | None, int]:
    """:func:`speaker_before` on ``pre``, the words before the cue as read there."""
    cuts = [
        m.end()
        for m in re.finditer(
            r",\s+(?:and\s+|but\s+|yet\s+|so\s+)?|[:;]\s+|\s+(?:--|\u2014|\u2013)\s+|\b(?:[Ww]hen|[Ww]hile|after|before|"
            r"[Bb]ecause|since|[Ii]f|[Aa]lthough|[Tt]hough|until|[Ww]hereas|As)\s+",
            pre,
        )
    ]
    order = [*reversed(cuts), 0][:3]
    # "But she acknowledged", "As retired teacher Priya Nandi wrote": the opener is no part of it
    lead = LEAD_RE.match(pre)
    if lead and order and order[-1] == 0 and not whole:
        order[-1] = lead.end()
    elif lead and whole:
        order = [lead.end() if c == 0 else c for c in order]
    body = listed_body_at_end(pre, a, speaker_words()) if "," in pre and " and " in pre else None
    if body is not None:
        # ("the Bureau of Alcohol, Tobacco, Firearms and Explosives": one body, whose list the
        # cuts at its commas would read as an apposition)
        return body
    for n, cut in enumerate(sorted(order) if whole else order):
        seg = pre[cut:]
        mention = parse_speaker(seg, a + cut, lenient=lenient)
        if (
            mention is not None
            and mention.kind == "organisation"
            and not firm_before_verb(mention.text, text, b)
        ):
            mention = None  # ("Lund's reply was:": the reply's possessor, read elsewhere)
        if whole and mention is not None and mention.kind == "descriptor":
            named = _apposed_name(seg, a + cut)
            if named is not None:
                # '"...," the Labour MP for Wythenshawe, Kieran Doyle, told MPs': the
                # person the description names, as before a cue ("The mayor, Ann Roe, said")
                return named, a + cut
        if mention is None and subject:
            # "Almost half said", "47% say"; "Despite the setback, local officials said"
            mention = quantity_subject(seg, a + cut) or (
                bare_plural_subject(seg, a + cut) if cut and not NOT_GROUP_OPENING_RE.match(seg) else None
            )
        if (
            mention is None
            and subject
            and n == 0
            and cut
            and (_OPENER_RE.match(pre) or _SUBORDINATOR_CUT_RE.search(pre, 0, cut))
            and _DET_RE.match(seg)
        ):
            # "After the meeting, the Florida Republican said", "Instead, the shopkeeper has
            # insisted", "while the president has said": the noun phrase after an opening
            # adjunct or a subordinator is the clause's subject
            lenient_read = parse_speaker(seg, a + cut, lenient=True)
            mention = lenient_read if lenient_read is not None and lenient_read.kind == "descriptor" else None
        if mention is None and any(q in seg for q in '"\u201c\u201d'):
            # 'The mayor, calling the storm "...," said': a participle's aside that quotes
            # reads as no phrase; the speaker stands before it
            aside = aside_open(pre, cut, seg)
            if aside is not None:
                before = _speaker_in(
                    text, a, a + aside, pre[:aside], whole=whole, lenient=lenient, subject=subject
                )
                if before[0] is not None:
                    return before
        if mention is None or _ADJUNCT_OPENING_RE.match(mention.text) or _ADVERB_RE.fullmatch(mention.text):
            continue  # "In interviews voters said", "Significantly, ...": an adjunct is no speaker
        aside = aside_open(pre, cut, seg)
        if aside is not None:
            # "Lund, contradicting Berg, said", "Lund, asked about Berg, said": the aside's
            # object is no speaker, the speaker stands before it
            # (", as Lund, contradicting Berg, said": the subject of the "as" clause)
            k = next((m.end() for m in _AS_SUBJECT_RE.finditer(pre, 0, aside)), 0)
            before = _speaker_in(
                text, a + k, a + aside, pre[k:aside], whole=whole, lenient=lenient, subject=subject
            )
            if before[0] is not None:
                return before
        if (
            mention.kind == "descriptor"
            and seg.rstrip().endswith(",")
            and _PREPOSITION_CUT_RE.search(pre, 0, cut)
        ):
            continue  # "Hale, after a short silence, said": the preposition's object, an aside
        if not whole and n + 1 < len(order):
            # "Paul Whiteman, the general secretary of ..., said" / "The shadow education
            # secretary, Bridget Phillipson, said": a name and its appositive role
            prev = order[n + 1]
            if re.fullmatch(r"\s*\d{1,3},\s*", pre[prev:cut]) and n + 2 < len(order):
                prev = order[n + 2]  # "Adebayo, 44, a former sound engineer, said": past the age
            other = parse_speaker(pre[prev:cut], a + prev)
            if (
                other is not None
                and (
                    _ADVERB_RE.fullmatch(other.text)
                    or _ADJUNCT_OPENING_RE.match(other.text)
                    or _PARTICIPLE_OPENING_RE.match(pre, prev)
                    # "Replying, the minister said", "Predictably, the usual suspects have called":
                    # a word in "-ing" or "-ly" before a subject no comma closes ("Harding, the
                    # minister, said" is a surname and its apposition)
                    or _OPENER_WORD_RE.fullmatch(other.text) is not None
                    and not seg.rstrip().endswith(",")
                    # "Overnight, the company said", "Elsewhere, the council said": one word
                    # opening the sentence before a determiner's subject that no comma closes is
                    # an adverbial (a name's apposition closes: "Harding, the minister, said")
                    or _LONE_OPENER_RE.fullmatch(pre[:cut])
                    and _DET_RE.match(seg) is not None
                    and not seg.rstrip().endswith(",")
                )
            ):
                # "Significantly, the judge said": an adverb, not a name in apposition;
                # "Appearing on Meet the Press, the senator said": the show is no speaker
                other = None
            run = NAME_RUN_RE.fullmatch(pre[prev:cut].strip(" ,"))
            if run is not None and _ADJUNCT_OPENING_RE.match(run.group()):
                run = None  # "On Tuesday, the company said": a time, not a group's name
            if other is not None and object_in_subordinate(pre, prev, other.start, a):
                other = run = None  # "After a fight with Ann Roe, farmers said": no apposition
            if other is not None and other.kind == "name" and _noun_apposed(pre[:prev]):
                # "In a statement signed by his aide, Kunle Ade, the former vice-president
                # said": the name is the aide's, a preposition's object; the subject follows
                other = run = None
            if (
                other is not None
                and other.kind == "name"
                and mention.kind == "descriptor"
                and (
                    # "The Act of Union, the professor said": a person is no text's apposition
                    (
                        source_type("name", other.name) == "document"
                        or law_name(other.name)
                        and other.start is not None
                        and text[max(0, other.start - 4) : other.start].lower() == "the "
                    )
                    and person_head(mention.head)
                    # "Marcus Reed, the coach said, would miss the final": a description right
                    # before a cue that an aside's comma follows speaks (an apposition ends
                    # with a comma of its own before the cue)
                    or not seg.rstrip().endswith(",")
                    and _CUE_THEN_COMMA_RE.match(text, b) is not None
                    # (not a comma that opens a quotation: 'Anthony Anton, president of X
                    # stated, "..."' is the name and its role, the closing comma left out)
                    and _CUE_THEN_QUOTE_RE.match(text, b) is None
                )
            ):
                return mention, a + cut
            if (
                mention.kind == "organisation"
                and seg.rstrip().endswith(",")
                and re.match(r"\s*(?:an?|the)\s", seg, re.I)
                and (run is not None or other is not None and other.kind == "name")
                and not _person_words(pre[prev:cut])
            ):
                # "Parents Against Cuts, a local campaign group, said", "Unite, a union, said":
                # a body's noun set beside a name makes the name an organisation's
                k0 = prev + len(pre[prev:]) - len(pre[prev:].lstrip())
                name = run.group() if run is not None else pre[prev:cut].strip(" ,")
                # ("The Harbour Trust" is the "Harbour Trust": the phrase starts at "The")
                k1 = k0 + 4 if name.startswith("The ") and len(name) > 4 else k0
                name = name[k1 - k0 :]
                # (headed by what the apposition says it is: "Torbay Review, a journal")
                return _named_body(name, a + k1, seg, mention.head), a + k0
            if (
                run is not None
                and (other is None or other.kind != "name")
                and mention.kind != "pronoun"
                and re.match(r"\s*(?:an?|the)\s", seg, re.I)
                and (mention.kind == "organisation" or mention.number == "pl" or mention.head == "group")
            ):
                # "Doctors for Camp Closure, a group of physicians, said": the name of a group
                k0 = prev + len(pre[prev:]) - len(pre[prev:].lstrip())
                name = run.group()
                return _named_body(name, a + k0, seg, norm(name.split()[-1])), a + k0
            if (
                other is not None
                and other.kind == "name"
                and is_person(other)
                and mention.kind != "pronoun"
                and not is_person(mention)
                and (re.match(r"\s*(?:an?|the|its|his|her|their)\s", seg, re.I) or re.match(r"\s*[a-z]", seg))
            ):
                # ... and "Farida Mensah, chair of the Medical Association, said": a role
                # without an article, in lower case, is an apposition all the same
                # "Igor Yushkov, a leading analyst at the National Energy Security Fund, explains"
                other.role = (
                    other.role if other.role and other.role.lower() not in _HONORIFICS else seg.strip(" ,")
                )
                return other, a + prev
            if (
                other is not None
                and other.kind == mention.kind == "name"
                and is_person(other)
                and len(other.name.split()) >= 2
                and seg.rstrip().endswith(",")
                and _office_word(mention.name.split()[0])
            ):
                # "Olena Savchuk, Deputy Minister of Economy, said", "Tom Reed, Director-General
                # of the agency, said": a post written in capitals, read as an office's name, is
                # the person's role
                other.role = other.role or seg.strip(" ,")
                return other, a + prev
            if (
                other is not None
                and {other.kind, mention.kind} == {"name", "descriptor"}
                and "pl" not in (other.number, mention.number)  # "Democrats, Frank notes,": no apposition
            ):
                named, desc = (other, mention) if other.kind == "name" else (mention, other)
                if not named.role or named.role.lower() in _HONORIFICS:
                    named.role = desc.role or desc.name
                if named is other or prev == 0 or pre[:prev].rstrip().endswith(","):
                    return named, a + prev
            if (
                other is not None
                and other.kind == "organisation"
                and other.name[:1].islower()
                and mention.kind == "name"
                and mention.gender is None
                and mention.name[:1].isupper()
            ):
                # "The club, Harbury Rovers, said": the body's noun names what the name is
                k0 = mention.start if mention.start is not None else a + cut
                return Mention(
                    "organisation",
                    mention.text,
                    k0,
                    mention.end,
                    name=mention.name,
                    role=other.name,
                    head=other.head,
                ), a + cut
        return mention, a + cut
    return _subject_speaker(text, a, b, pre, whole=whole, subject=subject)


#: a preposition's object that is a person's noun, a comma after it ("signed by his media
#: aide,", "issued by her lawyer,"): a name after it is that person's
_PERSON_OBJECT_RE = re.compile(
    r"\b(?:by|from|of|with|through|via)\s+(?:his|her|its|their|the|an?)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?P<noun>[a-z][\w-]*),\s*$"
)


def _noun_apposed(before: str) -> bool:
    """``before`` (the words before a name) ends with a preposition's object that is a
    person's noun: the name is in apposition to it."""
    hit = _PERSON_OBJECT_RE.search(before[-120:])  # (the last words only: a long sentence's once)
    return hit is not None and person_head(hit.group("noun"))


def _person_words(phrase: str) -> bool:
    """``phrase`` holds a given name, an honorific or a word of a gender ("Ann Lee", "Mr
    Lund"): a person's name, whatever is set beside it."""
    toks = [norm(t) for t in phrase.split()]
    words = speaker_words()
    return gender_of(toks, words) is not None or any(
        t in words["given_names"] or t in _HONORIFICS for t in toks
    )


def _subject_speaker(
    text: str, a: int, b: int, pre: str, *, whole: bool, subject: bool
) -> tuple[Mention | None, int]:
    """:func:`speaker_before` when no comma-separated part of ``pre`` is a speaker: a noun
    phrase opening the sentence, "It" for an organisation, or a name before a long apposition."""
    if (
        subject
        and re.match(r"\s*(?:A|An|The|Another|One|This|That)\s", pre)
        and not re.search(r"\b(?:who|which|that)\s*$", pre)  # a relative clause's subject is before it
    ):
        # "A mechanic at the depot said ...": a noun phrase opening the sentence right before
        # the cue is its subject, a speaker even when its noun is in no list
        mention = parse_speaker(pre, a, lenient=True)
        if mention is not None and mention.kind == "descriptor":
            return mention, a
    if subject and n_words(pre) <= MAX_SUBJECT_WORDS and " and " in pre:
        lead = LEAD_RE.match(pre)
        k = lead.end() if lead else 0
        run = NAME_RUN_RE.fullmatch(pre[k:].strip())
        if run is not None:
            # "Customs and Border Protection said": one capitalised name, an organisation's
            k0 = k + len(pre[k:]) - len(pre[k:].lstrip())
            name = run.group()
            return Mention(
                "organisation", name, a + k0, a + k0 + len(name), name=name, head=norm(name.split()[-1])
            ), a + k0
        # "Okafor and the transit authority have said ...": the first of two subjects
        left = parse_speaker(pre[k : pre.index(" and ")], a + k, lenient=True)
        right = parse_speaker(pre[pre.index(" and ") + 5 :], lenient=True)
        if left is not None and right is not None and left.kind != "pronoun":
            left.number = "pl"
            return left, a + k
    if subject:
        bare = bare_plural_subject(pre, a)
        if bare is not None:
            return bare, bare.start if bare.start is not None else a
    lead = IT_LEAD_RE.match(text, a, b)
    assert lead is not None  # every part of the pattern is optional
    # '"...," it said' (``whole``: after a closing mark) is the same "it" when nothing but
    # the pronoun stands before the cue
    alone = not whole or not lead.group().strip()
    if (
        re.fullmatch(
            r"[Ii]t(?:\s+(?:also|later|further|previously|now|still|has|had|will|would))*\s*",
            text[lead.end() : b],
        )
        and alone
    ):  # not "It is believed that ...": a passive with an empty subject
        k = lead.end()
        return neuter_it(text, a, k), k
    # "Dr. Tobias Engel, an ornithologist at X who was not involved in the research, pointed
    # out": a long appositive between the sentence's named subject and its cue
    # ("Ted Cruz, when asked what was wrong, responded that ...": an aside likewise)
    first = re.match(
        r"\s*([^,]+),\s+(?:\d{1,3},\s+)?(?:an?|the|who|whose|when|while|after|asked|speaking|[a-z]{3,}ed)\s[^;:]*,\s*$",
        pre,
    )
    if first and not whole:
        apposed = parse_speaker(first.group(1), a + first.start(1))
        if (
            apposed is not None
            and apposed.kind == "name"
            and (is_person(apposed) or len(fullest_name(text, apposed.name).split()) >= 2)
        ):
            return apposed, a + first.start(1)
        # "The 54-year-old, who was re-elected last year ..., said": a definite description
        described = (
            parse_speaker(first.group(1), a + first.start(1), lenient=True)
            if re.match(r"\s*(?:The|the)\s", first.group(1))
            else None
        )
        if (
            (apposed is None or apposed.kind != "name")
            and described is not None
            and described.kind in ("descriptor", "organisation")
        ):
            if described.kind == "descriptor":
                # "The lead author, a freshwater ecologist at X, said": the apposition is a role too
                apposition = re.sub(r"^(?:an?|the)\s+", "", pre[first.end(1) :].strip(" ,"), flags=re.I)
                if not re.match(r"(?:who|whose)\s", apposition):
                    described.role = ", ".join(r for r in (described.role, apposition) if r)
            return described, a + first.start(1)
    return None, b


#: "of Lansing, Mich.," / "from Jackson, Miss.," after a speaker: a town and its region
_OF_PLACE_RE = re.compile(
    r"\s+(?:of|from|in)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2},\s+"
    r"([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?),?\s*$"
)


#: the first or last word of a region's name that no person's name has ("of Bolton, Greater
#: Manchester,", "of Yountville, Napa Valley,", "of Kharkiv, Kharkiv Oblast,")
_REGION_WORD_RE = re.compile(
    r"^(?:Greater|East|West|North|South|Central|Upper|Lower|Inner|Outer|Mid|Southern|Northern|Eastern|Western"
    r"|Cape|County|Lake|Mount|Port|Saint|St|San|Santa|Los|Las|El|La|Le|Fort|Palm|Bay)\s"
    r"|\s(?:Oblast|Province|County|State|Region|Krai|District|Prefecture|Governorate|Republic|Territory"
    r"|Island|Islands|Valley|Area|Heights|Beach|Country|Coast|Peninsula|Lake|Hills|Plains|Delta|Highlands"
    r"|Shire|Borough|Riviera|Basin|Gulf|Bay)$"
)
_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)*$")
#: a post's holder named after it ("The mayor of", "the chief executive of"), not a person
#: named before the town ("Dana Ruiz of") nor someone acting for the post ("a spokesman for
#: the mayor of")
_POST_BEFORE_OF_RE = re.compile(
    r"(?:^|,)\s*(?:[Tt]he|[Aa]n?)\s+(?:(?!for\b|to\b)[a-z][\w-]*\s+){0,3}(?:[a-z][\w-]*|[A-Z]{2,4})$"
)


def _named_region(region: str, before: str, place: str) -> bool:
    """What follows the town's comma is a person's name, a given name and a surname ("The
    Mayor of Kestrelby, Harriet Vance,"), not a region ("of Lansing, Mich.,", "of Albany, New
    York,"): a known given name; or, after a post in lower case and "of" ("The mayor of
    Riverton, Clara Jensen,"), two words in a name's shape that no gazetteer lists and no
    region's word opens or ends."""
    words = region.split()
    if len(words) != 2:
        return False
    if norm(words[0]) in speaker_words()["given_names"]:
        return True
    places = place_names()
    return (
        (
            place.lstrip().startswith("of ")
            and _POST_BEFORE_OF_RE.search(before.rstrip()) is not None
            # ('her memoir of growing up in Soweto, Nandi Sithebe, recalls': after "in" or
            # "from", two words in a name's shape that no gazetteer lists, either alone)
            or not place.lstrip().startswith("of ")
            and not any(w in places for w in words)
        )
        and region not in places
        and not _REGION_WORD_RE.search(region)
        and all(_NAME_WORD_RE.match(w) for w in words)
    )


#: a town after a preposition inside the phrase (not opening it: "In Dayton, Moss said") and
#: its region, one word or a two-word state ("in Dayton, Ohio,", "from Ava, Mo.", "of
#: Albany, New York,"), before a comma or the cue
_TOWN_PREPOSITIONS = "in|of|from|at|near|outside"
_TOWN_REGION_RE = re.compile(
    r"((?<=[\w,]\s)(?:" + _TOWN_PREPOSITIONS + r")\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})"
    r"(,\s+(?:(?:New|North|South|West|Rhode)\s+)?[A-Z][\w.'\u2019-]*"
    # "in Dover, Delaware Monday, the supporter said": the day the region is dated by
    r"(?:\s+(?:on\s+)?" + WEEKDAY + r")?)(?=,|\s*$)"
)
#: how every match of _TOWN_REGION_RE opens (a search that skips to whitespace)
_TOWN_OPENING_RE = re.compile(r"\s(?:" + _TOWN_PREPOSITIONS + r")\s+[A-Z]")
#: a participle or "Asked" opening a clause: no speaker ("Speaking in Columbia, S.C., Trump said")
_CLAUSE_OPENING_RE = re.compile(r"(?:[A-Z][a-z]+ing|Asked|Told|Pressed|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)\b")
#: a sentence adverb written before the cue's clause ("Significantly, ...", "Again, ...")
#: (by its suffix, so that names in -ly stay names: Kelly, Early, Connolly)
_ADVERB_RE = re.compile(
    r"[A-Z][a-z]+(?:ally|ingly|edly|ously|ively|ently|antly|ately|fully|lessly)|Again|Overall|Already|"
    r"Instead|Still|Meanwhile|Now|Today|Yesterday|Later|Earlier|Notably|Similarly|Separately|Likewise|"
    r"Finally|Eventually|Ultimately|Clearly|Indeed|Recently|Previously|Currently|Increasingly"
)
#: a participle or a preposition opening a comma-separated part ("Appearing on Meet the Press,"),
#: or a question put to the subject
_OPENER_WORD_RE = re.compile(r"[A-Z][a-z]+(?:ing|ly)")
_PARTICIPLE_OPENING_RE = re.compile(
    r"\s*(?:[A-Z][a-z]+ing\s+(?=[a-z])|(?:In|On|At|During|After|Before|Under|Amid|Among)\s"
    # "Asked about the striker Tom Hale, the manager said": the question's object, no apposition
    r"|(?:(?:[Ww]hen|[Ii]f|[Oo]nce)\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Qq]uizzed)\s+(?:about|on|over|whether|if|why|how|what)\s)"
)
#: a participle's phrase between commas before the cue ("Lund, contradicting Berg, said")
#: and an "as" opening the clause of the name before it
_AS_SUBJECT_RE = re.compile(r",\s+as\s+(?=[A-Z][^,]*,\s*$)")
#: a prepositional phrase opening a sentence, before its subject ("Since Tuesday, the union
#: said": a time, never a speaker nor a group's name)
_ADJUNCT_OPENING_RE = re.compile(
    r"(?:In|On|At(?!\s+(?:least|most)\s)|By|During|From|After|Before|Under|Amid|Among|Since|Until|Till|Throughout|Despite)\s"
)

#: an adverb, a prepositional phrase or a participle's phrase opening a sentence, then a
#: comma ("Speaking on local radio, the singer said": not "Everything he did, ...")
_OPENER_RE = re.compile(
    r"\s*(?:" + _ADVERB_RE.pattern + r")\s*,|\s*(?:" + _ADJUNCT_OPENING_RE.pattern + r")[^,]{1,60},"
    r"|\s*(?:(?![A-Z][a-z]*thing\s)[A-Z][a-z]+ing|Asked|Pressed|Questioned)\s[^,]{1,60},"
)
#: a subordinator opening the sentence or after a comma (not "after", "since": prepositions
#: too, as in "who joined after a decade abroad")
_SUBORDINATOR_CUT_RE = re.compile(
    r"(?:^\s*|^\s*(?:But|And|Yet|Even)\s+|,\s+(?:and\s+|but\s+|even\s+)?)"
    r"(?:[Ww]hen|[Ww]hile|[Aa]s|[Bb]ecause|[Ii]f|[Aa]lthough|[Tt]hough|[Ww]hereas)\s+$"
)
_DET_RE = re.compile(r"\s*(?:the|a|an|another)\s", re.I)
#: one capitalised word and its comma, all that stands before a clause's subject
_LONE_OPENER_RE = re.compile(r"\s*[A-Z][a-z]+,\s*")
