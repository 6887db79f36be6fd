"""Document text is untrusted: every HTML the package makes from a corpus escapes it, whatever field
the markup hides in (title, author, outlet, speaker, quote, entity, sentence)."""

import json

import pytest

import workbench as wb
from workbench import ui
from workbench.ui._panel import context_html

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
STYLE = "</style><style>body{display:none}</style>"
LINK = '<a href="javascript:alert(3)">Click</a>'
PAYLOADS = (SCRIPT, IMG, STYLE, LINK)
#: What must never reach the HTML raw: the tags and the handler the payloads carry.
RAW = ("<script", "<img src=x", "</style><style>", 'href="javascript:')


def _hostile_corpus(tmp_path):
    body = (
        f'"We will rebuild the harbour wall {SCRIPT} before the winter storms arrive," said '
        f"Mayor Jane {IMG} Porter on Tuesday in Kingsbridge.\n\n"
        f"The council said that the repairs {STYLE} would cost more than the town had planned "
        f"for this year, according to the finance committee {LINK}.\n\n"
        f'"Nobody wants another flooded high street {LINK}," Porter added.'
    )
    record = {
        "id": "hostile",
        "title": f"Harbour {SCRIPT} wall vote",
        "author": f"By {IMG} Reporter",
        "outlet": f"The {STYLE} Gazette",
        "url": "javascript:alert(4)",
        "text": body,
    }
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "hostile.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return wb.load_corpus(raw, cache=False, progress=False, n_jobs=1)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return _hostile_corpus(tmp_path_factory.mktemp("hostile"))


def _views(corpus):
    doc = corpus.documents["doc_id"].iloc[0]
    quotes = corpus.quotes
    yield "article_html", ui.article_html(corpus, doc)
    yield "quotes_html", ui.quotes_html(corpus, quotes)
    yield "sentences_html", ui.sentences_html(wb.scored_sentences(corpus))
    yield "kwic_html", ui.kwic_html(wb.kwic(corpus, "harbour"))
    yield "context_html", context_html(corpus, doc, 0, 40)
    aligned = wb.align_claims(corpus, a=[doc], b=[doc])
    yield "alignment_html", ui.alignment_html(aligned, names=(f"A {SCRIPT}", f"B {IMG}"))
    for name in ("QuoteBrowser", "CorpusBrowser", "SentimentExplorer", "KwicExplorer"):
        widget = getattr(ui, name)(corpus)
        if hasattr(widget, "static_html"):
            yield f"{name}.static_html", widget.static_html()


def test_the_payloads_reach_the_tables(corpus):
    """The test means something only if the markup is in the fields the views show."""
    doc = corpus.documents.iloc[0]
    assert SCRIPT in doc["title"] and SCRIPT in doc["text"]
    assert any(any(p in str(t) for p in PAYLOADS) for t in corpus.quotes["text"])


def test_every_view_escapes_every_field(corpus):
    seen = 0
    for name, html in _views(corpus):
        seen += 1
        for raw in RAW:
            assert raw not in html, f"{name} lets {raw!r} through"
    assert seen >= 6
