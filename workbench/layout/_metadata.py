"""What a document shows about itself: title, author and role, section, date, outlet, original source.

Only what the document shows is taken; where it shows nothing the value is null,
never a guessed line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timezone

import pandas as pd

from .. import text
from ..text import find_full_dates

#: "By Jane Doe", "By Jane Doe and John Roe", "Por Maria Silva", "Автор: Иван Петров".
BY_PREFIX = re.compile(r"^(?:by|por|par|von|di|door|av|автор:?|текст:?)\s+", re.I)
#: A person's name: two to four capitalised words (any script), allowing initials and particles.
NAME_RE = re.compile(
    r"^(?P<name>(?:[A-ZА-ЯЁ][\w'’.-]*\s+(?:(?:de|da|van|von|der|al|bin|la|le)\s+)?){1,3}[A-ZА-ЯЁ][\w'’-]+)"
    r"(?:\s*[,|–—-]\s*(?P<role>.+))?$"
)

#: Phrases that credit another publication as the origin of the text: "told The Moscow Times",
#: "explains to the newspaper VIEW", "in an interview with Kommersant".
CREDIT_VERB = (
    r"(?:told|tells|telling|confirmed to|confirms to|said to|says to|explain(?:s|ed)? to|"
    r"spoke to|speaking to|stated to|in an interview (?:with|to)|in a comment to|"
    r"writes for|wrote for|first published (?:in|by))"
)
MEDIA_NOUN = r"(?:the\s+)?(?:newspaper|paper|magazine|daily|weekly|agency|news agency|outlet|publication|website|portal|channel|broadcaster|radio station|tv channel)"
PUBLICATION = (
    r"(?P<pub>(?:The\s+)(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*"  # The Moscow Times
    r"|[A-ZА-ЯЁ]{2,}(?:\s+[A-ZА-ЯЁ]{2,})*)"
)  # VIEW, RIA, BBC
CREDIT = re.compile(rf"\b{CREDIT_VERB}\s+(?:{MEDIA_NOUN}\s+)?{PUBLICATION}")
CREDIT_MEDIA = re.compile(
    rf"\bto\s+{MEDIA_NOUN}\s+(?P<pub>[\"«“]?[A-ZА-ЯЁ][\w'’&-]*(?:\s+[A-ZА-ЯЁ][\w'’&-]*){{0,4}}[\"»”]?)"
)

#: "© 2019 The New York Times Company", "Copyright 2020 Example Media. All rights reserved."
COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright\s+©?\s*(?=\d{4}))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<owner>[^.|©]{2,60})",
    re.I,
)

#: Block kinds that may carry the document's own date.
DATE_KINDS = ("dateline", "byline", "metadata")
#: A section label is a short line of one to three words above the article.
MAX_SECTION_WORDS = 3


def split_byline(text: str) -> tuple[str | None, str | None]:
    """``"By Jane Doe, Staff Writer"`` -> ``("Jane Doe", "Staff Writer")``; ``(None, None)`` if no name."""
    line = BY_PREFIX.sub("", text.strip())
    line = re.split(r"\s+(?:\||•|·)\s+", line)[0].strip()
    m = NAME_RE.match(line)
    if not m:
        return None, None
    role = (m.group("role") or "").strip(" ,.;") or None
    return m.group("name").strip(), role


def parse_date(text: str) -> pd.Timestamp | None:
    """The first full date (with a year) in ``text`` as a UTC timestamp, or None (the dateline
    grammar of :func:`workbench.text.find_full_dates`)."""
    found = find_full_dates(text)
    return found[0][2] if found else None


#: Every credit verb starts with one of these: the credits are looked for only where they occur.
CREDIT_HINTS = (
    "told",
    "tell",
    "confirm",
    "said to",
    "says to",
    "explain",
    "spoke to",
    "speaking to",
    "stated to",
    "in an interview",
    "in a comment to",
    "writes for",
    "wrote for",
    "first published",
)
#: CREDIT_MEDIA without its leading word boundary: a pattern opening with a literal ("to") is
#: searched for far faster; the boundary is checked on each hit.
CREDIT_MEDIA_FROM_TO = re.compile(CREDIT_MEDIA.pattern.removeprefix(r"\b"))
WORD_CHAR = re.compile(r"\w")


def _credits(body: str) -> list[re.Match]:
    """The matches of CREDIT_MEDIA, then of CREDIT, in ``body``: those ``finditer`` gives, found
    faster (a whole-text search with a leading word boundary costs ~1 ms per article)."""
    out = []
    at = 0
    while (m := CREDIT_MEDIA_FROM_TO.search(body, at)) is not None:
        if m.start() and WORD_CHAR.match(body, m.start() - 1):
            at = m.start() + 1  # no word boundary: look again one character on, as finditer would
            continue
        out.append(m)
        at = m.end()
    starts = set()
    for hint in CREDIT_HINTS:
        k = body.find(hint)
        while k >= 0:
            starts.add(k)
            k = body.find(hint, k + 1)
    end = 0
    for k in sorted(starts):
        if k >= end and (m := CREDIT.match(body, k)) is not None:
            out.append(m)
            end = m.end()
    return out


def original_source(body: str) -> str | None:
    """The publication the text credits as its origin ("told The Moscow Times"), most credited first."""
    counts: dict[str, int] = {}
    for m in _credits(body):
        pub = m.group("pub").strip(' "«»“”.,')
        if pub and pub.lower() not in ("the", "reporters"):
            counts[pub] = counts.get(pub, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda p: (counts[p], -body.find(p)))


#: "Follow The Coastal Ledger on Facebook", "Follow us"-less forms name the outlet.
FOLLOW = re.compile(
    r"^(?:follow|siga|suivez|folgen sie)\s+(?P<owner>(?!us\b|me\b)[A-ZА-ЯЁ][^|:]{1,50}?)"
    r"\s+(?:on|no|na|sur|auf)\b",
    re.I,
)
#: FOLLOW's first words.
FOLLOW_WORDS = ("follow", "siga", "suivez", "folgen sie")
OWNER_TAIL = re.compile(
    r"\b(all rights reserved|company|inc|llc|ltd|gmbh|s\.?a\.?|plc|corp(oration)?|"
    r"group|media|broadcasting)\b\.?.*$",
    re.I,
)


def outlet_from_footer(lines: Iterable[str]) -> str | None:
    """The outlet a copy names: the owner in a copyright line ("© 2019 CBS Broadcasting Inc."
    -> "CBS") or a "Follow <outlet> on" line, the first found."""
    for line in lines:
        line = line.strip()[:300]
        low = line.lower()
        # the copyright search only where its words are (it is slow on every footer line)
        maybe = "©" in line or "(c)" in low or "copyright" in low
        # FOLLOW (case-blind) only where its first words are: on an ASCII line, those of lower()
        follow = not line.isascii() or low.startswith(FOLLOW_WORDS)
        m = (COPYRIGHT.search(line) if maybe else None) or (FOLLOW.match(line) if follow else None)
        if m:
            owner = m.group("owner").strip()
            owner = re.sub(r"^(?:copyright|©)\s*", "", owner, flags=re.I)
            owner = re.sub(r"^\d{4}(?:\s*[-–]\s*\d{4})?\s*", "", owner)
            trimmed = OWNER_TAIL.sub("", owner).strip(" ,.-–")
            owner = trimmed or owner.strip(" ,.-–")
            if owner and any(ch.isalpha() for ch in owner) and len(owner.split()) <= 6:
                return owner
    return None


def _script_of(body: str, known: list[str | None]) -> str | None:
    """The main script of the body's start, read once (kept in ``known``)."""
    if not known:
        known.append(text.main_script(body[:2000]))
    return known[0]


def from_blocks(blocks: list[dict], body: str) -> dict:
    """Metadata of a text copy from its labelled blocks (dicts with kind/text/order, and raw)
    and body. Headline, byline and dateline are the lines :mod:`workbench.layout._metadata_lines`
    scores highest; where the scorer trusts none, the layout's title and byline blocks count."""
    from . import _metadata_lines as metadata_lines

    first_body = next((b["order"] for b in blocks if b["kind"] == "body"), None)
    meta: dict = {
        "title": None,
        "author": None,
        "author_role": None,
        "section": None,
        "published": None,
        "outlet": None,
    }
    found = metadata_lines.read(blocks)
    # the layout's title block only when it reads as a headline (not "6 min read", a date)
    # (looked for only where the scorer found none: the first will do)
    meta["title"] = found["title"] or next(
        (b["text"] for b in blocks if b["kind"] == "title" and metadata_lines.headline_shaped(b["text"])),
        None,
    )
    meta["author"], meta["author_role"] = found["author"], found["author_role"]
    if meta["author"] is not None and meta["author_role"] is None:
        # "Jane Doe, Associate Professor of History": a role the byline grammar reads after a comma
        name, role = split_byline(found["author_line"])
        if name == meta["author"]:
            meta["author_role"] = role
    if meta["author"] is None:
        # a name + role line the layout labelled byline (a signature under the article)
        for b in blocks:
            if b["kind"] == "byline":
                name, role = split_byline(b["text"])
                # only a name with a role, or one that starts with a known given name: the scorer
                # passed over this line, and title-case furniture ("More Videos", "Blog
                # Categories") reads as a name too
                if name and (role or name.split()[0].lower() in metadata_lines.given_names()):
                    meta["author"], meta["author_role"] = name, role
                    break
    day = found["published"]
    if day is not None:
        midnight = pd.Timestamp(datetime(day.year, day.month, day.day, tzinfo=timezone.utc))
        # a time of day the line shows is kept; the dateline grammar reads one only after a
        # colon ("2024-03-04 10:32"): without one its dates are midnights, the day's or others
        line = found["date_line"]
        timed = parse_date(line) if ":" in line else None
        meta["published"] = timed if timed is not None and timed.date() == day else midnight
    if first_body is not None:
        body_script: list[str | None] = []  # the body's script, read only if a label needs it
        for b in blocks:
            if b["order"] >= first_body:
                break
            if b["kind"] != "metadata":
                continue
            words = b["text"].split()
            # A section label is written like the article (a login link in another script is
            # not one): the script last (reading the body's ~50 us a page, most pages no label)
            if (
                0 < len(words) <= MAX_SECTION_WORDS
                and all(w[:1].isupper() for w in words)
                and not any(ch.isdigit() for ch in b["text"])
                and text.main_script(b["text"]) == _script_of(body, body_script)
            ):
                meta["section"] = b["text"]
                break
    after = [b["text"] for b in blocks if first_body is None or b["order"] > first_body]
    footers = [b["text"] for b in blocks if b["kind"] == "footer"]
    # the lines split as they are read: the search stops at the first outlet (a footer's
    # copyright line, mostly), before the article's blocks after it
    meta["outlet"] = outlet_from_footer(x for t in footers + after for x in t.split("\n"))
    meta["original_source"] = original_source(body)
    return meta


#: A label's title part is cut to about this many characters, at a word; its outlet part to
#: this many (an outlet read wrongly, a whole masthead line, would leave a chart's bars no room).
LABEL_TITLE_CHARS = 40
LABEL_OUTLET_CHARS = 30
LABEL_SEP = " · "


def _cut(text: str, n: int) -> str:
    """``text`` cut to about ``n`` characters at a word, with an ellipsis."""
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0]
    return (cut or text[:n]).rstrip(" ,.;:-–—") + "…"


def document_label(
    title: str | None,
    outlet: str | None,
    path: str | None,
    doc_id: str = "",
    *,
    opening: str | None = None,
    credited: str | None = None,
) -> str:
    """A short display name: "Short title · Outlet". Without a title, the body's opening words
    (then the file name); without an outlet, the publication the text credits."""
    title = _cut(" ".join((title or opening or "").split()), LABEL_TITLE_CHARS)
    if not title:
        name = (path or doc_id or "document").replace("\\", "/").rsplit("/", 1)[-1]
        title = name.rsplit(".", 1)[0] if "." in name[1:] else name
        if doc_id and "/" in doc_id and doc_id.rsplit("/", 1)[-1] not in title:
            title = f"{title} {doc_id.rsplit('/', 1)[-1]}"  # a record of a .jsonl/.csv file
    outlet = _cut(" ".join((outlet or credited or "").split()), LABEL_OUTLET_CHARS)
    return f"{title}{LABEL_SEP}{outlet}" if outlet and outlet.lower() not in title.lower() else title


def unique_labels(documents: pd.DataFrame) -> pd.Series:
    """``documents.label`` made unique across the corpus: the first document (by ``doc_id``)
    keeps a shared label, the others get " (2)", " (3)", ... in ``doc_id`` order."""
    labels = documents["label"].astype("object").where(documents["label"].notna(), None)
    labels = [
        x if x else document_label(None, None, p, d)
        for x, p, d in zip(labels, documents["path"], documents["doc_id"])
    ]
    out = pd.Series(labels, index=documents.index, dtype="object")
    taken = set(out)
    for label, group in out.groupby(out, sort=True):
        if len(group) < 2:
            continue
        ids = documents.loc[group.index, "doc_id"].sort_values(kind="stable")
        n = 1
        for idx in ids.index[1:]:
            n += 1
            while f"{label} ({n})" in taken:
                n += 1
            out[idx] = f"{label} ({n})"
            taken.add(out[idx])
    return out.astype("string")
