"""A typewriter quotation mark is two characters (``''``): content keeps the whole of it."""

from workbench.quotes import quote_records


def _texts(text: str) -> list[str]:
    return [r["text"] for r in quote_records(text)]


def test_reported_content_keeps_the_whole_closing_mark():
    texts = _texts("The mayor said the plan was ''a waste of public money.''")
    assert texts == ["the plan was ''a waste of public money.''"]


def test_naming_content_keeps_the_whole_closing_mark():
    assert _texts("The coach called the result ''a disgrace.''") == ["the result ''a disgrace.''"]


def test_other_marks_are_left_as_they_are():
    assert _texts('The mayor said the plan was "a waste of public money."') == [
        'the plan was "a waste of public money."'
    ]
    assert _texts("''We will rebuild the bridge by spring,'' the mayor said.") == [
        "We will rebuild the bridge by spring"
    ]
