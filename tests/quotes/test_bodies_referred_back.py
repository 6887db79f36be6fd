"""Bodies named by their kind of business or by no word of a kind, and the "the company", "the
charity", "the venue" that refer back to them (texts self-written, names invented)."""

import pytest

from workbench.quotes import quote_records


def _one(text: str) -> dict:
    [record] = quote_records(text)
    return record


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quarrystone Records said the album had been pushed back to October.", "Quarrystone Records"),
        ("Telvane Electronics said it would close its plant in Wales.", "Telvane Electronics"),
        ("The Pembrook Observatory said the comet would be visible on Friday.", "Pembrook Observatory"),
        ("Halcyon Books said the novel had sold 200,000 copies.", "Halcyon Books"),
        ("The Joint Staff said the exercise would begin on Monday.", "Joint Staff"),
        (
            '"We condemn this attack," said a statement from the Alliance of Independent Journalists.',
            "Alliance of Independent Journalists",
        ),
        ("The Coalition for Peace said it would join the talks.", "Coalition for Peace"),
    ],
)
def test_bodies_named_by_their_kind(text: str, name: str) -> None:
    record = _one("Intro.\n\n" + text)
    assert (record["speaker_name"], record["source_type"]) == (name, "organisation")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Outage fixed\n\nUsers of Zorvia lost access for a day. Zorvia has fixed the outage. The "
            "company said the fault lay in a software update.",
            "Zorvia",
        ),
        (
            "Clinics hit\n\nHope Without Borders runs three clinics in the area. The charity said two "
            "nurses had been injured.",
            "Hope Without Borders",
        ),
        (
            "Storm damage\n\nHeavy rain flooded the valley on Monday. Greenway Transit suspended 40 bus "
            "lines. The company said service would resume on Tuesday.",
            "Greenway Transit",
        ),
        (
            "Arena shut\n\nThe Tally Arena has closed its doors. The venue said it would reopen in spring.",
            "Tally Arena",
        ),
        (
            "Cases\n\nThe Orchard Protection Fund, a UN-backed agency, has documented 40 cases. The agency "
            'said it was "deeply alarmed" by the reports.',
            "Orchard Protection Fund",
        ),
    ],
)
def test_the_company_refers_to_the_body_a_sentence_before_is_about(text: str, name: str) -> None:
    record = _one(text)
    assert (record["speaker_name"], record["source_type"]) == (name, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        # a surname of a person the text named in full
        "Jobs cut\n\nAnna Lind runs the plant. Lind has resigned. The company said it was sorry.",
        # a capital only by its place
        "Results\n\nRevenue was $4.2bn, up from $3.9bn a year earlier. The company said demand was strong.",
        # the subject or its object
        "Fine\n\nOfgem fined Talbot Energy on Monday. The company said it would not appeal.",
        # a council is no company
        "Routes cut\n\nWestshire County Council has cut bus routes. The company said it regretted the move.",
    ],
)
def test_no_body_of_another_kind_or_a_persons_surname(text: str) -> None:
    assert _one(text)["speaker_name"] == "company"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The UN mission said two peacekeepers were wounded in the attack.", "UN mission", "organisation"),
        (
            "The Lakeside branch of the Harbour Relief League said it had fed 900 families.",
            "Lakeside branch of the Harbour Relief League",
            "organisation",
        ),
        ("Deputies said the man was armed when they arrived.", "Deputies", "group"),
    ],
)
def test_missions_branches_and_deputies(text: str, name: str, kind: str) -> None:
    record = _one("Intro.\n\n" + text)
    assert (record["speaker_name"], record["source_type"]) == (name, kind)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            '"It was a fair election," said the head of the observer team, Luis Orta, although opposition '
            "parties said thousands of ballots were missing.",
            ("thousands of ballots were missing", "opposition parties"),
        ),
        (
            '"The school will stay open," the council said, but parents said they had heard that before.',
            ("they had heard that before", "parents"),
        ),
    ],
)
def test_a_second_speaker_after_an_attribution_written_in_lower_case(text: str, second: tuple) -> None:
    records = quote_records("Intro.\n\n" + text)
    assert [(r["text"], r["speaker_name"]) for r in records][1:] == [second]


@pytest.mark.parametrize(
    "text",
    [
        '"The deal is done," said Ann Lee, while others who said otherwise were ignored.',
        '"The deal is done," said Ann Lee, while residents who said they smelled gas were evacuated.',
    ],
)
def test_a_relative_clause_after_the_join_is_no_second_speaker(text: str) -> None:
    assert [r["speaker_name"] for r in quote_records("Intro.\n\n" + text)] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Claims denied\n\nBrookfield Studios denied the claims. "We take this seriously," the studio said.',
            "Brookfield Studios",
        ),
        (
            "Memoir\n\nHalcyon Books bought the rights. The publisher said the memoir would be out in June.",
            "Halcyon Books",
        ),
    ],
)
def test_a_studio_or_a_label_refers_to_the_body(text: str, name: str) -> None:
    record = _one(text)
    assert (record["speaker_name"], record["source_type"]) == (name, "organisation")


def test_someone_who_left_the_agency_is_not_the_agency() -> None:
    text = "Agency\n\nBrendan Moore left the agency in 2019. The agency said it had no comment."
    assert _one(text)["speaker_name"] == "agency"


def test_a_pronouns_added_clause_is_read_once() -> None:
    text = '"Prices will fall by summer," said Dalby, but he added that energy costs remained a risk.'
    assert [r["text"] for r in quote_records("Intro.\n\n" + text)] == [
        "Prices will fall by summer",
        "energy costs remained a risk",
    ]
