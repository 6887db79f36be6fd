"""Where a reported clause holding quotations ends before its sentence does: at a new clause
after the last quotation closed in it (a conjunction, a relative pronoun, a participle, a dash,
the writer's gloss), or at the subject's next speech act right after an earlier one.
``quoted`` are the text's quoted passages with both marks, in order; ``starts`` their starts."""

from __future__ import annotations

import re
from bisect import bisect_right

from ._cues import n_words
from ._indirect import MIN_CONTENT_WORDS

__all__ = ["cut_after_quote"]

#: a new clause after a closing mark: a conjunction, a relative pronoun, a participle after a
#: comma or a dash ('"kept us safe" before claiming ...', '"a prayer" for X but did not ...')
_AFTER_QUOTE_RE = re.compile(
    r",?\s+(?:before|while|which|whereas)\s"
    # 'as' opening a clause ('"excited" as he faces ...'), not 'as' before a bare role noun
    # ('"caused harm" as governor'): the role belongs to the reported words
    r"|,?\s+as\s(?=(?:he|she|they|it|we|I|you|the|a|an|his|her|their|its|our|this|that|these|those|if|well)\b|[A-Z])"
    # (not "but that ...": a second reported clause, 'was "useful" but that more work is needed')
    r"|,?\s+but\s(?!(?:also\s+)?that\s)"
    r"|,\s+(?![a-z]*thing\b|during\b|morning\b|evening\b)[a-z]{3,}ing\b"
    r"|\s+(?:--|[-\u2013\u2014])\s"
    r"|\s+and\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]{3,}ed|said|told|wrote)\s"
    # '... "will not be silenced" at the hall, a jab at ...': the writer's gloss on the report
    r"|,\s+(?:a|an)\s+[a-z]+\s+(?:that|at|to|of|which|in|for|aimed)\s"
    # '... "still weighing it" before backing Berg, who faces ...': a clause on a name
    r"|,\s+who\s(?![^,;]*,\s)"  # (not an aside closed by a comma: the clause goes on after it)
)
#: a dash between spaces (an aside's opening or closing)
_DASH_RE = re.compile(r"\s+(?:--|[-\u2013\u2014])\s")
_CONJUNCTION_RE = re.compile(r"(?:and|but)\s")
#: right after a closing mark, the subject's next act ('"a mistake" and ranked her ...')
_NEXT_ACT_AFTER_QUOTE_RE = re.compile(
    r"[,.]?\s+and\s+(?:also\s+|then\s+|later\s+)?(?:has\s+|have\s+)?"
    r"(?:said|told|wrote|asked|added|called|likened|ranked|described|tells|says|calls|adds|asks|"
    r"questioning|asking|adding|saying|telling)\s"
    # '"a blow to the town," but she also noted ...': the same speaker's next report
    r"|,?\s+but\s+(?:he|she|they)\s+(?:also\s+)?(?:noted|said|added|warned|acknowledged|insisted|argued)\s"
    # '"a disgrace," for instance, and Berg vowed to ...': another speaker's report
    r"|(?:,\s+for\s+(?:instance|example),)?\s+(?:and|but)\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:also\s+)?"
    r"(?:says|said|vowed|called|calls|added|told|tells|warned|argued|promised|pledged)\s"
)
_PARTICIPLE_RE = re.compile(r"\s+(?![a-z]*thing\b|during\b|morning\b|evening\b)[a-z]{3,}ing\b")


def cut_after_quote(text: str, quoted: list, starts: list[int], a: int, b: int) -> int:
    """``b``, or where a new clause starts after the last quotation closed in ``[a, b)``
    ('says he is "excited" as he faces ...', '... "kept us safe," claiming that ...'): the
    reported words end with the quotation's clause."""
    i = bisect_right(starts, b) - 1
    while i >= 0 and quoted[i].close_mark >= b:
        i -= 1
    if i < 0 or quoted[i].close_mark < a:
        return b
    # 'called the deal "a mistake" and likened it to the ferry scheme that "failed at once"': the subject's
    # next act after an earlier quotation ends the report too
    j = i
    while j > 0 and quoted[j - 1].open_mark >= a:
        j -= 1
    for k in range(j, i):
        q = quoted[k]
        act = _NEXT_ACT_AFTER_QUOTE_RE.match(text, q.close_mark + 1, b)
        if act is not None and n_words(text[a : act.start()]) >= MIN_CONTENT_WORDS:
            return act.start()
    close = quoted[i].close_mark
    stop = _AFTER_QUOTE_RE.search(text, close + 1, b)
    if (
        stop is not None
        and _DASH_RE.fullmatch(stop.group())
        and len(_DASH_RE.findall(text, a, close)) % 2
        # ('... - "He would have loved X," Y said twice - and reminded ...': the subject's next act)
        and not _CONJUNCTION_RE.match(text, stop.end())
    ):
        # 'the plan — which critics call "reckless" — would go ahead': the dash closes an
        # aside opened before the quotation, and the reported clause goes on after it
        stop = _AFTER_QUOTE_RE.search(text, stop.end() - 1, b)
    if text[close - 1] == ",":
        # '"...already hurt us," claiming ...': the comma stands inside the marks
        stop = _PARTICIPLE_RE.match(text, close + 1, b) or stop
    if stop is None or n_words(text[a : stop.start()]) < MIN_CONTENT_WORDS:
        return b
    return stop.start()
