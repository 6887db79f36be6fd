"""The token layer of entity finding: tokens with their shape, the lexicon of word lists and
gazetteers, and the ``Doc`` (text, tokens, mentions found, words pending) the rules work on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..text import english_stop_words
from . import _gazetteer as entity_gazetteer

#: A name of more words than this is more likely a title-case heading than a person.
MAX_NAME_WORDS = 4
#: All-capital words up to this long are read as acronyms ("NATO", "RIAC"); longer ones as shouting.
MAX_ACRONYM_CHARS = 6
KIND_LABEL = {"org": "ORG", "law": "LAW", "event": "EVENT", "loc": "LOC", "gpe": "GPE"}

# ---------------------------------------------------------------------------------- tokens
TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.N.
    r"|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Rev|St|Jr|Sr)\.(?=\s)"
    r"|[A-Z]\.(?=\s[A-Z])"  # initials: "Christopher L. Smith"
    r"|\w+(?:['’]\w+)*"  # words, O'Brien, Putin's
    r"|[^\w\s]"
)
_POSSESSIVE = re.compile(r"^(.+?)['’]s$")
QUOTES_OPEN = set("\"“„«‘'([—–-:")


class _Tok:
    """A token: offsets, text, whether it is a word and whether it is capitalised."""

    __slots__ = ("start", "end", "text", "word", "cap")

    def __init__(self, start: int, end: int, text: str):
        self.start, self.end, self.text = start, end, text
        c = text[0]
        self.word = c.isalnum()
        self.cap = c.isupper()


def tokenize(text: str) -> list[_Tok]:
    toks = []
    for m in TOKEN_RE.finditer(text):
        s, e, t = m.start(), m.end(), m.group()
        pm = _POSSESSIVE.match(t) if t[0].isupper() and ("'" in t or "’" in t) else None
        if pm:
            toks.append(_Tok(s, s + len(pm.group(1)), pm.group(1)))
            toks.append(_Tok(s + len(pm.group(1)), e, t[len(pm.group(1)) :]))
        else:
            toks.append(_Tok(s, e, t))
    return toks


@lru_cache(maxsize=1)
def lexicon():
    g = entity_gazetteer.load()
    words = g["words"]
    return {
        "names": g["names"],
        "stop": words["stop"],
        "stop_lower": english_stop_words() | {w.lower() for w in words["stop"]},
        "title": words["title"],
        "title_mod": words["title_mod"],
        "role": words["role"],
        "connector": words["connector"],
        "particle": words["particle"],
        "cue": words["cue"],
        "person_next": words["person_next"],
        "direction": words["direction"],
        "not_acronym": words["not_acronym"],
        "product": words["product"],
        "office": words["office"],
        "org_prev": words["org_prev"],
        "cities": g["cities"],
        "keyword": {w: k for k in ("gpe", "loc", "event", "law", "org") for w in words[k]},
    }


@dataclass
class Mention:
    start: int
    end: int
    label: str
    entity: str
    role: str = ""
    country: str = ""


@dataclass
class Doc:
    text: str
    toks: list[_Tok]
    initial: set[int]
    lower_words: set[str]
    mentions: list[Mention] = field(default_factory=list)
    pending: list[tuple[int, bool]] = field(default_factory=list)  # (token index, sentence-initial)


def span_text(doc: Doc, toks: list[int]) -> str:
    return doc.text[doc.toks[toks[0]].start : doc.toks[toks[-1]].end]
