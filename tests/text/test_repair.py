"""Rules of workbench.repair: every change is recorded and can be replayed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.config import RAW_DIR
from workbench.text import REPAIR_KINDS, Repair, apply_repairs, build_evidence, repair_text


def _fixed(text, **kwargs):
    return repair_text(text, **kwargs)[0]


# ---------------------------------------------------------------- unicode and mojibake


@pytest.mark.parametrize(
    "text, expected",
    [
        ("caf\u00c3\u00a9 society", "caf\u00e9 society"),
        ("the Kremlin\u00e2\u20ac\u2122s view", "the Kremlin\u2019s view"),
        ("a dash \u00e2\u20ac\u201c here", "a dash \u2013 here"),
    ],
)
def test_mojibake(text, expected):
    fixed, repairs = repair_text(text)
    assert fixed == expected
    assert {r.kind for r in repairs} == {"mojibake"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("cafe\u0301", "caf\u00e9"),  # NFC
        ("\ufb01nal", "final"),  # ligature
        ("AT&amp;T", "AT&T"),  # HTML entity
        ("soft\u00adhyphen", "softhyphen"),
        (
            "he said \u201cyes\u201d \u2014 and left",
            "he said \u201cyes\u201d \u2014 and left",
        ),  # quotes and dashes kept
        ("\uff21\uff22\uff23 \u3000x", "\uff21\uff22\uff23 \u3000x"),  # full width kept
    ],
)
def test_unicode(text, expected):
    fixed, repairs = repair_text(text)
    assert fixed == expected
    assert all(r.kind == "unicode" for r in repairs)


# ---------------------------------------------------------------- whitespace


@pytest.mark.parametrize(
    "text, expected",
    [
        ("two  spaces", "two spaces"),
        ("non\u00a0breaking", "non breaking"),
        ("narrow\u202fspace", "narrow space"),
        ("zero\u200bwidth", "zerowidth"),
        ("tab\there", "tab here"),
        ("  leading and trailing  ", "leading and trailing"),
        ("line one \n  line two", "line one\nline two"),
        ("already clean", "already clean"),
    ],
)
def test_whitespace(text, expected):
    fixed, repairs = repair_text(text)
    assert fixed == expected
    assert all(r.kind == "whitespace" for r in repairs)


# ---------------------------------------------------------------- stray spaces


@pytest.mark.parametrize(
    "text, expected",
    [
        ("strained United States -Russia ties", "strained United States-Russia ties"),
        ("the EU -China summit", "the EU-China summit"),
        ("Moscow , he said", "Moscow, he said"),
        ("it ended .", "it ended."),
        ("really ?", "really?"),
        ("a pause ; then", "a pause; then"),
        # not stray
        ("Russia - the largest country", "Russia - the largest country"),
        ("temperatures of -5 degrees", "temperatures of -5 degrees"),
        ("the well -known case", "the well -known case"),
        ("and so on ...", "and so on ..."),
        ("a value of .5 percent", "a value of .5 percent"),
    ],
)
def test_stray_space(text, expected):
    fixed, repairs = repair_text(text)
    assert fixed == expected
    assert all(r.kind == "stray_space" for r in repairs)


def test_french_spacing_is_kept():
    assert _fixed("Vraiment ? Oui !", language="fr") == "Vraiment ? Oui !"


# ---------------------------------------------------------------- glued sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "confirmed to The Moscow Times.Earlier this month",
            "confirmed to The Moscow Times. Earlier this month",
        ),
        (
            "expert dialogues (track 2).The Moscow Times has",
            "expert dialogues (track 2). The Moscow Times has",
        ),
        ("an online format.I have been", "an online format. I have been"),
        ("annexed in 2014.If Russia", "annexed in 2014. If Russia"),
        ("Is it over?Nobody knows!We wait.", "Is it over? Nobody knows! We wait."),
        ('"It is over."Then he left.', '"It is over." Then he left.'),
        ('He left."We will stay," she said.', 'He left. "We will stay," she said.'),
        ("\u201cIt is over.\u201dThen he left.", "\u201cIt is over.\u201d Then he left."),
        ("the alliance grew, said NATO.The members", "the alliance grew, said NATO. The members"),
        ("Москва отказалась.Однако переговоры", "Москва отказалась. Однако переговоры"),
        # not glued
        ("U.S.Army officers", "U.S.Army officers"),
        ("some, e.g.The Times, agreed", "some, e.g.The Times, agreed"),
        ("track 1.5 diplomacy", "track 1.5 diplomacy"),
        ("in St.Petersburg today", "in St.Petersburg today"),
        ("Mr.Smith arrived", "Mr.Smith arrived"),
        ("see example.com or Booking.Com now", "see example.com or Booking.Com now"),
        ("at www.Example.org/News today", "at www.Example.org/News today"),
        ("the report.PDF file", "the report.PDF file"),
        ("he paused...Then spoke", "he paused...Then spoke"),
        ("J.K.Rowling wrote", "J.K.Rowling wrote"),
        ("ASP.NET code", "ASP.NET code"),
    ],
)
def test_glued_sentence(text, expected):
    fixed, repairs = repair_text(text)
    assert fixed == expected
    assert all(r.kind == "glued_sentence" for r in repairs)


def test_glued_sentence_records_the_punctuation():
    _, repairs = repair_text("the Times.Earlier")
    assert repairs == [Repair("glued_sentence", 9, 10, ".", ". ")]


# ---------------------------------------------------------------- contractions


@pytest.mark.parametrize(
    "text, expected",
    [
        ("But now theyre at war", "But now they're at war"),
        ("They dont know", "They don't know"),
        ("It doesnt matter and it isnt over", "It doesn't matter and it isn't over"),
        ("Dont go", "Don't go"),
        ("DONT GO", "DON'T GO"),
        ("thats all", "that's all"),
        # "cant" and "wont" need evidence that the document writes apostrophes
        ("They don't care. We cant say.", "They don't care. We can't say."),
        ("They dont care and wont go.", "They don't care and won't go."),
        ("He wont say.", "He wont say."),
        ("It was his wont to walk. They don't.", "It was his wont to walk. They don't."),
        # never ambiguous ones
        ("We were well and its fine", "We were well and its fine"),
        ("the hell shell id lets ill wed shed", "the hell shell id lets ill wed shed"),
        # already fine
        ("they're here", "they're here"),
        ("don't-care attitude", "don't-care attitude"),
    ],
)
def test_contraction(text, expected):
    fixed, repairs = repair_text(text)
    assert fixed == expected
    assert all(r.kind == "contraction" for r in repairs)


def test_contraction_uses_the_documents_apostrophe():
    evidence = build_evidence(["Russia\u2019s view, they don\u2019t say."])
    assert _fixed("theyre here", evidence=evidence) == "they\u2019re here"


# ---------------------------------------------------------------- possessive apostrophes

_CONTEXT = (
    "Talks with the Kremlin went on. Officials in Ukraine and in Washington agreed. "
    "The Russians were silent. Many Americans left. Vladimir Putin spoke to the "
    "United States. Both States agreed at times."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "When it came to the Kremlins willingness to act",
            "When it came to the Kremlin's willingness to act",
        ),
        ("access to the Kremlins thinking, though", "access to the Kremlin's thinking, though"),
        ("guaranteeing Ukraines independence", "guaranteeing Ukraine's independence"),
        ("Washingtons goal is clear", "Washington's goal is clear"),
        ("Vladimir Putins decision", "Vladimir Putin's decision"),
        # plurals and other words that end in s
        ("the Russians were unable to say", "the Russians were unable to say"),
        ("the Russians proceeded to leak", "the Russians proceeded to leak"),
        ("two Americans for one Russian", "two Americans for one Russian"),
        ("the Ukrainians and the Europeans", "the Ukrainians and the Europeans"),
        ("the United States officials", "the United States officials"),
        ("The Moscow Times reported", "The Moscow Times reported"),
        ("parents house", "parents house"),
        ("talks with the Kremlins.", "talks with the Kremlins."),
        ("the Genevas talks", "the Genevas talks"),  # no evidence for "Geneva"
    ],
)
def test_apostrophe(text, expected):
    evidence = build_evidence([_CONTEXT, text])
    fixed, repairs = repair_text(text, evidence=evidence)
    assert fixed == expected
    assert all(r.kind == "apostrophe" for r in repairs)


def test_apostrophe_plural_evidence_anywhere_in_the_document():
    # "the Smiths were" elsewhere in the document: "Smiths" is a plural there
    evidence = build_evidence(["The Smiths were at home.", "Mr Smith said so.", "the Smiths house"])
    assert _fixed("the Smiths house", evidence=evidence) == "the Smiths house"


# ---------------------------------------------------------------- bookkeeping


def test_repairs_are_in_input_offsets():
    text = "caf\u00c3\u00a9  owner  said.Then theyre  gone"
    fixed, repairs = repair_text(text)
    assert fixed == "caf\u00e9 owner said. Then they're gone"
    for r in repairs:
        assert text[r.start : r.end] == r.before
        assert r.kind in REPAIR_KINDS
    assert apply_repairs(text, repairs) == fixed


def test_merged_repairs_keep_offsets():
    # the whitespace step and the stray-space step touch the same characters
    text = "United States  -Russia"
    fixed, repairs = repair_text(text)
    assert fixed == "United States-Russia"
    assert apply_repairs(text, repairs) == fixed
    assert [r.kind for r in repairs] == ["stray_space"]


def test_apply_repairs_rejects_repairs_that_do_not_fit():
    with pytest.raises(ValueError):
        apply_repairs("abc", [Repair("whitespace", 0, 1, "x", "y")])
    with pytest.raises(ValueError):
        apply_repairs("abc", [Repair("w", 1, 2, "b", ""), Repair("w", 0, 1, "a", "")])


def test_input_is_not_a_str():
    with pytest.raises(TypeError):
        repair_text(None)


_PIECES = st.sampled_from(
    list("aAbB sS.,!?;:-\"'()\n\t\u00a0\u200b\u2019\u201c\u201d1")
    + [
        "Kremlin",
        "Kremlins",
        "the ",
        " -",
        "theyre",
        "dont",
        "wont",
        "U.S.",
        "e.g.",
        "...",
        "\u00c3\u00a9",
        "\u00e2\u20ac\u2122",
        "  ",
        "Times.",
        "Earlier",
        "Russians were",
        "&amp;",
        "e\u0301",
    ]
)


@given(st.text())
@settings(max_examples=400, deadline=None)
def test_apply_repairs_gives_the_output_for_any_text(text):
    fixed, repairs = repair_text(text)
    assert apply_repairs(text, repairs) == fixed
    assert all(r.before != r.after for r in repairs)


@given(st.lists(_PIECES, max_size=40).map("".join))
@settings(max_examples=600, deadline=None)
def test_apply_repairs_gives_the_output_for_news_like_text(text):
    fixed, repairs = repair_text(text)
    assert apply_repairs(text, repairs) == fixed


@given(st.lists(_PIECES, max_size=40).map("".join))
@settings(max_examples=600, deadline=None)
def test_repair_is_idempotent(text):
    fixed, _ = repair_text(text)
    again, repairs = repair_text(fixed)
    assert repairs == [] and again == fixed


@given(st.lists(_PIECES, max_size=40).map("".join), st.lists(_PIECES, max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_repair_is_idempotent_with_document_evidence(text, other):
    evidence = build_evidence([text, other])
    fixed, _ = repair_text(text, evidence=evidence)
    assert repair_text(fixed, evidence=evidence)[1] == []


def test_long_text_is_fast():
    import time

    text = "the Kremlin view.Then theyre  gone " * 5000
    t0 = time.perf_counter()
    fixed, repairs = repair_text(text)
    assert len(repairs) == 3 * 5000 + 1
    assert apply_repairs(text, repairs) == fixed
    assert time.perf_counter() - t0 < 10


def test_same_input_same_repairs():
    text = "the Kremlins view.Then theyre gone"
    assert repair_text(text) == repair_text(text)


# ---------------------------------------------------------------- the seed report


def _body(name, first, last):
    return (RAW_DIR / name).read_text(encoding="utf-8").splitlines()[first - 1 : last]


def test_seed_report_repairs():
    body = _body("000_22f02c29782b9ea9.txt", 3, 17)
    evidence = build_evidence(body)
    fixed = []
    kinds = set()
    for line in body:
        out, repairs = repair_text(line, evidence=evidence)
        assert apply_repairs(line, repairs) == out
        assert repair_text(out, evidence=evidence)[1] == []
        kinds.update(r.kind for r in repairs)
        fixed.append(out)
    text = "\n".join(fixed)
    assert "The Moscow Times. Earlier this month" in text
    assert "(track 2). The Moscow Times" in text
    assert "Kremlin's willingness" in text and "Kremlin's thinking" in text
    assert "Ukraine's independence" in text and "Ukraine's chances" in text
    assert "Washington's goal" in text
    assert "now they're at war" in text
    assert "United States-Russia ties" in text and " -Russia" not in text
    assert "the Russians were unable" in text
    assert "the Russians proceeded" in text
    assert "Russian's" not in text and "State's" not in text and "Time's" not in text
    assert kinds == {"glued_sentence", "apostrophe", "contraction", "stray_space"}


def test_seed_report_with_one_glued_question():
    body = [line for line in _body("003_bf1a606aa709ab04.txt", 10, 56) if line.strip()]
    evidence = build_evidence(body)
    repairs = [r for line in body for r in repair_text(line, evidence=evidence)[1]]
    assert [(r.kind, r.before, r.after) for r in repairs] == [("glued_sentence", "?", "? ")]
    assert "on Ukraine?The moves" in body[0]


# ---------------------------------------------------------------- steps skipped, same result

TYPOGRAPHIC = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026"


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from([chr(i) for i in range(32, 127)] + list(TYPOGRAPHIC) + ["\n", "\t"]),
        max_size=80,
    )
)
def test_ftfy_leaves_ascii_and_typographic_text_alone(text):
    """The text _unicode_edits does not give ftfy is text ftfy would not change."""
    import ftfy

    from workbench.text._repair import _FTFY_CONFIG, _unicode_edits

    assert ftfy.fix_text(text, _FTFY_CONFIG) == text
    assert _unicode_edits(text) == []


def test_mojibake_beside_typographic_quotes_is_still_fixed():
    text, repairs = repair_text("The minister\u2019s caf\u00c3\u00a9 \u2014 closed")
    assert text == "The minister\u2019s caf\u00e9 \u2014 closed"
    assert [r.kind for r in repairs] == ["mojibake"]


@pytest.mark.parametrize(
    "word, fixed", [("dont", "don't"), ("Dont", "Don't"), ("DONT", "DON'T"), ("isnt", "isn't")]
)
def test_contractions_in_any_case_are_found(word, fixed):
    assert repair_text(f"They {word} know.")[0] == f"They {fixed} know."
