"""Transcript labels (issue 15, round 47b): an exchange of full names' labels whose given
names no list knows, a moderator's or a host's lines in such an exchange, a call's operator
typed as the anonymous person at the microphone, a call's transcript under its heading.
Near-misses that must stay as they are beside each. Texts self-written."""

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str, str]]:
    """(content, resolved speaker, source type) of each statement."""
    return [(r["text"], r["speaker_name"], r["source_type"]) for r in quote_records(text)]


# --- 1. full names' labels in consecutive paragraphs -------------------------------------


def test_an_answer_and_a_question_of_two_full_names_are_an_exchange() -> None:
    # (the first given name on no list: the second's is known)
    text = "Briefing.\n\nOrsolya Vantak: Bookings rose 9% in the year.\n\nTom Idrisov: What about costs?"
    assert _recs(text) == [
        ("Bookings rose 9% in the year.", "Orsolya Vantak", "person"),
        ("What about costs?", "Tom Idrisov", "person"),
    ]


def test_a_known_name_and_an_unknown_one_are_an_exchange_from_the_first_paragraph() -> None:
    text = "Anna Vesk: Bookings rose 9% in the year.\n\nTomasz Orlik: What about costs?"
    assert [name for _, name, _ in _recs(text)] == ["Anna Vesk", "Tomasz Orlik"]


def test_two_speakers_who_alternate_are_an_exchange_without_a_question() -> None:
    text = (
        "Orsolya Vantak: Bookings rose 9% in the year.\n\n"
        "Kemal Idrisov: Costs rose faster.\n\n"
        "Orsolya Vantak: They did, for a quarter."
    )
    assert [name for _, name, _ in _recs(text)] == ["Orsolya Vantak", "Kemal Idrisov", "Orsolya Vantak"]


def test_a_product_pages_headings_are_no_exchange() -> None:
    # (the headings' words are ones the page writes in lower case: no names)
    text = (
        "Usage Tracking: Shows where the usage came from and how it changed.\n\n"
        "Cost Control: What does it cost? Not just licensing and usage."
    )
    assert _recs(text) == []


def test_a_reviews_headings_with_a_question_are_no_exchange() -> None:
    # (no name the lists know, and no speaker who speaks again)
    text = "Best Value: The Orvex Q2 costs less than most.\n\nBest Overall: Which one should you buy?"
    assert _recs(text) == []


def test_a_profile_list_about_the_people_named_is_no_exchange() -> None:
    text = (
        "Orsolya Vantak: She scored twice in the final.\n\nKemal Idrisov: Who else could keep goal like him?"
    )
    assert _recs(text) == []


def test_an_advice_columns_salutations_are_no_speakers() -> None:
    text = (
        "Dear Doctors: Our son wants to stop eating meat. Is that safe for a teenager?\n\n"
        "Dear Reader: We understand your worry. A varied diet can be planned with care."
    )
    assert all(not name.startswith("Dear") for _, name, _ in _recs(text))


def test_two_questions_of_headings_are_no_exchange() -> None:
    text = "Kemal Idrisov: What does he cost?\n\nOrsolya Vantak: Can he play on Sunday?"
    assert _recs(text) == []


# --- 2. a role's lines in the exchange ---------------------------------------------------


def test_a_moderators_lines_are_an_anonymous_sources_statements() -> None:
    text = (
        "Moderator: Welcome to the panel.\n\n"
        "Ines Marquet: Thank you for having me.\n\n"
        "Moderator: What changed this year?"
    )
    assert _recs(text) == [
        ("Welcome to the panel.", "moderator", "anonymous"),
        ("Thank you for having me.", "Ines Marquet", "person"),
        ("What changed this year?", "moderator", "anonymous"),
    ]


def test_an_interviewers_lines_are_an_unnamed_askers() -> None:
    text = (
        "Interviewer: Welcome to the studio.\n\n"
        "Ines Marquet: Thank you for having me.\n\n"
        "Interviewer: What changed this year?"
    )
    assert [(name, kind) for _, name, kind in _recs(text)] == [
        ("unnamed asker", "anonymous"),
        ("Ines Marquet", "person"),
        ("unnamed asker", "anonymous"),
    ]


def test_a_hosts_welcome_and_the_guests_thanks() -> None:
    text = "Host: Welcome back to the show.\n\nKwabena Ossei: Thanks for having me."
    assert [(name, kind) for _, name, kind in _recs(text)] == [
        ("host", "anonymous"),
        ("Kwabena Ossei", "person"),
    ]


def test_narrative_colon_lines_stay_no_transcript() -> None:
    text = (
        "Warning: The bridge is closed until Monday.\n\n"
        "Note: Drivers should use the ring road instead.\n\n"
        "Organisers said the race would go ahead."
    )
    assert all(name not in ("warning", "note", "Warning", "Note") for _, name, _ in _recs(text))


def test_a_directorys_roles_and_names_are_no_exchange() -> None:
    text = "Council contacts.\n\nMayor: Ann Bose.\n\nTom Idrisov: Deputy Mayor."
    assert _recs(text) == []


def test_two_roles_alone_are_no_exchange() -> None:
    text = "Host: Welcome back to the show.\n\nPresenter: Thanks for watching."
    assert _recs(text) == []


# --- 3. and 4. a call's operator and its transcript under a heading ----------------------


def test_a_calls_transcript_under_its_heading() -> None:
    text = (
        "Q3 2025 Earnings Call Transcript\n\n"
        "Operator: Good morning and welcome to the Fennick third-quarter call.\n\n"
        "Maren Solvik: Thank you, operator. Revenue rose 8% in the quarter.\n\n"
        "Operator: Our first question comes from Idris Kalou of Tarrow Partners.\n\n"
        "Idris Kalou: Thanks. Margins look strong."
    )
    assert _recs(text) == [
        ("Good morning and welcome to the Fennick third-quarter call.", "operator", "anonymous"),
        ("Thank you, operator. Revenue rose 8% in the quarter.", "Maren Solvik", "person"),
        ("Our first question comes from Idris Kalou of Tarrow Partners.", "operator", "anonymous"),
        ("Thanks. Margins look strong.", "Idris Kalou", "person"),
    ]


def test_the_operator_in_news_copy_stays_an_organisation() -> None:
    [(_, name, kind)] = _recs("The operator said the line would reopen on Monday.")
    assert kind == "organisation"
