"""Repairs of a body paragraph, each one recorded beside the raw text, never applied to it
(:func:`repair_text` lists the kinds)."""

from __future__ import annotations

import difflib
import html
import re
import unicodedata
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

import ftfy

from ._alternation import alternation
from ._resources import read_resource
from ._segment import CLOSERS, OPENERS, abbreviations, sentence_openers

__all__ = [
    "Evidence",
    "Repair",
    "REPAIR_KINDS",
    "apply_repairs",
    "build_evidence",
    "repair_text",
]

REPAIR_KINDS = (
    "mojibake",
    "unicode",
    "whitespace",
    "stray_space",
    "glued_sentence",
    "contraction",
    "apostrophe",
)

#: ftfy settings: fix encodings and invisible oddities, but keep the writer's
#: quotes (curly stays curly), full-width CJK characters and line breaks.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # done by _entity_edits, one entity at a time
    uncurl_quotes=False,
    fix_character_width=False,
    fix_line_breaks=False,
    explain=False,
)
#: Above this many changed characters a diff is not worth its cost: the whole
#: changed middle becomes one repair.
_MAX_DIFF_CHARS = 20_000
#: The shortest base of a possessive worth restoring ("Kremlin" yes, "Us" no).
_MIN_POSSESSIVE_BASE = 3
#: A capitalised word after a full stop is treated as a top-level domain, not a
#: new sentence, when it is one of these ("Booking.Com").
_DOMAIN_SUFFIXES = frozenset({"com", "org", "net", "gov", "edu", "info", "io", "co", "uk", "ru"})

_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Rounds of all steps at most: one step can expose work for an earlier one
#: (a space removed next to mojibake); the rounds stop as soon as nothing changes.
_MAX_ROUNDS = 4
_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_APOSTROPHES = "'\u2019"
# Horizontal whitespace to normalise; U+3000 (ideographic space) is left alone,
# it is ordinary spacing in CJK text.
_HSPACE_RE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\ufeff]+")
_ZERO_WIDTH = frozenset("\u200b\u2060\ufeff")
#: Where _HSPACE_RE could find a run to change: any space other than U+0020, two in a row,
#: or one at the start or end of the text or of a line.
_ODD_SPACE_RE = re.compile(r"[\t\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\ufeff]|  |^ | $| [\r\n]|[\r\n] ")
#: ASCII characters ftfy removes (control characters other than tab, newlines and form feed).
#: A character ftfy's steps may change, alone or beside others: anything but ASCII and the
#: typographic quotes, dashes and ellipsis of most news copy. Mojibake needs a UTF-8 lead byte
#: and continuation bytes; in every single-byte encoding ftfy re-encodes with, each of
#: these is at most one kind of the two (cp1252, cp1250, cp1251: continuation bytes 0x85-0x97;
#: Mac Roman: lead bytes 0xC9-0xD5; Latin-1, Latin-2, cp437: not encodable) and ASCII is
#: neither, so no fix can apply; none is a control, a ligature or a character NFC changes.
_FTFY_RELEVANT_RE = re.compile(r"[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u2026]")
_ASCII_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SOFT_HYPHEN_RE = re.compile("\u00ad")
_HYPHEN_SPACE_RE = re.compile(r"([^\W\d_]+) -(?=[^\W\d_])")
_SPACE_BEFORE_PUNCT_RE = re.compile(
    r"(?<=[\w\"\u201d\u2019)\]]) +([,;:!?]|\.(?!\.))(?=\s|$|[\"\u201d\u2019)\]])"
)
_GLUE_RE = re.compile(r"([.!?]+)([\"\u201d\u00bb)\]]*)([\"\u201c\u00ab(]?)(?=[^\W\d_])")
_LETTER_DOTS_RE = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")


@dataclass(frozen=True)
class Repair:
    """One change: ``input[start:end]`` (``before``) was replaced by ``after``."""

    kind: str
    start: int
    end: int
    before: str
    after: str


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
        return frozenset(base + "s" for base in self.proper if len(base) >= _MIN_POSSESSIVE_BASE)


# ---------------------------------------------------------------- resources


@cache
def _contractions() -> dict[str, tuple[str, bool]]:
    table: dict[str, tuple[str, bool]] = {}
    for rows in read_resource("contractions.txt").values():
        for fields in rows:
            table[fields[0].lower()] = (fields[1], len(fields) > 2 and fields[2] == "evidence")
    return table


@cache
def _contraction_hint() -> re.Pattern:
    """Any contraction of the table, as a substring of the lower-cased text: a text without
    one has no word to repair, and most paragraphs are rejected in one scan instead of word
    by word (lower-casing first: a case-insensitive alternation is several times slower)."""
    return re.compile(alternation(_contractions()))


@cache
def _apostrophe_rules() -> dict[str, frozenset[str]]:
    sections = read_resource("repair_apostrophe.txt")
    return {name: frozenset(f[0].lower() for f in rows) for name, rows in sections.items() if name}


# ---------------------------------------------------------------- evidence


def _is_capitalised(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def _sentence_start(text: str, pos: int) -> bool:
    """True when the word at ``pos`` opens a sentence or a line."""
    i = pos - 1
    while i >= 0 and (text[i] in " \t\u00a0" or text[i] in OPENERS):
        i -= 1
    return i < 0 or text[i] in ".!?:\n\u2026" or (text[i] in CLOSERS and i > 0 and text[i - 1] in ".!?")


def _split_possessive(word: str) -> str:
    for apo in _APOSTROPHES:
        if word.endswith(apo + "s"):
            return word[:-2]
    return word


def _plural_context(text: str, m: re.Match, prev: re.Match | None, rules: dict) -> bool:
    """Does the capitalised "Xs" matched at ``m`` read as a plural here?"""
    follower = text[m.end() : m.end() + 1]
    if follower and follower in ".,;:!?)":
        return True  # "... talks with the Russians." : a possessive needs a noun after it
    if follower == " ":
        nxt = _WORD_RE.match(text, m.end() + 1)
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
    return frozenset(k for k, v in _contractions().items() if not v[1])


def build_evidence(texts: Iterable[str]) -> Evidence:
    """Word-form counts from one document's own text (all its blocks).

    The evidence for a lost possessive apostrophe: which capitalised words occur
    mid-sentence, which occur in lower case, which "Xs" forms are used as plurals,
    and whether the document writes apostrophes at all.
    """
    rules = _apostrophe_rules()
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
        ms = list(_WORD_RE.finditer(text))
        toks = [m.group() for m in ms]
        words.update(toks)
        lower.update(filter(str.islower, toks))
        forms = Counter(map(str.lower, toks))
        lost += sum(forms[form] for form in lost_forms.intersection(forms))
        for token in toks if "'" in text or "\u2019" in text else ():
            if "'" in token or "\u2019" in token:
                for apo in _APOSTROPHES:
                    if apo in token:
                        apostrophes[apo] += 1
                base = _split_possessive(token)
                if base != token:
                    words[base] += 1
        for i in [i for i, t in enumerate(toks) if t[0].isupper()]:
            token, m = toks[i], ms[i]
            base = _split_possessive(token)
            if not _is_capitalised(base):
                continue
            prev = ms[i - 1] if i else None
            if not _sentence_start(text, m.start()):
                proper[base] += 1
            if prev is not None and text[prev.end() : m.start()] == " ":
                left = _split_possessive(prev.group())
                if _is_capitalised(left) or left.isupper():
                    bigrams[(prev.group(), base)] += 1
            if base == token and token.endswith("s") and _plural_context(text, m, prev, rules):
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


# ---------------------------------------------------------------- bookkeeping


def apply_repairs(text: str, repairs: Sequence[Repair]) -> str:
    """Apply ``repairs`` (in order, non-overlapping, offsets into ``text``).

    Raises ``ValueError`` when a repair's ``before`` is not what ``text`` holds
    at its offsets, or when repairs overlap or are out of order."""
    out: list[str] = []
    pos = 0
    for r in repairs:
        if r.start < pos or r.end < r.start or text[r.start : r.end] != r.before:
            raise ValueError(f"repair does not fit the text at {r.start}:{r.end}: {r!r}")
        out.append(text[pos : r.start])
        out.append(r.after)
        pos = r.end
    out.append(text[pos:])
    return "".join(out)


@dataclass
class _Piece:
    """A stretch of the input (``orig``) and what it has become (``cur``)."""

    orig: str
    cur: str
    kind: str | None = None  # None: kept as it was


def _splice(
    window: list[_Piece], start: int, cs: int, ce: int, after: str, kind: str
) -> tuple[list[_Piece], list[_Piece], list[_Piece]]:
    """Replace current text ``[cs, ce)`` inside ``window`` (pieces whose current
    text starts at ``start``) by ``after``. Kept pieces are cut at the edges; an
    earlier repair that the edit touches is merged into the new one."""
    before_pieces: list[_Piece] = []
    inside: list[_Piece] = []
    after_pieces: list[_Piece] = []
    prefix = suffix = ""
    pos = start
    for p in window:
        s, e = pos, pos + len(p.cur)
        pos = e
        if p.kind is None:
            if s < cs:
                cut = min(e, cs) - s
                before_pieces.append(_Piece(p.orig[:cut], p.cur[:cut]))
            lo, hi = max(s, cs), min(e, ce)
            if lo < hi:
                inside.append(_Piece(p.orig[lo - s : hi - s], ""))
            if e > ce:
                cut = max(s, ce) - s
                after_pieces.append(_Piece(p.orig[cut:], p.cur[cut:]))
            continue
        if s == e:
            hit = cs < s < ce
        else:
            hit = (s < ce and cs < e) or (cs == ce and s < cs < e)
        if hit:
            if s < cs:
                prefix = p.cur[: cs - s]
            if e > ce:
                suffix = p.cur[ce - s :]
            inside.append(p)
        elif e <= cs:
            before_pieces.append(p)
        else:
            after_pieces.append(p)
    orig = "".join(p.orig for p in inside)
    cur = prefix + after + suffix
    new = [_Piece(orig, cur, kind if orig != cur else None)] if (orig or cur) else []
    return before_pieces, new, after_pieces


class _Editor:
    """Applies edits given in the coordinates of the current text, keeping every
    change anchored to the input; edits that touch an earlier change merge with it."""

    def __init__(self, text: str) -> None:
        self.pieces: list[_Piece] = [_Piece(text, text)] if text else []

    @property
    def text(self) -> str:
        return "".join(p.cur for p in self.pieces)

    def apply(self, edits: Iterable[tuple[int, int, str, str]]) -> None:
        """Apply one step's edits: ``(start, end, after, kind)`` in current-text
        offsets, non-overlapping. One forward sweep over pieces and edits."""
        out: list[_Piece] = []
        rest = deque(self.pieces)
        pos = 0  # current-text offset of rest[0]
        for cs, ce, after, kind in sorted(edits, key=lambda e: (e[0], e[1])):
            if cs < pos:
                continue  # overlaps the previous edit: the next round sees it again
            while rest and pos + len(rest[0].cur) <= cs:
                piece = rest.popleft()
                out.append(piece)
                pos += len(piece.cur)
            window: list[_Piece] = []
            start = pos
            while rest and pos < ce:
                piece = rest.popleft()
                window.append(piece)
                pos += len(piece.cur)
            before, new, behind = _splice(window, start, cs, ce, after, kind)
            out.extend(before)
            out.extend(new)
            for piece in reversed(behind):
                rest.appendleft(piece)
                pos -= len(piece.cur)
        out.extend(rest)
        self.pieces = out

    def repairs(self) -> list[Repair]:
        out: list[Repair] = []
        pos = 0
        for p in self.pieces:
            if p.kind is not None and p.orig != p.cur:
                out.append(Repair(p.kind, pos, pos + len(p.orig), p.orig, p.cur))
            pos += len(p.orig)
        return out


# ---------------------------------------------------------------- the steps


def _unicode_edits(text: str) -> list[tuple[int, int, str, str]]:
    if not _FTFY_RELEVANT_RE.search(text) and not _ASCII_CONTROL_RE.search(text):
        return []  # nothing ftfy fixes (mojibake, ligatures, ...) can be in such text
    try:
        fixed = ftfy.fix_text(text, _FTFY_CONFIG)
    except Exception:  # ftfy is robust, but a repair step must never break loading
        return []
    if fixed == text:
        return []
    lo = 0
    while lo < min(len(text), len(fixed)) and text[lo] == fixed[lo]:
        lo += 1
    hi = 0
    while hi < min(len(text), len(fixed)) - lo and text[-1 - hi] == fixed[-1 - hi]:
        hi += 1
    a, b = text[lo : len(text) - hi], fixed[lo : len(fixed) - hi]
    if len(a) + len(b) > _MAX_DIFF_CHARS:
        return [(lo, lo + len(a), b, _unicode_kind(a, b))]
    edits = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            edits.append((lo + i1, lo + i2, b[j1:j2], _unicode_kind(a[i1:i2], b[j1:j2])))
    return edits


def _entity_edits(text: str) -> list[tuple[int, int, str, str]]:
    """HTML entities left in a text copy ("AT&amp;T", "&#8217;")."""
    edits = []
    for m in _ENTITY_RE.finditer(text):
        decoded = html.unescape(m.group())
        if decoded != m.group() and decoded.isprintable():
            edits.append((m.start(), m.end(), decoded, "unicode"))
    return edits


def _unicode_kind(before: str, after: str) -> str:
    if unicodedata.normalize("NFKC", before) == unicodedata.normalize("NFKC", after):
        return "unicode"
    if all(unicodedata.category(ch) in ("Cc", "Cf") for ch in before) and not after:
        return "unicode"
    return "mojibake"


def _whitespace_edits(text: str) -> list[tuple[int, int, str, str]]:
    edits = [(m.start(), m.end(), "", "unicode") for m in _SOFT_HYPHEN_RE.finditer(text)]
    if not _ODD_SPACE_RE.search(text):
        return edits  # only single spaces between words: nothing below would change
    n = len(text)
    for m in _HSPACE_RE.finditer(text):
        run = m.group()
        at_edge = m.start() == 0 or m.end() == n or text[m.start() - 1] in "\r\n" or text[m.end()] in "\r\n"
        if at_edge or all(ch in _ZERO_WIDTH for ch in run):
            want = ""
        else:
            want = " "
        if run != want:
            edits.append((m.start(), m.end(), want, "whitespace"))
    return edits


def _stray_space_edits(text: str, language: str) -> list[tuple[int, int, str, str]]:
    edits = []
    for m in _HYPHEN_SPACE_RE.finditer(text) if " -" in text else ():
        left = m.group(1)
        right = text[m.end()]
        if left[0].isupper() and right.isupper():
            edits.append((m.end(1), m.end(), "-", "stray_space"))
    french_spacing = language.lower().startswith("fr")
    for m in _SPACE_BEFORE_PUNCT_RE.finditer(text):
        if french_spacing and m.group(1) in ";:!?":
            continue
        edits.append((m.start(), m.end(), m.group(1), "stray_space"))
    return edits


def _quote_counts(text: str) -> list[int]:
    counts = [0] * (len(text) + 1)
    for i, ch in enumerate(text):
        counts[i + 1] = counts[i] + (ch == '"')
    return counts


def _glued_edits(text: str, language: str) -> list[tuple[int, int, str, str]]:
    abbrevs = abbreviations(language)
    quotes: list[int] | None = None
    edits = []
    for m in _GLUE_RE.finditer(text):
        punct, closers = m.group(1), m.group(2)
        if "." in punct and len(punct) > 1:
            continue  # an ellipsis
        if m.start() == 0:
            continue
        # the word that follows: a capital then a lower-case letter, or "I"/"A" alone
        k = m.end()
        first = text[k]
        second = text[k + 1] if k + 1 < len(text) else ""
        if not first.isupper():
            continue
        if not (second.islower() or (second in " " + _APOSTROPHES and first in "IA")):
            continue
        nxt = _WORD_RE.match(text, k)
        if nxt and nxt.group().lower() in _DOMAIN_SUFFIXES:
            continue
        # the word before
        i = m.start()
        token_start = i
        while token_start > 0 and not text[token_start - 1].isspace() and i - token_start < 64:
            token_start -= 1
        token = text[token_start:i]
        word = token.lstrip("".join(OPENERS))
        if "://" in token or token.lower().startswith("www") or "@" in token:
            continue
        last = text[i - 1]
        if last in CLOSERS or last.isdigit():
            pass
        elif last.islower():
            if punct == "." and (abbrevs.get(word.lower() + ".") or _single_letters(word)):
                continue
        elif last.isupper():
            run = _letter_run(text, i)
            if len(run) < 2 or not run.isupper() or (i - len(run) > 0 and text[i - len(run) - 1] == "."):
                continue  # "U.S.Army", "J.Smith": initials, not a sentence end
            if punct == "." and abbrevs.get(word.lower() + "."):
                continue
        else:
            continue
        # where the space goes: after closing quotes, before opening ones
        insert_at = m.end(1)
        if closers:
            if closers[0] == '"':
                if quotes is None:
                    quotes = _quote_counts(text)
                closing = quotes[m.end(1)] % 2 == 1  # an odd count before it: it closes
                if closing:
                    insert_at = m.end(2)
            else:
                insert_at = m.end(2)
        edits.append((m.start(1), insert_at, text[m.start(1) : insert_at] + " ", "glued_sentence"))
    return edits


def _letter_run(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1].isalpha() and end - start < 64:
        start -= 1
    return text[start:end]


def _single_letters(word: str) -> bool:
    """ "e.g", "i.e", "a.m", "x": letters separated by dots, one at a time."""
    return bool(_LETTER_DOTS_RE.fullmatch(word)) and all(len(part) == 1 for part in word.split("."))


def _match_case(token: str, repaired: str) -> str:
    if token.isupper() and len(token) > 1:
        return repaired.upper()
    if token[0].isupper():
        return repaired[0].upper() + repaired[1:]
    return repaired


def _contraction_edits(text: str, evidence: Evidence) -> list[tuple[int, int, str, str]]:
    table = _contractions()
    if not _contraction_hint().search(text.lower()):
        return []
    apostrophe = evidence.apostrophe
    edits = []
    for m in _WORD_RE.finditer(text):
        token = m.group()
        key = token.lower()
        if key not in table:
            continue
        if not (token == key or token == key.capitalize() or token == key.upper()):
            continue
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if before in _APOSTROPHES + "-" or before.isalnum() or after in _APOSTROPHES + "-" or after.isalnum():
            continue
        repaired, needs_evidence = table[key]
        if needs_evidence:
            if not evidence.writes_apostrophes:
                continue
            nxt = _WORD_RE.match(text, m.end() + 1) if after == " " else None
            if nxt is None or not nxt.group().islower() or nxt.group() == "to":
                continue
        repaired = repaired.replace("'", apostrophe)
        edits.append((m.start(), m.end(), _match_case(token, repaired), "contraction"))
    return edits


def _apostrophe_edits(text: str, evidence: Evidence) -> list[tuple[int, int, str, str]]:
    # only "Xs" forms whose base is a proper noun here can pass; most paragraphs have none,
    # and the words are visited in Python only where one is
    toks = _WORD_RE.findall(text)
    forms = evidence.possessive_forms
    if forms.isdisjoint(toks):
        return []
    hits = [i for i, token in enumerate(toks) if token in forms]
    rules = _apostrophe_rules()
    openers = sentence_openers()
    apostrophe = evidence.apostrophe
    edits = []
    ms = list(_WORD_RE.finditer(text))
    for i in hits:
        m, p, token = ms[i], ms[i - 1] if i else None, toks[i]
        if token.endswith("ss") or not _is_capitalised(token):
            continue
        base = token[:-1]
        if token.lower() in evidence.lower or base.lower() in evidence.lower:
            continue  # a common word capitalised ("Times", "States", "Parents")
        if evidence.plurals.get(token):
            continue  # the document uses "Xs" as a plural somewhere
        if any(base.lower().endswith(suffix) for suffix in rules["plural_suffixes"]):
            continue  # "Americans", "Ukrainians", "Israelis", "Democrats"
        if _plural_context(text, m, p, rules):
            continue
        # a possessive is followed by the thing possessed
        if text[m.end() : m.end() + 1] != " ":
            continue
        nxt = _WORD_RE.match(text, m.end() + 1)
        if nxt is None or (nxt.group().islower() and nxt.group().endswith("ed")):
            continue  # "the Smiths visited"
        # inside a multi-word name ("United States", "Moscow Times") the base must
        # occur after the same word ("Vladimir Putin" for "Vladimir Putins")
        if p is not None and text[p.end() : m.start()] == " ":
            left = p.group()
            if (
                left[0].isupper()
                and left not in openers
                and not _sentence_start(text, p.start())
                and not evidence.bigrams.get((left, base))
            ):
                continue
        edits.append((m.start(), m.end(), base + apostrophe + "s", "apostrophe"))
    return edits


# ---------------------------------------------------------------- entry point


def repair_text(
    text: str,
    *,
    evidence: Evidence | None = None,
    language: str = "en",
) -> tuple[str, list[Repair]]:
    """Repair one paragraph; return the repaired text and the repairs made.

    ``evidence`` is :func:`build_evidence` over the whole document (all its
    paragraphs); without it, the paragraph is its own evidence. ``language``
    (ISO 639-1) selects abbreviations and spacing conventions; the contraction
    and possessive steps run for English only.

    Offsets in the repairs refer to ``text``; ``apply_repairs(text, repairs)``
    equals the repaired text, and repairing that again changes nothing.

    Repair kinds, in the order they run:

    ``mojibake``
        text decoded with the wrong encoding (``"KremlinÃ¢â‚¬â„¢s"``), fixed by ftfy.
    ``unicode``
        the same character written another way (NFC normalisation, ligatures such as
        ``"ﬁ"``, control characters, HTML entities), also by ftfy.
    ``whitespace``
        non-breaking, exotic and zero-width spaces, tabs, repeated spaces, spaces at
        the start or end of a line.
    ``stray_space``
        a space before a hyphen joining two capitalised words
        (``"United States -Russia"``) or before ``, . ; : ! ?``.
    ``glued_sentence``
        a missing space after a sentence (``"Times.Earlier"``, ``"(track 2).The"``,
        ``"said.\"Next"``).
    ``contraction``
        a contraction that lost its apostrophe (``"theyre"``), from
        ``resources/contractions.txt``.
    ``apostrophe``
        a possessive that lost its apostrophe (``"Kremlins willingness"``), only where
        the document gives evidence (see :func:`build_evidence`).

    When a later step changes text an earlier step already changed, the two become
    one repair with the later step's kind.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    language = (language or "en").lower()
    editor = _Editor(text)
    for _ in range(_MAX_ROUNDS):
        before = editor.text
        editor.apply(_entity_edits(editor.text))
        editor.apply(_unicode_edits(editor.text))
        editor.apply(_whitespace_edits(editor.text))
        editor.apply(_stray_space_edits(editor.text, language))
        editor.apply(_glued_edits(editor.text, language))
        if language.startswith("en"):
            ev = evidence if evidence is not None else build_evidence([editor.text])
            editor.apply(_contraction_edits(editor.text, ev))
            editor.apply(_apostrophe_edits(editor.text, ev))
        if editor.text == before:
            break
    return editor.text, editor.repairs()
