"""Where a quotation's statement ends when its attribution interrupts it or a paragraph
breaks it (GUIDELINES.md, "Span boundaries"; the counts on PolNeAR train are there)."""

from workbench.quotes import quote_records


def _parts(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["parts"]) for r in quote_records(text)]


def _offsets(text: str, *snippets: str) -> str:
    out = []
    for s in snippets:
        k = text.index(s)
        out.append(f"{k}-{k + len(s)}")
    return ";".join(out)


def test_attribution_ending_a_sentence_interrupts_one_statement():
    text = 'Intro line.\n\n"The harbour is finished," Ann Lund said. "We waited too long. Nobody listened."\n'
    expected = _offsets(text, "The harbour is finished", "We waited too long. Nobody listened.")
    assert _parts(text) == [("Ann Lund", expected)]


def test_attribution_inside_a_sentence_interrupts_one_statement():
    text = 'Intro line.\n\n"The harbour is finished," Ann Lund said, "and we waited too long."\n'
    expected = _offsets(text, "The harbour is finished", "and we waited too long.")
    assert _parts(text) == [("Ann Lund", expected)]


def test_quotation_opening_the_next_paragraph_is_a_statement_of_its_own():
    text = (
        'Intro line.\n\n"The harbour is finished," Ann Lund said.\n\n'
        '"We waited too long for the ministry to act."\n'
    )
    first = _offsets(text, "The harbour is finished")
    second = _offsets(text, "We waited too long for the ministry to act.")
    assert _parts(text) == [("Ann Lund", first), ("Ann Lund", second)]


def test_quotation_left_open_at_a_paragraph_end_runs_on():
    text = (
        'Intro line.\n\nAnn Lund said: "The harbour is finished. We waited too long.\n\n'
        '"Nobody listened to the fishermen at all."\n'
    )
    k = text.index("The harbour")
    end = text.index("at all.") + len("at all.")
    assert _parts(text) == [("Ann Lund", f"{k}-{end}")]
