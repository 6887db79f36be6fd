"""The metadata step's cheap gates and rewritten regexes give what the plain regexes give."""

from __future__ import annotations

import re
import string

import numpy as np

from workbench.layout._metadata_features import (
    CAMEL_POINT,
    GLUE_POINT,
    NAME_TOKEN,
    _echoed,
    _name_tokens,
    glued,
)
from workbench.layout._metadata_page import Page, lines_of
from workbench.layout._metadata_parse import (
    ASCII_FOLDS,
    BY_INSIDE,
    DATES,
    DIGIT,
    GLUE_FIRST,
    GLUE_GATE,
    NAME_END,
    NAME_END_UNDATED,
    NAME_SCAN,
    OTHER_BY,
    READING_AID,
    _after_leading_date,
    _writer_by,
    aid_match,
    byline_name,
)

#: Lines of our own, with the shapes the gates must not miss: counters, phrases, case folds
#: ("ſ" for "s", the Kelvin sign for "k"), dashes and counts before "min".
AID_LINES = [
    "7 min read",
    "12-minute read",
    "3 mins. lesezeit",
    "Reading Time: 4 minutes",
    "READ TIME 2 MIN",
    "Listen to this story",
    "listen to article",
    "1,204 views",
    ",5 shares",
    "2.1K Views",
    "2.1\u212a views",
    "0 Comments",
    "Print this page",
    "Share on Facebook",
    "\u017fhare on the web",
    "SHARE THIS",
    "The reviews were mixed after the interview",
    "Administration officials met the minister",
    "He shared his thoughts in the comments",
    "Istanbul \u0130stanbul 5 m\u0131n read",
    "\u201cWe read every comment,\u201d she said.",
    "9 likes and 40 reads",
    "a5 min read",
    "",
]


def test_reading_aid_gate_agrees_with_the_regex():
    for line in AID_LINES:
        for text in (line, line.upper(), line.lower(), line.title()):
            assert aid_match(text, text.lower()) == (READING_AID.search(text) is not None), text


def test_ascii_folds_are_every_character_a_case_blind_regex_takes_for_an_ascii_letter():
    letters = re.compile("(?i)(?:" + "|".join(string.ascii_lowercase) + ")")
    folds = [chr(c) for c in range(0x80, 0x110000) if letters.match(chr(c))]
    assert folds == [chr(c) for c in range(0x80, 0x110000) if ASCII_FOLDS.match(chr(c))]


def test_glue_gate_finds_what_the_plain_pattern_finds():
    plain = re.compile(rf"[a-zà-ÿ.][{GLUE_FIRST}]|[a-zà-ÿ]\d")
    for text in (
        "By Jane DoePublished: May 2",
        "Jane DoeMar 5, 2025",
        "Sam Lee7 hours ago",
        "Plain Name Here",
        "end.Updated",
        "ÿO",
        "AB12",
        "x",
        "",
    ):
        assert (GLUE_GATE.search(text) is None) == (plain.search(text) is None), text


def _writer_by_plain(line: str):
    first = None
    for m in BY_INSIDE.finditer(line):
        if not OTHER_BY.search(line, 0, m.start()):
            return m
        first = first or m
    return first


def test_writer_by_gate_keeps_every_opener():
    for line in (
        "October 3, 2024 by Jane Doe",
        "Photos by Sam Lee | Written By Ana Ruiz",
        "Reviewed by Dr. Kim Park",
        "BY ROBIN HALE",
        "Texto por Maria Silva",
        "Author: Lee Chan",
        "autor:Ana Lima",
        "Von Karl Weber",
        "Nobody signed this one",
        "bY Jane Doe",
    ):
        got, want = _writer_by(line), _writer_by_plain(line)
        assert (got and got.span()) == (want and want.span()), line


def test_name_tokens_count_what_the_regex_finds():
    for text in (
        "Jane Doe and O'Neil Smith-Jones",
        "(Jane) Doe, Staff Writer",
        "Élan Ёлка the x J. ’Quote",
        "ALL CAPS LINE here",
        "tab\tSeparated\u00a0Words",
    ):
        assert _name_tokens(text.split()) == len(NAME_TOKEN.findall(text))


def test_every_date_form_holds_a_year():
    # _after_leading_date passes over lines without "19" or "20"
    assert all("(?:19|20)" in p.pattern for p in DATES)
    assert _after_leading_date("Dec. 19, 2025 · Jane Doe") == "Jane Doe"
    assert _after_leading_date("May 3 · Jane Doe") == "May 3 · Jane Doe"


def test_echoed_reads_the_scanned_words():
    rows = [
        {"kind": "navigation", "raw": "Harbour Wall Repairs Begin | The Coast Paper"},
        {"kind": "title", "raw": "Harbour wall repairs begin!"},
        {"kind": "body", "raw": "Work on the old harbour wall started on Monday."},
    ]
    lines = lines_of(rows)
    page = Page(lines, 2, 2)
    scans = page.scans([0, 1])
    assert _echoed(scans, np.array([True, True])).tolist() == [False, True]
    assert [sc.view.split() for sc in scans][1] == re.findall(r"\w+", lines[1].text.lower())


def test_glued_counts_camel_points_as_the_regex_does():
    for text in (
        "Garden Soil TestedHomemade Butter RecipeSpring Planting",
        "abcDefgHi and more",  # two capitals four apart: one CAMEL_POINT match
        "abcDefghIj",
        "PlayStation review",
        "one • two • three",
        "all lower case",
    ):
        want = (
            len(GLUE_POINT.findall(text)) >= 2
            if "•" in text or "·" in text
            else not text[3:].islower() and len(CAMEL_POINT.findall(text)) >= 2
        )
        assert glued(text) == want, text


def test_name_end_without_digits_matches_as_the_full_pattern():
    for line in (
        "Jane Doe | Staff Writer",
        "Jane Doe on behalf of the council",
        "Jane Doe Updated yesterday",
        "Jane Doe - Reporter",
        "Jane Doe (guest)",
        "Jane Doe https://example.org",
        "Jane Doe May 3, 2024",  # a digit: the full pattern
        "Jane Doe",
    ):
        if DIGIT.search(line, 0, NAME_SCAN) is None:
            got, want = NAME_END_UNDATED.search(line, 0, NAME_SCAN), NAME_END.search(line, 0, NAME_SCAN)
            assert (got and got.span()) == (want and want.span()), line
    assert byline_name("By Jane Doe Published May 3, 2024") == ("Jane Doe", None)
    assert byline_name("By Jane Doe | Staff Writer") == ("Jane Doe", "Staff Writer")
