"""Names that end with a question or an exclamation mark ("Which?", a consumer group;
"Yahoo!", a firm): read as a word, not as the end of a sentence. Before the rules read a
text, the mark of such a name is replaced by a letter of the same length (offsets hold),
and given back in the records after; the name is typed an organisation, since no person's
name is written with the mark.

A capitalised word's mark is a name's where the text goes on as no new sentence does: a
speech verb in lower case after it ("Which? said"), an apposition after it ("Which?, the
consumer group,"), or "according to" or a descriptor's lower-case noun before it ("the
consumer group Which? said"). Inside quotation marks a "?" is a question's and is left.
"""

from __future__ import annotations

import re

__all__ = ["mask_name_marks", "unmask_records"]

#: letters that stand for the marks while the rules read the text: lower-case letters of the
#: Latin-1 range, which the name readers take inside a word ("ß", "þ"; rare in English copy,
#: and a text that holds one is not masked)
_STAND_INS = {"?": "\u00df", "!": "\u00fe"}
_BACK = {v: k for k, v in _STAND_INS.items()}
#: speech verbs after a name's mark (the verbs news copy gives a body after its name)
_VERBS = (
    r"said|says|found|finds|warned|warns|added|adds|claimed|claims|reported|reports|told|tells|"
    r"estimated|estimates|revealed|reveals|urged|urges|argued|argues|believes|thinks|wrote|writes|"
    r"called|calls|noted|notes|insisted|insists|has\s+(?:said|found|warned|called)"
)
#: a capitalised word (no question word at a sentence's start: see _NOT_NAMES) and its mark
_NAME_MARK_RE = re.compile(r"(?<![\w'\u2019])([A-Z][\w'\u2019&.-]*)([?!])")
#: what follows the mark when it ends no sentence: a speech verb, or an apposition
_AFTER_RE = re.compile(rf"\s+(?:{_VERBS})\b|,\s+(?:the|a|an)\s+[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*)*,")
#: what comes before the name when it is a source: "according to", or a descriptor's noun in
#: lower case ("the consumer group Which?", "consumer champion Which?")
_BEFORE_RE = re.compile(r"(?:[Aa]ccording\s+to|\b[a-z]{3,})\s+$")
#: words that ask, and exclaim, more often than they name ("What? said no one")
_NOT_NAMES = frozenset("what why who how when where really yes no oh ah hey wow".split())
_QUOTE_MARKS = '"\u201c\u201d'


def mask_name_marks(text: str) -> str:
    """``text`` with each name's final mark replaced by its stand-in (the text itself when
    it holds no such name, or holds a stand-in already)."""
    if "?" not in text and "!" not in text or any(c in text for c in _BACK):
        return text
    out = None
    for m in _NAME_MARK_RE.finditer(text):
        word, k = m.group(1), m.start(2)
        if word.lower() in _NOT_NAMES:
            continue
        line_start = text.rfind("\n", 0, k) + 1
        if sum(text.count(q, line_start, k) for q in _QUOTE_MARKS) % 2:
            continue  # inside a quotation: a question's mark
        if _AFTER_RE.match(text, m.end()) is None and not (
            _BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) is not None
            and re.match(r"[,.;:]|\s+[a-z]", text[m.end() : m.end() + 2]) is not None
        ):
            continue
        if out is None:
            out = list(text)
        out[k] = _STAND_INS[m.group(2)]
    return text if out is None else "".join(out)


def _unmask(value: object) -> object:
    if isinstance(value, str) and any(c in value for c in _BACK):
        return "".join(_BACK.get(c, c) for c in value)
    return value


def unmask_records(records: list[dict]) -> list[dict]:
    """``records`` with the marks given back in every text field, and a source whose name
    ends with one typed an organisation."""
    for r in records:
        name = r.get("speaker_name")
        if isinstance(name, str) and name[-1:] in _BACK:
            r["source_type"] = "organisation"
        for key, value in r.items():
            r[key] = _unmask(value)
    return records
