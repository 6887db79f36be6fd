"""Per-line signals for :mod:`workbench.layout`: shape, punctuation, script, cues.

Every function here looks at one line (or the line counts of the file) and is
language-agnostic: lengths are measured in "Latin-equivalent" characters so a
Japanese or Korean line weighs like its English translation, sentence ends are
recognised in several scripts, and cue words come from the readable resource
file ``resources/layout_cues.txt`` (several languages, no site names). No stop-word lists: punctuation and length carry the
prose signal in every language seen.
All regular expressions are linear (no nested quantifiers) and long lines are
truncated before the costlier checks, so a 2 MB line costs a few milliseconds.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..text import alternation, resource_lines

CUES_FILE = "layout_cues.txt"
#: Prefix of the cue kinds that match a word anywhere in a line (see the cue file).
WORD_KIND = "word:"

#: Characters of a line examined by the costlier checks (script, dates, words).
#: A line longer than this is prose or junk either way; 2,000 characters is
#: ten times a typical paragraph line.
SCAN_CHARS = 2000
#: A line longer than this is never page furniture: cue words, counters, dates
#: and bylines are all short (the longest seen cue-led lines are ~60 chars).
CUE_MAX_CHARS = 80
#: Characters before a cue phrase that do not count (bullets, separators, quote marks).
CUE_STRIP = " •·|*-–—>["
#: Slack after a cue phrase: "Subscribe to our newsletter today" is a cue line,
#: "Subscribe ... <long sentence>" is not.
CUE_SLACK_CHARS = 40
#: Weight of one CJK / kana / Hangul character in Latin characters: a Chinese or
#: Japanese character carries roughly a word (~2-3 Latin letters with its space).
WIDE_CHAR_WEIGHT = 2.5

#: Sentence-final marks of Latin, Cyrillic, CJK, Arabic/Urdu and Devanagari text; a colon
#: ends a line that introduces a list or a quote.
SENTENCE_END = ".!?…。！？．:：؟۔।"
#: Closing quotes and brackets after a sentence's end; "“" and "‘" close a quote in German
#: and Czech („…“, ‚…‘) and never end an English line.
CLOSERS = "\"'”’»)]」』›“‘"
WORD_RE = re.compile(r"\w+")
#: bytes.translate table: an ASCII word character (``\w``) to "a", any other byte to a space, so
#: the words of an ASCII line are counted by a split instead of a regex scan.
ASCII_WORD_TABLE = bytes(0x61 if re.match(r"\w", chr(b)) else 0x20 for b in range(128)) + b" " * 128
ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
WIDE_RE = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
#: "end. Next" inside a line: sentence boundary (also "end.Next" run together).
INNER_SENTENCE_RE = re.compile(r"[.!?。！？؟।][\"'”’»)]?(?:\s+|(?=[A-ZА-ЯЁ]))\S")
SCRIPTS = (
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("cjk", WIDE_RE),
    ("arabic", re.compile(r"[\u0600-\u06ff]")),
    ("devanagari", re.compile(r"[\u0900-\u097f]")),
    ("greek", re.compile(r"[\u0370-\u03ff]")),
    ("hebrew", re.compile(r"[\u0590-\u05ff]")),
    ("latin", re.compile(r"[A-Za-z\u00c0-\u024f]")),
)
#: a letter of one of SCRIPTS outside ASCII
OTHER_SCRIPT_RE = re.compile("[" + "".join(rx.pattern[1:-1] for _, rx in SCRIPTS).replace("A-Za-z", "") + "]")
COUNTER_RE = re.compile(r"^[\s•·|*\-–—]*[+\-]?\d[\d\s.,:/]*[KkMm]?\s*$")
TIME_RE = re.compile(r"\b\d{1,2}:\d{2}\b")
NUM_DATE_RE = re.compile(r"\b(?:\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{4}[./\-]\d{1,2}[./\-]\d{1,2})\b")
MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december|janeiro|fevereiro|março|abril|maio|junho|"
    "julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|"
    "septiembre|octubre|noviembre|diciembre|januari|februari|maret|mei|juni|juli|agustus|"
    "oktober|desember|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    "ноября|декабря"
)
MONTH_DATE_RE = re.compile(rf"(?i)\b(?:{MONTHS})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{MONTHS})\b")
CJK_DATE_RE = re.compile(r"\d{2,4}\s*[年년]\s*\d{1,2}\s*[月월]|\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]")
RELATIVE_WORDS = ("updated", "published", "posted", "atualizado", "publicado", "обновлено", "опубликовано")
RELATIVE_TIME_RE = re.compile(
    r"(?i)\b\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?)\s+ago\b"
    r"|\b(?:" + "|".join(RELATIVE_WORDS) + r")\b"
)
#: Letters (either case) one of which every word of RELATIVE_WORDS contains: a line with no digit
#: and none of them cannot match RELATIVE_TIME_RE, and most lines skip the case-blind scan.
RELATIVE_HINTS = "dDбБ"
BYLINE_WORDS = (
    "by",
    "por",
    "par",
    "von",
    "oleh",
    "автор",
    "текст",
    "reporting by",
    "written by",
    "words by",
    "additional reporting by",
)
BYLINE_RE = re.compile(r"^\(?(?:" + "|".join(BYLINE_WORDS) + r")(?:[:\s]+\S|:?$)", re.IGNORECASE)
#: "Image source: ...", "Credit: ...", "(AP Photo/...)", "Photo: Getty Images": the alternatives
#: of CAPTION_RE, each with substrings one of which its every match contains (casefolded), so a
#: line is searched only for the shapes its words allow (one alternation at every position of
#: every line was a tenth of the layout stage's time).
CAPTION_PARTS = (
    (
        ("image", "photo", "picture", "foto", "imagem", "фото", "изображ"),
        r"(?:image|photo|picture|foto|imagem|фото|изображение)\s*"
        r"(?:source|credit|credits|by|courtesy|fonte|crédito|источник)\s*[:.…]",
    ),
    (
        ("credit", "courtesy", "source", "fonte", "crédito", "источник"),
        r"(?:^|[\s(\[.…|])(?:credits?|courtesy|source|fonte|crédito|источник)\s*(?::|\.\.\.|…)",
    ),
    (
        ("photo", "foto", "image", "imagem", "фото", "写真", "사진"),
        r"(?:^|[\s(\[])(?:photo|foto|image|imagem|фото|写真|사진)\s*[:/]",
    ),
    (
        ("(",),
        r"\((?:[^()]{0,80}/)?\s*(?:AP|AFP|Reuters|Getty|EPA|Shutterstock|iStock|ТАСС|РИА)\b[^()]{0,60}\)\s*$",
    ),
    (("getty", "shutterstock", "istock"), r"\b(?:getty images|shutterstock|istock)\b"),
    (
        ("image", "photo", "picture", "slide", "foto", "imagem", "фото"),
        r"^(?:image|photo|picture|slide|foto|imagem|фото)\s*\d+\s*(?:of|/|de|из)\s*\d+\s*$",
    ),
    (("©",), r"^©\s*\D{1,40}$"),  # "© AFP / Pool": a photo credit, no year
)
CAPTION_RE = re.compile("(?i)" + "|".join(pattern for _, pattern in CAPTION_PARTS))
DIGIT_RE = re.compile(r"\d")
#: Substrings one of which every CAPTION_RE match contains (a fast pre-check).
CAPTION_HINTS = tuple(dict.fromkeys(hint for hints, _ in CAPTION_PARTS for hint in hints))
#: A caption longer than this is a paragraph that mentions a photo.
CAPTION_MAX_CHARS = 320
NAME_WORD = r"[A-ZÀ-ÞА-ЯЁ][\w'’.\-]*+"
#: 2-4 capitalised words; ``\s`` is the whitespace ``str.split`` splits on. Possessive: no
#: white space is a word character, no capital is white space, so nothing given back could
#: match (a headline of five capitalised words was walked back character by character).
NAME_RE = re.compile(rf"{NAME_WORD}(?:\s++{NAME_WORD}){{1,3}}")


class LineInfo(NamedTuple):
    """What the layout rules need to know about one non-blank line."""

    number: int  # 1-based line number in the file
    text: str  # the stripped line (truncated to SCAN_CHARS for checks)
    weight: float  # length in Latin-equivalent characters
    n_words: int
    sentence_end: bool  # ends like a sentence (after closing quotes/brackets)
    inner_sentence: bool  # has a sentence boundary inside
    script: str
    cue: str | None  # kind named by a cue phrase, or None
    counter: bool  # only a number ("1111", "4 955", "25.09 11:51")
    dated: bool  # carries a date or a time
    caption: bool  # credit / image-source shape
    byline: bool  # "By X" shape
    repeats: int  # how many times the same stripped line occurs in the file
    word_cue: str | None  # kind named by a "word:" cue anywhere in a short line, or None


@lru_cache(maxsize=1)
def load_cues(name: str = CUES_FILE) -> tuple[tuple[str, str], ...]:
    """The (phrase, kind) cue list, longest phrase first so "related tags" beats "related"."""
    cues = []
    for raw in resource_lines(name, strip=False):
        if "\t" not in raw:
            continue
        kind, phrase = raw.split("\t", 1)
        cues.append((phrase.strip().casefold(), kind.strip()))
    return tuple(sorted(cues, key=lambda c: -len(c[0])))


@lru_cache(maxsize=1)
def cue_matcher() -> tuple[re.Pattern, dict[str, str]]:
    """One anchored alternation of all line-opening cue phrases (longest first) and phrase -> kind."""
    cues = [(p, k) for p, k in load_cues() if not k.startswith(WORD_KIND)]
    pattern = re.compile(alternation(phrase for phrase, _ in cues))
    return pattern, dict(cues)


@lru_cache(maxsize=1)
def word_matcher() -> tuple[re.Pattern, dict[str, str]]:
    """Whole-word alternation of the "word:<kind>" cues and word -> kind."""
    cues = [(p, k[len(WORD_KIND) :]) for p, k in load_cues() if k.startswith(WORD_KIND)]
    pattern = re.compile(r"\b" + alternation(p for p, _ in cues) + r"\b")
    return pattern, dict(cues)


@lru_cache(maxsize=1)
def word_gates() -> tuple[str, ...]:
    """The "word:" cues that hold no other one: every line a word cue matches holds one of
    them as a substring (a substring search costs a fraction of a regex scan)."""
    words = list(word_matcher()[1])
    return tuple(w for w in words if not any(v != w and v in w for v in words))


def cue_word_kind(text: str) -> str | None:
    """Kind named by a "word:" cue anywhere in a short line ("... copyright holder"), or None
    (each line's is LineInfo.word_cue)."""
    if len(text) > CUE_MAX_CHARS:
        return None
    pattern, kinds = word_matcher()
    found = pattern.search(text.casefold())
    return kinds[found.group()] if found else None


def cue_kind(text: str) -> str | None:
    """Kind named by a cue phrase that starts a short line, or None."""
    if len(text) > CUE_MAX_CHARS:
        return None
    low = text.lstrip(CUE_STRIP).casefold()
    pattern, kinds = cue_matcher()
    found = pattern.match(low)
    if found:
        phrase = found.group()
        rest = low[len(phrase) :]
        if rest and rest[0].isalpha() and phrase[-1].isalpha() and not WIDE_RE.match(phrase[-1]):
            pass  # "homes" is not "home" (CJK has no spaces to check)
        elif rest.startswith(":") and kinds[phrase] == "related":
            return "teaser"  # "Related: <headline>" links out and the text goes on
        elif len(rest) > CUE_SLACK_CHARS:
            pass  # a cue word opening a longer text
        elif kinds[phrase] != "footer" and ends_sentence(rest) and len(rest.split()) > 3:
            pass  # a sentence that happens to start with a cue word
        else:
            return kinds[phrase]
    if "©" in text or "all rights reserved" in low:
        return "footer"
    return None


def ends_sentence(text: str) -> bool:
    """True when the line ends with sentence punctuation (closing quotes skipped)."""
    end = text.rstrip().rstrip(CLOSERS).rstrip()
    return bool(end) and end[-1] in SENTENCE_END


def weight(text: str) -> float:
    """Length in Latin-equivalent characters (CJK counts WIDE_CHAR_WEIGHT each)."""
    if text.isascii():
        return float(len(text))
    wide = len(WIDE_RE.findall(text[:SCAN_CHARS]))
    scale = len(text) / min(len(text), SCAN_CHARS) if text else 1.0
    return len(text) + (WIDE_CHAR_WEIGHT - 1) * wide * scale


def script_of(text: str) -> str:
    """The dominant writing system of the line ("latin", "cyrillic", "cjk", ... or "none")."""
    if text.isascii():
        return "latin" if ASCII_LETTER_RE.search(text) else "none"
    sample = text[:SCAN_CHARS]
    if not OTHER_SCRIPT_RE.search(sample):  # non-ASCII only in punctuation (curly quotes, dashes)
        return "latin" if ASCII_LETTER_RE.search(sample) else "none"
    best, best_n = "none", 0
    for name, rx in SCRIPTS:
        n = len(rx.findall(sample))
        if n > best_n:
            best, best_n = name, n
    return best


def is_dated(text: str) -> bool:
    """A date or clock time in the line ("Nov 19, 2019", "25.09 11:51", "2019年11月")."""
    if not DIGIT_RE.search(text):  # cheap first: most lines have no digit
        return any(h in text for h in RELATIVE_HINTS) and bool(RELATIVE_TIME_RE.search(text))
    return bool(
        TIME_RE.search(text)
        or NUM_DATE_RE.search(text)
        or MONTH_DATE_RE.search(text)
        or CJK_DATE_RE.search(text)
        or RELATIVE_TIME_RE.search(text)
    )


def is_caption(text: str) -> bool:
    """Credit / image-source shape, for lines up to CAPTION_MAX_CHARS."""
    if len(text) > CAPTION_MAX_CHARS:
        return False
    low = text.casefold()
    if not any(hint in low for hint in CAPTION_HINTS):  # substring scans beat one alternation
        return False  # cheap first: no hint, no caption
    return bool(CAPTION_RE.search(text))


def looks_like_name(text: str) -> bool:
    """2-4 capitalised words, optionally followed by ", role": "Jane Doe, Reuters"."""
    return NAME_RE.fullmatch(text.split(",", 1)[0].strip()) is not None


def line_words(text: str) -> int:
    """Runs of word characters, plus half the CJK/kana/Hangul characters (about a word each two)."""
    if text.isascii():
        return len(text.encode("ascii").translate(ASCII_WORD_TABLE).split())
    return len(WORD_RE.findall(text)) + len(WIDE_RE.findall(text)) // 2


def line_info(number: int, line: str, repeats: int) -> LineInfo:
    """Compute the signals of one non-blank line (the reference for
    :func:`workbench.layout._line_pass.line_infos`, which computes them for a page at once)."""
    text = line.strip()
    sample = text[:SCAN_CHARS]
    short = len(text) <= CUE_MAX_CHARS
    return LineInfo(
        number=number,
        text=sample,
        weight=weight(text),
        n_words=line_words(sample),
        sentence_end=ends_sentence(sample if len(text) <= SCAN_CHARS else text[-50:]),
        inner_sentence=bool(INNER_SENTENCE_RE.search(sample)),
        script=script_of(text),
        cue=cue_kind(text) if short else None,
        counter=short and bool(COUNTER_RE.match(text)),
        dated=short and is_dated(text),
        caption=is_caption(text),
        byline=(short or (text.startswith("(") and len(text) <= CAPTION_MAX_CHARS))
        and bool(BYLINE_RE.match(text)),
        repeats=repeats,
        word_cue=cue_word_kind(text) if short else None,
    )
