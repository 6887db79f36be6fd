"""What one document's own text says about its words (``Evidence``: word forms, proper nouns,
plural contexts, the apostrophe it uses), from which the repairs decide lost apostrophes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from ._alternation import alternation
from ._resources import read_resource
from ._segment import CLOSERS, OPENERS

#: The shortest base of a possessive worth restoring ("Kremlin" yes, "Us" no).
MIN_POSSESSIVE_BASE = 3
WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
APOSTROPHES = "'\u2019"


@dataclass(frozen=True)
class Evidence:
    """What one document's own text says about its words.

    Built by :func:`build_evidence`; used to decide lost apostrophes.
    """

    #: word form -> count, case-sensitive, possessives counted under their base too
    words: Counter = field(default_factory=Counter)
    #: capitalised word forms seen mid-sentence (so proper nouns, not sentence starts)
    proper: Counter = field(default_factory=Counter)
    #: word forms seen in lower case
    lower: frozenset = frozenset()
    #: pairs of adjacent capitalised words ("Vladimir", "Putin")
    bigrams: Counter = field(default_factory=Counter)
    #: capitalised "Xs" forms seen in a plural context ("the Russians were")
    plurals: Counter = field(default_factory=Counter)
    #: apostrophe character -> number of words written with it ("don't", "Russia’s")
    apostrophes: Counter = field(default_factory=Counter)
    #: contractions written without their apostrophe ("dont", "theyre")
    lost_contractions: int = 0

    @property
    def apostrophe(self) -> str:
        """The apostrophe the document uses most (``'`` when it uses none)."""
        if self.apostrophes.get("\u2019", 0) > self.apostrophes.get("'", 0):
            return "\u2019"
        return "'"

    @property
    def writes_apostrophes(self) -> bool:
        """True when the document writes contractions or possessives at all,
        with their apostrophe or visibly without it."""
        return sum(self.apostrophes.values()) + self.lost_contractions > 0

    @cached_property
    def possessive_forms(self) -> frozenset[str]:
        """The "Xs" forms whose base is a proper noun here: the only words the possessive step
        may repair, so that a paragraph without any is passed over at C speed."""
        return frozenset(base + "s" for base in self.proper if len(base) >= MIN_POSSESSIVE_BASE)


# ---------------------------------------------------------------- resources


@cache
def contractions() -> dict[str, tuple[str, bool]]:
    table: dict[str, tuple[str, bool]] = {}
    for rows in read_resource("contractions.txt").values():
        for fields in rows:
            table[fields[0].lower()] = (fields[1], len(fields) > 2 and fields[2] == "evidence")
    return table


@cache
def contraction_hint() -> re.Pattern:
    """Any contraction of the table, as a substring of the lower-cased text: a text without
    one has no word to repair, and most paragraphs are rejected in one scan instead of word
    by word (lower-casing first: a case-insensitive alternation is several times slower)."""
    return re.compile(alternation(contractions()))


@cache
def apostrophe_rules() -> dict[str, frozenset[str]]:
    sections = read_resource("repair_apostrophe.txt")
    return {name: frozenset(f[0].lower() for f in rows) for name, rows in sections.items() if name}


# ---------------------------------------------------------------- evidence


def is_capitalised(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def sentence_start(text: str, pos: int) -> bool:
    """True when the word at ``pos`` opens a sentence or a line."""
    i = pos - 1
    while i >= 0 and (text[i] in " \t\u00a0" or text[i] in OPENERS):
        i -= 1
    return i < 0 or text[i] in ".!?:\n\u2026" or (text[i] in CLOSERS and i > 0 and text[i - 1] in ".!?")


def _split_possessive(word: str) -> str:
    for apo in APOSTROPHES:
        if word.endswith(apo + "s"):
            return word[:-2]
    return word


def plural_context(text: str, m: re.Match, prev: re.Match | None, rules: dict) -> bool:
    """Does the capitalised "Xs" matched at ``m`` read as a plural here?"""
    follower = text[m.end() : m.end() + 1]
    if follower and follower in ".,;:!?)":
        return True  # "... talks with the Russians." : a possessive needs a noun after it
    if follower == " ":
        nxt = WORD_RE.match(text, m.end() + 1)
        if nxt and nxt.group().lower() in rules["not_after_possessive"]:
            return True  # "the Russians were", "Americans in Kyiv"
    if prev is not None and text[prev.end() : m.start()] == " ":
        if prev.group().lower() in rules["quantifiers"]:
            return True  # "two Americans", "many Ukrainians"
    words_before = text[max(0, m.start() - 16) : m.start()].split()
    return bool(words_before) and words_before[-1].isdigit()  # "20 Russians"


@lru_cache(maxsize=1)
def _lost_contraction_forms() -> frozenset[str]:
    """Lower-cased contractions written without their apostrophe ("dont")."""
    return frozenset(k for k, v in contractions().items() if not v[1])


def build_evidence(texts: Iterable[str]) -> Evidence:
    """Word-form counts from one document's own text (all its blocks).

    The evidence for a lost possessive apostrophe: which capitalised words occur
    mid-sentence, which occur in lower case, which "Xs" forms are used as plurals,
    and whether the document writes apostrophes at all.
    """
    rules = apostrophe_rules()
    lost_forms = _lost_contraction_forms()
    words: Counter = Counter()
    proper: Counter = Counter()
    lower: set[str] = set()
    bigrams: Counter = Counter()
    plurals: Counter = Counter()
    apostrophes: Counter = Counter()
    lost = 0
    for text in texts:
        if not isinstance(text, str):
            continue
        # counts over all tokens at C speed; the loops below visit only the tokens they need
        ms = list(WORD_RE.finditer(text))
        toks = [m.group() for m in ms]
        words.update(toks)
        lower.update(filter(str.islower, toks))
        forms = Counter(map(str.lower, toks))
        lost += sum(forms[form] for form in lost_forms.intersection(forms))
        for token in toks if "'" in text or "\u2019" in text else ():
            if "'" in token or "\u2019" in token:
                for apo in APOSTROPHES:
                    if apo in token:
                        apostrophes[apo] += 1
                base = _split_possessive(token)
                if base != token:
                    words[base] += 1
        for i in [i for i, t in enumerate(toks) if t[0].isupper()]:
            token, m = toks[i], ms[i]
            base = _split_possessive(token)
            if not is_capitalised(base):
                continue
            prev = ms[i - 1] if i else None
            if not sentence_start(text, m.start()):
                proper[base] += 1
            if prev is not None and text[prev.end() : m.start()] == " ":
                left = _split_possessive(prev.group())
                if is_capitalised(left) or left.isupper():
                    bigrams[(prev.group(), base)] += 1
            if base == token and token.endswith("s") and plural_context(text, m, prev, rules):
                plurals[token] += 1
    return Evidence(
        words=words,
        proper=proper,
        lower=frozenset(lower),
        bigrams=bigrams,
        plurals=plurals,
        apostrophes=apostrophes,
        lost_contractions=lost,
    )
