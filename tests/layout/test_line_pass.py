"""The one-pass signals of workbench.layout._line_pass equal line_info's, line by line.

line_infos joins a page's lines and finds character classes, hint words and regex hits in the
joined text; line_info looks at one line with the plain regexes. Any drift between the two (a
hint that misses a shape, a pattern that runs into the next line, a miscounted field) shows
here on written lines and on random ones.
"""

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.layout import _line_dates, _signals
from workbench.layout._line_pass import line_infos
from workbench.layout._signals import line_info


def per_line(lines):
    counts = Counter(line.strip() for line in lines)
    return [line_info(n, line, counts[line.strip()]) for n, line in enumerate(lines, 1) if line.strip()]


def assert_same(lines):
    got, expected = line_infos(lines), per_line(lines)
    assert got == expected
    for g, e in zip(got, expected):  # same values and the same types (True is not 1)
        assert [type(v) for v in g] == [type(v) for v in e], (g, e)


#: Self-written lines of every shape the signals tell apart, in several scripts.
PAGE = [
    "Home | World | Sport",
    "  • Home  ",
    "Harbour council votes to rebuild the old pier",
    "By Jane Roe",
    "(Reporting by Jane Roe; editing by John Doe)",
    "Posted by Ana Lima on 3 March 2021",
    "Updated 5 min ago",
    "Published",
    "ОПУБЛИКОВАНО вчера",
    "12 de março de 2021",
    "Nov. 19, 2019 12:45",
    "2019年11月19日",
    "25.09 11:51",
    "4 955",
    "1,2K",
    "Image source: Example Photo Agency",
    "The pier after the storm.Credit...Jane Roe/Example Agency",
    "A man walks past the pier. (AP Photo/Jane Roe)",
    "A man walks past the pier (left) in the rain",
    "Photo: Getty Images",
    "Фото: пресс-служба",
    "Image 2 of 5",
    "© AFP / Pool",
    "© 2021 Example Media. All rights reserved.",
    "ımage source: agency",
    "Harbour at dawn (ımage: Jane Roe)",
    "Harbour at dawn (İmage: Jane Roe)",
    "İMAGE SOURCE: AGENCY",
    "Related: Council approves budget",
    "Read more",
    "Comments (12)",
    "The council said on Tuesday that the pier would reopen next spring.It added more.",
    "Residents, who had campaigned for years, welcomed the decision: “It is about time.”",
    "The mayor declined to comment",
    "Призывники в Европе продолжают службу, сообщил министр.",
    "市立図書館は来年の春に再開する予定です。",
    "관련기사 더보기",
    "שלום עולם",
    "Ελληνικά νέα σήμερα",
    "مرحبا بالعالم؟",
    "नमस्ते दुनिया।",
    "Emoji 🎉 party 🎉",
    "straße STRASSE ǅ ﬁnal",
    "x" * 2100 + " Ελληνικά",
    "1" * 2100 + " word",
    "Home",
    "",
    "Harbour council votes to rebuild the old pier",
]


def test_written_page():
    assert_same(PAGE)


def test_each_line_alone_and_reversed():
    for line in PAGE:
        assert_same([line])
    assert_same(PAGE[::-1])


def test_blank_and_empty_pages():
    assert line_infos([]) == [] and line_infos(["", "  ", "\t"]) == []


#: Letters, digits, marks and words the hints and gates look for, so random lines hit them.
PIECES = list("aZ.:(),/ \t1ı©İ年月") + [
    "image",
    "Photo",
    "credit",
    "source",
    "Getty Images",
    "AP",
    "By ",
    "updated",
    "ago",
    "Nov",
    "de",
    "min",
    "Related",
    "Comments",
    "фото",
    "Ελ",
    "…",
    "”",
    "📷",
    "copyright",
    "Rights",
    "комментарии",
    "著作権",
    "_",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=12).map("".join), max_size=12))
def test_random_lines(lines):
    assert_same(lines)


def everything() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_gates_miss_no_case_blind_match():
    """The substring gates look in casefolded text: every character a case-blind search matches
    for a gate's letters must casefold to that letter, except the two CASE_ODD handles."""
    letters = set("".join(_line_dates.RELATIVE_GATES) + "".join(_signals.CAPTION_HINTS) + "ago")
    letters = {c for c in letters if c.isalpha()}
    odd = set()
    for m in re.finditer("(?i)[" + "".join(sorted(letters)) + "]", everything()):
        ch = m.group()
        if ch.casefold() not in letters and ch.lower() not in letters:
            odd.add(ch)
    assert odd == {"ı", "İ"}  # "İ".casefold() is "i\u0307": both in CASE_ODD
    assert all(any(g in w for g in _line_dates.RELATIVE_GATES) for w in _signals.RELATIVE_WORDS)


def test_casefold_keeps_the_cue_strip_characters_first():
    """The cue gate strips CUE_STRIP after casefolding the whole line; cue_kind before: the same
    when no other character casefolds to one starting with them."""
    strip = _signals.CUE_STRIP
    assert not [ch for ch in everything() if ch not in strip and ch.casefold()[:1] in strip]


def test_a_line_holding_a_newline_is_examined_alone():
    assert_same(["Updated\n5 min ago", "By Jane Roe"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="aBzZ Qé.\n", max_size=12), min_size=1, max_size=8))
def test_glued_feature_is_the_glued_regex(texts):
    """The model's glued feature (numpy over code points) marks the lines GLUED_RE finds."""
    from workbench.layout._columns import GLUED_RE
    from workbench.layout._columns import glued as _glued

    texts = [t.replace("\n", " ") for t in texts]
    expected = [1.0 if GLUED_RE.search(t) else 0.0 for t in texts]
    assert _glued(texts).tolist() == expected
    assert _glued(["newsHeadlineSummary", "NASA", "abC", "abCd"]).tolist() == [1.0, 0.0, 0.0, 1.0]
