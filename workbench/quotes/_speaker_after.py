"""The speaker written after a cue ("said Ann Cole, the club's treasurer"): its phrase cut at a
subordinate or relative clause and an outlet spoken to, the appositive as the role."""

from __future__ import annotations

import re

from ._cues import n_words
from ._late_names import late_name
from ._member_asides import MEMBERS_APPOSITIVE_RE
from ._mentions import Mention, parse_speaker
from ._partial_speakers import cut_speaker

_RELATIVE_RE = re.compile(r",?\s+(?:who|whose|which)\s")
_SUBORDINATE_RE = re.compile(
    r"\s+(?:as|because|when|while|after|before|since|although|though|"
    r"whereas|until)\s+(?=\S)"
)


#: why a source goes unnamed, after it: "on condition of anonymity", "who asked not to be
#: named", "speaking on condition that he not be identified"
ANONYMITY_RE = re.compile(
    r",?\s+(?:(?:speaking|talking)\s+)?(?:on\s+(?:the\s+)?condition\s+(?:of|that)\b"
    r"|who\s+(?:asked|requested|declined|spoke|was\s+not\s+authori[sz]ed|were\s+not\s+authori[sz]ed)\b)"
)

#: what a source asked about its own name ("asked that his surname not be published", "that
#: her name be withheld", "that she not be identified"): why it goes unnamed, no statement
NAME_REQUEST_RE = re.compile(
    r"(?:(?:his|her|their|my|our)\s+(?:[\w-]+\s+){0,2}?\w*names?|(?:he|she|they|I|we))\s+"
    r"(?:not\s+)?be\s+(?:withheld|published|used|given|printed|disclosed|revealed|named|identified|quoted)\b"
)


_OUTLET_RE = re.compile(
    r"\s*to\s+(?:the\s+)?(?:(?:news\s+agency|newspaper|paper|magazine|agency|channel|"
    r"TV\s+channel|radio|radio\s+station|broadcaster|publication|outlet|website|portal|"
    r"journal)\s+)?(?:[\"\u201c\u00ab]?[A-Z][\w.'\u2019-]*[\"\u201d\u00bb]?\s+){1,4}(?=[a-z])"
)


_AFTER_NAME_RE = re.compile(
    r"\s+(?:in|on|at|during|after|before|via|through|while|when|from|to|last|this|earlier|"
    r"late|told|who|as|before)\s"
)


#: an adjunct after a name in apposition ("Jane Doe, in a statement", ", on Twitter", ", with a grin")
_ADJUNCT_AFTER_RE = re.compile(
    r",\s*(?:in|on|at|during|after|before|via|from|to|with|[a-z]{3,}ing)\b.*$", re.S
)


#: where a statement was made, after its speaker ("in a statement", "in a letter to the paper",
#: "in an op-ed for the Post", "on his blog"): a channel, never part of the speaker
_CHANNEL_RE = re.compile(
    r"(?:(?:a|an|the|his|her|its|their|our|my)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:statement|letter|interview|op-ed|column|post|blog|tweet|e-?mail|filing|speech|video|"
    r"message|memo|report|press\s+release|news\s+release|briefing|podcast|essay|article|memoir|"
    # (a critic's or an author's, in lower case: "writes Ann Roe in her review of the
    # restaurant", "in his new book"; not a journal's name, "published in Medical Review")
    r"submission|affidavit|comment|remarks|address|note|(?-i:review|book|newsletter))s?\b",
    re.I,
)


def _without_adjunct(
    phrase: str, start: int, mention: Mention | None, app: str, lenient: bool
) -> Mention | None:
    """The speaker before a short adjunct that ends the phrase: "said Port spokesman Ari Lund in
    a statement" (read whole it names no one), "said Tom Reyes in a statement" and "wrote the
    senator in an op-ed" (read whole as a body or a description holding the channel)."""
    cut = _AFTER_NAME_RE.search(phrase)
    if cut is None or cut.start() == 0 or n_words(phrase[cut.end() :]) > 5:
        return mention
    named = parse_speaker(phrase[: cut.start()], start, appositive=app, lenient=lenient)
    if named is None:
        return mention
    if mention is None:
        return named if named.kind == "name" else None
    return named if _CHANNEL_RE.match(phrase, cut.end()) else mention


def speaker_after(
    text: str, a: int, b: int, *, lenient: bool = False, partial: bool = False
) -> Mention | None:
    """An inverted speaker after the cue: ``said Dmitry Peskov, Vladimir Putin's press
    secretary`` (the appositive becomes the role). ``partial``: the phrase ends a quotation's
    attribution ('"...," said a strategist for ...'), where a description the lexicon reads
    only in part is still the speaker."""
    late = late_name(text, a, b)
    if late is not None:
        described = parse_speaker(text[a : late[0]], a, lenient=lenient)
        if described is not None and described.kind == "descriptor" and described.number == "sg":
            return late[1]  # ("said one resident, who gave only her first name, Mercy": Mercy)
    # "said a senior official on condition of anonymity": why the source is unnamed ends it
    anon = ANONYMITY_RE.search(text, a, b)
    if anon is not None:
        b = anon.start()
    # "said Judge Weir as she passed sentence": a subordinate clause ends the speaker
    sub = _SUBORDINATE_RE.search(text, a, b)
    if sub is not None:
        b = sub.start()
    # "said Lena Brandt, who helped found the co-op, and wrote ...": a relative clause ends it
    rel = _RELATIVE_RE.search(text, a, b)
    if rel is not None:
        b = rel.start()
    # "explains to the newspaper Delovoy Vzglyad the leading expert ... Igor Yushkov":
    # the outlet spoken to is not the speaker, who follows it
    outlet = _OUTLET_RE.match(text, a, b)
    if outlet is not None:
        a = outlet.end()
    seg = text[a:b].rstrip(" ,;")  # "said X, though he added ...": the comma before the clause
    # (a number's thousands comma is no apposition's: "according to a poll of 1,500 shoppers")
    m = re.match(r"\s*((?:[^,;]|(?<=\d),(?=\d))+?)\s*(?:(?:(?<!\d),|,(?!\d))\s*([^;]+?))?\s*[.!?]?\s*$", seg)
    if not m:
        return None
    app = m.group(2) or ""
    mention = parse_speaker(m.group(1), a + m.start(1), appositive=app, lenient=lenient)
    if mention is None or mention.kind != "name":
        mention = _without_adjunct(m.group(1), a + m.start(1), mention, app, lenient)
    if mention is None and partial:
        mention = cut_speaker(m.group(1), a + m.start(1), lenient=lenient)
    if mention is not None and mention.kind == "descriptor" and app and not MEMBERS_APPOSITIVE_RE.match(app):
        # "said the surgeon, Dr. Farhan Qureshi": the appositive names the person described
        # (up to an adjunct after it: "said the founder, Jane Doe, in a statement")
        named = parse_speaker(_ADJUNCT_AFTER_RE.sub("", app), a + m.start(2), appositive=m.group(1))
        if named is not None and named.kind == "name":
            return named
    if mention is not None and mention.kind != "name" and app:
        mention.role = (mention.role + ", " + app).strip(", ")
    return mention
