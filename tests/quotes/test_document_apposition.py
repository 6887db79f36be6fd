"""A person's description is no apposition of a text's name: in "The Act of Union, the
professor said, ..." the professor speaks about the Act. A person's name keeps its role.
Sentences self-written."""

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["text"]) for r in quote_records(text)]


def test_a_person_after_a_text_s_name_speaks_about_it() -> None:
    assert _records("The Act of Union, the professor said, was never popular in the north.") == [
        ("professor", "The Act of Union was never popular in the north")
    ]


def test_a_person_s_name_keeps_its_apposition() -> None:
    [r] = quote_records("Ann Cole, the professor, said the law was never popular.")
    assert (r["speaker_name"], r["role"]) == ("Ann Cole", "the professor")
