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


def test_covered_equals_a_scan_of_the_rows():
    import random

    from workbench.quotes._doc import Doc
    from workbench.quotes._mention_type import Mention

    rng = random.Random(11)
    text = ("The harbour master said the ferries would run on time next week. " * 8).strip()
    he = Mention("pronoun", "he", 0, 2)
    for _ in range(60):
        doc = Doc(text, [(0, len(text))], [(0, len(text))])
        for _ in range(25):
            op = rng.random()
            if op < 0.5:
                a = rng.randint(0, len(text) - 40)
                doc.add("indirect", [(a, min(len(text), a + rng.randint(20, 200)))], he, "said", "say")
            elif op < 0.6 and doc.rows:
                doc.truncate(rng.randint(0, len(doc.rows)))
            elif op < 0.65:
                doc.rows = [r for r in doc.rows if rng.random() < 0.7]  # changed other than by add
            for _ in range(5):
                a = rng.randint(-5, len(text))
                b = a + rng.randint(0, 60)
                want = any(a < r["char_end"] and r["char_start"] < b for r in doc.rows)
                assert doc.covered(a, b) is want, (a, b)


_MARKS_TEXT = (
    "The mayor said it.The council - and the board \u2014 agreed.Twice! Why?Nobody knew. "
    "Rev.Smith left \u2013 then -- returned.\nA-B - C\u00a0\u2014 D 3.5% rise.Then"
)


@pytest.mark.parametrize("chars", [".!?", "-\u2013\u2014", ".", ""])
def test_positions_of_equals_a_search_for_the_characters(chars):
    import re

    from workbench.quotes._doc import positions_of

    want = [m.start() for m in re.finditer("[" + re.escape(chars) + "]", _MARKS_TEXT)] if chars else []
    assert positions_of(_MARKS_TEXT, chars) == want


def test_glued_sentences_and_spaced_dashes_as_the_patterns_find_them():
    from workbench.quotes import _doc, _extract

    sentences = [(0, len(_MARKS_TEXT))]
    glued = [m.start() for m in _doc._GLUED_RE.finditer(_MARKS_TEXT)]
    assert len(glued) >= 3
    cuts = [b for _, b in _doc.split_glued(_MARKS_TEXT, sentences)][:-1]
    assert cuts and all(k - 1 in glued for k in cuts)
    dashes = [m.start() for m in _extract._SPACED_DASH_RE.finditer(_MARKS_TEXT)]
    mine = [
        k for k in _doc.positions_of(_MARKS_TEXT, _extract._DASHES) if k > 0 and _MARKS_TEXT[k - 1].isspace()
    ]
    assert mine == dashes and len(dashes) >= 4


@pytest.mark.parametrize(
    "text",
    [
        "It was a long day, the ferry-boat captain's mate's log -- all 'twas -- said.",
        "\u201cRock \u2019n\u2019 roll,\u201d he said \u2014 twice\u2026 \u00abnon\u00bb caf\u00e9 na\u00efve a--b a-'b _x_ 3.5",
        "",
        "- ' \u2019",
    ],
)
def test_n_words_equals_count_words(text):
    from workbench.quotes._cues import n_words
    from workbench.text import count_words

    new_document()
    for k in range(len(text) + 1):
        assert n_words(text[:k]) == count_words(text[:k]), text[:k]
        assert n_words(text[k:]) == count_words(text[k:]), text[k:]


_AS_TEXT = "As he said, it was as bad as\tthe last time; Kansas has a base as-is, as\nwell. as"


def test_has_as_word_as_the_pattern_reads_it():
    from workbench.quotes import _as_source

    n = len(_AS_TEXT)
    for a in range(n + 1):
        for b in range(a, n + 1):
            head = (
                _AS_TEXT.startswith(("as", "As"), a)
                and a + 2 <= b
                and (a + 2 == b or _AS_TEXT[a + 2].isspace())
            )
            want = head or _as_source._AS_WORD_RE.search(_AS_TEXT, a, b) is not None
            assert _as_source._has_as_word(_AS_TEXT, a, b) is want, (a, b)


def test_any_char_within_equals_a_search():
    import re

    from workbench.quotes._cues import QUOTE_CHARS, any_char_within

    new_document()
    text = 'He said \u201cno\u201d and "yes" and \u2018maybe\u2019 then nothing at all.'
    pattern = re.compile("[" + re.escape(QUOTE_CHARS) + "]")
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 2):
            assert any_char_within(text, QUOTE_CHARS, a, b) is (pattern.search(text, a, b) is not None)


def test_narration_sentence_ends_as_the_pattern_finds_them():
    from workbench.quotes import _narration

    text = 'He left. "Why?" she asked!\n\n\nThen   nothing.\nA list\n \n3.5 and U.S. policy... end.'
    want = [(m.start(), m.end()) for m in _narration.SENTENCE_END_RE.finditer(text)]
    _narration._sentence_ends.cache_clear()
    starts, ends = _narration._sentence_ends(text)
    assert list(zip(starts, ends)) == want and len(want) >= 5


def test_quoted_spans_from_the_text_s_list_of_marks():
    from workbench.quotes import _marks

    text = 'She said "one" and \u201ctwo\u201d.\n\n"Three, \u00abfour\u00bb.\n\n"Five."'
    paragraphs = [(0, 28), (30, 46), (48, len(text))]
    marks = [m.start() for m in _marks._DOUBLE_RE.finditer(_marks.mark_view(text))]
    assert _marks.positions_of(_marks.mark_view(text), _marks.QUOTE_CHARS) == marks
    spans = [(s.start, s.end) for s in _marks.quoted_spans(text, paragraphs)]
    assert [text[a:b] for a, b in spans][:2] == ["one", "two"]


_PHRASE_WORDS = (
    "the a statement report by of from with interviews issued filed citing quoting drawing on in at "
    "during through those polled surveyed launching his plan Those FROM By Of With WITH officials "
    "relying referring to echoing at least most before after"
).split()


def test_pattern_guards_never_skip_a_match():
    # each guard is a literal the pattern needs: where the literal is missing, so is a match
    import random

    from workbench.quotes import _mentions, _phrase_edges

    rng = random.Random(3)
    for _ in range(20000):
        s = " ".join(rng.choice(_PHRASE_WORDS) for _ in range(rng.randint(1, 6)))
        low = s.lower()
        if not any(w in low for w in ("by", "of", "from", "with")):
            assert _phrase_edges._DOCUMENT_RE.match(s) is None, s
        if "ing" not in s:
            assert _mentions._VERB_PHRASE_RE.match(s) is None, s
        if not s.startswith(_mentions._SOURCE_ASIDE_OPENINGS):
            assert _mentions._SOURCE_ASIDE_RE.match(s) is None, s
        if not s.startswith(_mentions._PREPOSITIONS):
            assert _mentions._PREPOSITIONAL_RE.match(s) is None, s
        if not low.startswith("those"):
            assert _mentions._THOSE_RE.fullmatch(low) is None, s
