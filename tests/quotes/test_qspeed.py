"""Speed round 4 (qspeed): the shortcuts give what the long way gives."""

from __future__ import annotations

import pytest

from workbench.quotes._cues import cue_re, cues_in
from workbench.quotes._memo import new_document

# sentences of our own: cues whole, inside other words, capitalised, next to non-ASCII letters
_TEXT = (
    "The mayor said on Monday that the essay was unsaid. Critics warned, and she added: "
    "\u201cNo.\u201d Saidé told\u00e9 nobody; addresses told-them (said) says_ \u2014said "
    "\u201cwarned\u201d 3said. He argued"
)


def _ranges(text: str) -> list[tuple[int, int]]:
    # every start and end that is a word's edge or inside one, a few past the text's end
    return [(a, b) for a in range(-2, len(text) + 2, 3) for b in range(a - 1, len(text) + 3, 2)]


@pytest.mark.parametrize("text", [_TEXT, _TEXT.encode("ascii", "replace").decode(), "said", ""])
def test_cues_in_equals_the_search_of_the_range(text):
    new_document()
    for a, b in _ranges(text):
        got = [(m.span(), m.group()) for m in cues_in(text, a, b)]
        want = [(m.span(), m.group()) for m in cue_re().finditer(text, a, b)]
        assert got == want, (a, b, text[max(a, 0) : b])


def test_cues_in_reads_whole_words_only():
    new_document()
    text = "The memo was unsaid, the essayist told them, and Said says nothing."
    assert [m.group() for m in cues_in(text, 0, len(text))] == ["told", "says"]
    # a range ending inside "told" reads the cut word as the old search did
    k = text.index("told") + 3
    assert [m.group() for m in cues_in(text, 0, k)] == [m.group() for m in cue_re().finditer(text, 0, k)]


def _scan_latest(rows, lo, hi, start_before):
    before = [r for r in rows if lo <= r["char_end"] <= hi and r["char_start"] < start_before]
    return max(before, key=lambda r: r["char_end"]) if before else None


def test_latest_end_within_equals_a_scan_of_the_rows():
    import random

    from workbench.quotes._doc import Doc

    rng = random.Random(7)
    text = "The mayor spoke. " * 10
    for _ in range(200):
        doc = Doc(text, [(0, len(text))], [(0, len(text))])
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 60)
            doc.rows.append(
                {"char_start": start, "char_end": start + rng.randint(0, 20), "id": len(doc.rows)}
            )
        for _ in range(20):
            lo, hi, before = rng.randint(0, 80), rng.randint(0, 80), rng.randint(0, 80)
            assert doc.latest_end_within(lo, hi, before) is _scan_latest(doc.rows, lo, hi, before)


def test_trailing_participle_goes_on_from_the_statement_before_it():
    from workbench.quotes import extract_quotes

    text = '"We have no plan yet," the harbour master said, adding that the ferry would run on Sunday.'
    rows = extract_quotes(text)
    assert list(rows["cue"]) == ["said", "adding"]
    assert list(rows["speaker"]) == ["the harbour master", "the harbour master"]
