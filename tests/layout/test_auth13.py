"""The byline reader takes the name, not the words glued to it (lines written for these tests)."""

import pytest

from workbench.layout._metadata_parse import byline_name


@pytest.mark.parametrize(
    "line, name",
    [
        # a job after the name with no separator between
        ("Nora Quill Founder & Lead Tester", "Nora Quill"),
        ("Owen Marsh EU-based Energy Analyst & Freelance Writer", "Owen Marsh"),
        ("By Mary Ann Holt Senior Reporter", "Mary Ann Holt"),
        ("Pia K. Brandt IT Consultant", "Pia K. Brandt"),
        # a job before the name
        ("Fact-checked by Garden Weekly Editor Rosa Lind", "Rosa Lind"),
        # an outlet in capitals after the name
        ("Carl Bishop RIVER VALLEY GAZETTE", "Carl Bishop"),
        # a possessive: the owner of a blog
        ("Hana Ito's Kitchen Notes", "Hana Ito"),
        ("Leo Grant's thoughts on cycling, maps and old bridges.", "Leo Grant"),
        # a former name in brackets
        ("Anita (Roy) Sen Published: March 3, 2024", "Anita (Roy) Sen"),
    ],
)
def test_name_without_glued_words(line, name):
    assert byline_name(line)[0] == name


@pytest.mark.parametrize(
    "line",
    ["Recent Posts", "Our Blogs", "Reader Interactions", "Watch demo", "Under his leadership, the firm grew"],
)
def test_section_headings_are_no_names(line):
    assert byline_name(line) == (None, None)


@pytest.mark.parametrize(
    "line, name",
    [
        ("By Jane Doe, Staff Writer", "Jane Doe"),
        ("By Jane Doe and John Smith", "Jane Doe and John Smith"),
        ("Matt De La O", "Matt De La O"),
        ("JANE DOE", "JANE DOE"),
        ("Written by Ryan Park, MS, RD", "Ryan Park, MS, RD"),
        ("Lake Town (Spring) (5/7/2026)", "Lake Town"),
    ],
)
def test_names_kept(line, name):
    assert byline_name(line)[0] == name


@pytest.mark.parametrize(
    "line",
    [
        # a headline or a sentence with a possessive or a job word gives no name
        "A beginner's guide to pruning roses - 8 June 2023",
        "How Ivo Kern's rainy spring sparked a new hobby",
        "Sara Lund is a staff writer at the Valley Courier with ten years on the beat.",
        "Lenses of this kind give photographers room to work in low light",
    ],
)
def test_trims_make_no_name_of_prose(line):
    assert byline_name(line) == (None, None)


def test_job_without_name_before_is_kept_whole():
    # "Architects & Engineers" names no one: no trim leaves a dangling "&"
    assert byline_name("Architects & Engineers")[0] == "Architects & Engineers"
    # the tabs of a table row are not rewritten when nothing is trimmed
    assert byline_name("Pros\tCons")[0] == "Pros\tCons"
