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


def _hostile_corpus(tmp_path, *, second: bool = False):
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
    records = [record]
    if second:  # a plain report to compare with: the harbour's terms set the hostile one apart
        records.append(
            {
                "id": "plain",
                "title": "School meals pilot extended",
                "outlet": "The Valley Post",
                "text": "The county said on Monday that free school meals would reach every "
                'primary school next year.\n\n"Children learn better when they are not hungry," '
                "said the head teacher, Ann Cole.",
            }
        )
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "hostile.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
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
    yield from _picked(corpus)


def _pickers(corpus):
    yield "voice_picker", ui.voice_picker(corpus)
    yield "anonymous_picker", ui.anonymous_picker(corpus)
    per_voice = wb.by_voice(corpus, per_document=True)
    yield "tone_picker", ui.tone_picker(corpus, per_voice, ["doc_id", "voice"], title=SCRIPT)
    yield "timeline_picker", ui.timeline_picker(corpus, wb.timeline(corpus))


def _picked(corpus):
    """Every bar of every chart picker, each passage behind it opened: the reading view and the
    picker's static page (the report) escape the text the passage and its label carry."""
    for name, picker in _pickers(corpus):
        for key in picker.choices:
            picker.pick(key)
            for k in range(len(picker.passages)):
                yield f"{name} {key} passage {k}", picker.show_passage(k)
                yield f"{name} {key} static_html", picker.static_html()


def test_chart_pickers_reach_the_hostile_passages(corpus):
    """The pickers' test means something only if a passage behind a bar carries the markup."""
    shown = [page for _name, page in _picked(corpus)]
    assert any("&lt;script&gt;" in page for page in shown)
    assert any("&lt;img src=x" in page for page in shown)


def test_compare_reports_chart_escapes_the_passages(tmp_path):
    """Distinctive terms need two reports: the hostile one and a plain one."""
    corpus = _hostile_corpus(tmp_path, second=True)
    x = ui.CompareReports(corpus)
    pages = []
    for key in x.bars.choices:
        x.bars.pick(key)
        pages += [x.bars.show_passage(k) for k in range(len(x.bars.passages))]
    pages.append(x.static_html())
    assert any("&lt;script&gt;" in page for page in pages)
    for page in pages:
        for raw in RAW:
            assert raw not in page


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
