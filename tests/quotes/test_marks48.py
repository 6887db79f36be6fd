"""Damaged web copy (issues 14 and 15): lost opening marks, full stops glued to an opening
mark, subheadings run into their paragraph; and near-misses that must stay as they are.
Every text here is invented."""

from __future__ import annotations

import pytest

from workbench.quotes import quote_records
from workbench.text import repair_text, run_in_breaks, split_run_in_heading


def _recs(text: str) -> list[tuple[str, str, str]]:
    return [(r["kind"], str(r["speaker_name"]), r["text"]) for r in quote_records(text)]


# ---------------------------------------------------------------- 1. lost opening marks


def test_orphan_mark_opens_at_its_own_sentence_not_the_paragraph_start():
    text = (
        "Tobias Renn said the verdict was unjust. Mira Olsen said she would go on with her work. "
        'Jail has not changed my mind," she said.'
    )
    recs = _recs(text)
    assert ("indirect", "Tobias Renn", "the verdict was unjust") in recs
    assert ("indirect", "Mira Olsen", "she would go on with her work") in recs
    assert ("direct", "Mira Olsen", "Jail has not changed my mind") in recs


def test_orphan_mark_takes_in_earlier_sentences_up_to_the_last_attribution():
    text = 'Greta Vinter said sales fell. Our customers buy no coats in May. We know that," she said.'
    direct = [r for r in _recs(text) if r[0] == "direct"]
    assert [r[2] for r in direct] == ["Our customers buy no coats in May. We know that"]


def test_orphan_mark_whose_sentence_speaks_in_the_first_person_is_no_stray():
    text = "Tala Ness spoke at the school. One morning my aide called me and said the road had gone,'' Ness said."
    recs = _recs(text)
    assert any(r[0] == "direct" and r[1] == "Tala Ness" and "road had gone" in r[2] for r in recs)


def test_orphan_mark_after_narration_without_a_cue_still_opens_at_the_paragraph_start():
    # (first-person sentences all the way: one quotation, as before)
    text = 'I have run this bakery for thirty years. We will not close," said Piet Marlow.'
    direct = [r for r in _recs(text) if r[0] == "direct"]
    assert [(r[1], r[2]) for r in direct] == [
        ("Piet Marlow", "I have run this bakery for thirty years. We will not close")
    ]


def test_stray_closing_mark_leaves_the_sentence_its_own_speaker():
    text = (
        "Lawyer Anton Fell said his client would appeal.\n\n"
        'Judge Hanna Moor said the accused had betrayed the trust of the whole town." '
        "The hearing ended at noon."
    )
    recs = _recs(text)
    assert ("indirect", "Anton Fell", "his client would appeal") in recs
    moor = [r for r in recs if r[1] == "Hanna Moor"]
    assert moor and moor[0][2].startswith("the accused had betrayed the trust")
    assert not any(r[1] == "Anton Fell" and "Hanna Moor" in r[2] for r in recs)


def test_quotation_after_its_attribution_losing_its_opening_mark_is_one_statement():
    text = '"We are ready to talk," Lena Ostrova said. Talks will resume in May."'
    recs = _recs(text)
    assert len(recs) == 1 and recs[0][1] == "Lena Ostrova"


def test_first_person_cue_inside_the_quotation_is_not_an_attribution():
    text = 'We told them no. We will not sell," said Ruud Kramer.'
    direct = [r for r in _recs(text) if r[0] == "direct"]
    assert [(r[1], r[2]) for r in direct] == [("Ruud Kramer", "We told them no. We will not sell")]


ARTICLE = [
    'Mayor Ilsa Brandt opened the new ferry pier on Friday. "It took ten years," she said.',
    'Harbour master Jonas Keel said the pier would take bigger boats. "We are ready for them," he said.',
    "The council will vote on the fees in June.",
    '"Nobody asked the fishermen," said Edda Lind, who runs the fish market.',
]


def _by_paragraph(paras: list[str]) -> list[list[tuple]]:
    text = "\n\n".join(paras)
    starts, k = [], 0
    for p in paras:
        starts.append(k)
        k += len(p) + 2
    out: list[list[tuple]] = [[] for _ in paras]
    for r in quote_records(text):
        i = max(j for j, s in enumerate(starts) if s <= r["char_start"])
        out[i].append((r["kind"], str(r["speaker_name"]), r["text"]))
    return out


@pytest.mark.parametrize("damaged", [0, 1, 3])
def test_removing_one_opening_mark_moves_that_paragraphs_statements_only(damaged):
    clean = _by_paragraph(ARTICLE)
    paras = list(ARTICLE)
    paras[damaged] = paras[damaged].replace('"', "", 1)
    hurt = _by_paragraph(paras)
    for i, (a, b) in enumerate(zip(clean, hurt)):
        if i != damaged:
            assert a == b


@pytest.mark.parametrize("damaged", [0, 1, 2])
def test_a_stray_mark_moves_that_paragraphs_statements_only(damaged):
    clean = _by_paragraph(ARTICLE)
    paras = list(ARTICLE)
    paras[damaged] = paras[damaged].replace(" on ", ' on" ', 1).replace(" the ", ' the" ', 1)
    hurt = _by_paragraph(paras)
    for i, (a, b) in enumerate(zip(clean, hurt)):
        if i != damaged:
            assert a == b


# ---------------------------------------------------------------- 2. a full stop glued to an opening mark


@pytest.mark.parametrize(
    "text",
    [
        "Police said the march was calm.\u201eNobody was hurt,\u201c said spokesman Arno Veit.",
        'Police said the march was calm."Nobody was hurt," said spokesman Arno Veit.',
        "Police said the march was calm.\u00abNobody was hurt,\u00bb said spokesman Arno Veit.",
        "Police said the march was calm.\u201cNobody was hurt,\u201d said spokesman Arno Veit.",
    ],
)
def test_glued_full_stop_before_any_opening_mark_is_a_sentence_break(text):
    recs = _recs(text)
    assert ("indirect", "Police", "the march was calm") in recs
    assert ("direct", "Arno Veit", "Nobody was hurt") in recs


def test_glued_full_stop_before_an_opening_mark_is_repaired():
    text, repairs = repair_text("Police said the march was calm.\u201eNobody was hurt,\u201c said Arno Veit.")
    assert "calm. \u201eNobody" in text
    assert [(r.kind, r.before, r.after) for r in repairs] == [("glued_sentence", ".", ". ")]


def test_closing_mark_glued_to_the_next_sentence_stays_with_its_quotation():
    text = 'Arno Veit said: "It is over."The talks ended on Friday, Nele Ruhr said.'
    recs = _recs(text)
    assert ("direct", "Arno Veit", "It is over.") in recs
    assert any(r[1] == "Nele Ruhr" and r[2].startswith("The talks ended") for r in recs)


@pytest.mark.parametrize(
    "text",
    [
        'He was born in the U.S."Never again," he said.',  # initials: no break inside "U.S."
        "Dr.\u201eSmith\u201c is a nickname here.",  # an abbreviation
    ],
)
def test_no_break_after_initials_or_abbreviations(text):
    from workbench.quotes._doc import split_glued

    assert split_glued(text, [(0, len(text))]) == [(0, len(text))]


# ---------------------------------------------------------------- 3. run-in subheadings


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Talks stalledThe minister said the talks would resume in May.", "minister"),
        ("A bet on the northThe company said it would build a plant in Tromso.", "company"),
        ("Rents at record highsThey said the city had failed to build homes.", "They"),
        ("Union DefiantThe union said the strike would go on.", "union"),
    ],
)
def test_run_in_heading_is_no_part_of_the_speaker(text, speaker):
    recs = quote_records(text)
    assert recs and recs[0]["speaker"].endswith(speaker) and "\u00a0" not in recs[0]["speaker"]
    assert not any(c.islower() and d.isupper() for c, d in zip(recs[0]["speaker"], recs[0]["speaker"][1:]))


def test_run_in_heading_before_a_quotation():
    recs = _recs('Shipping hit"We are losing money," said Marta Kell, a trader.')
    assert recs == [("direct", "Marta Kell", "We are losing money")]


def test_run_in_heading_is_repaired_with_a_line_break():
    text, repairs = repair_text("Talks stalledThe minister said the talks would resume in May.")
    assert text == "Talks stalled\nThe minister said the talks would resume in May."
    assert [r.kind for r in repairs] == ["run_in_heading"]
    head, rest, _ = split_run_in_heading(text)
    assert head == "Talks stalled" and rest.startswith("The minister")
    assert repair_text(text)[1] == []  # repaired once


@pytest.mark.parametrize(
    "text",
    [
        "The new iPhone sold out. McDonald's said YouTube and PlayStation drove sales.",
        "DeSantis met MacArthur fans. LeBron James said WeChat was blocked.",
        "Fans of the LogIn app said it was slow.",  # a camel-case word ending in "In"
        "She said the PostIt notes were gone.",
        "KnitCanShe Free Patterns for Beginners",  # a brand's middle capital
        "QnA bots for small shops",  # a short camel-case word before "A"
        "Motley Trail The Harbour Fund",  # an opener before a capitalised word
        'Mayor Ilsa Brandt said"We will win," and left.',  # a lost space after the cue
        "The report, they said, ends here.\nRoads closedIn the hills the snow fell.",  # not a heading's line
        "Winter is hereThe.",  # no word after the opener
    ],
)
def test_camel_case_names_and_near_misses_are_no_run_in_heading(text):
    if "closedIn" in text:
        # a heading's line: the break is found
        assert run_in_breaks(text) == [text.index("In the")]
        return
    assert run_in_breaks(text) == []
    assert [r.kind for r in repair_text(text)[1] if r.kind == "run_in_heading"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a poem's short lines, a list, an address, a table: nothing to split
        "The sea is cold\nThe boats are in\nWe wait for spring",
        "Apples, 2 kg\nPears, 1 kg\nPlums, 3 kg",
        "Harbour Office\n12 Quay Street\nNorvik 4410",
        "Team | Won | Lost\nNorvik | 3 | 1",
    ],
)
def test_short_lines_are_left_alone(text):
    assert repair_text(text)[0] == text


# ---------------------------------------------------------------- 4. glued paragraphs of one quotation


def test_glued_paragraphs_of_a_multi_paragraph_quote_pair_as_paragraphs():
    text = (
        'The port has been shut for a month."My father fished here for forty years," said Oona Brack, '
        'mending a net. "He was never idle. Now he sits at home."They tell us nothing. We hear it on '
        'the radio like everyone else."The harbour board said the port would reopen in spring.'
    )
    recs = _recs(text)
    assert ("indirect", "harbour board", "the port would reopen in spring") in recs
    brack = [r for r in recs if r[1] == "Oona Brack"]
    assert len(brack) == 1 and brack[0][2].endswith("like everyone else.")
    assert not any("harbour board" in r[2] for r in brack)
