"""Where a reported statement ends before its sentence does, learned from PolNeAR train:
PolNeAR's reported statements run to the end of their sentence past most clause breaks
(cutting at ", which", ", but", a dash, ", because" or ", including" each loses matches on
train), but end before a comparison or a "however" the writer adds (", compared with 41
percent for ...", ", however this time ..."): cutting there gains 9 matches of 22 cuts; and
before a likened subject (", as has X"), a gloss (", the latter ...") or another speaker's
reporting clause (", but Y did not say when"): 8 more matches on train."""

from __future__ import annotations

import re

from ._clauses import MIN_CONTENT_WORDS
from ._cues import n_words

_WRITER_ADDITION_RE = re.compile(
    # (a closing mark before the comma only before "while": 'called it "bold," while ...')
    r",(?:[\"\u201d](?=\s+(?:while|whereas)\s))?\s+(?:compared\s+(?:with|to)|however"
    # "..., as has the mayor of X": another subject the writer likens to the speaker
    r"|as\s+(?:has|have|had|did|does|do)\s"
    # "..., the latter a reference to ...": the writer's gloss
    r"|the\s+latter\b"
    # "X said A, but Y did not say when": a second reporting clause, another statement's
    # ("The Times called it "bold," while the Herald found it "tiresome."": the second
    # source's verdict, joined by "while" or "whereas")
    r"|(?:and|but|while|whereas)\s+(?:[A-Za-z][\w.'\u2019-]*\s+){1,4}?(?:also\s+)?"
    r"(?:said|says|say|told|did\s+not\s+say|added|wrote|found|finds|called|calls|described|describes)\b"
    # "..., figures Reuters could not verify", "claims the army denied": the writer's plural
    # noun in apposition to the claim, with who checked or answered it
    r"|(?:claims|figures|numbers|estimates|allegations|accusations|assertions|tolls)\s+(?:that\s+|which\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,5}?(?:verify|verified|confirm|confirmed|corroborate|corroborated|denies|denied"
    r"|disputes|disputed|rejects|rejected)\b"
    # "X said A, the report said.": the outer source's cue closing the sentence
    r"|(?:the|a|an|his|her|its|their)\s+(?:[\w'\u2019.-]+\s+){0,3}?(?:said|says|reported|added|wrote|found)"
    r"(?=\s*[.!?]?\s*$))"
)


#: "said she would not resign when asked whether ...": the question put to the speaker, an
#: unnamed asker's statement of its own (GUIDELINES, "Questions"), no part of the answer
_WHEN_ASKED_RE = re.compile(
    r",?\s+(?:when|after|if|once)\s+(?:being\s+|she\s+was\s+|he\s+was\s+)?asked\s+"
    r"(?:whether|if|why|how|what|who|when|where|about)\b"
)


#: 'said the plant was "extremely fragile", after a drone struck ...': a subordinate clause of
#: the writer's after the quoted words that close the claim (a closing mark, then its comma)
_AFTER_QUOTED_RE = re.compile(
    r"(?<=[\"\u201d]),\s+(?:after|following|as|when|hours\s+after|days\s+after)\s+"
    r"(?:a|an|the|his|her|its|their|[A-Z])"
)


def reported_end(text: str, a: int, b: int) -> int:
    """The end of the reported clause ``text[a:b]``: ``b``, or the comma before a
    comparison or a "however" that follows at least a statement's worth of words, or the
    question put to the speaker ("when asked whether ...")."""
    m = _WRITER_ADDITION_RE.search(text, a, b)
    if "asked" in text[a:b]:
        asked = _WHEN_ASKED_RE.search(text, a, b)
        if (
            asked is not None
            and n_words(text[a : asked.start()]) >= MIN_CONTENT_WORDS
            # (the question closes the sentence: "..., and when asked whether A, he said B"
            # opens the next clause, whose answer it is)
            and text.find(",", asked.end(), b) < 0
            and text[b : b + 3].lstrip(" \"'\u201d\u2019")[:1] in ("", ".", "!", "?")
        ):
            m = asked if m is None or asked.start() < m.start() else m
    if ('",' in text[a:b] or "\u201d," in text[a:b]) and (q := _AFTER_QUOTED_RE.search(text, a, b)):
        m = q if m is None or q.start() < m.start() else m
    if m is None or n_words(text[a : m.start()]) < MIN_CONTENT_WORDS:
        return b
    if text.startswith((',"', ",\u201d"), m.start()):
        return m.start() + 2  # ('as "bold," while ...': the closing mark ends the clause)
    return m.start()
