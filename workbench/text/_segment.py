"""Sentences and run-in headings of a body paragraph, as character offsets.

Rules only, no model: sentence boundaries come from terminal punctuation, checked
against an abbreviation list (``resources/abbreviations.txt``), initials, numbers,
ellipses and quotation marks; run-in headings from a list of capitalised words
that open a sentence (``resources/segment_openers.txt``). After an abbreviation the
next word opens a sentence only when it is capitalised by its position alone: an
opener, a function word, a plural noun of people, or a word a reporting verb follows
(word lists the package keeps for stop words, speakers and cues).

Both functions are deterministic, linear in the length of the text (every check
looks at a bounded window) and do not raise on any string.
"""

from __future__ import annotations

import re
from functools import cache

from ._dates import MONTHS
from ._resources import read_resource
from ._stopwords import english as english_stop_words

__all__ = [
    "abbreviations",
    "reporting_forms",
    "sentence_openers",
    "sentence_spans",
    "sentences",
    "split_run_in_heading",
]

#: A run-in heading is a short phrase; 12 words covers news subheadings seen in
#: copies ("Rockets without Cheating", "\"2 on 1\" did not work out").
MAX_HEADING_WORDS = 12
#: The sentence after a run-in heading has at least this many words, so that a
#: two-word paragraph is never cut into a "heading" and a fragment.
MIN_REST_WORDS = 3
#: How far (in characters) a check looks back or ahead for the neighbouring
#: token; longer tokens are URLs or noise, and the bound keeps scanning linear.
TOKEN_WINDOW = 64

# Sentence-final punctuation. CJK full stops end a sentence without a following
# space; the others need whitespace after them.
_TERMINAL_RE = re.compile(r"[.!?\u2026\u203c\u2047\u2048\u2049\u061f\u0964\u3002\uff01\uff1f\uff61]+")
_CJK_TERMINALS = frozenset("\u3002\uff01\uff1f\uff61")
_EXCLAIM_QUESTION = frozenset("!?\u203c\u2047\u2048\u2049\u061f\uff01\uff1f")
_ELLIPSIS = "\u2026"
#: Closing quotes and brackets that stay with the sentence they close.
CLOSERS = frozenset("\"'\u201d\u2019\u00bb\u203a)]}\u300d\u300f\uff09\u3011")
#: Opening quotes, brackets and dashes that may precede a sentence's first word.
OPENERS = frozenset("\"'\u201c\u2018\u201e\u00ab\u2039([{\u300c\u300e\uff08\u3010\u2014\u2013-\u00bf\u00a1")
_LETTER_DOTS_RE = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_CAMEL_RE = re.compile(r"[a-z][A-Z]")  # "iPhone", "eBay" open a sentence too
_NUMBER_RE = re.compile(r"\d+|[ivxlcdmIVXLCDM]+")
_HEADING_PUNCT_RE = re.compile(r"[.!?:;,\u2026\u2014\u2013\u3002]")
#: A word as the abbreviation rules read it: letters with inner hyphens, so "All-Star"
#: stays whole while "It's" and "Analysts'" give "It" and "Analysts".
_BARE_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def abbreviations(language: str = "en") -> dict[str, str]:
    """Lower-case abbreviation (with its period) -> class (``title``, ``number``
    or ``other``; see the resource file).

    The ``[all]`` section plus the section of ``language``; a language without a
    section of its own gets every section (scripts rarely collide)."""
    sections = read_resource("abbreviations.txt")
    lang = (language or "").lower().split("-")[0]
    names = ["all", lang] if lang in sections else [s for s in sections if s]
    table: dict[str, str] = {}
    for name in names:
        for fields in sections.get(name, []):
            table[fields[0].lower()] = fields[1] if len(fields) > 1 else "other"
    return table


@cache
def sentence_openers() -> frozenset[str]:
    """Capitalised words that clearly open a sentence ("The", "However", "Meanwhile")."""
    sections = read_resource("segment_openers.txt")
    return frozenset(fields[0] for rows in sections.values() for fields in rows)


@cache
def _function_words() -> frozenset[str]:
    """Lower-case words that are capitalised only where they open a sentence: scikit-learn's
    English stop words less the content words ``stopwords_news.txt`` keeps ("fire", "bill"),
    month names ("May") and abbreviations ("Co", "Ltd")."""
    keep = {row[0].lower() for row in read_resource("stopwords_news.txt").get("keep", [])}
    months = {m.lower() for m in MONTHS}
    abbrevs = {a.rstrip(".") for a in abbreviations("en")}
    return frozenset(english_stop_words() - keep - months - abbrevs)


@cache
def _people_plurals() -> frozenset[str]:
    """Plural nouns of people that open a sentence bare ("Analysts said", "Residents fled"):
    the speaker nouns of ``quote_speakers.txt`` and ``source_heads.txt`` in -s, less the
    plurals of titles, which are capitalised as titles ("U.S. Attorneys", "U.S. Marshals")."""
    nouns = {
        w.lower()
        for name in ("quote_speakers.txt", "source_heads.txt")
        for row in read_resource(name).get("descriptor", [])
        for w in row
        if not w.isdigit()
    }
    titles = {
        row[0].lower().rstrip(".")
        for row in read_resource("gazetteer_words.tsv").get("", [])
        if len(row) > 1 and row[1] == "title"
    }
    title_plurals = {t + "s" for t in titles} | {t + "es" for t in titles}
    return frozenset(w for w in nouns if w.endswith("s") and not w.endswith("ss") and w not in title_plurals)


@cache
def _reporting_forms() -> frozenset[str]:
    """Every form of the reporting verbs of ``reporting_verbs.txt`` ("said", "told", "say")."""
    forms: set[str] = set()
    sections = read_resource("reporting_verbs.txt")
    for name in ("speech", "that", "belief"):
        for row in sections.get(name, []):
            forms.update(w for w in row if not w.isdigit() and not w.startswith("("))
    return frozenset(forms)


def reporting_forms() -> frozenset[str]:
    """Every form of the package's reporting verbs ("said", "told", "believes")."""
    return _reporting_forms()


@cache
def _heading_stops() -> frozenset[str]:
    sections = read_resource("segment_heading_stops.txt")
    return frozenset(fields[0].lower() for rows in sections.values() for fields in rows)


def _strip_openers(token: str) -> str:
    i = 0
    while i < len(token) and token[i] in OPENERS:
        i += 1
    return token[i:]


def _strip_closers(token: str) -> str:
    j = len(token)
    while j > 0 and (token[j - 1] in CLOSERS or token[j - 1] in ",;:"):
        j -= 1
    return token[:j]


def _next_token(text: str, k: int) -> str:
    """The whitespace-delimited token starting at ``k`` (bounded)."""
    end = k
    limit = min(len(text), k + TOKEN_WINDOW)
    while end < limit and not text[end].isspace():
        end += 1
    return text[k:end]


def _previous_token(text: str, end: int) -> tuple[str, int]:
    """The whitespace-delimited token ending at ``end`` (bounded), and its start."""
    start = end
    limit = max(0, end - TOKEN_WINDOW)
    while start > limit and not text[start - 1].isspace():
        start -= 1
    return text[start:end], start


def _first_alnum(token: str) -> str:
    for ch in token:
        if ch.isalnum():
            return ch
        if ch not in OPENERS:
            return ""
    return ""


def _opens_sentence(ch: str) -> bool:
    """A capital, a digit, or a letter of a script without case (Arabic, CJK ...)."""
    if not ch:
        return False
    if ch.isdigit() or ch.isupper():
        return True
    return ch.isalpha() and not ch.islower()


def _is_opener_word(token: str) -> bool:
    word = _strip_closers(_strip_openers(token))
    return word in sentence_openers()


def _bare_word(token: str) -> str:
    m = _BARE_WORD_RE.match(_strip_openers(token))
    return m.group() if m else ""


def _opens_after_abbreviation(
    text: str, k: int, next_token: str, abbrevs: dict[str, str], ends_name: bool
) -> bool:
    """Whether ``next_token`` (at ``k``), after an abbreviation's period, is capitalised only
    because it opens a sentence. ``ends_name``: the abbreviation cannot be followed by more of
    a name (a legal form, "Jr.", a lower-case "a.m."), so a name a reporting verb follows opens
    one too ("... Norvell Corp. Ramos said", "... at 2 a.m. Police said")."""
    word = _bare_word(next_token)
    if not word or word.lower() + "." in abbrevs:
        return False  # "Co. Ltd.", "Inc. Jan. 5": the abbreviation goes on
    rest = k + len(next_token)
    limit = min(len(text), rest + TOKEN_WINDOW)
    while rest < limit and text[rest].isspace():
        rest += 1
    after = _next_token(text, rest) if rest < limit else ""
    follower = _first_alnum(after)
    lower = word.lower()
    title_case = word[:1].isupper() and (len(word) == 1 or word[1:].islower())
    # "A witness", "All rights", "I think"; not "Will Smith", "Mine Safety", "All 50 states"
    if title_case and lower in _function_words() and follower.islower():
        return True
    # "Analysts said", "Investors have"; not "U.S. Citizens Bank"
    if title_case and lower in _people_plurals() and follower.islower():
        return True
    return ends_name and _bare_word(after).lower() in _reporting_forms() and after[:1].islower()


def _ends_name(text: str, start: int, word: str, cls: str | None) -> bool:
    """Whether the abbreviation ``word`` (at ``start``) closes a name or a time, so that no more
    of it can follow: a legal form or "Jr." after a capitalised word ("Norvell Corp.", "Ames,
    Inc."), a lower-case letter-dot sequence after a number ("2 a.m."); not "tester, Jr. Damato"."""
    if cls != "suffix" and not (cls is None and word.islower()):
        return False
    end = start
    while end > 0 and end > start - TOKEN_WINDOW and text[end - 1].isspace():
        end -= 1
    before = _strip_closers(_previous_token(text, end)[0])
    if cls == "suffix":
        return _first_alnum(before).isupper() or before[-1:].isdigit()
    return before[-1:].isdigit()


def _period_ends_sentence(
    text: str, dot: int, k: int, next_token: str, abbrevs: dict[str, str], text_start: int
) -> bool:
    """Decide a single ``.`` at ``dot`` followed by whitespace and ``next_token`` at ``k``."""
    first = _first_alnum(next_token)
    if not _opens_sentence(first) and not _CAMEL_RE.match(_strip_openers(next_token)):
        return False
    if dot > 0 and text[dot - 1] in CLOSERS:
        return True  # "(track 2). The", "\"humanitarian issues\". In"
    token, start = _previous_token(text, dot)
    word = _strip_openers(token)
    if not word:
        return True
    cls = abbrevs.get(word.lower() + ".")
    if cls == "number":
        return not first.isdigit()
    if cls == "title":
        return False
    if cls is not None or _LETTER_DOTS_RE.fullmatch(word):
        # "Apple Inc. The company", "in the U.S. He said", "2 a.m. A witness" split;
        # "U.S. Senate", "2 a.m. Eastern time" do not
        ends_name = _ends_name(text, start, word, cls)
        return _is_opener_word(next_token) or _opens_after_abbreviation(
            text, k, next_token, abbrevs, ends_name
        )
    if len(word) == 1 and word.isalpha():
        # an initial ("Joseph R. Biden", "J. K. Rowling"), unless a clear opener follows
        return _is_opener_word(next_token)
    if _NUMBER_RE.fullmatch(word) and start == text_start:
        return False  # "1. Introduction" at the start of a paragraph: an enumeration
    return True


def _boundaries(text: str, abbrevs: dict[str, str]) -> list[int]:
    n = len(text)
    text_start = len(text) - len(text.lstrip())
    cuts: list[int] = []
    for m in _TERMINAL_RE.finditer(text):
        run = m.group()
        j = m.end()
        while j < n and text[j] in CLOSERS:
            j += 1
        if run[-1] in _CJK_TERMINALS:
            cuts.append(j)
            continue
        if j >= n or not text[j].isspace():
            continue  # "1.5", "U.S.", "example.com", glued text: not a boundary here
        k = j
        while k < n and text[k].isspace():
            k += 1
        if k >= n:
            continue
        next_token = _next_token(text, k)
        first = _first_alnum(next_token)
        if any(ch in _EXCLAIM_QUESTION for ch in run):
            ok = _opens_sentence(first)
        elif len(run) > 1 or _ELLIPSIS in run:
            ok = first.isupper()  # "... The" yes, "... and then" no
        else:
            ok = _period_ends_sentence(text, m.start(), k, next_token, abbrevs, text_start)
        if ok:
            cuts.append(j)
    for m in re.finditer(r"\n", text):
        k = m.end()
        while k < n and text[k].isspace() and text[k] != "\n":
            k += 1
        if k >= n or text[k] == "\n" or not text[k].islower():
            cuts.append(m.start())
    cuts.sort()
    return cuts


def sentence_spans(text: str, *, language: str = "en") -> list[tuple[int, int]]:
    """Sentences of ``text`` as ``(start, end)`` offsets, in order.

    ``text[start:end]`` is one sentence without surrounding whitespace; together
    the spans cover every non-whitespace character of ``text``. A line break ends
    a sentence unless the next line starts in lower case."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    abbrevs = abbreviations(language)
    spans: list[tuple[int, int]] = []
    prev = 0
    for cut in [*_boundaries(text, abbrevs), len(text)]:
        if cut < prev:
            continue
        a, b = prev, cut
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
        prev = cut
    return spans


def sentences(text: str, *, language: str = "en") -> list[str]:
    """The sentences of ``text`` as strings (see :func:`sentence_spans`)."""
    return [text[s:e] for s, e in sentence_spans(text, language=language)]


def split_run_in_heading(paragraph: str) -> tuple[str | None, str, int]:
    """Split a subheading that runs into its paragraph.

    Copies of web pages often lose the line break after a subheading:
    ``"Rockets without Cheating As for the specific topics ..."``. Returns
    ``(heading, rest, offset)`` where ``rest == paragraph[offset:]``; when there is
    no run-in heading, ``(None, paragraph, 0)``.

    A heading is 1 to ``MAX_HEADING_WORDS`` words at the start of the paragraph,
    beginning with a capital, a digit or a quote, containing no sentence or clause
    punctuation, not ending in a word that needs a continuation (``of``, ``the``,
    ``said`` ...), and followed directly by a capitalised sentence opener from
    ``segment_openers.txt`` that is itself followed by a comma, a lower-case word
    or a number
    (so names such as "The Moscow Times" are not openers). The rest must have at
    least ``MIN_REST_WORDS`` words and end with terminal punctuation.
    """
    none: tuple[str | None, str, int] = (None, paragraph, 0)
    tokens = [m.span() for m in re.finditer(r"\S+", paragraph[: 40 * (MAX_HEADING_WORDS + 4)])]
    if len(tokens) < 1 + MIN_REST_WORDS:
        return none
    first = _first_alnum(paragraph[tokens[0][0] : tokens[0][1]])
    if not (first.isupper() or first.isdigit()):
        return none
    tail = paragraph.rstrip()
    if not tail:
        return none
    end = len(tail)
    while end > 0 and tail[end - 1] in CLOSERS:
        end -= 1
    if end == 0 or not _TERMINAL_RE.fullmatch(tail[end - 1]):
        return none
    openers = sentence_openers()
    stops = _heading_stops()
    for i in range(1, min(len(tokens) - MIN_REST_WORDS + 1, MAX_HEADING_WORDS + 1)):
        prev = paragraph[tokens[i - 1][0] : tokens[i - 1][1]]
        if _HEADING_PUNCT_RE.search(prev):
            break
        token = paragraph[tokens[i][0] : tokens[i][1]]
        word = token[:-1] if token.endswith(",") else token
        if word not in openers:
            continue
        if not token.endswith(","):
            after = paragraph[tokens[i + 1][0] : tokens[i + 1][1]]
            if not (after[:1].islower() or after[:1].isdigit()):
                continue
        last = _strip_closers(_strip_openers(prev)).lower()
        if last in stops:
            continue
        offset = tokens[i][0]
        heading = paragraph[tokens[0][0] : tokens[i - 1][1]]
        return heading, paragraph[offset:], offset
    return none
