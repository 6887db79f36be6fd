from pathlib import Path

import workbench as wb
from workbench.ingest import _html as htmlpage

STORY = Path(__file__).parents[1] / "data" / "html" / "story.html"


def test_article_paragraphs_and_headings():
    page = htmlpage.parse(STORY.read_text())
    texts = [p for _, p in page.paragraphs]
    assert texts[0].startswith("The council of a small harbour town voted")
    assert texts[-1].startswith("Some fishermen worry")
    assert ("Costs and timing", texts[2]) in page.paragraphs
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
