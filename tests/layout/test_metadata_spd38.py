"""The metadata step's cheaper lower-casing (issue 14's speed rule) gives what lower-casing the
joined lines gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.layout import _metadata_page as page

#: Pieces where lower() looks at neighbours (a final sigma, case-ignorable marks and modifier
#: letters) or changes length ("İ"), beside plain ASCII and other scripts.
PIECES = ["Σ", "ΟΔΟΣ", "σ", "ʰ", "\u0301", "'", "İ", "K", "A", "b", " ", "é", "Ж", "x1", "“", "ß"]
LINES = st.lists(st.lists(st.sampled_from(PIECES), max_size=6).map("".join), max_size=6)


def test_lower_lines_on_written_lines():
    texts = ["ΟΔΟΣ", "Σ ΟΔΟΣ ʰ", "Plain Ascii Line", "“Quoted” İstanbul"]
    assert page._lower_lines(texts) == "\n".join(texts).lower().split("\n")
    assert page._lower_lines(["Plain", "ASCII"]) == ["plain", "ascii"]
    assert page._lower_lines([]) == []
    assert page._lower_joined(texts, " ") == " ".join(texts).lower()


@settings(max_examples=1500, deadline=None)
@given(LINES)
def test_lower_lines_as_joined(texts):
    expected = "\n".join(texts).lower().split("\n") if texts else []
    assert page._lower_lines(texts) == expected
    assert page._lower_joined(texts, " ") == " ".join(texts).lower()
