"""A given name alone in apposition after a person's description ('"...," the couple's
daughter, Emma, told the paper') is the speaker's name, not the head of "the ... Frenchman"
(a person's noun used with an article); a phrase that names no person before the comma
gives no name. Sentences self-written."""

from workbench.quotes import quote_records


def test_a_given_name_after_a_person_s_description() -> None:
    [r] = quote_records("\"We're fine,\" the couple's daughter, Emma, told the paper by phone.")
    assert (r["speaker_name"], r["source_type"], r["role"]) == ("Emma", "person", "couple's daughter")


def test_a_nationality_with_an_article_is_a_description() -> None:
    [r] = quote_records('"We\'re fine," the 52-year-old Frenchman told the paper.')
    assert r["source_type"] == "anonymous"


def test_a_place_after_a_person_s_description_is_no_name() -> None:
    [r] = quote_records('"It will be a tough winter," the sheep farmer, Cumbria, told the programme.')
    assert r["source_type"] == "anonymous"
