"""Damaged web copy (issues 14 and 15): hard-wrapped paragraphs become one block each, and the
near-misses (verse, lists, addresses, tables, headline lists) stay a line a block.

Every page here is invented for the test.
"""

from workbench import load_corpus
from workbench.layout import label_blocks
from workbench.layout._wrap import wrapped_runs
from workbench.text import repair_text

MENU = "Home | World | Politics | Business | Sport\nSign in\n"
WRAPPED = """{menu}
Harbour talks to resume in May

By Staff Reporter

Dock workers in the northern port of Velmora have agreed to return to
work after a two-week strike that left dozens of ships waiting at
anchor, the harbour authority said on Friday.

"We are ready to talk, and we expect the employers to listen,"
union leader Marta Quennell said. Talks will resume in May, the
harbour master added.

Operators said the backlog would take about a month to clear.

Share  Tweet  Email

Related stories
Ferry fares rise for the third year
Storm closes coastal road
"""


def _blocks(text):
    return [(b.line_start, b.line_end, b.kind) for b in label_blocks(text)]


def test_wrapped_paragraphs_are_one_body_block_each():
    text = WRAPPED.format(menu=MENU)
    blocks = label_blocks(text)
    body = [b for b in blocks if b.kind == "body"]
    assert [(b.line_start, b.line_end) for b in body] == [(8, 10), (12, 14), (16, 16)]
    assert body[0].raw == "\n".join(text.split("\n")[7:10])  # raw untouched
    title = [b.raw for b in blocks if b.kind == "title"]
    assert title == ["Harbour talks to resume in May"]
    lines = {n for b in blocks for n in range(b.line_start, b.line_end + 1)}
    assert lines == {n for n, line in enumerate(text.split("\n"), 1) if line.strip()}


def test_wrapped_without_blank_lines_between_paragraphs():
    text = WRAPPED.format(menu=MENU).replace(
        "anchor, the harbour authority said on Friday.\n\n", "anchor, the harbour authority said on Friday.\n"
    )
    body = [(a, b) for a, b, kind in _blocks(text) if kind == "body"]
    assert (8, 10) in body and (11, 13) in body


def test_joined_paragraph_text_and_repairs(tmp_path):
    (tmp_path / "port.txt").write_text(WRAPPED.format(menu=MENU), encoding="utf-8")
    corpus = load_corpus(tmp_path, cache=False)
    text = corpus.documents.iloc[0]["text"]
    assert "return to work after a two-week strike" in text
    assert "\n" not in text.split("\n\n")[0]
    assert (corpus.repairs["kind"] == "line_break").sum() >= 4
    quotes = corpus.quotes
    direct = quotes[quotes["kind"] == "direct"]
    assert len(direct) == 1
    assert direct.iloc[0]["text"].startswith("We are ready to talk, and we expect the employers to listen")


def test_line_break_repair():
    text, repairs = repair_text("the well-\nknown harbour master\nadded.", wrapped=True)
    assert text == "the well-known harbour master added."
    assert [r.kind for r in repairs] == ["line_break", "line_break"]
    assert repair_text("one\ntwo")[0] == "one\ntwo"  # only where layout joined the lines


def test_break_before_a_capital_after_a_lower_case_word_on_a_wrapped_page():
    page = (
        "Astronomers at the Cardell Observatory say they have found traces of\n"
        "water vapour in the atmosphere of a small rocky planet orbiting a\n"
        "nearby star.\n\n"
        '"It is a small planet, and that is what makes this exciting," said Ines\n'
        "Varga of the observatory, who led the work.\n"
    )
    assert wrapped_runs(page.split("\n")) == [(0, 2), (4, 5)]


# --- near-misses: laid out, not wrapped


def test_one_line_a_paragraph_page_is_not_unwrapped():
    page = (
        "Mayor opens new library in the old town hall building downtown\n"
        "The library, which cost four million to build, opens to the public on Monday with a reading by local authors and a concert.\n"
        "residents queued from early morning, the mayor said, and the first thousand cards were given out by noon on the first day.\n"
    )
    assert wrapped_runs(page.split("\n")) == []


def test_poem_list_address_table_and_headlines_stay():
    poem = (
        "The harbour lamps are burning low tonight,\n"
        "and all the boats are sleeping in the bay,\n"
        "the gulls have folded up their wings of white,\n"
        "and morning is a hundred miles away.\n"
    )
    items = (
        "Bring the following to the registration desk on the day:\n"
        "a photo identity card or passport with your address on it,\n"
        "proof of address dated within the last three months, and\n"
        "the confirmation letter we sent you by post or by e-mail\n"
    )
    address = "Velmora Harbour Authority\nNorth Quay Building, 14 Dock Road\nVelmora, VL2 9QX\n"
    table = (
        "Ship name       Arrived        Berth     Cargo\nNorthern Star   12 March       B4        timber\n"
    )
    headlines = (
        "iPhone sales slow as buyers wait for the autumn models\n"
        "McDonald's to open forty new restaurants across the north\n"
        "YouTube star launches PlayStation game about harbour life\n"
    )
    for page in (poem, items, address, table, headlines):
        assert wrapped_runs(page.split("\n")) == [], page


def test_headline_over_standfirst_is_not_joined():
    page = (
        "Council approves new cycle lanes for the city centre\n"
        "The plan will add twelve kilometres of protected lanes by the end of next year.\n\n"
        "Councillors voted 31 to 12 in favour of the plan on Thursday evening after a long debate about costs and the loss of parking spaces.\n"
    )
    assert wrapped_runs(page.split("\n")) == []


def test_menu_words_and_comment_names_are_not_joined():
    page = (
        "I have lived by the harbour for thirty years and never seen it so quiet\n"
        "reply  share\n"
        "The council should have listened to the dock workers much earlier on\n"
        "mike_1974\n"
    )
    assert wrapped_runs(page.split("\n")) == []


# --- cookie-consent banners

ARTICLE = """Accept all cookies
We use cookies to improve your experience. By continuing to browse you agree to our Privacy Policy.
Manage settings

Harbour strike ends after two weeks

By Staff Reporter

Dock workers in the northern port of Velmora have agreed to return to work after a two-week strike, the harbour authority said on Friday.

"We are ready to talk, and we expect the employers to listen," union leader Marta Quennell said.

Operators said the backlog of ships would take about a month to clear.
"""


def test_consent_banner_is_furniture_and_never_the_title():
    blocks = label_blocks(ARTICLE)
    kinds = {b.raw.split("\n")[0]: b.kind for b in blocks}
    assert kinds["Accept all cookies"] == "footer"
    assert [b.raw for b in blocks if b.kind == "title"] == ["Harbour strike ends after two weeks"]
    assert not any("cookies" in b.raw for b in blocks if b.kind in ("body", "heading"))


def test_article_about_cookies_stays_article():
    page = ARTICLE.replace(
        "Operators said the backlog of ships would take about a month to clear.",
        "Browsers will block third-party cookies by default next year, and regulators said users "
        "should be able to manage their privacy settings more easily.",
    )
    body = [b.raw for b in label_blocks(page) if b.kind == "body"]
    assert any(raw.startswith("Browsers will block") for raw in body)


# --- a photo credit with "©" inside the article


def test_photo_credit_is_a_caption_and_the_article_goes_on():
    page = ARTICLE.replace(
        "By Staff Reporter\n",
        "By Staff Reporter\n\nMarta Quennell at the harbour gates. © Northlight Agency / Ivo Brandt\n",
    )
    blocks = label_blocks(page)
    kinds = {b.raw: b.kind for b in blocks}
    assert kinds["Marta Quennell at the harbour gates. © Northlight Agency / Ivo Brandt"] == "caption"
    body = [b.raw for b in blocks if b.kind == "body"]
    assert len(body) == 3 and body[-1].startswith("Operators said")


def test_rights_notice_still_ends_the_article():
    page = (
        ARTICLE
        + "\n© 2026 Velmora Courier. All rights reserved.\n\nReaders also liked this story about the harbour and its long history of strikes and lockouts.\n"
    )
    kinds = {b.raw: b.kind for b in label_blocks(page)}
    assert kinds["© 2026 Velmora Courier. All rights reserved."] == "footer"


# --- a paragraph quoted with German marks


def test_paragraph_closed_by_a_low_high_quote_ends_a_sentence():
    page = ARTICLE.replace(
        '"We are ready to talk, and we expect the employers to listen," union leader Marta Quennell said.',
        "„Wir sind bereit zu reden, und wir erwarten, dass die Arbeitgeber zuhören“, sagte Marta "
        "Quennell. „Die Schiffe warten schon zu lange.“",
    )
    body = [b.raw for b in label_blocks(page) if b.kind == "body"]
    assert len(body) == 3 and body[1].startswith("„Wir sind bereit")


def test_line_ending_in_a_german_closing_mark_ends_a_sentence():
    from workbench.layout._line_pass import line_table

    lines = ["„Die Schiffe warten schon zu lange.“", "„Wir sind bereit,“ sagte sie", "Er sagte: ‚Nein.‘"]
    infos, _ = line_table(lines)
    assert [info.sentence_end for info in infos] == [True, False, True]
