"""End to end on the two reports the workbench was commissioned for."""

import pandas as pd

from workbench.config import RAW_DIR

from .conftest import MT, SHARED, VIEW


def paragraphs(corpus, doc_id):
    p = corpus.paragraphs
    return p[p["doc_id"] == doc_id].sort_values("order")


def test_raw_data_is_the_seeds_byte_for_byte():
    for seed in sorted((SHARED / "seeds").glob("*.txt")):
        assert (RAW_DIR / seed.name).read_bytes() == seed.read_bytes()


def test_moscow_times_body_is_exactly_the_article(corpus):
    p = paragraphs(corpus, MT)
    assert p["text"].iloc[0].startswith("Secret diplomatic talks are ongoing")
    assert p["text"].iloc[-1].endswith("the source is a former, not current, official.")
    blocks = corpus.blocks[corpus.blocks["doc_id"] == MT]
    body = blocks[blocks["kind"] == "body"]
    assert (body["line_start"].min(), body["line_end"].max(), len(body)) == (3, 17, 15)
    text = corpus.document(MT).text
    for outside in ["Unlimited Portal Access", "ADVERTISE", "Taliban", "Merchandise"]:
        assert outside not in text


def test_view_body_is_exactly_the_article(corpus):
    p = paragraphs(corpus, VIEW)
    assert p["text"].iloc[0].startswith("Recently, there have been more and more reports")
    assert p["text"].iloc[-1].endswith("says Dmitry Suslov.")
    text = corpus.document(VIEW).text
    for outside in [
        "Войти",
        "1111",
        "Image source",
        "Gevorg Mirzayan",
        "rights to this material",
        "leave a comment",
        "25.09",
        "Su-35",
        "Призывники",
    ]:
        assert outside not in text


def test_run_in_subheadings_become_headings(corpus):
    h = corpus.headings[corpus.headings["doc_id"] == VIEW]
    assert list(h["text"]) == ["Rockets without Cheating", '"2 on 1" did not work out']
    assert h["run_in"].all()
    p = paragraphs(corpus, VIEW).set_index("heading_id")
    first = p.loc[h["heading_id"].iloc[0]]
    first = first.iloc[0] if isinstance(first, pd.DataFrame) else first
    assert first["text"].startswith("As for the specific topics")
    assert first["heading"] == "Rockets without Cheating"


def test_metadata(corpus):
    d = corpus.documents.set_index("doc_id")
    assert pd.isna(d.loc[MT, "title"])
    assert (
        d.loc[VIEW, "title"] == "What are the secret negotiations between Russia and the United States about"
    )
    assert (d.loc[VIEW, "author"], d.loc[VIEW, "author_role"]) == (
        "Gevorg Mirzayan",
        "Associate Professor of Finance University",
    )
    assert d.loc[MT, "original_source"] == "The Moscow Times"
    assert d.loc[VIEW, "original_source"] == "VIEW"
    assert d.loc[MT, "section"] == "Russia"
    assert pd.isna(d.loc[MT, "published"]) and pd.isna(d.loc[VIEW, "published"])


def test_comment_sidebar_is_russian_and_set_aside(corpus):
    b = corpus.blocks[corpus.blocks["doc_id"] == VIEW]
    sidebar = b[b["raw"].str.contains("Призывники")]
    assert set(sidebar["kind"]) == {"comments"}
    assert "ru" in set(b["language"].dropna())


def test_repairs_are_recorded_beside_the_raw_text(corpus):
    r = corpus.repairs[corpus.repairs["doc_id"] == MT]
    after = set(r["after"])
    for fixed in ["Kremlin's", "Ukraine's", "Washington's", "they're"]:
        assert any(fixed in a for a in after), fixed
    text = corpus.document(MT).text
    assert "Moscow Times. Earlier" in text and "Moscow Times.Earlier" not in text
    assert "United States-Russia" in text and "Russians were" in text
    blocks = corpus.blocks[corpus.blocks["doc_id"] == MT]
    assert blocks["raw"].str.contains("Kremlins willingness").any()  # raw untouched
    for row in r.itertuples():
        raw = blocks.set_index("block_id").loc[row.block_id, "raw"]
        assert raw[row.start : row.end] == row.before


def test_sentences_respect_abbreviations_and_numbers(corpus):
    s = corpus.sentences[corpus.sentences["doc_id"] == MT]["text"]
    assert s.str.contains("track 1.5 diplomacy").any()
    assert not s.str.endswith("track 1.").any()
