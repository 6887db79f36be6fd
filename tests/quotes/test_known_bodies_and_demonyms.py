"""A demonym used as a noun is a person ("The Spaniard said"), never the institution a lone
capitalised word after "the" otherwise names ("The Garda said"); a one-word name the
hand-written gazetteer knows as an organisation is one ("Labour said"); police ranks are titles."""

import pytest

from workbench.quotes import quote_records


def _sources(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["source_type"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Spaniard said he was happy with his form.", [("Spaniard", "anonymous")]),
        ("The Frenchwoman said she was delighted.", [("Frenchwoman", "anonymous")]),
        ("The Garda said the man was arrested.", [("Garda", "organisation")]),
        ("Labour said the figures were damning.", [("Labour", "organisation")]),
        ("PCSO Dan Moss said he had acted in self-defence.", [("Dan Moss", "person")]),
        (
            "Raid\n\nPC Tom Jones was injured during the arrest.\n\nPC Jones said the suspect had lunged at him.",
            [("Tom Jones", "person")],
        ),
        # a gender makes a one-word name a person's, whatever body shares it
        ('"I miss him every day," Mrs Wagner said.', [("Wagner", "person")]),
        # a surname that is also a known body's word stays the person's
        (
            "Ann Wagner said the bill was flawed. Wagner added that it would fail.",
            [("Ann Wagner", "person"), ("Ann Wagner", "person")],
        ),
    ],
)
def test_demonyms_known_bodies_and_ranks(text, expected):
    assert _sources(text) == expected
