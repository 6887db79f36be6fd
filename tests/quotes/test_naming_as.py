"""A participle of a characterising verb hands over its subject's words when "as" names the
object right before the quotation ('..., praising her colleague as "..."'), as "describing"
does; the statement ends with the name given. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker_name"], r["text"], r["cue"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, name, content, cue",
    [
        (
            'The senator agreed, praising her colleague as "one of the hardest workers in this building."',
            "senator",
            'her colleague as "one of the hardest workers in this building."',
            "praising",
        ),
        (
            'The union walked out, dismissing the offer as "an insult to every nurse on the ward."',
            "union",
            'the offer as "an insult to every nurse on the ward."',
            "dismissing",
        ),
        (
            'The coach stood by him, defending the decision as "the right call at the right time," and left.',
            "coach",
            'the decision as "the right call at the right time,"',
            "defending",
        ),
    ],
)
def test_a_characterising_participle_with_as_names_in_its_subject_s_words(
    text: str, name: str, content: str, cue: str
) -> None:
    assert _records(text) == [(name, content, cue)]


@pytest.mark.parametrize(
    "text",
    [
        # no "as" before the mark: a scare quote in the participle's object, as before
        'Residents wrote to the council, praising the "brave" firefighters.',
        # a participle after a noun, no adverbial clause: no speaker's words
        'The poster showed a man praising the new bridge as "a marvel of the age."',
    ],
)
def test_no_as_or_no_adverbial_clause_is_no_naming(text: str) -> None:
    assert all(cue not in ("praising",) for _, _, cue in _records(text))


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'The film premiered in Cannes, with critics and audiences hailing it as "a masterpiece."',
            "critics and audiences",
        ),
        (
            'The film premiered in Cannes, with critics and audiences calling it "a masterpiece."',
            "critics and audiences",
        ),
        (
            'The plan went ahead, with the council and the bus company agreeing it was "the only way."',
            "the council and the bus company",
        ),
    ],
)
def test_an_absolute_clause_with_two_subjects_speaks_for_both(text: str, name: str) -> None:
    [(found, _, _)] = _records(text)
    assert found == name


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'The prize was awarded by the academy, hailing her work as "a triumph of the imagination."',
            "academy",
        ),
        ('The novel was reviewed by Anna Price, praising it as "a quiet masterpiece."', "Anna Price"),
    ],
)
def test_a_passive_s_agent_names_when_the_subject_is_a_work_or_a_prize(text: str, name: str) -> None:
    [(found, _, _)] = _records(text)
    assert found == name


def test_a_song_or_novel_describing_tells_its_content() -> None:
    [(found, _, _)] = _records(
        'The novel was written by Anna Price, describing a town where "nobody ever leaves."'
    )
    assert found == "novel"
