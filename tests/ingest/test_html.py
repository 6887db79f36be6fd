from pathlib import Path

import workbench as wb
from workbench.ingest import _html as htmlpage

STORY = Path(__file__).parents[1] / "data" / "html" / "story.html"


def test_article_paragraphs_and_headings():
    page = htmlpage.parse(STORY.read_text())
    texts = [p for _, p in page.paragraphs]
    assert texts[0].startswith("The council of a small harbour town voted")
    assert texts[-1].startswith("Some fishermen worry")
    # a heading inside the article stays in the body, and heads the paragraphs after it
    assert ("Costs and timing", "Costs and timing") in page.paragraphs
    assert ("Costs and timing", texts[3]) in page.paragraphs
    assert not any("Lighthouse" in t or "Great news" in t or "Log in" in t for t in texts)


def test_rest_of_page_kept_as_labelled_blocks():
    page = htmlpage.parse(STORY.read_text())
    kind = {b.raw: b.kind for b in page.blocks}
    assert kind["Harbour town votes to rebuild its old sea wall"] == "title"
    assert kind["Home News Log in"] == "navigation"
    assert kind["Lighthouse opens to visitors"] == "related"
    assert kind["Great news, about time! — Jon, 2 hours ago"] == "comments"
    assert kind["© 2023 The Coastal Ledger. All rights reserved."] == "footer"
    assert kind["The old wall after the February storm. Photo: Ledger staff"] == "caption"
    assert kind["By Mara Olsen"] == "byline"
    assert not any("tracking" in b.raw or "color" in b.raw for b in page.blocks)
    lines = [b.line_start for b in page.blocks]
    assert lines == sorted(lines) and lines[0] == 5


def test_html_document_metadata(tmp_path):
    (tmp_path / "story.html").write_bytes(STORY.read_bytes())
    doc = wb.load_corpus(tmp_path, cache=False, progress=False).document("story")
    assert (doc.title, doc.author, doc.outlet, doc.format) == (
        "Harbour town votes to rebuild its old sea wall",
        "Mara Olsen",
        "The Coastal Ledger",
        "html",
    )
    assert str(doc.published.date()) == "2023-04-05"


def test_broken_html_does_not_raise():
    for html in ["", "<", "<html><body><p>unclosed", "<<<>>>", "\x00<p>x</p>", "<p>" * 5000]:
        htmlpage.parse(html)


ARTICLE_WITH_LIST_AND_TABLE = """<html><head><title>Five rules for a quiet garden - The Weekly Plot</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Five rules for a quiet garden</h1>
<p>A quiet garden needs less work than most people think, and the rules below have served our
readers well for years, whatever the size of the plot or the soil under it.</p>
<h2>The rules</h2>
<ul><li>Plant hedges on the windy side of the garden first.</li>
<li>Leave a corner of long grass for the insects and the birds.</li>
<li>Water in the evening, never at noon.</li></ul>
<p>Most of the plants we recommend cost little and come back every spring, as the table shows
for the three most common choices among the gardeners who wrote to us.</p>
<table><tr><th>Plant</th><th>Price</th></tr><tr><td>Lavender</td><td>4 euros</td></tr>
<tr><td>Rosemary</td><td>3 euros</td></tr></table>
<p>Whatever you plant, give it a year before you judge it: gardens, like towns, take time to settle.</p>
</article><footer>(c) 2024 The Weekly Plot</footer></body></html>"""


def test_lists_tables_and_headings_inside_the_article_stay_in_the_body(tmp_path):
    (tmp_path / "garden.html").write_text(ARTICLE_WITH_LIST_AND_TABLE, encoding="utf-8")
    corpus = wb.load_corpus(tmp_path, cache=False, progress=False)
    text = corpus.document("garden").text
    for piece in (
        "The rules",
        "Water in the evening, never at noon.",
        "Lavender",
        "Rosemary",
        "give it a year before you judge it",
    ):
        assert piece in text
    assert "Five rules for a quiet garden" not in text  # the headline is the title, not body
    assert "Home" not in text.split()
