"""The statement indexes of a document's working state stay right when tries are dropped."""

from workbench.quotes._doc import Doc
from workbench.quotes._mentions import parse_speaker

TEXT = (
    "The mayor said the bridge would reopen in May. The council said the budget was too small. "
    "A resident said the noise had stopped at last."
)


def _doc_with_three_statements():
    sentences = [(0, 47), (48, 89), (90, len(TEXT))]
    doc = Doc(TEXT, [(0, len(TEXT))], sentences)
    for (a, b), cue_at in zip(sentences, ("said the bridge", "said the budget", "said the noise")):
        k = TEXT.index(cue_at)
        assert doc.add("indirect", [(k + 5, b - 1)], parse_speaker(TEXT[a:k].strip(), a), "said", "say")
    return doc


def test_first_start_within_finds_the_first_statement_inside():
    doc = _doc_with_three_statements()
    second = doc.rows[1]["char_start"]
    assert doc.first_start_within(48, 89) == second
    assert doc.first_start_within(second, 89) is None  # strictly inside
    assert doc.first_start_within(0, 5) is None


def test_truncate_drops_the_tries_from_every_index():
    doc = _doc_with_three_statements()
    third = doc.rows[2]
    assert doc.covered(third["char_start"], third["char_end"])
    doc.truncate(1)
    assert len(doc.rows) == 1
    assert not doc.covered(third["char_start"], third["char_end"])
    assert doc.first_start_within(48, len(TEXT)) is None
    assert doc.last_ending_within(third["char_end"] - 1, third["char_end"] + 1) is None
    assert doc.covered(doc.rows[0]["char_start"], doc.rows[0]["char_start"] + 1)
