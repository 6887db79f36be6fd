import workbench as wb
from workbench.ui import CorpusBrowser
from workbench.ui import _plots as plots
from workbench.ui import _views as views

from ..conftest import MT, VIEW, write

HOSTILE = (
    "Breaking story\n\n"
    "The council said <script>alert('x')</script> that the vote <img src=x onerror=alert(1)> "
    "would go ahead next week, and that residents could comment until Friday.\n\n"
    "A second paragraph of the story explains what the vote means for the town and its budget.\n"
)


def hostile_corpus(tmp_path):
    write(tmp_path, "hostile.txt", HOSTILE)
    return wb.load_corpus(tmp_path, cache=False, progress=False)


def test_article_html_escapes_document_text(tmp_path):
    html = views.article_html(hostile_corpus(tmp_path), "hostile")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_article_html_shows_only_chosen_kinds(corpus):
    only_comments = views.article_html(corpus, VIEW, kinds=("comments",))
    assert "[comments" in only_comments and "[navigation" not in only_comments
    assert "Recently, there have been" in only_comments


def test_search_filters_blocks(corpus):
    html = views.article_html(corpus, MT, search="Crimea")
    assert "Crimea" in html and "<p>Secret diplomatic talks" not in html


def test_browser_follows_its_controls(corpus):
    b = CorpusBrowser(corpus)
    assert b.document.value == MT and "Secret diplomatic talks" in b.view.value
    b.document.value = VIEW
    assert "Recently, there have been" in b.view.value
    b.kinds.value = ("comments",)
    assert "[comments" in b.view.value and "[navigation" not in b.view.value
    b.search.value = "Suponina"
    assert "Suponina" in b.view.value and "Recently, there have been" not in b.view.value


def test_browser_on_empty_corpus(tmp_path):
    write(tmp_path, "empty.txt", b"")
    b = CorpusBrowser(wb.load_corpus(tmp_path, cache=False, progress=False))
    assert b.view.value == "<p>No documents loaded.</p>"


def test_repairs_view_shows_raw_and_repaired_context(corpus):
    r = views.repairs_view(corpus, MT)
    row = r[r["raw"].str.contains("Kremlins willingness")].iloc[0]
    assert "Kremlin's willingness" in row["repaired"]


def test_summaries_and_figure(corpus):
    s = views.set_aside_summary(corpus)
    assert s.loc[MT, "body"] == 15 and s.loc[MT, "related"] >= 75
    fig = plots.kinds_per_document(corpus)
    assert len(fig.axes[0].patches) == s.shape[0] * s.shape[1]
