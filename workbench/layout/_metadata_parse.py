"""What one line of a text copy says: the writer's name in a byline, the day in a dateline,
the headline in a "Home > News > Headline" or "Headline | Site" line.

Pure functions of a line's text (cached: a line is read by the candidates and again by the
pick); :mod:`workbench.layout._metadata_lines` decides which line is which.
"""

from __future__ import annotations

import re
from functools import lru_cache

# the dateline reader lives in _metadata_dates; its names are imported from here by the line
# readers as before. SCAN: the costlier checks look at a line's first characters only
from ._metadata_dates import DATES, MONTH, SCAN, YEAR, find_date  # noqa: F401

#: "4 min read", "Listen to this article", "1,203 views", "12 comments", "Share": a counter or
#: a reading aid, never a headline or a name.
READING_AID = re.compile(
    r"(?i)\b(?:\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s*(?:read|listen|de leitura|de lectura|lesezeit)|"
    r"listen to (?:this )?(?:article|story)|reading time|read time|"
    r"[\d.,]+\s*[km]?\s*(?:views|shares|comments|likes|reads)|print this|share (?:this|on))\b"
)
COUNTER = re.compile(r"^[\W\d_]*$")


def is_counter(text: str) -> bool:
    """``COUNTER.match(text) is not None`` without the regex for a line opening with a letter
    (a letter is a word character and no digit: most lines, each regex call ~1 us)."""
    return not text[:1].isalpha() and COUNTER.match(text) is not None


#: Byline openers in several languages; "Posted by", "Written by", "Author:", "Contributors:".
BY = re.compile(
    r"(?i)^\W{0,3}(?:(?:posted|written|reported|published|contributed|story|words|text)\s+by|"
    r"by|por|par|von|di|door|av|oleh|af|przez|автор|текст|author|authors|auteur|autor|autora|"
    r"contributors?)\b[:\s]*"
)
#: The first two letters (lower-cased) of every ASCII BY opener, and what ``\W`` is in ASCII.
BY_STARTS = frozenset("po wr re pu co st wo te by pa vo di do av ol af pr au".split())
ASCII_NON_WORD = "".join(c for c in map(chr, range(128)) if not re.match(r"\w", c))


def by_match(text: str) -> re.Match | None:
    """``BY.match(text)``, the regex only where an opener may be: on an ASCII line, the one
    after its (at most three) leading non-word characters starts with two letters of
    BY_STARTS (the regex's case-blind alternation costs ~1 us a line, on every line)."""
    if text.isascii():
        head = text[:8]
        rest = head.lstrip(ASCII_NON_WORD)
        if len(head) - len(rest) > 3 or rest[:2].lower() not in BY_STARTS:
            return None
    return BY.match(text)


#: Words that say a line names a writer by role: "Jane Doe | Staff writer", "Jane Doe, Reporter".
ROLE = re.compile(
    r"(?i)\b(?:staff\s+writer|writer|reporter|correspondent|editor|contributors?|columnists?|journalist|"
    r"author|redakt\w*|redac\w*|periodista|jornalista|journaliste|analyst|producer|"
    r"contributing|senior|chief|freelance)\b"
)
#: Every ROLE word holds one of these, case aside (see :func:`has_role`).
ROLE_STEMS = (
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "contribut",
    "columnist",
    "journalist",
    "author",
    "redac",
    "redak",
    "periodista",
    "jornalista",
    "analyst",
    "producer",
    "senior",
    "chief",
    "freelance",
)


def has_role(text: str) -> bool:
    """``ROLE.search(text) is not None``, the regex only where a ROLE_STEMS word is (its
    case-blind alternation tries every position: ~5 us a line). Only on ASCII text is the gate
    exact: elsewhere case folding ("ſ", "K") may match what ``lower()`` does not."""
    if text.isascii():
        low = text.lower()
        for stem in ROLE_STEMS:
            if stem in low:
                break
        else:
            return False
    return ROLE.search(text) is not None


NAME_WORD = re.compile(r"^[A-ZÀ-ÞА-ЯЁ][\w'’.\-]*$")
#: The letters NAME_WORD starts with: a word starting otherwise is no name's, without the regex.
#: A word of letters alone (``str.isalpha``; every letter is a word character) that starts with
#: one matches NAME_WORD whole: the regex is asked only about the others.
NAME_INITIALS = frozenset(c for c in map(chr, range(0x500)) if re.match("[A-ZÀ-ÞА-ЯЁ]", c))
NAME_LINK = frozenset("de da do dos das van von der den al bin la le del di du y e and & und et".split())

#: Words glued to a name in copies that lost the spacing between elements
#: ("By Jane DoePublished: Jan 29", "Jane DoeMar 5, 2025"): a boundary goes before them.
GLUE_WORDS = (
    "Published|Updated|Posted|Last|Modified|Reviewed|Fact|Follow|Read|Share|In|On|"
    "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|"
    "June|July|August|September|October|November|December"
)
GLUE = re.compile(rf"(?<=[a-zà-ÿ.])(?=(?:{GLUE_WORDS})\b)|(?<=[a-zà-ÿ])(?=\d)")
#: What every GLUE boundary has around it (a glue word's first letter after a lower-case letter
#: or a dot, or a digit after a letter): a line without it is not searched for the words.
#: Written as ``[a-zà-ÿ.][<first letters>]|[a-zà-ÿ]\d`` led by the second character, looking
#: back at the first: the regex engine skips to the capitals and digits instead of trying
#: every letter (a third of the time).
GLUE_FIRST = "".join(sorted({w[0] for w in GLUE_WORDS.split("|")}))
GLUE_GATE = re.compile(rf"[{GLUE_FIRST}\d](?<=[a-zà-ÿ.][{GLUE_FIRST}]|[a-zà-ÿ]\d)")
#: "... by Jane Doe" anywhere in a line ("October 11, 2023 by Jane Doe", "ByJane Doe").
#: Written as ``(?:^|(?<=[\s\d|:,(]))(?:[Bb]y|BY|[Pp]or|...)\s*(?=[A-Z...])``, the same matches:
#: each opener a literal first, then a look back at the character before it, so that the regex
#: engine skips to the openers' first letters instead of trying every position.
BY_INSIDE_OPENERS = (
    "By",
    "by",
    "BY",
    "Por",
    "por",
    "Par",
    "par",
    "Von",
    "von",
    "Author:",
    "author:",
    "Autor:",
    "autor:",
)
BY_INSIDE = re.compile(
    "(?:" + "|".join(rf"{w}(?<![^\s\d|:,(]{w})" for w in BY_INSIDE_OPENERS) + r")\s*(?=[A-ZÀ-ÞА-ЯЁ])"
)
#: Where a name ends: a separator, a date, a link or an address.
#: Written as ``\s+[|•·⋅∙/]\s*|\s*[|•·⋅∙]|\s+[-–—]\s+|[–—]|\s+(?:on|in|...)\s+|\d|[\[(@<]|https?:|
#: \s+(?:updated|...)\b|\s+(?:GLUE_WORDS)\.?\s+\d``, the same matches with the white space
#: branches under one ``\s+`` (none of what follows it starts with white space, so only its
#: longest run can match, and the branches keep their order) and the one-character ones in one
#: class: three tries a position instead of ten (the search was ~30% of byline_name).
NAME_END = re.compile(
    r"\s+(?:[|•·⋅∙/]\s*|[-–—]\s+|(?:on|in|at|el|le|am|il)\s+|(?:updated|published|posted|last)\b"
    rf"|(?:{GLUE_WORDS})\.?\s+\d)"
    r"|[|•·⋅∙–—\d\[(@<]|https?:",
    re.I,
)
#: NAME_END without its "month, then a number" branch: the same matches where no digit is (that
#: branch needs one), tried on such lines (it tried ~45 glue words at every white space).
NAME_END_UNDATED = re.compile(
    r"\s+(?:[|•·⋅∙/]\s*|[-–—]\s+|(?:on|in|at|el|le|am|il)\s+|(?:updated|published|posted|last)\b)"
    r"|[|•·⋅∙–—\[(@<]|https?:",
    re.I,
)
#: Where a role after a name ends: the next separator ("Jane Doe ⋅ Editor ⋅ Updated ...").
ROLE_END = re.compile(r"[|•·⋅∙]")
#: A name and what ends it are looked for in this many first characters (of the line after
#: its "By"): a longer first part is never a name.
NAME_SCAN = 160
#: Post-nominal letters that belong with a name ("MS, RD", "Ph.D.", "MD"): short capitals.
POSTNOMINAL = re.compile(r"^[A-Z][A-Za-z.\-®]{0,7}$")
NAME_JOIN = frozenset(("and", "&", "und", "et", "y", "e", "og", "en", "i"))


@lru_cache(maxsize=1)
def given_names() -> frozenset:
    """Common given names (the lists the quote extractor uses, resources/quote_speakers.txt; not
    its wire-copy additions, which the metadata model was not trained with)."""
    from ..text import read_resource

    res = read_resource("quote_speakers.txt")
    return frozenset(w for sec in ("female_name", "male_name") for row in res[sec] for w in row)


@lru_cache(maxsize=4096)  # one line is read by the candidates and again by the pick
def byline_name(text: str) -> tuple[str | None, str | None]:
    """``(name, role)`` a byline line shows: "By Jane Doe | Staff writer" -> ("Jane Doe",
    "Staff writer"); "Posted by Jane Doe on May 3" -> ("Jane Doe", None); (None, None) if none."""
    line = text.strip()[:SCAN]
    head = line[:NAME_SCAN]
    line = (GLUE.sub(" | ", head) if GLUE_GATE.search(head) else head) + line[NAME_SCAN:]
    m = _writer_by(line)
    if m:
        line = line[m.end() :]
    elif line[:1] in COPYRIGHT_FIRST and (c := COPYRIGHT_LEAD.match(line)) and c.end():
        line = COPYRIGHT_REST.split(line[c.end() :], maxsplit=1)[0]
    else:
        # BY.sub("", line, count=1): BY matches at the start only, and by_match skips its
        # case-blind regex where no opener can be
        by = by_match(line)
        line = _after_leading_date(line[by.end() :] if by else line)
    line = line.strip(" :,")
    role = None
    cut = (NAME_END if DIGIT.search(line, 0, NAME_SCAN) else NAME_END_UNDATED).search(line, 0, NAME_SCAN)
    if cut:
        after = line[cut.end() :].strip(" |•·-–—,")
        if after and has_role(after[:60]) and not any(ch.isdigit() for ch in after[:30]):
            role = ROLE_END.split(after, maxsplit=1)[0].strip() or None
        line = line[: cut.start()]
    parts = [p.strip() for p in line.split(",")]
    kept: list[str] = []
    for k, part in enumerate(parts):
        if not part:
            continue
        words = part.split()
        if k and has_role(part):
            role = role or ", ".join(p for p in parts[k:] if p)
            break
        if k and len(words) <= 2 and all(POSTNOMINAL.match(w) for w in words):
            kept.append(part)
            continue
        if not _is_names(words):
            break
        kept.append(part)
    name = ", ".join(kept).strip(" ,")
    words = [w.lower().strip(".,") for w in name.split()]
    # a month word ends a name ("Tom May", "Alyssa Maio"); it never starts one ("Dec 17")
    if not words or len(words) > 12 or words[0] in MONTH or not NOT_NAME.isdisjoint(words):
        return None, None
    return name, role


#: A "by" that credits someone else than the writer ends with one of these words.
OTHER_BY = re.compile(
    r"(?i)\b(?:edited|reviewed|checked|photos?|illustrations?|images?|video|design(?:ed)?)\s*$"
)
#: "© 2025 Jane Doe. All rights reserved.", "Copyright © 2012-2025 Jane Doe": the owner, often
#: the writer of a personal site (the scorer weighs the copyright cue).
COPYRIGHT_LEAD = re.compile(
    r"(?i)^(?:copyright\s*(?=[©(\d])|©|\(c\))\s*(?:copyright\s*)?(?:©\s*)?"
    r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?"
)
#: What COPYRIGHT_LEAD's non-empty matches start with ("copyright" case aside, "©", "(c)"): the
#: regex only on lines opening so.
COPYRIGHT_FIRST = ("c", "C", "©", "(")
#: Where a copyright owner's name ends: a full stop (not an initial's), "All rights reserved".
COPYRIGHT_REST = re.compile(r"(?i)(?<!\b[A-Z])\.(?:\s|$)|\s+all rights\b")


def _writer_by(line: str) -> re.Match | None:
    """The "by" in a line that names the writer: the first one, unless it credits someone else
    ("Medically reviewed by X — Written by Jane Doe" -> the second)."""
    low = line.lower()
    # BY_INSIDE (case-sensitive) only where one of its openers is, lower-cased: a chain of
    # tests costs a sixth of its search (its openers' first letters are common letters)
    if not (
        "by" in low or "por" in low or "par" in low or "von" in low or "author:" in low or "autor:" in low
    ):
        return None
    first = None
    for m in BY_INSIDE.finditer(line):
        if not OTHER_BY.search(line, 0, m.start()):
            return m
        first = first or m
    return first


#: What separates a leading date from a name: "Dec. 19, 2025 · Jane Doe", "Dec 17, 2025Jane Doe".
#: A count between separators in a post's meta line ("30 min", "6279 words", "5 min read").
COUNT_PART = re.compile(r"^\d[\d,.]*\s*[^\W\d_]*(?:\s+read)?\s*[·⋅∙•|]\s*")
AFTER_DATE = re.compile(r"^(?:\s*(?:at\s+)?\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?)?[\s,|·•⋅–—-]*", re.I)


def _after_leading_date(line: str) -> str:
    """The line after a date it starts with ("Dec. 19, 2025 · Jane Doe" -> "Jane Doe"), when a
    capitalised word follows; the line itself otherwise."""
    if "19" not in line and "20" not in line:
        return line  # every DATES form holds a year (19xx, 20xx): most lines have none
    for pattern in DATES:
        m = pattern.match(line)
        if m:
            rest = line[m.end() :]
            rest = AFTER_DATE.sub("", rest, count=1)
            # "Mar 3, 2024 · 12 min · 2841 words · Jane Doe": counts between date and name
            while (c := COUNT_PART.match(rest)) is not None:
                rest = rest[c.end() :]
            return rest if rest[:1].isupper() else line
    return line


def _is_names(words: list[str]) -> bool:
    """Whether words read as one or more names: capitalised words, particles, "and" between."""
    if not words or len(words) > 9:
        return False
    # one loop, each word lower-cased once, the first word no name's ends it; NAME_WORD only
    # where its first letter is one it allows (this runs on every line read for a byline)
    short, named = len(words) <= 3, False
    for w in words:
        low = w.lower()
        if low in NAME_JOIN or low in NAME_LINK:
            continue
        named = True
        if not (
            (w[0] in NAME_INITIALS and (w.isalpha() or NAME_WORD.match(w)))
            or (short and w.isalpha() and w.islower())
        ):
            return False
    return named


DIGIT = re.compile(r"\d")
#: Words that are never part of a writer's name: calendar, social-network and link words (month
#: words only as a name's first word: many are surnames too).
NOT_NAME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday updated published "
    "facebook twitter linkedin youtube instagram pinterest tiktok whatsapp email share follow "
    "print comments comment reply menu home search subscribe login tweet reddit telegram".split()
)


#: A headline has at least this many words (a lone word or two is a section label or a name).
TITLE_MIN_WORDS = 3


#: Every reading aid holds one of these (lower-cased): the costly search runs only then (one
#: case-sensitive search of the lower-cased line is the cheapest test).
AID_HINT = re.compile(r"min|listen|read|view|share|comment|like|print")


def reading_aid(text: str, low: str | None = None) -> bool:
    """Whether the line is or holds a reading aid or counter ("4 min read", "1,203 views");
    ``low``: the line lower-cased, when the caller has it."""
    low = low or text.lower()
    return AID_HINT.search(low) is not None and aid_match(text, low)


#: What a READING_AID match holds, lower-cased: one of AID_PHRASES, a count before "min", or
#: a count (its last character: "5 min", ",2k views") before a counted thing.
AID_PHRASES = ("listen to ", "read time", "reading time", "print this", "share this", "share on")
AID_MINUTES = re.compile(r"\d\s*(?:-\s*)?min")
AID_COUNTED = ("views", "shares", "comments", "likes", "reads")
AID_COUNT = re.compile(r"[\d.,]\s*[km]?\s*(?:views|shares|comments|likes|reads)")
#: The characters besides ASCII letters that a case-blind regex takes for an ASCII letter
#: ("ſ" for "s", the Kelvin sign for "k"): where none is, a case-blind match of ASCII words
#: is found in the lower-cased line (a test checks the list over every code point).
ASCII_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")


def aid_match(text: str, low: str) -> bool:
    """``READING_AID.search(text) is not None`` (``low``: ``text.lower()``), the regex only where
    the lower-cased line holds what a match needs: its case-blind search from every position
    cost ~20 us a line, the step's costliest regex. The plain tests first, the regexes only
    after a word they need."""
    if text.isascii() or ASCII_FOLDS.search(text) is None:
        # AID_PHRASES and AID_COUNTED as chains of tests, not generators (see _may_name_mid)
        if not (
            "listen to " in low
            or "read time" in low
            or "reading time" in low
            or "print this" in low
            or "share this" in low
            or "share on" in low
            or ("min" in low and AID_MINUTES.search(low) is not None)
            or (
                ("views" in low or "shares" in low or "comments" in low or "likes" in low or "reads" in low)
                and AID_COUNT.search(low) is not None
            )
        ):
            return False
    return READING_AID.search(text) is not None


def headline_shaped(text: str) -> bool:
    """Whether a line may be a headline: a few words, no reading aid or counter, not a byline."""
    return (
        len(text.split()) >= TITLE_MIN_WORDS
        and not reading_aid(text)
        and not is_counter(text)
        and not BY.match(text)
    )


#: Separators of a breadcrumb trail ("Home > Blog > Headline") and of a site name after a
#: headline ("Headline | Site").
TRAIL = re.compile(r"\s*(?:>|»|›|(?<!\d)/(?!\d))\s*")
SITE_SEP = re.compile(r"\s+(?:\||–|—|-)\s+")


#: A part after a short headline ("Headline – Tag line") has at most this many words.
TAG_WORDS = 5
#: What a site's name or a tag line after a headline seldom holds, and a headline's second half
#: often does: a comma or a number ("Best Budget Tents - We Tested 14"). (Lower-case words too,
#: but a site's slogan has them: the 5-fold CV of train_metadata on the tuning part was title
#: 0.7905 -> 0.7923 with commas and numbers, the same with lower-case words, which cost the byline
#: 2 pages when the test also kept a long headline's half.)
SUBTITLE = re.compile(r",|\d")


def clean_headline(text: str) -> str:
    """The headline in a line: the last step of a breadcrumb trail, the longest part of a
    "Headline | Site" line, the first of two short parts; the line itself otherwise."""
    text = " ".join(text.split())
    steps = [x for x in TRAIL.split(text) if x]
    # "Home > News > Headline" needs two steps; a slash ("and/or") three ("Blog/Tips/Headline")
    if (
        len(steps) > (1 if re.search(r"[>»›]", text) else 2)
        and len(steps[-1].split()) >= TITLE_MIN_WORDS
        and steps[0][:1].isupper()
        and all(len(x.split()) <= 4 for x in steps[:-1])
    ):
        text = steps[-1]
    parts = SITE_SEP.split(text)
    if len(parts) > 1:
        longest = max(parts, key=len)
        if len(longest.split()) >= TITLE_MIN_WORDS and len(longest) >= 0.6 * len(text):
            text = longest
        elif (
            len(parts) == 2
            and len(parts[0].split()) >= TITLE_MIN_WORDS
            and len(parts[1].split()) <= TAG_WORDS
            and not SUBTITLE.search(parts[1])
        ):
            # "Harbour Wall Repairs – Council Vote Explained": a short headline, then a tag line
            # or the site's name; the headline comes first
            text = parts[0]
    return text
