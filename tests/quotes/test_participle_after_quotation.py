"""A participle after a quotation inside its clause ('Lund told reporters he was "sure" of
it, adding: "..."') speaks for the sentence's subject when no subject stands between the
quotation and the participle; its cue is the participle. Sentences self-written."""

from workbench.quotes import quote_records


def test_the_participle_after_a_quotation_in_the_report() -> None:
    text = 'Lund told reporters he was "absolutely confident" of victory, adding: "The fans deserve it."'
    assert [(r["speaker_name"], r["text"], r["cue"]) for r in quote_records(text)] == [
        ("Lund", 'he was "absolutely confident" of victory', "told"),
        ("Lund", "The fans deserve it.", "adding"),
    ]
