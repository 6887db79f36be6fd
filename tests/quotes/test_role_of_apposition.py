"""A person named in apposition after a role "of" a place or a body is the speaker, where a
town and its region are not ("Dana Ruiz of Lansing, Mich., said"). Sentences written for the test."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Mayor of Kestrelby, Harriet Vance, said the road would reopen.", "Harriet Vance"),
        ("The chief executive of Acme, Harriet Vance, said the plant would stay open.", "Harriet Vance"),
        ("The head of Marlow Rowing Club, Tom Reed, said the regatta would go ahead.", "Tom Reed"),
        # a town and its region after a person's name: the person
        ("Dana Ruiz of Lansing, Mich., said the plant would close.", "Dana Ruiz"),
        ("A nurse from Dover, Delaware, said the ward was full.", "nurse"),
    ],
)
def test_the_name_after_the_role_speaks(text, name):
    (r,) = quote_records(text)
    assert str(r["speaker_name"]) == name
