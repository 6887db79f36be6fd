"""The metadata scorer's rewritten regexes and gates find what the plain forms found (lines
written here, and random strings of the characters the patterns turn on)."""

import random
import re

import numpy as np

from workbench.layout import _metadata_dates as metadata_dates
from workbench.layout import _metadata_parse as metadata_parse

GLUE_WORDS = metadata_parse.GLUE_WORDS
#: The patterns as they were written before the rewrite: the reference.
PLAIN_NAME_END = re.compile(
    r"\s+[|•·⋅∙/]\s*|\s*[|•·⋅∙]|\s+[-–—]\s+|[–—]|\s+(?:on|in|at|el|le|am|il)\s+|\d|[\[(@<]|https?:"
    r"|\s+(?:updated|published|posted|last)\b"
    rf"|\s+(?:{GLUE_WORDS})\.?\s+\d",
    re.I,
)
PLAIN_BY_INSIDE = re.compile(
    r"(?:^|(?<=[\s\d|:,(]))(?:[Bb]y|BY|[Pp]or|[Pp]ar|[Vv]on|[Aa]uthor:|[Aa]utor:)\s*(?=[A-ZÀ-ÞА-ЯЁ])"
)

LINES = [
    "By Mara Olsen | Staff writer",
    "Mara Olsen, Senior Correspondent — Updated 3 March 2024",
    "Posted by Tomas Reyes on May 3, 2021 at 4:05 pm",
    "October 11, 2023 by Ana Lima",
    "ByLeo Park · Climate Editor",
    "Story by Nadia Khan (@nadiakhan) https://example.org/nadia",
    "Ines Duarte   /  Redakteurin",
    "Texto: Rui Alves, jornalista",
    "Harbour council approves sea wall repairs after long debate",
    "Written by: Sam Lee [Editor in chief]",
    "Par Claire Martin, journaliste",
    "Reviewed by Dr. Ada Cole — Written by Ben Ode",
    "The freelancer's chief complaint: ſenior pay and Kontributors",
    "",
]


def _fuzz(alphabet: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(n)]


NAME_END_ALPHABET = [" ", "  ", "\t", "\n", "|", "•", "·", "/", "-", "–", "—", "on", "In", "AT", "el"]
NAME_END_ALPHABET += ["updated", "Published", "last", "May", "Jan", "June", "1", "2", ".", "[", "("]
NAME_END_ALPHABET += ["@", "<", "http:", "HTTPS:", "Jane", "x", "\u00a0", "İ", "ſ", "K"]


def test_name_end_finds_what_the_plain_pattern_finds():
    for text in LINES + _fuzz(NAME_END_ALPHABET, 20000, 1):
        for end in (len(text), 160, 7):
            want = PLAIN_NAME_END.search(text, 0, end)
            got = metadata_parse.NAME_END.search(text, 0, end)
            assert (got and got.span()) == (want and want.span()), text


BY_ALPHABET = [" ", "\n", "\t", "|", ":", ",", "(", "1", "x", "By", "by", "BY", "bY", "Por", "par", "von"]
BY_ALPHABET += ["Author:", "autor:", "Jane", "É", "ж", "Ж", "a", "\u00a0", "-"]


def test_by_inside_finds_what_the_plain_pattern_finds():
    for text in LINES + _fuzz(BY_ALPHABET, 20000, 2):
        want = [m.span() for m in PLAIN_BY_INSIDE.finditer(text)]
        assert [m.span() for m in metadata_parse.BY_INSIDE.finditer(text)] == want, text


ROLE_ALPHABET = [" ", "-", "Writer", "REPORTER", "editors", "Contributing", "ſenior", "chieF", "redaktion"]
ROLE_ALPHABET += ["Redacción", "analyst", "x", "author", "staff  writer", "K", "é", "journalistes"]


def test_has_role_is_the_role_search():
    texts = LINES + _fuzz(ROLE_ALPHABET, 5000, 3)
    assert any(metadata_parse.has_role(t) for t in texts) and not all(map(metadata_parse.has_role, texts))
    for text in texts:
        assert metadata_parse.has_role(text) == (metadata_parse.ROLE.search(text) is not None), text


CREDIT_TEXTS = [
    "The mayor told The Valley Courier that the bridge would reopen. She later told reporters more.",
    "A spokesman confirmed to the newspaper Daily Ridge that talks had stalled, and said to RTV so.",
    "As the minister explained to The Harbour Post, and explains to NTV each week, costs rose.",
    "The coach spoke to BBC; speaking to The Evening Star, he stated to the agency ANSA more.",
    "In an interview with The Lake Herald she says to KTV that, in a comment to AFP, plans held.",
    "He writes for The Northern Review and wrote for The Old Gazette; first published in The Weekly Sun.",
    "Retold and foretold, unconfirmed to date, resaid to none: telling The Coast Times, she tells CNN.",
    "explained to\nThe Dawn, said to  The Tide, told The\tMoon, to the paper Ridge Voice.",
    " to The Start, x said to ABC",
    "Officials declined to explain to The Metro Tribune why the vote slipped.",
]


def test_credits_are_the_plain_searches():
    from workbench.layout import _metadata as metadata

    rng = random.Random(4)
    parts = ["said", "says", "confirmed", "confirms", "explain", "explains", "explained", "spoke"]
    parts += ["speaking", "stated", "in a comment", "in an interview", "told", "tells", " to", " for"]
    parts += [" ", " The ", "Sun", "BBC", "un", ",", "\n", "writes", "wrote", "first published", "to"]
    texts = CREDIT_TEXTS + [
        "".join(rng.choice(parts) for _ in range(rng.randint(0, 14))) for _ in range(20000)
    ]
    found = 0
    for text in texts:
        want = [m.span() for m in metadata.CREDIT_MEDIA.finditer(text)]
        want += [m.span() for m in metadata.CREDIT.finditer(text)]
        got = [m.span() for m in metadata._credits(text)]
        assert got == want, text
        found += bool(got)
    assert found > 20


def test_detail_counts_words_up_to_its_cap():
    from workbench.layout._metadata_page import Line, Page

    paragraph = " ".join(["harbour"] * 80)
    lines = [Line("Sea Wall Vote Delayed Again", "title", 0), Line(paragraph, "body", 1)]
    lines.append(Line("The council meets again in June.", "body", 2))
    page = Page(lines, 1, 2)
    _, _, n_words = page.detail([0, 1, 2, 3], 30)
    assert n_words == {0: 5, 1: 31, 2: 6, 3: 0}
    assert page.detail([1, 2], 50)[2] == {1: 51, 2: 6}
    assert page.detail([1])[2] == {1: 80}


def test_follow_gate_passes_every_follow_line():
    from workbench.layout import _metadata as metadata

    lines = [
        "Follow The Lake Herald on Facebook",
        "FOLLOW Ridge Voice ON Mastodon",
        "follow   Sun Daily on X",
    ]
    lines += ["Siga o Diário do Vale no Instagram", "Suivez Le Courrier sur X", "Folgen Sie Der Bote auf X"]
    lines += ["Follow us on Facebook", "Followers of The Tide on X", "Share this on Facebook"]
    rng = random.Random(5)
    parts = [
        "follow",
        "FOLLOW",
        "Siga",
        "suivez",
        "folgen sie",
        " ",
        "  ",
        "The",
        "Sun",
        "on",
        "sur",
        "X",
        "us",
    ]
    lines += ["".join(rng.choice(parts) for _ in range(rng.randint(0, 8))) for _ in range(5000)]
    matched = 0
    for line in lines:
        if metadata.FOLLOW.match(line):
            matched += 1
            assert not line.isascii() or line.lower().startswith(metadata.FOLLOW_WORDS), line
    assert matched > 5
    assert (
        metadata.outlet_from_footer(["Read more", "Follow The Lake Herald on Facebook"]) == "The Lake Herald"
    )


def test_name_initials_are_the_first_letters_name_word_takes():
    every = map(chr, range(0x110000))
    assert metadata_parse.NAME_INITIALS == {c for c in every if metadata_parse.NAME_WORD.match(c)}


def test_title_columns_are_the_stacked_columns():
    from workbench.layout._metadata_features import title_columns

    for pos, title in (([0, 2, 5, 9, 14, 30], 5), ([3, 4], None), ([], 2), ([7], 7)):
        d = np.asarray(pos) - title if title is not None else np.full(len(pos), 99)
        cols = ((d > 0) & (d <= 4), (d > 4) & (d <= 12), (d >= -3) & (d < 0), d == 0, np.log1p(np.abs(d)))
        want = np.column_stack(cols).astype(float) if pos else np.zeros((0, 5))
        got = title_columns(pos, title)
        assert got.shape == want.shape and got.dtype == want.dtype and (got == want).all()


def test_by_match_is_the_by_regex():
    openers = re.findall(r"[a-z]+", metadata_parse.BY.pattern.split(")\\b")[0].replace("\\s+by", ""))
    assert {w[:2] for w in openers if len(w) > 1} <= metadata_parse.BY_STARTS
    words = openers + ["Posted", "BY", "Von", "The", "Re", "x", " ", "  ", ":", "|", "-", "—", "...", "\t"]
    words += ["_", "1", "bye", "autoren", "stories", "Te", "AU", "ſ", "K", "é", "Jane Doe", "By: "]
    rng = random.Random(7)
    texts = LINES + ["".join(rng.choice(words) for _ in range(rng.randint(0, 5))) for _ in range(20000)]
    found = 0
    for text in texts:
        want = metadata_parse.BY.match(text)
        got = metadata_parse.by_match(text)
        assert (got and got.span()) == (want and want.span()), text
        found += want is not None
    assert found > 1000


def test_dates_find_what_the_plain_patterns_find():
    mon, year = metadata_dates._MON, metadata_dates._Y
    plain = {
        0: re.compile(rf"(?<!\d){year}[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})(?!\d)"),
        2: re.compile(
            rf"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+)?(?P<mon>{mon})\.?,?\s+(?:de\s+)?{year}"
        ),
        3: re.compile(rf"(?<![\d/.])(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.]{year}(?!\d)"),
    }
    lines = ["Updated 2024-03-07 at 9:15", "Published 7 March 2024, 12.03.2024 and 3/12/2024", "x17.3.2024"]
    lines += ["Posted 4th de marzo de 2023 · 2023/4/5", "1999.12.31.5", "a12 May 2021", "_7 Jun 2020"]
    parts = ["2025", "1999", "2", "1", "0", "12", "31", "-", "/", ".", " ", "x", "_", "20", "19", "May", "de"]
    parts += ["th", "March", "sept", "٣", "  "]
    rng = random.Random(9)
    lines += ["".join(rng.choice(parts) for _ in range(rng.randint(0, 9))) for _ in range(20000)]
    # date-shaped: a number, a separator or a month, a number, a year, with what may stand around
    edge = ["", "x", "1", "/", ".", " ", "_", "a", "5"]
    num = ["1", "12", "31", "7", "123", "04"]
    sep = ["-", "/", ".", " ", " de ", "th ", ". "]
    mid = num + ["May", "sept", "Mär", "DECEMBER"]
    for _ in range(20000):
        a, b, c = rng.choice(num), rng.choice(sep), rng.choice(mid)
        y = rng.choice(["2024", "1999", "20245", "1899"])
        lines.append(rng.choice(edge) + a + b + c + rng.choice(sep) + y + rng.choice(edge))
        lines.append(rng.choice(edge) + y + b + a + rng.choice(sep) + c + rng.choice(edge))
    found = 0
    for k, pattern in plain.items():
        new = metadata_dates.DATES[k]
        for text in lines:
            want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in new.finditer(text)] == want, (k, text)
            first = pattern.match(text)
            assert (first and first.span()) == ((m := new.match(text)) and m.span()), (k, text)
            found += bool(want)
    assert found > 1000
