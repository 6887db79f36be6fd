"""The metadata scorer's rewritten regexes and gates find what the plain forms found (lines
written here, and random strings of the characters the patterns turn on)."""

import random
import re

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
