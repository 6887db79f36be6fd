"""One capitalised word after "the" that names no person's role is an institution ("The
Kremlin said", "The Garda said"); titles, offices and groups keep their types. Sentences
written for the test."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "subject, source_type",
    [
        ("The Kremlin", "organisation"),
        ("The Garda", "organisation"),
        ("The Treasury", "organisation"),
        ("The Pope", "anonymous"),
        ("The Bishop", "anonymous"),
        ("The Principal", "anonymous"),
        ("The Americans", "group"),
        ("One", "anonymous"),
    ],
)
def test_the_type(subject, source_type):
    (r,) = quote_records(f"Intro.\n\n{subject} said the plan was sound.")
    assert str(r["source_type"]) == source_type
