"""Texts that speak: a numbered part of a text ("Section 12 states:"), a writing's past
"read", laws, rules and the things words are written on typed as documents, and "part of"
a group as a group. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["source_type"], r["text"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Section 12 states: "No tenant may be evicted during the winter months."', "Section 12"),
        ('Rule 4 says: "Players must shake hands after every match."', "Rule 4"),
        ('Clause 7 reads: "The lease ends when the tenant dies or leaves."', "Clause 7"),
        (
            'Article 9 of the club charter says that "no member may vote twice on one motion."',
            "Article 9 of the club charter",
        ),
    ],
)
def test_a_numbered_part_of_a_text_speaks_as_a_document(text: str, speaker: str) -> None:
    [(found, kind, _)] = _records(text)
    assert (found, kind) == (speaker, "document")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'The banner at the gate read: "Welcome home to all of our brave heroes of the valley."',
            "The banner at the gate",
        ),
        ('The letter read: "We regret to tell you the branch will close in May."', "The letter"),
        ('The note on the fridge read, "Back at six, the soup is in the blue pot."', "The note"),
    ],
)
def test_a_writing_s_past_read_hands_over_its_words(text: str, speaker: str) -> None:
    [(found, kind, _)] = _records(text)
    assert (found, kind) == (speaker, "document")


@pytest.mark.parametrize(
    "text",
    [
        "Side note: the ferry is late again.",  # a bare form after a singular label stays no cue
        "Please note: the office closes at noon.",
    ],
)
def test_a_label_before_a_bare_form_is_still_no_speaker(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The treaty affirms: "Every state shall respect the borders of its neighbours."', "The treaty"),
        ("The new guidance states that no pupil may be sent home for a uniform breach.", "The new guidance"),
        ("The sign says the road is closed until the spring.", "The sign"),
        ("The contract states that the work must be finished by June.", "The contract"),
    ],
)
def test_laws_rules_and_signs_are_documents(text: str, speaker: str) -> None:
    [(found, kind, _)] = _records(text)
    assert (found, kind) == (speaker, "document")


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        # as the last word of a name, a text's noun is a surname
        ('"We will not be moved," Jude Law said.', "Jude Law", "person"),
        ('"The tour starts in June," Anna Banner said.', "Anna Banner", "person"),
        # a newspaper's name stays an organisation
        ('"The council must act," the Post said in an editorial.', "the Post", "organisation"),
        # a performers' act is no text
        ("The tribute act said the show would be their last.", "The tribute act", "anonymous"),
    ],
)
def test_names_and_outlets_keep_their_type(text: str, speaker: str, kind: str) -> None:
    [(found, found_kind, _)] = _records(text)
    assert (found, found_kind) == (speaker, kind)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Part of the crowd said they would stay until the end.", "Part of the crowd"),
        ("A large part of the staff said the new rota was unfair.", "A large part of the staff"),
    ],
)
def test_part_of_a_group_is_a_group(text: str, speaker: str) -> None:
    [(found, kind, _)] = _records(text)
    assert (found, kind) == (speaker, "group")


def test_a_surname_part_stays_a_name() -> None:
    [(found, kind, _)] = _records("Rupert Part said the plan was sound.")
    assert (found, kind) == ("Rupert Part", "person")


def test_part_of_a_thing_after_a_quotation_is_no_speaker() -> None:
    text = (
        'Ted Lund says the mayor is "losing the argument on housing," part of a verbal lashing '
        "they've given the council since May."
    )
    [(found, kind, _)] = _records(text)
    assert (found, kind) == ("Ted Lund", "person")


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        # label, flyer, poster, chapter and section head people and bodies as often as texts
        (
            'The record label said the album "will be released in the spring."',
            "The record label",
            "anonymous",
        ),
        ('A frequent flyer said the new lounge "is far too small."', "A frequent flyer", "anonymous"),
        ('The original poster said the photo "was taken in 1998."', "The original poster", "anonymous"),
        # (a body's local branch: an organisation)
        (
            'The local chapter of the union said the strike "will go ahead."',
            "The local chapter of the union",
            "organisation",
        ),
        ('The audit section said the accounts "were in order."', "The audit section", "anonymous"),
    ],
)
def test_nouns_that_head_people_and_bodies_are_no_texts(text: str, speaker: str, kind: str) -> None:
    [(found, found_kind, _)] = _records(text)
    assert (found, found_kind) == (speaker, kind)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Chapter 2 opens: "It was the coldest winter the valley had known."', "Chapter 2"),
        ('Appendix B states: "All samples must be kept below four degrees."', "Appendix B"),
        ('Title 9 says that "no pupil shall be excluded from sport."', "Title 9"),
        (
            "The duty was set down in Article 7 of the river convention. Article 7 affirms: "
            '"No state shall divert a shared river without the consent of its neighbours."',
            "Article 7",
        ),
    ],
)
def test_numbered_parts_with_any_noun_of_the_list_are_documents(text: str, speaker: str) -> None:
    [(found, kind, _)] = _records(text)
    assert (found, kind) == (speaker, "document")
