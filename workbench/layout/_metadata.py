"""What a document shows about itself: title, author and role, section, date, outlet, original source.

Only what the document shows is taken; where it shows nothing the value is null,
never a guessed line.
"""

from __future__ import annotations

import re

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


def original_source(body: str) -> str | None:
    """The publication the text credits as its origin ("told The Moscow Times"), most credited first."""
    counts: dict[str, int] = {}
    for pattern in (CREDIT_MEDIA, CREDIT):
        for m in pattern.finditer(body):
            pub = m.group("pub").strip(' "«»“”.,')
            if pub and pub.lower() not in ("the", "reporters"):
                counts[pub] = counts.get(pub, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda p: (counts[p], -body.find(p)))


def outlet_from_footer(lines: list[str]) -> str | None:
    """The owner named in a copyright line, if the copy has one."""
    for line in lines:
        m = COPYRIGHT.search(line)
        if m:
            owner = re.sub(
                r"\b(all rights reserved|company|inc|llc|ltd)\b.*$", "", m.group("owner"), flags=re.I
            ).strip(" ,.-–")
            if owner and any(ch.isalpha() for ch in owner):
                return owner
    return None


def from_blocks(blocks: list[dict], body: str) -> dict:
    """Metadata of a text copy from its labelled blocks (dicts with kind/text/order) and body."""
    first_body = next((b["order"] for b in blocks if b["kind"] == "body"), None)
    meta: dict = {
        "title": None,
        "author": None,
        "author_role": None,
        "section": None,
        "published": None,
        "outlet": None,
    }
    titles = [b for b in blocks if b["kind"] == "title"]
    if titles:
        meta["title"] = titles[0]["text"]
    for b in blocks:
        if b["kind"] == "byline":
            name, role = split_byline(b["text"])
            if name:
                meta["author"], meta["author_role"] = name, role
                break
    for b in blocks:
        if b["kind"] in DATE_KINDS:
            when = parse_date(b["text"])
            if when is not None:
                meta["published"] = when
                break
    if first_body is not None:
        body_script = text.main_script(body[:2000])
        for b in blocks:
            if b["order"] >= first_body:
                break
            words = b["text"].split()
            # A section label is written like the article (a login link in another script is not one).
            if (
                b["kind"] == "metadata"
                and 0 < len(words) <= MAX_SECTION_WORDS
                and text.main_script(b["text"]) == body_script
                and all(w[:1].isupper() for w in words)
                and not any(ch.isdigit() for ch in b["text"])
            ):
                meta["section"] = b["text"]
                break
    meta["outlet"] = outlet_from_footer([b["text"] for b in blocks if b["kind"] == "footer"])
    meta["original_source"] = original_source(body)
    return meta
