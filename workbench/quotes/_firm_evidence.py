"""What business copy writes only of a firm, read around a source typed as a person: a
relative "which" after the speaker's own mention ("Rio Tinto, which owns 51 per cent of the
project, said"), its shares ("shares in Halvern rose", "Halvern shares fell", "Halvern's
share price"), its officers and owners ("Halvern's chief executive", "Halvern's
shareholders"), its results ("Halvern reported a pre-tax profit") and a stock ticker after
its name ("Halvern (NYSE: HLV)", "Halvern (HLV.N)"). A person has none of these, whatever
the name looks like ("Morgan Stanley", whose first word is a given name); a name with no
such words near it stays a person ("Reed said", "Banks said")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import read_resource
from ._names import speaker_words

__all__ = ["firm_by_text", "known_firms"]


@lru_cache(maxsize=1)
def known_firms() -> frozenset[str]:
    """Names of the best-known firms and agencies, as written (``[firm]`` of
    ``resources/quote_speakers.txt``: "Boeing", "Morgan Stanley", "Nasa")."""
    return frozenset(" ".join(row) for row in read_resource("quote_speakers.txt").get("firm", []))


#: what follows a firm's name and no person's: its shares moving, a possessive of its shares,
#: officers, owners or results, a result reported, a ticker in brackets
_AFTER_RE = re.compile(
    r"\s+(?:shares|stock)\s+(?:rose|fell|jumped|dropped|slid|climbed|gained|tumbled|plunged|surged|sank|"
    r"slumped|soared|closed|ended|were|have|had|traded|are)\b"
    r"|['\u2019]s?\s+(?:shares|share\s+price|stock\s+price|shareholders|chief\s+executive|CEO|chief\s+financial"
    r"\s+officer|CFO|board\s+of\s+directors|market\s+value|pre-tax\s+profits?|net\s+profits?|quarterly|"
    r"annual\s+results|earnings|revenues?)\b"
    r"|\s+(?:reported|posted|booked)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:profits?|loss|losses|revenues?|earnings)\b"
    r"|\s+\((?:(?:NYSE|Nasdaq|NASDAQ|LSE|ASX|TSX|NZX|PSX|DSE|CSE|BSE|NSE|Euronext)\s*:\s*[A-Z][A-Z0-9.]{0,6}"
    r"|[A-Z]{1,5}\.[A-Z]{1,2})\)"
)
#: what comes before a firm's name and no person's, and the name ("shares in Halvern", "shares
#: of Halvern Stone")
_BEFORE_RE = re.compile(
    r"\b(?:[Ss]hares|[Ss]tock|[Ss]take)\s+(?:in|of)\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})"
)
#: the capitalised words right before a firm's words ("Morgan Stanley" of "Morgan Stanley's
#: chief executive"), read back from them
_RUN_BEFORE_RE = re.compile(r"(?<![\w&.'\u2019-])((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*)\Z")
#: a relative "which" right after the speaker's own name, before its verb ("X, which owns ...,
#: said"): a thing's pronoun, where a person takes "who"
_WHICH_RE = re.compile(r",\s+which\s")
#: a preposition right before the name, which makes it another phrase's object ("the report by X")
_OBJECT_BEFORE_RE = re.compile(r"\b(?:by|of|from|with|for|to|at|in|on|and)\s+\Z")


def _firm_names(text: str) -> frozenset[str]:
    """Every name of up to three capitalised words the text writes with a firm's words right
    before or after it, with its shorter endings or beginnings ("Halvern" of "Yesterday
    Halvern shares fell"): one pass over the text (a search per name was quadratic)."""
    out: set[str] = set()
    for m in _AFTER_RE.finditer(text):
        run = _RUN_BEFORE_RE.search(text, max(0, m.start() - 80), m.start())
        if run is not None:
            words = run.group(1).split()
            out.update(" ".join(words[k:]) for k in range(len(words)))
    for m in _BEFORE_RE.finditer(text):
        words = m.group(1).split()
        out.update(" ".join(words[: k + 1]) for k in range(len(words)))
    return frozenset(out)


def firm_by_text(r: dict, text: str, seen: dict[str, frozenset[str]]) -> bool:
    """The record's source, named with capitals in up to three words, is written as a firm
    in the text: a relative "which" at its own mention, or a firm's words near one of its
    names (the text's firms' names read once a text, kept in ``seen``)."""
    name = r["speaker_name"]
    if len(name.split()) > 3 or not name[:1].isupper():
        return False
    end, start = r["speaker_end"], r["speaker_start"]
    if (
        isinstance(end, int)
        and text[start:end] == name
        and _WHICH_RE.match(text, end, end + 9) is not None
        # ("The report by Dr Ann Cole, which was released": the relative is the report's)
        and _OBJECT_BEFORE_RE.search(text, max(0, start - 12), start) is None
        and not any(
            w.lower() in speaker_words()["given_names"] or w.lower() in speaker_words()["titles"]
            for w in name.replace(".", " ").split()
        )
    ):
        return True
    if "" not in seen:
        seen[""] = _firm_names(text)
    return name in seen[""]
