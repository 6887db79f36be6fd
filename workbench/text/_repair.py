"""Repairs of a body paragraph, each one recorded beside the raw text, never applied to it
(:func:`repair_text` lists the kinds)."""

from __future__ import annotations

import difflib
import html
import re
import unicodedata

import ftfy

from ._glued_breaks import run_in_breaks, straight_opens
from ._repair_evidence import (
    APOSTROPHES,
    WORD_RE,
    Evidence,
    apostrophe_rules,
    build_evidence,
    contraction_hint,
    contractions,
    is_capitalised,
    plural_context,
    sentence_start,
)
from ._repair_splice import Editor, Repair, apply_repairs
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
    "run_in_heading",
    "contraction",
    "apostrophe",
    "line_break",
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
#: A capitalised word after a full stop is treated as a top-level domain, not a
#: new sentence, when it is one of these ("Booking.Com").
_DOMAIN_SUFFIXES = frozenset({"com", "org", "net", "gov", "edu", "info", "io", "co", "uk", "ru"})

_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Rounds of all steps at most: one step can expose work for an earlier one
#: (a space removed next to mojibake); the rounds stop as soon as nothing changes.
_MAX_ROUNDS = 4
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
_GLUE_RE = re.compile(r"([.!?]+)([\"\u201d\u00bb)\]]*)([\"\u201c\u201e\u00ab(]?)(?=[^\W\d_])")
#: A line break inside a hard-wrapped paragraph, with the spaces around it; a hyphen before it
#: and a lower-case letter after it is a word broken at the hyphen ("well-" / "known").
_LINE_BREAK_RE = re.compile(r"[^\S\n]*\n\s*")
_LETTER_DOTS_RE = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")

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


def _line_break_edits(text: str) -> list[tuple[int, int, str, str]]:
    edits = []
    for m in _LINE_BREAK_RE.finditer(text):
        a, b = m.start(), m.end()
        if a == 0 or b == len(text):
            continue  # a block's text is stripped; nothing to join at its edges
        glue = text[a - 1] == "-" and text[a - 2 : a - 1].isalpha() and text[b].islower()
        edits.append((a, b, "" if glue else " ", "line_break"))
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


def _glued_edits(text: str, language: str) -> list[tuple[int, int, str, str]]:
    abbrevs = abbreviations(language)
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
        if not (second.islower() or (second in " " + APOSTROPHES and first in "IA")):
            continue
        nxt = WORD_RE.match(text, k)
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
                # it opens when its partner follows in the line after the quotation's own
                # punctuation ('fair."We will appeal," said'), else it closes ('"yes."The
                # talks'); a count of marks before it misreads paragraphs of one quotation
                # glued together ('afraid for him."They tell us ... else."The company')
                closing = not straight_opens(text, m.end(1))
                if closing:
                    insert_at = m.end(2)
            else:
                insert_at = m.end(2)
        edits.append((m.start(1), insert_at, text[m.start(1) : insert_at] + " ", "glued_sentence"))
    return edits


def _run_in_edits(text: str) -> list[tuple[int, int, str, str]]:
    """A subheading run into its paragraph gets back its line break ("Talks stalledThe
    minister said", 'Shipping hit"We are losing'): the paragraph split sees the heading."""
    return [(k - 1, k, text[k - 1] + "\n", "run_in_heading") for k in run_in_breaks(text)]


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
    table = contractions()
    if not contraction_hint().search(text.lower()):
        return []
    apostrophe = evidence.apostrophe
    edits = []
    for m in WORD_RE.finditer(text):
        token = m.group()
        key = token.lower()
        if key not in table:
            continue
        if not (token == key or token == key.capitalize() or token == key.upper()):
            continue
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if before in APOSTROPHES + "-" or before.isalnum() or after in APOSTROPHES + "-" or after.isalnum():
            continue
        repaired, needs_evidence = table[key]
        if needs_evidence:
            if not evidence.writes_apostrophes:
                continue
            nxt = WORD_RE.match(text, m.end() + 1) if after == " " else None
            if nxt is None or not nxt.group().islower() or nxt.group() == "to":
                continue
        repaired = repaired.replace("'", apostrophe)
        edits.append((m.start(), m.end(), _match_case(token, repaired), "contraction"))
    return edits


def _apostrophe_edits(text: str, evidence: Evidence) -> list[tuple[int, int, str, str]]:
    # only "Xs" forms whose base is a proper noun here can pass; most paragraphs have none,
    # and the words are visited in Python only where one is
    toks = WORD_RE.findall(text)
    forms = evidence.possessive_forms
    if forms.isdisjoint(toks):
        return []
    hits = [i for i, token in enumerate(toks) if token in forms]
    rules = apostrophe_rules()
    openers = sentence_openers()
    apostrophe = evidence.apostrophe
    edits = []
    ms = list(WORD_RE.finditer(text))
    for i in hits:
        m, p, token = ms[i], ms[i - 1] if i else None, toks[i]
        if token.endswith("ss") or not is_capitalised(token):
            continue
        base = token[:-1]
        if token.lower() in evidence.lower or base.lower() in evidence.lower:
            continue  # a common word capitalised ("Times", "States", "Parents")
        if evidence.plurals.get(token):
            continue  # the document uses "Xs" as a plural somewhere
        if any(base.lower().endswith(suffix) for suffix in rules["plural_suffixes"]):
            continue  # "Americans", "Ukrainians", "Israelis", "Democrats"
        if plural_context(text, m, p, rules):
            continue
        # a possessive is followed by the thing possessed
        if text[m.end() : m.end() + 1] != " ":
            continue
        nxt = WORD_RE.match(text, m.end() + 1)
        if nxt is None or (nxt.group().islower() and nxt.group().endswith("ed")):
            continue  # "the Smiths visited"
        # inside a multi-word name ("United States", "Moscow Times") the base must
        # occur after the same word ("Vladimir Putin" for "Vladimir Putins")
        if p is not None and text[p.end() : m.start()] == " ":
            left = p.group()
            if (
                left[0].isupper()
                and left not in openers
                and not sentence_start(text, p.start())
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
    wrapped: bool = False,
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
        ``"said.\"Next"``, ``"peaceful.„Nobody"``).
    ``run_in_heading``
        a missing line break after a subheading that runs into its paragraph
        (``"Talks stalledThe minister said"``, ``'Shipping hit"We are'``).
    ``contraction``
        a contraction that lost its apostrophe (``"theyre"``), from
        ``resources/contractions.txt``.
    ``apostrophe``
        a possessive that lost its apostrophe (``"Kremlins willingness"``), only where
        the document gives evidence (see :func:`build_evidence`).
    ``line_break``
        with ``wrapped`` (the text is a hard-wrapped paragraph, lines of one block): each line
        break becomes a space, or nothing after a hyphen before a lower-case letter.

    When a later step changes text an earlier step already changed, the two become
    one repair with the later step's kind.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    language = (language or "en").lower()
    editor = Editor(text)
    if wrapped and "\n" in text:
        editor.apply(_line_break_edits(text))
    for _ in range(_MAX_ROUNDS):
        before = editor.text
        editor.apply(_entity_edits(editor.text))
        editor.apply(_unicode_edits(editor.text))
        editor.apply(_whitespace_edits(editor.text))
        editor.apply(_stray_space_edits(editor.text, language))
        editor.apply(_glued_edits(editor.text, language))
        editor.apply(_run_in_edits(editor.text))
        if language.startswith("en"):
            ev = evidence if evidence is not None else build_evidence([editor.text])
            editor.apply(_contraction_edits(editor.text, ev))
            editor.apply(_apostrophe_edits(editor.text, ev))
        if editor.text == before:
            break
    return editor.text, editor.repairs()
