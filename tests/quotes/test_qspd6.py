"""The speed-ups of issue 15 give what the plain searches gave (sentences written here)."""

from __future__ import annotations

from workbench.quotes._name_runs import KIN_RE, kin_matches
from workbench.quotes._names import gender_of, is_name_token, speaker_words
from workbench.quotes._promises import _any_promise_word

_TEXTS = [
    "Mara Lindqvist runs the ferry. Her husband, Tomas, keeps the books.",
    "The Lindqvists sold the boat; their son\n  Pelle stayed on.",
    "A person of the season spoke with his  partner, Jonas about it.",
    "Nothing here names a relative, though Hermione and Theo met.",
    "his wife,Ada was there; Their daughter Bea Ness left",
]


def test_kin_matches_as_the_full_search() -> None:
    for text in _TEXTS:
        kin_matches.cache_clear()
        assert [m.span() for m in kin_matches(text)] == [m.span() for m in KIN_RE.finditer(text)]


def test_kin_matches_skips_texts_without_a_possessive_noun() -> None:
    kin_matches.cache_clear()
    assert kin_matches("The person who won the season opener spoke to the mother ship.") == []


def test_promise_words_as_find() -> None:
    text = "She vowed to stay. They pledged nothing. A promise kept. Avowedly so; no vo w."
    for a in range(0, len(text), 3):
        for b in range(a, len(text) + 1, 2):
            want = any(text.find(w, a, b) >= 0 for w in ("vow", "promise", "pledge"))
            assert _any_promise_word(text, a, b) == want, (a, b)


def test_gender_of_and_name_tokens() -> None:
    words = speaker_words()
    assert gender_of(["Mrs", "Dale"], words) == "f"
    assert gender_of(["Council", "leader", "Sandra", "Whitlock"], words) == "f"
    assert gender_of(["Quorvex", "Ltd"], words) is None
    assert is_name_token("Whitlock", words)
    assert not is_name_token("Tuesday", words)
    assert not is_name_token("This", words)


#: the sentence-end pattern as it was written before (lookahead first), for comparison
_OLD_END_RE = (
    r"(?=[.!?])(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bProf)(?<!\bGen)(?<!\bSen)"
    r"(?<!\bRep)(?<!\bGov)(?<!\bSt)(?<!\bLt)(?<!\bCol)(?<!\bJr)(?<!\bSr)(?!(?<=\bNo)\.\s+\d)"
    r"[.!?](?=\s|$)"
)


def test_sentence_end_as_before() -> None:
    import re

    from workbench.quotes._doc import END_RE

    old = re.compile(_OLD_END_RE)
    text = "Mr. Oduya left. The No. 4 seed won! Dr. Pell? St. Ives is far. No. Then J. Rand spoke.\nEnd."
    for a in range(len(text)):
        for b in range(a, len(text) + 1, 3):
            mo, mn = old.search(text, a, b), END_RE.search(text, a, b)
            assert (mo and mo.span()) == (mn and mn.span()), (a, b)
    assert [m.start() for m in END_RE.finditer(text)] == [14, 34, 44, 61, 65, 85, 90]
